"""The app's face to the desktop: window icon and desktop-entry name, set once on the QApplication."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from electview import APP_ID
from electview.resources import ICON_SIZES, icon_path


def app_icon() -> QIcon:
    """electview's icon at every rendered size, so Qt never scales a bitmap up."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_path(size)))
    return icon


def apply_desktop_identity(app: QApplication) -> None:
    """Window icon for every window, and the desktop entry that Wayland and task bars match windows to."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)
