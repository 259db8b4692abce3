"""Statistical checks on station-level results, the ones election researchers run on published protocols.

Every figure here is a reason to look closer, never proof: a deviation from what chance gives can
have honest causes (small stations, one-party regions, rounding by a tired clerk). The methods:

* turnout and leader's-share histograms across stations, and the *election fingerprint*, the 2-D
  histogram of turnout × leader's share weighted by electorate (Klimek, Yegorov, Hanel & Thurner,
  "Statistical detection of systematic election irregularities", PNAS 109(41), 2012);
* the *integer-percentage excess* (Kobak, Shpilkin & Pshenichnikov, "Integer percentages as electoral
  falsification fingerprints", Annals of Applied Statistics 10(1), 2016): stations whose turnout or
  leader's share is a whole percent, against the number their binomial redraw expects for stations of
  those sizes (summed exactly, station by station), with a seeded simulated p-value (see :func:`excesses`);
* the last-digit test of vote counts (chi-square against a uniform last digit, counts of 100 or more,
  where the last digit of an honest count carries no information; Beber & Scacco, Political Analysis
  20(2), 2012).

Definitions follow Kobak et al.: turnout = ballots cast ÷ registered voters; leader's share = the
leader's votes ÷ ballots cast, where ballots cast is the reported figure or, when the file gives none,
valid votes plus invalid and blank ballots. The leader is the candidate with most votes in the scope.
Stations are the units the contest is counted in that have no units below them.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from electview.core import i18n
from electview.core.formatting import format_count
from electview.core.i18n import translate
from electview.core.model import Contest, CountTable, UnitTable
from electview.core.party_totals import NO_PARTY_TOTAL
from electview.core.summary import csv_line, neutralise_formula

KOBAK_2016 = (
    "Kobak, Shpilkin & Pshenichnikov (2016), Integer percentages as electoral falsification fingerprints, "
    "Annals of Applied Statistics 10(1):54-73"
)
KLIMEK_2012 = (
    "Klimek, Yegorov, Hanel & Thurner (2012), Statistical detection of systematic election irregularities, "
    "PNAS 109(41):16469-16473"
)
BEBER_SCACCO_2012 = (
    "Beber & Scacco (2012), What the numbers say: a digit-based test for election fraud, Political Analysis 20(2):211-234"
)

# Other-count kinds that are ballots in the box (they count towards ballots cast); over and under
# votes, unattributed write-ins and the like are not ballots and stay out.
_BALLOT_KINDS = ("invalid", "blank", "spoil", "null", "reject", "void")

#: Stations with fewer registered voters than this stay out of the integer-percentage counts: at a station
#: of 50 voters every other count is a whole percent, so small stations only add noise (Kobak et al. use 100).
MIN_INTEGER_SIZE = 100
#: Vote counts below this stay out of the last-digit test: a small count's last digit is not uniform.
MIN_DIGIT_COUNT = 100
SIMULATIONS = 1000
#: The round percents tested besides every whole one: multiples of 5 and of 10.
ROUND_STEPS = (5, 10)


@dataclass(frozen=True)
class Stations:
    """Per-station figures of one contest (whole numbers), the leader chosen over all of them."""

    units: np.ndarray  # index into contest.units
    registered: np.ndarray  # int64
    ballots: np.ndarray  # int64
    votes: np.ndarray  # int64, stations × candidates
    leader: int  # candidate index; -1 when no one has a vote
    skipped: int = 0  # counting units left out: no registered voters or no ballots

    def __len__(self) -> int:
        return len(self.units)

    @property
    def leader_votes(self) -> np.ndarray:
        return self.votes[:, self.leader] if self.leader >= 0 else np.zeros(len(self), np.int64)

    @property
    def turnout(self) -> np.ndarray:
        """Percent; above 100 where a station reports more ballots than voters."""
        return 100.0 * self.ballots / self.registered

    @property
    def leader_share(self) -> np.ndarray:
        return 100.0 * self.leader_votes / self.ballots


def _whole(values: np.ndarray) -> np.ndarray:
    """Counts as whole numbers; a missing (NaN) or infinite count is 0, so the station is left out or counts none."""
    whole = np.rint(values)
    whole[~np.isfinite(whole)] = 0.0
    return whole.astype(np.int64)


#: The checks hold a station × candidate table of counts: more cells than this (400 MB of floats) are
#: refused with a message rather than run out of memory (a national contest of thousands of candidates
#: counted at a million stations would need tens of gigabytes).
MAX_STATION_CELLS = 50_000_000


class TooManyToCheck(ValueError):
    """The contest has too many stations × candidates for the checks to hold in memory."""


def _station_units(contest: Contest) -> np.ndarray:
    """Per unit, True for a station: a unit the contest is counted in with none below it."""
    units = contest.units
    counted = np.zeros(len(units), dtype=bool)
    counted[contest.votes.unit] = True
    has_children = np.zeros(len(units), dtype=bool)
    has_children[units.parents[units.parents >= 0]] = True
    return counted & ~has_children


def has_stations(contest: Contest) -> bool:
    """Whether the contest has a station with registered voters: the checks can run.

    Cheap (no station × candidate table), for enabling a menu item on every contest change.
    """
    return bool((_station_units(contest) & (np.nan_to_num(contest.units.registered) > 0)).any())


def _refuse_if_too_many(count: int, candidates: int) -> None:
    if count * candidates > MAX_STATION_CELLS:
        raise TooManyToCheck(
            translate("integrity", "{0} stations × {1} candidates are too many to check at once: choose a place (a region or district) or a contest of fewer candidates, such as the party totals.").format(
                format_count(count), format_count(candidates)
            )
        )


@dataclass(frozen=True)
class _Gathered:
    """Whole registered voters, ballots and votes of the stations ``units`` (ascending), usable or not."""

    units: np.ndarray
    registered: np.ndarray
    ballots: np.ndarray
    votes: np.ndarray  # stations × candidates

    @property
    def usable(self) -> np.ndarray:
        return (self.registered > 0) & (self.ballots > 0)


#: Count rows summed at a time into the station table when they come station by station (as files list them).
_ROWS_AT_ONCE = 1 << 20


def _count_table(row_of: np.ndarray, counts: CountTable, stations: int, candidates: int) -> tuple[np.ndarray, bool]:
    """Each station's sum of each candidate's count rows (stations × candidates, floats; ``row_of``: each unit's
    station, -1 for none; missing counts left out), and whether a count was infinite.

    bincount sums a cell's rows (a file may split a count over several), many times faster than np.add.at. Fresh
    memory is slow to touch (the kernel clears every page, ~0.5 s of processor per 280 MB here): when the rows come
    station by station, as files list them, they are summed a million at a time into the table, so only the table
    itself is new memory, not 15 M row indexes besides on a national booth file."""
    unit, column, value = counts.unit, counts.column, counts.value
    ordered = len(unit) > _ROWS_AT_ONCE and bool((unit[1:] >= unit[:-1]).all())
    table = np.zeros(stations * candidates) if ordered else None
    infinite = False
    for start in range(0, len(unit), _ROWS_AT_ONCE) if ordered else (0,):
        stop = start + _ROWS_AT_ONCE if ordered else len(unit)
        rows = row_of[unit[start:stop]]
        part = value[start:stop]
        keep = (rows >= 0) & ~np.isnan(part)
        if keep.all():
            cells, kept, columns = rows, part, column[start:stop]
        else:
            cells, kept, columns = rows[keep], part[keep], column[start:stop][keep]
        infinite = infinite or bool(np.isinf(kept).any())
        if table is None:  # the rows in any order: all at once
            cells *= candidates
            cells += columns
            return np.bincount(cells, weights=kept, minlength=stations * candidates).reshape(stations, candidates), infinite
        if not len(cells):
            continue
        first = int(cells[0])  # the block's first station: its rows ascend
        cells -= first
        cells *= candidates
        cells += columns
        sums = np.bincount(cells, weights=kept)
        table[first * candidates : first * candidates + len(sums)] += sums
    if table is None:
        table = np.zeros(stations * candidates)
    return table.reshape(stations, candidates), infinite


def _gather(contest: Contest, index: np.ndarray) -> _Gathered:
    """The figures of the stations ``index`` (ascending unit indexes), summed from the contest's count rows."""
    units = contest.units
    row_of = np.full(len(units), -1, dtype=np.int64)
    row_of[index] = np.arange(len(index))
    candidates = len(contest.candidates)
    votes, infinite = _count_table(row_of, contest.votes, len(index), candidates)

    other: np.ndarray = np.zeros(len(index), dtype=np.float64)
    ballot_kinds = [i for i, kind in enumerate(contest.other_kinds) if any(word in kind.casefold() for word in _BALLOT_KINDS)]
    if ballot_kinds:
        others = contest.other_counts
        rows = row_of[others.unit]
        keep = (rows >= 0) & np.isin(others.column, ballot_kinds) & ~np.isnan(others.value)
        other = np.bincount(rows[keep], weights=others.value[keep], minlength=len(index))
    reported = units.ballots_cast[index]
    ballots = np.where(np.isnan(reported), votes.sum(axis=1) + other, reported)
    if infinite:
        whole_votes = _whole(votes)
    else:  # every cell a finite sum: rounded into its own memory as whole numbers, no second table
        whole_votes = votes.view(np.int64)
        np.rint(votes, out=whole_votes, casting="unsafe")
    return _Gathered(index, _whole(units.registered[index]), _whole(ballots), whole_votes)


class _Everywhere(NamedTuple):
    """Every station of one contest, gathered once: a drill-down takes its place's rows instead of summing the
    contest's count rows again (15 M of them on a national booth file) for each place."""

    contest: Contest  # kept alive with its entry, so its id is not reused while cached
    gathered: _Gathered
    above: np.ndarray  # levels × stations: each station's unit 1, 2, … levels up (-1 past the top)


# A few contests' stations: the window's and the report's. Keyed by identity (see _Everywhere.contest).
_EVERYWHERE_CACHED = 2
_everywhere_cache: dict[int, _Everywhere] = {}


def forget_stations() -> None:
    """Drop the stations gathered so far (a benchmark's cold start; the cache otherwise lets go of the oldest)."""
    _everywhere_cache.clear()


def _everywhere(contest: Contest) -> _Everywhere | None:
    """The contest's stations gathered once, or None when they are too many to hold (each place is then summed
    on its own, or refused)."""
    cached = _everywhere_cache.get(id(contest))
    if cached is not None and cached.contest is contest:
        return cached
    index = np.flatnonzero(_station_units(contest))
    if len(index) * len(contest.candidates) > MAX_STATION_CELLS:
        return None
    gathered = _gather(contest, index)
    parents = contest.units.parents
    levels = [parents[index]]
    while (levels[-1] >= 0).any() and len(levels) <= len(parents):
        level = levels[-1]
        levels.append(np.where(level >= 0, parents[np.maximum(level, 0)], -1))
    for array in (gathered.units, gathered.registered, gathered.ballots, gathered.votes):
        array.flags.writeable = False  # shared with every Stations made from them
    entry = _Everywhere(contest, gathered, np.stack(levels))
    if len(_everywhere_cache) >= _EVERYWHERE_CACHED:
        _everywhere_cache.clear()
    _everywhere_cache[id(contest)] = entry
    return entry


def _in_scope(contest: Contest, scope: int | None) -> _Gathered:
    """The stations within unit ``scope`` (all when None), from the contest's gathered stations where they fit."""
    everywhere = _everywhere(contest)
    if everywhere is None:
        station = _station_units(contest)
        if scope is not None:
            station &= contest.units.within(scope)
        index = np.flatnonzero(station)
        _refuse_if_too_many(len(index), len(contest.candidates))
        return _gather(contest, index)
    gathered = everywhere.gathered
    if scope is None:
        return gathered
    rows = np.flatnonzero((gathered.units == scope) | (everywhere.above == scope).any(axis=0))
    return _Gathered(gathered.units[rows], gathered.registered[rows], gathered.ballots[rows], gathered.votes[rows])


def stations(contest: Contest, scope: int | None = None) -> Stations:
    """The contest's stations (within unit ``scope`` when given) that have registered voters and ballots.

    Raises TooManyToCheck when its station × candidate table would exceed MAX_STATION_CELLS.
    """
    gathered = _in_scope(contest, scope)
    usable = gathered.usable
    every = bool(usable.all())
    pick = (lambda array: array) if every else (lambda array: array[usable])
    votes = pick(gathered.votes)
    totals = votes.sum(axis=0)
    # The leader is the largest party or candidate: a booth file's pooled independents are no one's share.
    ranked = np.where([c.name == NO_PARTY_TOTAL and contest.totals_of is not None for c in contest.candidates], -1, totals)
    leader = int(np.argmax(ranked)) if len(ranked) and ranked.max() > 0 else -1
    return Stations(
        units=pick(gathered.units),
        registered=pick(gathered.registered),
        ballots=pick(gathered.ballots),
        votes=votes,
        leader=leader,
        skipped=int((~usable).sum()),
    )


# ---------------------------------------------------------------- integer percentages


def _whole_percent(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    """Per pair, the whole percent whose nearest count of ``denominator`` is ``numerator``, or -1 when none is."""
    n = np.asarray(numerator, dtype=np.int64)
    m = np.asarray(denominator, dtype=np.int64)
    safe = np.where(m > 0, m, 1)
    percent = (200 * n + safe) // (2 * safe)  # nearest whole percent (halves up)
    nearest = (2 * percent * safe + 100) // 200  # nearest count to that percent of m (halves up)
    return np.where((m > 0) & (nearest == n), percent, -1)


def integer_percent(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    """Whether ``numerator`` is what one gets by rounding a whole percent of ``denominator``.

    That is what a protocol written to a target ("make it 80%") looks like: 987 of 1234 is 79.98%,
    exactly the nearest count to 80%. Integer arithmetic, so no float rounding decides it.
    """
    return _whole_percent(numerator, denominator) >= 0


def _inner(percent: np.ndarray, step: int) -> np.ndarray:
    """Which of :func:`_whole_percent`'s percents are from 1 to 99 and multiples of ``step``."""
    return (percent > 0) & (percent < 100) & (percent % step == 0)


def _inner_percent(numerator: np.ndarray, denominator: np.ndarray, step: int) -> np.ndarray:
    """Whole percents from 1 to 99 (multiples of ``step``): the counts the excess test takes.

    0% and 100% stay out: a station at 100% redrawn from Binomial(m, 1) stays there, and one at 99.8% lands on
    100% by chance a third of the time, so the boundary piles up in the simulation for reasons that have nothing
    to do with rounding. Those stations are flagged on their own (turnout 100%, every ballot for the leader)."""
    return _inner(_whole_percent(numerator, denominator), step)


def round_percent(numerator: np.ndarray, denominator: np.ndarray, step: int) -> np.ndarray:
    """Like :func:`integer_percent`, for whole percents that are multiples of ``step`` (5, 10)."""
    percent = _whole_percent(numerator, denominator)
    return (percent >= 0) & (percent % step == 0)


@dataclass(frozen=True)
class Excess:
    """Observed stations at a whole percent against the number chance gives for stations of those sizes."""

    observed: int
    expected: float  # exact: the sum of the stations' chances
    spread: float  # exact standard deviation of the chance count, √Σq(1−q)
    p_value: float  # share of simulated chance counts with at least ``observed`` (add-one, so never 0)
    stations: int  # stations tested (at least MIN_INTEGER_SIZE voters in the denominator)

    @property
    def excess(self) -> float:
        return self.observed - self.expected

    def as_dict(self) -> dict:
        return {
            "observed": self.observed,
            "expected": round(self.expected, 2),
            "sd": round(self.spread, 2),
            "excess": round(self.excess, 2),
            "p_value": round(self.p_value, 4),
            "stations": self.stations,
        }


#: Binomial mass a station's chance may leave out beyond the counts it sums (a bound, see _reach).
TAIL = 1e-8
#: Width of the groups of stations of like chance whose counts the p-value simulates (see _simulate).
CHANCE_BIN = 1e-2
# Stations × percents handled at once in _landing_chances: a few MB of temporaries, cache-sized.
_BLOCK = 1 << 15
# Windows are widened to a multiple of this many percents (the columns past 99% count nothing).
_PAD = 4


def _log_factorial(k: np.ndarray) -> np.ndarray:
    """ln k! for whole k ≥ 0: exact below 32, Stirling's series above (error under 2e-14)."""
    k = np.asarray(k, dtype=np.float64)
    small = k < 32
    table = np.array([math.lgamma(i + 1.0) for i in range(32)])
    x = np.where(small, 32.0, k)
    inverse = 1.0 / x
    series = inverse * (1 / 12 - inverse * inverse * (1 / 360 - inverse * inverse / 1260))
    big = x * np.log(x) - x + 0.5 * np.log(2 * math.pi * x) + series
    return np.where(small, table[np.where(small, k, 0).astype(np.int64)], big)


def _reach(sigma: np.ndarray) -> np.ndarray:
    """Counts either side of the mean beyond which a binomial of standard deviation ``sigma`` keeps at most TAIL.

    Bernstein's inequality for a sum of bounded variables: P(|X − μ| ≥ t) ≤ 2·exp(−t² / (2(σ² + t/3))); the
    ``t`` that makes the bound TAIL solves a quadratic."""
    log = math.log(2 / TAIL)
    return log / 3 + np.sqrt(log * log / 9 + 2 * log * sigma * sigma)


def _percent_counts(sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each size m and each percent j from 0 to 99 (and _PAD more): the count k nearest j% of m (halves up),
    and ln C(m, k), or −∞ where k is not counted (0%, 100% and over; under 100 voters, a count shared with a
    nearer percent)."""
    m = np.asarray(sizes, dtype=np.float64)[:, None]
    percent = np.arange(100 + _PAD, dtype=np.float64)
    count = np.floor((np.minimum(percent, 100) * m + 50) / 100)  # in floats: every figure is whole and under 2⁵³
    whole = count.astype(np.int64)
    top = int(m.max()) if len(m) else 0
    log_factorial = _log_factorial(np.arange(top + 1)).take if top < 1 << 22 else _log_factorial
    log_choose = log_factorial(m.astype(np.int64)) - log_factorial(whole) - log_factorial(m.astype(np.int64) - whole)
    own = np.floor((200 * count + m) / (2 * np.maximum(m, 1))) == percent
    log_choose[~own | (percent == 0) | (percent > 99)] = -np.inf
    return count, log_choose


# The table of _percent_counts for sizes 0…N, kept for the next test and place (the same for every file): the
# turnout's and leader's tests and every drill-down take rows of it instead of working it out again.
_percent_tables: list[tuple[np.ndarray, np.ndarray]] = []


def _percent_table(top: int) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_percent_counts` of the sizes 0…``top`` (a row per size; rows past ``top`` may follow)."""
    if not _percent_tables or len(_percent_tables[0][0]) <= top:
        # Grown to twice the size asked for at least, so a slightly larger place doesn't work it out again.
        grown = 2 * len(_percent_tables[0][0]) if _percent_tables else 0
        table = _percent_counts(np.arange(max(top + 1, min(grown, 1 << 14))))
        for array in table:
            array.flags.writeable = False
        _percent_tables[:] = [table]
    return _percent_tables[0]


def _landing_chances(n: np.ndarray, m: np.ndarray, steps: tuple[int, ...]) -> dict[int, np.ndarray]:
    """Per station, the chance that Binomial(m, n/m) lands on the count nearest a whole percent from 1 to 99
    (a multiple of each step, which must divide 10): the binomial probabilities of those counts, summed exactly
    over every count within :func:`_reach` of the mean (what lies further out is under TAIL per station)."""
    chances = {step: np.zeros(len(n)) for step in steps}
    inside = (n > 0) & (n < m)  # at 0 or m the redraw stays at 0% or 100%, which are not counted
    rows = np.flatnonzero(inside)
    if not len(rows):
        return chances
    n, m = n[rows], m[rows]
    p = n / m
    reach = _reach(np.sqrt(m * p * (1 - p))) + 1  # +1: the count nearest a percent is within ½ of it
    low = np.maximum(1, np.floor(100 * (n - reach) / m)).astype(np.int64)
    high = np.minimum(99, np.ceil(100 * (n + reach) / m)).astype(np.int64)
    width = -(-(high - low + 1) // _PAD) * _PAD  # rounded up: fewer groups below, for a few −∞ columns
    # The counts and ln C(m, k) at each percent, once per station size: indexed by the size itself when sizes are
    # small (stations), by the distinct sizes otherwise.
    if int(m.max()) < 1 << 14:
        size_row = m
        count, log_choose = _percent_table(int(m.max()))
    else:
        sizes, size_row = np.unique(m, return_inverse=True)
        count, log_choose = _percent_counts(sizes)
    count, log_choose = count.ravel(), log_choose.ravel()
    start_at = size_row * (100 + _PAD) + low  # flat index of each window's first percent
    # ln P(X = k) = ln C(m, k) + m ln(1−p) + k ln(p / (1−p))
    constant = m * np.log1p(-p)
    slope = np.log(p) - np.log1p(-p)
    # Stations of one width and one last digit of the first percent at a time: the percents each sums form a
    # rectangle, and the multiples of 5 and 10 are the same columns in every row of it.
    key = (10 * width + low % 10).astype(np.uint16)  # widths are at most 99 + _PAD
    order = np.argsort(key, kind="stable")  # a radix sort on 16 bits
    groups = np.bincount(key)
    ends = np.cumsum(groups)
    for group in np.flatnonzero(groups).tolist():
        size, digit = divmod(group, 10)
        end = int(ends[group])
        start = end - int(groups[group])
        block = max(1, _BLOCK // size)
        columns = np.arange(size)
        for first in range(start, end, block):
            at = order[first : min(end, first + block)]
            flat = start_at[at, None] + columns
            mass = count.take(flat)
            mass *= slope[at, None]
            mass += log_choose.take(flat)
            mass += constant[at, None]
            np.exp(mass, out=mass)
            for step in steps:
                chances[step][rows[at]] = mass[:, (-digit) % step :: step].sum(axis=1)
    for chance in chances.values():
        np.clip(chance, 0.0, 1.0, out=chance)  # a sum near 1 can round to 1 + 1e-14
    return chances


def _simulate(chance: np.ndarray, rng: np.random.Generator, simulations: int) -> np.ndarray:
    """``simulations`` draws of the number of stations landing on a whole percent by chance.

    That number is a sum of independent Bernoulli(q) over the stations. Stations are grouped by q in bins of
    CHANCE_BIN and each group drawn as Binomial(size, mean q): the same mean, a variance larger by Σ(q − q̄)²
    (under CHANCE_BIN²/4 per station), so the p-value errs, if at all, towards chance."""
    group = np.rint(chance / CHANCE_BIN).astype(np.int64)
    sizes = np.bincount(group)
    used = np.flatnonzero(sizes)
    means = np.bincount(group, weights=chance)[used] / sizes[used]
    means = np.clip(means, 0.0, 1.0)
    counts = np.zeros(simulations, dtype=np.int64)
    chunk = max(1, 1_000_000 // len(used))  # draws at a time, a few MB
    for start in range(0, simulations, chunk):
        size = min(chunk, simulations - start)
        counts[start : start + size] = rng.binomial(sizes[used], means, size=(size, len(used))).sum(axis=1)
    return counts


def excesses(
    numerator: np.ndarray,
    denominator: np.ndarray,
    seeds: dict[int, int],
    simulations: int = SIMULATIONS,
    min_size: int = MIN_INTEGER_SIZE,
) -> dict[int, Excess]:
    """The integer-percentage test for each step in ``seeds`` (1: every whole percent; 5, 10: round ones), each
    p-value simulated with its own seed.

    Kobak et al. redraw each station's numerator from Binomial(m, n/m), which keeps every station's size and
    proportion but blurs the numerator by the chance variation a count of that size has anyway: that wipes out
    any peak at whole percents, and how often a redrawn station lands on one is the chance rate. Here that rate
    is computed rather than drawn: each station's chance q of landing on a whole percent is the sum of the
    binomial probabilities of those counts (exact to TAIL per station), ``expected`` is Σq and ``spread``
    √Σq(1−q), both exact. Only the p-value is simulated, seeded: ``simulations`` draws of the chance count, the
    sum of the stations' Bernoulli(q) (see :func:`_simulate`), which is what the redraw's count is.
    """
    n = np.asarray(numerator, dtype=np.int64)
    m = np.asarray(denominator, dtype=np.int64)
    tested = (m >= min_size) & (n >= 0) & (n <= m)
    n, m = n[tested], m[tested]
    chances = _landing_chances(n, m, tuple(seeds))
    percent = _whole_percent(n, m)  # once for every step
    result = {}
    for step, seed in seeds.items():
        observed = int(_inner(percent, step).sum())
        if not len(n):
            result[step] = Excess(observed, 0.0, 0.0, 1.0, 0)
            continue
        chance = chances[step]
        counts = _simulate(chance, np.random.default_rng(seed), simulations)
        p_value = (1 + int((counts >= observed).sum())) / (1 + simulations)
        spread = math.sqrt(max(0.0, float((chance * (1 - chance)).sum())))
        result[step] = Excess(observed, float(chance.sum()), spread, p_value, len(n))
    return result


def excess(
    numerator: np.ndarray,
    denominator: np.ndarray,
    seed: int = 0,
    simulations: int = SIMULATIONS,
    step: int = 1,
    min_size: int = MIN_INTEGER_SIZE,
) -> Excess:
    """The integer-percentage test at whole percents that are multiples of ``step`` (see :func:`excesses`)."""
    return excesses(numerator, denominator, {step: seed}, simulations, min_size)[step]


# ---------------------------------------------------------------- last digits


def chi2_sf(statistic: float, dof: int) -> float:
    """P(χ² with ``dof`` degrees of freedom ≥ ``statistic``): the regularised upper incomplete gamma Q(dof/2, x/2).

    Closed form for whole and half-whole shapes (no scipy): Q(a+1, x) = Q(a, x) + x^a e^-x / Γ(a+1),
    from Q(1, x) = e^-x or Q(1/2, x) = erfc(√x).
    """
    if statistic <= 0:
        return 1.0
    x = statistic / 2.0
    if dof % 2 == 0:
        a, q = 1.0, math.exp(-x)
    else:
        a, q = 0.5, math.erfc(math.sqrt(x))
    while a < dof / 2.0 - 1e-9:
        q += math.exp(a * math.log(x) - x - math.lgamma(a + 1.0))
        a += 1.0
    return min(1.0, max(0.0, q))


@dataclass(frozen=True)
class DigitTest:
    """Last digits of the counts of at least MIN_DIGIT_COUNT: how many end in 0…9, chi-square against uniform."""

    digits: tuple[int, ...]  # how many counts end in 0, 1, …, 9
    chi2: float
    p_value: float

    @property
    def counts(self) -> int:
        return sum(self.digits)

    def as_dict(self) -> dict:
        return {
            "counts": self.counts,
            "digits": list(self.digits),
            "chi2": round(self.chi2, 3),
            "p_value": round(self.p_value, 4),
        }


def last_digit(counts: np.ndarray, minimum: int = MIN_DIGIT_COUNT) -> DigitTest:
    values = np.asarray(counts, dtype=np.int64).ravel()
    values = values[values >= minimum]
    return _digit_test(np.bincount(values % 10, minlength=10))


def last_digits_by_column(votes: np.ndarray, minimum: int = MIN_DIGIT_COUNT) -> tuple[DigitTest, tuple[DigitTest, ...]]:
    """:func:`last_digit` of all of ``votes`` (stations × candidates) and of each column, in one pass over the
    matrix (a column at a time copied it once per candidate)."""
    votes = np.asarray(votes, dtype=np.int64)
    columns = votes.shape[1]
    table = np.zeros(10 * columns, dtype=np.int64)
    offsets = np.arange(columns, dtype=np.int64) * 10
    # A block of stations at a time: the temporaries stay a few MB and are reused, where the whole table's
    # (hundreds of MB on a national file) would each be fresh memory, slow to touch.
    block = max(1, _BLOCK * 8 // max(columns, 1))
    for start in range(0, len(votes), block):
        part = votes[start : start + block]
        big = part >= minimum
        code = np.broadcast_to(offsets, part.shape)[big]
        code += part[big] % 10
        table += np.bincount(code, minlength=10 * columns)
    table = table.reshape(columns, 10)
    return _digit_test(table.sum(axis=0)), tuple(_digit_test(row) for row in table)


def _digit_test(digits: np.ndarray) -> DigitTest:
    """The chi-square test of counts ending in 0…9 (``digits``) against a uniform last digit."""
    total = int(digits.sum())
    if not total:
        return DigitTest(tuple(int(d) for d in digits), 0.0, 1.0)
    expected = total / 10.0
    chi2 = float(((digits - expected) ** 2 / expected).sum())
    return DigitTest(tuple(int(d) for d in digits), chi2, chi2_sf(chi2, 9))


# ---------------------------------------------------------------- histograms


def histogram_tenths(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    """Stations per 0.1-point bin from 0 to 100 (1001 bins, bin k centred on k/10 %): integer arithmetic,
    so a whole percent always falls in the bin centred on it. Values above 100% go in the last bin."""
    n = np.asarray(numerator, dtype=np.int64)
    m = np.asarray(denominator, dtype=np.int64)
    index = np.minimum((2000 * n + m) // (2 * m), 1000)
    return np.bincount(index, minlength=1001)


def fingerprint(turnout: np.ndarray, share: np.ndarray, weights: np.ndarray, bins: int = 100) -> np.ndarray:
    """Registered voters in each (turnout, leader's share) cell of ``bins`` × ``bins`` over 0–100 % (Klimek et al.);
    row = turnout bin, column = share bin; values above 100% go in the last bin."""
    t = np.clip((np.asarray(turnout) * bins / 100.0).astype(np.int64), 0, bins - 1)
    s = np.clip((np.asarray(share) * bins / 100.0).astype(np.int64), 0, bins - 1)
    grid = np.bincount(t * bins + s, weights=np.asarray(weights, dtype=np.float64), minlength=bins * bins)
    return grid.reshape(bins, bins)


# ---------------------------------------------------------------- flagged stations


class Flagged(NamedTuple):
    """A station worth a look and why (a named tuple: a million of them are made in well under a second)."""

    unit: int  # index into contest.units
    reasons: tuple[str, ...]


TURNOUT_100 = "turnout 100%"
TURNOUT_OVER_100 = "more ballots than registered voters"
LEADER_100 = "every ballot for the leader"
INTEGER_TURNOUT = "turnout at a whole percent"
INTEGER_LEADER = "leader's share at a whole percent"
#: Every reason, in the order a station's reasons are given.
REASONS = (TURNOUT_100, TURNOUT_OVER_100, LEADER_100, INTEGER_TURNOUT, INTEGER_LEADER)


def reason_text(reason: str) -> str:
    """A flag's reason in the interface language (the JSON and CSV keep the English constants)."""
    words = {
        TURNOUT_100: translate("integrity", "turnout 100%"),
        TURNOUT_OVER_100: translate("integrity", "more ballots than registered voters"),
        LEADER_100: translate("integrity", "every ballot for the leader"),
        INTEGER_TURNOUT: translate("integrity", "turnout at a whole percent"),
        INTEGER_LEADER: translate("integrity", "leader's share at a whole percent"),
    }
    return words.get(reason, reason)


def _flag_checks(found: Stations) -> tuple[tuple[np.ndarray, str], ...]:
    """Each reason a station is flagged, with the mask of stations it holds for."""
    big = found.registered >= MIN_INTEGER_SIZE
    return (
        (found.ballots == found.registered, TURNOUT_100),
        (found.ballots > found.registered, TURNOUT_OVER_100),
        ((found.leader_votes == found.ballots) if found.leader >= 0 else np.zeros(len(found), bool), LEADER_100),
        (big & _inner_percent(found.ballots, found.registered, 1), INTEGER_TURNOUT),
        ((found.ballots >= MIN_INTEGER_SIZE) & _inner_percent(found.leader_votes, found.ballots, 1), INTEGER_LEADER),
    )


def flagged(found: Stations) -> list[Flagged]:
    """Stations worth a look, each with why: 100% turnout, more ballots than voters, every ballot for the
    leader, and (stations of at least MIN_INTEGER_SIZE) turnout or leader's share at a whole percent from 1 to 99."""
    checks = _flag_checks(found)
    code = np.zeros(len(found), dtype=np.int64)  # bit k: the k-th check holds
    for bit, (mask, _) in enumerate(checks):
        code |= mask.astype(np.int64) << bit
    rows = np.flatnonzero(code)
    # One tuple of reasons per combination that occurs, shared by its stations.
    combos = np.unique(code[rows])
    reasons = np.empty(len(combos), dtype=object)
    reasons[:] = [tuple(reason for bit, (_, reason) in enumerate(checks) if combo >> bit & 1) for combo in combos.tolist()]
    pairs = zip(found.units[rows].tolist(), reasons[np.searchsorted(combos, code[rows])].tolist(), strict=True)
    # tuple.__new__ makes each Flagged in C: the named tuple's own __new__ is Python, 0.2 s for 141 k stations.
    return list(map(tuple.__new__, itertools.repeat(Flagged), pairs))


def unit_path(units: UnitTable, index: int) -> str:
    """A station's name with the places above it ("Region / District / Station"), the file's top left out."""
    names: list[str] = []
    while index >= 0 and len(names) <= len(units):
        names.append(str(units.names[index]))
        index = int(units.parents[index])
    return " / ".join(reversed(names[:-1] or names))  # the top (the whole file) says nothing


def unit_paths(units: UnitTable, indexes: list[int]) -> list[str]:
    """:func:`unit_path` of many stations at once: the path of each place above them is worked out once."""
    above: dict[int, str | None] = {}  # parent -> its path, or None when it is the file's top
    paths = []
    for index in indexes:
        parent = int(units.parents[index])
        if parent not in above:
            above[parent] = unit_path(units, parent) if parent >= 0 and units.parents[parent] >= 0 else None
        prefix = above[parent]
        name = str(units.names[index])
        paths.append(name if prefix is None else f"{prefix} / {name}")
    return paths


class StationRow(NamedTuple):
    """One station's figures as the flagged list and the CSV show them; turnout and share are derived here."""

    unit: int  # index into contest.units
    id: str
    name: str  # with the places above it
    registered: int
    ballots: int
    turnout: float  # percent of registered voters (derived)
    leader_share: float  # percent of ballots cast (derived)
    reasons: tuple[str, ...]


def station_rows(contest: Contest, report: IntegrityReport, only_flagged: bool = False) -> list[StationRow]:
    """Every station of ``report`` (or only the flagged ones) in the file's order, with why it is flagged."""
    found = report.found
    if only_flagged:
        # Flags come in the stations' order, and the stations' units ascend (they are found by flatnonzero).
        positions = np.searchsorted(found.units, np.array([flag.unit for flag in report.flags], dtype=np.int64))
        reasons = [flag.reasons for flag in report.flags]
    else:
        positions = np.arange(len(found))
        reasons_of = {flag.unit: flag.reasons for flag in report.flags}
        reasons = [reasons_of.get(unit, ()) for unit in found.units.tolist()]
    units = contest.units
    unit = found.units[positions]
    listed = unit.tolist()
    return list(
        map(
            StationRow,
            listed,
            [str(identifier) for identifier in units.ids[unit].tolist()],
            unit_paths(units, listed),
            found.registered[positions].tolist(),
            found.ballots[positions].tolist(),
            found.turnout[positions].tolist(),
            found.leader_share[positions].tolist(),
            reasons,
        )
    )


STATION_CSV_HEADER = ("unit", "name", "registered", "ballots", "turnout_percent", "leader_share_percent", "flags")


def stations_csv(contest: Contest, report: IntegrityReport, only_flagged: bool = False) -> str:
    """One CSV line per station (docs/FORMAT.md, "Integrity checks"); names a spreadsheet would run as formulas are
    neutralised, reasons joined by "; "."""
    lines = [csv_line(STATION_CSV_HEADER)]
    for row in station_rows(contest, report, only_flagged):
        lines.append(
            csv_line(
                [
                    neutralise_formula(row.id),
                    neutralise_formula(row.name),
                    row.registered,
                    row.ballots,
                    f"{row.turnout:.2f}",
                    f"{row.leader_share:.2f}",
                    "; ".join(row.reasons),
                ]
            )
        )
    return "".join(lines)


# ---------------------------------------------------------------- everything at once


def checked_place(contest: Contest, scope: int | None) -> int | None:
    """The place whose stations are checked when ``scope`` is on screen: a station alone has no distribution,
    so drilled down to one (or opened from the flagged list) the checks stay on the place around it."""
    units = contest.units
    if scope is not None and not bool((units.parents == scope).any()):
        parent = int(units.parents[scope])
        return parent if parent >= 0 else None
    return scope


@dataclass(frozen=True)
class IntegrityReport:
    found: Stations
    turnout: Excess
    leader_share: Excess
    turnout_round: dict[int, Excess]  # step (5, 10) -> excess at multiples of it
    leader_round: dict[int, Excess]
    digits: DigitTest
    digits_by_candidate: tuple[DigitTest, ...]
    flags: list[Flagged] = field(default_factory=list)
    seed: int = 0
    simulations: int = SIMULATIONS


def check(
    contest: Contest,
    scope: int | None = None,
    seed: int = 0,
    simulations: int = SIMULATIONS,
    progress: Callable[[float], None] | None = None,
) -> IntegrityReport:
    """All the checks on ``contest``'s stations (within ``scope``), seeded so a run repeats exactly.

    ``progress(fraction)`` is called as the turnout and the leader's tests end and at the end (0…1); it may raise to stop the work
    (a window that no longer wants the result).
    """
    found = stations(contest, scope)
    # Every test its own seed: turnout seed, seed + 10, seed + 20 (steps 1, 5, 10), the leader's one more.
    seeds = {1: seed, **{step: seed + 2 * step for step in ROUND_STEPS}}
    turnout = excesses(found.ballots, found.registered, seeds, simulations)
    if progress is not None:
        progress(1 / 3)
    leader = excesses(found.leader_votes, found.ballots, {step: s + 1 for step, s in seeds.items()}, simulations)
    if progress is not None:
        progress(2 / 3)
    digits, by_candidate = last_digits_by_column(found.votes)
    report = IntegrityReport(
        found=found,
        turnout=turnout[1],
        leader_share=leader[1],
        turnout_round={step: turnout[step] for step in ROUND_STEPS},
        leader_round={step: leader[step] for step in ROUND_STEPS},
        digits=digits,
        digits_by_candidate=by_candidate,
        flags=flagged(found),
        seed=seed,
        simulations=simulations,
    )
    if progress is not None:
        progress(1.0)
    return report


# ---------------------------------------------------------------- what each check says, in plain words


def caveats(localised: bool = False) -> dict[str, str]:
    """What each panel measures, what chance looks like, and that a deviation is a reason to look, not proof.

    ``localised``: in the interface language (core.i18n), for the window and the report; otherwise English, as
    the JSON contract gives them. The papers' titles stay as published."""
    translate = i18n.translate if localised else _english
    return {
        "turnout_histogram": translate(
            "integrity",
            "Stations by turnout in 0.1-point bins. Honest turnout varies smoothly from station to station; "
            "spikes at whole or round percents, or a second hump near 100%, are reasons to look closer, not proof: "
            "hospitals, barracks and small villages can have honest turnouts near 100%.",
        ),
        "leader_histogram": translate(
            "integrity",
            "Stations by the leader's share of the ballots cast, in 0.1-point bins. A smooth single hump is what "
            "chance gives; spikes at round numbers or a pile at 100% are reasons to look, not proof.",
        ),
        "fingerprint": translate(
            "integrity",
            "Registered voters by turnout (across) and the leader's share (up) at each station. Honest elections "
            "usually show one roughly round cloud; a smear towards the top right corner (high turnout together with "
            "a high leader's share) is the pattern ballot stuffing leaves, but it can also come from regions that "
            "vote differently.",
        )
        + " "
        + KLIMEK_2012,
        "integer_percent": translate(
            "integrity",
            "Stations with 100 or more voters whose turnout or leader's share is the count nearest a whole percent "
            "(1-99%), against the number a binomial Monte-Carlo expects for stations of those sizes (seeded, so it "
            "repeats). A small p-value says more stations sit on whole percents than chance gives; that is a reason "
            "to look at those stations, not proof of fraud.",
        )
        + " "
        + KOBAK_2016,
        "last_digit": translate(
            "integrity",
            "Last digits of the vote counts of 100 or more, against a uniform last digit (chi-square, 9 degrees of "
            "freedom). A small p-value says some digits come up more often than chance gives, a reason to look, "
            "not proof.",
        )
        + " "
        + BEBER_SCACCO_2012,
        "flagged": translate(
            "integrity",
            "Stations with turnout of 100% or more, every ballot for the leader, or turnout or leader's share at a "
            "whole percent. Many honest stations are on this list by chance: it is where to look first, not a list "
            "of frauds.",
        ),
    }


def _english(context: str, text: str) -> str:
    return text


#: The caveats in English, as the JSON gives them.
CAVEATS = caveats()


def report_dict(contest: Contest, report: IntegrityReport, source: str = "") -> dict:
    """The JSON contract of ``electview integrity`` (docs/FORMAT.md, "Integrity checks")."""
    found = report.found
    units = contest.units
    leader = contest.candidates[found.leader].name if found.leader >= 0 else None

    return {
        "format_version": 1,
        "file": source,
        "contest": contest.name,
        "stations": len(found),
        "stations_left_out": found.skipped,
        "leader": leader,
        "seed": report.seed,
        "simulations": report.simulations,
        "integer_percent": {"turnout": report.turnout.as_dict(), "leader_share": report.leader_share.as_dict()},
        "round_percent": {
            str(step): {"turnout": report.turnout_round[step].as_dict(), "leader_share": report.leader_round[step].as_dict()}
            for step in sorted(report.turnout_round)
        },
        "last_digit": {
            **report.digits.as_dict(),
            "by_candidate": [
                {"candidate": candidate.name, **test.as_dict()}
                for candidate, test in zip(contest.candidates, report.digits_by_candidate, strict=True)
            ],
        },
        "flagged": [
            {"unit": str(units.ids[flag.unit]), "name": unit_path(units, flag.unit), "reasons": list(flag.reasons)}
            for flag in report.flags
        ],
        "caveats": dict(CAVEATS),
        "citations": [KOBAK_2016, KLIMEK_2012, BEBER_SCACCO_2012],
    }
