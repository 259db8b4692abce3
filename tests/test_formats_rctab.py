"""RCTab detailed reports: every round, transfer and winner as the tabulator gives them, JSON and CSV alike."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from electview.core.errors import LoadError
from electview.core.summary import render
from electview.formats import detect, load_file, rctab

DATA = Path(__file__).parent / "data" / "rcv"  # from BrightSpots/rcv (MPL-2.0): see data/rcv/SOURCE.txt
REPORTS = ["2018_maine_governor_primary", "2013_minneapolis_park", "2013_minneapolis_mayor"]


def _count(name: str, suffix: str):
    return load_file(DATA / f"{name}.rctab-detailed-report.{suffix}").contests[0].ranked


@pytest.mark.parametrize("name", REPORTS)
@pytest.mark.parametrize("suffix", ["json", "csv"])
def test_reports_are_sniffed_by_content(name, suffix):
    assert detect(DATA / f"{name}.rctab-detailed-report.{suffix}") is rctab


@pytest.mark.parametrize("name", REPORTS)
def test_json_and_csv_of_one_contest_give_the_same_figures(name):
    from_json, from_csv = _count(name, "json"), _count(name, "csv")
    order = [from_csv.candidates.index(c) for c in from_json.candidates]
    assert sorted(from_json.candidates) == sorted(from_csv.candidates)
    assert np.array_equal(from_json.tally, from_csv.tally[:, order])
    assert np.array_equal(from_json.threshold, from_csv.threshold)
    assert np.allclose(from_json.inactive, from_csv.inactive, equal_nan=True)
    assert np.allclose(from_json.exhausted, from_csv.exhausted, equal_nan=True)
    assert from_json.elected == from_csv.elected
    assert [set(r) for r in from_json.eliminated] == [set(r) for r in from_csv.eliminated]
    assert np.allclose(from_json.net_transfer(), from_csv.net_transfer()[:, order])
    assert from_json.seats == from_csv.seats and from_json.total_ballots == from_csv.total_ballots


def test_maine_primary_rounds_as_reported():
    count = _count("2018_maine_governor_primary", "json")
    mills, cote = count.candidates.index("Mills, Janet T."), count.candidates.index("Cote, Adam Roland")
    assert count.rounds == 4
    assert count.tally[0, mills] == 41735 and count.tally[3, mills] == 63387 and count.tally[3, cote] == 53866
    assert list(count.threshold) == [63070, 62047, 61257, 58627]
    assert count.eliminated[0] == ("Dion, Donna J.", "Dion, Mark N.", "Russell, Diane Marie", "Write-in")
    assert count.elected_in() == {"Mills, Janet T.": 4}
    first = count.transfers[0][0]
    assert first.sources == ("Dion, Donna J.",) and first.to["exhausted"] == 375 and not first.surplus


def test_multi_winner_surplus_keeps_fractions():
    count = _count("2013_minneapolis_park", "json")
    assert count.seats == 3
    assert count.elected_in() == {"JOHN ERWIN": 3, "ANNIE YOUNG": 10, "MEG FORNEY": 10}
    surplus = count.transfers[9][0]
    assert surplus.surplus and surplus.sources == ("ANNIE YOUNG",)
    assert surplus.to == {"exhausted": 177.5192, "residual surplus": 0.4808}


def test_summary_json_carries_every_round():
    dataset = load_file(DATA / "2013_minneapolis_mayor.rctab-detailed-report.json")
    contest = json.loads(render(dataset, "json"))["contests"][0]
    assert len(contest["rounds"]) == 33 and contest["elected_in_round"] == {"BETSY HODGES": 33}
    last = contest["rounds"][-1]
    assert last["tally"] == {"BETSY HODGES": 38852, "MARK ANDREW": 24942} and last["elected"] == ["BETSY HODGES"]
    assert "DON SAMUELS" in contest["rounds"][31]["eliminated"]


def test_text_summary_says_who_was_elected_in_which_round():
    text = render(load_file(DATA / "2018_maine_governor_primary.rctab-detailed-report.csv"), "text")
    assert "Round 4 (117,253 continuing; threshold 58,627): Mills, Janet T. 63,387, Cote, Adam Roland 53,866" in text
    assert "Elected: Mills, Janet T. (round 4)" in text


def _damaged(tmp_path, edit) -> Path:
    document = json.loads((DATA / "2018_maine_governor_primary.rctab-detailed-report.json").read_text())
    edit(document)
    path = tmp_path / "damaged.json"
    path.write_text(json.dumps(document))
    return path


def test_a_transfer_to_nobody_in_the_count_is_refused_with_its_round(tmp_path):
    path = _damaged(tmp_path, lambda d: d["results"][0]["tallyResults"][0]["transfers"].update({"Nobody": "5"}))
    with pytest.raises(LoadError, match="round 1.*|Nobody"):
        load_file(path)


def test_a_negative_tally_is_refused(tmp_path):
    path = _damaged(tmp_path, lambda d: d["results"][1]["tally"].update({"Mills, Janet T.": "-3"}))
    with pytest.raises(LoadError, match="Mills"):
        load_file(path)


def test_a_csv_without_its_rounds_row_is_refused(tmp_path):
    text = (DATA / "2018_maine_governor_primary.rctab-detailed-report.csv").read_text()
    path = tmp_path / "cut.csv"
    path.write_text(text.replace("Active Ballots", "Something Else"))
    with pytest.raises(LoadError, match="Active Ballots"):
        load_file(path)


def test_markdown_summary_has_a_column_per_round_and_the_transfers():
    text = render(load_file(DATA / "2018_maine_governor_primary.rctab-detailed-report.json"), "markdown")
    assert "| Candidate | Round 1 | Round 2 | Round 3 | Round 4 |" in text
    assert "| Sweet, Elizabeth A. | 20,767 · 16.46% · +2,220 | 22,987 · 18.52% · +6,957 | 29,944 · 24.44% · -29,944 |  |" in text
    assert "| **Threshold** | 63,070 | 62,047 | 61,257 | 58,627 |" in text
    assert "| **Elected** |  |  |  | Mills, Janet T. |" in text
    assert "- Round 3: votes of Sweet, Elizabeth A. → Cote, Adam Roland 11,243, Mills, Janet T. 13,442, exhausted 5,259" in text


@pytest.mark.parametrize("suffix", ["json", "csv"])
def test_csv_summary_has_a_row_per_candidate_and_round_with_the_surplus_kept_exact(suffix):
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(render(load_file(DATA / f"2013_minneapolis_park.rctab-detailed-report.{suffix}"), "csv"))))
    final, rounds = [r for r in rows if not r["round"]], [r for r in rows if r["round"]]
    assert len(final) == 11 and {r["round"] for r in rounds} == {str(n) for n in range(1, 12)}
    annie = next(r for r in rounds if r["round"] == "10" and r["candidate"] == "ANNIE YOUNG")
    assert (annie["votes"], annie["transfer"], annie["round_status"], annie["round_threshold"]) == ("15044", "-178", "elected", "14866")
    assert annie["share_percent"] == "35.6873"  # of the round's 42,155 continuing ballots
    assert [r["candidate"] for r in rounds if r["round"] == "11"][2:] == ["MEG FORNEY"]  # after the two on 14,866
    assert all(r["transfer"] == "" for r in rounds if r["round"] == "11")


def test_ranked_outcome_names_its_rule_and_one_vote_per_ballot():
    text = render(load_file(DATA / "2013_minneapolis_park.rctab-detailed-report.csv"), "text")
    assert "Rule: ranked choice, 3 to elect: as the tabulator's rounds decided." in text
    assert "(vote for 3)" not in text and "each voter had up to" not in text
    assert "  surplus of ANNIE YOUNG → exhausted 177.52, residual surplus 0.48" in text
