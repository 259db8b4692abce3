"""The ranked-choice rounds window: table model, round slider, bars and the Sankey, driven like a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from electview.formats import load_file
from electview.ui.main_window import MainWindow
from electview.ui.rounds_model import RoundsModel
from electview.ui.rounds_window import outcome_lines
from electview.ui.sankey import INACTIVE, flows_of

DATA = Path(__file__).parent / "data" / "rcv"
MAINE = DATA / "2018_maine_governor_primary.rctab-detailed-report.json"


@pytest.fixture
def rounds_window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(str(MAINE))
    qtbot.waitUntil(lambda: window.document.contest is not None and window.document.contest.ranked is not None, timeout=10000)
    assert window.rounds.action.isEnabled()
    window.rounds.action.trigger()
    return window.rounds.rounds_window


@pytest.mark.parametrize("suffix", ["json", "csv"])
def test_rounds_model_passes_the_model_tester(qtmodeltester, suffix):
    model = RoundsModel()
    model.set_count(load_file(DATA / f"2013_minneapolis_park.rctab-detailed-report.{suffix}").contests[0].ranked)
    qtmodeltester.check(model)


def test_the_window_opens_on_the_final_round_and_says_who_was_elected_when(rounds_window):
    assert rounds_window.outcome.text() == "Mills, Janet T. elected in round 4 with 63,387 of 117,253 continuing ballots"
    assert rounds_window.slider.value() == 4
    assert rounds_window.bars.shown == [("Mills, Janet T.", 63387.0), ("Cote, Adam Roland", 53866.0)]
    assert "Round 4 of 4" in rounds_window.round_label.text() and "threshold 58,627" in rounds_window.round_label.text()


def test_moving_the_slider_shows_that_round(rounds_window):
    rounds_window.slider.setValue(1)
    assert len(rounds_window.bars.shown) == 8 and rounds_window.bars.shown[0] == ("Mills, Janet T.", 41735.0)
    assert "threshold 63,070" in rounds_window.round_label.text()


def test_the_table_shows_votes_share_and_transfer_per_round(rounds_window):
    model = rounds_window.model
    rows = [model.candidate_at(r) for r in range(len(model.count.candidates))]
    assert rows[:3] == ["Mills, Janet T.", "Cote, Adam Roland", "Sweet, Elizabeth A."]  # by how far they got
    assert model.headerData(0, Qt.Orientation.Vertical) == "Mills, Janet T."
    mills = rows.index("Mills, Janet T.")
    assert model.index(mills, 1).data() == "41,735"
    assert model.index(mills, 3).data() == "+2,307"  # what Mills gained after round 1
    sweet = rows.index("Sweet, Elizabeth A.")
    assert model.index(sweet, 9).data() == "-29,944"  # Sweet's votes leave after round 3
    assert model.index(sweet, 10).data() == ""  # and she is out of round 4
    assert "eliminated in round 3" in model.index(sweet, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_sankey_flows_add_up_and_follow_the_selection(rounds_window):
    count = rounds_window.model.count
    flows = flows_of(count)
    for r in range(count.rounds - 1):
        into_next = sum(f.votes for f in flows if f.round_index == r and f.target != INACTIVE)
        assert into_next == pytest.approx(count.tally[r + 1].sum())
    sankey = rounds_window.sankey
    assert len(sankey.flow_items) == len(flows)
    tips = [item.toolTip() for _, item in sankey.flow_items]
    assert "After round 3: 13,442 votes of Sweet, Elizabeth A. to Mills, Janet T." in tips
    assert rounds_window.proxy.headerData(2, Qt.Orientation.Vertical) == "Sweet, Elizabeth A."  # shown in the model's order
    sweet_row = rounds_window.proxy.mapFromSource(rounds_window.model.index(2, 0)).row()
    rounds_window.table.selectRow(sweet_row)
    lifted = [flow for flow, item in sankey.flow_items if item.brush().color().alpha() > 60]
    assert lifted and all("Sweet, Elizabeth A." in (flow.source, flow.target) for flow in lifted)


def test_the_action_is_off_for_a_plurality_contest(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.rounds.action.isEnabled()


def test_outcome_lines_for_three_winners():
    count = load_file(DATA / "2013_minneapolis_park.rctab-detailed-report.csv").contests[0].ranked
    lines = outcome_lines(count)
    assert lines[0].startswith("JOHN ERWIN elected in round 3 with 14,866 of ")
    assert len(lines) == 3


def test_the_sankey_names_the_final_round_and_shows_every_round(rounds_window):
    sankey = rounds_window.sankey
    assert [label.toPlainText() for label in sankey.labels] == ["Mills, Janet T.", "Cote, Adam Roland", "inactive ballots"]
    (left, right), (bottom, top) = sankey.getPlotItem().getViewBox().viewRange()
    assert left < 0 and right > 3 + 0.5 and bottom < -0.99 and top >= 0  # every round, and room for the names


def test_a_surplus_flow_says_so_when_hovered():
    count = load_file(DATA / "2013_minneapolis_park.rctab-detailed-report.csv").contests[0].ranked
    surplus = [flow for flow in flows_of(count) if flow.round_index == 9 and flow.transferred]
    assert {flow.source for flow in surplus} == {"ANNIE YOUNG"} and all("surplus" in flow.note for flow in surplus)
    assert sum(flow.votes for flow in surplus) == pytest.approx(178)


def _in_view(rounds_window, column: int) -> bool:
    table = rounds_window.table
    left = table.columnViewportPosition(column)
    return left >= 0 and left + table.columnWidth(column) <= table.viewport().width()


def test_the_rounds_table_shows_the_round_looked_at(rounds_window, qtbot):
    # It opened on the final round scrolled past its votes: only Maine's empty round-4 "Transfer" column was in view.
    qtbot.waitExposed(rounds_window)
    model = rounds_window.model
    final = [c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Round 4 votes"]
    assert final == [10] and _in_view(rounds_window, 10) and _in_view(rounds_window, 12)
    rounds_window.slider.setValue(1)
    assert _in_view(rounds_window, 1) and _in_view(rounds_window, 3)


def test_ctrl_c_copies_the_selected_candidates_rounds_with_their_names(rounds_window, qtbot):
    from PySide6.QtGui import QGuiApplication

    table = rounds_window.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 2  # the header and the selected row
    name, *cells = lines[1].split("\t")
    assert name == "Mills, Janet T." and "41,735" in cells  # the figures come with whose they are
    assert lines[0].split("\t")[0] == ""
