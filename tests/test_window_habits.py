"""Habits a spreadsheet user brings: copy a selection, sort biggest first, close a window with Esc (issue 16)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from electview.resources import sample_path
from electview.ui.candidate_model import NAME, PARTY, SHARE, VOTES
from electview.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.document.open(str(sample_path()))
    win.show()
    qtbot.waitExposed(win)
    return win


def _press(qtbot, widget, sequence: QKeySequence.StandardKey) -> None:
    combination = QKeySequence(sequence)[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def test_select_all_then_copy_gives_every_row_as_tsv_and_html(window, qtbot):
    QGuiApplication.clipboard().clear()
    window.table.setFocus()
    _press(qtbot, window.table, QKeySequence.StandardKey.SelectAll)
    _press(qtbot, window.table, QKeySequence.StandardKey.Copy)
    mime = QGuiApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(window.model.columnCount())]
    assert lines[0] == "\t".join(headers)  # was one cell: "Kassym-Jomart Tokayev"
    assert lines[0].startswith("Candidate\tParty\tVotes\tShare")
    assert lines[1].startswith("Kassym-Jomart Tokayev\tNur Otan ‡\t6,504,054\t70.76%")
    assert lines[2].startswith("Amirjan Kosanov\tUlt Tagdyry National Patriotic Movement Association\t≈ 1,489,057\t16.20%")
    assert len(lines) == 8
    assert mime.html().startswith("<table><thead><tr><th>Candidate</th>")
    assert "<td>Sadybek Tugel</td>" in mime.html()


def test_copy_follows_the_sort_and_takes_only_the_selected_rows(window, qtbot):
    window.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    window.table.selectRow(0)
    _press(qtbot, window.table, QKeySequence.StandardKey.Copy)
    rows = QGuiApplication.clipboard().text().splitlines()[1:]
    assert len(rows) == 1 and rows[0].startswith("Amangeldy Taspikhov\tFederation of Kazakh Trade Unions\t≈ 190,268\t2.07%")


def test_a_name_that_looks_like_a_formula_is_pasted_as_text():
    from electview.ui.table_habits import _cell

    assert _cell("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")"
    assert _cell("+0.20 ▲") == "+0.20 ▲" and _cell("−1.5") == "−1.5" and _cell("≈ 84,564") == "≈ 84,564"
    assert _cell("line\tbreak\nhere") == "line break here"


def _click_header(qtbot, view, column):
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_first_click_on_a_numeric_column_sorts_biggest_first(window, qtbot):
    view = window.table
    _click_header(qtbot, view, NAME)
    assert view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder  # names: A to Z
    _click_header(qtbot, view, SHARE)
    assert view.horizontalHeader().sortIndicatorSection() == SHARE
    assert view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder  # was smallest first
    assert view.model().index(0, NAME).data() == "Kassym-Jomart Tokayev"
    _click_header(qtbot, view, SHARE)
    assert view.model().index(0, NAME).data() == "Sadybek Tugel"  # the second click turns it round
    _click_header(qtbot, view, PARTY)
    _click_header(qtbot, view, VOTES)
    assert view.model().index(0, NAME).data() == "Kassym-Jomart Tokayev"


def test_quitting_after_a_copy_exits_cleanly(tmp_path):
    import os
    import subprocess
    import sys

    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from electview.ui.table_habits import as_mime, put_on_clipboard\n"
        "app = QApplication([])\n"
        "put_on_clipboard(as_mime([['Candidate', 'Votes'], ['Ana', '30']]))\n"
        "print(QApplication.clipboard().mimeData().html())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr  # was -11: Qt deleted Python's QMimeData after Python had gone
    assert "<td>Ana</td>" in result.stdout
