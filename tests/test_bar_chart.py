"""The bar chart in the real window, driven as a user would: the default choice, the switch, hover, click, keys, selection."""

import math
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QPalette

from electview.core.bars import PIE_MAX_SLICES
from electview.resources import sample_path
from electview.ui.candidate_model import NAME, SHARE, VOTES
from electview.ui.chart_views import BARS_VIEW
from electview.ui.main_window import PIE_VIEW
from electview.ui.theme import Theme

BUNDESTAG = Path(__file__).parent / "data" / "national" / "de-bundeswahlleiter" / "btw21_kerg.csv"


def _open(window, qtbot, path=BUNDESTAG):
    assert window.open_path(str(path))
    qtbot.waitUntil(lambda: window.document.tally is not None)
    bars = window.charts.bars
    if window.chart_pane.current() == BARS_VIEW:
        qtbot.waitUntil(lambda: bool(bars.bars))
    return bars


def _bar_point(bars, index) -> QPoint:
    """Where bar ``index`` is on the chart's viewport, in pixels (its name's end, which is part of its row)."""
    rect = bars.item.layout.bars[index]
    scene_point = bars.item.mapToScene(rect.center() if rect.width() > 4 else bars.item.layout.names[index].center())
    return bars.view.mapFromScene(scene_point)


def _table_rows(window):
    proxy = window.proxy
    return [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]


def test_forty_five_parties_open_on_bars_and_the_sample_on_the_pie(window, qtbot):
    _open(window, qtbot)
    assert window.chart_pane.current() == BARS_VIEW
    assert window.chart_pane.switch.isVisible()
    assert str(PIE_MAX_SLICES) in window.chart_pane.switch.tabToolTip(window.chart_pane.names().index(BARS_VIEW))
    window.open_path(str(sample_path()))
    qtbot.waitUntil(lambda: window.chart_pane.current() == PIE_VIEW)
    assert window.pie.isVisible() and not window.charts.bars.isVisible()


def test_each_bar_shows_the_table_figures_in_the_table_order(window, qtbot):
    bars = _open(window, qtbot)
    shown = bars.bars
    assert 3 <= len(shown) < 45
    order = _table_rows(window)
    model = window.model
    for index, bar in enumerate(shown):
        row = bar.rows[0]
        assert row == order[index]  # in the table's order
        proxy_row = order.index(row)
        assert window.proxy.index(proxy_row, NAME).data() == model.cell(row, NAME)
        table_share, table_votes = window.proxy.index(proxy_row, SHARE).data(), window.proxy.index(proxy_row, VOTES).data()
        assert bar.figure.startswith(f"{table_share} · {table_votes}")
        assert bar.value == pytest.approx(float(model.tally.share[row]))
    assert shown[0].name.endswith("Sozialdemokratische Partei Deutschlands") or "Sozialdemokratische" in shown[0].name
    assert shown[0].figure == "26.39% · 12,234,690  (leading)" and shown[0].marked
    # The rest: every other party, their votes and shares added up as the table gives them.
    rest = order[len(shown):]
    more = bars.item.more
    assert more.startswith(f"+{len(rest)} more: ")
    total = sum(float(model.tally.votes[r]) for r in rest)
    assert f"{total:,.0f} votes" in more
    share = sum(float(model.tally.share[r]) for r in rest)
    assert f"{share:.2f}%" in more


def test_switching_to_the_pie_and_back_like_a_user(window, qtbot):
    bars = _open(window, qtbot)
    switch = window.chart_pane.switch
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton, pos=switch.tabRect(window.chart_pane.names().index(PIE_VIEW)).center())
    assert window.chart_pane.current() == PIE_VIEW and window.pie.isVisible()
    assert window.gauge_label.parent() is not None and window.pie.isAncestorOf(window.gauge_label)
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton, pos=switch.tabRect(window.chart_pane.names().index(BARS_VIEW)).center())
    assert window.chart_pane.current() == BARS_VIEW and bars.isVisible()
    assert bars.isAncestorOf(window.gauge_label)  # the outcome statement follows the chart shown


def test_sorting_the_table_reorders_the_bars(window, qtbot):
    bars = _open(window, qtbot)
    window.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: [b.rows[0] for b in bars.bars] == _table_rows(window)[: len(bars.bars)])
    names = [window.model.cell(b.rows[0], NAME).casefold() for b in bars.bars]
    assert names == sorted(names)


def test_clicking_a_bar_selects_its_row_and_selecting_a_row_marks_its_bar(window, qtbot):
    bars = _open(window, qtbot)
    bars.item.update()
    qtbot.waitUntil(lambda: bars.item.layout is not None)
    second = bars.bars[1].rows[0]
    qtbot.mouseClick(bars.view.viewport(), Qt.MouseButton.LeftButton, pos=_bar_point(bars, 1))
    assert window.selected_candidates() == [second]
    assert bars.item.selected == (1,)
    # A party far down the table, selected there, gets a bar of its own (and the highlight).
    last = _table_rows(window)[-1]
    index = window.proxy.mapFromSource(window.model.index(last, 0))
    window.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert window.selected_candidates() == [last]
    qtbot.waitUntil(lambda: bars.bar_for_candidate(last) is not None)
    assert bars.item.selected == (bars.bar_for_candidate(last),)
    assert bars.bars[bars.bar_for_candidate(last)].figure.startswith(window.model.cell(last, SHARE))


def test_hover_names_the_party_its_votes_and_share(window, qtbot):
    bars = _open(window, qtbot)
    qtbot.waitUntil(lambda: bars.item.layout is not None)
    qtbot.mouseMove(bars.view.viewport(), _bar_point(bars, 0))
    qtbot.mouseMove(bars.view.viewport(), _bar_point(bars, 0) + QPoint(1, 0))
    row = bars.bars[0].rows[0]
    expected = f"{window.model.cell(row, VOTES)} votes, {window.model.cell(row, SHARE)}"
    qtbot.waitUntil(lambda: expected in bars.item.toolTip())
    assert window.model.cell(row, NAME) in bars.item.toolTip() and "leading" in bars.item.toolTip()
    more = bars.describe_bar(bars.item.MORE)
    assert more.splitlines()[0] == bars.item.more and "… and" in more


def test_arrow_keys_walk_the_bars_and_the_description_says_so(window, qtbot):
    bars = _open(window, qtbot)
    assert bars.view.accessibleName() == "Bar chart of vote shares"
    bars.view.setFocus()
    qtbot.keyClick(bars.view, Qt.Key.Key_Down)
    assert window.selected_candidates() == [bars.bars[0].rows[0]]
    qtbot.keyClick(bars.view, Qt.Key.Key_Down)
    assert window.selected_candidates() == [bars.bars[1].rows[0]]
    qtbot.keyClick(bars.view, Qt.Key.Key_Up)
    assert window.selected_candidates() == [bars.bars[0].rows[0]]
    description = bars.view.accessibleDescription()
    assert "26.39% · 12,234,690" in description and "Arrow keys" in description and "more" in description
    assert "Selected: " in description


def test_the_majority_line_sits_at_the_gauge_threshold(window, qtbot):
    bars = _open(window, qtbot)
    gauge = window.majority.gauge
    result = window.document.tally
    assert bars.item.threshold == pytest.approx(gauge.threshold * gauge.base_total / result.total_valid.value)
    assert "50%" in bars.item.threshold_label
    window.majority.set_threshold(60.0)
    qtbot.waitUntil(lambda: bars.item.threshold == pytest.approx(60.0))
    assert bars.item.layout is None or math.isfinite(bars.item.layout.line_x or 0.0)


def test_bars_follow_the_theme(window, qtbot):
    bars = _open(window, qtbot)
    window.theme.choose(Theme.DARK)
    qtbot.waitUntil(lambda: bars.item.colours.text.lightness() > 160)
    assert bars.item.colours.background.lightness() < 100
    window.theme.choose(Theme.HIGH_CONTRAST)
    qtbot.waitUntil(lambda: bars.item.colours.text == bars.palette().color(QPalette.ColorRole.WindowText))


def test_few_rows_in_a_short_window_still_say_how_many_more(window, qtbot):
    bars = _open(window, qtbot)
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: bars.item.more != "")
    rows = bars.rows
    shown = len(bars.bars)
    assert re.match(rf"\+{45 - shown} more", bars.item.more) or re.match(r"\+\d+ more", bars.item.more)
    assert shown == len(rows.rows) and shown + rows.more == window.proxy.rowCount()
