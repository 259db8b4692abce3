"""Tables behave as people expect: Ctrl+C copies the selected rows (tab-separated text and an HTML table), Tab leaves.

Qt's own Ctrl+C copies only the current cell, so Ctrl+A then Ctrl+C gave one name; its Tab walks
every cell, five presses a row, before the next pane.
"""

from __future__ import annotations

import atexit
import html
import re

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView

from electview.core.summary import neutralise_formula

# A figure as the table shows it ("≈ 1,489,057", "70.76%", "+0.20 ▲", "6 504 054"): pasted as
# is. Anything else that starts like a formula (a candidate named "=HYPERLINK(…)") is defused.
_FIGURE = re.compile(r"[≈~\s]*[+\-−]?[\d][\d.,\s\u00a0\u202f]*%?(\s*[▲▼])?")


def _cell(text: object) -> str:
    value = "" if text is None else str(text)
    value = " ".join(value.split())  # a tab or line break inside a cell would split the row
    return value if _FIGURE.fullmatch(value) else neutralise_formula(value)


def one_tab_stop(view: QAbstractItemView) -> None:
    """Tab and Shift+Tab move on to the next pane; the arrow keys move between the cells."""
    view.setTabKeyNavigation(False)


def selected_rows_table(view: QAbstractItemView) -> list[list[str]]:
    """The header and every selected row (in the order shown), columns as shown; [] when nothing is selected."""
    model = view.model()
    selection = view.selectionModel()
    if model is None or selection is None:
        return []
    rows = sorted({index.row() for index in selection.selectedIndexes()})
    if not rows:
        return []
    header = getattr(view, "horizontalHeader", lambda: None)()
    columns = list(range(model.columnCount()))
    if header is not None:
        columns = [header.logicalIndex(visual) for visual in range(header.count())]
        columns = [c for c in columns if not header.isSectionHidden(c)]
    table = [[_cell(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]]
    table += [[_cell(model.index(row, c).data()) for c in columns] for row in rows]
    # A table whose rows are named in its vertical header (the rounds table's candidates) copies the
    # names too: figures without them would be pasted unlabelled. Qt's default row numbers are not names.
    vertical = getattr(view, "verticalHeader", lambda: None)()
    names = [model.headerData(row, Qt.Orientation.Vertical) for row in rows]
    if vertical is not None and not vertical.isHidden() and all(isinstance(name, str) for name in names):
        table = [[""] + table[0]] + [[_cell(name)] + row for name, row in zip(names, table[1:], strict=True)]
    return table


def as_mime(table: list[list[str]]) -> QMimeData:
    data = QMimeData()
    data.setText("".join("\t".join(row) + "\n" for row in table))
    head, *body = table
    cells = "".join(f"<th>{html.escape(text)}</th>" for text in head)
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(text)}</td>" for text in row) + "</tr>" for row in body)
    data.setHtml(f"<table><thead><tr>{cells}</tr></thead><tbody>{rows}</tbody></table>")
    return data


_handover_registered = False


def _hand_over_as_plain_text() -> None:
    """At exit, put our copy back on the clipboard as text Qt made itself.

    A QMimeData made from Python and still on the clipboard when the application is torn down
    crashes the process (seen with the offscreen, minimal and desktop platforms): Qt deletes it
    after Python has gone. Text set by Qt is handed to the desktop's clipboard manager as usual;
    only the HTML flavour is lost once electview has quit.
    """
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.property("electview") is True:
        clipboard.setText(data.text())


def put_on_clipboard(data: QMimeData) -> None:
    global _handover_registered
    data.setProperty("electview", True)  # ours: replaced by plain text at exit
    if not _handover_registered:
        atexit.register(_hand_over_as_plain_text)
        _handover_registered = True
    QGuiApplication.clipboard().setMimeData(data)


class TableCopier(QObject):
    """Installed on a table view: Ctrl+C (the platform's Copy) puts the selected rows on the clipboard."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)

    def copy(self) -> bool:
        table = selected_rows_table(self._view)
        if not table:
            return False
        put_on_clipboard(as_mime(table))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if watched is self._view and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            if isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Copy):
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()  # ours, not a window shortcut's
                    return True
                return self.copy()
        return False
