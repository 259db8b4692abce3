"""Two results for one race side by side: the changes per candidate, once candidates are matched.

The usual pairs are the preliminary and the final count of one election, or one election and
the one before it. Candidates are paired by :mod:`electview.core.matching`; what stays
unmatched is listed as only in the old or only in the new results, never forced into a pair.
The command line's text and JSON are :mod:`electview.core.compare_output`; the window's change
column is :mod:`electview.core.change_column`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from electview.core.majority import DEFAULT_THRESHOLD
from electview.core.matching import match_candidates
from electview.core.model import ResultsDataset
from electview.core.tally import ContestTally, tally


@dataclass(frozen=True)
class Comparison:
    """Old and new figures per candidate, row by row; arrays are aligned with ``names``.

    Rows are matched pairs (in the new results' order by votes), then candidates only in the
    new results, then those only in the old ones. ``old_index`` / ``new_index`` are candidate
    indices in each contest, -1 where the candidate is absent on that side. Votes and shares
    are NaN where absent or unknown; ranks are 1-based, 0 where absent.
    """

    old: ContestTally
    new: ContestTally
    names: tuple[str, ...]
    old_names: tuple[str, ...]
    parties: tuple[str, ...]
    matched_by: tuple[str, ...]
    old_index: np.ndarray
    new_index: np.ndarray
    old_votes: np.ndarray
    new_votes: np.ndarray
    old_share: np.ndarray
    new_share: np.ndarray
    old_rank: np.ndarray
    new_rank: np.ndarray
    threshold: float = DEFAULT_THRESHOLD
    mapping: dict[str, str | None] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.names)

    @property
    def change_votes(self) -> np.ndarray:
        return self.new_votes - self.old_votes

    @property
    def change_points(self) -> np.ndarray:
        """Change in share, in percentage points (NaN where either side is unknown)."""
        return self.new_share - self.old_share

    @property
    def rank_change(self) -> np.ndarray:
        """Places gained (positive) or lost; 0 where either side is absent."""
        both = (self.old_rank > 0) & (self.new_rank > 0)
        return np.where(both, self.old_rank - self.new_rank, 0)

    def crossing(self, row: int) -> str:
        """"up" or "down" when the share crossed the majority threshold, else ""."""
        old, new = self.old_share[row], self.new_share[row]
        if math.isnan(old) or math.isnan(new):
            return ""
        if old <= self.threshold < new:
            return "up"
        if new <= self.threshold < old:
            return "down"
        return ""

    def unmatched(self) -> tuple[list[int], list[int]]:
        """Rows only in the old results and rows only in the new ones."""
        return [int(r) for r in np.flatnonzero(self.new_index < 0)], [int(r) for r in np.flatnonzero(self.old_index < 0)]

    def change_for_new_candidates(self) -> np.ndarray:
        """Change in points per candidate of the *new* contest, in its own order (NaN: no match)."""
        change = np.full(len(self.new.candidates), np.nan)
        rows = np.flatnonzero(self.new_index >= 0)
        change[self.new_index[rows]] = self.change_points[rows]
        return change


def _ranks(result: ContestTally) -> np.ndarray:
    ranks = np.zeros(len(result.candidates), dtype=np.int32)
    for place, index in enumerate(result.order_by_votes(), start=1):
        if not (math.isnan(result.votes[index]) and math.isnan(result.share[index])):
            ranks[index] = place
    return ranks


def compare_tallies(
    old: ContestTally,
    new: ContestTally,
    mapping: Mapping[str, str | None] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> Comparison:
    """Compare two tallies of the same race (or of successive races)."""
    pairs = match_candidates(old.candidates, new.candidates, mapping)
    matched_new = {j: (i, how) for i, j, how in pairs}
    matched_old = {i for i, _, _ in pairs}
    rows: list[tuple[int, int, str]] = []
    for j in new.order_by_votes():
        i, how = matched_new.get(j, (-1, ""))
        rows.append((i, j, how))
    rows += [(i, -1, "") for i in old.order_by_votes() if i not in matched_old]

    old_ranks, new_ranks = _ranks(old), _ranks(new)

    def pick(values: np.ndarray, indices: list[int], fill) -> np.ndarray:
        out = np.full(len(indices), fill, dtype=values.dtype)
        for row, index in enumerate(indices):
            if index >= 0:
                out[row] = values[index]
        return out

    old_idx = [r[0] for r in rows]
    new_idx = [r[1] for r in rows]
    return Comparison(
        old=old,
        new=new,
        names=tuple(new.candidates[j].name if j >= 0 else old.candidates[i].name for i, j, _ in rows),
        old_names=tuple(old.candidates[i].name if i >= 0 else "" for i, _, _ in rows),
        parties=tuple((new.candidates[j].party if j >= 0 else "") or (old.candidates[i].party if i >= 0 else "") for i, j, _ in rows),
        matched_by=tuple(how for _, _, how in rows),
        old_index=np.asarray(old_idx, dtype=np.int32),
        new_index=np.asarray(new_idx, dtype=np.int32),
        old_votes=pick(old.votes, old_idx, np.nan),
        new_votes=pick(new.votes, new_idx, np.nan),
        old_share=pick(old.share, old_idx, np.nan),
        new_share=pick(new.share, new_idx, np.nan),
        old_rank=pick(old_ranks, old_idx, 0),
        new_rank=pick(new_ranks, new_idx, 0),
        threshold=threshold,
        mapping=dict(mapping or {}),
    )


def _matching_contest(old: ResultsDataset, new: ResultsDataset, contest_name: str | None):
    """The contest to compare on each side: the one named, the same name, or the first."""
    new_contest = new.contest(contest_name)
    try:
        old_contest = old.contest(contest_name or new_contest.name)
    except KeyError:
        if contest_name:
            raise
        old_contest = old.contest(None)
    return old_contest, new_contest


def compare_datasets(
    old: ResultsDataset,
    new: ResultsDataset,
    contest_name: str | None = None,
    mapping: Mapping[str, str | None] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> Comparison:
    """Compare one contest of two results files (KeyError when a named contest is missing)."""
    old_contest, new_contest = _matching_contest(old, new, contest_name)
    return compare_tallies(
        tally(old_contest, None, old.turnout), tally(new_contest, None, new.turnout), mapping, threshold
    )


def parse_mapping_argument(text: str) -> tuple[str, str | None]:
    """"OLD=NEW" (match them) or "OLD=" (leave OLD unmatched), as given on the command line."""
    old, sep, new = text.partition("=")
    if not sep or not old.strip():
        raise ValueError(f"expected OLD=NEW (a name or id on each side), got {text!r}")
    return old.strip(), new.strip() or None
