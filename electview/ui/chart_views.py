"""The chart pane's result charts: Pie / Bars (bars by default above a pie's legible slices) / Change, kept on the document.

Owns the bar and change charts, puts them in the chart pane beside the pie, picks the default
view for each contest (core/bars.default_chart), hands the outcome statement to whichever chart
is shown, draws the majority line on the bars from the majority gauge and passes the table's
selection on. The change chart is a view only while the table has a change column (a
comparison or the live feed's previous update). The window only creates it and wires it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from electview.core.bars import BARS, PIE_MAX_SLICES, chart_for
from electview.ui.bar_chart import BarChart
from electview.ui.candidate_model import CandidateSortProxy, CandidateTableModel
from electview.ui.change_chart import ChangeChart
from electview.ui.chart_pane import ChartPane
from electview.ui.count_history_chart import CountHistoryChart, CountSeriesModel
from electview.ui.document import ResultsDocument
from electview.ui.history_reading import CountSeriesReader
from electview.ui.pie_chart import PieChart
from electview.ui.text import format_percent

BARS_VIEW = "bars"  # the bars' name among the chart pane's views
CHANGE_VIEW = "change"
HISTORY_VIEW = "history"
ABSENT_NAMED = 15  # the change chart names this many candidates of the other file that have no bar, then counts the rest


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
        self._selected: set[int] = set()
        self.majority = None  # the window's MajorityController, for the majority line
        self.bars = BarChart(model, proxy)
        pane.add_view(BARS_VIEW, self.tr("Bars"), self.bars, self.tr("Vote shares"))
        pane.switch.setTabToolTip(
            pane.names().index(BARS_VIEW),
            self.tr("Vote shares as bars in the table's order; chosen by itself for more than {0} candidates, as many as a pie can show legibly").format(PIE_MAX_SLICES),
        )
        self.change = ChangeChart(model, proxy)
        self._park(self.change)
        self.change_measure = QComboBox()  # the change chart's own control in the pane's title row: points or seats
        self.change_measure.setAccessibleName(self.tr("Change measure"))
        self.change_measure.addItem(self.tr("Points"), False)
        self.change_measure.addItem(self.tr("Seats"), True)
        self.change_measure.setToolTip(self.tr("The bars' length: points of share gained or lost, or seats (where both counts allocate seats)"))
        self.change_measure.currentIndexChanged.connect(self._on_change_measure)
        self._change_corner = QWidget()  # the pane shows and hides the corner; the measure inside it only where there are seats
        corner_row = QHBoxLayout(self._change_corner)
        corner_row.setContentsMargins(0, 0, 0, 0)
        corner_row.addStretch(1)
        corner_row.addWidget(self.change_measure)
        self._park(self._change_corner)
        self.series = CountSeriesModel(self)
        self.history = CountHistoryChart(self.series)
        self.reader = CountSeriesReader(self.series, self)  # the stored versions are read on a worker
        self.reader.status_changed.connect(self.history.set_status)
        self._park(self.history)
        self._exports: dict[str, list] = {}  # Export ▸ entries per view (add_exports)
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
        self.history.candidate_clicked.connect(self._on_history_candidate)
        for signal in (model.modelReset, model.columnsInserted, model.columnsRemoved, model.headerDataChanged):
            signal.connect(self._sync_change)
        self._on_view_switched(pane.current())

    def default_view(self) -> str:
        """The view a contest opens on: the pie up to :data:`PIE_MAX_SLICES` candidates with a share, else bars."""
        result = self._document.tally
        if result is None:
            return self._pie_view
        return BARS_VIEW if chart_for(result) == BARS else self._pie_view

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
        if name == HISTORY_VIEW:
            self.refresh_history()
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
        self._selected = set(candidates)
        self.bars.set_selected_candidates(candidates)
        self.change.set_selected_candidates(candidates)
        result = self._document.tally
        if result is not None:
            self.history.set_selected_ids({result.candidates[i].id for i in candidates if i < len(result.candidates)})

    def follow_changes(self, comparison, live) -> None:
        """Name the earlier and later count on the change chart from ``comparison`` (a ComparisonSource) or ``live``;
        draw ``live``'s history (a LiveController) over time, a click on a point replaying its version."""
        self._comparison, self._live = comparison, live
        self._sync_change()
        live.snapshot_shown.connect(self._sync_history)
        live.checked.connect(self._sync_history)
        self._document.view_changed.connect(self._sync_history)
        self._document.dataset_changed.connect(self._sync_history)
        self.history.version_clicked.connect(live.show_snapshot)  # what the History slider asks for
        self._sync_history()

    def add_exports(self, printing) -> None:
        """Export ▸ Change Chart and Count over Time as PNG… / SVG…, each enabled while its view is in the pane."""
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG image (*.svg)")
        self._exports = {
            CHANGE_VIEW: [
                printing.add_exporter("change-png", self.tr("Change Chart as PNG…"), png, ".change.png", lambda path: self.export_change(path)),
                printing.add_exporter("change-svg", self.tr("Change Chart as SVG…"), svg, ".change.svg", lambda path: self.export_change(path)),
            ],
            HISTORY_VIEW: [
                printing.add_exporter("history-png", self.tr("Count over Time as PNG…"), png, ".over-time.png", lambda path: self.export_history(path)),
                printing.add_exporter("history-svg", self.tr("Count over Time as SVG…"), svg, ".over-time.svg", lambda path: self.export_history(path)),
            ],
        }
        self._enable_exports()

    def _enable_exports(self) -> None:
        for name, actions in self._exports.items():
            for action in actions:
                action.setEnabled(self._pane.has_view(name))

    def _page_titles(self) -> tuple[str, str]:
        from electview.ui.chart_export import chart_subtitle, chart_title

        dataset, result = self._document.dataset, self._document.tally
        return (chart_title(dataset, result), chart_subtitle(dataset, result)) if dataset is not None and result is not None else ("", "")

    def export_change(self, path: str) -> None:
        """The change chart under the election's title (both counts named in it), as SVG for .svg, else PNG."""
        from electview.core.atomic import write_bytes_atomic
        from electview.ui.chart_export import CHART_SIZE, titled_png, titled_svg

        write = titled_svg if path.lower().endswith(".svg") else titled_png
        write_bytes_atomic(path, write(CHART_SIZE, *self._page_titles(), self.change.paint_page))

    def export_history(self, path: str) -> None:
        """The count over time on white, titled, through pyqtgraph's exporter (plot_export), every version read first."""
        self.refresh_history()
        self.reader.wait()
        self.history.export(path, " · ".join(part for part in self._page_titles() if part))

    def _versions(self) -> int:
        history = self._live.history if self._live is not None else None
        return len(history) if history is not None else 0

    def _sync_history(self, *args) -> None:
        """The "Over time" view while the history has two versions or more, its lines built when it is shown."""
        present = self._versions() >= 2 and self._document.tally is not None
        if present and not self._pane.has_view(HISTORY_VIEW):
            tip = self.tr("Each candidate's share in every version of the count kept so far; click a point to replay that version")
            self._pane.add_view(HISTORY_VIEW, self.tr("Over time"), self.history, self.tr("Shares over the count"), tip=tip)
        elif not present and self._pane.has_view(HISTORY_VIEW):
            self._pane.take_view(HISTORY_VIEW)
            self._park(self.history)
            self.reader.clear()
        if present and self._pane.current() == HISTORY_VIEW:
            self.refresh_history()
        self._enable_exports()

    def refresh_history(self) -> None:
        """Ask for the series of the view's contest and place over every stored version (read on a worker)."""
        live, current = self._live, self._document.tally
        if live is None or live.history is None or current is None:
            return
        from electview.live.times import clock

        history = live.history
        labels = [self.tr("version {0}, seen {1}").format(i + 1, clock(s.seen_at)) for i, s in enumerate(history.snapshots)]
        self.reader.request(history, current, self._document.scope, labels)
        self.history.set_current(live.index)
        self.set_selected_candidates(self._selected)

    def _on_history_candidate(self, candidate_id: str) -> None:
        result = self._document.tally
        if result is not None:
            rows = [i for i, candidate in enumerate(result.candidates) if candidate.id == candidate_id]
            if rows:
                self.candidates_clicked.emit(rows)

    def sides(self) -> str:
        """"earlier: …" and "later: …" on two lines: the compared files, else the live feed's previous update and the version shown."""
        baseline = self._model.baseline
        if baseline is None:
            return ""
        absent = ""
        if self._comparison is not None and self._comparison.active:
            earlier, later = self._comparison.sides()
            absent = self._absent(self._comparison.comparison(), self._comparison.on_screen_is_later())
        else:
            earlier, later = baseline.label, self._live.shown_version() if self._live is not None else ""
        text = self.tr("earlier: {0}").format(earlier) + "\n" + self.tr("later: {0}").format(later or self.tr("the results on screen"))
        return text + ("\n" + absent if absent else "")

    def _absent(self, comparison, screen_is_later: bool) -> str:
        """The candidates of the other file that have no bar (none on screen to stand for them), with their share there:
        a candidate gone since the earlier count lost all of it, and the chart must not leave that unsaid."""
        if comparison is None:
            return ""
        if screen_is_later:
            rows, shares, text = np.flatnonzero(comparison.new_index < 0), comparison.old_share, self.tr("only in the earlier count: {0}")
        else:
            rows, shares, text = np.flatnonzero(comparison.old_index < 0), comparison.new_share, self.tr("only in the later count: {0}")
        if not len(rows):
            return ""
        named = "; ".join(f"{comparison.names[r]} ({format_percent(float(shares[r]))})" for r in rows[:ABSENT_NAMED])
        if len(rows) > ABSENT_NAMED:
            named += self.tr("; … and {0} more").format(len(rows) - ABSENT_NAMED)
        return text.format(named)

    def _sync_change(self, *args) -> None:
        """The Change view while the table has a change column; when it goes, the view shown before it comes back."""
        present = self._model.baseline is not None
        if present and not self._pane.has_view(CHANGE_VIEW):
            tip = self.tr("Points gained or lost per candidate since the earlier count, and seats where both counts have them")
            self._pane.add_view(CHANGE_VIEW, self.tr("Change"), self.change, self.tr("Change in points"), self._change_corner, tip=tip)
        elif not present and self._pane.has_view(CHANGE_VIEW):
            # Looked at again once the events in hand are done: opening another contest resets the model
            # (no change column) before the comparison gives it one again, and the view must not flicker away.
            self._leaving.start()
        self.change.set_sides(self.sides())
        seats = self.change.has_seats()
        self.change_measure.setVisible(seats)  # seats only where both counts allocate them
        if not seats:
            self.change_measure.setCurrentIndex(0)
        self._pane.set_view_label(CHANGE_VIEW, self.tr("Change"), self.tr("Change in seats") if self.change.by_seats else self.tr("Change in points"))
        self._enable_exports()

    def _on_change_measure(self, _index: int) -> None:
        self.change.set_by_seats(bool(self.change_measure.currentData()))
        self._sync_change()  # the title says which

    def _take_change(self) -> None:
        if self._model.baseline is None:
            self._pane.take_view(CHANGE_VIEW)
            self._park(self.change)
            self._park(self._change_corner)
            self._enable_exports()

    def _park(self, view: QWidget) -> None:
        """Keep a view out of the pane in the pane's window, hidden (the keyboard's pane order stays one window's)."""
        view.setParent(self._pane)
        view.hide()
