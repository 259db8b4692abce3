"""View → Integrity Checks…: turnout and leader's-share histograms, the election fingerprint and the
whole-percent and last-digit figures of the contest's stations (core/integrity.py), each panel with what it
measures and that a deviation is a reason to look, not proof."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from electview.core import integrity
from electview.formats.stations import may_have_stations, station_contest
from electview.core.atomic import write_text_atomic
from electview.core.formatting import format_count, format_number, format_signed
from electview.core.histogram_geometry import histogram_top
from electview.core.model import Contest
from electview.formats.job import LoadJob
from electview.ui import errors
from electview.ui.document import ViewRefused
from electview.ui.flagged_model import SortRole, UnitRole, FlaggedStationsModel
from electview.ui.loading import BackgroundTask, ProgressIndicator
from electview.ui.plot_axis import WrappingAxis
from electview.ui.plot_export import export_plot
from electview.ui.print_actions import suggested_save_path
from electview.ui.table_habits import TableCopier, one_tab_stop
from electview.ui.text import plain_label

# Fingerprint cells: 1 point × 1 point, as in Klimek et al.'s figures.
FINGERPRINT_BINS = 100


@dataclass(frozen=True)
class Panels:
    """Everything the window draws for one contest at one place, worked out off the GUI thread."""

    contest: Contest
    scope: int | None
    report: integrity.IntegrityReport
    turnout_counts: np.ndarray  # stations per 0.1-point bin
    share_counts: np.ndarray
    fingerprint: np.ndarray  # registered voters, turnout bin × share bin
    flagged: list[integrity.StationRow]


def _panels_or_refusal(contest: Contest, scope: int | None, job: LoadJob) -> Panels | str:
    """The panels, or why the checks can't run on this contest (in the worker thread)."""
    try:
        return compute_panels(contest, scope, job)
    except integrity.TooManyToCheck as refused:
        return str(refused)


def compute_panels(contest: Contest, scope: int | None, job: LoadJob) -> Panels:
    """The checks and the plots' arrays (in a worker thread); stops at the next test once ``job`` is cancelled."""

    def step(fraction: float) -> None:
        job.check(contest.name)
        job.advance(fraction)

    report = integrity.check(contest, scope, progress=step)
    found = report.found
    return Panels(
        contest,
        scope,
        report,
        integrity.histogram_tenths(found.ballots, found.registered),
        integrity.histogram_tenths(found.leader_votes, found.ballots),
        integrity.fingerprint(found.turnout, found.leader_share, found.registered, FINGERPRINT_BINS),
        integrity.station_rows(contest, report, only_flagged=True),
    )


def _plot(x_label: str, y_label: str) -> pg.PlotWidget:
    plot = pg.PlotWidget(background=None, axisItems={"bottom": WrappingAxis("bottom"), "left": WrappingAxis("left")})
    plot.setMenuEnabled(False)
    item = plot.getPlotItem()
    item.hideButtons()
    item.setLabel("bottom", x_label)
    item.setLabel("left", y_label)
    # Room above the plot for half a tick label: the fingerprint's "100" sits on its top edge and was cut in half.
    item.layout.setContentsMargins(1, plot.fontMetrics().height() / 2 + 1, 1, 1)
    return plot


class IntegrityWindow(QWidget):
    """One window per main window, following the document's contest and place.

    The Monte-Carlo takes seconds on a national file, so the checks run in a worker
    (:class:`~electview.ui.loading.BackgroundTask`) with a progress bar; the plots of the previous
    place stay until the new ones are ready, and a result for a contest or place no longer on
    screen is dropped (its task is cancelled and ignored).

    Signals:
        computed(): the checks for the contest and place on screen are drawn.
        station_activated(int): a flagged station was double-clicked (its index into the contest's units).
    """

    computed = Signal()
    station_activated = Signal(int)

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._document = document
        self.report: integrity.IntegrityReport | None = None
        # The contest on screen with the stations the checks look at (formats.stations), kept for the next place: a
        # booth file's million stations take a second or two to make units of, and the checks cache their figures
        # by that contest, so a drill-down only takes its place's rows.
        self._stations_of: tuple[object, Contest, Contest] | None = None
        self._columns_sized_for: Contest | None = None  # the contest whose flagged rows the table's columns fit
        self.fingerprint_grid = np.zeros((FINGERPRINT_BINS, FINGERPRINT_BINS))
        self.setWindowTitle(self.tr("Integrity Checks"))
        self.resize(1280, 900)
        self.heading = plain_label(word_wrap=True)
        self.turnout_plot = _plot(self.tr("turnout, %"), self.tr("stations"))
        self.share_plot = _plot(self.tr("leader's share of ballots cast, %"), self.tr("stations"))
        self.fingerprint_plot = _plot(self.tr("turnout, %"), self.tr("leader's share of ballots cast, %"))
        self.fingerprint_image = pg.ImageItem()
        self.fingerprint_image.setColorMap(pg.colormap.get("viridis"))
        self.fingerprint_plot.addItem(self.fingerprint_image)
        self.figures = plain_label(word_wrap=True)
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = ProgressIndicator()
        self.progress.cancel_requested.connect(self._cancel)
        self.task: BackgroundTask | None = None
        self.panels: Panels | None = None
        self.flagged_model = FlaggedStationsModel(self)
        self.flagged_proxy = QSortFilterProxyModel(self)
        self.flagged_proxy.setSourceModel(self.flagged_model)
        self.flagged_proxy.setSortRole(SortRole)
        self.flagged_view = QTableView()
        # Column widths from the first hundred rows (Qt's default, a thousand, took a second and more to measure).
        self.flagged_view.horizontalHeader().setResizeContentsPrecision(100)
        self.flagged_view.setModel(self.flagged_proxy)
        self.flagged_view.setAccessibleName(self.tr("Flagged stations"))
        # In the file's order until a header is clicked (sorting turned on sorts by the indicator at once).
        self.flagged_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.flagged_view.setSortingEnabled(True)
        self.flagged_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.flagged_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.flagged_view.setWordWrap(False)
        self.flagged_view.setTextElideMode(Qt.TextElideMode.ElideLeft)  # the station's own name is at the end
        self.flagged_view.verticalHeader().hide()
        self.flagged_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.flagged_view.doubleClicked.connect(self._on_double_clicked)
        self.flagged_copier = TableCopier(self.flagged_view)  # Ctrl+C: the selected rows as TSV and HTML
        one_tab_stop(self.flagged_view)  # Tab goes on to the Export button, not through every cell
        caveats = integrity.caveats(localised=True)
        self.flagged_caveat = plain_label(caveats["flagged"], word_wrap=True)
        self.export_button = QPushButton(self.tr("Export flagged stations as CSV…"))
        self.export_button.clicked.connect(lambda: self.export_flagged())
        self.export_button.setEnabled(False)
        flagged_page = QWidget()
        flagged_box = QVBoxLayout(flagged_page)
        flagged_box.addWidget(self.flagged_caveat)
        flagged_box.addWidget(self.flagged_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        flagged_box.addLayout(buttons)
        figures_text = QWidget()
        figures_box = QVBoxLayout(figures_text)
        figures_box.addWidget(self.figures)
        figures_box.addStretch(1)
        figures_page = QScrollArea()  # the figures and their caveats are longer than the panel in some languages
        figures_page.setWidgetResizable(True)
        figures_page.setFrameShape(QFrame.Shape.NoFrame)
        figures_page.setWidget(figures_text)
        self.tabs = QTabWidget()
        self.tabs.addTab(figures_page, self.tr("Figures"))
        self.tabs.addTab(flagged_page, self.tr("Flagged stations"))

        grid = QGridLayout()
        panels = (
            (self.turnout_plot, "turnout_histogram", 0, 0),
            (self.share_plot, "leader_histogram", 0, 1),
            (self.fingerprint_plot, "fingerprint", 1, 0),
        )
        self.caveats: dict[str, object] = {}
        for plot, key, row, column in panels:
            caveat = plain_label(caveats[key], word_wrap=True)
            self.caveats[key] = caveat
            box = QVBoxLayout()
            box.addWidget(plot, 1)
            box.addWidget(caveat)
            grid.addLayout(box, row, column)
        grid.addWidget(self.tabs, 1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        self.plots = {"turnout": self.turnout_plot, "leader": self.share_plot, "fingerprint": self.fingerprint_plot}
        plot_names = {
            "turnout": self.tr("Turnout Histogram"),
            "leader": self.tr("Leader's Share Histogram"),
            "fingerprint": self.tr("Fingerprint"),
        }
        self.export_menu = QMenu(self)
        for key, name in plot_names.items():
            for suffix in (".png", ".svg"):
                label = self.tr("%1 as PNG…") if suffix == ".png" else self.tr("%1 as SVG…")
                action = self.export_menu.addAction(_fill(label, name))
                action.triggered.connect(lambda _=False, key=key, suffix=suffix: self.export_plot(key, suffix))
        self.export_plot_button = QToolButton()
        self.export_plot_button.setText(self.tr("Export Plot"))
        self.export_plot_button.setMenu(self.export_menu)
        self.export_plot_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.export_plot_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addLayout(grid, 1)
        document.dataset_changed.connect(self.refresh)
        document.view_changed.connect(self.refresh)
        self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def closeEvent(self, event) -> None:
        self._cancel()
        self._stale = True
        super().closeEvent(event)

    def refresh(self) -> None:
        """Start the checks for the contest and place on screen (only while the window is shown)."""
        if not self.isVisible():
            self._stale = True  # the Monte-Carlo takes a moment: none while the window is closed
            return
        self._stale = False
        self._cancel()
        contest = self._document.contest
        if contest is None:
            self._show_nothing()
            return
        scope = integrity.checked_place(contest, self._document.scope)
        dataset = self._document.dataset
        kept = self._stations_of
        made = kept[2] if kept is not None and kept[0] is dataset and kept[1] is contest else None

        def work(job: LoadJob) -> Panels | str:
            return _panels_or_refusal(made if made is not None else station_contest(dataset, contest, job), scope, job)

        task = BackgroundTask(work, self)
        self.task = task
        task.progress_changed.connect(self.progress.set_progress)
        task.finished.connect(lambda panels: self._on_computed(task, panels, dataset, contest))
        task.cancelled.connect(lambda: self._on_stopped(task))
        place = "" if scope is None else str(contest.units.names[scope])
        self.progress.begin(
            _fill(self.tr("Computing the checks for %1…"), f"{contest.name} · {place}" if place else contest.name)
        )
        task.start()

    def _cancel(self) -> None:
        """Stop the checks under way; whatever they still deliver is dropped."""
        if self.task is not None:
            self.task.cancel()
            self.task = None
            self.progress.hide()

    def _on_stopped(self, task: BackgroundTask) -> None:
        if task is self.task:  # cancelled from the progress bar's button
            self.task = None
            self.progress.hide()

    def _show_nothing(self) -> None:
        self.report = None
        self.panels = None
        self.flagged_model.set_rows(())
        self.export_button.setEnabled(False)
        for plot in (self.turnout_plot, self.share_plot):
            plot.clear()
        self.heading.setText(self.tr("The contest on screen has no stations with registered voters and ballots."))
        self.fingerprint_image.clear()
        self.figures.setText("")

    def _on_computed(self, task: BackgroundTask, panels: Panels | str, dataset: object = None, contest: Contest | None = None) -> None:
        if task is not self.task:
            return  # a contest or place no longer on screen
        self.task = None
        if isinstance(panels, Panels) and contest is not None:
            self._stations_of = (dataset, contest, panels.contest)
        self.progress.hide()
        if isinstance(panels, str):  # refused: too many stations × candidates to hold; the heading says why
            self._show_nothing()
            self.heading.setText(panels)
            self.computed.emit()
            return
        report = panels.report
        if not len(report.found):
            self._show_nothing()
            self.computed.emit()
            return
        self.report = report
        self.panels = panels
        contest = panels.contest
        found = report.found
        leader = contest.candidates[found.leader].name if found.leader >= 0 else "-"
        place = "" if panels.scope is None else str(contest.units.names[panels.scope])
        heading = self.tr("%1: %2 stations in %3 · leader %4") if place else self.tr("%1: %2 stations · leader %4")
        self.heading.setText(_fill(heading, contest.name, format_count(len(found)), place, leader))
        for plot in (self.turnout_plot, self.share_plot):
            plot.clear()
        self._histogram(self.turnout_plot, panels.turnout_counts)
        self._histogram(self.share_plot, panels.share_counts)
        self.fingerprint_grid = panels.fingerprint
        # Log scale: a few big cells would otherwise leave the rest of the cloud black.
        self.fingerprint_image.setImage(np.log1p(panels.fingerprint), autoLevels=True)
        self.fingerprint_image.setRect(0, 0, 100, 100)
        self.fingerprint_plot.getPlotItem().setRange(xRange=(0, 100), yRange=(0, 100), padding=0)
        self.figures.setText(self._figures_text(report))
        self.flagged_model.set_rows(panels.flagged)
        # Sized once per contest: measuring the rows took 1.4 s of a 1.8 s drill-down on a national booth file, and
        # the figures' widths hardly change from place to place.
        if self._columns_sized_for is not contest:
            self._columns_sized_for = contest if panels.flagged else None
            self.flagged_view.resizeColumnsToContents()
            # A long path of places must leave the figures in view: the whole name is in its tooltip and the CSV.
            self.flagged_view.setColumnWidth(0, min(self.flagged_view.columnWidth(0), 20 * self.fontMetrics().averageCharWidth()))
        self.export_button.setEnabled(bool(panels.flagged))
        self.tabs.setTabText(1, _fill(self.tr("Flagged stations (%1)"), format_count(len(panels.flagged))))
        self.computed.emit()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        unit = self.flagged_proxy.data(index, UnitRole)
        if unit is None or self.panels is None:
            return
        # A booth file's stations were added below the contest's own places for the checks: the main window
        # goes to the station's own place there (its district), which the precinct browser then shows.
        shown = self._document.contest
        units = self.panels.contest.units
        unit = int(unit)
        while shown is not None and unit >= len(shown.units) and units.parents[unit] >= 0:
            unit = int(units.parents[unit])
        self.station_activated.emit(unit)

    def export_plot(self, key: str, suffix: str, path: str | None = None) -> bool:
        """One plot ("turnout", "leader", "fingerprint") as PNG or SVG (``suffix``); asks where unless ``path``."""
        if path is None:
            kind = self.tr("PNG images (*.png)") if suffix == ".png" else self.tr("SVG images (*.svg)")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export Plot"), suggested_save_path(self._document.path, f" {key}{suffix}"), kind
            )
            if not path:
                return False
        try:
            export_plot(self.plots[key], path)
        except OSError as error:
            errors.show_error(self, self.tr("Export Plot"), f"{error.strerror or error}.")
            return False
        return True

    def export_flagged(self, path: str | None = None) -> bool:
        """File → the flagged stations on screen as CSV (formula-like names neutralised); asks where unless ``path``."""
        panels = self.panels
        if panels is None:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export Flagged Stations"),
                suggested_save_path(self._document.path, " flagged stations.csv"),
                self.tr("CSV files (*.csv)"),
            )
            if not path:
                return False
        try:
            # A byte-order mark makes Excel read the file as UTF-8 (station names in Cyrillic, …).
            write_text_atomic(path, "\ufeff" + integrity.stations_csv(panels.contest, panels.report, only_flagged=True))
        except OSError as error:
            errors.show_error(self, self.tr("Export Flagged Stations"), f"{error.strerror or error}.")
            return False
        return True

    def _histogram(self, plot: pg.PlotWidget, counts: np.ndarray) -> None:
        # Bin k is centred on k/10 %, so its edges are k/10 ± 0.05.
        edges = np.arange(len(counts) + 1) / 10.0 - 0.05
        plot.plot(edges, counts, stepMode="center", fillLevel=0, brush=(60, 110, 180, 160), pen=pg.mkPen((40, 80, 150)))
        item = plot.getPlotItem()
        item.setXRange(0, 100.5, padding=0)
        top, cut = histogram_top(counts)
        if not cut:
            item.enableAutoRange(axis="y")
            return
        # As the printed report: stations at 100% (251 against 34 in the CIK 2021 file) would flatten the rest to
        # the axis, so the scale is the other bins' and the last bin's count is said at the top.
        height = top * 1.2
        item.setYRange(0, height, padding=0)
        note = pg.TextItem(
            _fill(self.tr("%1 at 99.95% and above, cut at the top"), format_count(int(counts[-1]))),
            color=self.palette().color(QPalette.ColorRole.WindowText),
            anchor=(1.0, 0.0),
        )
        note.setPos(100.5, height)
        plot.addItem(note)

    def _figures_text(self, report: integrity.IntegrityReport) -> str:
        """The whole-percent, last-digit and flagged figures, in the interface language and its number marks."""

        def line(label: str, test: integrity.Excess) -> str:
            values = (
                label,
                format_count(test.observed),
                format_count(test.stations),
                format_number(test.expected, 1),
                format_number(test.spread, 1),
                format_signed(test.excess, 1),
                p_value_text(test.p_value),
            )
            return _fill(self.tr("%1: %2 of %3 stations; chance gives %4 ± %5 (excess %6, p = %7)"), *values)

        caveats = integrity.caveats(localised=True)
        digits = report.digits
        reasons: dict[str, int] = {}
        for flag in report.flags:
            for reason in flag.reasons:
                reasons[reason] = reasons.get(reason, 0) + 1
        lines = [
            self.tr("Whole percents (1-99%, stations of 100 voters or more)"),
            line(self.tr("Turnout"), report.turnout),
            line(self.tr("Leader's share"), report.leader_share),
            line(self.tr("Turnout at multiples of 5%"), report.turnout_round[5]),
            line(self.tr("Leader's share at multiples of 5%"), report.leader_round[5]),
            caveats["integer_percent"],
            "",
            _fill(
                self.tr("Last digits of %1 counts of 100 or more: chi-square %2, p = %3"),
                format_count(digits.counts),
                format_number(digits.chi2, 2),
                p_value_text(digits.p_value),
            ),
            caveats["last_digit"],
            "",
            _fill(self.tr("Flagged stations: %1"), format_count(len(report.flags)))
            + "".join(f"\n  {integrity.reason_text(reason)}: {format_count(count)}" for reason, count in reasons.items()),
            caveats["flagged"],
            "",
            _fill(
                self.tr("Seed %1, %2 simulations; the same as electview integrity FILE --seed %1."),
                str(report.seed),
                format_count(report.simulations),
            ),
        ]
        return "\n".join(lines)


def _fill(text: str, *values: str) -> str:
    """Qt's %1…%n placeholders filled in one pass (a value holding "%2" stays as it is)."""
    return re.sub(r"%(\d+)", lambda found: values[int(found.group(1)) - 1], text)


def p_value_text(p: float) -> str:
    """A p-value to three significant figures (0.0476, 0.001, 0.812) in the interface language's marks."""
    decimals = 3 if p >= 0.01 or p <= 0 else min(6, 2 - math.floor(math.log10(p)))
    return format_number(p, decimals)


class IntegrityController(QObject):
    """View → Integrity Checks…, enabled when the contest on screen has stations with electors and ballots."""

    def __init__(self, window: QMainWindow, document, menu: QMenu, precincts=None) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._precincts = precincts  # the precinct browser's controller, where the window has one
        self.integrity_window: IntegrityWindow | None = None
        self._usable: tuple[Contest | None, bool] = (None, False)
        self.action = QAction(self.tr("&Integrity Checks…"), window)
        self.action.setStatusTip(
            self.tr("Turnout and leader's-share distributions across stations, whole-percent and last-digit tests")
        )
        self.action.triggered.connect(self.show_integrity)
        menu.addAction(self.action)
        document.dataset_changed.connect(self._update_action)
        document.view_changed.connect(self._update_action)
        self._update_action()

    def _update_action(self) -> None:
        contest = self._document.contest
        if self._usable[0] is not contest:  # once per contest, not per drill-down (a national file's stations)
            self._usable = (contest, may_have_stations(self._document.dataset, contest))
        usable = self._usable[1]
        self.action.setEnabled(usable)
        self.action.setToolTip(
            "" if usable else self.tr("The contest on screen has no stations with registered voters and ballots")
        )

    def show_integrity(self) -> IntegrityWindow:
        if self.integrity_window is None:
            self.integrity_window = IntegrityWindow(self._document, self._window)
            self.integrity_window.station_activated.connect(self.open_station)
        self.integrity_window.show()
        self.integrity_window.activateWindow()
        return self.integrity_window

    def open_station(self, unit: int) -> None:
        """Show a flagged station: the main window drills down to it (the checks stay on the place around it), and
        the precinct browser, where the file has one, follows."""
        try:
            self._document.set_scope(unit)
        except ViewRefused as refused:
            self._window.statusBar().showMessage(str(refused), 5000)
            return
        if self._precincts is not None and self._precincts.action.isEnabled():
            self._precincts.show_browser()
        else:
            self._window.activateWindow()
