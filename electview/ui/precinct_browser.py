"""The precinct browser: every polling station of the contest in scope, in a lazy table sorted with numpy.

The model never holds a row as a Python object: ``rows`` is a numpy array of precinct
numbers in display order and each cell is read from the :class:`PrecinctTable` arrays when
the view asks for it. Sorting argsorts one key array (≈0.1 s for a million stations), so
there is no QSortFilterProxyModel, which would call ``lessThan`` twenty million times.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMainWindow, QMenu, QTableView, QVBoxLayout, QWidget

from electview.core.model import Contest
from electview.core.precincts import PrecinctTable
from electview.formats import FORMATS
from electview.ui.loading import BackgroundTask, ProgressIndicator
from electview.ui.text import format_percent, format_votes, plain_label

#: Raw value of a cell (number, or text for names), as the sort uses it.
SortRole = Qt.ItemDataRole.UserRole + 1
#: Beyond this many candidates in scope, per-candidate columns would be unreadable (a national
#: file has thousands); pick a region or district to see them.
MAX_CANDIDATE_COLUMNS = 40
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class _Column:
    title: str
    kind: str  # "region", "district", "station", "votes", "leader", "party", "margin", "margin_share", "turnout", "candidate"
    candidate: int = -1

    @property
    def numeric(self) -> bool:
        return self.kind in ("votes", "margin", "margin_share", "turnout", "candidate")


FIXED_COLUMNS = (
    _Column("Region", "region"),
    _Column("District", "district"),
    _Column("Station", "station"),
    _Column("Votes", "votes"),
    _Column("Leader", "leader"),
    _Column("Party", "party"),
    _Column("Margin", "margin"),
    _Column("Margin %", "margin_share"),
    _Column("Turnout %", "turnout"),
)


def _ranks(texts: list[str]) -> np.ndarray:
    """Alphabetical rank of each text (casefolded), for sorting by name with integer keys."""
    order = sorted(range(len(texts)), key=lambda i: (texts[i].casefold(), texts[i]))
    ranks = np.empty(len(texts), dtype=np.int64)
    ranks[order] = np.arange(len(texts))
    return ranks


class PrecinctTableModel(QAbstractTableModel):
    """Rows are precincts of one contest inside the current scope, in ``rows`` order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contest: Contest | None = None
        self._table: PrecinctTable | None = None
        self.rows = np.zeros(0, dtype=np.int64)
        self.columns: tuple[_Column, ...] = FIXED_COLUMNS
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._keys: dict[int, np.ndarray] = {}

    # the data
    def set_precincts(self, contest: Contest | None, table: PrecinctTable | None, scope: int | None = None) -> None:
        self.beginResetModel()
        self._contest, self._table = contest, table
        self._keys = {}
        self._fill(scope)
        self.endResetModel()

    def set_scope(self, scope: int | None) -> None:
        """Show only the precincts inside unit ``scope`` (None: all), keeping the sort column."""
        self.beginResetModel()
        self._fill(scope)
        self.endResetModel()

    def _fill(self, scope: int | None) -> None:
        table, contest = self._table, self._contest
        if table is None or contest is None:
            self.rows = np.zeros(0, dtype=np.int64)
            self.columns = FIXED_COLUMNS
            return
        if scope is None:
            self.rows = np.arange(len(table), dtype=np.int64)
        else:
            self.rows = np.flatnonzero(contest.units.within(scope)[table.district])
        stood = table.candidates_in(None if scope is None else self.rows)
        extra = ()
        if len(stood) <= MAX_CANDIDATE_COLUMNS:
            extra = tuple(_Column(contest.candidates[c].name, "candidate", int(c)) for c in stood)
        self.columns = FIXED_COLUMNS + extra
        self._keys = {key: value for key, value in self._keys.items() if key < len(FIXED_COLUMNS)}
        if self._sort is not None and self._sort[0] < len(self.columns):
            self._apply_sort(*self._sort)

    # Qt model interface
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
            return _RIGHT
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._table is None:
            return None
        column = self.columns[index.column()]
        precinct = int(self.rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(column, precinct)
        if role == SortRole:
            return self._raw(column, precinct)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return _RIGHT
        return None

    def _raw(self, column: _Column, precinct: int):
        table, contest = self._table, self._contest
        units = contest.units
        district = int(table.district[precinct])
        match column.kind:
            case "region":
                parent = int(units.parents[district])
                return str(units.names[parent]) if parent >= 0 else ""
            case "district":
                return str(units.names[district])
            case "station":
                return str(table.names[precinct])
            case "leader":
                return contest.candidates[int(table.leader[precinct])].name
            case "party":
                return contest.candidates[int(table.leader[precinct])].party
            case "votes":
                return float(table.totals[precinct])
            case "margin":
                return float(table.margin[precinct])
            case "margin_share":
                return float(table.margin_share[precinct])
            case "turnout":
                return float(table.turnout[precinct])
            case "candidate":
                return table.votes_at(precinct, column.candidate)
        return None

    def _text(self, column: _Column, precinct: int) -> str:
        value = self._raw(column, precinct)
        if not column.numeric:
            return value
        if value is None or math.isnan(value):
            return "—" if column.kind != "candidate" else ""
        if column.kind in ("margin_share", "turnout"):
            return format_percent(value, 1)
        return format_votes(value)

    # sorting with numpy
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self._table is None:
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_rows = self.rows
        persistent = self.persistentIndexList()
        self._apply_sort(column, order)
        if persistent:
            # Few persistent indexes (selection, current): map each old row to its new place.
            new_place = np.empty(int(old_rows.max()) + 1 if len(old_rows) else 0, dtype=np.int64)
            new_place[self.rows] = np.arange(len(self.rows))
            moved = [self.index(int(new_place[old_rows[i.row()]]), i.column()) for i in persistent]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _apply_sort(self, column: int, order: Qt.SortOrder) -> None:
        key = self.sort_key(column)[self.rows]
        descending = order == Qt.SortOrder.DescendingOrder
        # numpy's default introsort: deterministic, and three times faster than a stable sort
        # on a million keys with many ties (the price: ties don't keep the previous order).
        if key.dtype.kind == "f":
            # Unknown values go last in both directions.
            key = np.where(np.isnan(key), np.inf, -key if descending else key)
            by = np.argsort(key)
        else:
            by = np.argsort(-key if descending else key)
        self.rows = self.rows[by]

    def sort_key(self, column: int) -> np.ndarray:
        """One number per precinct that orders column ``column`` (names by alphabetical rank)."""
        if column in self._keys:
            return self._keys[column]
        spec = self.columns[column]
        table, contest = self._table, self._contest
        units = contest.units
        match spec.kind:
            case "region":
                ranks = _ranks([str(name) for name in units.names])
                key = ranks[np.maximum(units.parents[table.district], 0)]
            case "district":
                key = _ranks([str(name) for name in units.names])[table.district]
            case "station":
                key = table.name_rank
            case "leader":
                key = _ranks([c.name for c in contest.candidates])[table.leader]
            case "party":
                key = _ranks([c.party for c in contest.candidates])[table.leader]
            case "votes":
                key = table.totals
            case "margin":
                key = table.margin
            case "margin_share":
                key = table.margin_share
            case "turnout":
                key = table.turnout
            case _:
                key = table.candidate_votes(spec.candidate)
        self._keys[column] = key
        return key


def precinct_loader(dataset):
    """The format's ``load_precincts`` for this dataset, or None when its format has no precinct detail."""
    if dataset is None or not dataset.source_path:
        return None
    for fmt in FORMATS:
        if fmt.NAME == dataset.source_format:
            return getattr(fmt, "load_precincts", None)
    return None


def _load_and_rank(load, dataset, job) -> dict[str, PrecinctTable]:
    """Precinct detail with the slow derived columns worked out in the worker, not on first click."""
    tables = load(dataset.source_path, dataset, job)
    for table in tables.values():
        table.name_rank  # noqa: B018 — cached on the table
        table.margin_share  # noqa: B018
    return tables


class PrecinctBrowser(QWidget):
    """A window listing every polling station in the document's contest and scope.

    Signals:
        loaded(): the precinct detail arrived and the table shows it.
    """

    loaded = Signal()

    def __init__(self, document, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Precincts — electview"))
        self.document = document
        self.model = PrecinctTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName("Precincts")
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        # Fixed row heights: the view must never measure a million rows.
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.summary = plain_label()
        self.progress = ProgressIndicator()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        self.resize(1100, 700)
        self._tables: dict | None = None
        self._dataset = None
        self._task: BackgroundTask | None = None
        self.progress.cancel_requested.connect(self._cancel)
        document.dataset_changed.connect(self._on_dataset_changed)
        document.view_changed.connect(self._on_view_changed)
        self._on_dataset_changed()

    def _on_dataset_changed(self) -> None:
        dataset = self.document.dataset
        if dataset is self._dataset:
            return
        self._cancel()
        self._dataset, self._tables = dataset, None
        self.model.set_precincts(None, None)
        load = precinct_loader(dataset)
        if load is None:
            self.summary.setText(self.tr("This file has no precinct-level detail."))
            return
        task = BackgroundTask(lambda job: _load_and_rank(load, dataset, job), self)
        self._task = task
        task.progress_changed.connect(self.progress.set_progress)
        task.finished.connect(lambda tables: self._on_loaded(task, tables))
        task.failed.connect(lambda error: self._on_stopped(task, error.message))
        task.cancelled.connect(lambda: self._on_stopped(task, self.tr("Reading precincts was cancelled.")))
        self.summary.setText(self.tr("Reading every precinct…"))
        self.progress.begin(self.tr("Reading precincts"))
        task.start()

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _on_stopped(self, task: BackgroundTask, message: str) -> None:
        if task is self._task:
            self._task = None
            self.progress.hide()
            self.summary.setText(message)

    def _on_loaded(self, task: BackgroundTask, tables: dict) -> None:
        if task is not self._task:
            return
        self._task = None
        self.progress.hide()
        self._tables = tables
        self._show_contest()
        self.loaded.emit()

    def _detail_contest(self) -> Contest | None:
        """The document's contest, or for a total such as "by party" the contest it was totalled from."""
        contest = self.document.contest
        if contest is None or not self._tables or contest.id in self._tables:
            return contest
        sources = [c for c in self.document.dataset.contests if c.id in self._tables and contest.id.startswith(c.id)]
        return sources[0] if sources else contest

    def _show_contest(self) -> None:
        contest = self._detail_contest()
        table = self._tables.get(contest.id) if (self._tables and contest) else None
        self.model.set_precincts(contest, table, self.document.scope)
        self._update_summary()

    def _on_view_changed(self) -> None:
        if self._tables is None:
            return
        if self.model._contest is not self._detail_contest():
            self._show_contest()
        else:
            self.model.set_scope(self.document.scope)
            self._update_summary()

    def _update_summary(self) -> None:
        place = self.document.scope_name() or self.tr("all regions")
        count = self.model.rowCount()
        text = (self.tr("1 station in {place}") if count == 1 else self.tr("{count} stations in {place}")).format(
            count=format_votes(count), place=place
        )
        if len(self.model.columns) == len(FIXED_COLUMNS) and count:
            text += self.tr(" · choose a region or district to see votes per candidate")
        self.summary.setText(text)

    def closeEvent(self, event) -> None:
        self._cancel()
        super().closeEvent(event)


class PrecinctBrowserController(QObject):
    """View → Precinct Browser…, enabled for files with precinct detail; one browser window per main window."""

    def __init__(self, window: QMainWindow, document, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self.browser: PrecinctBrowser | None = None
        self.action = QAction(self.tr("&Precinct Browser…"), window)
        self.action.setStatusTip(self.tr("Every polling station: leader, margin, turnout and votes, sortable"))
        self.action.triggered.connect(self.show_browser)
        menu.addSeparator()
        menu.addAction(self.action)
        document.dataset_changed.connect(self._update_action)
        self._update_action()

    def _update_action(self) -> None:
        self.action.setEnabled(precinct_loader(self._document.dataset) is not None)

    def show_browser(self) -> PrecinctBrowser:
        if self.browser is None:
            self.browser = PrecinctBrowser(self._document, self._window)
        self.browser.show()
        self.browser.activateWindow()
        return self.browser
