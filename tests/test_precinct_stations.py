"""Booth files' precincts as the integrity checks' stations (core/precinct_stations.py), on files of the booth
benchmark's generator with its ``--registered`` column: the figures worked out again from the CSV."""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest

from electview.core import integrity
from electview.core.party_totals import NO_PARTY_TOTAL, party_key
from electview.core.precinct_stations import with_stations
from electview.core.tally import tally
from electview.formats import booth_csv, load_file

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from generate_booth_csv import write_booth_csv  # noqa: E402

STATIONS = 400


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("booth")
    plain, registered = folder / "plain.csv", folder / "registered.csv"
    write_booth_csv(plain, STATIONS, regions=4, districts=12)
    write_booth_csv(registered, STATIONS, regions=4, districts=12, registered=True)
    return plain, registered


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_registered_column_leaves_the_other_columns_as_they_were(files):
    plain, registered = files
    with_column = registered.read_text().splitlines()
    assert with_column[0] == "region,district,precinct,office,candidate,party,votes,registered"
    # Every other column the same bytes: the electorates come from a generator of their own.
    assert [line.rsplit(",", 1)[0] for line in with_column] == plain.read_text().splitlines()


def test_registered_is_one_electorate_per_station_at_a_plausible_turnout(files):
    voters: dict[str, set[int]] = defaultdict(set)
    votes: dict[str, int] = defaultdict(int)
    for row in _rows(files[1]):
        voters[row["precinct"]].add(int(row["registered"]))
        votes[row["precinct"]] += int(row["votes"])
    assert len(voters) == STATIONS and all(len(each) == 1 for each in voters.values())
    turnout = np.array([votes[p] / next(iter(voters[p])) for p in voters])
    assert turnout.max() <= 1.0 and 0.55 < float(np.median(turnout)) < 0.65  # Beta(12, 8): mean 0.6


def test_checks_see_every_precinct_of_the_by_party_total(files):
    path = files[1]
    dataset = load_file(path)
    contest = dataset.contests[0]
    assert contest.totals_of is not None  # the by-party total, the first contest, as `electview integrity` takes
    assert len(integrity.stations(contest)) == 0  # the districts alone: no registered voters
    precincts = with_stations(contest, booth_csv.load_precincts(path, dataset)[contest.totals_of.id])
    found = integrity.stations(precincts)
    assert len(found) == STATIONS and found.skipped == 0

    rows = _rows(path)
    party_votes: dict[str, int] = defaultdict(int)
    station_ballots: dict[str, int] = defaultdict(int)
    registered = {}
    for row in rows:
        party_votes[row["party"] if party_key(row["party"]) else NO_PARTY_TOTAL] += int(row["votes"])
        station_ballots[row["precinct"]] += int(row["votes"])
        registered[row["precinct"]] = int(row["registered"])
    # The leader is the largest party: the pooled independents (often the most votes) are not one.
    leader = max((party for party in party_votes if party != NO_PARTY_TOTAL), key=party_votes.__getitem__)
    assert precincts.candidates[found.leader].name == leader
    names = precincts.units.names[found.units]
    assert found.ballots.tolist() == [station_ballots[name] for name in names]
    assert found.registered.tolist() == [registered[name] for name in names]
    # Totals stay what they were: the precincts' rows add up to the districts'.
    np.testing.assert_array_equal(tally(precincts).votes, tally(contest).votes)  # NaN: no candidate of that party there
    district = int(contest.units.children(int(contest.units.roots()[0]))[0])
    np.testing.assert_array_equal(tally(precincts, district).votes, tally(contest, district).votes)


def test_a_file_without_registered_voters_still_has_no_stations_to_check(files):
    path = files[0]
    dataset = load_file(path)
    contest = dataset.contests[1]  # the per-candidate contest: the table is its own
    precincts = with_stations(contest, booth_csv.load_precincts(path, dataset)[contest.id])
    found = integrity.stations(precincts)
    assert len(found) == 0 and found.skipped == STATIONS
