"""View → Ranked-Choice Rounds…: the round-by-round table, the chosen round as bars, and the transfers."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMainWindow, QMenu, QSlider, QSplitter, QTableView, QVBoxLayout, QWidget

from electview.core.ranked import RankedCount, elected_lines
from electview.core.report_rounds import name_colours
from electview.ui.rounds_model import RoundsModel, SortRole
from electview.ui.sankey import SankeyChart
from electview.ui.table_habits import TableCopier, one_tab_stop
from electview.ui.text import format_votes, plain_label


def outcome_lines(count: RankedCount) -> list[str]:
    """"Mills, Janet T. elected in round 4 with 63,387 of 117,253 continuing ballots", one per winner."""
    return elected_lines(count, format_votes)


class RoundBars(pg.PlotWidget):
    """The chosen round's tally as horizontal bars, largest on top, with the round's threshold."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, background=None)
        self.getPlotItem().setMouseEnabled(False, False)
        self.getPlotItem().hideButtons()
        self.setMenuEnabled(False)
        self.shown: list[tuple[str, float]] = []

    def show_round(self, count: RankedCount, round_number: int, colours: dict[str, str]) -> None:
        self.clear()
        index = round_number - 1
        names = [c for c in range(len(count.candidates)) if count.continuing[index, c]]
        names.sort(key=lambda c: count.tally[index, c])
        self.shown = [(count.candidates[c], float(count.tally[index, c])) for c in reversed(names)]
        widths = [count.tally[index, c] for c in names]
        brushes = [pg.mkBrush(colours.get(count.candidates[c], "#888888")) for c in names]
        self.addItem(pg.BarGraphItem(x0=0, y=np.arange(len(names)), height=0.7, width=widths, brushes=brushes))
        if not np.isnan(count.threshold[index]):
            self.addItem(pg.InfiniteLine(pos=float(count.threshold[index]), angle=90, pen=pg.mkPen("#555555", style=Qt.PenStyle.DashLine)))
        self.getPlotItem().getAxis("left").setTicks([[(i, count.candidates[c]) for i, c in enumerate(names)]])


class RoundsWindow(QWidget):
    """One window per main window, following the document's contest."""

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._document = document
        self.setWindowTitle(self.tr("Ranked-Choice Rounds"))
        self.resize(1100, 720)
        self.outcome = plain_label(word_wrap=True)
        self.round_label = plain_label()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setMinimum(1)
        self.slider.setPageStep(1)
        self.slider.valueChanged.connect(self._show_round)
        self.bars = RoundBars()
        self.sankey = SankeyChart()
        self.model = RoundsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Enabling sorting sorts by the first column at once; start in the model's own order
        # (by the round each candidate reached), with no column marked as sorted.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)  # a round's columns can start anywhere
        one_tab_stop(self.table)  # Tab leaves for the slider; the arrows walk the rounds' cells
        self.copier = TableCopier(self.table)  # Ctrl+C: the selected candidates' rounds, named, as TSV and HTML
        self.table.setColumnHidden(0, True)  # the names are the row headers, always in view
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.bars)
        charts.addWidget(self.sankey)
        charts.setSizes([400, 700])
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(charts)
        body.addWidget(self.table)
        layout = QVBoxLayout(self)
        for widget in (self.outcome, self.round_label, self.slider):
            layout.addWidget(widget)
        layout.addWidget(body, 1)
        for key in (QKeySequence(Qt.Key.Key_Escape), QKeySequence(QKeySequence.StandardKey.Close)):
            QShortcut(key, self, self.close)
        document.dataset_changed.connect(self.refresh)
        document.view_changed.connect(self.refresh)
        self.refresh()

    @property
    def count(self) -> RankedCount | None:
        contest = self._document.contest
        return contest.ranked if contest is not None else None

    def _colours(self) -> dict[str, str]:
        tally = self._document.tally
        if tally is None:
            return {}
        return name_colours(tally)

    def refresh(self) -> None:
        count = self.count
        self.model.set_count(count)
        self.table.setColumnHidden(0, True)  # a reset shows every column again
        self.sankey.set_count(count, self._colours())
        if count is None:
            self.outcome.setText(self.tr("The contest on screen is not a ranked-choice count."))
            self.bars.clear()
            self.slider.setEnabled(False)
            return
        self.outcome.setText("\n".join(outcome_lines(count)))
        self.slider.setEnabled(True)
        self.slider.blockSignals(True)
        self.slider.setMaximum(count.rounds)
        self.slider.setValue(count.rounds)  # the final round by default
        self.slider.blockSignals(False)
        self._show_round(count.rounds)

    def _show_round(self, round_number: int) -> None:
        count = self.count
        if count is None:
            return
        total = count.continuing_ballots(round_number)
        self.round_label.setText(
            self.tr("Round %1 of %2 · %3 continuing ballots · threshold %4")
            .replace("%1", str(round_number)).replace("%2", str(count.rounds))
            .replace("%3", format_votes(total)).replace("%4", format_votes(float(count.threshold[round_number - 1])))
        )  # fmt: skip
        self.bars.show_round(count, round_number, self._colours())
        self._scroll_to_round(round_number)

    def _scroll_to_round(self, round_number: int) -> None:
        """The round's three columns in view, its votes first: centred on them, the final round's votes were
        scrolled out of view and only its (empty) transfer column shown (Maine at 1100 px)."""
        header = self.table.horizontalHeader()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)  # before the first paint they have no widths yet
        first = 1 + 3 * (round_number - 1)
        for column in (first + 2, first):  # the transfer, then the votes: both in view where the pane is wide enough
            self.table.scrollTo(self.proxy.index(0, column), QTableView.ScrollHint.EnsureVisible)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._scroll_to_round(self.slider.value())  # a window built hidden scrolled before it had a width

    def _selection_changed(self, *args) -> None:
        count = self.count
        if count is None:
            return
        rows = {self.proxy.mapToSource(index).row() for index in self.table.selectionModel().selectedRows()}
        self.sankey.highlight({name for name in map(self.model.candidate_at, rows) if name is not None})


class RoundsController(QObject):
    """View → Ranked-Choice Rounds…, enabled when the contest on screen is a ranked-choice count."""

    def __init__(self, window: QMainWindow, document, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self.rounds_window: RoundsWindow | None = None
        self.action = QAction(self.tr("Ranked-Choice &Rounds…"), window)
        self.action.setStatusTip(self.tr("Every round of a ranked-choice count: tallies, transfers and who was elected when"))
        self.action.triggered.connect(self.show_rounds)
        menu.addAction(self.action)
        document.dataset_changed.connect(self._update_action)
        document.view_changed.connect(self._update_action)
        self._update_action()

    def _update_action(self) -> None:
        contest = self._document.contest
        ranked = contest is not None and contest.ranked is not None
        self.action.setEnabled(ranked)
        self.action.setToolTip("" if ranked else self.tr("The contest on screen is not a ranked-choice count"))

    def show_rounds(self) -> RoundsWindow:
        if self.rounds_window is None:
            self.rounds_window = RoundsWindow(self._document, self._window)
        self.rounds_window.show()
        self.rounds_window.activateWindow()
        return self.rounds_window
