"""Counting-level detail for one contest: every precinct's votes as flat arrays, with leader and margin.

A national booth-level file has about a million precincts. They are kept out of the
contest's :class:`~electview.core.model.UnitTable` (which drives the region → district
drill-down) and held here instead: names in one numpy string array, votes in compressed
rows (``offsets`` into ``column``/``value``), and every derived column worked out for all
precincts at once with numpy, never one Python object per precinct.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from electview.core.model import Contest, ResultsDataset


@dataclass(frozen=True)
class PrecinctTable:
    """Precinct *p* has votes ``value[offsets[p]:offsets[p+1]]`` for candidates ``column[…]``.

    ``district[p]`` is the index in the contest's units of the unit the precinct belongs to;
    ``registered[p]`` is NaN where the file gives no registered voters. Every precinct has
    at least one row. ``unit[p]``, where the precinct is itself one of the contest's units
    (a file counted by precinct, read by :func:`unit_precincts`), is that unit's index;
    ``ballots[p]`` the ballots cast there as reported (NaN: not given).
    """

    names: np.ndarray
    district: np.ndarray
    offsets: np.ndarray
    column: np.ndarray
    value: np.ndarray
    registered: np.ndarray
    candidates: int  # how many candidates the contest has
    unit: np.ndarray | None = None
    ballots: np.ndarray | None = None
    # Sort orders of the columns worked out from this table alone (TABLE_KINDS), filled by
    # PrecinctOrders and kept with the table's cache entry: (kind, -1, descending) -> order.
    orders: dict[tuple[str, int, bool], np.ndarray] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        count = len(self.names)
        if not (len(self.district) == len(self.registered) == count == len(self.offsets) - 1):
            raise ValueError("PrecinctTable columns differ in length")
        if any(extra is not None and len(extra) != count for extra in (self.unit, self.ballots)):
            raise ValueError("PrecinctTable columns differ in length")
        if len(self.column) != len(self.value) or (count and self.offsets[-1] != len(self.value)):
            raise ValueError("PrecinctTable offsets do not match the counts")

    def __len__(self) -> int:
        return len(self.names)

    @cached_property
    def row_precinct(self) -> np.ndarray:
        """For each count row, the precinct it belongs to."""
        return np.repeat(np.arange(len(self), dtype=np.int32), np.diff(self.offsets))

    @cached_property
    def totals(self) -> np.ndarray:
        """Candidate votes per precinct (NaN counts left out)."""
        if not len(self):
            return np.zeros(0)
        # np.where, not np.nan_to_num: that also looks for infinities, ten times slower on 15 M counts.
        return np.add.reduceat(np.where(np.isnan(self.value), 0.0, self.value), self.offsets[:-1])

    @cached_property
    def _top_two(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Leader's candidate index, leader's votes and runner-up's votes per precinct."""
        count = len(self)
        if not count:
            return np.zeros(0, np.int32), np.zeros(0), np.zeros(0)
        votes = np.where(np.isnan(self.value), -1.0, self.value)
        starts = self.offsets[:-1]
        best = np.maximum.reduceat(votes, starts)
        best_rows = np.flatnonzero(votes == np.repeat(best, np.diff(self.offsets)))
        # The first row holding the maximum is the leader (ties go to the earlier candidate);
        # rows are in precinct order, so a precinct's first is where the precinct number changes.
        best_precinct = self.row_precinct[best_rows]
        leader_rows = best_rows[np.flatnonzero(np.concatenate(([True], best_precinct[1:] != best_precinct[:-1])))]
        votes[leader_rows] = -1.0  # our own copy: now each precinct's maximum is the runner-up's
        second = np.maximum.reduceat(votes, starts)
        return self.column[leader_rows], np.where(best < 0, np.nan, best), np.where(second < 0, np.nan, second)

    @property
    def leader(self) -> np.ndarray:
        """Candidate index of each precinct's leader."""
        return self._top_two[0]

    @cached_property
    def margin(self) -> np.ndarray:
        """Leader's votes minus the runner-up's (the leader's votes when unopposed)."""
        _, best, second = self._top_two
        return best - np.nan_to_num(second)

    @cached_property
    def margin_share(self) -> np.ndarray:
        """The margin in percentage points of the precinct's votes."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.totals > 0, self.margin / self.totals * 100.0, np.nan)

    @property
    def place(self) -> np.ndarray:
        """The unit each precinct is inside for a drill-down: its own where it is one, else its district."""
        return self.district if self.unit is None else self.unit

    @cached_property
    def turnout_ballots(self) -> np.ndarray:
        """What each precinct's turnout counts: the ballots cast where reported, else the candidates' votes."""
        if self.ballots is None:
            return self.totals
        return np.where(np.isnan(self.ballots), self.totals, self.ballots)

    @cached_property
    def turnout(self) -> np.ndarray:
        """Derived: :attr:`turnout_ballots` as a percentage of registered voters, NaN where registered is unknown."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.registered > 0, self.turnout_ballots / self.registered * 100.0, np.nan)

    @property
    def has_registered(self) -> bool:
        """Whether any precinct has registered voters (else there is no turnout to show)."""
        return bool(np.any(self.registered > 0))

    @cached_property
    def name_rank(self) -> np.ndarray:
        """Each precinct's place in alphabetical order of names (sorting strings once, not per click)."""
        rank = np.empty(len(self), dtype=np.int64)
        rank[np.argsort(self.names, kind="stable")] = np.arange(len(self))
        return rank

    def derived(self) -> dict[str, np.ndarray]:
        """What opening the browser works out from the counts (the columns, the candidates by
        votes, the orders of TABLE_KINDS made so far), to be kept with them in a cache entry."""
        leader, best, second = self._top_two
        arrays = {
            "totals": self.totals,
            "leader": leader,
            "best": best,
            "second": second,
            "name_rank": self.name_rank,
            "candidates_by_votes": self._all_candidates,
        }
        for (kind, _, descending), order in self.orders.items():
            arrays[_order_name(kind, descending)] = order
        return arrays

    def restore(self, arrays: dict[str, np.ndarray]) -> None:
        """Take back what :meth:`derived` gave (from a cache entry of these very counts); ValueError if it doesn't fit."""
        count = len(self)
        per_precinct = ("totals", "leader", "best", "second", "name_rank")
        if any(len(arrays[name]) != count for name in per_precinct):
            raise ValueError("derived columns differ in length from the table")
        candidates = arrays["candidates_by_votes"]
        if len(candidates) and (candidates.min() < 0 or candidates.max() >= self.candidates):
            raise ValueError("candidates out of range")
        orders = {}
        for kind in TABLE_KINDS:
            for descending in (False, True):
                order = arrays.get(_order_name(kind, descending))
                if order is not None:
                    if len(order) != count or order.dtype.kind not in "iu":
                        raise ValueError(f"the order of {kind} does not fit the table")
                    orders[(kind, -1, descending)] = order
        # cached_property keeps its value in the instance's __dict__, which a frozen dataclass leaves writable.
        self.__dict__["totals"] = arrays["totals"]
        self.__dict__["_top_two"] = (arrays["leader"], arrays["best"], arrays["second"])
        self.__dict__["name_rank"] = arrays["name_rank"]
        self.__dict__["_all_candidates"] = candidates
        self.orders.update(orders)

    def candidate_votes(self, candidate: int, precincts: np.ndarray | None = None) -> np.ndarray:
        """One candidate's votes in every precinct (or in ``precincts``, ascending), NaN where they did not stand."""
        if precincts is None:
            dense = np.full(len(self), np.nan)
            rows = np.flatnonzero(self.column == candidate)
            dense[self.row_precinct[rows]] = self.value[rows]
            return dense
        rows = self._rows_of(precincts)
        rows = rows[self.column[rows] == candidate]
        votes = np.full(len(precincts), np.nan)
        votes[np.searchsorted(precincts, self.row_precinct[rows])] = self.value[rows]
        return votes

    def votes_at(self, precinct: int, candidate: int) -> float:
        """One cell, without building a whole column."""
        start, stop = self.offsets[precinct], self.offsets[precinct + 1]
        hits = np.flatnonzero(self.column[start:stop] == candidate)
        return float(self.value[start + hits[0]]) if len(hits) else np.nan

    def candidates_in(self, precincts: np.ndarray | None = None) -> np.ndarray:
        """Candidate indices that stood in the given precincts (all when None), by total votes."""
        if precincts is None:
            return self._all_candidates
        return self._by_votes(self._rows_of(np.asarray(precincts)))

    @cached_property
    def _all_candidates(self) -> np.ndarray:
        return self._by_votes(slice(None))

    def _rows_of(self, precincts: np.ndarray) -> np.ndarray:
        """The count rows of ``precincts``, gathered range by range (a scope's rows, not a pass over all)."""
        starts, lengths = self.offsets[precincts], np.diff(self.offsets)[precincts]
        before = np.cumsum(lengths) - lengths  # where each precinct's rows begin in the result
        return np.repeat(starts - before, lengths) + np.arange(int(lengths.sum()))

    def _by_votes(self, rows) -> np.ndarray:
        columns, values = self.column[rows], self.value[rows]
        sums = np.bincount(columns, weights=np.where(np.isnan(values), 0.0, values), minlength=self.candidates)
        stood = np.bincount(columns, minlength=self.candidates) > 0
        order = np.argsort(-sums, kind="stable")
        return order[stood[order]]


def unit_precincts(contest: Contest) -> PrecinctTable | None:
    """The contest's own lowest counted units below the top as precincts (None: counted only for the whole).

    For files counted by precinct, polling station or county (NIST, Clarity, EML,
    OpenElections, MEDSL…): the units with counts that have no counted unit below them,
    in the file's order, with their registered voters and ballots cast as reported.
    """
    units, votes = contest.units, contest.votes
    if not len(votes):
        return None
    counted = np.zeros(len(units), dtype=bool)
    counted[votes.unit] = True
    above = np.zeros(len(units), dtype=bool)  # a counted unit's ancestors: their counts are sums
    parent = units.parents[np.flatnonzero(counted)]
    for _ in range(len(units)):  # one level a pass; bounded, so a cycle in a bad file can't spin
        parent = parent[parent >= 0]
        if not len(parent):
            break
        above[parent] = True
        parent = units.parents[parent]
    lowest = counted & ~above & (units.parents >= 0)
    rows = np.flatnonzero(lowest[votes.unit])
    if not len(rows):
        return None
    rows = rows[np.argsort(votes.unit[rows], kind="stable")]
    unit = votes.unit[rows]
    own = np.unique(unit)
    offsets = np.searchsorted(unit, own, side="left")
    text = np.dtypes.StringDType()
    return PrecinctTable(
        names=np.asarray([str(name) for name in units.names[own]], dtype=text),
        district=np.asarray(units.parents[own], dtype=np.int64),
        offsets=np.append(offsets, len(rows)).astype(np.int64),
        column=np.asarray(votes.column[rows], dtype=np.int32),
        value=np.asarray(votes.value[rows], dtype=np.float64),
        registered=np.asarray(units.registered[own], dtype=np.float64),
        candidates=len(contest.candidates),
        unit=own.astype(np.int64),
        ballots=np.asarray(units.ballots_cast[own], dtype=np.float64),
    )


def dataset_precincts(dataset: ResultsDataset) -> dict[str, PrecinctTable]:
    """Per contest id, :func:`unit_precincts` of each contest counted below the top."""
    tables = {contest.id: unit_precincts(contest) for contest in dataset.contests}
    return {contest_id: table for contest_id, table in tables.items() if table is not None}


def counted_below_the_top(dataset: ResultsDataset) -> bool:
    """Whether any contest of ``dataset`` has counts for units below the top (something to browse)."""
    return any(
        len(contest.votes) and bool(np.any(contest.units.parents[contest.votes.unit] >= 0)) for contest in dataset.contests
    )


#: The columns every precinct has, by the name :class:`PrecinctOrders` knows them by.
FIXED_KINDS = ("region", "district", "station", "votes", "leader", "party", "margin", "margin_share", "turnout")
#: Those whose order follows from the table alone; the others rank names of the contest (units,
#: candidates, parties), which a translation may spell and so order differently.
TABLE_KINDS = ("station", "votes", "margin", "margin_share", "turnout")
DERIVED_NAMES = ("totals", "leader", "best", "second", "name_rank", "candidates_by_votes")


def _order_name(kind: str, descending: bool) -> str:
    return f"order_{kind}_{'down' if descending else 'up'}"


#: The names :meth:`PrecinctTable.derived` gives the orders of TABLE_KINDS.
ORDER_NAMES = tuple(_order_name(kind, descending) for kind in TABLE_KINDS for descending in (False, True))


def name_ranks(texts: list[str]) -> np.ndarray:
    """Alphabetical rank of each text (casefolded), for sorting by name with integer keys.

    In the narrowest unsigned type that holds them: numpy sorts keys of 16 bits or fewer
    stably by radix, in one linear pass (a million precincts by district: ~5 ms, not ~40).
    """
    order = sorted(range(len(texts)), key=lambda i: (texts[i].casefold(), texts[i]))
    ranks = np.empty(len(texts), dtype=np.min_scalar_type(max(len(texts) - 1, 0)))
    ranks[order] = np.arange(len(texts))
    return ranks


def ascending_order(key: np.ndarray) -> np.ndarray:
    """Positions that put ``key`` in ascending order: equal keys in position order, NaN last."""
    return np.argsort(key, kind="stable").astype(np.int32 if len(key) < 2**31 else np.int64)


def descending_order(key: np.ndarray, ascending: np.ndarray) -> np.ndarray:
    """``ascending`` (from :func:`ascending_order`, or any subset of it) turned descending.

    The same rules as a stable sort the other way: equal keys stay in position order and
    NaN stay last. Flipping costs a few linear passes where sorting again would cost a
    stable argsort of the whole column.
    """
    keys = key[ascending]
    known = len(keys) - (int(np.count_nonzero(np.isnan(keys))) if keys.dtype.kind == "f" else 0)
    flipped, keys = ascending[:known][::-1], keys[:known][::-1]
    if known > 1:
        starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1])))
        if len(starts) < known:  # some keys tie: put each run of ties back in position order
            ends = np.append(starts[1:], known)
            run = np.repeat(np.arange(len(starts)), ends - starts)
            flipped = flipped[starts[run] + ends[run] - 1 - np.arange(known)]
    return np.concatenate((flipped, ascending[known:]))


class PrecinctOrders:
    """Sort keys and orders of one contest's precincts, each worked out once and then reused.

    A column's ascending order is one stable argsort of the whole column (names by
    alphabetical rank), its descending order that one flipped; a scope takes the precincts
    inside it out of the order, so a click on a column header costs one linear pass, never
    a sort of a million keys.
    """

    #: Below this share of the precincts, a scope sorts its own keys instead of filtering a whole order.
    SMALL_SCOPE = 1 / 16

    def __init__(self, table: PrecinctTable, contest: Contest) -> None:
        self.table = table
        self.contest = contest
        self._keys: dict[tuple[str, int], np.ndarray] = {}
        self._orders: dict[tuple[str, int, bool], np.ndarray] = {}  # orders that rank the contest's names

    def _store(self, kind: str, candidate: int) -> dict[tuple[str, int, bool], np.ndarray]:
        """Where the orders of a column are kept: on the table (and in its cache entry) when they follow from it alone."""
        return self.table.orders if kind in TABLE_KINDS and candidate == -1 else self._orders

    def prepare(self, kinds=FIXED_KINDS) -> PrecinctOrders:
        """Work out both orders of ``kinds`` now (in a worker thread, before anyone clicks)."""
        for kind in kinds:
            self._order(kind, -1, True)
        return self

    def key(self, kind: str, candidate: int = -1) -> np.ndarray:
        """One number per precinct that orders column ``kind`` (``candidate``'s votes for "candidate")."""
        found = self._keys.get((kind, candidate))
        if found is None:
            found = self._keys[(kind, candidate)] = self._make_key(kind, candidate)
        return found

    def _make_key(self, kind: str, candidate: int) -> np.ndarray:
        table, contest = self.table, self.contest
        match kind:
            case "region":
                units = contest.units
                return name_ranks([str(name) for name in units.names])[np.maximum(units.parents[table.district], 0)]
            case "district":
                return name_ranks([str(name) for name in contest.units.names])[table.district]
            case "station":
                return table.name_rank
            case "leader":
                return name_ranks([c.name for c in contest.candidates])[table.leader]
            case "party":
                return name_ranks([c.party for c in contest.candidates])[table.leader]
            case "votes":
                return table.totals
            case "margin":
                return table.margin
            case "margin_share":
                return table.margin_share
            case "turnout":
                return table.turnout
            case "candidate":
                return table.candidate_votes(candidate)
        raise ValueError(f"no such precinct column: {kind}")

    def _order(self, kind: str, candidate: int, descending: bool) -> np.ndarray:
        """The whole column's order (the descending one made, and kept, with the ascending one)."""
        which, store = (kind, candidate, descending), self._store(kind, candidate)
        if which not in store:
            key = self.key(kind, candidate)
            ascending = ascending_order(key)
            store[(kind, candidate, True)] = descending_order(key, ascending)
            store[(kind, candidate, False)] = ascending
        return store[which]

    def rows(self, kind: str, descending: bool = False, candidate: int = -1, inside: np.ndarray | None = None) -> np.ndarray:
        """Precinct numbers in the order of column ``kind``: all, or only those ``inside`` (ascending precinct numbers)."""
        count = len(self.table)
        if inside is not None and (kind, candidate, descending) not in self._store(kind, candidate) and len(inside) < self.SMALL_SCOPE * count:
            # A candidate's key is built for the scope alone: a district's candidates must not
            # each leave a million-entry column behind.
            key = self.table.candidate_votes(candidate, inside) if kind == "candidate" else self.key(kind)[inside]
            order = ascending_order(key)
            return inside[descending_order(key, order) if descending else order]
        order = self._order(kind, candidate, descending)
        if inside is None:
            return order
        wanted = np.zeros(count, dtype=bool)
        wanted[inside] = True
        return order[wanted[order]]
