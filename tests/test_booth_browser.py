"""The precinct browser: a lazy numpy-backed table model, checked by qtmodeltester, and its window."""

import numpy as np
import pytest
from PySide6.QtCore import Qt

from electview.formats import booth_csv, load_file
from electview.resources import sample_path
from electview.ui.main_window import MainWindow
from electview.ui.precinct_browser import FIXED_COLUMNS, SortRole, PrecinctTableModel

from booth_support import HEADER, ROWS, write_csv

COL = {column.kind: i for i, column in enumerate(FIXED_COLUMNS)}


@pytest.fixture
def loaded(tmp_path):
    rows = [row + (100 if row[2] != "p2" else "",) for row in ROWS]
    path = write_csv(tmp_path / "b.csv", rows, header=HEADER + ["registered"])
    dataset = load_file(path)
    contest = dataset.contests[0]
    return dataset, contest, booth_csv.load_precincts(path, dataset)[contest.id]


def column_texts(model, column):
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_cells_and_model_contract(qtmodeltester, loaded):
    _, contest, table = loaded
    model = PrecinctTableModel()
    model.set_precincts(contest, table)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert len(model.columns) == len(FIXED_COLUMNS) + 3  # three candidates: few enough for their own columns
    assert column_texts(model, COL["station"]) == ["p1", "p2", "p1", "p9"]
    assert column_texts(model, COL["district"]) == ["N1", "N1", "N2", "S1"]
    assert column_texts(model, COL["region"]) == ["North", "North", "North", "South"]
    assert column_texts(model, COL["leader"]) == ["Ana", "Ben", "Ana", "Cy, Jr."]
    assert column_texts(model, COL["margin"]) == ["10", "20", "7", "39"]
    assert column_texts(model, COL["turnout"]) == ["50.0%", "—", "7.0%", "41.0%"]
    assert model.index(1, COL["turnout"]).data(SortRole) != model.index(1, COL["turnout"]).data(SortRole)  # NaN
    ana = next(i for i, c in enumerate(model.columns) if c.title == "Ana")
    assert column_texts(model, ana) == ["30", "5", "7", "1"]
    ben = next(i for i, c in enumerate(model.columns) if c.title == "Ben")
    assert column_texts(model, ben) == ["20", "25", "", ""]  # Ben did not stand in N2 or S1
    assert model.headerData(COL["votes"], Qt.Orientation.Horizontal) == "Votes"


@pytest.mark.parametrize(
    ("kind", "order", "expected"),
    [
        ("votes", Qt.SortOrder.DescendingOrder, ["p1", "p9", "p2", "p1"]),
        ("votes", Qt.SortOrder.AscendingOrder, ["p1", "p2", "p9", "p1"]),
        ("turnout", Qt.SortOrder.AscendingOrder, ["p1", "p9", "p1", "p2"]),  # unknown last
        ("turnout", Qt.SortOrder.DescendingOrder, ["p1", "p9", "p1", "p2"]),  # unknown last both ways
        ("station", Qt.SortOrder.DescendingOrder, ["p9", "p2", "p1", "p1"]),
        ("leader", Qt.SortOrder.AscendingOrder, ["p1", "p1", "p2", "p9"]),
    ],
)
def test_sort_by_any_column(qtmodeltester, loaded, kind, order, expected):
    _, contest, table = loaded
    model = PrecinctTableModel()
    model.set_precincts(contest, table)
    model.sort(COL[kind], order)
    qtmodeltester.check(model)
    assert column_texts(model, COL["station"]) == expected
    if kind == "votes":
        assert column_texts(model, COL["votes"]) == (["50", "41", "30", "7"] if order == Qt.SortOrder.DescendingOrder else ["7", "30", "41", "50"])


def test_selection_follows_its_row_through_a_sort(loaded):
    _, contest, table = loaded
    model = PrecinctTableModel()
    model.set_precincts(contest, table)
    from PySide6.QtCore import QPersistentModelIndex

    kept = QPersistentModelIndex(model.index(3, COL["station"]))  # p9 in S1
    model.sort(COL["votes"], Qt.SortOrder.DescendingOrder)
    assert kept.row() == 1 and kept.data() == "p9"


def test_scope_filters_rows_and_keeps_the_sort(loaded):
    _, contest, table = loaded
    model = PrecinctTableModel()
    model.set_precincts(contest, table)
    model.sort(COL["votes"], Qt.SortOrder.AscendingOrder)
    north = int(np.flatnonzero(contest.units.names == "North")[0])
    model.set_scope(north)
    assert column_texts(model, COL["votes"]) == ["7", "30", "50"]
    assert [c.title for c in model.columns[len(FIXED_COLUMNS):]] == ["Ben", "Ana"]  # by votes in scope
    model.set_scope(None)
    assert model.rowCount() == 4


def test_browser_from_the_view_menu_follows_the_document(qtbot, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(str(sample_path()))
    assert not window.precincts.action.isEnabled()  # the sample has no precinct detail
    path = write_csv(tmp_path / "booths.csv", ROWS)
    with qtbot.waitSignal(window.background.opened, timeout=30_000):
        window.open_path(str(path))
    assert window.precincts.action.isEnabled()
    assert window.precincts.action in window.view_menu.actions()
    window.precincts.action.trigger()
    browser = window.precincts.browser
    qtbot.addWidget(browser)
    assert browser.isVisible()
    qtbot.waitUntil(lambda: browser.model.rowCount() == 4, timeout=30_000)
    assert browser.summary.text().startswith("4 stations in all regions")
    south = int(np.flatnonzero(window.document.contest.units.names == "South")[0])
    window.document.set_scope(south)
    assert column_texts(browser.model, COL["station"]) == ["p9"]
    assert browser.summary.text() == "1 station in South"
    # The window follows the file it opened (on a worker thread, which re-reads it through the
    # cache): let that check land, or it would write its cache entry into the next test's home.
    qtbot.waitUntil(lambda: window.live.history is not None and len(window.live.history) >= 1, timeout=30_000)
