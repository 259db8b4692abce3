"""The count over time in the real window, driven as a user would: it comes with a second version, its points are the
table's shares version by version, hover names the figures, a click replays the version, the table's selection stands out."""

import pyqtgraph as pg
from chart_support import shown_window
import pytest
from live_helpers import results_json
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt

from electview.core.bars import count_series
from electview.resources import sample_path
from electview.core.tally import tally
from electview.formats import load_file
from electview.ui.candidate_model import NAME, SHARE, VOTES
from electview.ui.chart_views import HISTORY_VIEW
from electview.ui.count_history_chart import LINES, CountSeriesModel, ValueRole

SHARES = (
    [70.76, 16.2, 5.2, 3.2, 2.07, 1.82, 0.92],
    [68.0, 18.0, 6.0, 3.5, 2.0, 1.6, 0.9],
    [71.5, 15.5, 5.0, 3.0, 2.2, 1.9, 0.9],
)


@pytest.fixture
def window(qtbot):
    rate = pg.getConfigOption("mouseRateLimit")
    pg.setConfigOption("mouseRateLimit", 0)  # pyqtgraph drops moves closer than 1/100 s apart, and a test's come faster
    win = shown_window(qtbot)
    yield win
    win.live.stop()
    pg.setConfigOption("mouseRateLimit", rate)


def _night(window, qtbot, tmp_path, versions=3):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(6_000_000, "preliminary", SHARES[0]))
    assert window.open_path(str(path))
    qtbot.waitUntil(lambda: window.live.history is not None and len(window.live.history) >= 1)
    assert not window.chart_pane.has_view(HISTORY_VIEW)  # one version: nothing over time yet
    for number in range(1, versions):
        path.write_bytes(results_json(6_000_000 + number * 100_000, "preliminary", SHARES[number]))
        qtbot.waitUntil(lambda number=number: len(window.live.history) == number + 1, timeout=3000)
    qtbot.waitUntil(lambda: window.chart_pane.has_view(HISTORY_VIEW))


def _switch_to_history(window, qtbot):
    pane = window.chart_pane
    index = pane.names().index(HISTORY_VIEW)
    qtbot.mouseClick(pane.switch, Qt.MouseButton.LeftButton, pos=pane.switch.tabRect(index).center())
    assert pane.current() == HISTORY_VIEW
    chart = window.charts.history
    qtbot.waitUntil(lambda: bool(chart.points))
    qtbot.waitUntil(lambda: chart.plot.viewport().rect().contains(_point_on_screen(chart, 0, 0)))  # laid out
    return chart


def _point_on_screen(chart, line, version):
    spot = next(s for s in chart.points[line].points() if s.data()[1] == version)
    view = chart.plot
    return view.mapFromScene(chart.points[line].mapToScene(spot.pos()))


def test_each_point_is_the_tables_share_in_its_version(window, qtbot, tmp_path):
    _night(window, qtbot, tmp_path)
    chart = _switch_to_history(window, qtbot)
    assert len(chart.points) == min(LINES, 7)
    series = window.charts.series.series
    for version in range(3):
        window.live.timeline.slider.setValue(version)  # replay it as a user would, and read the table
        qtbot.waitUntil(lambda version=version: chart.current == version)
        assert chart.marker.value() == version + 1
        for row in range(window.proxy.rowCount()):
            name = window.proxy.index(row, NAME).data()
            table_share = window.proxy.index(row, SHARE).data()
            column = series.names.index(name)
            assert window.charts.series.index(version, column).data() == table_share
    first = chart.columns[0]
    assert series.names[first] == "Kassym-Jomart Tokayev"
    assert list(chart.curves[0].getData()[1]) == pytest.approx([70.76, 68.0, 71.5])


def test_hover_and_click_replay_the_version_and_select_the_candidate(window, qtbot, tmp_path):
    _night(window, qtbot, tmp_path)
    chart = _switch_to_history(window, qtbot)
    box = chart.plot.getPlotItem().getViewBox()
    series = window.charts.series.series
    line = 1  # the second largest share: the runner-up
    name = series.names[chart.columns[line]]
    assert "Kosanov" in name

    def hover() -> bool:  # the axes settle their widths over the first frames: aim again until the point is hit
        where = _point_on_screen(chart, line, 1)
        qtbot.mouseMove(chart.plot.viewport(), where - QPoint(30, 30))
        qtbot.mouseMove(chart.plot.viewport(), where)
        return name in box.toolTip()

    qtbot.waitUntil(hover)
    where = _point_on_screen(chart, line, 1)
    tip = box.toolTip()
    assert tip.startswith(f"<qt>{name}, version 2, seen ") and "<br>18.00%, " in tip and "<br>≈ " in tip and " valid votes counted" in tip
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: window.live.index == 1)
    assert window.live.timeline.slider.value() == 1  # the History slider follows: the same call
    kosanov = next(r for r in range(window.model.rowCount()) if window.model.cell(r, NAME) == name)
    assert window.selected_candidates() == [kosanov]
    assert window.model.cell(kosanov, SHARE) == "18.00%"
    assert f"18.00%, {window.model.cell(kosanov, VOTES)} votes" in tip  # the figures the table shows for that version
    assert chart.marker.value() == 2
    # The selection's line is drawn thicker; another selected in the table moves it.
    assert chart.curves[line].opts["pen"].width() > chart.curves[0].opts["pen"].width()
    first = window.proxy.index(0, NAME)
    window.table.selectionModel().select(first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert chart.curves[0].opts["pen"].width() > chart.curves[line].opts["pen"].width()
    assert chart.plot.accessibleName() and "Click a point" in chart.plot.accessibleDescription()


def test_the_view_goes_when_following_stops(window, qtbot, tmp_path):
    _night(window, qtbot, tmp_path, versions=2)
    _switch_to_history(window, qtbot)
    window.open_path(str(sample_path()))  # another file: a history of one version
    qtbot.waitUntil(lambda: not window.chart_pane.has_view(HISTORY_VIEW))
    assert window.chart_pane.current() != HISTORY_VIEW


def test_series_model_passes_the_model_tester(qtmodeltester):
    dataset = load_file(sample_path())
    result = tally(dataset.contests[0], None, dataset.turnout)
    model = CountSeriesModel()
    model.set_series(count_series([result, None, result], ["1", "2", "3"]))
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == len(result.candidates)
    assert model.index(1, 0).data() == "—" and model.index(0, 0).data(ValueRole) == pytest.approx(result.share[0])
    assert "not in this version" in model.describe(1, 0)
    assert model.headerData(0, Qt.Orientation.Horizontal) == result.candidates[0].name


def test_arrow_keys_replay_the_version_before_and_after_and_the_notes_say_how_the_count_went(window, qtbot, tmp_path):
    _night(window, qtbot, tmp_path)
    chart = _switch_to_history(window, qtbot)
    assert window.live.index == 2 and chart.marker.value() == 3
    chart.plot.setFocus()
    qtbot.keyClick(chart.plot, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: window.live.index == 1)
    assert chart.marker.value() == 2 and window.live.timeline.slider.value() == 1
    qtbot.keyClick(chart.plot, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: window.live.index == 2)
    qtbot.keyClick(chart.plot, Qt.Key.Key_Right)  # past the latest: stays
    assert window.live.index == 2
    series = window.charts.series.series
    assert series.counted_derived.all()  # these files give shares and one candidate's votes: the total is derived
    counted = [f"≈ {value:,.0f}" for value in series.counted]
    assert f"valid votes counted {counted[0]} → {counted[-1]}" in chart.notes.text()
    assert chart.notes.text() in chart.plot.accessibleDescription() or "valid votes counted" in chart.plot.accessibleDescription()
    assert "arrow keys" in chart.plot.accessibleDescription()


def test_f6_reaches_the_plot_when_it_is_shown(window, qtbot, tmp_path):
    _night(window, qtbot, tmp_path, versions=2)
    chart = _switch_to_history(window, qtbot)
    window.table.setFocus()
    panes = window.accessibility.visible_panes()
    assert chart.plot in panes and window.charts.bars.view not in panes
    reached = [window.accessibility.cycle(1) for _ in panes]
    assert chart.plot in reached


def test_the_axes_and_marker_follow_the_theme(window, qtbot, tmp_path):
    from PySide6.QtGui import QPalette

    from electview.ui.theme import Theme

    _night(window, qtbot, tmp_path, versions=2)
    chart = _switch_to_history(window, qtbot)
    axis = chart.plot.getPlotItem().getAxis("left")
    window.theme.choose(Theme.DARK)
    qtbot.waitUntil(lambda: axis.textPen().color().lightness() > 160)
    assert chart.marker.pen.color() == chart.palette().color(QPalette.ColorRole.WindowText)
    window.theme.choose(Theme.LIGHT)
    qtbot.waitUntil(lambda: axis.textPen().color().lightness() < 100)


def test_a_new_version_reads_only_itself_again(window, qtbot, tmp_path, monkeypatch):
    _night(window, qtbot, tmp_path, versions=2)
    history = window.live.history
    read = []
    original = history.dataset
    monkeypatch.setattr(history, "dataset", lambda index: read.append(index) or original(index))
    _switch_to_history(window, qtbot)
    assert sorted(read) == [0, 1]
    read.clear()
    (tmp_path / "night.electview.json").write_bytes(results_json(6_300_000, "preliminary", SHARES[2]))
    qtbot.waitUntil(lambda: len(window.charts.series.series) == 3, timeout=3000)
    # The first version is not read again (the window itself reads the new one to show it and the one before
    # for the change column); before, the chart re-read every version kept.
    assert 0 not in read
    assert list(window.charts.history.curves[0].getData()[1]) == pytest.approx([70.76, 68.0, 71.5])
