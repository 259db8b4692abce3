"""Room for a table's rows in a vertical splitter: every row of a usual contest, taken from the pane below.

The table's own minimum is a few rows only. A hard minimum of every row was more than a short
window has once the History bar shows (1024×640 in Russian: 398 px wanted, 376 there), and a
layout given less than its widgets' minimums draws them over each other: the totals sat on the
table's last rows. Now the pane below gives way down to its own minimum, and what still doesn't
fit scrolls inside the table.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QTableView

MIN_ROWS = 2  # rows the table keeps in any window; the rest scroll


class TableRoom(QObject):
    """Keeps pane 0 of ``splitter`` (holding ``table``) tall enough for up to ``full_rows`` rows.

    Call :meth:`refit` when the table's rows or the text below it change; the splitter's own
    resizes (a window resized, a toolbar shown) are followed by themselves.
    """

    def __init__(self, splitter: QSplitter, table: QTableView, full_rows: int) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._table = table
        self._full_rows = full_rows
        self._wanted = 0  # the table's height with every row it keeps room for
        splitter.installEventFilter(self)

    def _height_for(self, rows: int) -> int:
        table = self._table
        body = table.verticalHeader().defaultSectionSize() * max(rows, 1)
        return table.horizontalHeader().sizeHint().height() + body + 2 * table.frameWidth()

    def refit(self) -> None:
        """Measure the rows again; the splitter moves on the next pass (once the text below has wrapped)."""
        rows = min(self._table.model().rowCount(), self._full_rows)
        self._wanted = self._height_for(rows)
        self._table.setMinimumHeight(self._height_for(min(rows, MIN_ROWS)))
        QTimer.singleShot(0, self.keep)

    def keep(self) -> None:
        """Give pane 0 its wanted height (or all the pane below can spare), taken from the pane below."""
        splitter = self._splitter
        sizes = splitter.sizes()
        pane, below = splitter.widget(0), splitter.widget(1)
        if pane is None or below is None or len(sizes) != 2 or sizes[0] <= 0:
            return  # collapsed by the user, or not laid out yet
        total = sum(sizes)
        extra = max(self._wanted - self._table.minimumHeight(), 0)
        need = pane.minimumSizeHint().height() + extra
        spare = total - below.minimumSizeHint().height()
        target = min(need, spare)
        if sizes[0] < target:
            splitter.setSizes([target, total - target])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if watched is self._splitter and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self.keep)
        return False
