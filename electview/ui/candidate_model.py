"""The candidate table model: a thin adapter over one contest's tally, and its sort proxy.

A national contest can hold thousands of candidates, and a drill-down shows new figures for
all of them, so neither class asks Qt for a cell per row: the model hands out whole columns
as numpy arrays (the pie and the proxy read those) and formats a cell's text only when a
view asks for it, once per tally; the proxy sorts with one ``np.argsort``.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from electview.core.change_column import Baseline
from electview.core.compare_output import format_points
from electview.core.estimates import precision_note
from electview.core.majority import outcome_safe_keep
from electview.core.model import EDITOR_MARK
from electview.core.outcomes import Outcome, outcome, status_label
from electview.core.tally import ContestTally
from electview.ui.text import display_locale, format_percent, format_votes, plain_tooltip

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

NAME, PARTY, VOTES, SHARE, OUTCOME, CHANGE = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("CandidateTableModel", "Candidate"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Party"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Votes"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Share"),
    QT_TRANSLATE_NOOP("CandidateTableModel", "Outcome"),
)
#: Sort key for "no earlier figure": below every real change in either direction.
_NO_CHANGE = -1e12
# Roles as plain ints: data() runs for every cell a view paints or measures, and an enum
# member lookup per comparison shows in its profile.
_DISPLAY, _DECORATION, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.DecorationRole), int(Qt.ItemDataRole.ToolTipRole)
_FONT, _ALIGNMENT = int(Qt.ItemDataRole.FontRole), int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND, _FOREGROUND = int(Qt.ItemDataRole.BackgroundRole), int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE_TEXT = int(Qt.ItemDataRole.AccessibleTextRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class CandidateTableModel(QAbstractTableModel):
    """Rows are candidates in the contest's own order; the proxy sorts them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tally: ContestTally | None = None
        self._outcome: Outcome | None = None  # the tally decided by its contest's rule (winners marked)
        self._statuses: tuple[str, ...] = ()
        self._baseline: Baseline | None = None
        self._highlighting = False
        self._italic = QFont()
        self._italic.setItalic(True)
        self._texts: dict[tuple[int, int], str] = {}  # (row, column) → display text, for this tally
        self._locale = display_locale()
        # Per set of candidates (a drill-down keeps them): names as shown, and casefolded for sorting.
        self._names: tuple[object, tuple[str, ...]] | None = None
        self._name_keys: tuple[object, np.ndarray, np.ndarray] | None = None

    @property
    def tally(self) -> ContestTally | None:
        return self._tally

    def set_tally(self, result: ContestTally | None, final: bool = False) -> None:
        """Show ``result``: same candidates → dataChanged (the pie animates); else a reset.

        ``final``: the results are final or certified, so winners are "elected", not "leading".
        """
        old = self._tally
        self._outcome = outcome(result, final) if result is not None else None
        decided = self._outcome
        self._statuses = tuple(status_label(decided, i) for i in range(len(result.candidates))) if decided and result else ()
        same_rows = (
            old is not None
            and result is not None
            and old.contest.id == result.contest.id
            and (old.candidates is result.candidates or [c.id for c in old.candidates] == [c.id for c in result.candidates])
        )
        self._texts.clear()
        self._locale = display_locale()
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
            self._texts = {key: text for key, text in self._texts.items() if key[1] != CHANGE}
            self.endRemoveColumns()
        elif not had and baseline is not None:
            self.beginInsertColumns(QModelIndex(), CHANGE, CHANGE)
            self._baseline = baseline
            self.endInsertColumns()
        elif baseline is not None:
            self._baseline = baseline
            self._texts = {key: text for key, text in self._texts.items() if key[1] != CHANGE}
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
            if role == Qt.ItemDataRole.InitialSortOrderRole:
                # A first click on a figure shows the biggest first, as spreadsheets and results sites do.
                return (Qt.SortOrder.DescendingOrder if section in (VOTES, SHARE, CHANGE) else Qt.SortOrder.AscendingOrder).value
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):
        """:meth:`data` by row and column, without a QModelIndex (the sort proxy's fast path)."""
        result = self._tally
        if result is None or not (0 <= row < len(result.candidates) and 0 <= column < self.columnCount()):
            return None
        role = int(role)
        if role == _DISPLAY:
            return self._text(row, column)
        if role == ChangedRole:
            return self._changed(row, column)
        if role == _BACKGROUND or role == _FOREGROUND:
            if not (self._highlighting and self._changed(row, column)):
                return None
            # Dark text on the highlight whatever the theme, so a dark palette stays readable.
            return QColor(HIGHLIGHT_COLOUR if role == _BACKGROUND else "#1A1A1A")
        if column == CHANGE:
            return self._change_data(row, role)
        if role == SortRole:
            candidate = result.candidates[row]
            if column == NAME:
                return candidate.name.casefold()
            if column == PARTY:
                return candidate.party.casefold()
            if column == OUTCOME:
                return self._outcome_rank(row)
            value = result.votes[row] if column == VOTES else result.share[row]
            return -1.0 if math.isnan(value) else float(value)
        if role == DerivedRole:
            return self._derived(row, column)
        if role == _FONT:
            return self._italic if self._derived(row, column) else None
        if role == _ALIGNMENT:
            return _RIGHT if column in (VOTES, SHARE) else _LEFT
        if role == _DECORATION:
            return QColor(result.colours[row]) if column == NAME else None
        if role == _TOOLTIP:
            return plain_tooltip(self._tooltip(row, column))
        if role == _ACCESSIBLE_TEXT:
            return self._text(row, column) + (" (estimated)" if self._derived(row, column) else "")
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
        if role == _ACCESSIBLE_TEXT:
            return self._text(row, CHANGE)
        if role == SortRole:
            return _NO_CHANGE if math.isnan(value) else value
        if role == _ALIGNMENT:
            return _RIGHT
        if role == _TOOLTIP:
            return plain_tooltip(baseline.details[row])
        if role == ColourRole:
            return self._tally.colours[row]
        if role == CandidateRole:
            return row
        if role == DerivedRole:
            return False
        return None

    def _text(self, row: int, column: int) -> str:
        """The cell's display text, formatted the first time a view asks for it."""
        text = self._texts.get((row, column))
        if text is None:
            text = self._texts[row, column] = self._display(row, column)
        return text

    def _display(self, row: int, column: int) -> str:
        result = self._tally
        candidate = result.candidates[row]
        if column == NAME:
            return candidate.name
        if column == PARTY:
            return candidate.party_shown
        if column == VOTES:
            text = format_votes(result.votes[row])
            return f"≈ {text}" if result.votes_estimated[row] else text
        if column == SHARE:
            return format_percent(result.share[row])
        if column == OUTCOME:
            return self._statuses[row] if row < len(self._statuses) else ""
        crossing = self._baseline.crossings[row]
        return format_points(float(self._baseline.change_points[row])) + (" ▲" if crossing == "up" else " ▼" if crossing == "down" else "")

    @property
    def outcome(self) -> Outcome | None:
        return self._outcome

    def statuses(self) -> tuple[str, ...]:
        """Each row's outcome ("elected", "leading", "tied", seats; "" for the rest), for the pie's legend."""
        return self._statuses

    def keep_apart(self) -> np.ndarray:
        """Rows a chart must never fold into "Other": winners, seat-holders, the tied, the leader, the still reachable."""
        result, decided = self._tally, self._outcome
        if result is None or decided is None:
            return np.zeros(0, dtype=bool)
        return outcome_safe_keep(result, decided)  # and anyone the votes still to come could lift to a win

    def _outcome_rank(self, row: int) -> float:
        ranks = self._outcome_ranks()
        return float(ranks[row]) if row < len(ranks) else 0.0

    def _outcome_ranks(self) -> np.ndarray:
        """Sort keys of the outcome column: winners first (more seats higher), then the tied, then the rest."""
        decided = self._outcome
        if decided is None:
            return np.zeros(0)
        level = {"elected": 2.0, "leading": 2.0, "tied": 1.0}
        base = np.array([level.get(status.value, 0.0) for status in decided.standing])
        return base + decided.seats_won / (1.0 + float(decided.seats_won.max(initial=0)))

    # whole columns, for the sort proxy and the pie (no call per cell)
    def rows_shown(self) -> np.ndarray | None:
        """Which rows a view should list: in a place, the candidates who stand there (``on_ballot``); None = all.

        A national contest's candidate from another constituency has no figures in this one;
        listing thousands of empty rows under the fifteen who stand would bury them.
        """
        result = self._tally
        if result is None or result.on_ballot is None or not result.on_ballot.any():
            return None
        return result.on_ballot

    def sort_keys(self, column: int) -> np.ndarray:
        """:data:`SortRole` of every row of ``column`` as one array (what ``data(SortRole)`` gives per cell)."""
        result = self._tally
        if result is None or not 0 <= column < self.columnCount():
            return np.zeros(0)
        if column in (NAME, PARTY):
            if self._name_keys is None or self._name_keys[0] is not result.candidates:
                names = np.array([c.name.casefold() for c in result.candidates], dtype=str)
                parties = np.array([c.party.casefold() for c in result.candidates], dtype=str)
                self._name_keys = (result.candidates, names, parties)
            return self._name_keys[1 if column == NAME else 2]
        if column == CHANGE:
            return np.nan_to_num(np.asarray(self._baseline.change_points, dtype=float), nan=_NO_CHANGE)
        if column == OUTCOME:
            return self._outcome_ranks()
        values = result.votes if column == VOTES else result.share
        return np.nan_to_num(np.asarray(values, dtype=float), nan=-1.0)

    def shares(self) -> np.ndarray:
        """Every candidate's share (NaN: unknown), in the model's row order."""
        return np.asarray(self._tally.share, dtype=float) if self._tally is not None else np.zeros(0)

    def shares_estimated(self) -> np.ndarray:
        """Per row: the share is an estimate (what :data:`DerivedRole` says for the share column)."""
        if self._tally is None:
            return np.zeros(0, dtype=bool)
        return np.asarray(self._tally.share_derived, dtype=bool) & np.asarray(self._tally.votes_estimated, dtype=bool)

    def names(self) -> tuple[str, ...]:
        """Every candidate's name (what :data:`NAME` shows), in row order."""
        if self._tally is None:
            return ()
        if self._names is None or self._names[0] is not self._tally.candidates:
            self._names = (self._tally.candidates, tuple(c.name for c in self._tally.candidates))
        return self._names[1]

    def colours(self) -> tuple[str, ...]:
        """Every candidate's colour as "#rrggbb" (what :data:`ColourRole` gives), in row order."""
        return tuple(self._tally.colours) if self._tally is not None else ()

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
                if "party" in candidate.editor_added:
                    lines.append(self.tr("{0} Added by the file's editor: the source it cites doesn't give it.").format(EDITOR_MARK))
            if candidate.description:
                lines.append(candidate.description)
            return "\n".join(lines)
        if column == OUTCOME:
            decided = self._outcome
            if decided is None:
                return ""
            # The rule the mark follows, so a user-chosen system is seen where its outcome is.
            rule = self.tr("Rule: {0}.").format(decided.rule.describe())
            return rule + (f"\n{decided.problem[:1].upper()}{decided.problem[1:]}." if decided.problem else "")
        if column == VOTES:
            if result.votes_estimated[row]:
                return self.tr("Estimated, not reported.") + f"\n{result.estimate_note[:1].upper()}{result.estimate_note[1:]}.\n" + precision_note(result, row)
            if math.isnan(result.votes[row]):
                return self.tr("Not reported")
            return self.tr("As reported")
        if math.isnan(result.share[row]):
            return self.tr("Not reported")
        if result.share_derived[row]:
            return self.tr("Computed by electview: votes ÷ {0} valid votes").format(format_votes(result.total_valid.value))
        return self.tr("As reported")


class CandidateSortProxy(QAbstractProxyModel):
    """Sorts the rows on :data:`SortRole` (raw numbers), so 9 < 10 and "≈ 84,564" sorts as 84564.

    Like a QSortFilterProxyModel with a dynamic sort (stable: equal keys keep the source's
    order, in either direction) but sorting with one ``np.argsort`` over the source's
    :meth:`CandidateTableModel.sort_keys` instead of a Python comparison per pair: new
    figures for thousands of candidates re-sort in about a millisecond.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sort_role = SortRole
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._to_source = np.zeros(0, dtype=np.intp)  # proxy row → source row
        self._from_source = np.zeros(0, dtype=np.intp)  # source row → proxy row
        self._connections: list = []
        self._source: QAbstractItemModel | None = None  # sourceModel(), without a call into Qt per cell
        self._cell = None  # the source's cell(row, column, role), where it has one

    # configuration (QSortFilterProxyModel's names)
    def sortRole(self) -> int:
        return self._sort_role

    def setSortRole(self, role: int) -> None:
        self._sort_role = role
        self._resort()

    def sortColumn(self) -> int:
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort_order

    def setSourceModel(self, model: QAbstractItemModel | None) -> None:
        self.beginResetModel()
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []
        super().setSourceModel(model)
        self._source = model
        self._cell = getattr(model, "cell", None)
        if model is not None:
            for signal, slot in (
                (model.modelAboutToBeReset, self.beginResetModel),
                (model.modelReset, self._on_source_reset),
                # Rows only come and go with a reset in CandidateTableModel; any other model's
                # are followed the same way, which is always correct.
                (model.rowsAboutToBeInserted, self.beginResetModel),
                (model.rowsInserted, self._on_source_reset),
                (model.rowsAboutToBeRemoved, self.beginResetModel),
                (model.rowsRemoved, self._on_source_reset),
                (model.columnsAboutToBeInserted, self._on_columns_about_to_be_inserted),
                (model.columnsInserted, self._on_columns_inserted),
                (model.columnsAboutToBeRemoved, self._on_columns_about_to_be_removed),
                (model.columnsRemoved, self._on_columns_removed),
                (model.dataChanged, self._on_data_changed),
                (model.headerDataChanged, self.headerDataChanged),
                (model.layoutChanged, self._resort),
            ):
                signal.connect(slot)
                self._connections.append((signal, slot))
        self._reset_order()
        self.endResetModel()

    # the permutation
    def source_rows(self) -> np.ndarray:
        """Source rows in the proxy's order (the rows shown, as the table lists them), as one array."""
        return self._to_source.copy()

    def _keys(self) -> np.ndarray:
        source = self.sourceModel()
        if hasattr(source, "sort_keys") and self._sort_role == SortRole:
            return source.sort_keys(self._sort_column)
        return np.array([source.index(r, self._sort_column).data(self._sort_role) for r in range(source.rowCount())])

    def _order(self) -> np.ndarray:
        """Source rows in the proxy's order, leaving out those the source says not to show."""
        source = self.sourceModel()
        count = source.rowCount() if source is not None else 0
        if count == 0 or not 0 <= self._sort_column < source.columnCount():
            order = np.arange(count, dtype=np.intp)
        else:
            keys = self._keys()
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                # Stable in both directions, as Qt's: sort the keys' ranks negated.
                keys = -np.unique(keys, return_inverse=True)[1]
            order = np.argsort(keys, kind="stable").astype(np.intp)
        shown = source.rows_shown() if count and hasattr(source, "rows_shown") else None
        if shown is not None and len(shown) == count:
            order = order[shown[order]]
        return order

    def _set_order(self, order: np.ndarray) -> None:
        source = self.sourceModel()
        count = source.rowCount() if source is not None else len(order)
        self._to_source = order
        self._from_source = np.full(max(count, len(order)), -1, dtype=np.intp)  # -1: a row not shown
        self._from_source[order] = np.arange(len(order), dtype=np.intp)

    def _reset_order(self) -> None:
        self._set_order(self._order())

    def _resort(self, *args) -> None:
        """Re-sort and tell the views, moving persistent indices (the selection) with their rows."""
        if self.sourceModel() is None:
            return
        order = self._order()
        if len(order) == len(self._to_source) and np.array_equal(order, self._to_source):
            return
        if len(order) != len(self._to_source) or not np.array_equal(np.sort(order), np.sort(self._to_source)):
            # Other rows shown (another place's candidates): a reset, as a filter change
            # can't be told as a layout change. The window puts the selection back.
            self.beginResetModel()
            self._set_order(order)
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        source_rows = [int(self._to_source[index.row()]) for index in before]
        self._set_order(order)
        after = [
            self.index(int(self._from_source[row]), index.column()) if 0 <= row < len(self._from_source) and self._from_source[row] >= 0 else QModelIndex()
            for index, row in zip(before, source_rows, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._resort()

    # following the source
    def _on_source_reset(self, *args) -> None:
        self._reset_order()
        self.endResetModel()

    def _on_columns_about_to_be_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        self.beginInsertColumns(QModelIndex(), first, last)

    def _on_columns_inserted(self, *args) -> None:
        self.endInsertColumns()
        self._resort()

    def _on_columns_about_to_be_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        self.beginRemoveColumns(QModelIndex(), first, last)

    def _on_columns_removed(self, *args) -> None:
        self.endRemoveColumns()
        self._resort()

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        if not roles or self._sort_role in roles:
            self._resort()
        if self.rowCount():
            # One range: rows changed anywhere in the source may sit anywhere here.
            first, last = int(top_left.column()), int(bottom_right.column())
            if top_left.row() == bottom_right.row():
                row = int(self._from_source[top_left.row()])
                if row >= 0:
                    self.dataChanged.emit(self.index(row, first), self.index(row, last), roles)
            else:
                self.dataChanged.emit(self.index(0, first), self.index(self.rowCount() - 1, last), roles)

    # the proxy's shape
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        return QModelIndex()

    def sibling(self, row: int, column: int, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._to_source)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        source = self.sourceModel()
        return 0 if parent.isValid() or source is None else source.columnCount()

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.rowCount() > 0

    def mapToSource(self, proxy_index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if not proxy_index.isValid() or self._source is None or not 0 <= proxy_index.row() < len(self._to_source):
            return QModelIndex()
        return self._source.index(int(self._to_source[proxy_index.row()]), proxy_index.column())

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # Straight to the model's cell(): one Python call per cell a view paints or measures, not three.
        source = self._source
        if not index.isValid() or source is None or not 0 <= index.row() < len(self._to_source):
            return None
        if self._cell is not None:
            return self._cell(int(self._to_source[index.row()]), index.column(), role)
        return source.data(self.mapToSource(index), role)

    def mapFromSource(self, source_index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if not source_index.isValid() or not 0 <= source_index.row() < len(self._from_source):
            return QModelIndex()
        row = int(self._from_source[source_index.row()])
        return self.index(row, source_index.column()) if row >= 0 else QModelIndex()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        source = self.sourceModel()
        if source is None:
            return None
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._to_source):
            section = int(self._to_source[section])
        return source.headerData(section, orientation, role)
