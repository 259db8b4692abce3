"""The precinct browser: every polling station of the contest in scope, in a lazy table sorted with numpy.

The model never holds a row as a Python object: ``rows`` is a numpy array of precinct
numbers in display order and each cell is read from the :class:`PrecinctTable` arrays when
the view asks for it. Sorting takes a column's order from :class:`PrecinctOrders` (one stable
argsort per column and direction, made in the worker that read the precincts), filtered to
the scope, so there is no QSortFilterProxyModel, which would call ``lessThan`` twenty million
times, and no sort of a million keys on a click.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from electview.core.model import Contest
from electview.core.precincts import (
    FIXED_KINDS,
    PrecinctOrders,
    PrecinctTable,
    counted_below_the_top,
    dataset_precincts,
)
from electview.formats import FORMATS
from electview.ui.focus_frame import FocusFrame
from electview.ui.loading import BackgroundTask, ProgressIndicator
from electview.ui.table_habits import TableCopier, one_tab_stop
from electview.ui.text import display_locale, format_percent, format_votes, plain_label

#: Raw value of a cell (number, or text for names), as the sort uses it.
SortRole = Qt.ItemDataRole.UserRole + 1
#: Beyond this many candidates in scope, per-candidate columns would be unreadable (a national
#: file has thousands); pick a region or district to see them.
MAX_CANDIDATE_COLUMNS = 40
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# data() runs for every visible cell and role on each repaint: compare plain ints, not enums.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_SORT = int(SortRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


@dataclass(frozen=True)
class _Column:
    title: str
    kind: str  # "region", "district", "station", "votes", "leader", "party", "margin", "margin_share", "turnout", "candidate"
    candidate: int = -1

    @property
    def numeric(self) -> bool:
        return self.kind in ("votes", "margin", "margin_share", "turnout", "candidate")


FIXED_COLUMNS = (  # titles translated in headerData
    _Column(QT_TRANSLATE_NOOP("PrecinctTableModel", "Region"), "region"),
    _Column(QT_TRANSLATE_NOOP("PrecinctTableModel", "District"), "district"),
    _Column(QT_TRANSLATE_NOOP("PrecinctTableModel", "Station"), "station"),
    _Column(QT_TRANSLATE_NOOP("PrecinctTableModel", "Votes"), "votes"),
    _Column(QT_TRANSLATE_NOOP("PrecinctTableModel", "Leader"), "leader"),
    _Column(QT_TRANSLATE_NOOP("PrecinctTableModel", "Party"), "party"),
    _Column(QT_TRANSLATE_NOOP("PrecinctTableModel", "Margin"), "margin"),
    _Column(QT_TRANSLATE_NOOP("PrecinctTableModel", "Margin %"), "margin_share"),
    _Column(QT_TRANSLATE_NOOP("PrecinctTableModel", "Turnout % (derived)"), "turnout"),
)


assert tuple(column.kind for column in FIXED_COLUMNS) == FIXED_KINDS


class PrecinctTableModel(QAbstractTableModel):
    """Rows are precincts of one contest inside the current scope, in ``rows`` order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contest: Contest | None = None
        self._table: PrecinctTable | None = None
        self._orders: PrecinctOrders | None = None
        self.rows = np.zeros(0, dtype=np.int64)
        self._inside: np.ndarray | None = None  # precincts in scope, ascending (None: all)
        self.columns: tuple[_Column, ...] = FIXED_COLUMNS
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._locale = display_locale()
        self._scope: int | None = None
        self._filter = ""  # casefolded text a station, district or region name must contain
        self._haystack: np.ndarray | None = None  # per precinct "station\ndistrict\nregion", lower case

    # the data
    def set_precincts(
        self,
        contest: Contest | None,
        table: PrecinctTable | None,
        scope: int | None = None,
        orders: PrecinctOrders | None = None,
    ) -> None:
        """Show ``table`` (``contest``'s precincts); ``orders``, if made beforehand, saves the first sorts."""
        self.beginResetModel()
        self._contest, self._table = contest, table
        self._haystack = None
        self._orders = orders if orders is not None or table is None else PrecinctOrders(table, contest)
        self._fill(scope)
        self.endResetModel()

    def set_scope(self, scope: int | None) -> None:
        """Show only the precincts inside unit ``scope`` (None: all), keeping the sort column."""
        self.beginResetModel()
        self._fill(scope)
        self.endResetModel()

    @property
    def filter_text(self) -> str:
        return self._filter

    def in_scope_count(self) -> int:
        """Precincts in the scope before the filter."""
        if self._table is None or self._contest is None:
            return 0
        if self._scope is None:
            return len(self._table)
        return int(np.count_nonzero(self._contest.units.within(self._scope)[self._table.place]))

    def set_filter(self, text: str) -> None:
        """Keep only precincts whose station, district or region name contains ``text`` (any case)."""
        wanted = " ".join(text.split()).lower()
        if wanted == self._filter:
            return
        self.beginResetModel()
        self._filter = wanted
        self._fill(self._scope)
        self.endResetModel()

    def _matching(self) -> np.ndarray:
        """Precinct numbers, ascending, whose names contain the filter text."""
        if self._haystack is None:
            table, units = self._table, self._contest.units
            text = np.dtypes.StringDType()  # the precinct names' own dtype: no fixed-width copy
            names = np.asarray([str(name) for name in units.names], dtype=text)
            parents = np.asarray(units.parents)[table.district]
            region = np.where(parents >= 0, names[np.maximum(parents, 0)], np.asarray("", dtype=text))
            stations = np.asarray(table.names).astype(text)
            joined = np.strings.add(np.strings.add(np.strings.add(np.strings.add(stations, "\n"), names[table.district]), "\n"), region)
            self._haystack = np.strings.lower(joined)
        return np.flatnonzero(np.strings.find(self._haystack, self._filter) >= 0)

    def _fill(self, scope: int | None) -> None:
        table, contest = self._table, self._contest
        self._locale = display_locale()  # once per reset, not once per cell
        self._scope = scope
        if table is None or contest is None:
            self.rows = np.zeros(0, dtype=np.int64)
            self._inside = None
            self.columns = FIXED_COLUMNS
            return
        if scope is None:
            self._inside = None
            self.rows = np.arange(len(table), dtype=np.int64)
        else:
            self._inside = self.rows = np.flatnonzero(contest.units.within(scope)[table.place])
        stood = table.candidates_in(self._inside)
        extra = ()
        if len(stood) <= MAX_CANDIDATE_COLUMNS:
            extra = tuple(_Column(contest.candidates[c].name, "candidate", int(c)) for c in stood)
        self.columns = FIXED_COLUMNS + extra
        if self._filter:  # after the columns: typing doesn't add or take away candidates' columns
            matching = self._matching()
            self._inside = self.rows = matching if self._inside is None else np.intersect1d(self._inside, matching)
        if self._sort is not None and self._sort[0] < len(self.columns):
            self._apply_sort(*self._sort)

    def empty_columns(self) -> list[int]:
        """Fixed columns with nothing in any precinct: no region above the districts, no registered voters (no turnout)."""
        table, contest = self._table, self._contest
        if table is None or contest is None:
            return []
        empty = []
        if not np.any(contest.units.parents[table.district] >= 0):
            empty.append(FIXED_KINDS.index("region"))
        if not table.has_registered:
            empty.append(FIXED_KINDS.index("turnout"))
        if not any(candidate.party for candidate in contest.candidates):
            empty.append(FIXED_KINDS.index("party"))
        return empty

    # Qt model interface
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title if column.kind == "candidate" else QCoreApplication.translate("PrecinctTableModel", column.title)
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == "turnout":
            return self.tr(
                "Worked out by electview: ballots cast (where the file gives them, else the votes for candidates) "
                "as a share of registered voters"
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
            return _RIGHT
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            # A first click on a figure shows the biggest first.
            return (Qt.SortOrder.DescendingOrder if self.columns[section].numeric else Qt.SortOrder.AscendingOrder).value
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # The view asks for seven roles per cell; the ones this model doesn't answer return first.
        if role not in (_DISPLAY, _ALIGNMENT, _SORT, _TOOLTIP) or self._table is None or not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == _ALIGNMENT:
            return _RIGHT if column.numeric else None
        precinct = int(self.rows[index.row()])
        if role == _TOOLTIP:
            return self._turnout_tip(precinct) if column.kind == "turnout" else None
        return self._text(column, precinct) if role == _DISPLAY else self._raw(column, precinct)

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
        if column.kind in ("leader", "party"):
            nobody = self._no_leader(precinct)
            if nobody is not None:
                return nobody if column.kind == "leader" else ""
        value = self._raw(column, precinct)
        if not column.numeric:
            return value
        if value is None or math.isnan(value):
            return "—" if column.kind != "candidate" else ""
        if column.kind in ("margin_share", "turnout"):
            return format_percent(value, 1)
        return format_votes(value)

    def _no_leader(self, precinct: int) -> str | None:
        """Why no one leads here, or None when someone does (the leader array names the first of those level)."""
        table = self._table
        margin = table.margin[precinct]
        if math.isnan(margin):
            return "—"  # no count reported here
        if table.totals[precinct] == 0:
            return self.tr("no votes")
        if margin == 0:
            return self.tr("tied")
        return None

    def _turnout_tip(self, precinct: int) -> str | None:
        table = self._table
        registered = table.registered[precinct]
        if not registered > 0:
            return self.tr("The file gives no registered voters here, so there is no turnout")
        ballots = table.ballots[precinct] if table.ballots is not None else math.nan
        figures = {"registered": format_votes(registered), "percent": format_percent(table.turnout[precinct], 1)}
        if math.isnan(ballots):
            return self.tr(
                "Worked out by electview: {votes} votes for candidates ÷ {registered} registered voters = {percent} "
                "(the file gives no ballots cast here)"
            ).format(votes=format_votes(table.totals[precinct]), **figures)
        return self.tr("Worked out by electview: {ballots} ballots cast ÷ {registered} registered voters = {percent}").format(
            ballots=format_votes(ballots), **figures
        )

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
        # Ties keep precinct order both ways and unknown values go last both ways.
        spec = self.columns[column]
        descending = order == Qt.SortOrder.DescendingOrder
        self.rows = self._orders.rows(spec.kind, descending, spec.candidate, self._inside)


def _from_units(path, dataset, job):
    """Precinct detail of a file counted by precinct: its own lowest units (already in memory)."""
    return dataset_precincts(dataset)


def broken_down(contest: Contest) -> bool:
    """Whether ``contest`` is counted in two or more places below the top, none of them a sum of others.

    A contest counted in one place only (a constituency of a national table, a delegate district of a
    state feed, a one-station test file) has nothing to browse: that place's row is the contest's own
    total, however far below the country it sits and whatever totals above it the file repeats.
    """
    units, votes = contest.units, contest.votes
    counted = np.zeros(len(units), dtype=bool)
    counted[votes.unit] = True
    parents = units.parents[counted]
    summed = np.zeros(len(units), dtype=bool)  # a counted place's parent: its figures add up the ones below
    summed[parents[parents >= 0]] = True
    return int(np.count_nonzero(counted & ~summed & (units.parents >= 0))) >= 2


def precinct_loader(dataset):
    """The format's ``load_precincts`` for this dataset; else, for a file counted in parts of a contest's area, its own units; else None."""
    if dataset is None:
        return None
    if dataset.source_path:
        for fmt in FORMATS:
            if fmt.NAME == dataset.source_format and hasattr(fmt, "load_precincts"):
                return fmt.load_precincts
    if counted_below_the_top(dataset) and any(broken_down(contest) for contest in dataset.contests if len(contest.votes)):
        return _from_units
    return None


def _load_and_rank(load, dataset, job) -> dict[str, PrecinctOrders]:
    """Precinct detail with every fixed column's sort order worked out in the worker, not on first click."""
    tables = load(dataset.source_path, dataset, job)
    contests = {contest.id: contest for contest in dataset.contests}
    for table in tables.values():
        table.candidates_in()  # the country's candidates by votes (a pass over every count), kept on the table
    return {contest_id: PrecinctOrders(table, contests[contest_id]).prepare() for contest_id, table in tables.items()}


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
        self.view.horizontalHeader().setStretchLastSection(True)  # no empty band right of the last column
        self.copier = TableCopier(self.view)  # Ctrl+C: the selected rows as TSV and HTML
        one_tab_stop(self.view)  # Tab goes back to the filter box, not through every cell
        self.focus_frame = FocusFrame([self.view], self)  # the line edit shows its own focus
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(self.tr("Filter by station, district or region"))
        self.filter_box.setAccessibleName(self.tr("Filter precincts"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._on_filter_changed)
        self.summary = plain_label()
        self.progress = ProgressIndicator()
        for key in (QKeySequence(Qt.Key.Key_Escape), QKeySequence(QKeySequence.StandardKey.Close)):
            QShortcut(key, self, self.close)  # closes like any other window
        layout = QVBoxLayout(self)
        self._margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        layout.addWidget(self.filter_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        screen = self.screen().availableGeometry()
        self.resize(min(1100, screen.width()), min(700, screen.height()))
        self._detail: dict[str, PrecinctOrders] | None = None  # per contest id, once read
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
        self._dataset, self._detail = dataset, None
        self.model.set_precincts(None, None)
        load = precinct_loader(dataset)
        if load is None:
            self.summary.setText(self.tr("This file has no precinct-level detail."))
            return
        task = BackgroundTask(lambda job: _load_and_rank(load, dataset, job), self)
        self._task = task
        task.progress_changed.connect(self.progress.set_progress)
        task.finished.connect(lambda detail: self._on_loaded(task, detail))
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

    def _on_loaded(self, task: BackgroundTask, detail: dict[str, PrecinctOrders]) -> None:
        if task is not self._task:
            return
        self._task = None
        self.progress.hide()
        self._detail = detail
        self._show_contest()
        self.loaded.emit()

    def _detail_contest(self) -> Contest | None:
        """The document's contest, or for a total such as "by party" the contest it was totalled from."""
        contest = self.document.contest
        if contest is None or not self._detail or contest.id in self._detail:
            return contest
        sources = [c for c in self.document.dataset.contests if c.id in self._detail and contest.id.startswith(c.id)]
        return sources[0] if sources else contest

    def _show_contest(self) -> None:
        contest = self._detail_contest()
        orders = self._detail.get(contest.id) if (self._detail and contest) else None
        self.model.set_precincts(contest, orders.table if orders else None, self.document.scope, orders)
        self._fit_columns()
        self._update_summary()

    def _fit_columns(self) -> None:
        """Hide the columns with nothing in them, size the rest to their text and the window to them (within the screen)."""
        empty = set(self.model.empty_columns())
        for column in range(self.model.columnCount()):
            self.view.setColumnHidden(column, column in empty)
        header = self.view.horizontalHeader()
        # A stretched last column is left at the default width (its name cut) when the others already
        # fill the view: it is measured like the rest, then takes what room is left over.
        header.setStretchLastSection(False)
        self.view.resizeColumnsToContents()  # the header's precision: the first 1,000 rows, never a million
        header.setStretchLastSection(True)
        frame = self.view.frameWidth() * 2 + self.view.verticalScrollBar().sizeHint().width()
        wanted = self.view.horizontalHeader().length() + frame + self._margins
        widest = self.screen().availableGeometry().width()
        if not self.isVisible() or self.width() < min(wanted, widest):
            self.resize(max(min(wanted, widest), 480), self.height())

    def _on_view_changed(self) -> None:
        if self._detail is None:
            return
        if self.model._contest is not self._detail_contest():
            self._show_contest()
        else:
            columns = self.model.columns
            self.model.set_scope(self.document.scope)
            if self.model.columns != columns:  # a region small enough for a column per candidate: fit them too
                self._fit_columns()
            self._update_summary()

    def _on_filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        if self._detail is not None:
            self._update_summary()

    def _update_summary(self) -> None:
        place = self.document.scope_name() or self.tr("all regions")
        count = self.model.rowCount()
        if self.model._table is None:
            self.summary.setText(self.tr("This contest is counted only for the whole area: there are no precincts to list."))
            return
        if self.model.filter_text:
            self.summary.setText(
                self.tr("{shown} of {count} stations in {place} match “{text}”").format(
                    shown=format_votes(count), count=format_votes(self.model.in_scope_count()), place=place,
                    text=self.filter_box.text().strip(),
                )
            )
            return
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
        menu.setToolTipsVisible(True)
        document.dataset_changed.connect(self._update_action)
        self._update_action()

    def _update_action(self) -> None:
        dataset = self._document.dataset
        available = precinct_loader(dataset) is not None
        self.action.setEnabled(available)
        if available or dataset is None:
            why = self.tr("Every polling station: leader, margin, turnout and votes, sortable")
        elif not any(len(contest.votes) for contest in dataset.contests):
            why = self.tr("This file has no votes counted yet (published before the count): there are no precinct results to browse")
        elif counted_below_the_top(dataset):  # a constituency's count, a district's: each contest's own total
            why = self.tr("Each contest in this file is counted in one place only, its own area: there are no precincts or polling stations to browse")
        else:
            why = self.tr("This file gives results only for the whole area, not for precincts or polling stations")
        self.action.setToolTip(why)  # a greyed-out item says why it is greyed out
        self.action.setStatusTip(why)

    def show_browser(self) -> PrecinctBrowser:
        if self.browser is None:
            self.browser = PrecinctBrowser(self._document, self._window)
        self.browser.show()
        self.browser.activateWindow()
        return self.browser
