"""The chart pane: the pie and the map share one pane, switched in its title row, and the switch takes no height
from the candidate table (issue 18: a tab bar above the pie hid the sample's 7th row at 1024×640 in Russian)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from electview.resources import sample_path
from electview.ui import i18n
from electview.ui.chart_pane import ChartPane, section_title
from electview.ui.main_window import MainWindow
from electview.ui.theme import Theme

from map_support import COLORADO


class _Tall(QWidget):
    def minimumSizeHint(self):  # noqa: N802
        return QSize(10, 300)


@pytest.fixture
def pane(qtbot):
    pane = ChartPane()
    qtbot.addWidget(pane)
    return pane


def test_one_view_shows_no_switch_and_a_second_view_is_one_call(pane, qtbot):
    pie = QLabel("pie")
    pane.add_view("pie", "Pie", pie, "Vote shares")
    pane.show()
    assert pane.switch.isHidden() and pane.title.text() == "Vote shares"
    corner = QPushButton("measure")
    pane.add_view("map", "Map", QLabel("map"), corner=corner)
    assert not pane.switch.isHidden() and pane.names() == ["pie", "map"]
    assert pane.current() == "pie" and corner.isHidden()
    with qtbot.waitSignal(pane.view_changed) as changed:
        qtbot.mouseClick(pane.switch, Qt.MouseButton.LeftButton, pos=pane.switch.tabRect(1).center())
    assert changed.args == ["map"] and pane.current() == "map"
    assert pane.title.text() == "Map" and corner.isVisible()  # the map's own controls, in the title row
    pane.add_view("bars", "Bars", QLabel("bars"), "Vote shares")  # a third view: one more call
    assert pane.switch.count() == 3
    with pytest.raises(ValueError):
        pane.add_view("map", "Map", QLabel())


def test_a_view_taken_out_while_shown_gives_way_to_the_one_shown_before(pane):
    # The map leaving for its own pane showed its neighbour (Bars), not the pie the user had before.
    for name in ("pie", "bars", "map"):
        pane.add_view(name, name.title(), QLabel(name))
    pane.set_current("map")
    pane.take_view("map")
    assert pane.current() == "pie"


def test_a_view_taken_out_leaves_with_its_controls(pane):
    pane.add_view("pie", "Pie", QLabel("pie"))
    corner = QPushButton("measure")
    view = QLabel("map")
    pane.add_view("map", "Map", view, corner=corner)
    pane.set_current("map")
    assert pane.take_view("map") is view
    assert pane.names() == ["pie"] and pane.current() == "pie" and corner.parent() is None
    assert pane.take_view("map") is None and pane.switch.isHidden()


def test_the_pane_asks_only_for_the_shown_views_height(pane):
    pane.add_view("pie", "Pie", QLabel("pie"))
    pane.add_view("tall", "Tall", _Tall())
    short = pane.minimumSizeHint().height()
    pane.set_current("tall")
    assert pane.minimumSizeHint().height() >= short + 250


def test_the_switch_is_no_taller_than_a_line_of_the_title(pane):
    pane.add_view("pie", "Pie", QLabel("pie"), "Vote shares")
    pane.add_view("map", "Map", QLabel("map"))
    title = section_title("Vote shares")
    assert pane.switch.sizeHint().height() <= title.sizeHint().height() + 2  # a tab bar was 26 px beside a 14 px title
    assert all(pane.switch.tabRect(i).width() > pane.switch.fontMetrics().horizontalAdvance(pane.switch.tabText(i)) for i in range(2))


def test_the_arrow_keys_move_between_the_views(pane, qtbot):
    pane.add_view("pie", "Pie", QLabel("pie"))
    pane.add_view("map", "Map", QLabel("map"))
    pane.show()
    qtbot.waitExposed(pane)
    pane.switch.setFocus()
    qtbot.keyClick(pane.switch, Qt.Key.Key_Right)
    assert pane.current() == "map"
    qtbot.keyClick(pane.switch, Qt.Key.Key_Left)
    assert pane.current() == "pie"
    assert pane.switch.accessibleName() == "Chart view"


@pytest.fixture
def small_window(qtbot, request):
    i18n.install_language(request.param)
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.open(str(sample_path()))
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.live.timeline_bar.isVisible, timeout=30000)  # as test_window_fit: the History bar shows
    window.map.wait()
    QApplication.processEvents()
    yield window
    window.theme.choose(Theme.SYSTEM)
    i18n.install_language("en")


def _rows_fully_visible(window) -> list[bool]:
    table, viewport = window.table, window.table.viewport().rect()
    return [viewport.contains(table.visualRect(table.model().index(row, 0))) for row in range(table.model().rowCount())]


@pytest.mark.parametrize("small_window", ["en", "ru", "kk"], indirect=True)
def test_the_map_in_the_chart_pane_takes_no_row_from_the_table(small_window, qtbot):
    window = small_window
    assert window.chart_pane.names()[0] == "pie" and window.chart_pane.names()[-1] == "map"
    assert _rows_fully_visible(window) == [True] * 7
    window.map.show_map()
    qtbot.waitUntil(lambda: window.map.pane.view.isVisible(), timeout=3000)
    QApplication.processEvents()
    assert _rows_fully_visible(window) == [True] * 7  # was 6 of 7 in Russian with a tab bar over the pie
    assert window.map.pane.measure.isVisible() and window.map.pane.view.height() >= 60
    switch = window.chart_pane.switch
    labels = [switch.tabText(i) for i in range(switch.count())]
    assert labels[0] == window.tr("Pie") and labels[-1] == window.map.tr("Map")


def _shown_window(qtbot, width: int, height: int) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_map_stays_hidden_behind_the_pie(qtbot):
    # The map's legend and a strip of the map were drawn over the pie: placing the map had shown it.
    window = _shown_window(qtbot, 1024, 640)
    window.map.set_beside(False)  # the user keeps the map in a tab
    window.document.open(str(sample_path()))
    window.map.wait()
    assert window.chart_pane.current() == "pie"
    assert not window.map.pane.isVisible() and window.pie.isVisible()
    window.map.show_map()
    assert window.map.pane.isVisible() and not window.pie.isVisible()
    window.map.set_beside(True)
    assert window.map.pane.isVisible() and window.pie.isVisible()
    window.map.set_beside(False)
    assert window.chart_pane.current() == "pie" and not window.map.pane.isVisible()


def test_the_first_launch_shows_the_samples_turnout_map_beside_the_pie(qtbot):
    # `uv run electview` showed the pie alone: the map was a tab a newcomer had to find.
    window = _shown_window(qtbot, 1280, 800)
    window.document.open(str(sample_path()))
    window.map.wait()
    QApplication.processEvents()
    assert window.map.pane.isVisible() and window.pie.isVisible()
    assert window.map.measure() == "turnout" and len(window.map.joined.layer) == 17
    assert window.map.beside_action.isChecked() and window.settings.map_beside_chart() is None  # not a choice of the user's
    assert window.chart_pane.width() > 300 and window.map.beside_pane.width() > 300  # room for each
    qtbot.waitUntil(lambda: 0 not in window.pie.hidden_entries())  # the leader's legend entry stays whole (it was '+6 more' alone)
    # Too narrow for both: the map waits in its tab, the pie keeps the row.
    window.resize(1024, 640)
    QApplication.processEvents()
    assert not window.map.pane.isVisible() and window.chart_pane.names()[-1] == "map" and window.pie.isVisible()
    window.resize(1280, 800)
    QApplication.processEvents()
    assert window.map.pane.isVisible()
    # A file with no boundaries: no empty map pane beside the pie.
    window.document.open(str(COLORADO))  # no bundled boundaries, none attached
    window.map.wait()
    QApplication.processEvents()
    assert window.map.layer is None and not window.map.pane.isVisible() and window.chart_pane.names()[-1] == "map"
    assert not window.map.beside_action.isChecked() and window.chart_pane.width() > 700  # the whole row for the charts
    # Once the user chooses, the choice holds for every file and every width.
    window.document.open(str(sample_path()))
    window.map.wait()
    window.map.beside_action.setChecked(False)
    assert window.settings.map_beside_chart() is False
    window.resize(1600, 1000)
    QApplication.processEvents()
    assert not window.map.pane.isVisible() and window.chart_pane.names()[-1] == "map"


def test_the_view_shown_last_is_shown_again(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.map.show_map()
    assert window.settings.chart_view() == "map"
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.chart_pane.current() == "map"


def test_the_map_beside_the_chart_has_its_own_titled_pane(qtbot):
    window = _shown_window(qtbot, 1280, 800)
    window.map.set_beside(True)
    QApplication.processEvents()
    own = window.map.pane.parentWidget()
    while own is not None and not isinstance(own, ChartPane):
        own = own.parentWidget()
    assert own is not None and own is not window.chart_pane
    assert own.title.text() == "Map" and own.switch.isHidden() and window.map.pane.measure.isVisible()
    assert "map" not in window.chart_pane.names()
    window.map.set_beside(False)
    assert not own.isVisible() and window.chart_pane.names()[-1] == "map"
