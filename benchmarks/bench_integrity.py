"""The integrity checks at national size: every panel (seconds) and a drill-down (ms), beside a bare numpy peer.

By default this builds a contest in memory: ``--stations`` stations (default 1,000,000) in 36 regions,
each station with an electorate, ballots and three candidates' votes drawn as in
tests/integrity_synthetic.py. ``--file`` takes a booth file with registered voters instead
(``generate_booth_csv.py OUT --registered``): the file is read as the window reads it, its precinct table
made the contest's stations (core.precinct_stations), and ``--contest`` chooses the contest (default: the first, the by-party total,
as ``electview integrity`` takes; the per-candidate contest has 8,076 candidates and core.integrity.stations holds
a stations × candidates matrix, 64 GB at 1 M stations). The peer is what the panels need at their simplest: ``np.histogram`` of
turnout and leader's share in 0.1-point bins and ``np.histogram2d`` of the two, weighted by electorate,
on the same arrays, in the same run. The whole-percent tests' chances are exact and only their p-values are
simulated (core.integrity.excesses), so ``--simulations`` changes the time little. No time is asserted anywhere (absolute times on a shared machine are
noise); read the ratios.

    uv run python benchmarks/bench_integrity.py --stations 1000000 --simulations 1000 --rounds 2
    uv run python benchmarks/bench_integrity.py --file /tmp/booth-1m-registered.csv --rounds 2
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from electview.core import integrity
from electview.core.model import Candidate, Contest, CountTable, UnitTable
from electview.core.precinct_stations import STATION_KIND, with_stations

REGIONS = 36
CANDIDATES = 3


def national_contest(stations: int, seed: int = 2024) -> Contest:
    """A country, ``REGIONS`` regions, ``stations`` stations spread over them; all counts whole numbers."""
    rng = np.random.default_rng(seed)
    m = rng.integers(200, 3001, size=stations)
    ballots = rng.binomial(m, rng.beta(12, 8, size=stations))
    leader = rng.binomial(ballots, rng.beta(10, 10, size=stations))
    rest = ballots - leader
    second = rng.binomial(rest, 0.5)
    region = np.sort(rng.integers(0, REGIONS, size=stations))
    count = 1 + REGIONS + stations
    parents = np.concatenate([[-1], np.zeros(REGIONS, np.int64), 1 + region])
    registered = np.concatenate([[np.nan] * (1 + REGIONS), m]).astype(float)
    cast = np.concatenate([[np.nan] * (1 + REGIONS), ballots]).astype(float)
    units = UnitTable.from_lists(
        ["all"] + [f"r{r}" for r in range(REGIONS)] + [f"s{s}" for s in range(stations)],
        ["Country"] + [f"Region {r + 1}" for r in range(REGIONS)] + [f"Station {s + 1}" for s in range(stations)],
        ["country"] + ["region"] * REGIONS + ["station"] * stations,
        parents,
        registered=registered,
        ballots_cast=cast,
    )
    station_units = np.arange(1 + REGIONS, count)
    votes = CountTable(
        unit=np.tile(station_units, CANDIDATES),
        column=np.repeat(np.arange(CANDIDATES), stations),
        value=np.concatenate([leader, second, rest - second]).astype(float),
    )
    return Contest(
        id="national",
        name="National",
        candidates=tuple(Candidate(f"c{c}", f"Candidate {c + 1}") for c in range(CANDIDATES)),
        units=units,
        votes=votes,
    )


#: Processor seconds of each step last timed, by label: on a machine others load, the wall clock of a step swings
#: two-fold with their work while its processor time stays (numpy runs these on one thread).
CPU: dict[str, float] = {}


def _timed(work, label: str = "") -> tuple[float, object]:
    start, cpu = time.perf_counter(), time.process_time()
    result = work()
    CPU[label] = time.process_time() - cpu
    return time.perf_counter() - start, result


def panels(contest: Contest, scope: int | None, simulations: int) -> dict[str, float]:
    """Seconds for each panel, as the Integrity window computes them (ui.integrity_view.compute_panels).

    The country's stations are gathered once per contest and a drill-down takes its place's rows of them
    (core.integrity._everywhere): for the whole country, ``stations()`` and ``check()`` are timed from nothing
    gathered (as the first check after the file is open); a drill-down as the window does it, after the country."""
    times: dict[str, float] = {}
    if scope is None:
        integrity.forget_stations()
    times["stations"], found = _timed(lambda: integrity.stations(contest, scope), "stations")
    times["turnout histogram"], _ = _timed(lambda: integrity.histogram_tenths(found.ballots, found.registered), "turnout histogram")
    times["leader histogram"], _ = _timed(lambda: integrity.histogram_tenths(found.leader_votes, found.ballots), "leader histogram")
    times["fingerprint"], _ = _timed(
        lambda: integrity.fingerprint(found.turnout, found.leader_share, found.registered, 100), "fingerprint"
    )
    times["last digits"], _ = _timed(lambda: integrity.last_digits_by_column(found.votes), "last digits")
    times["flagged"], _ = _timed(lambda: integrity.flagged(found), "flagged")
    times[WHOLE_PERCENT], _ = _timed(
        lambda: integrity.excesses(found.ballots, found.registered, {1: 0, 5: 10, 10: 20}, simulations), WHOLE_PERCENT
    )
    if scope is None:
        integrity.forget_stations()
    times[CHECK], report = _timed(lambda: integrity.check(contest, scope, simulations=simulations), CHECK)
    times[ROWS], _ = _timed(
        lambda: integrity.station_rows(contest, report, only_flagged=True), ROWS
    )
    return times


WHOLE_PERCENT = "whole-percent tests, turnout (1, 5, 10)"
ROWS = "flagged list's rows (the window's table)"
PEER = "peer: np.histogram x2 + histogram2d"
CHECK = "check() (all six tests and the rest)"


def peer(contest: Contest, scope: int | None) -> float:
    """np.histogram ×2 + np.histogram2d on arrays taken straight from the units (no station finding): the leader is
    the first candidate in memory, the one with most votes in a file; a file's ballots (none reported) are the
    station's votes, one ``np.bincount``."""
    units = contest.units
    kind = "station" if (units.kinds == "station").any() else STATION_KIND
    leaf = np.flatnonzero(units.kinds == kind)
    if scope is not None:
        leaf = leaf[units.within(scope)[leaf]]
    votes = contest.votes
    top = 0 if kind == "station" else int(np.argmax(np.bincount(votes.column, weights=votes.value)))
    start, cpu = time.perf_counter(), time.process_time()
    m, b = units.registered[leaf], units.ballots_cast[leaf]
    if np.isnan(b).any():
        b = np.bincount(votes.unit, weights=votes.value, minlength=len(units))[leaf]
    leader = np.zeros(len(units))
    first = votes.column == top
    leader[votes.unit[first]] = votes.value[first]
    turnout, share = 100 * b / m, 100 * leader[leaf] / b
    edges = np.arange(1002) / 10 - 0.05
    np.histogram(turnout, edges)
    np.histogram(share, edges)
    np.histogram2d(turnout, share, bins=100, range=((0, 100), (0, 100)), weights=m)
    CPU[PEER] = time.process_time() - cpu
    return time.perf_counter() - start


def file_contest(path: str, name: str | None) -> tuple[Contest, int]:
    """The file's contest with its precincts as stations, and the middle region of the country to drill down to."""
    from electview.formats import load_file
    from electview.formats.booth_csv import load_precincts

    opened, dataset = _timed(lambda: load_file(path))
    read, tables = _timed(lambda: load_precincts(path, dataset))
    contest = dataset.contest(name)  # by default the first, as ``electview integrity`` checks
    table = tables[contest.id if contest.totals_of is None else contest.totals_of.id]  # a by-party total: its candidates'
    made, contest = _timed(lambda: with_stations(contest, table))
    regions = contest.units.children(int(contest.units.roots()[0]))
    print(f"{path}: opened in {opened:.1f} s, precincts read in {read:.1f} s, made stations in {made:.1f} s")
    print(f"{contest.name}: {len(contest.units):,} units, {len(regions)} regions")
    return contest, int(regions[len(regions) // 2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=1_000_000)
    parser.add_argument("--file", help="a booth CSV with a registered column, instead of the in-memory contest")
    parser.add_argument("--contest", help="with --file: the contest to check (default: the first)")
    parser.add_argument("--simulations", type=int, default=integrity.SIMULATIONS)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    if args.file:
        contest, region = file_contest(args.file, args.contest)
    else:
        build, contest = _timed(lambda: national_contest(args.stations))
        print(f"{args.stations:,} stations in {REGIONS} regions built in {build:.1f} s; {args.simulations} simulations")
        region = 1 + REGIONS // 2  # a drill-down: one region, ~1/36 of the stations
    for number in range(1, args.rounds + 1):
        print(f"\nround {number}")
        places = [("whole country", None), (f"drill-down to region {region}", region)]
        units = contest.units
        district = next((int(d) for d in units.children(region) if len(units.children(int(d)))), None)
        if district is not None:  # a file's region has districts: one level further down
            places.append((f"drill-down to district {district} ({units.names[district]})", district))
        for label, scope in places:
            times = panels(contest, scope, args.simulations)
            bare = peer(contest, scope)
            fast = sum(seconds for name, seconds in times.items() if name not in (WHOLE_PERCENT, CHECK))
            print(f"  {label}:")
            for name, seconds in times.items():
                print(f"    {name:40s} {seconds * 1000:10.1f} ms  (processor {CPU[name] * 1000:8.1f} ms)")
            print(f"    {PEER:40s} {bare * 1000:10.1f} ms  (processor {CPU[PEER] * 1000:8.1f} ms)")
            print(f"    panels without the whole-percent tests / peer {fast / bare:6.2f}x")
            print(f"    check() / peer                            {times[CHECK] / bare:10.1f}x  (processor {CPU[CHECK] / CPU[PEER]:.1f}x)")


if __name__ == "__main__":
    main()
