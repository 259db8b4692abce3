"""Counting-level detail for one contest: every precinct's votes as flat arrays, with leader and margin.

A national booth-level file has about a million precincts. They are kept out of the
contest's :class:`~electview.core.model.UnitTable` (which drives the region → district
drill-down) and held here instead: names in one numpy string array, votes in compressed
rows (``offsets`` into ``column``/``value``), and every derived column worked out for all
precincts at once with numpy, never one Python object per precinct.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np


@dataclass(frozen=True)
class PrecinctTable:
    """Precinct *p* has votes ``value[offsets[p]:offsets[p+1]]`` for candidates ``column[…]``.

    ``district[p]`` is the index in the contest's units of the unit the precinct belongs to;
    ``registered[p]`` is NaN where the file gives no registered voters. Every precinct has
    at least one row.
    """

    names: np.ndarray
    district: np.ndarray
    offsets: np.ndarray
    column: np.ndarray
    value: np.ndarray
    registered: np.ndarray
    candidates: int  # how many candidates the contest has

    def __post_init__(self) -> None:
        count = len(self.names)
        if not (len(self.district) == len(self.registered) == count == len(self.offsets) - 1):
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
        return np.add.reduceat(np.nan_to_num(self.value), self.offsets[:-1])

    @cached_property
    def _top_two(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Leader's candidate index, leader's votes and runner-up's votes per precinct."""
        count = len(self)
        if not count:
            return np.zeros(0, np.int32), np.zeros(0), np.zeros(0)
        votes = np.nan_to_num(self.value, nan=-1.0)
        starts = self.offsets[:-1]
        best = np.maximum.reduceat(votes, starts)
        is_best = votes == best[self.row_precinct]
        # The first row holding the maximum is the leader (ties go to the earlier candidate).
        best_rows = np.flatnonzero(is_best)
        first = np.unique(self.row_precinct[best_rows], return_index=True)[1]
        leader_rows = best_rows[first]
        without_leader = votes.copy()
        without_leader[leader_rows] = -1.0
        second = np.maximum.reduceat(without_leader, starts)
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

    @cached_property
    def turnout(self) -> np.ndarray:
        """Candidate votes as a percentage of registered voters, NaN where registered is unknown."""
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.registered > 0, self.totals / self.registered * 100.0, np.nan)

    @cached_property
    def name_rank(self) -> np.ndarray:
        """Each precinct's place in alphabetical order of names (sorting strings once, not per click)."""
        rank = np.empty(len(self), dtype=np.int64)
        rank[np.argsort(self.names, kind="stable")] = np.arange(len(self))
        return rank

    def candidate_votes(self, candidate: int) -> np.ndarray:
        """One candidate's votes in every precinct, NaN where the candidate did not stand."""
        dense = np.full(len(self), np.nan)
        rows = np.flatnonzero(self.column == candidate)
        dense[self.row_precinct[rows]] = self.value[rows]
        return dense

    def votes_at(self, precinct: int, candidate: int) -> float:
        """One cell, without building a whole column."""
        start, stop = self.offsets[precinct], self.offsets[precinct + 1]
        hits = np.flatnonzero(self.column[start:stop] == candidate)
        return float(self.value[start + hits[0]]) if len(hits) else np.nan

    def candidates_in(self, precincts: np.ndarray | None = None) -> np.ndarray:
        """Candidate indices that stood in the given precincts (all when None), by total votes."""
        if precincts is None:
            rows = slice(None)
        else:
            inside = np.zeros(len(self), dtype=bool)
            inside[precincts] = True
            rows = inside[self.row_precinct]
        sums = np.bincount(self.column[rows], weights=np.nan_to_num(self.value[rows]), minlength=self.candidates)
        stood = np.bincount(self.column[rows], minlength=self.candidates) > 0
        order = np.argsort(-sums, kind="stable")
        return order[stood[order]]
