"""A QGuiApplication for headless commands: fonts and painting without a window or a display."""

from __future__ import annotations

import os
import sys


def gui_application():
    """The running QGuiApplication, or a new one on the offscreen platform (Linux, unless told otherwise).

    Rendering a PDF or an image needs Qt's fonts, so a QGuiApplication, but never a display:
    ``electview report`` works over SSH, in CI, and with a stale DISPLAY. Offscreen uses the
    same fontconfig fonts as X11 and Wayland, so the output is the same. Windows and macOS
    always have their native platform.
    """
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    if sys.platform not in ("win32", "darwin"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0] if sys.argv else "electview"])


# What the offscreen platform says of every window it shows: that it can't pass size hints to a
# window manager it doesn't have. True of every offscreen run, so it tells a reader nothing.
_OFFSCREEN_NOISE = ("does not support propagateSizeHints",)


def quiet_offscreen_noise() -> None:
    """Keep the offscreen platform's own notices off stderr; every other Qt message still shows."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(kind, context, message: str) -> None:
        if any(noise in message for noise in _OFFSCREEN_NOISE):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
