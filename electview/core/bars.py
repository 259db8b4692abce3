"""What the bar, change and count-over-time charts show, without Qt.

The charts (``ui/bar_chart.py``, ``ui/change_chart.py``, ``ui/count_history_chart.py``) and the
printed report ask this module which candidates get a bar, how many are left over and what
those add up to, whether a pie or bars suit a contest, how many seats each party gained or
lost between two counts and how a live count went from version to version.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from electview.core.compare import Comparison
from electview.core.outcomes import outcome, rule_for
from electview.core.tally import ContestTally

#: A pie stays legible up to this many slices; a contest with more candidates opens on bars.
#: Seven because that is where the pie stops telling slices apart: it has seven slice patterns
#: (``ui/pie_painter.SLICE_PATTERNS``) and the colour-blind-safe Okabe–Ito palette eight colours,
#: one of them the grey of "Other"; and readers compare wedges' angles far worse than bars'
#: lengths (Cleveland & McGill, 1984), which matters once small wedges sit side by side. The
#: bundled sample's seven presidential candidates stay a pie, a 45-party list becomes bars.
PIE_MAX_SLICES = 7

PIE, BARS = "pie", "bars"


def candidates_with_share(share: np.ndarray, shown: np.ndarray | None = None) -> int:
    """How many candidates would get a slice: a known share above zero (and standing here, when ``shown`` says)."""
    values = np.asarray(share, dtype=float)
    present = np.isfinite(values) & (values > 0)
    if shown is not None and len(shown) == len(values):
        present &= np.asarray(shown, dtype=bool)
    return int(present.sum())


def default_chart(share: np.ndarray, shown: np.ndarray | None = None) -> str:
    """:data:`PIE` for up to :data:`PIE_MAX_SLICES` candidates with a share, :data:`BARS` above."""
    return BARS if candidates_with_share(share, shown) > PIE_MAX_SLICES else PIE


def chart_for(result: ContestTally) -> str:
    """The chart ``result`` opens on in the window, and is printed and exported as: :func:`default_chart` over the
    candidates standing in its place."""
    shown = result.on_ballot if result.on_ballot is not None and result.on_ballot.any() else None
    return default_chart(result.share, shown)


#: The report's bars take this many times the pie's square in width (600 × 250 CSS px beside its 250 × 250):
#: bars need width for their names, not height; within an A4 or Letter page's text width.
REPORT_BARS_WIDTH_RATIO = 2.4


@dataclass(frozen=True)
class BarRows:
    """Which candidates get a bar (in the table's order) and what the ones left out add up to.

    ``rest_votes`` sums the known votes of ``rest`` (``rest_unknown`` of them have none),
    ``rest_share`` their known shares: the "+M more" line states both, never a bar for them.
    """

    rows: tuple[int, ...]
    rest: tuple[int, ...]
    rest_votes: float
    rest_share: float
    rest_unknown: int

    @property
    def more(self) -> int:
        return len(self.rest)


def bar_rows(
    order: Sequence[int] | np.ndarray,
    votes: np.ndarray,
    share: np.ndarray,
    room: int,
    keep: np.ndarray | None = None,
    pinned: Sequence[int] = (),
) -> BarRows:
    """The first ``room`` candidates of ``order`` (the table's order) get bars; the rest are counted.

    When not all fit, one place goes to the "+M more" line. Candidates ``keep`` marks (winners,
    seat-holders, the tied, anyone still in reach: ``CandidateTableModel.keep_apart``) always get
    a bar, taking the last places, so the leftover line never hides who won; bars stay in the
    table's order. ``pinned`` candidates (the selection) come before even those. Whole arrays: a
    booth contest has 8,000 candidates.
    """
    order = np.asarray(order, dtype=np.intp)
    room = max(int(room), 1)
    if len(order) <= room:
        chosen = order
    else:
        places = max(room - 1, 1)
        kept = np.zeros(len(order), dtype=bool)
        if keep is not None and len(keep) and len(order) and len(keep) > int(order.max()):
            kept = np.asarray(keep, dtype=bool)[order]
        first = np.isin(order, np.asarray(pinned, dtype=np.intp))
        must = order[first][:places]
        kept &= ~first
        must = np.concatenate((must, order[kept][: places - len(must)]))  # more than places: the first in the table's order
        others = order[~kept & ~first][: places - len(must)]
        chosen = order[np.isin(order, np.concatenate((must, others)))]  # in the table's order
    rest = order[~np.isin(order, chosen)]
    rest_votes_values = np.asarray(votes, dtype=float)[rest] if len(rest) else np.zeros(0)
    rest_share_values = np.asarray(share, dtype=float)[rest] if len(rest) else np.zeros(0)
    known = np.isfinite(rest_votes_values)
    return BarRows(
        rows=tuple(chosen.tolist()),
        rest=tuple(rest.tolist()),
        rest_votes=float(rest_votes_values[known].sum()) if known.any() else math.nan,
        rest_share=float(np.nansum(rest_share_values)) if np.isfinite(rest_share_values).any() else math.nan,
        rest_unknown=int((~known).sum()),
    )


def seats_won(result: ContestTally) -> np.ndarray | None:
    """Seats per candidate (party) under the contest's party-list rule; None when the rule allocates no seats."""
    if rule_for(result).method is None:
        return None
    decided = outcome(result, final=False)  # the allocation is the same whatever the status says
    if decided.allocation is None:
        return None
    return np.asarray(decided.seats_won, dtype=float)


def seat_change(comparison: Comparison) -> np.ndarray | None:
    """Seats gained (+) or lost (−) per row of ``comparison``, earlier to later; None when either side has no seats.

    Only where both counts are decided by a party-list rule: a seat count on one side only is
    no change. A party absent on one side counts as 0 seats there (it had none).
    """
    old_seats, new_seats = seats_won(comparison.old), seats_won(comparison.new)
    if old_seats is None or new_seats is None:
        return None
    old = np.where(comparison.old_index >= 0, old_seats[np.maximum(comparison.old_index, 0)], 0.0)
    new = np.where(comparison.new_index >= 0, new_seats[np.maximum(comparison.new_index, 0)], 0.0)
    return new - old


@dataclass(frozen=True)
class CountSeries:
    """A live count version by version: one row per stored version, one column per candidate.

    ``share`` and ``votes`` are NaN where a version lacks the candidate or the figure;
    ``counted`` is the valid votes counted (NaN: unknown), ``reporting`` / ``units_total`` the
    units reporting as the file says (NaN: not said). Candidates are those of the latest
    version, matched across versions by id.
    """

    labels: tuple[str, ...]
    ids: tuple[str, ...]
    names: tuple[str, ...]
    colours: tuple[str, ...]
    share: np.ndarray
    votes: np.ndarray
    counted: np.ndarray
    reporting: np.ndarray
    units_total: np.ndarray
    estimated: np.ndarray | None = None  # True where a version's votes are electview's estimate (from shares), as the table marks them
    counted_derived: np.ndarray | None = None  # True where a version's valid votes counted are derived by electview, not reported

    def __len__(self) -> int:
        return len(self.labels)

    def leaders(self, count: int) -> list[int]:
        """The ``count`` candidates with the largest latest known share (drawn as lines; the rest are counted)."""
        if not len(self.ids) or not len(self):
            return []
        latest = np.full(len(self.ids), -1.0)
        for row in range(len(self)):  # a candidate's latest known share, however late it came
            values = self.share[row]
            latest = np.where(np.isfinite(values), values, latest)
        order = np.argsort(-latest, kind="stable")
        return [int(i) for i in order[:count] if latest[i] >= 0]


def count_series(tallies: Sequence[ContestTally | None], labels: Sequence[str]) -> CountSeries:
    """The series of ``tallies`` (one per version, oldest first; None: the version lacks the contest)."""
    latest = next((t for t in reversed(tallies) if t is not None), None)
    if latest is None:
        empty = np.zeros((len(tallies), 0))
        nan = np.full(len(tallies), math.nan)
        return CountSeries(tuple(labels), (), (), (), empty, empty, nan, nan.copy(), nan.copy())
    shown = [i for i in range(len(latest.candidates)) if latest.on_ballot is None or latest.on_ballot[i]]
    ids = tuple(latest.candidates[i].id for i in shown)
    column = {candidate_id: c for c, candidate_id in enumerate(ids)}
    share = np.full((len(tallies), len(ids)), math.nan)
    votes = np.full((len(tallies), len(ids)), math.nan)
    estimated = np.zeros((len(tallies), len(ids)), dtype=bool)
    counted = np.full(len(tallies), math.nan)
    counted_derived = np.zeros(len(tallies), dtype=bool)
    reporting = np.full(len(tallies), math.nan)
    units_total = np.full(len(tallies), math.nan)
    for row, result in enumerate(tallies):
        if result is None:
            continue
        for index, candidate in enumerate(result.candidates):
            c = column.get(candidate.id)
            if c is not None:
                share[row, c] = result.share[index]
                votes[row, c] = result.votes[index]
                estimated[row, c] = bool(result.votes_estimated[index])
        if result.total_valid.known:
            counted[row] = float(result.total_valid.as_float)
            counted_derived[row] = result.total_valid.derived
        if result.units_reporting is not None:
            reporting[row] = result.units_reporting
        if result.units_total is not None:
            units_total[row] = result.units_total
    return CountSeries(
        labels=tuple(labels),
        ids=ids,
        names=tuple(latest.candidates[i].name for i in shown),
        colours=tuple(latest.colours[i] for i in shown),
        share=share,
        votes=votes,
        counted=counted,
        reporting=reporting,
        units_total=units_total,
        estimated=estimated,
        counted_derived=counted_derived,
    )
