"""The booth-level long CSV importer: sniffing, totals checked against plain Python, precinct detail, bad files."""

import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from electview.cli import main
from electview.core import LoadError, tally
from electview.formats import booth_csv, detect, load_file
from electview.formats.job import LoadCancelled, LoadJob
from booth_support import HEADER, ROWS, write_csv

@pytest.fixture
def small_csv(tmp_path):
    return write_csv(tmp_path / "small.csv", ROWS)


def test_sniffed_by_header_not_extension(tmp_path):
    path = write_csv(tmp_path / "results.txt", ROWS)
    assert detect(path) is booth_csv
    assert not booth_csv.sniff(b"name,votes\nAna,3\n")
    assert booth_csv.sniff("\ufeffRegion;District;Precinct;Candidate;Votes\r\n".encode())


def test_totals_hierarchy_and_candidates(small_csv):
    dataset = load_file(small_csv)
    contest = dataset.contests[0]
    assert contest.name == "President"
    units = contest.units
    assert list(units.kinds) == ["country", "region", "region", "district", "district", "district"]
    assert list(units.names) == ["All regions", "North", "South", "N1", "N2", "S1"]
    assert list(units.parents) == [-1, 0, 0, 1, 1, 2]
    result = tally(contest)
    votes = {c.name: v for c, v in zip(result.candidates, result.votes, strict=True)}
    assert votes == {"Ana": 43, "Ben": 45, "Cy, Jr.": 40}
    green = next(c for c in contest.candidates if c.name == "Cy, Jr.")
    assert green.party == 'The "Green" Party'
    north = tally(contest, int(np.flatnonzero(units.names == "North")[0]))
    assert dict(zip([c.name for c in north.candidates], north.votes, strict=True))["Ana"] == 42
    assert north.total_valid.value == 87


def test_summary_json_from_the_command_line(small_csv, capsys):
    assert main(["summary", str(small_csv), "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    candidates = summary["contests"][0]["candidates"]
    assert [(c["name"], c["votes"]) for c in candidates] == [("Ben", 45), ("Ana", 43), ("Cy, Jr.", 40)]
    assert summary["contests"][0]["total_votes"] == 128


def test_columns_in_any_order_semicolons_and_no_office_or_party(tmp_path):
    rows = [(votes, candidate, precinct, district, region) for region, district, precinct, _, candidate, _, votes in ROWS]
    path = write_csv(tmp_path / "x.csv", rows, header=["Votes", "Candidate", "Precinct", "District", "Region"], delimiter=";")
    contest = load_file(path).contests[0]
    assert contest.name == "x"
    assert sorted(tally(contest).votes.tolist()) == [40, 43, 45]
    assert all(c.party == "" for c in contest.candidates)


def test_each_office_is_a_contest(tmp_path):
    rows = ROWS + [("North", "N1", "p1", "Senate", "Dee", "Red", 11), ("South", "S1", "p9", "Senate", "Ana", "Red", 4)]
    dataset = load_file(write_csv(tmp_path / "two.csv", rows))
    assert [c.name for c in dataset.contests] == ["President", "Senate"]
    senate = tally(dataset.contest("Senate"))
    assert dict(zip([c.name for c in senate.candidates], senate.votes.tolist(), strict=True)) == {"Dee": 11, "Ana": 4}
    tables = booth_csv.load_precincts(dataset.source_path, dataset)
    assert len(tables["President"]) == 4 and len(tables["Senate"]) == 2
    assert tables["Senate"].totals.tolist() == [11, 4]


def test_missing_votes_are_unknown_not_zero(tmp_path):
    rows = [("R", "D", "p1", "X", "Ana", "", ""), ("R", "D", "p1", "X", "Ben", "", 3)]
    result = tally(load_file(write_csv(tmp_path / "gap.csv", rows)).contests[0])
    votes = dict(zip([c.name for c in result.candidates], result.votes.tolist(), strict=True))
    assert votes["Ben"] == 3 and np.isnan(votes["Ana"])


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([("R", "D", "p1", "X", "Ana", "", "many")], "line"),
        ([("R", "D", "p1", "X", "Ana", "", -4)], "negative vote count -4"),
        ([], "no results"),
    ],
)
def test_bad_files_name_the_problem(tmp_path, rows, expected):
    path = write_csv(tmp_path / "bad.csv", [("R", "D", "p0", "X", "Ana", "", 1)] * 3 + rows if rows else [])
    with pytest.raises(LoadError) as caught:
        load_file(path)
    assert caught.value.message.startswith("bad.csv: ")
    assert expected in caught.value.message
    assert "\n" not in caught.value.message


def test_bad_file_on_the_command_line_is_one_line(tmp_path, capsys):
    path = write_csv(tmp_path / "bad.csv", [("R", "D", "p1", "X", "Ana", "", "x")])
    assert main(["summary", str(path)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("electview: error: bad.csv: line") and error.count("\n") == 1


def test_precinct_detail(tmp_path):
    header = HEADER + ["registered"]
    rows = [row + (100,) for row in ROWS]
    path = write_csv(tmp_path / "reg.csv", rows, header=header)
    dataset = load_file(path)
    contest = dataset.contests[0]
    table = booth_csv.load_precincts(path, dataset)[contest.id]
    units = contest.units
    # Sorted by region, district, precinct; the same precinct name in two districts stays two precincts.
    assert [(units.names[d], n) for d, n in zip(table.district, table.names.tolist(), strict=True)] == [
        ("N1", "p1"), ("N1", "p2"), ("N2", "p1"), ("S1", "p9"),
    ]
    assert table.totals.tolist() == [50, 30, 7, 41]
    names = [contest.candidates[i].name for i in table.leader]
    assert names == ["Ana", "Ben", "Ana", "Cy, Jr."]
    assert table.margin.tolist() == [10, 20, 7, 39]
    assert table.turnout.tolist() == pytest.approx([50, 30, 7, 41])
    ana = [c.name for c in contest.candidates].index("Ana")
    assert table.candidate_votes(ana).tolist() == [30, 5, 7, 1]
    assert table.votes_at(3, ana) == 1


def test_cancel_stops_the_load(small_csv):
    job = LoadJob()
    job.cancel()
    with pytest.raises(LoadCancelled):
        booth_csv.load(small_csv, job)


def test_progress_reaches_one(small_csv):
    job = LoadJob()
    dataset = booth_csv.load(small_csv, job)
    assert job.progress() == 1.0
    detail_job = LoadJob()
    booth_csv.load_precincts(small_csv, dataset, detail_job)
    assert detail_job.progress() == pytest.approx(1.0)


names = st.sampled_from(["a", "b", "c,d", 'e"f', "ü"])


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(names, names, names, st.sampled_from(["X", "Y"]), names, names, st.integers(0, 10**9)), min_size=1, max_size=30))
def test_totals_match_plain_python(tmp_path, rows):
    path = write_csv(tmp_path / "h.csv", rows)
    dataset = load_file(path)
    expected = defaultdict(int)
    per_precinct = defaultdict(int)
    for region, district, precinct, office, candidate, party, votes in rows:
        expected[(office, candidate, party)] += votes
        per_precinct[(office, region, district, precinct)] += votes
    own = [c for c in dataset.contests if not c.id.endswith(booth_csv.BY_PARTY)]
    got = {}
    for contest in own:
        result = tally(contest)
        for candidate, votes in zip(result.candidates, result.votes, strict=True):
            got[(contest.name, candidate.name, candidate.party)] = votes
    assert got == expected
    tables = booth_csv.load_precincts(path, dataset)
    for contest in own:
        table = tables[contest.id]
        assert sorted(table.totals.tolist()) == sorted(v for k, v in per_precinct.items() if k[0] == contest.name)


def test_generator_is_seeded(tmp_path):
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    from generate_booth_csv import write_booth_csv

    rows = write_booth_csv(tmp_path / "a.csv", stations=40, regions=3, districts=5)
    write_booth_csv(tmp_path / "b.csv", stations=40, regions=3, districts=5)
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    contest = load_file(tmp_path / "a.csv").contests[0]
    assert len(contest.units) == 1 + 3 + 5
    assert int(np.isfinite(contest.votes.value).sum()) == len(contest.votes) > 0
    assert len(booth_csv.load_precincts(tmp_path / "a.csv", load_file(tmp_path / "a.csv"))[contest.id]) == 40
    assert rows == (tmp_path / "a.csv").read_text().count("\n") - 1


def test_constituency_races_are_also_totalled_by_party(tmp_path):
    # Six districts, each with its own Red and Blue candidate: six candidates per party.
    rows = []
    for d in range(6):
        rows += [("R", f"D{d}", "p1", "House", f"Red {d}", "Red", 10 + d), ("R", f"D{d}", "p1", "House", f"Blue {d}", "Blue", 5)]
        rows += [("R", f"D{d}", "p2", "House", f"Red {d}", "Red", 1), ("R", f"D{d}", "p2", "House", f"Blue {d}", "Blue", 2)]
    dataset = load_file(write_csv(tmp_path / "house.csv", rows))
    assert [c.name for c in dataset.contests] == ["House — by party", "House"]
    by_party = tally(dataset.contests[0])
    assert [c.name for c in by_party.candidates] == ["Red", "Blue"]
    assert by_party.votes.tolist() == [sum(10 + d + 1 for d in range(6)), 6 * 7]
    district = int(np.flatnonzero(dataset.contests[0].units.names == "D3")[0])
    assert tally(dataset.contests[0], district).votes.tolist() == [14, 7]
    tables = booth_csv.load_precincts(dataset.source_path, dataset)
    assert list(tables) == ["House"] and len(tables["House"]) == 12
