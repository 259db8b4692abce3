"""After a restart the stored versions are read on a worker, never on the GUI thread: the count over time says it is
reading them and its lines come by themselves, a replay shows when its version is read, a newer request wins over an
older one still being read, and a version that can't be read is said in words."""

import sqlite3
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from chart_support import shown_window
from live_helpers import results_json
from PySide6.QtCore import Qt

from electview.live.history import History, default_store_path
from electview.ui.candidate_model import NAME, SHARE
from electview.ui.chart_views import HISTORY_VIEW
from electview.ui.loading import BackgroundTask

SHARES = (
    [70.76, 16.2, 5.2, 3.2, 2.07, 1.82, 0.92],
    [68.0, 18.0, 6.0, 3.5, 2.0, 1.6, 0.9],
    [71.5, 15.5, 5.0, 3.0, 2.2, 1.9, 0.9],
    [66.0, 20.0, 6.5, 3.0, 2.0, 1.6, 0.9],
    [69.0, 17.5, 5.5, 3.5, 2.0, 1.6, 0.9],
)
DATA = Path(__file__).parent / "data"
OTHER_SHARES = ([40.0, 45.0, 5.0, 4.0, 3.0, 2.0, 1.0], [38.0, 47.0, 5.0, 4.0, 3.0, 2.0, 1.0])


def _follow_through(qtbot, path, shares):
    """Follow ``path`` in a window through one version per entry of ``shares``, then close it: the store keeps them."""
    window = shown_window(qtbot)
    path.write_bytes(results_json(6_000_000, "preliminary", shares[0]))
    assert window.open_path(str(path))
    qtbot.waitUntil(lambda: window.live.history is not None and len(window.live.history) == 1)
    for number in range(1, len(shares)):
        path.write_bytes(results_json(6_000_000 + number * 100_000, "preliminary", shares[number]))
        qtbot.waitUntil(lambda number=number: len(window.live.history) == number + 1, timeout=3000)
    window.live.history.flush()
    window.live.stop()
    window.close()


@pytest.fixture
def night(qtbot, tmp_path):
    path = tmp_path / "night.electview.json"
    _follow_through(qtbot, path, SHARES)
    return path


@pytest.fixture
def reads(monkeypatch):
    """Every History.dataset call as (index, on the GUI thread) in ``calls``, the indices read in ``done``; ``gate``
    holds the worker's reads of versions from ``hold_from`` on while a test looks (a read on the GUI thread is never
    held: before the fix that would have frozen the test, as it froze the window)."""
    reads = SimpleNamespace(calls=[], done=[], gate=threading.Event(), hold_from=0)
    reads.gate.set()
    original = History.dataset

    def dataset(self, index):
        on_gui = threading.current_thread() is threading.main_thread()
        reads.calls.append((index, on_gui))
        if not on_gui and index >= reads.hold_from:
            reads.gate.wait(20)
        result = original(self, index)
        reads.done.append(index)
        return result

    monkeypatch.setattr(History, "dataset", dataset)
    yield reads
    reads.gate.set()


def _restarted(qtbot, path, versions):
    window = shown_window(qtbot)
    assert window.open_path(str(path))
    qtbot.waitUntil(lambda: window.live.history is not None and len(window.live.history) == versions)
    return window


def _open_history_view(window, qtbot):
    pane = window.chart_pane
    qtbot.waitUntil(lambda: pane.has_view(HISTORY_VIEW))
    index = pane.names().index(HISTORY_VIEW)
    qtbot.mouseClick(pane.switch, Qt.MouseButton.LeftButton, pos=pane.switch.tabRect(index).center())
    assert pane.current() == HISTORY_VIEW
    return window.charts.history


def _idle(work):
    """No task of ``work`` (a LatestWork) left: whatever it read has been delivered or dropped."""
    return not work.findChildren(BackgroundTask)


def test_after_a_restart_the_count_over_time_is_read_on_a_worker(night, reads, qtbot):
    calls, gate = reads.calls, reads.gate
    gate.clear()  # the worker's reads wait: the window must carry on meanwhile
    window = _restarted(qtbot, night, len(SHARES))
    chart = _open_history_view(window, qtbot)
    assert not chart.status.isHidden() and chart.status.text() == "Reading 5 stored versions…"
    assert window.charts.series.series is None  # nothing drawn yet: no lines of something else
    assert chart.plot.isHidden()  # nor empty axes: the words in their place
    assert "Reading 5 stored versions…" in chart.plot.accessibleDescription()
    gate.set()
    qtbot.waitUntil(lambda: window.charts.series.series is not None, timeout=10000)
    assert len(window.charts.series.series) == len(SHARES)
    assert chart.status.isHidden() and chart.status.text() == "" and not chart.plot.isHidden()
    assert [round(v, 2) for v in chart.curves[0].getData()[1]] == [shares[0] for shares in SHARES]
    assert {index for index, _ in calls} == set(range(len(SHARES)))
    assert [index for index, on_gui in calls if on_gui] == []  # before: all five read and parsed on the GUI thread
    window.live.stop()


def test_a_replay_is_read_on_a_worker_and_the_newest_request_wins(night, reads, qtbot):
    calls, done, gate = reads.calls, reads.done, reads.gate
    window = _restarted(qtbot, night, len(SHARES))
    live = window.live
    qtbot.waitUntil(lambda: _idle(live._previous_reads))  # the change column's previous update, read at the restart
    shown = []
    live.snapshot_shown.connect(shown.append)
    gate.clear()
    live.timeline.slider.setValue(0)  # replay the first version, as a user drags the History slider
    assert not live.replaying.isHidden() and live.replaying.label.text() == "Reading version 1…"
    live.timeline.slider.setValue(2)  # … and goes on to the third before the first is read
    assert live.replaying.label.text() == "Reading version 3…" and live.timeline.slider.value() == 2
    gate.set()
    qtbot.waitUntil(lambda: live.index == 2, timeout=10000)
    qtbot.waitUntil(lambda: 0 in done and _idle(live._replay_reads), timeout=10000)
    assert shown == [2]  # the first version, read meanwhile, never came on screen
    assert live.replaying.isHidden()
    row = next(r for r in range(window.model.rowCount()) if window.model.cell(r, NAME) == "Kassym-Jomart Tokayev")
    assert window.model.cell(row, SHARE) == "71.50%"
    assert [index for index, on_gui in calls if on_gui] == []
    live.stop()


def test_another_file_while_reading_never_shows_the_first_files_lines(night, reads, qtbot, tmp_path):
    calls, gate = reads.calls, reads.gate
    other = tmp_path / "other.electview.json"
    _follow_through(qtbot, other, OTHER_SHARES)
    gate.clear()
    window = _restarted(qtbot, night, len(SHARES))
    _open_history_view(window, qtbot)
    series_shown = []
    model = window.charts.series
    model.modelReset.connect(lambda: series_shown.append(model.series))
    assert window.open_path(str(other))  # the user opens another file while the first one's versions are read
    qtbot.waitUntil(lambda: window.live.history is not None and len(window.live.history) == len(OTHER_SHARES))
    chart = _open_history_view(window, qtbot)
    gate.set()
    qtbot.waitUntil(lambda: model.series is not None, timeout=10000)
    qtbot.waitUntil(lambda: _idle(window.charts.reader._work), timeout=10000)
    drawn = [series for series in series_shown if series is not None]
    assert len(drawn) == 1 and len(drawn[0]) == len(OTHER_SHARES)  # the first file's series was dropped, never shown
    assert [round(v, 2) for v in chart.curves[0].getData()[1]] == [shares[1] for shares in OTHER_SHARES]
    assert [index for index, on_gui in calls if on_gui] == []
    window.live.stop()


def test_a_damaged_stored_version_is_said_and_leaves_a_gap(night, qtbot, shown_errors):
    with sqlite3.connect(default_store_path()) as db:
        sha256 = db.execute("SELECT sha256 FROM snapshots ORDER BY id LIMIT 1 OFFSET 1").fetchone()[0]
        db.execute("UPDATE contents SET data = ? WHERE sha256 = ?", (b"not zlib at all", sha256))
    db.close()
    window = _restarted(qtbot, night, len(SHARES))
    chart = _open_history_view(window, qtbot)
    qtbot.waitUntil(lambda: window.charts.series.series is not None, timeout=10000)
    assert chart.status.text() == "1 of 5 stored versions could not be read and have no points: its stored copy is missing or damaged"
    values = list(chart.curves[0].getData()[1])
    assert values[1] != values[1] and [round(v, 2) for i, v in enumerate(values) if i != 1] == [70.76, 71.5, 66.0, 69.0]
    assert shown_errors == []
    window.live.timeline.slider.setValue(1)  # replaying it says why it can't, in the status bar
    qtbot.waitUntil(lambda: "can't be replayed" in window.live.problem_label.text(), timeout=10000)
    assert window.live.problem_label.text() == "⚠ Version 2 can't be replayed: its stored copy is missing or damaged"
    assert window.live.timeline.slider.value() == window.live.index == len(SHARES) - 1
    window.live.stop()


def test_a_fault_while_reading_is_said_in_words_not_raised(night, qtbot, monkeypatch, shown_errors):
    from electview.ui import history_reading

    def broken(*args):
        raise RuntimeError("the tally broke")

    monkeypatch.setattr(history_reading, "tally_same_place", broken)
    window = _restarted(qtbot, night, len(SHARES))
    chart = _open_history_view(window, qtbot)
    qtbot.waitUntil(lambda: chart.status.text().startswith("The count over time could not be read"), timeout=10000)
    assert chart.status.text() == "The count over time could not be read: RuntimeError: the tally broke"
    assert window.charts.series.series is None and shown_errors == []
    window.live.stop()


def test_another_contest_while_reading_never_shows_the_first_contests_lines(reads, qtbot, tmp_path):
    calls, gate = reads.calls, reads.gate
    source = DATA / "openelections" / "20221108__tx__general__borden__precinct.csv"
    path = tmp_path / source.name
    window = shown_window(qtbot)
    path.write_bytes(source.read_bytes())
    assert window.open_path(str(path))
    qtbot.waitUntil(lambda: window.live.history is not None and len(window.live.history) == 1)
    path.write_bytes(source.read_bytes() + b"\n")  # a second version (the same figures: which contest is drawn is the point)
    qtbot.waitUntil(lambda: len(window.live.history) == 2, timeout=3000)
    window.live.history.flush()
    window.live.stop()
    window.close()
    gate.clear()
    window = _restarted(qtbot, path, 2)
    first = {c.name for c in window.document.tally.candidates}
    _open_history_view(window, qtbot)
    model = window.charts.series
    series_shown = []
    model.modelReset.connect(lambda: series_shown.append(model.series))
    window.contest_picker.setCurrentIndex(1)  # the user picks another contest while the first one's versions are read
    second = {c.name for c in window.document.tally.candidates}
    assert second != first and window.chart_pane.current() == HISTORY_VIEW
    assert window.charts.history.status.text() == "Reading 2 stored versions…"
    gate.set()
    qtbot.waitUntil(lambda: model.series is not None, timeout=10000)
    qtbot.waitUntil(lambda: _idle(window.charts.reader._work), timeout=10000)
    drawn = [series for series in series_shown if series is not None]
    assert len(drawn) == 1 and set(drawn[0].names) == second
    assert [index for index, on_gui in calls if on_gui] == []
    window.live.stop()


def test_a_new_version_while_reading_keeps_the_versions_already_read(night, reads, qtbot):
    reads.hold_from, reads.gate = 2, threading.Event()  # the first two versions are read, the rest wait
    window = _restarted(qtbot, night, len(SHARES))
    chart = _open_history_view(window, qtbot)
    qtbot.waitUntil(lambda: {0, 1} <= set(reads.done), timeout=10000)
    qtbot.waitUntil(lambda: chart.status.text() == "Reading 5 stored versions… 2 read", timeout=10000)  # it moves
    night.write_bytes(results_json(7_000_000, "preliminary", SHARES[0]))  # the count goes on meanwhile
    qtbot.waitUntil(lambda: len(window.live.history) == len(SHARES) + 1, timeout=3000)
    assert chart.status.text() == "Reading 4 stored versions…"  # 2 to 5 and the new one: not the two read already
    reads.gate.set()
    qtbot.waitUntil(lambda: window.charts.series.series is not None and len(window.charts.series.series) == len(SHARES) + 1, timeout=10000)
    assert [index for index, _ in reads.calls].count(0) == 1 and [index for index, _ in reads.calls].count(1) == 1
    assert [round(v, 2) for v in chart.curves[0].getData()[1]] == [shares[0] for shares in SHARES] + [SHARES[0][0]]
    assert [index for index, on_gui in reads.calls if on_gui] == []
    window.live.stop()
