"""Party totals of constituency races: what they add up, and the seats the races themselves give.

A national file of constituency races (a booth CSV of a Lok Sabha election) is shown by party as
well, the candidates' votes added up per party. Nobody is elected by those totals: each seat is
won in its own race. So the outcome of a party-totals contest is the seats won race by race, by
most votes (leading while the count isn't final), never "the largest party leads". Candidates
without a party are added up apart, labelled as what they are, and are not a party.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from electview.core.model import Candidate, Contest
from electview.core.palette import party_key

#: The row of a party-totals contest that adds up the candidates without a party: not a party.
NO_PARTY_TOTAL = "Independents (no party)"
#: Its colour: a neutral grey, no party's, and darker than the charts' "Other" (#B0B0B0).
NO_PARTY_COLOUR = "#7F7F7F"


def party_label(candidate: Candidate) -> str:
    """The party a candidate's votes are added up under; independents and no-party candidates together."""
    return candidate.party if party_key(candidate.party) else NO_PARTY_TOTAL


@dataclass(frozen=True)
class RaceSeats:
    """Seats per party-totals row, won race by race; races tied at the top or not counted are no one's."""

    seats: np.ndarray  # int64 per row of the party-totals contest
    races: int
    tied: int
    undecided: int


def race_seats(totals: Contest, scope_mask: np.ndarray | None = None) -> RaceSeats:
    """The seats the races behind ``totals`` give each of its rows, counting races inside ``scope_mask`` only.

    A candidate's race is the place all its counts are in (its constituency); a candidate
    counted in several places races in the smallest place holding them all.
    """
    base = totals.totals_of
    assert base is not None, "not a party-totals contest"
    row_of = {candidate.name: index for index, candidate in enumerate(totals.candidates)}
    party_row = np.array([row_of.get(party_label(candidate), -1) for candidate in base.candidates], dtype=np.int64)
    race = _races(base)
    inside = np.ones(len(base.units), dtype=bool) if scope_mask is None else scope_mask
    standing = np.flatnonzero((race >= 0) & inside[np.maximum(race, 0)])  # candidates in a race in scope
    every_race = np.unique(race[standing])
    votes = base.votes
    known = ~np.isnan(votes.value)
    candidate_votes = np.bincount(votes.column[known].astype(np.int64), weights=votes.value[known], minlength=len(base.candidates))
    has_count = np.bincount(votes.column[known].astype(np.int64), minlength=len(base.candidates)) > 0
    counted = standing[has_count[standing]]
    seats = np.zeros(len(totals.candidates), dtype=np.int64)
    tied = 0
    decided_races = np.unique(race[counted])
    if len(counted):
        # Within each race, most votes first: the first is the winner, a second level with it a tie.
        order = counted[np.lexsort((-candidate_votes[counted], race[counted]))]
        starts = np.flatnonzero(np.r_[True, race[order][1:] != race[order][:-1]])
        ends = np.r_[starts[1:], len(order)]
        first = order[starts]
        second = order[np.minimum(starts + 1, len(order) - 1)]
        level = (ends - starts > 1) & (candidate_votes[second] == candidate_votes[first])
        tied = int(level.sum())
        rows = party_row[first[~level]]
        np.add.at(seats, rows[rows >= 0], 1)
    return RaceSeats(seats=seats, races=len(every_race), tied=tied, undecided=len(every_race) - len(decided_races))


def _races(base: Contest) -> np.ndarray:
    """Per candidate, the smallest place holding all its counts (-1 for a candidate with no row)."""
    count = len(base.candidates)
    column = base.votes.column.astype(np.int64)
    place = base.votes.unit.astype(np.int64)
    parents = base.units.parents.astype(np.int64)
    high = np.full(count, -1)
    for _ in range(64):  # climbs at most the depth of the places
        low = np.full(count, np.iinfo(np.int64).max)
        high = np.full(count, -1)
        np.minimum.at(low, column, place)
        np.maximum.at(high, column, place)
        rows_apart = ((low != high) & (high >= 0))[column]
        if not rows_apart.any():
            break
        up = parents[place[rows_apart]]
        place[rows_apart] = np.where(up >= 0, up, place[rows_apart])
    return high
