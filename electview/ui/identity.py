"""The app's face to the desktop: window icon and desktop-entry name, set once on the QApplication."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from electview import APP_ID
from electview.resources import resource_path

# Rendered from resources/icons/electview.svg by packaging/make_icons.py.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """electview's icon at every rendered size, so Qt never scales a bitmap up."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path(f"icons/electview-{size}.png")))
    return icon


def apply_desktop_identity(app: QApplication) -> None:
    """Window icon for every window, and the desktop entry that Wayland and task bars match windows to."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)
