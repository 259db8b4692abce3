"""Who the file declares elected decides the outcome: an AEC "Elected" column, NIST PostElectionStatus.

Australia's House is elected by preferences; the AEC's first-preference table names each division's
member in its Elected column. Decided by most first preferences, electview gave LP 67, ALP 43 —
wrong in 15 of the 150 divisions. The 2013 result is LP 58, ALP 55, LNP 22, NP 9, IND 2, CLP 1,
PUP 1, KAP 1, GRN 1.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from electview.core.majority import outcome_statement
from electview.core.outcomes import Standing, district_parliament, outcome, parliament_lines
from electview.core.sentence import result_sentence
from electview.core.tally import tally
from electview.formats import load_file

DATA = Path(__file__).parent / "data"
AEC = DATA / "national" / "au-aec" / "HouseFirstPrefsByCandidateByVoteTypeDownload-17496.csv"
NIST = DATA / "nist-v2" / "err-gen-01.json"


@pytest.fixture(scope="module")
def aec():
    return load_file(AEC)


def _contest(dataset, name):
    return next(contest for contest in dataset.contests if contest.name == name)


def test_the_aec_elected_column_gives_the_real_seats(aec):
    house = district_parliament(aec)
    assert dict(zip(house.parties, house.seats, strict=True)) == {
        "LP": 58, "ALP": 55, "LNP": 22, "NP": 9, "IND": 2, "CLP": 1, "PUP": 1, "KAP": 1, "GRN": 1,
    }  # was LP 67, ALP 43, LNP 27, NP 10, CLP 1, IND 1, GRN 1
    assert house.final
    lines = parliament_lines(house)
    assert lines[0] == "Parliament: 150 single-member constituencies: the elected as the file declares them."
    assert any(line.startswith("In 15 of them the member declared elected does not have the most votes") for line in lines)


def test_a_member_elected_on_preferences_is_elected_and_the_first_preference_leader_is_not(aec):
    contest = _contest(aec, "Kingsford Smith")
    result = tally(contest, None, None)
    decided = outcome(result, final=False)
    names = [candidate.name for candidate in result.candidates]
    winner, leader = names.index("Matt THISTLETHWAITE"), names.index("Michael FENELEY")
    assert result.votes[leader] > result.votes[winner]  # 43.50% to 42.02% of first preferences
    assert decided.winners == (winner,) and decided.standing[winner] is Standing.ELECTED
    assert decided.standing[leader] is Standing.DEFEATED and decided.overruled == (leader,)
    sentence = outcome_statement(result, final=False).sentence
    assert sentence.startswith("Matt THISTLETHWAITE is elected, as the file declares, with 42.02% of valid votes")
    assert "Michael FENELEY (43.50%) has more votes here" in sentence
    spoken = result_sentence(result)
    assert "is elected, as the file declares" in spoken and "FENELEY leads" not in spoken


def test_historic_elected_is_not_the_elected_column(tmp_path):
    """AEC's HistoricElected (held the seat before) beside no Elected column declares nothing."""
    table = tmp_path / "seats.csv"
    table.write_text(
        "Division,Candidate,Party,HistoricElected,Votes\n"
        "North,Ann,AAA,Y,100\nNorth,Bob,BBB,N,200\nSouth,Cid,AAA,N,300\nSouth,Dee,BBB,Y,50\n",
        encoding="utf-8",
    )
    dataset = load_file(table)
    assert all(contest.declared_elected is None for contest in dataset.contests)
    house = district_parliament(dataset)
    assert house is not None and dict(zip(house.parties, house.seats, strict=True)) == {"BBB": 1, "AAA": 1}


@pytest.mark.parametrize(("marks", "declared"), [(("Y", "N"), [1.0, 0.0]), (("true", "false"), [1.0, 0.0]), (("N", "N"), None)])
def test_an_elected_column_of_yes_no_marks_is_read(tmp_path, marks, declared):
    table = tmp_path / "seats.csv"
    table.write_text(
        f"Division,Candidate,Party,Elected,Votes\nNorth,Ann,AAA,{marks[0]},100\nNorth,Bob,BBB,{marks[1]},200\n"
        "South,Cid,AAA,N,300\nSouth,Dee,BBB,Y,50\n",
        encoding="utf-8",
    )
    contest = _contest(load_file(table), "North")
    if declared is None:
        assert contest.declared_elected is None  # "not elected" for everyone declares nothing
    else:
        assert contest.declared_elected.tolist() == declared


def _nist_with(tmp_path, statuses: dict[str, str]) -> Path:
    report = json.loads(NIST.read_text(encoding="utf-8"))
    for candidate in report["Election"][0]["Candidate"]:
        if candidate["@id"] in statuses:
            candidate["PostElectionStatus"] = statuses[candidate["@id"]]
    path = tmp_path / "declared.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    return path


def test_nist_post_election_status_winner_breaks_a_tie_on_the_count(tmp_path):
    """Senate: Ed Johnson and John Rusco 12 each. The file says Johnson won (by lot, say): not "tied"."""
    dataset = load_file(_nist_with(tmp_path, {"can-ej": "winner", "can-jr": "defeated"}))
    result = tally(_contest(dataset, "United State Senator"), None, dataset.turnout)
    decided = outcome(result, final=False)
    assert [result.candidates[i].name for i in decided.winners] == ["Ed Johnson"]
    assert not decided.has_tie and decided.rule.kind == "declared"
    # the rest of the file, which declares nothing, is decided by the count as before
    other = tally(_contest(dataset, "State Assembly - District 2"), None, dataset.turnout)
    assert outcome(other, final=False).rule.kind == "plurality"


def test_a_projection_or_defeat_alone_declares_no_winner(tmp_path):
    dataset = load_file(_nist_with(tmp_path, {"can-pt": "projected-winner", "can-ej": "defeated"}))
    for name in ("State Assembly - District 2", "United State Senator"):
        result = tally(_contest(dataset, name), None, dataset.turnout)
        assert outcome(result, final=False).rule.kind != "declared"
