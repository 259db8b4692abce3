"""The precinct browser from the window: closes like a window, filters, copies, says "tied" (issue 16)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from electview.ui.main_window import MainWindow
from electview.ui.precinct_browser import FIXED_COLUMNS

SMALL_BOOTH = Path(__file__).parent / "data" / "booth" / "small-booth.csv"
COL = {column.kind: i for i, column in enumerate(FIXED_COLUMNS)}


@pytest.fixture(autouse=True)
def _no_error_boxes(shown_errors):
    yield
    assert shown_errors == []


def _texts(model, column):
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _open_browser(qtbot, path):
    """The browser on ``path``, read; a load error fails the test (monkeypatched: no modal box to hang on)."""
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.background.opened, timeout=30_000):
        window.open_path(str(path))
    # The window follows the file it opened: its first check lands before the browser reads the
    # file (and before the test ends, or it would write into the next test's home).
    qtbot.waitUntil(lambda: window.live.history is not None and len(window.live.history) >= 1, timeout=30_000)
    window.precincts.action.trigger()
    browser = window.precincts.browser
    qtbot.addWidget(browser)
    qtbot.waitUntil(lambda: browser.model.rowCount() > 0, timeout=30_000)
    qtbot.waitExposed(browser)
    return window, browser


@pytest.fixture
def with_a_tie(tmp_path):
    """small-booth.csv with one more station where Ana and Ben have 12 votes each."""
    path = tmp_path / "booths.csv"
    shutil.copyfile(SMALL_BOOTH, path)
    with path.open("a", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(["North", "N1", "p3", "President", "Ana", "Red", 12])
        writer.writerow(["North", "N1", "p3", "President", "Ben", "Blue", 12])
    return path


@pytest.mark.parametrize("name", ["Esc", "Ctrl+W"])  # QKeySequence needs the application: made in the test
def test_esc_and_ctrl_w_close_the_browser(qtbot, name):
    key = QKeySequence(Qt.Key.Key_Escape) if name == "Esc" else QKeySequence(QKeySequence.StandardKey.Close)
    _, browser = _open_browser(qtbot, SMALL_BOOTH)
    browser.activateWindow()
    browser.view.setFocus()
    combination = key[0]
    qtbot.keyClick(browser.view, combination.key(), combination.keyboardModifiers())
    assert not browser.isVisible()


def test_a_tied_station_names_no_leader(qtbot, with_a_tie):
    _, browser = _open_browser(qtbot, with_a_tie)
    stations = _texts(browser.model, COL["station"])
    tied = stations.index("p3")
    assert browser.model.index(tied, COL["margin"]).data() == "0"
    assert browser.model.index(tied, COL["leader"]).data() == "tied"  # was "Ana", the first of the two
    assert browser.model.index(tied, COL["party"]).data() == ""
    assert browser.model.index(stations.index("p2"), COL["leader"]).data() == "Ben"


def test_the_filter_box_keeps_matching_stations(qtbot):
    window, browser = _open_browser(qtbot, SMALL_BOOTH)
    assert browser.filter_box.placeholderText() == "Filter by station, district or region"
    qtbot.keyClicks(browser.filter_box, "p1")
    assert _texts(browser.model, COL["station"]) == ["p1", "p1"]
    browser.filter_box.clear()
    qtbot.keyClicks(browser.filter_box, "south")  # any case, the region's name
    assert _texts(browser.model, COL["station"]) == ["p9"]
    assert browser.summary.text() == "1 of 4 stations in all regions match “south”"
    browser.filter_box.clear()
    assert browser.model.rowCount() == 4
    browser.filter_box.setText("N2")
    north = int(np.flatnonzero(window.document.contest.units.names == "North")[0])
    window.document.set_scope(north)  # a place chosen in the window keeps the filter
    assert _texts(browser.model, COL["district"]) == ["N2"]


def test_first_click_on_votes_sorts_biggest_first_and_copy_takes_rows(qtbot):
    _, browser = _open_browser(qtbot, SMALL_BOOTH)
    header = browser.view.horizontalHeader()
    x = header.sectionViewportPosition(COL["votes"]) + header.sectionSize(COL["votes"]) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert _texts(browser.model, COL["votes"]) == ["50", "41", "30", "7"]
    browser.view.selectRow(0)
    combination = QKeySequence(QKeySequence.StandardKey.Copy)[0]
    qtbot.keyClick(browser.view, combination.key(), combination.keyboardModifiers())
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].startswith("Region\tDistrict\tStation\tVotes\tLeader")
    assert lines[1].startswith("North\tN1\tp1\t50\tAna\tRed\t10\t")
