"""The change chart in the real window, driven as a user would: it comes with a comparison, goes with it, and its bars are the change column."""

import math

import numpy as np
import pytest
from chart_support import bundestag_ballots, shown_window
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt

from electview.core.change_bars import diverging_axis, gains_and_losses
from electview.resources import resource_path, sample_path
from electview.ui.candidate_model import CHANGE, NAME
from electview.ui.chart_views import CHANGE_VIEW

FINAL = resource_path("samples/kazakhstan-2019-presidential-final.electview.json")


@pytest.fixture
def window(qtbot):
    win = shown_window(qtbot)
    assert win.open_path(str(FINAL))
    qtbot.waitUntil(lambda: win.document.tally is not None)
    return win


def _switch_to(window, qtbot, name):
    pane = window.chart_pane
    switch = pane.switch
    index = pane.names().index(name)
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton, pos=switch.tabRect(index).center())
    assert pane.current() == name


def _table_rows(window):
    proxy = window.proxy
    return [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]


def _bar_point(chart, index) -> QPoint:
    layout = chart.item.layout
    rect = layout.bars[index]
    point = rect.center() if rect.width() > 4 else layout.names[index].center()
    return chart.view.mapFromScene(chart.item.mapToScene(point))


def _compare(window, qtbot, monkeypatch):
    monkeypatch.setattr("electview.ui.comparison.QFileDialog.getOpenFileName", lambda *a, **k: (str(sample_path()), ""))
    window.comparison.compare_action.trigger()
    assert window.model.baseline is not None


def test_change_view_comes_with_the_comparison_and_goes_with_it(window, qtbot, monkeypatch):
    pane = window.chart_pane
    assert not pane.has_view(CHANGE_VIEW)
    shown_before = pane.current()
    _compare(window, qtbot, monkeypatch)
    assert pane.has_view(CHANGE_VIEW)
    _switch_to(window, qtbot, CHANGE_VIEW)
    chart = window.charts.change
    qtbot.waitUntil(lambda: bool(chart.bars))
    assert chart.isVisible()
    # Both files are named: the preliminary one earlier, the final one on screen later.
    sides = chart.sides
    assert sides.startswith("earlier: the preliminary results (")
    assert "\nlater: the final results (kazakhstan-2019-presidential-final.electview.json" in sides
    window.comparison.stop_action.trigger()
    qtbot.waitUntil(lambda: not pane.has_view(CHANGE_VIEW))
    assert pane.current() == shown_before
    assert not chart.isVisible()


def test_each_change_bar_is_the_change_column_in_the_table_order(window, qtbot, monkeypatch):
    _compare(window, qtbot, monkeypatch)
    _switch_to(window, qtbot, CHANGE_VIEW)
    chart = window.charts.change
    qtbot.waitUntil(lambda: bool(chart.bars))
    order = _table_rows(window)
    model = window.model
    assert [bar.rows[0] for bar in chart.bars] == order[: len(chart.bars)]
    assert len(chart.bars) == 7  # the seven candidates fit at 1280×800
    for index, bar in enumerate(chart.bars):
        row = bar.rows[0]
        cell = window.proxy.index(index, CHANGE).data()
        assert bar.figure == f"{cell} points"
        assert bar.value == pytest.approx(float(model.baseline.change_points[row]))
    tokayev = next(bar for bar in chart.bars if bar.name.endswith("Kassym-Jomart Tokayev") or "Tokayev" in bar.name)
    assert tokayev.figure == "+0.20 points" and tokayev.marked
    # Gains right of the zero line, losses left of it.
    qtbot.waitUntil(lambda: chart.item.layout is not None)
    layout = chart.item.layout
    for index, bar in enumerate(chart.bars):
        if bar.value > 0:
            assert layout.bars[index].left() == pytest.approx(layout.line_x)
        elif bar.value < 0:
            assert layout.bars[index].right() == pytest.approx(layout.line_x)


def test_sorting_by_change_ranks_the_bars(window, qtbot, monkeypatch):
    _compare(window, qtbot, monkeypatch)
    _switch_to(window, qtbot, CHANGE_VIEW)
    chart = window.charts.change
    window.table.sortByColumn(CHANGE, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: [b.rows[0] for b in chart.bars] == _table_rows(window)[: len(chart.bars)])
    values = [bar.value for bar in chart.bars if not math.isnan(bar.value)]
    assert values == sorted(values, reverse=True)


def test_hover_click_and_table_selection(window, qtbot, monkeypatch):
    _compare(window, qtbot, monkeypatch)
    _switch_to(window, qtbot, CHANGE_VIEW)
    chart = window.charts.change
    qtbot.waitUntil(lambda: chart.item.layout is not None and bool(chart.bars))
    kosanov = next(i for i, bar in enumerate(chart.bars) if "Kosanov" in bar.name)
    row = chart.bars[kosanov].rows[0]
    qtbot.mouseMove(chart.view.viewport(), _bar_point(chart, kosanov))
    qtbot.waitUntil(lambda: "Kosanov" in chart.item.toolTip())
    tip = chart.item.toolTip()
    assert chart.bars[kosanov].figure in tip and "16.20% → 16.23%" in tip  # the change column's own sentence
    qtbot.mouseClick(chart.view.viewport(), Qt.MouseButton.LeftButton, pos=_bar_point(chart, kosanov))
    assert window.selected_candidates() == [row]
    assert chart.item.selected == (kosanov,)
    # And from the table: the first row's bar is marked.
    first = window.proxy.index(0, NAME)
    window.table.selectionModel().select(first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert chart.item.selected == (0,)
    assert "Selected: " in chart.view.accessibleDescription()
    assert chart.view.accessibleName()


def test_drilling_into_another_contest_keeps_the_view(window, qtbot, monkeypatch):
    _compare(window, qtbot, monkeypatch)
    _switch_to(window, qtbot, CHANGE_VIEW)
    window.reload()
    qtbot.wait(10)
    assert window.chart_pane.current() == CHANGE_VIEW


def test_the_axis_gives_the_width_to_the_side_that_needs_it():
    # All gains: zero at the left edge, the largest gain and its figure end at the right.
    axis = diverging_axis([1.0, 4.0, 0.0], 100.0, 500.0, 60.0, 50.0)
    assert axis.zero == 100.0 and axis.x(4.0) + 60.0 == pytest.approx(500.0)
    # A loss twice the largest gain takes two thirds of the bars' room.
    axis = diverging_axis([-2.0, 1.0, math.nan], 0.0, 390.0, 40.0, 50.0)
    assert axis.x(-2.0) - 50.0 == pytest.approx(0.0) and axis.x(1.0) + 40.0 == pytest.approx(390.0)
    assert axis.zero - axis.x(-2.0) == pytest.approx(2 * (axis.x(1.0) - axis.zero))
    # Nothing changed: no length at all, zero after the room for figures on the left only when there are losses.
    assert diverging_axis([0.0, math.nan], 10.0, 200.0, 30.0, 30.0).scale == 0.0
    assert gains_and_losses(np.array([1.0, -1.0, 0.0, math.nan, -3.0]), [0, 1, 2, 3, 4]) == (1, 2)


def test_the_live_feeds_previous_update_brings_the_change_view(qtbot, tmp_path):
    from live_helpers import results_json

    win = shown_window(qtbot)
    try:
        path = tmp_path / "night.electview.json"
        path.write_bytes(results_json(6_000_000, shares=[70.76, 16.2, 5.2, 3.2, 2.07, 1.82, 0.92]))
        assert win.open_path(str(path))
        qtbot.waitUntil(lambda: win.live.history is not None and len(win.live.history) >= 1)
        assert not win.chart_pane.has_view(CHANGE_VIEW)
        path.write_bytes(results_json(6_100_000, shares=[68.0, 18.0, 6.0, 3.5, 2.0, 1.6, 0.9]))
        qtbot.waitUntil(lambda: win.chart_pane.has_view(CHANGE_VIEW), timeout=3000)
        _switch_to(win, qtbot, CHANGE_VIEW)
        chart = win.charts.change
        qtbot.waitUntil(lambda: bool(chart.bars))
        assert chart.bars[0].figure == "−2.76 points" and chart.bars[0].value == pytest.approx(-2.76)
        assert chart.sides.startswith("earlier: the previous update (")
        assert "\nlater: version 2 of 2, seen " in chart.sides
        win.live.timeline.slider.setValue(0)  # the first version has no previous one: no change column, no view
        qtbot.waitUntil(lambda: not win.chart_pane.has_view(CHANGE_VIEW))
        assert win.chart_pane.current() != CHANGE_VIEW
    finally:
        win.live.stop()


def test_seats_gained_and_lost_between_two_party_counts_and_the_rest_in_one_line(qtbot):
    """The Bundestag's two ballots, each allocating 598 seats by D'Hondt: each bar says the seats its party gained or lost."""
    from electview.core.bars import seat_change
    from electview.core.change_column import baseline_from_comparison
    from electview.core.compare import compare_tallies
    from electview.ui.candidate_model import CandidateSortProxy, CandidateTableModel
    from electview.ui.change_chart import ChangeChart

    first, second = bundestag_ballots()
    comparison = compare_tallies(first, second)
    model, proxy = CandidateTableModel(), CandidateSortProxy()
    proxy.setSourceModel(model)
    model.set_tally(second)
    model.set_baseline(baseline_from_comparison(comparison, "Erststimmen"))
    proxy.sort(CHANGE, Qt.SortOrder.DescendingOrder)
    chart = ChangeChart(model, proxy)
    qtbot.addWidget(chart)
    chart.resize(700, 300)
    chart.show()
    qtbot.waitUntil(lambda: bool(chart.bars))
    seats = seat_change(comparison)
    by_new = {int(comparison.new_index[r]): seats[r] for r in range(len(comparison)) if comparison.new_index[r] >= 0}
    for bar in chart.bars:
        row = bar.rows[0]
        points = model.baseline.change_points[row]
        assert bar.value == pytest.approx(points, nan_ok=True)
        if not math.isnan(points):
            change = int(by_new[row])
            assert bar.figure.endswith(f" · {'+' if change > 0 else ''}{change} seats".replace("-", "−"))
    assert chart.bars[0].figure == "+2.73 points · +18 seats" and "Freie Demokratische Partei" in chart.bars[0].name
    proxy.sort(CHANGE, Qt.SortOrder.AscendingOrder)  # the largest losses first
    qtbot.waitUntil(lambda: any(bar.value < 0 for bar in chart.bars))
    loss = next(bar for bar in chart.bars if bar.value < 0)
    assert " · −" in loss.figure
    # 45 parties in 300 pixels: the rest in one line, with their net change and how many gained or lost.
    rest = chart.rows.rest
    assert chart.item.more.startswith(f"+{len(rest)} more: ")
    gained = sum(1 for r in rest if model.baseline.change_points[r] > 0)
    lost = sum(1 for r in rest if model.baseline.change_points[r] < 0)
    assert chart.item.more.endswith(f"({gained} gained, {lost} lost)")
    tip = chart.describe_bar(-2)
    assert tip.splitlines()[0] == chart.item.more and len(tip.splitlines()) > 1


def test_a_candidate_only_in_the_earlier_count_is_named_with_the_share_lost(window, qtbot, monkeypatch):
    _compare(window, qtbot, monkeypatch)
    comparison = window.comparison.source.comparison()
    row = next(r for r in range(len(comparison)) if "Kosanov" in comparison.old_names[r])
    earlier = comparison.old.candidates[int(comparison.old_index[row])]
    window.comparison.source.set_mapping({earlier.id: None})  # the user says: not the same person
    chart = window.charts.change
    _switch_to(window, qtbot, CHANGE_VIEW)
    qtbot.waitUntil(lambda: "\nonly in the earlier count: " in chart.sides)
    assert chart.sides.endswith(f"only in the earlier count: {earlier.name} (16.20%)")
    later = next(bar for bar in chart.bars if "Kosanov" in bar.name)
    assert later.figure == "not in the earlier count" and math.isnan(later.value)
    assert f"{earlier.name} (16.20%)" in chart.view.accessibleDescription()


def test_arrow_keys_walk_the_change_bars(window, qtbot, monkeypatch):
    _compare(window, qtbot, monkeypatch)
    _switch_to(window, qtbot, CHANGE_VIEW)
    chart = window.charts.change
    qtbot.waitUntil(lambda: bool(chart.bars))
    chart.view.setFocus()
    qtbot.keyClick(chart.view, Qt.Key.Key_Down)
    assert window.selected_candidates() == [chart.bars[0].rows[0]]
    qtbot.keyClick(chart.view, Qt.Key.Key_Down)
    assert window.selected_candidates() == [chart.bars[1].rows[0]] and chart.item.selected == (1,)
    qtbot.keyClick(chart.view, Qt.Key.Key_Up)
    assert chart.item.selected == (0,)
    assert "Arrow keys move between bars." in chart.view.accessibleDescription()


def test_the_bars_show_seats_when_asked_where_both_counts_have_them(qtbot):
    from electview.core.change_column import baseline_from_comparison
    from electview.core.compare import compare_tallies
    from electview.ui.candidate_model import CandidateSortProxy, CandidateTableModel
    from electview.ui.change_chart import ChangeChart

    first, second = bundestag_ballots()
    model, proxy = CandidateTableModel(), CandidateSortProxy()
    proxy.setSourceModel(model)
    model.set_tally(second)
    model.set_baseline(baseline_from_comparison(compare_tallies(first, second), "Erststimmen"))
    chart = ChangeChart(model, proxy)
    qtbot.addWidget(chart)
    chart.resize(700, 300)
    chart.show()
    qtbot.waitUntil(lambda: bool(chart.bars))
    assert chart.has_seats() and not chart.by_seats
    chart.set_by_seats(True)
    qtbot.waitUntil(lambda: chart.bars[0].figure.endswith(" points") and " seats · " in chart.bars[0].figure)
    for bar in chart.bars:
        assert bar.value == model.baseline.change_seats[bar.rows[0]] or math.isnan(bar.value)
    fdp = next(bar for bar in chart.bars if "Freie Demokratische Partei" in bar.name)
    assert fdp.figure == "+18 seats · +2.73 points" and fdp.value == 18
    assert " seats together (" in chart.item.more
    assert chart.view.accessibleDescription().startswith("Change in seats, ")


def test_the_measure_is_offered_only_where_there_are_seats(window, qtbot, monkeypatch):
    _compare(window, qtbot, monkeypatch)
    _switch_to(window, qtbot, CHANGE_VIEW)
    measure = window.charts.change_measure
    assert not measure.isVisible() and measure.currentData() is False  # a presidential contest: no seats on either side
    assert window.chart_pane.title.text() == "Change in points"
    assert measure.accessibleName()
