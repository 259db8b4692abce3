"""Contest → Electoral System…: how many are elected and by which method, when the file doesn't say.

The choice is the user's for the contest on screen and lasts while the same file is open
(reloads and new versions of it keep it); another file starts from what that file says.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from electview.core.model import MEASURE_METHOD, RUNOFF_METHOD, ElectoralSystem, ResultsDataset
from electview.core.outcomes import Rule, rule_for, rule_of
from electview.core.seats import Method
from electview.ui.text import plain_label

MOST_VOTES = ""  # the method combo's first entry: the most voted win, no party-list method
MAX_SEATS = 10_000  # more than any assembly has (India's Lok Sabha: 543; China's NPC: about 3,000)
MAX_EXPECTED_VOTES = 1e12  # a guard for the spin box, far above any electorate


class ElectoralSystemDialog(QDialog):
    """Seats, method and threshold for one contest, starting from its current rule."""

    def __init__(self, contest_name: str, rule: Rule, parent: QWidget | None = None, expected_votes: float | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Electoral System"))
        self.reset_requested = False
        self._start = rule
        self.seats = QSpinBox()
        self.seats.setRange(1, MAX_SEATS)
        self.seats.setValue(rule.seats)
        self.method = QComboBox()
        self.method.addItem(self.tr("Most votes win (one per seat)"), MOST_VOTES)
        for method in Method:
            self.method.addItem(method.label, method.value)
        self.method.addItem(self.tr("Majority (or the threshold), else a run-off between the top two"), RUNOFF_METHOD)
        self.method.addItem(self.tr("Yes/No question: passes with more than half (or the threshold)"), MEASURE_METHOD)
        current = {"runoff": RUNOFF_METHOD, "measure": MEASURE_METHOD}.get(rule.kind, rule.method.value if rule.method else MOST_VOTES)
        self.method.setCurrentIndex(self.method.findData(current))
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 99.99)
        self.threshold.setDecimals(2)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(rule.threshold)
        self.method.currentIndexChanged.connect(self._update_threshold)
        self._update_threshold()
        # The valid votes expected in all: bounds the votes still to come while the count is preliminary (the hurdle).
        self.expected = QDoubleSpinBox()
        self.expected.setRange(0.0, MAX_EXPECTED_VOTES)
        self.expected.setDecimals(0)
        self.expected.setGroupSeparatorShown(True)
        self.expected.setSpecialValueText(self.tr("not given"))
        self.expected.setValue(expected_votes or 0.0)
        self.expected.setToolTip(
            self.tr("While results are preliminary: the votes still to come are this figure minus the valid votes counted, "
                    "and the runner-up's hurdle is the share of them it would need to overtake.")
        )
        form = QFormLayout()
        form.addRow(self.tr("Seats to fill:"), self.seats)
        form.addRow(self.tr("Method:"), self.method)
        form.addRow(self.tr("Legal threshold (of valid votes):"), self.threshold)
        form.addRow(self.tr("Expected valid votes in all:"), self.expected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.reset_button = QPushButton(self.tr("Use the File's Rule"))
        self.reset_button.setEnabled(rule.source == "user")
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.reset_button.clicked.connect(self._reset)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(contest_name, word_wrap=True))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _update_threshold(self, *args) -> None:
        # A threshold is a party-list rule, or the share that wins outright in two rounds; with the most voted winning it means nothing.
        method = self.method.currentData()
        self.threshold.setEnabled(method != MOST_VOTES)
        runoff = method in (RUNOFF_METHOD, MEASURE_METHOD)  # one question: one winner, or yes or no
        if runoff:
            self.seats.setValue(1)  # two rounds elect one
            if self.threshold.value() == 0.0:
                self.threshold.setValue(50.0)
        self.seats.setEnabled(not runoff)

    def _reset(self) -> None:
        self.reset_requested = True
        self.accept()

    def system(self) -> ElectoralSystem | None:
        """The system chosen; None when the user asked for the file's own rule back."""
        if self.reset_requested:
            return None
        method = self.method.currentData()
        start = self._start
        if start.source != "user" and method == MOST_VOTES and start.method is None and self.seats.value() == start.seats:
            return None  # the file's rule as it was (e.g. only the expected votes given): not "chosen by the user"
        threshold = self.threshold.value() if method != MOST_VOTES else 0.0
        return ElectoralSystem(method, self.seats.value(), threshold, "user")

    def expected_votes(self) -> float | None:
        """The valid votes the user expects in all; None when not given (or the file's rule was asked back)."""
        value = self.expected.value()
        return None if self.reset_requested or value <= 0 else float(value)


def with_contest_system(dataset: ResultsDataset, index: int, system: ElectoralSystem | None) -> ResultsDataset:
    """``dataset`` with contest ``index`` decided by ``system`` (None: the most voted win, as the contest's seats say)."""
    contests = list(dataset.contests)
    contests[index] = replace(contests[index], system=system)
    return replace(dataset, contests=tuple(contests))


class ElectoralSystemController(QObject):
    """Contest → Electoral System…: asks, and keeps the user's choice on the contests of the open file."""

    def __init__(self, window: QMainWindow, document, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._chosen: dict[int, ElectoralSystem | None] = {}  # contest index → the user's system (None: the file's)
        self._expected: dict[int, float | None] = {}  # contest index → the valid votes the user expects in all
        self._file_systems: dict[int, ElectoralSystem | None] = {}  # what the file itself said, to go back to
        self._opening = document.state.opening
        self.action = QAction(self.tr("Electoral &System…"), window)
        self.action.setStatusTip(self.tr("Say how many are elected and by which method (D'Hondt, Sainte-Laguë, largest remainder)"))
        self.action.triggered.connect(self.ask)
        menu.addAction(self.action)
        document.dataset_changed.connect(self._on_dataset_changed)
        self._on_dataset_changed()

    def ask(self) -> None:
        contest = self._document.contest
        if contest is None:
            return
        result = self._document.tally
        rule = rule_for(result) if result is not None and result.contest.id == contest.id else rule_of(contest)
        dialog = ElectoralSystemDialog(contest.name, rule, self._window, contest.expected_votes)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_system(self._document.contest_index, dialog.system(), dialog.expected_votes())

    def set_system(self, index: int, system: ElectoralSystem | None, expected_votes: float | None = None) -> None:
        """Decide contest ``index`` by ``system`` (None: by what the file says), with the valid votes expected in all."""
        source = self._document.source_dataset
        if source is None:
            return
        self._file_systems.setdefault(index, source.contests[index].system)
        self._chosen[index] = system
        self._expected[index] = expected_votes
        self._apply(source)

    def _apply(self, source: ResultsDataset) -> None:
        dataset = source
        for index, system in self._chosen.items():
            if index < len(dataset.contests):
                wanted = system if system is not None else self._file_systems.get(index)
                if dataset.contests[index].system != wanted:
                    dataset = with_contest_system(dataset, index, wanted)
                expected = self._expected.get(index)
                if dataset.contests[index].expected_votes != expected:
                    contests = list(dataset.contests)
                    contests[index] = replace(contests[index], expected_votes=expected)
                    dataset = replace(dataset, contests=tuple(contests))
        if dataset is not source:
            self._document.set_dataset(dataset, self._document.path, keep_view=True)

    def _on_dataset_changed(self) -> None:
        state = self._document.state
        self.action.setEnabled(state.dataset is not None)
        if state.opening != self._opening:  # another file: its own rules, not the last file's choices
            self._opening = state.opening
            self._chosen.clear()
            self._expected.clear()
            self._file_systems.clear()
            return
        if self._chosen and state.source_dataset is not None:
            self._apply(state.source_dataset)  # a reload or a new version: the choice stays
