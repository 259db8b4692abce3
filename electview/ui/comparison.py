"""File → Compare With…: the results the open document is compared with, the change column, candidate matching."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from electview.core import i18n
from electview.core.chronology import is_earlier
from electview.core.errors import LoadError
from electview.core.languages import localised
from electview.core.majority import DEFAULT_THRESHOLD
from electview.core.model import ResultsDataset, Status
from electview.core.tally import tally_same_place
from electview.formats import file_filters, load_file
from electview.ui import errors
from electview.ui.actions import make_action
from electview.ui.document import ResultsDocument
from electview.ui.text import plain_label

if TYPE_CHECKING:  # the matching code (difflib, transliteration) loads with the first comparison, not at start-up
    from electview.core import change_column, compare


class ComparisonSource(QObject):
    """The earlier results and the candidate mapping; the comparison follows the document's view.

    Signals:
        changed: a file was chosen, the mapping edited, or comparing stopped.
    """

    changed = Signal()

    def __init__(self, document: ResultsDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._old: ResultsDataset | None = None
        self._path = ""
        self._mapping: dict[str, str | None] = {}
        self._threshold = DEFAULT_THRESHOLD
        self._opening = document.state.opening  # which opened file the comparison was chosen for
        self._carried = False  # kept through the opening of another file of the same election
        self._swapped = False  # the user said the order by date and status is the wrong way round
        document.dataset_changed.connect(self._on_document_changed)

    @property
    def threshold(self) -> float:
        """The majority threshold (percent) crossings are judged against: the window's, View → Majority Threshold."""
        return self._threshold

    def set_threshold(self, value: float) -> None:
        if value != self._threshold:
            self._threshold = value
            if self._old is not None:
                self.changed.emit()

    @property
    def active(self) -> bool:
        return self._old is not None

    @property
    def path(self) -> str:
        return self._path

    @property
    def dataset(self) -> ResultsDataset | None:
        """The earlier results compared with, or None when not comparing."""
        return self._old

    @property
    def mapping(self) -> dict[str, str | None]:
        return dict(self._mapping)

    @property
    def carried(self) -> bool:
        """The comparison was chosen for a file opened before the one on screen (the same election)."""
        return self._carried

    def open(self, path: str) -> None:
        """Compare with the results in ``path``; on LoadError nothing changes."""
        dataset = localised(load_file(path), i18n.language())  # named as the results on screen are
        self._old, self._path, self._mapping = dataset, os.path.abspath(path), {}
        self._opening, self._carried, self._swapped = self._document.state.opening, False, False
        self.changed.emit()

    def clear(self) -> None:
        if self._old is not None:
            self._old, self._path, self._mapping, self._carried, self._swapped = None, "", {}, False, False
            self.changed.emit()

    def on_screen_is_later(self) -> bool:
        """Whether the results on screen came after the compared ones (by date, then status, then announcement).

        When the files don't say, the compared file is taken as the earlier (File → Compare With…
        offers "earlier results"); the user can swap either way.
        """
        current = self._document.dataset
        order = None if self._old is None or current is None else is_earlier(self._old.election, current.election)
        return (order is not False) != self._swapped

    def swap(self) -> None:
        """Take the other file as the earlier one (the mapping, made the other way round, starts again)."""
        if self._old is not None:
            self._swapped, self._mapping = not self._swapped, {}
            self.changed.emit()

    def _on_document_changed(self) -> None:
        """Another file opened: the comparison stays only if it still applies to it, and then says so.

        A reload or a new version of the same file keeps it as it is.
        """
        state = self._document.state
        if state.opening == self._opening:
            return
        self._opening = state.opening
        if self._old is None:
            return
        if state.dataset is not None and self._applies_to(state.dataset, state.path):
            self._carried = True
            self.changed.emit()
        else:
            self.clear()

    def _applies_to(self, dataset: ResultsDataset, path: str) -> bool:
        """Whether the compared results are another version of ``dataset``'s election (not the file itself)."""
        old, new = self._old.election if self._old else None, dataset.election
        if old is None or os.path.abspath(path) == self._path:
            return False
        same_race = bool(old.country and old.office) and (old.country.casefold(), old.office.casefold()) == (
            new.country.casefold(),
            new.office.casefold(),
        )
        return same_race or (bool(old.title) and old.title.casefold() == new.title.casefold())

    def set_mapping(self, mapping: dict[str, str | None]) -> None:
        self._mapping = dict(mapping)
        self.changed.emit()

    def label(self) -> str:
        """"the preliminary results (kazakhstan-….json)": how the change column names its baseline."""
        if self._old is None:
            return ""
        return self.tr("{0} ({1})").format(self._kind(self._old.election.status), os.path.basename(self._path))

    def _kind(self, status: Status) -> str:
        kinds = {
            Status.PRELIMINARY: self.tr("the preliminary results"),
            Status.UNOFFICIAL: self.tr("the unofficial results"),
            Status.FINAL: self.tr("the final results"),
            Status.CERTIFIED: self.tr("the certified results"),
        }
        return kinds.get(status, self.tr("the compared results"))

    def _describe(self, dataset: ResultsDataset, path: str) -> str:
        """"the preliminary results (kazakhstan-….json, 2019-06-10, briefing)": a side, its file and time."""
        election = dataset.election
        when = election.source.announced_at or election.date
        details = ", ".join(part for part in (os.path.basename(path), when) if part)
        return self.tr("{0} ({1})").format(self._kind(election.status), details)

    def sides(self) -> tuple[str, str]:
        """The earlier and the later results, each as "the preliminary results (….json, 2019-06-10, briefing)"."""
        current = self._document.dataset
        if self._old is None or current is None:
            return "", ""
        compared, on_screen = self._describe(self._old, self._path), self._describe(current, self._document.path)
        return (compared, on_screen) if self.on_screen_is_later() else (on_screen, compared)

    def order_text(self) -> str:
        """"earlier: the preliminary results (…) → later: the final results (…)": what the change runs from and to."""
        earlier, later = self.sides()
        return self.tr("earlier: {0} → later: {1}").format(earlier, later) if earlier else ""

    def comparison(self) -> compare.Comparison | None:
        """The comparison for the contest and place in view (the same place in the old file if it has it)."""
        current = self._document.tally
        if self._old is None or current is None:
            return None
        try:
            old_contest = self._old.contest(current.contest.name)
        except KeyError:
            old_contest = self._old.contests[0] if self._old.contests else None
        if old_contest is None:
            return None
        old = tally_same_place(self._old, old_contest, current)
        if old is None:
            return None
        from electview.core import compare

        if self.on_screen_is_later():
            return compare.compare_tallies(old, current, self._mapping, self._threshold)
        return compare.compare_tallies(current, old, self._mapping, self._threshold)  # from the screen's to the later

    def baseline(self) -> change_column.Baseline | None:
        comparison = self.comparison()
        if comparison is None:
            return None
        from electview.core import change_column

        if self.on_screen_is_later():
            return change_column.baseline_from_comparison(comparison, self.label())
        return change_column.baseline_from_comparison(comparison, self.label(), on_screen="old")


class MatchCandidatesDialog(QDialog):
    """For each earlier candidate, the later candidate they are (or none): the editable mapping."""

    def __init__(self, comparison: compare.Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Match Candidates"))
        self.setAccessibleName(self.tr("Match candidates"))
        self._old = comparison.old.candidates
        self._new = comparison.new.candidates
        current = {int(o): int(n) for o, n in zip(comparison.old_index, comparison.new_index, strict=True) if o >= 0}
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr("electview matched these by name (in any spelling) and party. Correct what it got wrong."),
                word_wrap=True,
            )
        )
        form = QFormLayout()
        self.pickers: list[QComboBox] = []
        for index, candidate in enumerate(self._old):
            picker = QComboBox()
            picker.addItem(self.tr("(not in the new results)"), -1)
            for new_index, new_candidate in enumerate(self._new):
                picker.addItem(new_candidate.name, new_index)
            picker.setCurrentIndex(picker.findData(current.get(index, -1)))
            picker.setAccessibleName(self.tr("New name for {0}").format(candidate.name))
            label = plain_label(candidate.name)
            label.setBuddy(picker)
            form.addRow(label, picker)
            self.pickers.append(picker)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str | None]:
        """Every earlier candidate by id → the chosen later candidate's id, or None."""
        chosen = {}
        for candidate, picker in zip(self._old, self.pickers, strict=True):
            new_index = picker.currentData()
            chosen[candidate.id] = self._new[new_index].id if new_index >= 0 else None
        return chosen

    @classmethod
    def ask(cls, comparison: compare.Comparison, parent: QWidget | None = None) -> dict[str, str | None] | None:
        """The mapping the user chose, or None when cancelled (tests replace this)."""
        dialog = cls(comparison, parent)
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ComparisonController(QObject):
    """Adds Compare With…, Match Candidates… and Stop Comparing to a main window and keeps the change column true."""

    def __init__(self, window: QMainWindow, document: ResultsDocument, model, file_menu, before_action) -> None:
        super().__init__(window)
        self._window = window
        self._model = model
        self.source = ComparisonSource(document, self)
        self.compare_action = make_action(window, self.tr("Compare &With…"), "Ctrl+Shift+O", self.tr("Compare with earlier results"))
        self.match_action = make_action(window, self.tr("&Match Candidates…"), None, self.tr("Correct how candidates are matched"))
        self.stop_action = make_action(window, self.tr("&Stop Comparing"), None, self.tr("Hide the change column"))
        self.swap_action = make_action(window, self.tr("S&wap Earlier and Later"), None, self.tr("Take the other file as the earlier one"))
        for action in (self.compare_action, self.match_action, self.swap_action, self.stop_action):
            file_menu.insertAction(before_action, action)
        file_menu.insertSeparator(before_action)
        self.status_label = plain_label()
        self.status_label.setAccessibleDescription(self.tr("Comparison"))
        window.statusBar().addWidget(self.status_label)
        self.compare_action.triggered.connect(self.choose_and_compare)
        self.match_action.triggered.connect(self.edit_matches)
        self.stop_action.triggered.connect(self.source.clear)
        self.swap_action.triggered.connect(self.source.swap)
        self.source.changed.connect(self.refresh)
        document.view_changed.connect(self.refresh)
        self.refresh()

    def choose_and_compare(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Compare with results file"), "", ";;".join(file_filters())
        )
        if path:
            self.compare_with(path)

    def compare_with(self, path: str) -> bool:
        try:
            self.source.open(path)
        except LoadError as error:
            errors.show_error(self._window, self.tr("Could not compare"), f"{error.message}.")
            return False
        return True

    def edit_matches(self) -> None:
        comparison = self.source.comparison()
        if comparison is None:
            return
        mapping = MatchCandidatesDialog.ask(comparison, self._window)
        if mapping is not None:
            self.source.set_mapping(mapping)

    def refresh(self) -> None:
        """Put the change column in step with the tally in view (call after the model has it)."""
        baseline = self.source.baseline()
        self._model.set_baseline(baseline)
        self.match_action.setEnabled(baseline is not None)
        self.stop_action.setEnabled(self.source.active)
        self.swap_action.setEnabled(baseline is not None)
        if self.source.active and baseline is None:
            self.status_label.setText(self.tr("Comparing with {0}: not available for this place").format(self.source.label()))
        elif baseline is not None and self.source.carried:
            self.status_label.setText(
                self.tr("Still comparing with {0}, chosen for the file opened before (the same election)").format(
                    self.source.label()
                )
            )
        elif baseline is not None:
            self.status_label.setText(self.tr("Comparing {0}").format(self.source.order_text()))
        else:
            self.status_label.setText("")
