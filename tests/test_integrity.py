"""The integrity checks (core/integrity.py): each statistic against a hand-computed case, the planted anomalies
recovered, honest data left alone, and the real CIK station protocols."""

from __future__ import annotations

import csv
import dataclasses
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from electview.core import integrity
from electview.core.model import Candidate, Contest, CountTable, UnitTable
from electview.formats import load_file
from tests.integrity_synthetic import generate

CIK = Path(__file__).parent / "data" / "national" / "ru-cik"
CIK_2018 = CIK / "2018-president-uik.5-regions.csv"
CIK_2021 = CIK / "2021-duma-party-list-uik.5-regions.csv"


def test_integer_percent_is_the_count_nearest_a_whole_percent():
    # 80% of 1234 is 987.2: 987 is what a commission aiming at 80% writes (79.98%), 988 is not.
    assert integer_percent([987, 988, 500, 501, 1], [1234, 1234, 1000, 1000, 3]).tolist() == [True, False, True, False, True]
    assert not integer_percent([5], [0])[0]


def integer_percent(n, m):
    return integrity.integer_percent(np.asarray(n), np.asarray(m))


def test_round_percent_takes_multiples_of_the_step():
    # 75% and 80% of 1000; 81% of 1000 is a whole percent but not a multiple of 5.
    assert integrity.round_percent(np.array([750, 800, 810]), np.array([1000] * 3), 5).tolist() == [True, True, False]
    assert integrity.round_percent(np.array([750, 800, 810]), np.array([1000] * 3), 10).tolist() == [False, True, False]


def test_histogram_bins_are_tenths_centred_on_their_value():
    counts = integrity.histogram_tenths(np.array([80, 1, 2, 5, 0]), np.array([100, 3, 3, 4, 7]))
    assert len(counts) == 1001
    # 80% -> bin 800; 33.33% -> 333; 66.67% -> 667; 125% (over 100) -> the last bin; 0% -> bin 0.
    assert {int(i): int(counts[i]) for i in np.flatnonzero(counts)} == {0: 1, 333: 1, 667: 1, 800: 1, 1000: 1}


def test_fingerprint_weights_cells_by_electorate():
    grid = integrity.fingerprint(np.array([55.5, 55.9, 100.0]), np.array([70.2, 70.0, 100.0]), np.array([1000, 500, 80]))
    assert grid.shape == (100, 100)
    assert grid[55, 70] == 1500 and grid[99, 99] == 80 and grid.sum() == 1580


@pytest.mark.parametrize(
    ("statistic", "dof", "p"),
    # Textbook critical values: chi-square 3.841 (1 dof), 5.991 (2), 16.919 (9) leave 5%; 21.666 (9) leaves 1%.
    [(3.841, 1, 0.05), (5.991, 2, 0.05), (16.919, 9, 0.05), (21.666, 9, 0.01), (0.0, 9, 1.0)],
)
def test_chi_square_tail_matches_the_tables(statistic, dof, p):
    assert integrity.chi2_sf(statistic, dof) == pytest.approx(p, abs=2e-4)


def test_last_digit_test_by_hand():
    uniform = integrity.last_digit(np.arange(100, 110))
    assert uniform.digits == (1,) * 10 and uniform.chi2 == 0 and uniform.p_value == 1.0
    # Ten counts all ending in 0: chi2 = (10-1)^2/1 + 9 x (0-1)^2/1 = 90. Counts under 100 stay out.
    zeros = integrity.last_digit(np.array([100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 7, 99]))
    assert zeros.counts == 10 and zeros.chi2 == pytest.approx(90.0)
    assert zeros.p_value < 1e-14


def test_excess_at_small_stations_expects_every_count():
    # At 100 voters every count from 1 to 99 is a whole percent: observed 10, and chance gives 10 too.
    result = integrity.excess(np.full(10, 50), np.full(10, 100), seed=1, simulations=200)
    assert (result.observed, result.expected, result.p_value, result.stations) == (10, 10.0, 1.0, 10)


def test_excess_expects_one_station_in_ten_at_a_thousand_voters():
    # At 1000 voters one count in ten is a whole percent: binomial(1000 stations, 0.1) -> 100 +- 9.5.
    rng = np.random.default_rng(3)
    n = rng.integers(300, 700, size=1000)
    result = integrity.excess(n, np.full(1000, 1000), seed=2, simulations=400)
    assert result.expected == pytest.approx(100, abs=2)
    assert result.spread == pytest.approx(math.sqrt(1000 * 0.1 * 0.9), rel=0.15)


def _binomial_mass_on_whole_percents(n: int, m: int, step: int) -> float:
    """By hand: P(Binomial(m, n/m) is the count nearest a whole percent 1-99, a multiple of step), every count."""
    if n in (0, m):
        return 0.0  # the redraw stays at 0% or 100%
    p = n / m
    total = 0.0
    for k in range(m + 1):
        percent = (200 * k + m) // (2 * m)
        if 0 < percent < 100 and percent % step == 0 and (2 * percent * m + 100) // 200 == k:
            log_mass = math.lgamma(m + 1) - math.lgamma(k + 1) - math.lgamma(m - k + 1)
            total += math.exp(log_mass + k * math.log(p) + (m - k) * math.log1p(-p))
    return total


@pytest.mark.parametrize("step", [1, 5, 10])
def test_each_station_s_chance_is_the_binomial_mass_on_whole_percents(step):
    # Ordinary, tiny (two percents share a count below 100 voters), lopsided and huge stations (the last one is
    # past the size the log-factorial table covers).
    cases = [(50, 100), (1, 137), (136, 137), (987, 1234), (1500, 2999), (3, 40), (20, 57), (12345, 20000), (0, 500), (500, 500)]
    n, m = (np.array(column) for column in zip(*cases, strict=True))
    chances = integrity._landing_chances(n, m, (1, 5, 10))[step]
    assert chances.tolist() == pytest.approx([_binomial_mass_on_whole_percents(a, b, step) for a, b in cases], abs=1e-12)
    assert chances[-2:].tolist() == [0.0, 0.0]  # 0% and 100% stay where they are and are not counted


def test_excess_is_the_sum_of_the_chances_and_their_spread():
    n, m = np.array([987, 1501, 400, 79]), np.array([1234, 2999, 1000, 150])
    chances = [_binomial_mass_on_whole_percents(a, b, 1) for a, b in zip(n.tolist(), m.tolist(), strict=True)]
    result = integrity.excess(n, m, seed=3, simulations=2000)
    assert result.expected == pytest.approx(sum(chances), abs=1e-12)
    assert result.spread == pytest.approx(math.sqrt(sum(q * (1 - q) for q in chances)), abs=1e-12)
    # Observed: 987 of 1234 (80%) and 400 of 1000 (40%). P(at least 2 of the four Bernoullis) by hand:
    none = math.prod(1 - q for q in chances)
    one = sum(q * math.prod(1 - r for j, r in enumerate(chances) if j != i) for i, q in enumerate(chances))
    assert result.observed == 2
    assert result.p_value == pytest.approx(1 - none - one, abs=4 * math.sqrt(0.25 / 2000) + 1 / 2001)


def test_excess_repeats_with_the_seed_and_leaves_out_small_stations():
    n, m = np.array([30, 400, 333]), np.array([60, 1000, 999])
    first, again = integrity.excess(n, m, seed=7, simulations=100), integrity.excess(n, m, seed=7, simulations=100)
    assert first == again
    assert first.stations == 2  # 60 voters is under MIN_INTEGER_SIZE


def _tiny_contest() -> Contest:
    # A district with three stations: 100% turnout; every ballot for A; an ordinary one; and a station with no voters.
    units = UnitTable.from_lists(
        ["d", "s1", "s2", "s3", "s4"],
        ["District", "One", "Two", "Three", "Four"],
        ["district", "station", "station", "station", "station"],
        [-1, 0, 0, 0, 0],
        registered=[np.nan, 200, 300, 1234, 0],
        ballots_cast=[np.nan, np.nan, np.nan, np.nan, np.nan],
    )
    votes = CountTable.from_rows([(1, 0, 150), (1, 1, 45), (2, 0, 120), (3, 0, 500), (3, 1, 481), (4, 0, 3)])
    others = CountTable.from_rows([(1, 0, 5), (3, 0, 6), (3, 1, 9)])
    return Contest(
        "t",
        "Tiny",
        (Candidate("a", "A"), Candidate("b", "B")),
        units,
        votes,
        other_kinds=("invalid", "over votes"),
        other_counts=others,
    )


def test_stations_by_hand():
    found = integrity.stations(_tiny_contest())
    assert found.units.tolist() == [1, 2, 3] and found.skipped == 1
    # Ballots: valid + invalid where the file gives no ballots cast; over votes aren't ballots.
    assert found.ballots.tolist() == [200, 120, 987]
    assert found.leader == 0  # A: 773 votes, B: 526
    assert found.turnout.tolist() == pytest.approx([100.0, 40.0, 100 * 987 / 1234])
    assert found.leader_share.tolist() == pytest.approx([75.0, 100.0, 100 * 500 / 987])


def test_flagged_stations_by_hand():
    flags = {f.unit: f.reasons for f in integrity.flagged(integrity.stations(_tiny_contest()))}
    assert flags == {
        1: (integrity.TURNOUT_100, integrity.INTEGER_LEADER),  # 150 of 200 is 75%; 100% counts apart
        2: (integrity.LEADER_100, integrity.INTEGER_TURNOUT),  # 120 of 300 is 40%
        3: (integrity.INTEGER_TURNOUT,),  # 987 of 1234 is 80% rounded; 500 of 987 is 50.66%
    }


def test_station_rows_and_csv_by_hand():
    contest = _tiny_contest()
    report = integrity.check(contest, simulations=10)
    rows = integrity.station_rows(contest, report)
    assert [(r.id, r.name, r.registered, r.ballots) for r in rows] == [
        ("s1", "One", 200, 200),
        ("s2", "Two", 300, 120),
        ("s3", "Three", 1234, 987),
    ]
    assert [r.turnout for r in rows] == pytest.approx([100.0, 40.0, 79.983792])
    assert rows[1].leader_share == 100.0 and rows[1].reasons == (integrity.LEADER_100, integrity.INTEGER_TURNOUT)
    text = integrity.stations_csv(contest, report)
    lines = list(csv.reader(text.splitlines()))
    assert lines[0] == list(integrity.STATION_CSV_HEADER)
    assert lines[3] == ["s3", "Three", "1234", "987", "79.98", "50.66", "turnout at a whole percent"]
    assert lines[1][6] == "turnout 100%; leader's share at a whole percent"


def test_station_csv_neutralises_formula_names():
    contest = _tiny_contest()
    names = contest.units.names.copy()
    names[2] = '=HYPERLINK("http://x")'
    units = dataclasses.replace(contest.units, names=names)
    contest = dataclasses.replace(contest, units=units)
    report = integrity.check(contest, simulations=10)
    flagged_only = list(csv.reader(integrity.stations_csv(contest, report, only_flagged=True).splitlines()))
    assert [row[1] for row in flagged_only[1:]] == ["One", '\'=HYPERLINK("http://x")', "Three"]


def test_planted_rounding_is_recovered():
    planted = generate(4000, seed=11, rounded=300)
    result = integrity.check(planted.contest, seed=5, simulations=300)
    # The excess is the stations rounded that weren't at a whole percent already, within its uncertainty.
    assert abs(result.turnout.excess - planted.newly_integer) < 4 * result.turnout.spread + 1
    assert result.turnout.p_value < 0.01
    assert result.leader_share.p_value > 0.01  # the leader's share wasn't touched


def test_planted_stuffing_shows_as_full_turnout_and_leader_votes():
    planted = generate(2000, seed=4, stuffed=50)
    result = integrity.check(planted.contest, seed=1, simulations=50)
    turnout = result.found.turnout
    assert (turnout[planted.stuffed] >= 95).all() and (np.delete(turnout, planted.stuffed) < 95).mean() > 0.99
    grid = integrity.fingerprint(turnout, result.found.leader_share, result.found.registered)
    assert grid[95:, :].sum() >= result.found.registered[planted.stuffed].sum()


@settings(max_examples=6, deadline=None)
@given(st.integers(0, 2**32 - 1))
def test_clean_data_stays_within_chance(seed):
    result = integrity.check(generate(1500, seed=seed).contest, seed=seed, simulations=200)
    for test in (result.turnout, result.leader_share, *result.turnout_round.values(), *result.leader_round.values()):
        assert abs(test.excess) < 4.5 * test.spread + 1


def test_clean_data_flags_at_the_one_percent_level_about_one_seed_in_a_hundred():
    low = 0
    for seed in range(100):
        planted = generate(300, seed=1000 + seed)
        found = integrity.stations(planted.contest)
        low += integrity.excess(found.ballots, found.registered, seed=seed, simulations=200).p_value < 0.01
    assert low <= 4  # binomial(100, 0.01): 4 or more happens 1.8% of the time


def _cik_row(path: Path, number: int) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            if index == number:
                return row
    raise IndexError(number)


def test_cik_2018_stations_come_from_the_protocol_lines():
    contest = load_file(CIK_2018).contests[0]
    found = integrity.stations(contest)
    assert len(found) == 904 and found.skipped == 0
    assert contest.candidates[found.leader].name == "Путин Владимир Владимирович"
    first = _cik_row(CIK_2018, 0)
    registered = int(first["Число избирателей, включенных в список избирателей"])
    ballots = int(first["Число действительных избирательных бюллетеней"]) + int(
        first["Число недействительных избирательных бюллетеней"]
    )
    assert (found.registered[0], found.ballots[0], found.leader_votes[0]) == (
        registered,
        ballots,
        int(first["Путин Владимир Владимирович"]),
    )


def test_cik_files_integer_percent_figures():
    """The figures the closing note reports (seed 0, 1000 simulations); a change here is a change of method."""
    for path, stations, turnout, leader in (
        (CIK_2018, 904, (91, 860), (183, 846)),
        (CIK_2021, 1542, (231, 1250), (341, 1164)),
    ):
        result = integrity.check(load_file(path).contests[0], seed=0)
        assert len(result.found) == stations
        assert (result.turnout.observed, result.turnout.stations) == turnout
        assert (result.leader_share.observed, result.leader_share.stations) == leader
        assert result.turnout.p_value > 0.01 and result.leader_share.p_value > 0.01
