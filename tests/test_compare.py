"""Comparing two results: name matching across spellings, changes per candidate, the CLI contract."""

import json
import math

import numpy as np
import pytest
from cli_support import run_in_process
from hypothesis import given
from hypothesis import strategies as st

from electview.core import compare, compare_output, matching
from electview.core.model import Candidate, Contest, CountTable, UnitTable
from electview.core.names import name_key, name_similarity, romanise
from electview.core.tally import tally
from electview.formats import load_file
from electview.resources import sample_path



@pytest.fixture
def final_dataset(final_sample):
    return load_file(final_sample)


@pytest.fixture
def comparison(sample_dataset, final_dataset):
    return compare.compare_datasets(sample_dataset, final_dataset)


def _row(comparison, name):
    return comparison.names.index(name)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Amirjan Kosanov", "Amirzhan Kosanov"),
        ("Amirjan Kosanov", "Амиржан Косанов"),
        ("Kassym-Jomart Tokayev", "Касым-Жомарт Токаев"),
        ("Daniya Yespayeva", "Дания Еспаева"),
        ("Jambyl Akhmetbekov", "Жамбыл Ахметбеков"),
        ("Tokayev Kassym-Jomart", "Kassym-Jomart Tokayev"),
        ("Qasym Toqaev", "Kasym Tokayev"),
    ],
)
def test_same_person_in_other_spellings(first, second):
    assert name_key(first) == name_key(second)
    assert name_similarity(first, second) == 1.0


@pytest.mark.parametrize(
    ("first", "second"),
    [("Amirjan Kosanov", "Amangeldy Taspikhov"), ("Daniya Yespayeva", "Sadybek Tugel"), ("Jambyl Akhmetbekov", "Toleutai Rakhimbekov")],
)
def test_different_people_are_not_similar(first, second):
    assert name_similarity(first, second) < matching.NAME_MATCH


@pytest.mark.parametrize(("first", "second"), [("Candidate 5", "Candidate 50"), ("Candidate 1", "Candidate 11"), ("Slate 2", "Slate 3")])
def test_names_that_differ_by_a_number_are_different_people(first, second):
    assert name_key(first) != name_key(second)
    assert name_similarity(first, second) == 0.0


def test_numbered_candidates_match_their_own_number_whatever_the_order():
    names = [f"Candidate {n}" for n in (1, 11, 5, 50)]
    old = tally(_contest(names, [""] * 4, [10, 20, 30, 40]))
    new = tally(_contest(list(reversed(names)), [""] * 4, [41, 31, 21, 11]))
    result = compare.compare_tallies(old, new)
    for name, change in (("Candidate 1", 1), ("Candidate 11", 1), ("Candidate 5", 1), ("Candidate 50", 1)):
        row = _row(result, name)
        assert result.matched_by[row] != matching.MATCHED_BY_SIMILAR_NAME
        assert result.change_votes[row] == change


@given(st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі -", max_size=30))
def test_cyrillic_romanises_to_ascii(text):
    assert romanise(text).isascii()


@given(st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8), min_size=1, max_size=4))
def test_word_order_does_not_matter(words):
    assert name_key(" ".join(words)) == name_key(" ".join(reversed(words)))


def test_sample_against_final_gives_tokayev_plus_020(comparison):
    row = _row(comparison, "Kassym-Jomart Tokayev")
    assert comparison.old_share[row] == pytest.approx(70.76)
    assert comparison.new_share[row] == pytest.approx(70.96)
    assert round(comparison.change_points[row], 2) == 0.20
    assert comparison.change_votes[row] == 6_539_715 - 6_504_054
    assert comparison.old_rank[row] == comparison.new_rank[row] == 1


def test_kosanov_matched_across_transliterations(comparison):
    row = _row(comparison, "Amirzhan Kosanov")
    assert comparison.old_names[row] == "Amirjan Kosanov"
    assert comparison.matched_by[row] == matching.MATCHED_BY_NAME
    assert round(comparison.change_points[row], 2) == 0.03
    assert comparison.unmatched() == ([], [])
    notes = compare_output.comparison_notes(comparison)
    assert any("Amirjan Kosanov (old) is Amirzhan Kosanov (new)" in note for note in notes)
    assert "Turnout: 77.4% → 77.5% (+0.10 points)." in notes


def _contest(names, parties, votes):
    candidates = tuple(Candidate(id=f"c{i}", name=n, party=p) for i, (n, p) in enumerate(zip(names, parties, strict=True)))
    return Contest(
        id="x",
        name="President",
        candidates=candidates,
        units=UnitTable.single("Country"),
        votes=CountTable.from_rows((0, i, v) for i, v in enumerate(votes)),
    )


def test_party_then_mapping_match_what_names_cannot():
    old = tally(_contest(["K. Tokayev", "A. Smith", "B. Jones"], ["Nur Otan", "Green", "Red"], [48, 30, 22]))
    new = tally(_contest(["Kassym-Jomart Tokayev", "Alice Brown", "Bob Jones"], ["Nur Otan", "Blue", "Red"], [55, 25, 20]))
    result = compare.compare_tallies(old, new)
    tokayev = _row(result, "Kassym-Jomart Tokayev")
    assert result.matched_by[tokayev] == matching.MATCHED_BY_SIMILAR_NAME  # weak likeness + same party
    assert result.crossing(tokayev) == "up"  # 48% → 55% crosses 50%
    only_old, only_new = result.unmatched()
    assert [result.names[r] for r in only_old] == ["A. Smith"]
    assert [result.names[r] for r in only_new] == ["Alice Brown"]
    mapped = compare.compare_tallies(old, new, {"A. Smith": "Alice Brown"})
    brown = _row(mapped, "Alice Brown")
    assert mapped.matched_by[brown] == matching.MATCHED_BY_MAPPING
    assert mapped.change_points[brown] == pytest.approx(-5.0)
    assert mapped.unmatched() == ([], [])
    # A mapping to nothing keeps a candidate apart even when the names agree.
    apart = compare.compare_tallies(old, new, {"B. Jones": None})
    only_old, only_new = apart.unmatched()
    assert [apart.names[r] for r in only_old] == ["A. Smith", "B. Jones"]
    assert [apart.names[r] for r in only_new] == ["Alice Brown", "Bob Jones"]


def test_rank_change_and_change_by_new_candidate():
    old = tally(_contest(["A", "B", "C"], ["", "", ""], [55, 25, 20]))
    new = tally(_contest(["C", "B", "A"], ["", "", ""], [45, 35, 20]))
    result = compare.compare_tallies(old, new)
    c = _row(result, "C")
    assert (result.old_rank[c], result.new_rank[c], result.rank_change[c]) == (3, 1, 2)
    assert compare_output.format_rank(result, c) == "3 → 1 (up 2)"
    change = result.change_for_new_candidates()
    assert change.tolist() == pytest.approx([25.0, 10.0, -35.0])
    assert result.crossing(_row(result, "A")) == "down"


def test_mapping_argument():
    assert compare.parse_mapping_argument("Amirjan Kosanov = kosanov") == ("Amirjan Kosanov", "kosanov")
    assert compare.parse_mapping_argument("tugel=") == ("tugel", None)
    with pytest.raises(ValueError):
        compare.parse_mapping_argument("no equals sign")


run_cli = run_in_process


def test_cli_json_contract(final_sample):
    result = run_cli("compare", str(sample_path()), str(final_sample), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    first = data["candidates"][0]
    assert {"name", "party", "old_votes", "new_votes", "old_share", "new_share", "change_points"} <= set(first)
    assert (first["name"], first["old_votes"], first["new_votes"]) == ("Kassym-Jomart Tokayev", 6504054, 6539715)
    assert (first["old_share"], first["new_share"], first["change_points"]) == (70.76, 70.96, 0.2)
    kosanov = data["candidates"][1]
    assert (kosanov["name"], kosanov["old_name"], kosanov["old_votes_estimated"]) == (
        "Amirzhan Kosanov", "Amirjan Kosanov", True
    )
    assert (data["old"]["status"], data["new"]["status"]) == ("preliminary", "final")


def test_cli_text_and_errors(tmp_path, final_sample):
    result = run_cli("compare", str(sample_path()), str(final_sample))
    assert result.returncode == 0
    line = next(line for line in result.stdout.splitlines() if line.startswith("Kassym-Jomart Tokayev"))
    assert "+0.20" in line and "+35,661" in line
    missing = run_cli("compare", str(sample_path()), str(tmp_path / "nope.json"))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "nope.json" in missing.stderr
    bad_map = run_cli("compare", str(sample_path()), str(final_sample), "--map", "x")
    assert bad_map.returncode == 2 and "--map" in bad_map.stderr


def test_final_sample_is_consistent(final_dataset):
    result = tally(final_dataset.contests[0], None, final_dataset.turnout)
    assert final_dataset.election.status.value == "final"
    assert not result.votes_estimated.any()
    assert result.total_valid.value == 9_216_410  # Tugel 84,582 (was 88,277: 9,220,105)
    assert math.isclose(result.turnout_percent.value, 77.5)
    assert np.nansum(result.share_reported) == pytest.approx(100.0)  # was 100.04 with Tugel's 0.96
