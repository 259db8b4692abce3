"""View → Integrity Checks…: turnout and leader's-share histograms, the election fingerprint and the
whole-percent and last-digit figures of the contest's stations (core/integrity.py), each panel with what it
measures and that a deviation is a reason to look, not proof."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGridLayout, QMainWindow, QMenu, QVBoxLayout, QWidget

from electview.core import integrity
from electview.core.model import Contest
from electview.formats.job import LoadJob
from electview.ui.loading import BackgroundTask, ProgressIndicator
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
    )


def _plot(x_label: str, y_label: str) -> pg.PlotWidget:
    plot = pg.PlotWidget(background=None)
    plot.setMenuEnabled(False)
    item = plot.getPlotItem()
    item.hideButtons()
    item.setLabel("bottom", x_label)
    item.setLabel("left", y_label)
    return plot


class IntegrityWindow(QWidget):
    """One window per main window, following the document's contest and place.

    The Monte-Carlo takes seconds on a national file, so the checks run in a worker
    (:class:`~electview.ui.loading.BackgroundTask`) with a progress bar; the plots of the previous
    place stay until the new ones are ready, and a result for a contest or place no longer on
    screen is dropped (its task is cancelled and ignored).

    Signals:
        computed(): the checks for the contest and place on screen are drawn.
    """

    computed = Signal()

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._document = document
        self.report: integrity.IntegrityReport | None = None
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

        grid = QGridLayout()
        panels = (
            (self.turnout_plot, "turnout_histogram", 0, 0),
            (self.share_plot, "leader_histogram", 0, 1),
            (self.fingerprint_plot, "fingerprint", 1, 0),
        )
        self.caveats: dict[str, object] = {}
        for plot, key, row, column in panels:
            caveat = plain_label(integrity.CAVEATS[key], word_wrap=True)
            self.caveats[key] = caveat
            box = QVBoxLayout()
            box.addWidget(plot, 1)
            box.addWidget(caveat)
            grid.addLayout(box, row, column)
        grid.addWidget(self.figures, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
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
        contest, scope = self._document.contest, self._document.scope
        if contest is None:
            self._show_nothing()
            return
        task = BackgroundTask(lambda job: compute_panels(contest, scope, job), self)
        self.task = task
        task.progress_changed.connect(self.progress.set_progress)
        task.finished.connect(lambda panels: self._on_computed(task, panels))
        task.cancelled.connect(lambda: self._on_stopped(task))
        place = self._document.scope_name()
        self.progress.begin(
            self.tr("Computing the checks for %1…").replace("%1", f"{contest.name} · {place}" if place else contest.name)
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
        for plot in (self.turnout_plot, self.share_plot):
            plot.clear()
        self.heading.setText(self.tr("The contest on screen has no stations with registered voters and ballots."))
        self.fingerprint_image.clear()
        self.figures.setText("")

    def _on_computed(self, task: BackgroundTask, panels: Panels) -> None:
        if task is not self.task:
            return  # a contest or place no longer on screen
        self.task = None
        self.progress.hide()
        report = panels.report
        if not len(report.found):
            self._show_nothing()
            self.computed.emit()
            return
        self.report = report
        contest = panels.contest
        found = report.found
        leader = contest.candidates[found.leader].name if found.leader >= 0 else "-"
        place = self._document.scope_name()
        heading = self.tr("%1: %2 stations in %3 · leader %4") if place else self.tr("%1: %2 stations · leader %4")
        self.heading.setText(
            heading.replace("%1", contest.name).replace("%2", str(len(found))).replace("%3", place).replace("%4", leader)
        )
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
        self.computed.emit()

    @staticmethod
    def _histogram(plot: pg.PlotWidget, counts: np.ndarray) -> None:
        # Bin k is centred on k/10 %, so its edges are k/10 ± 0.05.
        edges = np.arange(len(counts) + 1) / 10.0 - 0.05
        plot.plot(edges, counts, stepMode="center", fillLevel=0, brush=(60, 110, 180, 160), pen=pg.mkPen((40, 80, 150)))
        plot.getPlotItem().setXRange(0, 100.5, padding=0)

    @staticmethod
    def _figures_text(report: integrity.IntegrityReport) -> str:
        def line(label: str, test: integrity.Excess) -> str:
            return (
                f"{label}: {test.observed} of {test.stations} stations; chance gives {test.expected:.1f} ± {test.spread:.1f} "
                f"(excess {test.excess:+.1f}, p = {test.p_value:.3g})"
            )

        digits = report.digits
        reasons: dict[str, int] = {}
        for flag in report.flags:
            for reason in flag.reasons:
                reasons[reason] = reasons.get(reason, 0) + 1
        lines = [
            "Whole percents (1-99%, stations of 100 voters or more)",
            line("Turnout", report.turnout),
            line("Leader's share", report.leader_share),
            line("Turnout at multiples of 5%", report.turnout_round[5]),
            line("Leader's share at multiples of 5%", report.leader_round[5]),
            integrity.CAVEATS["integer_percent"],
            "",
            f"Last digits of {digits.counts} counts of 100 or more: chi-square {digits.chi2:.2f}, p = {digits.p_value:.3g}",
            integrity.CAVEATS["last_digit"],
            "",
            f"Flagged stations: {len(report.flags)}" + "".join(f"\n  {reason}: {count}" for reason, count in reasons.items()),
            integrity.CAVEATS["flagged"],
            "",
            f"Seed {report.seed}, {report.simulations} simulations; the same as electview integrity FILE --seed {report.seed}.",
        ]
        return "\n".join(lines)


class IntegrityController(QObject):
    """View → Integrity Checks…, enabled when the contest on screen has stations with electors and ballots."""

    def __init__(self, window: QMainWindow, document, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
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
            self._usable = (contest, contest is not None and len(integrity.stations(contest)) > 0)
        usable = self._usable[1]
        self.action.setEnabled(usable)
        self.action.setToolTip(
            "" if usable else self.tr("The contest on screen has no stations with registered voters and ballots")
        )

    def show_integrity(self) -> IntegrityWindow:
        if self.integrity_window is None:
            self.integrity_window = IntegrityWindow(self._document, self._window)
        self.integrity_window.show()
        self.integrity_window.activateWindow()
        return self.integrity_window
