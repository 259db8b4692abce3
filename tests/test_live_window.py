"""The window follows a count as it comes in: rewritten files, feeds, the timeline, the change column."""

import os
import time

import pytest
from live_helpers import results_json
from PySide6.QtCore import Qt

from electview.live import sources
from electview.resources import sample_path
from electview.ui.candidate_model import CHANGE, NAME, SHARE, VOTES, ChangedRole
from electview.ui.live_controller import LiveController
from electview.ui.main_window import MainWindow
from electview.ui.open_url_dialog import OpenUrlDialog

SHARES_1 = [70.76, 16.2, 5.2, 3.2, 2.07, 1.82, 0.92]
SHARES_2 = [68.0, 18.0, 6.0, 3.5, 2.0, 1.6, 0.9]
SHARES_3 = [71.5, 15.5, 5.0, 3.0, 2.2, 1.9, 0.9]


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    win.live.stop()


def leader_votes(window) -> str:
    model = window.model
    return model.index(0, VOTES).data()


def follow(window, qtbot, path):
    assert window.open_path(str(path))
    qtbot.waitUntil(lambda: window.live.history is not None and len(window.live.history) >= 1)


def test_window_follows_rewritten_file_without_a_click(window, qtbot, tmp_path):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(6_000_000))
    follow(window, qtbot, path)
    assert leader_votes(window) == "6,000,000"
    path.write_bytes(results_json(6_100_000, shares=SHARES_2))
    # No click, no Reload: file-system events bring the new count (debounced, read off the GUI thread).
    qtbot.waitUntil(lambda: leader_votes(window) == "6,100,000", timeout=2000)
    assert window.pie.slices[0].value == pytest.approx(68.0)
    assert window.header.status_badge.text() == "PRELIMINARY"
    assert window.live.checked_label.text().startswith("Checked ")
    assert window.live.changed_label.text().startswith("Data changed ")
    assert "2019-06-10" in window.live.changed_label.toolTip()  # the file's own announcement time
    assert "10 June 2019" in window.header.source_label.text()  # in full where there is room for it


def test_atomic_replace_delete_recreate_and_torn_write(window, qtbot, tmp_path):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(6_000_000))
    follow(window, qtbot, path)
    staged = tmp_path / "night.tmp"
    staged.write_bytes(results_json(6_200_000))
    os.replace(staged, path)
    qtbot.waitUntil(lambda: leader_votes(window) == "6,200,000", timeout=3000)

    path.unlink()
    qtbot.waitUntil(lambda: "file not found" in window.live.problem_label.text(), timeout=3000)
    assert leader_votes(window) == "6,200,000"  # the last good version stays
    newer = results_json(6_300_000)
    path.write_bytes(newer[: len(newer) // 2])
    qtbot.waitUntil(lambda: "not valid JSON" in window.live.problem_label.text(), timeout=3000)
    assert "showing the last good version" in window.live.problem_label.text()
    assert leader_votes(window) == "6,200,000"
    path.write_bytes(newer)
    qtbot.waitUntil(lambda: leader_votes(window) == "6,300,000", timeout=3000)
    assert window.live.problem_label.text() == ""
    assert len(window.live.history) == 3


def test_timeline_replays_exact_figures(window, qtbot, tmp_path):
    path = tmp_path / "night.electview.json"
    versions = [
        results_json(6_000_000, "preliminary", SHARES_1),
        results_json(6_100_000, "unofficial", SHARES_2),
        results_json(6_200_000, "final", SHARES_3),
    ]
    path.write_bytes(versions[0])
    follow(window, qtbot, path)
    for count, content in enumerate(versions[1:], start=2):
        path.write_bytes(content)
        qtbot.waitUntil(lambda count=count: len(window.live.history) == count, timeout=3000)
    timeline = window.live.timeline
    assert timeline.count == 3 and timeline.current == 2
    assert window.live.timeline_bar.isVisible()

    expected = [
        ("6,000,000", "70.76%", 70.76, "PRELIMINARY"),
        ("6,100,000", "68.00%", 68.0, "UNOFFICIAL"),
        ("6,200,000", "71.50%", 71.5, "FINAL"),
    ]
    for index in (0, 2, 1, 0):
        timeline.slider.setValue(index)
        votes, share, slice_value, badge = expected[index]
        assert leader_votes(window) == votes
        assert window.model.index(0, SHARE).data() == share
        assert window.pie.slices[0].value == pytest.approx(slice_value)
        assert window.header.status_badge.text() == badge
        assert timeline.position_label.text().startswith(f"{index + 1} of 3 · seen ")

    # Looking back holds the view while new versions arrive; Latest follows again.
    path.write_bytes(results_json(6_300_000, "certified", SHARES_3))
    qtbot.waitUntil(lambda: len(window.live.history) == 4, timeout=3000)
    assert leader_votes(window) == "6,000,000"
    assert timeline.latest_button.isEnabled()
    timeline.latest_button.click()
    assert leader_votes(window) == "6,300,000"
    assert window.header.status_badge.text() == "CERTIFIED"


def test_change_column_and_highlight(window, qtbot, tmp_path):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(6_000_000, shares=SHARES_1))
    follow(window, qtbot, path)
    assert window.model.columnCount() == CHANGE  # no change column before there is a previous version
    path.write_bytes(results_json(6_100_000, shares=SHARES_2))
    qtbot.waitUntil(lambda: window.model.columnCount() == CHANGE + 1, timeout=3000)
    model = window.model
    assert model.index(0, CHANGE).data() == "−2.76"
    assert "votes 6,000,000 → 6,100,000 (+100,000)" in model.index(0, CHANGE).data(Qt.ItemDataRole.ToolTipRole)
    assert "previous update" in model.headerData(CHANGE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, VOTES).data(ChangedRole) is True
    assert model.index(0, NAME).data(ChangedRole) is False
    assert model.index(6, SHARE).data(ChangedRole) is True  # 0.92 → 0.9
    assert model.highlighting
    assert model.index(0, VOTES).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, NAME).data(Qt.ItemDataRole.BackgroundRole) is None
    window.live._unhighlight.start(10)  # don't wait out the real 2.5 s
    qtbot.waitUntil(lambda: not model.highlighting, timeout=3000)
    assert model.index(0, VOTES).data(Qt.ItemDataRole.BackgroundRole) is None


def test_comparison_owns_the_change_column(window, qtbot, tmp_path):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(6_000_000, shares=SHARES_1))
    follow(window, qtbot, path)
    path.write_bytes(results_json(6_100_000, shares=SHARES_2))
    qtbot.waitUntil(lambda: window.model.columnCount() == CHANGE + 1, timeout=3000)
    older = tmp_path / "older.electview.json"
    older.write_bytes(results_json(5_000_000, shares=SHARES_3))
    assert window.comparison.compare_with(str(older))
    assert "older.electview.json" in window.model.baseline.label
    window.comparison.source.clear()
    assert "previous update" in window.model.baseline.label


def test_history_survives_a_restart(qtbot, tmp_path):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(6_000_000))
    first = MainWindow()
    qtbot.addWidget(first)
    follow(first, qtbot, path)
    path.write_bytes(results_json(6_100_000))
    qtbot.waitUntil(lambda: len(first.live.history) == 2, timeout=3000)
    first.live.stop()
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    follow(second, qtbot, path)
    assert len(second.live.history) == 2  # same content as the last snapshot: not a new one
    second.live.timeline.slider.setValue(0)  # read from the store on a worker: it shows when it is read
    qtbot.waitUntil(lambda: second.live.index == 0)
    assert leader_votes(second) == "6,000,000"
    second.live.stop()


def test_open_url_follows_a_feed(window, qtbot, feed_server, monkeypatch):
    feed_server.state.publish(results_json(6_000_000), etag='"v1"', modified=1_560_150_000)
    asked = []
    monkeypatch.setattr(OpenUrlDialog, "ask", classmethod(lambda cls, *a: asked.append(a) or (feed_server.url(), 5.0)))
    window.live.open_url_action.trigger()
    assert asked and asked[0][2] == 60.0  # the default interval offered
    qtbot.waitUntil(lambda: leader_votes(window) == "6,000,000", timeout=5000)
    assert window.document.path == feed_server.url()
    assert window.live.is_feed
    assert "results.electview.json" in window.file_status.text()

    window.actions_.reload.trigger()  # Reload on a feed asks the server (a 304 here)
    qtbot.waitUntil(lambda: len(feed_server.state.requests) == 2, timeout=5000)
    assert feed_server.state.requests[1]["If-None-Match"] == '"v1"'

    feed_server.state.status = 503
    window.live.check_now()
    qtbot.waitUntil(lambda: "503" in window.live.problem_label.text(), timeout=5000)
    assert leader_votes(window) == "6,000,000"

    feed_server.state.status = 200
    feed_server.state.publish(results_json(6_400_000, status="certified"), etag='"v2"')
    window.live.check_now()
    qtbot.waitUntil(lambda: leader_votes(window) == "6,400,000", timeout=5000)
    assert window.live.checked_label.text() == "Stopped checking: the results are certified"
    assert not window.live.session.running


def test_a_hanging_feed_never_blocks_the_window(window, qtbot, feed_server, monkeypatch, shown_errors):
    monkeypatch.setattr(sources, "FEED_TIMEOUT", 0.3)
    feed_server.state.hang = True
    window.open_path(str(sample_path()))
    shown = leader_votes(window)
    window.live.follow_url(feed_server.url(), 5)
    assert window.live.session.busy  # the request runs on the worker; we're back at once
    # A first version that never comes is an error dialog (tests/test_open_url.py), not a status-bar line.
    qtbot.waitUntil(lambda: shown_errors != [], timeout=5000)
    assert "no answer in time" in shown_errors[0][1]
    assert leader_votes(window) == shown


def test_nothing_is_fetched_unless_asked(window, feed_server, monkeypatch):
    monkeypatch.setattr(OpenUrlDialog, "ask", classmethod(lambda cls, *a: None))
    window.live.open_url_action.trigger()
    assert feed_server.state.requests == []
    assert window.live.session is None or not window.live.is_feed


def test_open_url_dialog_defaults_and_validation(qtbot):
    dialog = OpenUrlDialog()
    qtbot.addWidget(dialog)
    open_button = dialog.buttons.buttons()[0]
    assert dialog.interval() == 60.0
    assert not open_button.isEnabled()
    dialog.url_edit.setText("ftp://example.org/x.json")
    assert not open_button.isEnabled()
    dialog.url_edit.setText("  http://127.0.0.1:8000/results.json ")
    assert open_button.isEnabled()
    assert dialog.url() == "http://127.0.0.1:8000/results.json"


def test_controller_is_wired_once(window):
    assert isinstance(window.live, LiveController)
    assert window.live.open_url_action in window.file_menu.actions()


def test_a_bug_in_a_check_is_reported_and_following_goes_on(window, qtbot, tmp_path, monkeypatch, caplog):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(6_000_000))
    follow(window, qtbot, path)
    source = window.live.session.source
    real_check = source.check
    monkeypatch.setattr(source, "check", lambda: 1 / 0)
    window.live.check_now()
    qtbot.waitUntil(lambda: "ZeroDivisionError" in window.live.problem_label.text(), timeout=3000)
    assert "checking" in caplog.text
    monkeypatch.setattr(source, "check", real_check)
    path.write_bytes(results_json(6_100_000))
    qtbot.waitUntil(lambda: leader_votes(window) == "6,100,000", timeout=3000)


def test_following_an_opened_file_keeps_the_dataset_on_screen(window, qtbot, tmp_path):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(6_000_000))
    settled = os.stat(path).st_mtime - 60
    os.utime(path, (settled, settled))  # written a minute before it was opened
    time.sleep(0.1)  # and its times set more than a clock tick before (that changes its ctime)
    window.open_path(str(path))
    shown = window.document.dataset
    qtbot.waitUntil(lambda: window.live.history is not None and len(window.live.history) == 1)
    assert window.document.dataset is shown  # adopted as snapshot 1, not loaded a second time
    assert window.live.index == 0
    assert window.live.changed_label.text().startswith("Data changed ")


def test_a_file_written_just_before_opening_is_adopted_not_shown_again(window, qtbot, tmp_path):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(6_000_000))
    time.sleep(0.2)  # written a moment (more than a clock tick) before it was opened
    window.open_path(str(path))
    shown = window.document.dataset
    qtbot.waitUntil(lambda: window.live.history is not None and len(window.live.history) == 1)
    assert window.document.dataset is shown  # the same bytes: adopted, not loaded and drawn again
    assert window.live.index == 0


def test_a_copy_keeping_an_old_time_after_opening_is_shown(window, qtbot, tmp_path):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(6_000_000))
    settled = os.stat(path).st_mtime - 60
    os.utime(path, (settled, settled))
    window.open_path(str(path))
    # Before the first check, a copy that keeps its times (cp -p, rsync -t) brings new figures.
    path.write_bytes(results_json(6_100_000, shares=SHARES_2))
    os.utime(path, (settled, settled))
    qtbot.waitUntil(lambda: window.live.history is not None and len(window.live.history) == 1)
    assert leader_votes(window) == "6,100,000"  # what the history holds as version 1 is what is on screen
    assert window.pie.slices[0].value == pytest.approx(68.0)


def test_model_with_live_change_and_highlight_passes_modeltester(qtmodeltester, sample_dataset):
    from electview.core import tally
    from electview.core.change_column import baseline_from_tallies
    from electview.ui.candidate_model import CandidateSortProxy, CandidateTableModel

    current = tally(sample_dataset.contests[0], None, sample_dataset.turnout)
    model = CandidateTableModel()
    model.set_tally(current)
    model.set_baseline(baseline_from_tallies(current, current, "the previous update"))
    model.set_highlighting(True)
    assert model.index(0, VOTES).data(ChangedRole) is False  # nothing changed against itself
    qtmodeltester.check(model, force_py=True)
    proxy = CandidateSortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)


def test_the_printout_and_html_say_which_version_they_show_with_its_own_hash(window, qtbot, tmp_path, monkeypatch):
    import hashlib

    from electview.core.report_html import build_report_html
    from electview.ui import print_actions

    path = tmp_path / "night.electview.json"
    versions = [results_json(6_000_000, "preliminary", SHARES_1), results_json(6_100_000, "unofficial", SHARES_2)]
    path.write_bytes(versions[0])
    follow(window, qtbot, path)
    path.write_bytes(versions[1])
    qtbot.waitUntil(lambda: len(window.live.history) == 2, timeout=3000)
    window.live.timeline.slider.setValue(0)  # replay the first version
    assert leader_votes(window) == "6,000,000"
    options = window.printing.report_options()
    printed = build_report_html(window.document.dataset, window.printing.results(), options)
    # was: the old figures under the current file's SHA-256, with no word of which version
    assert "version 1 of 2, seen " in printed
    assert hashlib.sha256(versions[0]).hexdigest() in printed
    assert hashlib.sha256(versions[1]).hexdigest() not in printed
    out = tmp_path / "report.html"
    monkeypatch.setattr(print_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.printing.export_actions["html"].trigger()
    html = out.read_text(encoding="utf-8")
    assert "version 1 of 2, seen " in html and hashlib.sha256(versions[0]).hexdigest() in html


def test_csv_and_json_exports_say_which_version_they_show_with_its_own_hash(window, qtbot, tmp_path, monkeypatch):
    import csv
    import hashlib
    import json

    from electview.ui import print_actions

    path = tmp_path / "night.electview.json"
    versions = [results_json(6_000_000, "preliminary", SHARES_1), results_json(6_100_000, "unofficial", SHARES_2)]
    path.write_bytes(versions[0])
    follow(window, qtbot, path)
    path.write_bytes(versions[1])
    qtbot.waitUntil(lambda: len(window.live.history) == 2, timeout=3000)
    window.live.timeline.slider.setValue(0)  # replay the first version
    first = hashlib.sha256(versions[0]).hexdigest()
    table, summary = tmp_path / "table.csv", tmp_path / "summary.json"
    for key, out in (("csv", table), ("json", summary)):
        monkeypatch.setattr(print_actions.QFileDialog, "getSaveFileName", lambda *a, out=out, **k: (str(out), ""))
        window.printing.export_actions[key].trigger()
    rows = list(csv.DictReader(table.read_text(encoding="utf-8-sig").splitlines()))
    # was: the old figures with no word of which version, nor of which bytes
    assert {(row["input_sha256"], row["input_version"][:17]) for row in rows} == {(first, "version 1 of 2, s")}
    assert rows[0]["votes"] == "6000000"  # the replayed version's figures, under its own hash
    given = json.loads(summary.read_text(encoding="utf-8"))["input"]
    assert given["file"] == "night.electview.json" and given["sha256"] == first
    assert given["version"].startswith("version 1 of 2, seen ")
