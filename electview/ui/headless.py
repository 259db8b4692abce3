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
