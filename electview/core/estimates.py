"""How precise an estimate from reported shares is: the one place that says "≈ 1,489,057 ± 565".

An estimate is a candidate's reported share times the valid votes that the reported counts imply
(:func:`electview.core.tally.tally`). Both rest on shares given to a few decimals, so both are only
known to within half a unit of the last decimal: Kosanov's 16.20% is 16.195–16.205, Tokayev's 70.76%
behind the 9,191,710 implied valid votes is 70.755–70.765 (9,191,060–9,192,359). The estimate's
range is the product of the two ranges; the margin is its wider side, rounded up to a whole vote.

The decimals are the finest any reported share of the contest has there: a report gives its shares
to one precision, and a number loses its trailing zeros (the sample's "16.2" beside "70.76" is 16.20).
"""

from __future__ import annotations

import math

import numpy as np

from electview.core.formatting import format_count
from electview.core.i18n import translate
from electview.core.tally import ContestTally

# Past this many decimals a share is a computed float, not a printed figure (as the audit's rule).
MAX_DECIMALS = 6


def _decimals(share: float) -> int:
    digits = repr(float(share)).partition(".")[2]
    if "e" in digits:
        return MAX_DECIMALS
    return min(len(digits.rstrip("0")), MAX_DECIMALS)


def share_decimals(result: ContestTally) -> int:
    """The decimals the contest's shares are given to here (the finest of them)."""
    given = result.share_reported[~np.isnan(result.share_reported)]
    return max((_decimals(float(s)) for s in given), default=MAX_DECIMALS)


def estimate_range(result: ContestTally, index: int) -> tuple[float, float] | None:
    """(lowest, highest) votes the candidate's estimate could be, given the shares' rounding; None if not an estimate."""
    if not result.votes_estimated[index]:
        return None
    half = 0.5 * 10.0 ** -share_decimals(result)
    share = float(result.share_reported[index])
    anchors = ~result.votes_estimated & ~np.isnan(result.votes) & ~np.isnan(result.share_reported) & (result.share_reported > 0)
    anchor_votes = float(result.votes[anchors].sum())
    anchor_share = float(result.share_reported[anchors].sum())
    spread = half * int(anchors.sum())
    if anchor_share - spread <= 0:
        return None
    total_low = anchor_votes / (anchor_share + spread) * 100.0
    total_high = anchor_votes / (anchor_share - spread) * 100.0
    return max(0.0, share - half) / 100.0 * total_low, (share + half) / 100.0 * total_high


def estimate_margin(result: ContestTally, index: int) -> int | None:
    """The ± in votes around the estimate (its range's wider side, rounded up); None if not an estimate."""
    bounds = estimate_range(result, index)
    if bounds is None:
        return None
    value = float(result.votes[index])
    return math.ceil(max(value - bounds[0], bounds[1] - value))


def format_estimate(result: ContestTally, index: int, language: str | None = None) -> str:
    """ "≈ 1,489,057 ± 565" for an estimate, the plain count otherwise."""
    margin = estimate_margin(result, index)
    votes = format_count(result.votes[index], language=language)
    if margin is None:
        return votes
    return f"≈ {votes} ± {format_count(margin, language=language)}"


def precision_note(result: ContestTally, index: int) -> str:
    """A sentence for a tooltip or a note: the estimate with its margin, and why it has one."""
    return translate("estimates", "{estimate} votes: the shares are given to {decimals} decimals, so the estimate is no finer.").format(
        estimate=format_estimate(result, index), decimals=share_decimals(result)
    )


def estimates_listed(result: ContestTally, language: str | None = None) -> str:
    """ "Amirjan Kosanov ≈ 1,489,057 ± 565; Daniya Yespayeva ≈ 477,969 ± 494; …", most votes first."""
    shown = [i for i in result.order_shown() if result.votes_estimated[i]]
    return "; ".join(f"{result.candidates[i].name} {format_estimate(result, i, language)}" for i in shown)
