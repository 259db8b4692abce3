"""A QGuiApplication for headless commands: fonts and painting without a window or a display."""

from __future__ import annotations

import os
import sys


def gui_application():
    """The running QGuiApplication, or a new one on the offscreen platform when no display is there.

    Rendering a PDF or an image needs Qt's fonts, so a QGuiApplication, but never a display:
    ``electview report`` works over SSH and in CI.
    """
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if no_display and sys.platform not in ("win32", "darwin"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0] if sys.argv else "electview"])
