"""Drilling into a place a district contest doesn't cover: no crash, no figures from elsewhere (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from electview.formats import load_file
from electview.ui.document import ViewRefused
from electview.ui.main_window import MainWindow

COLORADO = Path(__file__).parent / "data" / "clarity" / "colorado-2024-general-detail.TRIMMED-6-contests.xml"


@pytest.fixture
def district_5(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    dataset = load_file(COLORADO)
    window.document.set_dataset(dataset, str(COLORADO))
    window.document.set_contest(next(i for i, c in enumerate(dataset.contests) if "District 5" in c.name))
    return window


def _unit(window, name: str) -> int:
    return next(i for i, unit in enumerate(window.document.contest.units.names) if unit == name)


def _screen(window) -> tuple:
    model = window.table.model()
    rows = tuple(tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount()))
    return window.totals_label.text(), window.header.turnout_label.text(), window.header.details_label.text(), rows


def test_denver_under_district_5_leaves_the_district_on_screen_exactly(district_5, qtbot):
    window = district_5
    before, shown = window.document.state, _screen(window)
    assert "River Gassen" in str(shown[3]) and shown[0].startswith("Total valid votes: ")
    tree = window.region_tree
    tree.setCurrentIndex(tree.tree_model.index_of_unit(_unit(window, "El Paso")))  # a click: in the district
    assert window.document.state is not before
    el_paso, shown = window.document.state, _screen(window)
    tree.setCurrentIndex(tree.tree_model.index_of_unit(_unit(window, "Denver")))  # a click: outside it
    # was: a table of dashes under Denver's turnout (and before that a TypeError in a slot)
    assert window.document.state is el_paso
    assert _screen(window) == shown
    assert window.document.scope_name() == "El Paso"
    assert window.region_tree.currentIndex().data() == "El Paso"
    assert "not on the ballot in Denver; still showing El Paso" in window.statusBar().currentMessage()


def test_denver_straight_from_the_whole_district(district_5):
    window = district_5
    before, shown = window.document.state, _screen(window)
    window.drill_down(_unit(window, "Denver"))
    assert window.document.state is before
    assert _screen(window) == shown
    assert window.statusBar().currentMessage() == (
        "Representative to the 119th United States Congress - District 5 is not on the ballot in Denver; "
        "still showing Representative to the 119th United States Congress - District 5."
    )
    with pytest.raises(ViewRefused):
        window.document.set_scope(_unit(window, "Denver"))
    assert window.document.state is before


def test_a_county_inside_the_district_is_shown(district_5):
    window = district_5
    window.drill_down(_unit(window, "El Paso"))
    assert window.document.scope_name() == "El Paso"
    assert window.totals_label.text() != "Total valid votes: —"
