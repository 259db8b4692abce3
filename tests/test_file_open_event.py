"""Files the desktop hands the application (macOS Finder double-click, a QFileOpenEvent) open in the window."""

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from electview.app import follow_desktop_open_requests
from electview.ui.application import Application
from electview.ui.main_window import MainWindow



def test_the_suite_runs_on_electviews_application(qapp):
    assert isinstance(qapp, Application)


def test_a_file_open_event_opens_the_file_in_the_window(qtbot, qapp, final_sample):
    window = MainWindow()
    qtbot.addWidget(window)
    follow_desktop_open_requests(qapp, window)
    QApplication.sendEvent(qapp, QFileOpenEvent(str(final_sample)))
    qtbot.waitUntil(lambda: window.document.path == str(final_sample))
    assert window.document.dataset.election.status.is_final
    qapp.file_open_requested.disconnect(window.open_path)


def test_a_file_asked_for_before_the_window_exists_opens_when_it_does(qtbot, qapp, final_sample):
    QApplication.sendEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(final_sample))))
    window = MainWindow()
    qtbot.addWidget(window)
    follow_desktop_open_requests(qapp, window)
    qtbot.waitUntil(lambda: window.document.path == str(final_sample))
    assert qapp.take_pending_open() is None
    qapp.file_open_requested.disconnect(window.open_path)
