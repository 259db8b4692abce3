"""The majority gauge in the window: the threshold line on the pie and the outcome statement beside it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QLabel, QMainWindow, QMenu

from electview.core.majority import Base, MajorityGauge, Statement, majority_gauge, outcome_statement, statement_lines
from electview.core.outcomes import rule_for
from electview.ui.document import ResultsDocument
from electview.ui.pie_chart import PieChart
from electview.ui.settings import Settings


class MajorityController(QObject):
    """Keeps the pie's threshold line and the gauge label in step with the document and the settings."""

    threshold_changed = Signal(float)

    def __init__(
        self,
        window: QMainWindow,
        document: ResultsDocument,
        pie: PieChart,
        label: QLabel,
        settings: Settings,
        menu: QMenu,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._pie = pie
        self._label = label
        self._settings = settings
        self.gauge: MajorityGauge | None = None
        self.statement: Statement | None = None
        self.threshold_action = QAction(self.tr("Majority &Threshold…"), window)
        self.threshold_action.setStatusTip(self.tr("Set the share a candidate needs to win outright"))
        self.base_actions: dict[Base, QAction] = {}
        group = QActionGroup(self)
        base_menu = QMenu(self.tr("Threshold &Base"), window)
        for base, text in ((Base.VALID_VOTES, self.tr("Share of &Valid Votes")), (Base.BALLOTS_CAST, self.tr("Share of &Ballots Cast"))):
            action = QAction(text, window)
            action.setCheckable(True)
            action.setChecked(settings.majority_base() == base.value)
            action.triggered.connect(lambda _checked=False, b=base: self.set_base(b))
            group.addAction(action)
            base_menu.addAction(action)
            self.base_actions[base] = action
        self.base_menu = base_menu
        menu.addAction(self.threshold_action)
        menu.addMenu(base_menu)
        self.threshold_action.triggered.connect(self.ask_threshold)
        document.view_changed.connect(self.refresh)
        self.refresh()

    @property
    def threshold(self) -> float:
        return self._settings.majority_threshold()

    @property
    def base(self) -> Base:
        return Base(self._settings.majority_base())

    def ask_threshold(self) -> None:
        value, ok = QInputDialog.getDouble(
            self._window,
            self.tr("Majority Threshold"),
            self.tr("Share needed to win outright (%):"),
            self.threshold,
            0.01,
            99.99,
            2,
        )
        if ok:
            self.set_threshold(value)

    def set_threshold(self, value: float) -> None:
        self._settings.set_majority_threshold(value)
        self.refresh()
        self.threshold_changed.emit(self.threshold)

    def set_base(self, base: Base) -> None:
        self._settings.set_majority_base(base.value)
        self.base_actions[base].setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        result = self._document.tally
        if result is None:
            self.gauge = None
            self.statement = None
            self._pie.item.set_threshold(None)
            self._label.setText("")
            self._label.setToolTip("")
            return
        dataset = self._document.dataset
        final = dataset is not None and dataset.election.status.is_final
        rule = rule_for(result)
        # The outcome under the contest's rule (core.majority): the same sentence as the summary and the report.
        self.statement = outcome_statement(result, final, self.threshold, self.base)
        lines = statement_lines(result, final, self.threshold, self.base, with_rule=False)
        chosen = [self.tr("Rule: {0}.").format(rule.describe())] if rule.source == "user" else []
        if rule.kind != "plurality":
            # Several winners or party-list seats: a share against one threshold judges nothing, so no line on the pie.
            self.gauge = None
            self._pie.item.set_threshold(None)
            # The statement first: a short window drops the last lines (the seats of every party), never it.
            rest = [line for line in lines if line != self.statement.sentence]
            self._label.setText("\n".join([self.statement.sentence, *chosen, *rest]))
            self._label.setToolTip(self.statement.tooltip)
            return
        self.gauge = majority_gauge(result, self.threshold, self.base, final)
        self._pie.item.set_threshold(self._pie_fraction(result))
        line = self.tr("Dashed line: {0}% of {1}.").format(f"{self.threshold:g}", self.base.label)
        if rule.source == "default":  # said as an assumption; a party-list vote needs its seats and method
            line = self.tr("One winner by most votes is assumed: the file doesn't say how many are elected (Contest → Electoral System… to change it).") + "\n" + line
        # One winner: lines are the statement's; its parts let a short window keep who leads whole.
        shown = self.statement.short_lines if lines == self.statement.lines else lines
        self._label.setText("\n".join([*chosen, *shown, line]))  # a label's accessible name is its text
        self._label.setToolTip(self.statement.tooltip)

    def _pie_fraction(self, result) -> float | None:
        """Where the threshold falls on the pie, whose slices add up to the candidates' shares."""
        gauge = self.gauge
        pie_total = sum(piece.value for piece in self._pie.slices)
        if gauge is None or gauge.base_total is None or not pie_total or not result.total_valid.known:
            return None
        threshold_in_shares = gauge.threshold * gauge.base_total / result.total_valid.value
        return min(1.0, threshold_in_shares / pie_total)
