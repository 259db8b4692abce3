"""Booth CSVs in the window: loading in the background with progress and Cancel, errors, the data kept."""

import threading
import time


from electview.core.errors import LoadError
from electview.formats.job import LoadCancelled
from electview.resources import sample_path
from electview.ui.loading import BackgroundTask, loads_in_background

from booth_support import ROWS, write_csv


def test_booth_csv_opens_in_the_background(window, qtbot, tmp_path):
    path = write_csv(tmp_path / "booths.csv", ROWS)
    assert loads_in_background(str(path)) and not loads_in_background(str(sample_path()))
    with qtbot.waitSignal(window.background.opened, timeout=30_000):
        assert window.open_path(str(path)) is True
        assert window.background.indicator.isVisibleTo(window)
    assert not window.background.indicator.isVisibleTo(window)
    names = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    assert names == ["Ben", "Ana", "Cy, Jr."]
    assert window.document.path == str(path)
    assert str(path) in window.settings.recent_files()


def test_a_passing_message_is_not_drawn_over_the_progress_bar(window, qtbot, tmp_path):
    # Issue #16: "Opened kazakhstan-….json (electview results)" stayed and was drawn over "Reading booths.csv…",
    # its bar and Cancel (the Open URL busy bar had the same bug, 18836dd).
    window.open_path(str(sample_path()))
    assert window.statusBar().currentMessage().startswith("Opened ")
    path = write_csv(tmp_path / "booths.csv", ROWS)
    with qtbot.waitSignal(window.background.opened, timeout=30_000):
        window.open_path(str(path))
        assert window.background.indicator.isVisibleTo(window)
        assert window.statusBar().currentMessage() == ""


def test_bad_booth_csv_keeps_the_data_on_screen(window, qtbot, tmp_path, shown_errors):
    window.open_path(str(sample_path()))
    before = window.document.dataset
    bad = write_csv(tmp_path / "bad.csv", [("R", "D", "p1", "X", "Ana", "", "lots")])
    with qtbot.waitSignal(window.background.failed, timeout=30_000):
        window.open_path(str(bad))
    assert window.document.dataset is before
    (title, message), = shown_errors
    assert "bad.csv" in title and "line" in message


def test_cancel_stops_the_worker_and_says_so(qtbot):
    started = threading.Event()

    def work(job):
        started.set()
        while not job.cancelled:
            time.sleep(0.01)
        raise LoadCancelled("x.csv")

    task = BackgroundTask(work)
    finished = []
    task.finished.connect(finished.append)
    task.start()
    assert started.wait(10)
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        task.cancel()
    assert not task.running and finished == []


def test_load_error_and_result_are_delivered_on_the_gui_thread(qtbot):
    main_thread = threading.current_thread()
    seen = []
    failing = BackgroundTask(lambda job: (_ for _ in ()).throw(LoadError("y.csv", "broken")))
    failing.failed.connect(lambda error: seen.append((threading.current_thread() is main_thread, error.message)))
    with qtbot.waitSignal(failing.failed, timeout=10_000):
        failing.start()
    working = BackgroundTask(lambda job: 42)
    working.finished.connect(lambda value: seen.append((threading.current_thread() is main_thread, value)))
    with qtbot.waitSignal(working.finished, timeout=10_000):
        working.start()
    assert seen == [(True, "y.csv: broken"), (True, 42)]
