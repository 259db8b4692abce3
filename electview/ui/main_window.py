"""The main window: composes the header, candidate table, pie chart and commentary, and wires them."""

from __future__ import annotations

import os

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from electview.core.errors import LoadError
from electview.core.vote_for import total_label
from electview.formats import file_filters
from electview.ui.live_controller import LiveController
from electview.ui import errors
from electview.ui.accessibility import AccessibilityController
from electview.ui.actions import file_actions
from electview.ui.chart_pane import ChartPane, section_title
from electview.ui.chart_views import ChartViews
from electview.ui.candidate_model import NAME, PARTY, VOTES, CandidateSortProxy, CandidateTableModel
from electview.formats.spreadsheet import ColumnsNeeded
from electview.ui.column_mapping_dialog import open_with_column_mapping
from electview.ui.commentary_pane import CommentaryPane
from electview.ui.comparison import ComparisonController
from electview.ui.fitting_label import FittingLabel, WrappedLabel
from electview.ui.document import ResultsDocument, ViewRefused
from electview.ui.electoral_system_dialog import ElectoralSystemController
from electview.ui.header_bar import HeaderBar
from electview.ui.hemicycle import ParliamentController
from electview.ui.i18n import LanguageController
from electview.ui.loading import BackgroundOpener, loads_in_background
from electview.ui.majority import MajorityController
from electview.ui.map_view import MapController
from electview.ui.pie_chart import PieChart
from electview.ui.precinct_browser import PrecinctBrowserController
from electview.ui.integrity_view import IntegrityController
from electview.ui.rounds_window import RoundsController
from electview.ui.print_actions import PrintController
from electview.ui.region_tree import RegionTree
from electview.ui.settings import Settings
from electview.ui.swatch_delegate import SwatchDelegate
from electview.ui.table_room import TableRoom
from electview.ui.focus_frame import FocusFrame, chain_tab_order, tab_stops_inside
from electview.ui.table_habits import TableCopier, one_tab_stop
from electview.ui.text import format_votes, plain_label, plain_tooltip
from electview.ui.theme import ThemeController


def _panel(title: str | QHBoxLayout, main: QWidget, *below: QWidget, margins=(8, 4, 4, 4)) -> QWidget:
    """A titled pane: the title (or a row holding it), the main widget stretched, then ``below``."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(*margins)
    if isinstance(title, str):
        layout.addWidget(section_title(title))
    else:
        layout.addLayout(title)
    layout.addWidget(main, 1)
    for widget in below:
        layout.addWidget(widget)
    return box


PIE_VIEW = "pie"  # the pie's name among the chart pane's views
FULL_ROWS = 10  # candidates the table always has room for before it scrolls
NAME_COLUMN_CHARACTERS = 40  # the candidate column's widest fit, in average letters


class MainWindow(QMainWindow):
    """The results viewer. Holds no results logic: the document, models and widgets do the work."""

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        if problem := self.settings.problem():  # shown once the window is up, through the one error path
            QTimer.singleShot(0, lambda: errors.show_error(self, "Settings reset", problem))
        self.document = ResultsDocument(self)
        self.model = CandidateTableModel(self)
        self.proxy = CandidateSortProxy(self)
        self.proxy.setSourceModel(self.model)

        self.header = HeaderBar()
        self.header.set_findings_expanded(self.settings.findings_expanded())
        self.header.findings_expanded_changed.connect(self.settings.set_findings_expanded)
        self.contest_picker = QComboBox()
        self.contest_picker.setAccessibleName(self.tr("Contest"))
        self.table = self._make_table()
        self.totals_label = WrappedLabel()
        self.totals_label.setAccessibleDescription(self.tr("Totals"))
        self.pie = PieChart(self.model)
        self.commentary = CommentaryPane()
        self.gauge_label = FittingLabel()  # a short window drops its last sentences, never half of one
        self.gauge_label.setAccessibleDescription(self.tr("Majority gauge"))
        self.region_tree = RegionTree()
        self._tree_contest = None
        self.map = MapController(self.document, self.settings, self)

        self.setCentralWidget(self._compose())
        self.actions_ = file_actions(self)
        self._build_menus()
        self._connect()
        self.comparison = ComparisonController(self, self.document, self.model, self.file_menu, self.actions_.close)
        self.printing = PrintController(self, self.document, self.file_menu, self.actions_.quit, self.comparison.source)
        self.majority = MajorityController(self, self.document, self.pie, self.gauge_label, self.settings, self.view_menu)
        self.charts.follow_majority(self.majority)
        self.comparison.source.set_threshold(self.majority.threshold)  # crossings judged against the user's threshold
        self.majority.threshold_changed.connect(self.comparison.source.set_threshold)
        self.precincts = PrecinctBrowserController(self, self.document, self.view_menu)
        self.rounds = RoundsController(self, self.document, self.view_menu)
        self.integrity = IntegrityController(self, self.document, self.view_menu, self.precincts)
        self.parliament = ParliamentController(self, self.document, self.view_menu)
        self.electoral_system = ElectoralSystemController(self, self.document, self.contest_menu)
        self.map.compared = lambda: self.comparison.source.dataset
        self.live = LiveController(self, self.document, self.model, self.comparison.source)
        self.charts.follow_changes(self.comparison.source, self.live)
        self.printing.content_sha256 = self.live.shown_sha256
        self.printing.content_version = self.live.shown_version
        self.printing.report_maps = self.map.report_maps
        self.map.add_exports(self.printing)
        self.charts.add_exports(self.printing)
        self.file_menu.insertAction(self.actions_.recent_menu.menuAction(), self.live.open_url_action)
        self.theme = ThemeController(self, self.settings, self.view_menu)
        self.language = LanguageController(self, self.settings, self.view_menu)
        panes = [self.region_tree, self.table, self.pie.view, self.charts.bars.view, self.charts.change.view, self.charts.history.plot, self.commentary]
        self.accessibility = AccessibilityController(self, self.document, self.pie, panes, [self, self.table], self.view_menu)
        # Tab goes through the panes as they sit on screen, each pane's controls once; a frame shows where.
        self._chain_tab_stops()
        self.chart_pane.view_changed.connect(self._chain_tab_stops)  # a view (the map) may come with controls
        self.map.placement_changed.connect(self._chain_tab_stops)
        self.focus_frame = FocusFrame([self.region_tree, self.table, self.chart_pane, self.commentary], self)
        self.setAcceptDrops(True)
        self.background = BackgroundOpener(self.document, self.statusBar(), self)
        self.background.opened.connect(self._on_opened)
        self.background.failed.connect(lambda error: self._on_open_failed(error, error.path))
        self.file_status = plain_label()
        self.statusBar().addPermanentWidget(self.file_status)
        self.setWindowTitle("electview")
        self.resize(1280, 800)
        self._restore_layout()
        self._on_dataset_changed()

    # composition
    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Candidates"))
        table.setSortingEnabled(True)
        table.sortByColumn(VOTES, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        # Rows as tall as their text (the style's default is ~30 px): at 1024×640 all of a
        # sample's seven candidates fit where four did.
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(table.fontMetrics().height(), table.iconSize().height(), 16) + 6)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setItemDelegateForColumn(NAME, SwatchDelegate(table))  # the party's colour, selected or not
        header = table.horizontalHeader()
        # Fitted once per new set of rows (see _fit_columns), not on every change: with
        # ResizeToContents each drill-down re-measured every cell of a long table.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PARTY, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(200)
        header.setHighlightSections(False)
        self.table_copier = TableCopier(table)  # Ctrl+C: the selected rows, not the current cell
        one_tab_stop(table)
        return table

    def _compose(self) -> QWidget:
        picker_row = QHBoxLayout()
        picker_row.addWidget(section_title(self.tr("Results")))
        picker_row.addStretch(1)
        picker_row.addWidget(self.contest_picker)
        table_box = _panel(picker_row, self.table, self.totals_label)
        self.pie.add_side_widget(self.gauge_label)
        self.chart_pane = ChartPane()
        self.chart_pane.add_view(PIE_VIEW, self.tr("Pie"), self.pie, self.tr("Vote shares"))
        self.charts = ChartViews(self, self.document, self.model, self.proxy, self.chart_pane, self.pie, PIE_VIEW, self.gauge_label)
        self.commentary_box = commentary_box = _panel(self.tr("Commentary"), self.commentary, margins=(4, 4, 8, 4))
        self.region_box = _panel(self.tr("Places"), self.region_tree)

        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(table_box)
        self.left_splitter.addWidget(self.map.place_beside(self.chart_pane))
        self.chart_pane.set_current(self.settings.chart_view())
        self.chart_pane.view_changed.connect(self.settings.set_chart_view)
        self.left_splitter.setStretchFactor(0, 1)
        self.left_splitter.setStretchFactor(1, 1)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.region_box)
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(commentary_box)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 3)
        self.main_splitter.setStretchFactor(2, 2)
        self.main_splitter.setSizes([220, 760, 500])
        self.left_splitter.setSizes([330, 300])
        self.table_room = TableRoom(self.left_splitter, self.table, FULL_ROWS)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.main_splitter, 1)
        return central

    def _build_menus(self) -> None:
        actions = self.actions_
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(actions.open)
        file_menu.addMenu(actions.recent_menu)
        file_menu.addAction(actions.reload)
        file_menu.addAction(self.map.attach_action)
        file_menu.addAction(actions.close)
        file_menu.addSeparator()
        file_menu.addAction(actions.quit)
        self.file_menu = file_menu
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.contest_menu = self.menuBar().addMenu(self.tr("&Contest"))
        self.map.add_view_actions(self.view_menu)
        self._rebuild_recent_menu()
        self.about_action = self.menuBar().addMenu(self.tr("&Help")).addAction(self.tr("&About electview"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)  # macOS puts it in the application menu

    def _connect(self) -> None:
        actions = self.actions_
        actions.open.triggered.connect(self.choose_and_open)
        actions.reload.triggered.connect(self.reload)
        actions.close.triggered.connect(self.document.close)
        actions.quit.triggered.connect(self.close)
        self.about_action.triggered.connect(self._show_about)
        self.document.dataset_changed.connect(self._on_dataset_changed)
        self.document.view_changed.connect(self._on_view_changed)
        self.contest_picker.currentIndexChanged.connect(self.document.set_contest)
        self.region_tree.scope_requested.connect(self.drill_down)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        # A splitter keeps the sizes it has when a pane's minimum grows: move it on the next pass.
        self.totals_label.height_wanted.connect(lambda: QTimer.singleShot(0, self.table_room.keep))
        self.model.modelReset.connect(self._fit_columns)
        self.model.columnsInserted.connect(self._fit_columns)
        self.model.columnsRemoved.connect(self._fit_columns)
        self.pie.candidates_clicked.connect(self.select_candidates)
        self.charts.candidates_clicked.connect(self.select_candidates)
        self.map.place_requested.connect(self.drill_down)
        self.map.selected_candidates = self.selected_candidates

    def _chain_tab_stops(self, *_args) -> None:
        chart = []
        for pane in (self.chart_pane, self.map.beside_pane):  # the map's own pane, when it sits beside the chart
            views = [pane.view(name) for name in pane.names()]
            chart += tab_stops_inside(pane, [view for view in views if view is not None])
        chain_tab_order([self.header.findings_toggle, self.region_tree, self.contest_picker, self.table, *chart, self.commentary])

    def drill_down(self, unit: int) -> None:
        """Show the contest at ``unit`` (negative: the whole contest); a place it can't show leaves the view as it was."""
        try:
            self.document.set_scope(None if unit < 0 else unit)
        except ViewRefused as refused:
            self.region_tree.show_scope(self.document.scope)  # the tree goes back to the place on screen
            self.statusBar().showMessage(str(refused), 10000)

    def _show_about(self) -> None:
        from electview.ui import about_dialog  # dialogs are imported when first opened, not at start-up

        about_dialog.show_about(self)

    def _fit_columns(self, *args) -> None:
        for column in range(self.proxy.columnCount()):
            if column != PARTY:
                self.table.resizeColumnToContents(column)
        # A name longer than this is elided (whole in its tooltip): the votes and shares stay in view.
        widest_name = self.table.fontMetrics().averageCharWidth() * NAME_COLUMN_CHARACTERS
        if self.table.columnWidth(NAME) > widest_name:
            self.table.setColumnWidth(NAME, widest_name)
        # The table keeps room for every row of a usual contest (up to FULL_ROWS); the pie
        # below gives way first, and longer tables (or shorter windows) scroll.
        self.table_room.refit()

    # opening files
    def choose_and_open(self) -> None:
        start = self.settings.last_directory() or os.path.dirname(self.document.path)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open results file"), start, ";;".join(file_filters()))
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open ``path``; a file that can't be read leaves the data on screen as it was.

        Big tabular files load in the background (progress and Cancel in the status bar):
        for those True means the load has started.
        """
        if loads_in_background(path):
            self.background.open(path)
            return True
        try:
            try:
                self.document.open(path)
            except ColumnsNeeded as needed:
                # A spreadsheet whose columns can't be worked out: let the user say which is which.
                dataset = open_with_column_mapping(self, path, needed)
                if dataset is None:
                    return False
                self.document.set_dataset(dataset, os.path.abspath(path))
        except LoadError as error:
            self._on_open_failed(error, path)
            return False
        self._on_opened(path)
        return True

    def _on_open_failed(self, error: LoadError, path: str) -> None:
        self._show_load_error(error)
        if error.problem == "file not found":
            self.settings.remove_recent_file(os.path.abspath(path))
            self._rebuild_recent_menu()

    def _on_opened(self, path: str) -> None:
        self.settings.add_recent_file(path)
        self.settings.set_last_directory(os.path.dirname(os.path.abspath(path)))
        self._rebuild_recent_menu()
        self.statusBar().showMessage(
            self.tr("Opened {0} ({1})").format(os.path.basename(path), self.document.dataset.source_format), 8000
        )

    def reload(self) -> None:
        if self.live.is_feed:
            self.live.check_now()
            return
        if not self.document.path:
            return
        try:
            self.document.reload()
        except LoadError as error:
            self._show_load_error(error, self.tr("Could not reload"))
            return
        self.statusBar().showMessage(self.tr("Reloaded {0}").format(os.path.basename(self.document.path)), 5000)

    def _show_load_error(self, error: LoadError, verb: str = "") -> None:
        verb = verb or self.tr("Could not open")
        kept = self.tr(" The results already on screen are unchanged.") if self.document.dataset else ""
        errors.show_error(self, f"{verb} {error.file_name}", f"{verb} “{error.path}”:\n{error.message}.{kept}")

    def _rebuild_recent_menu(self) -> None:
        menu = self.actions_.recent_menu
        menu.clear()
        recent = self.settings.recent_files()
        for path in recent:
            action = menu.addAction(os.path.basename(path))
            action.setStatusTip(path)
            action.setToolTip(plain_tooltip(path))  # a file name may look like HTML
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if recent:
            menu.addSeparator()
            menu.addAction(self.tr("Clear Menu"), self._clear_recent)
        menu.setEnabled(bool(recent))

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self._rebuild_recent_menu()

    # drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                event.acceptProposedAction()
                self.open_path(url.toLocalFile())
                return

    # reacting to the document
    def _on_dataset_changed(self) -> None:
        dataset = self.document.dataset
        has_data = dataset is not None
        self.actions_.reload.setEnabled(bool(self.document.path))
        self.actions_.close.setEnabled(has_data)
        self.commentary.set_commentary(dataset.commentary if dataset else ())
        # Most formats carry no commentary: the pane's width then goes to the results.
        self.commentary_box.setVisible(bool(dataset and dataset.commentary))
        self.contest_picker.blockSignals(True)
        self.contest_picker.clear()
        if dataset:
            self.contest_picker.addItems([contest.name for contest in dataset.contests])
            self.contest_picker.setCurrentIndex(self.document.contest_index)
        self.contest_picker.blockSignals(False)
        self.contest_picker.setVisible(has_data and len(dataset.contests) > 1)
        self.file_status.setText(
            f"{os.path.basename(self.document.path)} · {dataset.source_format}" if dataset and self.document.path else ""
        )
        title = dataset.election.title.replace("[*]", "[ * ]") if dataset else ""
        self.setWindowTitle(f"{title} — electview" if title else "electview")

    def _on_view_changed(self) -> None:
        contest = self.document.contest
        if self.contest_picker.currentIndex() != self.document.contest_index:  # a contest chosen elsewhere (code, replay)
            self.contest_picker.blockSignals(True)
            self.contest_picker.setCurrentIndex(self.document.contest_index)
            self.contest_picker.blockSignals(False)
        if contest is not self._tree_contest:
            self._tree_contest = contest
            self.region_tree.set_units(contest.units if contest else None, self.document.scope)
            self.region_box.setVisible(contest is not None and len(contest.units) > 1)
        else:
            self.region_tree.show_scope(self.document.scope)
        previous, selected = self.model.tally, self.selected_candidates()
        dataset = self.document.dataset
        self.model.set_tally(self.document.tally, dataset is not None and dataset.election.status.is_final)
        current = self.document.tally
        if selected and previous is not None and current is not None and previous.contest is current.contest:
            if self.selected_candidates() != selected:  # another place's candidates reset the table
                self.select_candidates(selected)
        self.header.update_from(self.document)
        self.totals_label.setText(self._totals_text())
        self._on_table_selection_changed()

    def _totals_text(self) -> str:
        result = self.document.tally
        if result is None:
            return ""
        total = result.total_valid
        approx = "≈ " if total.derived and result.votes_estimated.any() else ""
        text = f"{total_label(result.contest.ranked is not None)}: {approx}{format_votes(total.value)}"
        if total.derived:
            text += self.tr(" (derived: {0})").format(total.how)
        if result.votes_estimated.any():
            text += self.tr(". Figures marked ≈ in italics are estimated by electview; hover for how.")
        return text

    # selection shared by table, pie and commentary
    def selected_candidates(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return sorted({self.proxy.mapToSource(index).row() for index in rows})

    def select_candidates(self, candidates: list[int]) -> None:
        selection = QItemSelection()
        for candidate in candidates:
            proxy_index = self.proxy.mapFromSource(self.model.index(candidate, 0))
            if proxy_index.isValid():
                selection.select(proxy_index, proxy_index.siblingAtColumn(self.proxy.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)
        if candidates:
            first = self.proxy.mapFromSource(self.model.index(candidates[0], 0))
            self.table.scrollTo(first)

    def _on_table_selection_changed(self, *args) -> None:
        candidates = self.selected_candidates()
        self.pie.set_selected_candidates(set(candidates))
        self.charts.set_selected_candidates(set(candidates))
        self.map.on_candidates_selected()
        result = self.document.tally
        if result is None:
            self.commentary.highlight(set())
            return
        ids = {result.candidates[i].id for i in candidates}
        self.commentary.highlight(ids, result.colours[candidates[0]] if candidates else "")

    # layout persistence
    def _restore_layout(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        for splitter in (self.main_splitter, self.left_splitter):
            saved = self.settings.splitter_state(splitter.objectName())
            if saved is not None:
                splitter.restoreState(saved)

    def save_layout(self) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        for splitter in (self.main_splitter, self.left_splitter):
            self.settings.set_splitter_state(splitter.objectName(), splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.background.cancel()
        self.map.wait()
        self.save_layout()
        super().closeEvent(event)
