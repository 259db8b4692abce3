"""Table model of a ranked-choice count: a row per candidate, then per round its votes, share and transfer."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from electview.core.ranked import RankedCount, reach_order
from electview.ui.text import format_percent, format_votes

#: The columns of each round, after the candidate column.
VOTES, SHARE, TRANSFER = range(3)
PER_ROUND = 3
SortRole = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()  # the invalid index Qt passes for a table's top level


class RoundsModel(QAbstractTableModel):
    """Rows: the candidates, then inactive ballots and the threshold; ``SortRole`` holds raw numbers."""

    EXTRA_ROWS = ("Inactive ballots", "Threshold")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._count: RankedCount | None = None
        self._order: list[int] = []
        self._net = np.zeros((0, 0))
        self._elected_in: dict[str, int] = {}
        self._eliminated_in: dict[str, int] = {}

    @property
    def count(self) -> RankedCount | None:
        return self._count

    def set_count(self, count: RankedCount | None) -> None:
        self.beginResetModel()
        self._count = count
        self._order = reach_order(count) if count is not None else []
        self._net = count.net_transfer() if count is not None else np.zeros((0, 0))
        self._elected_in = count.elected_in() if count is not None else {}
        self._eliminated_in = (
            {name: index + 1 for index, names in enumerate(count.eliminated) for name in names} if count is not None else {}
        )
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if parent.isValid() or self._count is None:
            return 0
        return len(self._count.candidates) + len(self.EXTRA_ROWS)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if parent.isValid() or self._count is None:
            return 0
        return 1 + PER_ROUND * self._count.rounds

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or self._count is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._row_name(section)  # names stay in view however far right the rounds scroll
        if section == 0:
            return self.tr("Candidate")
        round_number, kind = divmod(section - 1, PER_ROUND)
        label = (self.tr("Round %1 votes"), self.tr("% of continuing"), self.tr("Transfer"))[kind]
        return label.replace("%1", str(round_number + 1))

    def _row_name(self, row: int) -> str:
        assert self._count is not None
        candidates = len(self._count.candidates)
        return self._count.candidates[self._order[row]] if row < candidates else self.tr(self.EXTRA_ROWS[row - candidates])

    def candidate_at(self, row: int) -> str | None:
        """The candidate a row shows (None for the inactive-ballot and threshold rows)."""
        if self._count is None or row >= len(self._count.candidates):
            return None
        return self._count.candidates[self._order[row]]

    def _status(self, name: str) -> str:
        if name in self._elected_in:
            return self.tr("elected in round %1").replace("%1", str(self._elected_in[name]))
        if name in self._eliminated_in:
            return self.tr("eliminated in round %1").replace("%1", str(self._eliminated_in[name]))
        return ""

    def _value(self, row: int, column: int) -> float:
        """The raw figure at a cell (NaN where there is none)."""
        assert self._count is not None
        count = self._count
        round_index, kind = divmod(column - 1, PER_ROUND)
        candidates = len(count.candidates)
        if row < candidates:
            row = self._order[row]
            if not count.continuing[round_index, row]:
                return np.nan
            if kind == VOTES:
                return float(count.tally[round_index, row])
            if kind == SHARE:
                return float(count.share(round_index + 1)[row])
            return float(self._net[round_index, row]) if round_index < count.rounds - 1 else np.nan
        if row == candidates and kind == VOTES:
            return float(count.inactive[round_index])
        if row == candidates + 1 and kind == VOTES:
            return float(count.threshold[round_index])
        return np.nan

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._count is None:
            return None
        row, column = index.row(), index.column()
        candidates = len(self._count.candidates)
        if column == 0:
            name = self._row_name(row)
            if role in (Qt.ItemDataRole.DisplayRole, SortRole):
                return name
            if role == Qt.ItemDataRole.ToolTipRole and row < candidates:
                return self._status(name) or None
            if role == Qt.ItemDataRole.FontRole and row < candidates and name in self._elected_in:
                font = QFont()
                font.setBold(True)
                return font
            return None
        value = self._value(row, column)
        if role == SortRole:
            return None if np.isnan(value) else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DisplayRole:
            if np.isnan(value):
                return ""
            kind = (column - 1) % PER_ROUND
            if kind == SHARE:
                return format_percent(value)
            text = format_votes(value)
            return f"+{text}" if kind == TRANSFER and value > 0 else text
        return None

