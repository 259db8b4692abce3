"""One error path: expected failures as one dialog, unexpected ones through the excepthook to a dialog
with "Copy details" and a log file; the app keeps running; corrupt settings are reported, not lost."""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from electview.resources import sample_path
from electview.ui import errors
from electview.ui.main_window import MainWindow
from electview.ui.settings import Settings

BAD_DIR = Path(__file__).parent / "data" / "bad"


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes that would have been shown (never exec'd for real)."""
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    return shown


def _raise_and_hook():
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError:
        errors.excepthook(*sys.exc_info())


def test_unexpected_error_dialog_copy_details_and_log(window, boxes):
    _raise_and_hook()
    (box,) = boxes
    assert box.windowTitle() == "electview: unexpected error"
    assert "ZeroDivisionError: division by zero" in box.text()
    assert str(errors.log_file_path()) in box.text()
    assert "Traceback (most recent call last)" in box.detailedText()
    copy = next(button for button in box.buttons() if button.text() == "Copy details")
    copy.click()
    assert QApplication.clipboard().text() == box.detailedText()
    log = errors.log_file_path().read_text(encoding="utf-8")
    assert "ZeroDivisionError" in log and str(Path.home()) in str(errors.log_file_path())
    # The app keeps running: the window still opens files.
    assert window.open_path(str(sample_path()))


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_reaches_the_hook(qtbot, boxes, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    assert sys.excepthook is errors.excepthook

    def broken_slot():
        raise RuntimeError("slot failed")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(boxes) == 1)
    assert "RuntimeError: slot failed" in boxes[0].text()


def test_repeated_errors_give_one_dialog(qapp, monkeypatch):
    calls = []

    def show_error_that_fails_again(*args, **kwargs):
        calls.append(args)
        _raise_and_hook()  # an error while the first dialog is open (a paint, a timer)

    monkeypatch.setattr(errors, "show_error", show_error_that_fails_again)
    _raise_and_hook()
    assert len(calls) == 1
    assert errors.log_file_path().read_text(encoding="utf-8").count("ZeroDivisionError: division by zero") >= 2  # both logged


def test_dialog_that_fails_does_not_recurse(qapp, monkeypatch, caplog):
    def broken_dialog(*args, **kwargs):
        raise OSError("no display")

    monkeypatch.setattr(errors, "show_error", broken_dialog)
    _raise_and_hook()  # returns: the hook itself never raises
    assert "could not show the error dialog" in caplog.text


def test_huge_exception_message_is_cut(qapp, boxes):
    try:
        raise ValueError("x" * 100_000)
    except ValueError:
        errors.excepthook(*sys.exc_info())
    assert len(boxes[0].text()) < 1000


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda tmp: tmp, "is a folder, not a results file"),
        (lambda tmp: tmp / "vanished.electview.json", "vanished.electview.json: file not found"),
        (lambda tmp: BAD_DIR / "random-bytes.bin", "not a results file electview can read"),
        (lambda tmp: BAD_DIR / "billion-laughs.xml", "refused unsafe XML"),
        (lambda tmp: BAD_DIR / "truncated-half.electview.json", "not valid JSON"),
    ],
    ids=["folder", "vanished", "binary", "entity-bomb", "truncated"],
)
def test_expected_failures_one_dialog_data_kept(window, shown_errors, tmp_path, make, expected):
    assert window.open_path(str(sample_path()))
    before = window.document.dataset
    assert not window.open_path(str(make(tmp_path)))
    (title, message) = shown_errors[0] if len(shown_errors) == 1 else pytest.fail(f"{len(shown_errors)} dialogs")
    assert title.startswith("Could not open")
    assert expected in message and "unchanged" in message
    assert window.document.dataset is before


def test_unreadable_file_one_dialog(window, shown_errors, tmp_path, monkeypatch):
    path = tmp_path / "locked.electview.json"
    path.write_bytes(sample_path().read_bytes())
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self.name == path.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)  # root reads chmod-000 files, so refuse the open itself
    assert not window.open_path(str(path))
    assert len(shown_errors) == 1 and "locked.electview.json: Permission denied" in shown_errors[0][1]


@pytest.mark.parametrize("garbage", [bytes(range(256)) * 4, b"[general\nx", b"\xff\xfe\x00[[["], ids=["binary", "unclosed", "bom"])
def test_corrupt_settings_reported_and_kept(qtbot, shown_errors, tmp_path, garbage):
    path = tmp_path / "electview.conf"
    path.write_bytes(garbage)
    win = MainWindow(Settings(QSettings(str(path), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: len(shown_errors) == 1)
    title, message = shown_errors[0]
    assert title == "Settings reset"
    assert f"The settings file {path} could not be read; electview started with default settings." in message
    assert Path(f"{path}.corrupt").read_bytes() == garbage
    assert win.open_path(str(sample_path()))  # and the app works on defaults


def test_settings_of_the_wrong_type_read_as_defaults(qtbot, shown_errors, tmp_path):
    path = tmp_path / "electview.conf"
    path.write_text("[files]\nrecent=@ByteArray(x)\nlast_directory=@Invalid()\n[gauge]\nthreshold=lots\n", encoding="utf-8")
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    win = MainWindow(settings)
    qtbot.addWidget(win)
    qtbot.wait(10)
    assert shown_errors == []
    assert settings.recent_files() == [] and settings.last_directory() == ""
