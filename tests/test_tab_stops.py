"""Tab visits each pane once and a frame shows which pane has the keyboard, in every theme (issue 16, habits)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from electview.resources import sample_path
from electview.ui.focus_frame import FRAME_WIDTH
from electview.ui.main_window import MainWindow
from electview.ui.theme import Theme

from contrast_support import ratio

CAMBRIDGE = Path(__file__).parent / "data" / "nist-v2" / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.xml"
#: WCAG 1.4.11: the parts of a control one must see, 3:1 against what is next to them.
CONTROL = 3.0


def _window(qtbot, path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.open(str(path))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _tab_round(qtbot, window, start) -> list:
    """The widgets Tab gives the focus to, from ``start`` until it comes back to it (at most 30 presses)."""
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    assert window.focusWidget() is start
    visited = []
    for _ in range(30):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        now = window.focusWidget()
        if now is start:
            return visited
        visited.append(now)
    raise AssertionError(f"Tab never came back to the table: {[type(w).__name__ for w in visited]}")


@pytest.mark.parametrize("path", [sample_path(), CAMBRIDGE], ids=["sample (commentary)", "Cambridge (places, contests)"])
def test_tab_from_the_table_visits_each_pane_once(qtbot, path):
    window = _window(qtbot, path)
    window.map.wait()  # the sample's boundaries: its map sits beside the pie, its controls in their turn
    QApplication.processEvents()
    assert window.proxy.rowCount() >= 4  # cells to walk through: Tab used to take 5 presses a row
    visited = _tab_round(qtbot, window, window.table)
    assert len(visited) == len(set(visited))  # nothing twice in one round
    beside = [window.map.pane.measure, window.map.pane.up_button, window.map.pane.view]
    panes = [window.chart_pane.switch, window.pie.view, *beside, window.commentary, window.header.findings_toggle, window.region_tree, window.contest_picker]
    expected = [pane for pane in panes if pane.isVisible() and pane.isEnabled()]
    assert visited == expected
    if path == CAMBRIDGE:
        assert [window.region_tree, window.contest_picker] == visited[-2:]  # places and contests before the table
    else:
        assert window.commentary in visited


def test_a_chart_view_with_its_own_controls_takes_them_in_its_turn(qtbot):
    window = _window(qtbot, sample_path())
    window.map.wait()  # the boundaries, read in the background
    window.map.set_beside(False)  # the map as one of the chart pane's views
    window.chart_pane.set_current("map")
    QApplication.processEvents()
    visited = _tab_round(qtbot, window, window.table)
    names = [widget.accessibleName() for widget in visited]
    # was switch, commentary, then the map's measure and the map: after the pane beside it
    assert names[:4] == ["Chart view", "Map measure", "Map", "Commentary"]
    assert len(visited) == len(set(visited))


def test_shift_tab_goes_back_the_same_way(qtbot):
    window = _window(qtbot, CAMBRIDGE)
    forward = _tab_round(qtbot, window, window.table)
    window.table.setFocus(Qt.FocusReason.OtherFocusReason)
    backward = []
    for _ in range(len(forward)):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        backward.append(window.focusWidget())
    assert backward == forward[::-1]


def test_arrow_keys_move_inside_the_table(qtbot):
    window = _window(qtbot, sample_path())
    table = window.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    assert window.focusWidget() is table


def test_the_precinct_browser_table_is_one_tab_stop(qtbot):
    window = _window(qtbot, CAMBRIDGE)
    window.precincts.action.trigger()
    browser = window.precincts.browser
    qtbot.addWidget(browser)
    qtbot.waitUntil(lambda: browser.model.rowCount() > 0, timeout=30_000)
    qtbot.waitExposed(browser)
    browser.view.setFocus()
    browser.view.setCurrentIndex(browser.model.index(0, 2))
    qtbot.keyClick(browser.view, Qt.Key.Key_Tab)
    assert browser.focusWidget() is browser.filter_box  # was the next cell of the same row
    browser.view.setFocus()
    QApplication.processEvents()
    assert browser.focus_frame.framed() is browser.view


@pytest.fixture
def themed(qtbot, request):
    window = _window(qtbot, CAMBRIDGE)
    window.theme.choose(request.param)
    QApplication.processEvents()
    yield window
    window.theme.choose(Theme.SYSTEM)  # the QApplication outlives the test


@pytest.mark.parametrize("themed", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST], indirect=True, ids=str)
def test_the_focused_pane_is_framed_in_a_colour_that_shows(qtbot, themed):
    window = themed
    for pane, focus in ((window.table, window.table), (window.region_tree, window.region_tree), (window.chart_pane, window.pie.view)):
        focus.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert window.focus_frame.framed() is pane
        image = window.grab(QRect(pane.mapTo(window, pane.rect().topLeft()), pane.size())).toImage()
        edge = image.pixelColor(image.width() // 2, FRAME_WIDTH // 2)  # the middle of the top edge
        inside = image.pixelColor(image.width() // 2, FRAME_WIDTH + 3)
        highlight = pane.palette().color(QPalette.ColorRole.Highlight)
        assert edge.rgb() == highlight.rgb(), (pane.accessibleName(), edge.name(), highlight.name())
        background = pane.palette().color(QPalette.ColorRole.Window)
        assert ratio(edge, background) >= CONTROL, (str(window.theme.applied), edge.name(), background.name())
        assert edge.rgb() != inside.rgb()
    window.commentary_box.setFocus()  # nothing framed where no pane has the keyboard
    window.header.setFocus()
    window.contest_picker.setFocus()
    QApplication.processEvents()
    assert window.focus_frame.framed() is None
