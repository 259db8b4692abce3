"""The open results document: the dataset, which contest and which place are in view.

Every view reads from here, so a reload, a contest chosen or a region picked shows in the
table, the pie, the header and the commentary at once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from electview.core import i18n
from electview.core.audit import Finding, audit
from electview.core.languages import localised
from electview.core.model import Contest, ResultsDataset
from electview.core.tally import ContestTally, tally
from electview.formats import load_file


@dataclass(frozen=True)
class PreparedDataset:
    """A dataset readied for the screen off the GUI thread: in the interface language, party colours worked out."""

    source: ResultsDataset
    shown: ResultsDataset
    language: str


def prepare(dataset: ResultsDataset) -> PreparedDataset:
    """What :meth:`ResultsDocument.set_dataset` would do to ``dataset`` that needs no Qt (for a worker thread).

    Localising a national file's thousands of candidates and colouring its parties takes
    tens of milliseconds: done in the loading thread, the window's update stays short.
    """
    language = i18n.language()
    shown = localised(dataset, language)
    shown.party_colours  # noqa: B018 — a cached property: worked out here, read on the GUI thread
    return PreparedDataset(dataset, shown, language)


class ResultsDocument(QObject):
    """The dataset on screen and the current contest and scope.

    ``dataset`` reads in the interface language (names a file gives in several languages,
    see core.languages); ``source_dataset`` is the file's own.

    Signals:
        dataset_changed: a dataset was opened, reloaded or closed.
        view_changed: the contest or the scope (reporting unit) changed; the tally is new.
    """

    dataset_changed = Signal()
    view_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dataset: ResultsDataset | None = None
        self._source_dataset: ResultsDataset | None = None
        self._path = ""
        self._contest_index = 0
        self._scope: int | None = None
        self._tally: ContestTally | None = None
        self._party_colours: dict[str, str] | None = None  # the dataset's, worked out on first use

    # reading
    @property
    def dataset(self) -> ResultsDataset | None:
        return self._dataset

    @property
    def source_dataset(self) -> ResultsDataset | None:
        """The dataset as the file gave it, before names were put in the interface language."""
        return self._source_dataset

    @property
    def path(self) -> str:
        return self._path

    @property
    def contest_index(self) -> int:
        return self._contest_index

    @property
    def contest(self) -> Contest | None:
        return self._dataset.contests[self._contest_index] if self._dataset else None

    @property
    def scope(self) -> int | None:
        return self._scope

    @property
    def tally(self) -> ContestTally | None:
        return self._tally

    def findings(self) -> list[Finding]:
        if self._dataset is None or self._tally is None:
            return []
        return audit(self._dataset, [self._tally])

    # changing
    def open(self, path: str) -> None:
        """Load ``path``; on LoadError nothing changes (the data on screen stays)."""
        dataset = load_file(path)
        self.set_dataset(dataset, os.path.abspath(path))

    def reload(self) -> None:
        if self._path:
            dataset = load_file(self._path)
            self.set_dataset(dataset, self._path, keep_view=True)

    def set_dataset(
        self, dataset: ResultsDataset | None, path: str = "", keep_view: bool = False, prepared: PreparedDataset | None = None
    ) -> None:
        """Show ``dataset``; ``prepared`` (from :func:`prepare` on a worker thread) saves localising it here."""
        previous_contest = self.contest.name if (keep_view and self.contest) else None
        previous_scope = self._scope_id() if keep_view else None
        self._source_dataset = dataset
        if prepared is not None and prepared.source is dataset and prepared.language == i18n.language():
            self._dataset = prepared.shown
        else:
            self._dataset = localised(dataset, i18n.language()) if dataset is not None else None
        self._party_colours = None
        self._path = path
        self._contest_index = 0
        self._scope = None
        if dataset is not None and previous_contest is not None:
            names = [c.name for c in self._dataset.contests]
            if previous_contest in names:
                self._contest_index = names.index(previous_contest)
            if previous_scope is not None:
                try:
                    self._scope = self.contest.units.index_of(previous_scope)
                except KeyError:
                    self._scope = None
        self._recompute()
        self.dataset_changed.emit()
        self.view_changed.emit()

    def close(self) -> None:
        self.set_dataset(None)

    def set_contest(self, index: int) -> None:
        if self._dataset is None or not 0 <= index < len(self._dataset.contests) or index == self._contest_index:
            return
        self._contest_index = index
        self._scope = None
        self._recompute()
        self.view_changed.emit()

    def set_scope(self, unit_index: int | None) -> None:
        """Scope to a reporting unit; the single top unit means the whole contest (None)."""
        contest = self.contest
        if contest is not None and unit_index is not None and contest.units.parents[unit_index] < 0:
            if len(contest.units.roots()) == 1:
                unit_index = None
        if unit_index == self._scope or self._dataset is None:
            return
        self._scope = unit_index
        self._recompute()
        self.view_changed.emit()

    def scope_name(self) -> str:
        contest = self.contest
        if contest is None or self._scope is None:
            return ""
        return str(contest.units.names[self._scope])

    def _scope_id(self) -> str | None:
        contest = self.contest
        if contest is None or self._scope is None:
            return None
        return str(contest.units.ids[self._scope])

    def _recompute(self) -> None:
        contest = self.contest
        if contest is None:
            self._tally = None
            return
        if self._party_colours is None:
            # Worked out over every contest's candidates: once per dataset, not per drill-down
            # (the same dict each time also lets tally() reuse the candidates' colours).
            self._party_colours = self._dataset.party_colours
        self._tally = tally(contest, self._scope, self._dataset.turnout, self._party_colours)
