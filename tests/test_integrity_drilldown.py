"""A drill-down's integrity checks (core/integrity.py) take the place's rows of the contest's stations, gathered once:
every figure must equal a check() of a contest built from that place's units alone, on the real CIK protocols and a
booth file's stations, after the country was checked (the gathered stations cached) and before."""

from __future__ import annotations

import dataclasses
import os
import time
from pathlib import Path

import numpy as np
import pytest

from booth_support import write_csv
from electview.core import integrity
from electview.core.model import Contest, CountTable, UnitTable
from electview.formats import load_file
from electview.formats.stations import station_contest

CIK = Path(__file__).parent / "data" / "national" / "ru-cik"


def _place_alone(contest: Contest, place: int) -> tuple[Contest, np.ndarray]:
    """A contest of ``place`` and the units below it only, found by walking each unit's parents one by one
    (not UnitTable.within, which the checks may use), with the index of each of its units in ``contest``."""
    parents = contest.units.parents.tolist()

    def inside(unit: int) -> bool:
        while unit >= 0:
            if unit == place:
                return True
            unit = parents[unit]
        return False

    kept = np.array([unit for unit in range(len(parents)) if inside(unit)], dtype=np.int64)
    new_index = {int(old): new for new, old in enumerate(kept)}
    units = contest.units
    sub_units = UnitTable(
        ids=units.ids[kept],
        names=units.names[kept],
        kinds=units.kinds[kept],
        parents=np.array([new_index.get(parents[old], -1) for old in kept.tolist()], dtype=units.parents.dtype),
        registered=units.registered[kept].copy(),
        ballots_cast=units.ballots_cast[kept].copy(),
        names_in={tag: given[kept] for tag, given in units.names_in.items()},
    )

    def rows_of(table: CountTable) -> CountTable:
        rows = [row for row, unit in enumerate(table.unit.tolist()) if unit in new_index]
        return CountTable(
            unit=np.array([new_index[int(table.unit[row])] for row in rows], dtype=np.int64),
            column=table.column[rows],
            value=table.value[rows],
        )

    alone = dataclasses.replace(contest, units=sub_units, votes=rows_of(contest.votes), other_counts=rows_of(contest.other_counts))
    return alone, kept


def _same(drilled: integrity.IntegrityReport, alone: integrity.IntegrityReport, kept: np.ndarray) -> None:
    """Every figure of the two reports equal, the alone report's units taken back to the contest's."""
    a, b = drilled.found, alone.found
    assert len(a) > 0
    assert a.units.tolist() == kept[b.units].tolist()
    for name in ("registered", "ballots", "votes"):
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    assert (a.leader, a.skipped) == (b.leader, b.skipped)
    assert drilled.turnout == alone.turnout and drilled.leader_share == alone.leader_share
    assert drilled.turnout_round == alone.turnout_round and drilled.leader_round == alone.leader_round
    assert drilled.digits == alone.digits and drilled.digits_by_candidate == alone.digits_by_candidate
    assert [(f.unit, f.reasons) for f in drilled.flags] == [(int(kept[f.unit]), f.reasons) for f in alone.flags]
    assert np.array_equal(
        integrity.histogram_tenths(a.ballots, a.registered), integrity.histogram_tenths(b.ballots, b.registered)
    )
    assert np.array_equal(
        integrity.fingerprint(a.turnout, a.leader_share, a.registered), integrity.fingerprint(b.turnout, b.leader_share, b.registered)
    )


def _places(contest: Contest) -> list[int]:
    """Every region and the first district of each: two levels of drill-down."""
    units = contest.units
    regions = units.children(int(units.roots()[0])).tolist()
    districts = [int(units.children(region)[0]) for region in regions if len(units.children(region))]
    return regions + [d for d in districts if len(units.children(d))]


@pytest.mark.parametrize("name", ["2018-president-uik.5-regions.csv", "2021-duma-party-list-uik.5-regions.csv"])
@pytest.mark.parametrize("country_first", [True, False])
def test_cik_drill_down_equals_the_place_checked_alone(name, country_first):
    contest = load_file(CIK / name).contests[0]
    if country_first:
        assert len(integrity.check(contest, simulations=50).found) > 900
    places = _places(contest)
    assert len(places) >= 5
    for place in places:
        alone, kept = _place_alone(contest, place)
        _same(integrity.check(contest, place, seed=7, simulations=200), integrity.check(alone, seed=7, simulations=200), kept)


def test_booth_stations_drill_down_equals_the_district_checked_alone(tmp_path):
    rng = np.random.default_rng(5)
    rows = []
    for region in ("North", "South", "East"):
        for district in range(3):
            for station in range(40):
                registered = int(rng.integers(100, 1500))
                ballots = int(rng.binomial(registered, 0.6))
                ana = int(rng.binomial(ballots, 0.55))
                rows += [
                    (region, f"{region[0]}{district}", f"s{station}", "Mayor", "Ana", "Red", ana, registered),
                    (region, f"{region[0]}{district}", f"s{station}", "Mayor", "Ben", "Blue", ballots - ana, registered),
                ]
    path = write_csv(tmp_path / "booth.csv", rows, ["region", "district", "precinct", "office", "candidate", "party", "votes", "registered"])
    dataset = load_file(path)
    contest = station_contest(dataset, dataset.contests[0])
    assert len(integrity.check(contest).found) == 360
    for place in _places(contest):
        alone, kept = _place_alone(contest, place)
        _same(integrity.check(contest, place), integrity.check(alone), kept)


def test_the_gathered_stations_cannot_be_changed_through_a_report():
    contest = load_file(CIK / "2018-president-uik.5-regions.csv").contests[0]
    found = integrity.stations(contest)
    with pytest.raises(ValueError):
        found.votes[0, 0] = 1  # the next drill-down's figures come from the same arrays


def test_the_window_makes_a_booth_files_stations_and_sizes_its_table_once_for_every_place(tmp_path, qtbot):
    from electview.ui.main_window import MainWindow

    rows = [
        (region, f"{region}1", f"s{station}", "Mayor", name, party, votes, 200)
        for region in ("North", "South")
        for station in range(5)
        for name, party, votes in (("Ana", "Red", 70 + station), ("Ben", "Blue", 50))
    ]
    path = write_csv(tmp_path / "booth.csv", rows, ["region", "district", "precinct", "office", "candidate", "party", "votes", "registered"])
    # Written a moment ago, the file's first live check can't tell it from one still being written and shows it
    # anew (a new dataset, so rightly new stations): failed 1 run in 2. A file that has sat on disk is adopted.
    an_hour_ago = time.time() - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.document.contest is not None and window.document.path.endswith("booth.csv"), timeout=20000)
    view = window.integrity.show_integrity()
    qtbot.waitUntil(lambda: view.panels is not None and view.task is None, timeout=20000)
    country = view.panels
    assert len(country.report.found) == 10
    sized = []
    view.flagged_view.resizeColumnsToContents = lambda: sized.append(view.panels.scope)  # measuring rows: 1.4 s at 1 M
    units = window.document.contest.units
    north = int(next(i for i in range(len(units)) if units.names[i] == "North"))
    window.document.set_scope(north)
    qtbot.waitUntil(lambda: view.panels.scope == north and view.task is None, timeout=20000)
    # The same contest with stations as units (not made again from the precinct table), the North's five of them.
    assert view.panels.contest is country.contest and len(view.report.found) == 5
    assert sized == []  # the flagged table's columns were sized for the contest, not again for the place
    assert view.flagged_view.horizontalHeader().resizeContentsPrecision() == 100


def test_count_rows_summed_a_block_at_a_time_give_the_same_table(monkeypatch):
    # Rows that come station by station are summed a block at a time (a million on a national file): with blocks of
    # 7 rows a station's counts fall in two blocks; some rows are missing and some split in two, as files have them.
    contest = load_file(CIK / "2021-duma-party-list-uik.5-regions.csv").contests[0]
    order = np.argsort(contest.votes.unit, kind="stable")
    unit, column, value = contest.votes.unit[order], contest.votes.column[order], contest.votes.value[order].copy()
    value[::50] = np.nan
    listed = dataclasses.replace(contest, votes=CountTable(unit=unit, column=column, value=value))
    split = np.arange(3, len(value), 97)
    half = np.floor(value[split] / 2)
    value = value.copy()
    value[split] -= np.nan_to_num(half)
    halves = CountTable(unit=np.insert(unit, split + 1, unit[split]), column=np.insert(column, split + 1, column[split]), value=np.insert(value, split + 1, half))
    in_halves = dataclasses.replace(contest, votes=halves)
    reports = []
    for rows_at_once in (integrity._ROWS_AT_ONCE, 7):
        monkeypatch.setattr(integrity, "_ROWS_AT_ONCE", rows_at_once)
        for shown in (listed, in_halves):
            integrity.forget_stations()
            reports.append(integrity.check(shown, simulations=50))
    first = reports[0]
    assert len(first.found) > 1500
    for other in reports[1:]:
        assert np.array_equal(first.found.votes, other.found.votes) and np.array_equal(first.found.ballots, other.found.ballots)
        assert first.turnout == other.turnout and first.digits_by_candidate == other.digits_by_candidate
