"""The chart pane's result charts: Pie / Bars (bars by default above a pie's legible slices) / Change, kept on the document.

Owns the bar and change charts, puts them in the chart pane beside the pie, picks the default
view for each contest (core/bars.default_chart), hands the outcome statement to whichever chart
is shown, draws the majority line on the bars from the majority gauge and passes the table's
selection on. The change chart is a view only while the table has a change column (a
comparison or the live feed's previous update). The window only creates it and wires it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from electview.core.bars import BARS, PIE_MAX_SLICES, default_chart
from electview.ui.bar_chart import BarChart
from electview.ui.candidate_model import CandidateSortProxy, CandidateTableModel
from electview.ui.change_chart import ChangeChart
from electview.ui.chart_pane import ChartPane
from electview.ui.document import ResultsDocument
from electview.ui.pie_chart import PieChart

BARS_VIEW = "bars"  # the bars' name among the chart pane's views
CHANGE_VIEW = "change"


class ChartViews(QObject):
    """Pie or bars in the chart pane, the default chosen per contest, the user's choice kept while it lasts.

    Signals:
        candidates_clicked(list): a bar was clicked (or reached by the arrow keys).
    """

    candidates_clicked = Signal(list)

    def __init__(
        self,
        parent: QObject,
        document: ResultsDocument,
        model: CandidateTableModel,
        proxy: CandidateSortProxy,
        pane: ChartPane,
        pie: PieChart,
        pie_view: str,
        side: QWidget,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._model = model
        self._pane = pane
        self._pie = pie
        self._pie_view = pie_view
        self._side = side  # the outcome statement: beside the chart shown
        self._contest: object = None
        self.majority = None  # the window's MajorityController, for the majority line
        self.bars = BarChart(model, proxy)
        pane.add_view(BARS_VIEW, self.tr("Bars"), self.bars, self.tr("Vote shares"))
        pane.switch.setTabToolTip(
            pane.names().index(BARS_VIEW),
            self.tr("Vote shares as bars in the table's order; chosen by itself for more than {0} candidates, as many as a pie can show legibly").format(PIE_MAX_SLICES),
        )
        self.change = ChangeChart(model, proxy)
        self._park(self.change)
        self._comparison = None  # the window's ComparisonSource and LiveController: what the change runs between
        self._live = None
        self._leaving = QTimer(self)
        self._leaving.setSingleShot(True)
        self._leaving.setInterval(0)
        self._leaving.timeout.connect(self._take_change)
        pane.view_changed.connect(self._on_view_switched)
        document.view_changed.connect(self._on_document_view)
        self.bars.candidates_clicked.connect(self.candidates_clicked)
        self.change.candidates_clicked.connect(self.candidates_clicked)
        for signal in (model.modelReset, model.columnsInserted, model.columnsRemoved, model.headerDataChanged):
            signal.connect(self._sync_change)
        self._on_view_switched(pane.current())

    def default_view(self) -> str:
        """The view a contest opens on: the pie up to :data:`PIE_MAX_SLICES` candidates with a share, else bars."""
        result = self._document.tally
        if result is None:
            return self._pie_view
        shown = result.on_ballot if result.on_ballot is not None and result.on_ballot.any() else None
        return BARS_VIEW if default_chart(result.share, shown) == BARS else self._pie_view

    def _on_document_view(self) -> None:
        result = self._document.tally
        contest = result.contest if result is not None else None
        if contest is not self._contest:
            self._contest = contest
            if self._pane.current() in (self._pie_view, BARS_VIEW):  # the map stays the map
                self._pane.set_current(self.default_view())

    def show_default(self) -> None:
        self._pane.set_current(self.default_view())

    def _on_view_switched(self, name: str) -> None:
        if name == BARS_VIEW:
            self.bars.add_side_widget(self._side)
        elif name == self._pie_view:
            self._pie.add_side_widget(self._side)

    def follow_majority(self, majority) -> None:
        """Draw ``majority``'s threshold on the bars (connected after its own refresh, so its gauge is current)."""
        self.majority = majority
        self._document.view_changed.connect(self.refresh_majority)
        majority.threshold_changed.connect(self.refresh_majority)
        majority.base_menu.triggered.connect(self.refresh_majority)
        self.refresh_majority()

    def refresh_majority(self, *args) -> None:
        """The majority line on the bars where the pie has one: the gauge's threshold in percent of valid votes."""
        gauge = self.majority.gauge if self.majority is not None else None
        result = self._document.tally
        if gauge is None or gauge.base_total is None or result is None or not result.total_valid.known or not result.total_valid.value:
            self.bars.set_majority(None)
            return
        share = gauge.threshold * gauge.base_total / result.total_valid.value
        self.bars.set_majority(share, self.tr("majority ({0}%)").format(f"{gauge.threshold:g}"))

    def set_selected_candidates(self, candidates: set[int]) -> None:
        self.bars.set_selected_candidates(candidates)
        self.change.set_selected_candidates(candidates)

    def follow_changes(self, comparison, live) -> None:
        """Name the earlier and later count on the change chart from ``comparison`` (a ComparisonSource) or ``live``."""
        self._comparison, self._live = comparison, live
        self._sync_change()

    def sides(self) -> str:
        """"earlier: …" and "later: …" on two lines: the compared files, else the live feed's previous update and the version shown."""
        baseline = self._model.baseline
        if baseline is None:
            return ""
        if self._comparison is not None and self._comparison.active:
            earlier, later = self._comparison.sides()
        else:
            earlier, later = baseline.label, self._live.shown_version() if self._live is not None else ""
        return self.tr("earlier: {0}").format(earlier) + "\n" + self.tr("later: {0}").format(later or self.tr("the results on screen"))

    def _sync_change(self, *args) -> None:
        """The Change view while the table has a change column; when it goes, the view shown before it comes back."""
        present = self._model.baseline is not None
        if present and not self._pane.has_view(CHANGE_VIEW):
            self._pane.add_view(CHANGE_VIEW, self.tr("Change"), self.change, self.tr("Change in points"))
            self._pane.switch.setTabToolTip(
                self._pane.names().index(CHANGE_VIEW),
                self.tr("Points gained or lost per candidate since the earlier count, and seats where both counts have them"),
            )
        elif not present and self._pane.has_view(CHANGE_VIEW):
            # Looked at again once the events in hand are done: opening another contest resets the model
            # (no change column) before the comparison gives it one again, and the view must not flicker away.
            self._leaving.start()
        self.change.set_sides(self.sides())

    def _take_change(self) -> None:
        if self._model.baseline is None:
            self._pane.take_view(CHANGE_VIEW)
            self._park(self.change)

    def _park(self, view: QWidget) -> None:
        """Keep a view out of the pane in the pane's window, hidden (the keyboard's pane order stays one window's)."""
        view.setParent(self._pane)
        view.hide()
