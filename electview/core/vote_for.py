"""How many votes each voter could cast in a contest ("vote for N"), and the words that go with it.

A file usually says it (NIST ``VotesAllowed``, Clarity "(Vote For 2)", MEDSL ``magnitude``), but not
always rightly: MEDSL gives DC's 2022 at-large council contest a magnitude of 1 although every
ballot counted twice there. Where the file gives the under votes, its own figures say it exactly:
each ballot casts N votes, used or not, so valid votes + over votes + under votes = N × ballots
cast (DC at-large: 53,442 + 68 + 13,604 = 67,114 = 2 × 33,557 of 33,559 ballots). A figure the
file states above 1 is kept; a stated 1 gives way only to that identity.

In a vote-for-N contest a candidate's share is of the votes, not of the voters (who number N
times fewer), so the share's base is said wherever such a contest is shown.
"""

from __future__ import annotations

import math

import numpy as np

from electview.core.i18n import translate

# How far (valid + over + under) / ballots may sit from a whole N: a ballot or two of a large
# count that is missing from one contest (DC: 2 of 33,559), not a contest with a different rule.
_TOLERANCE = 0.005


def votes_allowed(stated: int, valid: float | None, over: float | None, under: float | None, ballots: float | None) -> int:
    """Votes each voter could cast: ``stated`` (the file's figure), or what the identity above proves."""
    if stated > 1 or under is None or valid is None or not ballots or ballots <= 0:
        return max(1, stated)
    accounted = valid + (over or 0.0) + under
    if not math.isfinite(accounted):
        return max(1, stated)
    ratio = accounted / ballots
    whole = round(ratio)
    if whole >= 2 and abs(ratio - whole) <= _TOLERANCE * whole:
        return int(whole)
    return max(1, stated)


def votes_at_least(valid: np.ndarray, ballots: np.ndarray) -> int:
    """The fewest votes per ballot under which every place's valid votes fit its ballots cast; 0 where they can't say.

    A file that gives no "vote for" and no under votes can still prove more than one vote a ballot:
    Caldwell County's at-large council contest has 4,853 valid votes on 4,014 ballots, and in each of
    its 7 precincts the votes fit 2 a ballot. ``valid`` and ``ballots`` are per place; a place with
    no ballots figure, or votes on no ballots, leaves it unproven (0).
    """
    valid = np.asarray(valid, dtype=float)
    ballots = np.asarray(ballots, dtype=float)
    if not len(valid) or np.isnan(ballots).any() or np.isnan(valid).any() or ((ballots <= 0) & (valid > 0)).any():
        return 0
    used = ballots > 0
    if not used.any():
        return 0
    return max(1, int(np.ceil(valid[used] / ballots[used] - 1e-9).max()))


def contest_title(name: str, allowed: int) -> str:
    """The contest's name with its "(vote for N)" where each voter has more than one vote."""
    if allowed <= 1 or "vote for" in name.casefold():  # a name that already says it (Clarity's own)
        return name
    return translate("vote_for", "{name} (vote for {count})").format(name=name, count=allowed)


def share_base(allowed: int, ranked: bool = False) -> str:
    """What a candidate's share is a share of: valid votes, for vote-for-N all votes (not voters), for a ranked count the final round's continuing ballots."""
    if ranked:
        return translate("vote_for", "share of the final round's continuing ballots")
    if allowed <= 1:
        return translate("vote_for", "share of valid votes")
    return translate("vote_for", "share of votes (each voter had up to {count}), not of voters").format(count=allowed)


def total_label(ranked: bool, tr=translate) -> str:
    """What a contest's total of votes is: its valid votes, or a ranked count's continuing ballots in its final round.

    A ranked count's final round leaves out the ballots exhausted on the way, so its total is
    not the contest's valid votes (Maine 2018: 117,253 in round 4 of 126,139 in round 1).
    """
    if ranked:
        return tr("vote_for", "Continuing ballots (final round)")
    return tr("vote_for", "Total valid votes")
