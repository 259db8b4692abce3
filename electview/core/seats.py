"""Party-list seat allocation: D'Hondt, Sainte-Laguë (plain and modified), Hare and Droop largest remainder, thresholds."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

import numpy as np


class Method(StrEnum):
    """A seat-allocation method, named as on the command line (``--method``)."""

    DHONDT = "dhondt"
    SAINTE_LAGUE = "sainte-lague"
    MODIFIED_SAINTE_LAGUE = "modified-sainte-lague"
    HARE = "hare"
    DROOP = "droop"

    @property
    def label(self) -> str:
        """The method's usual name, for people."""
        return _LABELS[self]

    @property
    def is_divisor(self) -> bool:
        """True for highest-averages methods (a quotient decides each seat), False for largest remainder."""
        return self in (Method.DHONDT, Method.SAINTE_LAGUE, Method.MODIFIED_SAINTE_LAGUE)


_LABELS = {
    Method.DHONDT: "D'Hondt",
    Method.SAINTE_LAGUE: "Sainte-Laguë",
    Method.MODIFIED_SAINTE_LAGUE: "modified Sainte-Laguë",
    Method.HARE: "Hare largest remainder",
    Method.DROOP: "Droop largest remainder",
}

# Scandinavian practice; the law of each country says which first divisor it uses.
DEFAULT_FIRST_DIVISOR = Fraction(7, 5)


@dataclass(frozen=True)
class SeatAllocation:
    """Seats per party as a method gives them, with what decided the last seat and any tie the law must break.

    ``seats`` holds the seats each party certainly wins. When parties tie for the last
    seat(s) (equal quotients or equal remainders), ``tied_seats`` seats are not given to
    anyone: ``tied`` marks the parties between which the law (lot, age, more votes…)
    must decide. ``seats.sum() + tied_seats == total_seats`` always.
    """

    method: Method
    total_seats: int
    threshold: float  # percent of ``base`` a party needs to take part; 0 when none
    base: int  # the valid votes the threshold is a percent of
    votes: np.ndarray  # int64, per party, as given
    eligible: np.ndarray  # bool, per party: passed the threshold
    seats: np.ndarray  # int64, per party
    tied: np.ndarray  # bool, per party
    tied_seats: int
    last_party: int | None  # who won the last seat given (None if every seat given was tied)
    last_value: Fraction | None  # the quotient (divisor methods) or remainder in votes that won it
    next_party: int | None  # the first party left out: next highest quotient / remainder
    next_value: Fraction | None
    quota: Fraction | None  # Hare or Droop quota; None for divisor methods

    @property
    def has_tie(self) -> bool:
        """True when some seats go to parties that tie and the law must break the tie."""
        return self.tied_seats > 0

    @property
    def decided_by(self) -> str:
        """What the deciding figure is: "quotient" or "remainder"."""
        return "quotient" if self.method.is_divisor else "remainder"


def _divisors(method: Method, count: int, first_divisor: Fraction) -> list[Fraction]:
    if method is Method.DHONDT:
        return [Fraction(k) for k in range(1, count + 1)]
    odd = [Fraction(2 * k + 1) for k in range(count)]
    if method is Method.MODIFIED_SAINTE_LAGUE:
        odd[0] = first_divisor
    return odd


def _check_votes(votes) -> np.ndarray:
    values = np.asarray(votes, dtype=float)
    if values.ndim != 1 or len(values) == 0:
        raise ValueError("seat allocation needs one vote count per party")
    if not np.all(np.isfinite(values)) or np.any(values < 0) or np.any(values != np.round(values)):
        raise ValueError("seat allocation needs whole, non-negative vote counts")
    return values.astype(np.int64)


def allocate(
    votes,
    total_seats: int,
    method: Method | str = Method.DHONDT,
    threshold: float = 0.0,
    base: int | None = None,
    first_divisor: Fraction | float = DEFAULT_FIRST_DIVISOR,
) -> SeatAllocation:
    """Allocate ``total_seats`` among parties with ``votes`` by ``method``.

    ``threshold`` is in percent of ``base`` (the valid votes; the parties' own total when
    not given): a party below it takes no part. Raises ValueError when nothing can be
    allocated (no seats, no votes, or no party over the threshold), rather than invent seats.
    """
    method = Method(method)
    counts = _check_votes(votes)
    if total_seats < 1:
        raise ValueError("there must be at least one seat to allocate")
    valid = int(counts.sum()) if base is None else int(base)
    if valid <= 0:
        raise ValueError("no votes: seats cannot be allocated")
    if not 0 <= threshold <= 100:
        raise ValueError("the threshold is a percent of valid votes, between 0 and 100")
    # Exact: votes * 100 >= threshold * base, in fractions, so 5% of 1,000 admits exactly 50.
    need = Fraction(str(threshold)) * valid / 100
    eligible = np.array([c > 0 and c >= need for c in counts.tolist()], dtype=bool)
    if not eligible.any():
        raise ValueError(f"no party reaches the {threshold:g}% threshold: no seats can be allocated")
    first = Fraction(first_divisor).limit_denominator(1000) if not isinstance(first_divisor, Fraction) else first_divisor
    if method.is_divisor:
        return _highest_averages(method, counts, eligible, total_seats, threshold, valid, first)
    return _largest_remainder(method, counts, eligible, total_seats, threshold, valid)


def _highest_averages(method, counts, eligible, total, threshold, valid, first) -> SeatAllocation:
    divisors = _divisors(method, total + 1, first)
    # Rationals, not floats: quotients that are equal must compare equal, so ties are seen.
    entries = [
        (Fraction(int(counts[p])) / d, p, k)
        for p in np.flatnonzero(eligible).tolist()
        for k, d in enumerate(divisors)
    ]
    # A party's own quotients fall with k, so sorting by value alone keeps them in order.
    entries.sort(key=lambda e: (-e[0], e[2]))
    cut = entries[total - 1][0]
    above = [e for e in entries if e[0] > cut]
    at_cut = [e for e in entries if e[0] == cut]
    seats = np.zeros(len(counts), dtype=np.int64)
    for _, p, _ in above:
        seats[p] += 1
    left = total - len(above)
    tied = np.zeros(len(counts), dtype=bool)
    tied_seats = 0
    if len(at_cut) == left:
        for _, p, _ in at_cut:
            seats[p] += 1
        winners = above + at_cut
    else:
        for _, p, _ in at_cut:
            tied[p] = True
        tied_seats = left
        winners = above
    below = [e for e in entries if e[0] < cut]
    last = winners[-1] if winners else None
    nxt = at_cut[0] if tied_seats else (below[0] if below else None)
    return SeatAllocation(
        method, total, threshold, valid, counts, eligible, seats, tied, tied_seats,
        last[1] if last else None, last[0] if last else None,
        nxt[1] if nxt else None, nxt[0] if nxt else None, None,
    )


def _largest_remainder(method, counts, eligible, total, threshold, valid) -> SeatAllocation:
    votes_in = int(counts[eligible].sum())
    if method is Method.HARE:
        quota = Fraction(votes_in, total)
    else:
        quota = Fraction(votes_in // (total + 1) + 1)
    parties = np.flatnonzero(eligible).tolist()
    seats = np.zeros(len(counts), dtype=np.int64)
    remainders: dict[int, Fraction] = {}
    for p in parties:
        whole = int(Fraction(int(counts[p])) // quota)
        seats[p] = whole
        remainders[p] = Fraction(int(counts[p])) - whole * quota
    left = total - int(seats.sum())
    tied = np.zeros(len(counts), dtype=bool)
    tied_seats = 0
    order = sorted(parties, key=lambda p: -remainders[p])
    last_party = None
    # With very few votes the quotas may leave more seats than parties: give them round by round.
    while left >= len(order) and order:
        for p in order:
            seats[p] += 1
        left -= len(order)
        last_party = order[-1]
    next_party = None
    if left > 0:
        cut = remainders[order[left - 1]]
        above = [p for p in order if remainders[p] > cut]
        at_cut = [p for p in order if remainders[p] == cut]
        for p in above:
            seats[p] += 1
        if len(above) + len(at_cut) == left:
            for p in at_cut:
                seats[p] += 1
            last_party = at_cut[-1]
            rest = order[left:]
            next_party = rest[0] if rest else None
        else:
            tied[at_cut] = True
            tied_seats = left - len(above)
            last_party = above[-1] if above else last_party
            next_party = at_cut[0]
    elif order:
        next_party = order[0]
    value = lambda p: remainders[p] if p is not None else None  # noqa: E731
    return SeatAllocation(
        method, total, threshold, valid, counts, eligible, seats, tied, tied_seats,
        last_party, value(last_party), next_party, value(next_party), quota,
    )


def majority_of(total_seats: int) -> int:
    """Seats needed for a majority of ``total_seats``: more than half."""
    return total_seats // 2 + 1
