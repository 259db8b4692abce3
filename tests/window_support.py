"""Closing the windows a test left open, and only those: Qt's own hidden top-level widgets belong to their owners."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


def close_windows_opened_since(before: set[QWidget]) -> list[QMainWindow]:
    """Close and delete (later) the main windows among the top-level widgets that are not in ``before``.

    Only main windows: a graphics layout keeps a hidden top-level QWidget of its own for style metrics (every
    pyqtgraph plot's grid layout has one), and pyqtgraph's menus are top-level widgets too. Their owners delete
    them; deleting them here as well made the layout delete freed memory when its window went, a segmentation
    fault inside the event loop one or several tests later, in about 1 full run of 4.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opened = [widget for widget in app.topLevelWidgets() if widget not in before and isinstance(widget, QMainWindow)]
    for window in opened:
        window.close()
        window.deleteLater()
    return opened
