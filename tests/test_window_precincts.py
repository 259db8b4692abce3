"""The precinct browser from the window: closes like a window, filters, copies, says "tied" (issue 16)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from electview.ui.loading import loads_in_background
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
    if loads_in_background(str(path)):
        with qtbot.waitSignal(window.background.opened, timeout=30_000):
            window.open_path(str(path))
    else:
        assert window.open_path(str(path))
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


DATA = Path(__file__).parent / "data"
#: Every real file counted below the top, with its first row as the file gives it (issue 16 item 4: the
#: browser was greyed out on all of them).
COUNTED_BY_PRECINCT = [
    ("nist-v2/err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.xml", 42, ["Cambridge", "Precinct 1-1", "619", "HEALEY AND DRISCOLL"]),
    ("clarity/clarify-tests-precinct.xml", 33, ["Greenup", "AB", "67", "Mitch McCONNELL"]),
    (
        "eml-510/Telling_GR2022_WestMaasenWaal.TRIMMED-3-of-21-units.eml.xml",
        4,
        ["West Maas en Waal", "Stembureau Dorpshuis De Hucht (postcode: 6626 AC)", "687", "F.D. Maasdorpen"],
    ),
    ("openelections/20221108__tx__general__caldwell__precinct.csv", 24, ["Caldwell", "100", "320", "Maclovio Perez Jr."]),
    ("medsl/dc22_cleaned.FIRST-1550-LINES.csv", 21, ["WARD 6", "1", "2,384", "ELEANOR H NORTON"]),
]


def _shown_columns(browser) -> list[int]:
    return [c for c in range(browser.model.columnCount()) if not browser.view.isColumnHidden(c)]


@pytest.mark.parametrize(("name", "count", "first"), COUNTED_BY_PRECINCT, ids=lambda v: str(v)[:24])
def test_the_browser_opens_on_every_file_counted_by_precinct(qtbot, qtmodeltester, name, count, first):
    window, browser = _open_browser(qtbot, DATA / name)
    assert window.precincts.action.isEnabled()  # was greyed out, with no word why
    model = browser.model
    qtmodeltester.check(model)
    assert model.rowCount() == count
    row = [model.index(0, COL[kind]).data() for kind in ("district", "station", "votes", "leader")]
    assert row == first


@pytest.mark.parametrize(("name", "count", "first"), COUNTED_BY_PRECINCT[:3], ids=lambda v: str(v)[:24])
def test_columns_are_sized_to_their_text_with_no_empty_band(qtbot, name, count, first):
    _, browser = _open_browser(qtbot, DATA / name)
    view, header = browser.view, browser.view.horizontalHeader()
    for column in _shown_columns(browser):
        # was 100 px each: "Stembureau Dorpshuis De Hucht (postc…" cut, beside empty space
        assert header.sectionSize(column) >= max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
    assert header.length() >= view.viewport().width()  # the last column takes what is left
    assert browser.width() <= browser.screen().availableGeometry().width()


def test_the_last_column_is_not_cut_when_the_others_fill_the_window(qtbot):
    # Georgia 2012: ten columns wider than the screen; the last candidate's column, stretched to the
    # room left (none), was the default 100 px and "GREG WINTERS" in its heading was cut.
    _, browser = _open_browser(qtbot, DATA / "national/openelections-ga/20121106__ga__general.8-counties.csv")
    view, header = browser.view, browser.view.horizontalHeader()
    last = _shown_columns(browser)[-1]
    assert header.length() > view.viewport().width()  # the case: no room left over for the last one
    assert browser.model.headerData(last, Qt.Orientation.Horizontal) == "GREG WINTERS"
    assert header.sectionSize(last) >= max(view.sizeHintForColumn(last), header.sectionSizeHint(last))


def test_candidate_columns_that_come_with_a_region_are_sized_to_their_names(qtbot):
    # Bundestag 2021: too many parties for a column each nationally; in Schleswig-Holstein 17 columns
    # appear, and they came at the default 100 px ("Sozialdemokratische Partei Deutschlands" wants 305).
    window, browser = _open_browser(qtbot, DATA / "national/de-bundeswahlleiter/btw21_kerg.csv")
    assert browser.model.columnCount() == len(FIXED_COLUMNS)
    region = int(np.flatnonzero(window.document.contest.units.names == "Schleswig-Holstein")[0])
    window.document.set_scope(region)
    view, header = browser.view, browser.view.horizontalHeader()
    assert browser.model.columnCount() > len(FIXED_COLUMNS)
    assert "Sozialdemokratische Partei Deutschlands" in [
        browser.model.headerData(c, Qt.Orientation.Horizontal) for c in range(browser.model.columnCount())
    ]
    for column in _shown_columns(browser):
        assert header.sectionSize(column) >= max(view.sizeHintForColumn(column), header.sectionSizeHint(column))


def test_columns_with_nothing_in_them_are_hidden(qtbot):
    _, browser = _open_browser(qtbot, DATA / COUNTED_BY_PRECINCT[0][0])  # Cambridge: a city, no registered voters
    hidden = {kind for kind in COL if browser.view.isColumnHidden(COL[kind])}
    assert hidden == {"region", "turnout"}


def test_turnout_is_worked_out_wherever_the_file_has_registered_voters(qtbot):
    _, browser = _open_browser(qtbot, DATA / "openelections/20221108__tx__general__caldwell__precinct.csv")
    model = browser.model
    assert model.headerData(COL["turnout"], Qt.Orientation.Horizontal) == "Turnout % (derived)"
    # precinct 100: 329 ballots cast of 600 registered voters (the file's own figures)
    assert model.index(0, COL["turnout"]).data() == "54.8%"
    assert model.index(0, COL["turnout"]).data(Qt.ItemDataRole.ToolTipRole) == (
        "Worked out by electview: 329 ballots cast ÷ 600 registered voters = 54.8%"
    )
    assert all(text != "—" for text in _texts(model, COL["turnout"]))  # was "—" on every row


def test_a_file_counted_only_for_the_whole_says_why_there_is_no_browser(qtbot):
    from electview.resources import sample_path

    window = MainWindow()
    qtbot.addWidget(window)
    window.document.open(str(sample_path()))
    action = window.precincts.action
    assert not action.isEnabled()
    assert action.toolTip() == "This file gives results only for the whole area, not for precincts or polling stations"


@pytest.mark.parametrize(
    "name",
    [
        "national/au-aec/HouseFirstPrefsByCandidateByVoteTypeDownload-17496.csv",  # 150 divisions, each its own contest
        "google-civics/post_election_sample_feed_summary.xml",  # statewide and district contests, each at its own area
        "eml-510/rust-eml-nl-deserialize_eml510b_test.eml.xml",  # one station: the count itself
    ],
    ids=lambda name: name.split("/")[0],
)
def test_a_file_counting_each_contest_in_one_place_has_no_browser(qtbot, name):
    # Each contest's only counted place sits below the country (a division, a delegate district), so the
    # browser opened on one row, the contest's own total ("1 station"), or on none.
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.open(str(DATA / name))
    action = window.precincts.action
    assert not action.isEnabled()
    assert action.toolTip() == (
        "Each contest in this file is counted in one place only, its own area: there are no precincts or polling stations to browse"
    )


def test_a_file_with_no_count_yet_says_so_on_the_greyed_out_browser(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.open(str(DATA / "nist-v2" / "pe-err-gen-03.json"))  # a pre-election report: contests, no counts
    action = window.precincts.action
    assert not action.isEnabled()
    # was "results only for the whole area", which a file with no results at all does not give either
    assert action.toolTip() == (
        "This file has no votes counted yet (published before the count): there are no precinct results to browse"
    )


def test_a_station_with_no_votes_names_no_leader(qtbot, tmp_path):
    path = tmp_path / "booths.csv"
    shutil.copyfile(SMALL_BOOTH, path)
    with path.open("a", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(["North", "N1", "p4", "President", "Ana", "Red", 0])
        writer.writerow(["North", "N1", "p4", "President", "Ben", "Blue", 0])
    _, browser = _open_browser(qtbot, path)
    empty = _texts(browser.model, COL["station"]).index("p4")
    assert browser.model.index(empty, COL["margin"]).data() == "0"
    assert browser.model.index(empty, COL["leader"]).data() == "no votes"  # was "Ana"
    assert browser.model.index(empty, COL["party"]).data() == ""
