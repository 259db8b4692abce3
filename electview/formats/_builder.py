"""Accumulate units, candidates and counts while importing, then build a ResultsDataset that never double counts.

Importers add rows as they find them; :meth:`ContestBuilder.build` then keeps one counting
level on purpose: a unit whose sub-units also have counts is an aggregate (a county total
beside its precincts, a file-wide total beside its polling stations), so its rows are
dropped in favour of the sub-units and any disagreement becomes an import warning.
"""

from __future__ import annotations

import math
from dataclasses import replace
from collections.abc import Iterable, Mapping

import numpy as np

from electview.core.messages import QT_TRANSLATE_NOOP, Message
from electview.core.model import Candidate, Contest, CountTable, Names, UnitTable
from electview.formats.guard import MAX_UNIT_DEPTH

# Levels walked above a counted unit: a deeper or cyclic graph is refused by guard.check_dataset
# anyway, so walking further would only spend time on a file that won't load.
_LEVELS = MAX_UNIT_DEPTH + 1
# Disagreements listed one by one per contest; the rest are counted in one line.
MAX_DIFFERENCE_WARNINGS = 50


class UnitRegistry:
    """Reporting units by id, each with one parent, in the order first seen."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.names: list[str] = []
        self.kinds: list[str] = []
        self.parents: list[int] = []
        self.registered: list[float] = []
        self.ballots_cast: list[float] = []
        self.turnout_percent: list[float] = []
        self.names_in: list[Names] = []  # each unit's name in the languages the file gives
        self._index: dict[str, int] = {}
        self._table: UnitTable | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, unit_id: str) -> bool:
        return unit_id in self._index

    def add(self, unit_id: str, name: str = "", kind: str = "", parent: int = -1, names: Names | None = None) -> int:
        """The unit's index, adding it first if new (a later parent fills in a missing one)."""
        index = self._index.get(unit_id)
        if index is not None:
            if self.parents[index] < 0 <= parent and parent != index:
                self.parents[index] = parent
            return index
        self._table = None
        index = len(self.ids)
        self._index[unit_id] = index
        self.ids.append(unit_id)
        self.names.append((name or unit_id).strip())
        self.kinds.append(kind)
        self.parents.append(parent)
        self.registered.append(math.nan)
        self.ballots_cast.append(math.nan)
        self.turnout_percent.append(math.nan)
        self.names_in.append(names or Names())
        return index

    def index(self, unit_id: str) -> int:
        return self._index[unit_id]

    def get(self, unit_id: str) -> int | None:
        return self._index.get(unit_id)

    def set_turnout(self, index: int, registered: float | None = None, ballots_cast: float | None = None, percent: float | None = None) -> None:
        """A unit's figures as the file reports them; ``percent``: its reported turnout, kept so a drill-down says "as reported"."""
        self._table = None
        if registered is not None:
            self.registered[index] = registered
        if ballots_cast is not None:
            self.ballots_cast[index] = ballots_cast
        if percent is not None:
            self.turnout_percent[index] = percent

    def table(self) -> UnitTable:
        """One shared UnitTable for every contest (built once, so contests share the object)."""
        if self._table is None:
            table = UnitTable.from_lists(
                self.ids, self.names, self.kinds, self.parents, self.registered, self.ballots_cast, self.names_in
            )
            percent = np.asarray(self.turnout_percent, dtype=np.float64)
            self._table = replace(table, turnout_percent=percent) if not np.isnan(percent).all() else table
        return self._table


class ContestBuilder:
    """One contest's candidates, vote rows and non-candidate rows as an importer finds them."""

    def __init__(self, contest_id: str, name: str, seats: int = 1, names: Names | None = None) -> None:
        self.id = contest_id
        self.name = name
        self.names = names or Names()  # the contest's name in other languages
        self.seats = seats
        self.candidates: list[Candidate] = []
        self._candidate_index: dict[str, int] = {}
        self.other_kinds: list[str] = []
        self._votes: list[tuple[int, int, float]] = []
        self._other: list[tuple[int, int, float]] = []
        self._shares: list[tuple[int, int, float]] = []
        self._declared: dict[int, bool] = {}  # candidate column -> the file declares them elected (or not)
        self.units_reporting: int | None = None
        self.units_total: int | None = None

    def candidate(
        self,
        key: str,
        name: str,
        party: str = "",
        colour: str = "",
        description: str = "",
        names: Names | None = None,
        party_names: Names | None = None,
    ) -> int:
        """The candidate's column, adding it the first time ``key`` is seen (``names``: in other languages)."""
        index = self._candidate_index.get(key)
        if index is None:
            index = len(self.candidates)
            self._candidate_index[key] = index
            self.candidates.append(
                Candidate(
                    id=key,
                    name=name.strip() or key,
                    party=party.strip(),
                    colour=colour,
                    description=description,
                    names=names or Names(),
                    party_names=party_names or Names(),
                )
            )
        return index

    def has_candidate(self, key: str) -> bool:
        return key in self._candidate_index

    def vote(self, unit: int, candidate: int, value: float | None) -> None:
        if value is not None:
            self._votes.append((unit, candidate, float(value)))

    def share(self, unit: int, candidate: int, percent: float | None) -> None:
        """A share the source reported (percent), kept apart from the shares electview computes."""
        if percent is not None:
            self._shares.append((unit, candidate, float(percent)))

    def declare(self, candidate: int, elected: bool) -> None:
        """The file says whether ``candidate`` was elected; "elected" on any of their rows wins over "not"."""
        self._declared[candidate] = self._declared.get(candidate, False) or elected

    def other(self, unit: int, kind: str, value: float | None) -> None:
        if value is None:
            return
        if kind not in self.other_kinds:
            self.other_kinds.append(kind)
        self._other.append((unit, self.other_kinds.index(kind), float(value)))

    @property
    def has_counts(self) -> bool:
        return bool(self._votes)

    def build(self, units: UnitTable, warnings: list[Message]) -> Contest:
        """The contest at one counting level; aggregates that disagree with their parts are reported."""
        votes = _one_level(_table(self._votes), units, self.candidates, self.name, warnings)
        other = _one_level(_table(self._other), units, None, self.name, warnings)
        return Contest(
            id=self.id,
            name=self.name,
            candidates=tuple(self.candidates),
            units=units,
            votes=votes,
            shares=_table(self._shares),
            other_kinds=tuple(self.other_kinds),
            other_counts=other,
            seats=max(1, int(self.seats or 1)),
            units_reporting=self.units_reporting,
            units_total=self.units_total,
            names=self.names,
            declared_elected=self._declared_array(),
        )

    def _declared_array(self) -> np.ndarray | None:
        if not any(self._declared.values()):
            return None  # "not elected" for everyone declares nothing (a pre-count file, a column of N)
        declared = np.full(len(self.candidates), np.nan)
        for column, elected in self._declared.items():
            declared[column] = 1.0 if elected else 0.0
        return declared


def _table(rows: list[tuple[int, int, float]]) -> CountTable:
    if not rows:
        return CountTable.empty()
    array = np.asarray(rows, dtype=np.float64)
    return CountTable(array[:, 0].astype(np.int32), array[:, 1].astype(np.int32), array[:, 2])


def _ancestors_of(units: UnitTable, counted: np.ndarray) -> np.ndarray:
    """Mask of units that are a strict ancestor of some counted unit."""
    mask = np.zeros(len(units), dtype=bool)
    level = units.parents[counted]
    for _ in range(_LEVELS):
        level = level[level >= 0]
        if not len(level):
            break
        mask[level] = True
        level = units.parents[level]
    return mask


def _one_level(table: CountTable, units: UnitTable, candidates, contest_name: str, warnings: list[Message]) -> CountTable:
    """Drop rows of units whose sub-units also have rows, warning where the two disagree.

    One pass per level over all rows (not one per aggregate unit), so a file of thousands of
    units that each report beside their own sub-unit stays linear.
    """
    if not len(table):
        return table
    counted = np.unique(table.unit)
    aggregate = _ancestors_of(units, counted)
    dropped = aggregate[table.unit]
    if not dropped.any():
        return table
    # A unit's own row goes only where its sub-units count the same column: a county's "0" for a
    # write-in its precincts don't list is the only figure for it, and a reported zero is not
    # "not reported".
    width = int(table.column.max()) + 1
    below = ~dropped
    ancestor, column = units.parents[table.unit[below]].astype(np.int64), table.column[below].astype(np.int64)
    covered_keys = []
    for _ in range(_LEVELS):
        live = ancestor >= 0
        ancestor, column = ancestor[live], column[live]
        if not len(ancestor):
            break
        covered_keys.append(ancestor * width + column)
        ancestor = units.parents[ancestor].astype(np.int64)
    covered = np.unique(np.concatenate(covered_keys)) if covered_keys else np.empty(0, np.int64)
    dropped &= np.isin(table.unit.astype(np.int64) * width + table.column, covered)
    if not dropped.any():
        return table
    kept_unit, kept_column, kept_value = table.unit[~dropped], table.column[~dropped], table.value[~dropped]
    # (aggregate unit, column) keys: what the unit reports itself, and what each kept row adds to
    # every aggregate unit above it.
    own_keys = table.unit[dropped].astype(np.int64) * width + table.column[dropped]
    reports_itself = np.zeros(len(units), dtype=bool)
    reports_itself[table.unit[dropped]] = True
    part_keys, part_values = [], []
    ancestor, rows = units.parents[kept_unit].astype(np.int64), np.arange(len(kept_unit))
    for _ in range(_LEVELS):
        live = ancestor >= 0
        ancestor, rows = ancestor[live], rows[live]
        if not len(rows):
            break
        counts_here = reports_itself[ancestor]
        part_keys.append(ancestor[counts_here] * width + kept_column[rows[counts_here]])
        part_values.append(kept_value[rows[counts_here]])
        ancestor = units.parents[ancestor].astype(np.int64)
    part_keys_all = np.concatenate(part_keys) if part_keys else np.empty(0, np.int64)
    keys, inverse = np.unique(np.concatenate([own_keys, part_keys_all]), return_inverse=True)
    reported = np.bincount(inverse[: len(own_keys)], weights=table.value[dropped], minlength=len(keys))
    parts = np.bincount(inverse[len(own_keys) :], weights=np.concatenate(part_values) if part_values else None, minlength=len(keys))
    differ = keys[np.abs(reported - parts) > 1e-6]
    for key in differ[:MAX_DIFFERENCE_WARNINGS]:
        unit, column = divmod(int(key), width)
        what = candidates[column].name if candidates is not None else Message(QT_TRANSLATE_NOOP("import", "a non-candidate count"))
        index = np.searchsorted(keys, key)
        warnings.append(
            Message(
                QT_TRANSLATE_NOOP("import", "{contest}: {unit} reports {reported} for {what} but its sub-units add up to {parts}; the sub-units are used."),
                contest=contest_name, unit=units.names[unit], reported=reported[index], what=what, parts=parts[index],
            )
        )  # fmt: skip
    if len(differ) > MAX_DIFFERENCE_WARNINGS:
        warnings.append(
            Message(
                QT_TRANSLATE_NOOP("import", "{contest}: {count} more units disagree with their sub-units; the sub-units are used."),
                contest=contest_name, count=len(differ) - MAX_DIFFERENCE_WARNINGS,
            )
        )  # fmt: skip
    return CountTable(kept_unit, kept_column, kept_value)


def unique_contest_names(contests: list[ContestBuilder], hints: Mapping[str, Iterable[str]]) -> None:
    """Give contests that share a name a distinguishing suffix: the first hint that tells them apart, else the id."""
    by_name: dict[str, list[ContestBuilder]] = {}
    for contest in contests:
        by_name.setdefault(contest.name.casefold(), []).append(contest)
    for same in by_name.values():
        if len(same) < 2:
            continue
        suffixes = [contest.id for contest in same]
        options = [list(hints.get(contest.id, ())) for contest in same]
        for level in range(max(len(o) for o in options)):
            tried = [o[level] if level < len(o) else "" for o in options]
            if all(tried) and len(set(tried)) == len(tried):
                suffixes = tried
                break
        for contest, suffix in zip(same, suffixes, strict=True):
            contest.name = f"{contest.name} ({suffix})"
            contest.names = Names({tag: f"{name} ({suffix})" for tag, name in contest.names.items()})

