"""The QApplication subclass: files the desktop asks to open (macOS Finder, Dock) reach the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QApplication


class Application(QApplication):
    """Turns QFileOpenEvent into ``file_open_requested``; keeps the last path for a window not made yet.

    On macOS a double-clicked results file arrives as an event to the application, not as an
    argument, and it can come before the window exists.
    """

    file_open_requested = Signal(str)

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.pending_open: str | None = None

    def event(self, event: QEvent) -> bool:
        # Only events sent to the application object come here (not every widget's), so this costs nothing.
        if event.type() == QEvent.Type.FileOpen:
            path = event.file() or event.url().toLocalFile()
            if path:
                self.pending_open = path
                self.file_open_requested.emit(path)
            return True
        return super().event(event)

    def take_pending_open(self) -> str | None:
        """The file asked for before anyone listened (then forgotten)."""
        path, self.pending_open = self.pending_open, None
        return path
