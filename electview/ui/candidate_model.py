"""The candidate table model: a thin adapter over one contest's tally, and its sort proxy."""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from electview.core.compare import Baseline, format_points
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
#: True where the cell's figure differs from the baseline's (votes, share, change columns).
ChangedRole = Qt.ItemDataRole.UserRole + 5

#: Background of changed cells while :meth:`CandidateTableModel.set_highlighting` is on.
HIGHLIGHT_COLOUR = "#FFE98A"

NAME, PARTY, VOTES, SHARE, CHANGE = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("CandidateTableModel", "Candidate"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Party"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Votes"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Share"),
)
#: Sort key for "no earlier figure": below every real change in either direction.
_NO_CHANGE = -1e12
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class CandidateTableModel(QAbstractTableModel):
    """Rows are candidates in the contest's own order; the proxy sorts them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tally: ContestTally | None = None
        self._baseline: Baseline | None = None
        self._highlighting = False
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
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._tally = result
        if self._baseline is not None and (result is None or len(self._baseline.change_points) != len(result.candidates)):
            self._baseline = None  # belonged to other candidates
        self.endResetModel()

    @property
    def baseline(self) -> Baseline | None:
        return self._baseline

    def set_baseline(self, baseline: Baseline | None) -> None:
        """Show a change column against ``baseline`` (aligned with the current tally), or hide it.

        The one change column, whatever the earlier figures are (a compared file, a live
        feed's previous update); call after :meth:`set_tally`.
        """
        if baseline is not None and (self._tally is None or len(baseline.change_points) != len(self._tally.candidates)):
            raise ValueError("the baseline is not aligned with the tally's candidates")
        had = self._baseline is not None
        if had and baseline is None:
            self.beginRemoveColumns(QModelIndex(), CHANGE, CHANGE)
            self._baseline = None
            self.endRemoveColumns()
        elif not had and baseline is not None:
            self.beginInsertColumns(QModelIndex(), CHANGE, CHANGE)
            self._baseline = baseline
            self.endInsertColumns()
        elif baseline is not None:
            self._baseline = baseline
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, CHANGE, CHANGE)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, CHANGE), self.index(self.rowCount() - 1, CHANGE))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._tally is None:
            return 0
        return len(self._tally.candidates)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(HEADERS) + (1 if self._baseline is not None else 0)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("± Points") if section == CHANGE else QCoreApplication.translate("CandidateTableModel", HEADERS[section])
            if role == Qt.ItemDataRole.ToolTipRole and section == CHANGE:
                return plain_tooltip(self.tr("Change in share, in percentage points, since {0}").format(self._baseline.label))
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if section in (VOTES, SHARE, CHANGE) else _LEFT
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._tally is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return None
        result = self._tally
        candidate = result.candidates[row]
        if role == ChangedRole:
            return self._changed(row, column)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if not (self._highlighting and self._changed(row, column)):
                return None
            # Dark text on the highlight whatever the theme, so a dark palette stays readable.
            return QColor(HIGHLIGHT_COLOUR if role == Qt.ItemDataRole.BackgroundRole else "#1A1A1A")
        if column == CHANGE:
            return self._change_data(row, role)
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

    @property
    def highlighting(self) -> bool:
        return self._highlighting

    def set_highlighting(self, on: bool) -> None:
        """Give changed cells (:data:`ChangedRole`) a highlight background, or take it away."""
        if on == self._highlighting:
            return
        self._highlighting = on
        if self.rowCount():
            roles = [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole]
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1), roles)

    def _changed(self, row: int, column: int) -> bool:
        baseline = self._baseline
        if baseline is None or column not in (VOTES, SHARE, CHANGE):
            return False
        votes, points = float(baseline.change_votes[row]), float(baseline.change_points[row])
        votes_changed = not math.isnan(votes) and votes != 0
        share_changed = not math.isnan(points) and round(points, 6) != 0
        if column == VOTES:
            return votes_changed
        if column == SHARE:
            return share_changed
        return votes_changed or share_changed

    def _change_data(self, row: int, role: int):
        baseline = self._baseline
        value = float(baseline.change_points[row])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = format_points(value)
            crossing = baseline.crossings[row]
            return text + (" ▲" if crossing == "up" else " ▼" if crossing == "down" else "")
        if role == SortRole:
            return _NO_CHANGE if math.isnan(value) else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(baseline.details[row])
        if role == ColourRole:
            return self._tally.colours[row]
        if role == CandidateRole:
            return row
        if role == DerivedRole:
            return False
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
                return self.tr("Estimated, not reported.") + f"\n{result.estimate_note[:1].upper()}{result.estimate_note[1:]}."
            if math.isnan(result.votes[row]):
                return self.tr("Not reported")
            return self.tr("As reported")
        if math.isnan(result.share[row]):
            return self.tr("Not reported")
        if result.share_derived[row]:
            return self.tr("Computed by electview: votes ÷ {0} valid votes").format(format_votes(result.total_valid.value))
        return self.tr("As reported")


class CandidateSortProxy(QSortFilterProxyModel):
    """Sorts on :data:`SortRole` (raw numbers), so 9 < 10 and "≈ 84,564" sorts as 84564."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
