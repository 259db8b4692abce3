"""Synthetic station-level contests for the integrity checks: honest counts, and counts with planted anomalies.

Honest: each station's electorate m is drawn from 200..3000, its turnout and leader's share from smooth beta
distributions, and the ballots and leader's votes are binomial draws, so no whole percent is favoured.
Planted rounding: at ``rounded`` stations the ballots are replaced by the count nearest to the station's turnout
rounded to a whole percent (what a commission writing a target does). Planted stuffing: at ``stuffed`` stations
extra ballots, all for the leader, are added up to a turnout of 95-100%.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from electview.core.model import Candidate, Contest, CountTable, UnitTable


@dataclass(frozen=True)
class Planted:
    contest: Contest
    rounded: np.ndarray  # station indexes (0-based) whose turnout was rounded
    newly_integer: int  # of those, how many weren't at a whole percent 1..99 before
    stuffed: np.ndarray


def _nearest(percent: np.ndarray, m: np.ndarray) -> np.ndarray:
    return (2 * percent * m + 100) // 200


def generate(stations: int, seed: int, rounded: int = 0, stuffed: int = 0, candidates: int = 3) -> Planted:
    rng = np.random.default_rng(seed)
    m = rng.integers(200, 3001, size=stations)
    turnout = rng.beta(12, 8, size=stations)  # around 60%
    ballots = rng.binomial(m, turnout)
    share = rng.beta(10, 10, size=stations)  # leader around 50%, the rest split evenly
    order = rng.permutation(stations)
    rounded_at = np.sort(order[:rounded])
    stuffed_at = np.sort(order[rounded : rounded + stuffed])

    before = ballots[rounded_at]
    percent = (200 * before + m[rounded_at]) // (2 * m[rounded_at])
    was_integer = (_nearest(percent, m[rounded_at]) == before) & (percent > 0) & (percent < 100)
    ballots[rounded_at] = _nearest(percent, m[rounded_at])

    leader = rng.binomial(ballots, share)
    extra = np.zeros(stations, dtype=np.int64)
    target = rng.uniform(0.95, 1.0, size=len(stuffed_at))
    extra[stuffed_at] = np.maximum(0, np.rint(target * m[stuffed_at]).astype(np.int64) - ballots[stuffed_at])
    ballots = ballots + extra
    leader = leader + extra
    split = rng.multinomial(ballots - leader, [1.0 / (candidates - 1)] * (candidates - 1))
    columns = [leader, *split.T]

    ids = ["all"] + [f"s{i}" for i in range(stations)]
    units = UnitTable.from_lists(
        ids,
        ["Synthetic country"] + [f"Station {i + 1}" for i in range(stations)],
        ["country"] + ["station"] * stations,
        [-1] + [0] * stations,
        registered=np.concatenate([[m.sum()], m]).astype(float),
        ballots_cast=np.concatenate([[ballots.sum()], ballots]).astype(float),
    )
    rows = [(1 + s, c, float(columns[c][s])) for c in range(candidates) for s in range(stations)]
    contest = Contest(
        id="synthetic",
        name="Synthetic contest",
        candidates=tuple(Candidate(f"c{c}", f"Candidate {c + 1}") for c in range(candidates)),
        units=units,
        votes=CountTable.from_rows(rows),
    )
    return Planted(contest, rounded_at, int((~was_integer).sum()), stuffed_at)
