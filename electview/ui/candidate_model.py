"""The candidate table model: a thin adapter over one contest's tally, and its sort proxy."""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from electview.core.tally import ContestTally
from electview.ui.text import format_percent, format_votes, plain_tooltip

#: Raw value for sorting: float for numbers, casefolded text for names.
SortRole = Qt.ItemDataRole.UserRole + 1
#: True where the figure in the cell is an estimate (shown in italics with ≈).
DerivedRole = Qt.ItemDataRole.UserRole + 2
#: The candidate's colour as "#rrggbb" (every column).
ColourRole = Qt.ItemDataRole.UserRole + 3
#: The candidate's index in the contest (every column): stable across sorting.
CandidateRole = Qt.ItemDataRole.UserRole + 4

NAME, PARTY, VOTES, SHARE = range(4)
HEADERS = ("Candidate", "Party", "Votes", "Share")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class CandidateTableModel(QAbstractTableModel):
    """Rows are candidates in the contest's own order; the proxy sorts them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tally: ContestTally | None = None
        self._italic = QFont()
        self._italic.setItalic(True)

    @property
    def tally(self) -> ContestTally | None:
        return self._tally

    def set_tally(self, result: ContestTally | None) -> None:
        """Show ``result``: same candidates → dataChanged (the pie animates); else a reset."""
        old = self._tally
        same_rows = (
            old is not None
            and result is not None
            and old.contest.id == result.contest.id
            and [c.id for c in old.candidates] == [c.id for c in result.candidates]
        )
        if same_rows:
            self._tally = result
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(HEADERS) - 1))
            return
        self.beginResetModel()
        self._tally = result
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._tally is None:
            return 0
        return len(self._tally.candidates)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if section in (VOTES, SHARE) else _LEFT
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._tally is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column < len(HEADERS)):
            return None
        result = self._tally
        candidate = result.candidates[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            if column == NAME:
                return candidate.name.casefold()
            if column == PARTY:
                return candidate.party.casefold()
            value = result.votes[row] if column == VOTES else result.share[row]
            return -1.0 if math.isnan(value) else float(value)
        if role == DerivedRole:
            return self._derived(row, column)
        if role == Qt.ItemDataRole.FontRole and self._derived(row, column):
            return self._italic
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (VOTES, SHARE) else _LEFT
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return QColor(result.colours[row])
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(row, column))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, column) + (" (estimated)" if self._derived(row, column) else "")
        if role == ColourRole:
            return result.colours[row]
        if role == CandidateRole:
            return row
        return None

    def _display(self, row: int, column: int) -> str:
        result = self._tally
        candidate = result.candidates[row]
        if column == NAME:
            return candidate.name
        if column == PARTY:
            return candidate.party
        if column == VOTES:
            text = format_votes(result.votes[row])
            return f"≈ {text}" if result.votes_estimated[row] else text
        return format_percent(result.share[row])

    def _derived(self, row: int, column: int) -> bool:
        result = self._tally
        if column == VOTES:
            return bool(result.votes_estimated[row])
        if column == SHARE:
            # A share computed from complete counts is arithmetic, not an estimate; one
            # computed from an estimated count is.
            return bool(result.share_derived[row] and result.votes_estimated[row])
        return False

    def _tooltip(self, row: int, column: int) -> str:
        result = self._tally
        candidate = result.candidates[row]
        if column in (NAME, PARTY):
            lines = [candidate.name]
            if candidate.party:
                lines.append(candidate.party)
            if candidate.description:
                lines.append(candidate.description)
            return "\n".join(lines)
        if column == VOTES:
            if result.votes_estimated[row]:
                return f"Estimated, not reported.\n{result.estimate_note[:1].upper()}{result.estimate_note[1:]}."
            if math.isnan(result.votes[row]):
                return "Not reported"
            return "As reported"
        if math.isnan(result.share[row]):
            return "Not reported"
        if result.share_derived[row]:
            return f"Computed by electview: votes ÷ {format_votes(result.total_valid.value)} valid votes"
        return "As reported"


class CandidateSortProxy(QSortFilterProxyModel):
    """Sorts on :data:`SortRole` (raw numbers), so 9 < 10 and "≈ 84,564" sorts as 84564."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
