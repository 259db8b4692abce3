"""One path for errors: expected failures as a dialog, unexpected ones logged and shown, the app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from electview import APP_NAME

log = logging.getLogger("electview")


def log_file_path() -> Path:
    from platformdirs import user_log_dir  # only once something goes wrong: not a start-up cost

    return Path(user_log_dir(APP_NAME, appauthor=False)) / "electview.log"


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    """A modal warning with ``message`` as plain text (file names and contents may look like HTML)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
        copy = box.addButton("Copy details", QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()  # keep the box open after copying
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()


def _log_exception(exc_type, exc_value, exc_traceback) -> str:
    details = "".join(traceback.format_exception(exc_type, exc_value, exc_traceback))
    try:
        path = log_file_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as stream:
            stream.write(details + "\n")
    except OSError:
        pass  # a log we can't write must not become a second crash
    log.error("unexpected error\n%s", details)
    return details


_dialog_open = False  # an error in a paint or timer can repeat: one dialog at a time, the rest logged


def excepthook(exc_type, exc_value, exc_traceback) -> None:
    """Unexpected exceptions: log them, tell the user, keep running."""
    global _dialog_open
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc_value, exc_traceback)
        return
    details = _log_exception(exc_type, exc_value, exc_traceback)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc_value, exc_traceback)
        return
    if _dialog_open:
        return
    summary = " ".join(f"{exc_type.__name__}: {exc_value}".split())[:300]
    _dialog_open = True
    try:
        show_error(
            QApplication.activeWindow(),
            "electview: unexpected error",
            f"Something went wrong inside electview ({summary}). "
            f"Your data on screen is unchanged. Details were written to {log_file_path()}.",
            details,
        )
    except Exception:  # a dialog that fails must not raise inside the hook (it would recurse)
        log.exception("could not show the error dialog")
    finally:
        _dialog_open = False


def install_excepthook() -> None:
    sys.excepthook = excepthook


class HeadlessFailures:
    """For a window drawn without a user (``--screenshot``): exceptions in slots are logged and
    kept, never shown in a dialog nobody can close, so the run ends and says what went wrong."""

    def __init__(self) -> None:
        self.summaries: list[str] = []

    def __call__(self, exc_type, exc_value, exc_traceback) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc_value, exc_traceback)
            return
        _log_exception(exc_type, exc_value, exc_traceback)
        self.summaries.append(" ".join(f"{exc_type.__name__}: {exc_value}".split())[:300])

    def install(self) -> HeadlessFailures:
        sys.excepthook = self
        return self
