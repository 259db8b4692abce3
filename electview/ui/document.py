"""The open results document: the dataset, which contest and which place are in view.

Every view reads from here, so a reload, a contest chosen or a region picked shows in the
table, the pie, the header and the commentary at once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

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


@dataclass(frozen=True)
class ViewState:
    """Everything the panes show, as one value: a change builds a whole new state, then swaps it in.

    Worked out completely before any pane hears of it, so a failure part-way leaves the
    previous state exactly as it was, and no pane reads half of one file and half of another.
    ``opening`` counts files opened (not reloads or new versions of the same file): what
    belongs to one file, such as a comparison, can tell that another file replaced it.
    """

    dataset: ResultsDataset | None = None
    source_dataset: ResultsDataset | None = None
    path: str = ""
    contest_index: int = 0
    scope: int | None = None
    tally: ContestTally | None = None
    party_colours: dict[str, str] | None = None
    opening: int = 0

    @property
    def contest(self) -> Contest | None:
        return self.dataset.contests[self.contest_index] if self.dataset else None

    def with_view(self, contest_index: int, scope: int | None) -> ViewState:
        """This state at another contest or place, its tally worked out (raises if that fails)."""
        moved = replace(self, contest_index=contest_index, scope=scope)
        contest = moved.contest
        if contest is None:
            return replace(moved, tally=None)
        colours = self.party_colours
        if colours is None:
            # Worked out over every contest's candidates: once per dataset, not per drill-down
            # (the same dict each time also lets tally() reuse the candidates' colours).
            colours = moved.dataset.party_colours
        return replace(moved, party_colours=colours, tally=tally(contest, scope, moved.dataset.turnout, colours))


def outside_contest(result: ContestTally) -> bool:
    """Whether no candidate of the contest stands in the tally's place (a county outside a district).

    A place inside that has not reported yet still has its candidates: it is shown, with dashes.
    """
    return result.on_ballot is not None and not bool(result.on_ballot.any())


class ViewRefused(Exception):
    """A contest or place that can't be shown; the state on screen is unchanged. ``str()`` says why, for the user."""


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
        self._state = ViewState()

    # reading
    @property
    def state(self) -> ViewState:
        """The whole view as one value (see :class:`ViewState`)."""
        return self._state

    @property
    def dataset(self) -> ResultsDataset | None:
        return self._state.dataset

    @property
    def source_dataset(self) -> ResultsDataset | None:
        """The dataset as the file gave it, before names were put in the interface language."""
        return self._state.source_dataset

    @property
    def path(self) -> str:
        return self._state.path

    @property
    def contest_index(self) -> int:
        return self._state.contest_index

    @property
    def contest(self) -> Contest | None:
        return self._state.contest

    @property
    def scope(self) -> int | None:
        return self._state.scope

    @property
    def tally(self) -> ContestTally | None:
        return self._state.tally

    def findings(self) -> list[Finding]:
        state = self._state
        if state.dataset is None or state.tally is None:
            return []
        return audit(state.dataset, [state.tally])

    # changing
    def open(self, path: str) -> None:
        """Load ``path``; on LoadError nothing changes (the data on screen stays)."""
        dataset = load_file(path)
        self.set_dataset(dataset, os.path.abspath(path))

    def reload(self) -> None:
        if path := self._state.path:
            self.set_dataset(load_file(path), path, keep_view=True)

    def set_dataset(
        self, dataset: ResultsDataset | None, path: str = "", keep_view: bool = False, prepared: PreparedDataset | None = None
    ) -> None:
        """Show ``dataset``; ``prepared`` (from :func:`prepare` on a worker thread) saves localising it here.

        ``keep_view``: the same file again (reload, a new version), so the contest and place stay
        and so does what belongs to the file; otherwise another file replaces this one whole.
        """
        old = self._state
        if prepared is not None and prepared.source is dataset and prepared.language == i18n.language():
            shown = prepared.shown
        else:
            shown = localised(dataset, i18n.language()) if dataset is not None else None
        state = ViewState(shown, dataset, path, opening=old.opening if keep_view else old.opening + 1)
        contest_index, scope = 0, None
        if shown is not None and keep_view and old.contest is not None:
            names = [c.name for c in shown.contests]
            if old.contest.name in names:
                contest_index = names.index(old.contest.name)
            previous_scope = self._scope_id()
            if previous_scope is not None:
                try:
                    scope = shown.contests[contest_index].units.index_of(previous_scope)
                except KeyError:
                    scope = None
        self._swap(state.with_view(contest_index, scope), dataset_changed=True)

    def _swap(self, state: ViewState, dataset_changed: bool = False) -> None:
        self._state = state
        if dataset_changed:
            self.dataset_changed.emit()
        self.view_changed.emit()

    def close(self) -> None:
        self.set_dataset(None)

    def set_contest(self, index: int) -> None:
        dataset = self._state.dataset
        if dataset is None or not 0 <= index < len(dataset.contests) or index == self._state.contest_index:
            return
        self._swap(self._state.with_view(index, None))

    def set_scope(self, unit_index: int | None) -> None:
        """Scope to a reporting unit; the single top unit means the whole contest (None).

        Raises :class:`ViewRefused` for a place where none of the contest's candidates stands
        (a county outside a district): the view stays as it was, rather than a table of dashes
        under that place's turnout.
        """
        contest = self.contest
        if contest is not None and unit_index is not None and contest.units.parents[unit_index] < 0:
            if len(contest.units.roots()) == 1:
                unit_index = None
        if unit_index == self._state.scope or self._state.dataset is None:
            return
        state = self._state.with_view(self._state.contest_index, unit_index)
        result = state.tally
        if result is not None and result.scope is not None and outside_contest(result):
            name = result.contest.name
            raise ViewRefused(
                self.tr("{0} is not on the ballot in {1}; still showing {2}.").format(
                    name, result.contest.units.names[result.scope], self.scope_name() or name
                )
            )
        self._swap(state)

    def scope_name(self) -> str:
        contest = self.contest
        if contest is None or self.scope is None:
            return ""
        return str(contest.units.names[self.scope])

    def _scope_id(self) -> str | None:
        contest = self.contest
        if contest is None or self.scope is None:
            return None
        return str(contest.units.ids[self.scope])
