"""The rounds and integrity windows' tables are one Tab stop each, as the main window's (issue #21, #16 habits)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

DATA = Path(__file__).parent / "data"
MAINE = DATA / "rcv" / "2018_maine_governor_primary.rctab-detailed-report.json"
CIK_2018 = DATA / "national" / "ru-cik" / "2018-president-uik.5-regions.csv"


def _tab_leaves(qtbot, table) -> object:
    """Focus a cell of ``table``, press Tab; the widget that has the focus then (Qt's own Tab walked every cell)."""
    window = table.window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    table.setCurrentIndex(table.model().index(0, 1))
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    assert window.focusWidget() is table
    before = table.currentIndex()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.currentIndex() == before  # no step to the next cell
    return window.focusWidget()


def test_the_rounds_table_is_one_tab_stop(window, qtbot):
    window.open_path(str(MAINE))
    qtbot.waitUntil(lambda: window.document.contest is not None and window.document.contest.ranked is not None, timeout=10000)
    window.rounds.action.trigger()
    rounds = window.rounds.rounds_window
    assert rounds.table.model().columnCount() == 1 + 3 * 4  # thirteen cells a row Tab used to walk
    assert _tab_leaves(qtbot, rounds.table) is not rounds.table


def test_the_integrity_flagged_table_is_one_tab_stop(window, qtbot):
    window.open_path(str(CIK_2018))
    qtbot.waitUntil(lambda: window.document.contest is not None and window.document.path.endswith(CIK_2018.name), timeout=20000)
    window.integrity.action.trigger()
    view = window.integrity.integrity_window
    qtbot.waitUntil(lambda: view.report is not None, timeout=30000)
    view.tabs.setCurrentIndex(1)  # "Flagged stations (N)"
    assert view.flagged_proxy.rowCount() > 0
    assert _tab_leaves(qtbot, view.flagged_view) is not view.flagged_view
