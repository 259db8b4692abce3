"""A district contest counts only the units its district covers (issue 14, "contest scope").

NIST Cambridge 2022 (certified) lists write-in counts for every precinct of the city under each
district contest; only the district's own precincts (its GpUnit's ComposingGpUnitIds) belong to it.
Expected figures are worked out from the raw file here, not copied from electview.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from electview.core.tally import tally
from electview.formats import load_file

NIST = Path(__file__).parent / "data" / "nist-v2"
CAMBRIDGE_JSON = NIST / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.json"
CAMBRIDGE_XML = NIST / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.xml"


def _raw_district_figures() -> list[dict]:
    """Per contest, in the file's order: votes per selection, undervotes and ballots inside the district, from the JSON."""
    report = json.loads(CAMBRIDGE_JSON.read_text())
    gpunits = {unit["@id"]: unit for unit in report["GpUnit"]}
    election = report["Election"][0]
    ballots = {row["GpUnitId"]: row["BallotsCast"] for row in election["BallotCounts"]}
    figures = []
    for contest in election["Contest"]:
        inside = set(gpunits[contest["ElectionDistrictId"]]["ComposingGpUnitIds"])
        votes = [sum(v["Count"] for v in s["VoteCounts"] if v["GpUnitId"] in inside) for s in contest["ContestSelection"]]
        under = sum(o.get("Undervotes", 0) for o in contest["OtherCounts"] if o["GpUnitId"] in inside)
        figures.append({
            "votes": votes,
            "undervotes": under,
            "ballots": sum(ballots[unit] for unit in inside),
        })
    return figures


@pytest.mark.parametrize("path", [CAMBRIDGE_JSON, CAMBRIDGE_XML], ids=["json", "xml"])
def test_state_representative_counts_only_its_three_precincts(path):
    dataset = load_file(path)
    contest = next(c for c in dataset.contests if c.name.startswith("REPRESENTATIVE IN GENERAL COURT"))
    result = tally(contest, None, dataset.turnout)
    by_name = {c.name: i for i, c in enumerate(result.candidates)}
    assert result.votes[by_name["Write-in"]] == 13  # was 163: the whole city's write-ins
    assert round(result.share[by_name["Write-in"]], 2) == 0.83  # was 9.47
    assert round(result.share[by_name["DANIEL JOSEPH RYAN"]], 2) == 99.17  # was 90.53
    # Votes + undervotes are exactly the district's ballots (the district's own, not the city's 36,897).
    assert result.turnout.ballots_cast == 1874
    assert result.total_valid.value + result.other_counts["undervotes"].value == 1874


@pytest.mark.parametrize("path", [CAMBRIDGE_JSON, CAMBRIDGE_XML], ids=["json", "xml"])
def test_every_contest_counts_ballots_and_votes_of_its_district_only(path):
    raw = _raw_district_figures()
    dataset = load_file(path)
    for contest, expected in zip(dataset.contests, raw, strict=True):
        result = tally(contest, None, dataset.turnout)
        assert result.votes.tolist() == expected["votes"], contest.name
        assert result.other_counts["undervotes"].value == expected["undervotes"], contest.name
        assert result.turnout.ballots_cast == expected["ballots"], contest.name
        assert sum(expected["votes"]) + expected["undervotes"] == expected["ballots"]


def test_the_left_out_votes_are_said_in_the_import_warnings():
    dataset = load_file(CAMBRIDGE_JSON)
    notes = [w for w in dataset.import_warnings if "outside" in w]
    # Fifth district: 50 write-ins from the seventh's precincts; seventh: 13; state rep: 150.
    assert any("REPRESENTATIVE IN GENERAL COURT" in w and "150 votes" in w for w in notes), dataset.import_warnings
    assert any("FIFTH DISTRICT" in w and "50 votes" in w for w in notes), dataset.import_warnings
    assert any("SEVENTH DISTRICT" in w and "13 votes" in w for w in notes), dataset.import_warnings


COLORADO = Path(__file__).parent / "data" / "clarity" / "colorado-2024-general-detail.TRIMMED-6-contests.xml"


def test_a_district_contest_does_not_take_the_states_turnout():
    """Colorado 2024: the state's 3,241,120 ballots (79.85%) belong to the statewide contests only.

    District 5 is counted in one county (El Paso) which it doesn't fill, so the file gives no
    ballots for the district: unknown, not the state's figure.
    """
    dataset = load_file(COLORADO)
    president = tally(dataset.contests[0], None, dataset.turnout)
    assert (president.turnout.ballots_cast, president.turnout_percent.value) == (3241120, 79.85)
    district = next(c for c in dataset.contests if "District 5" in c.name)
    result = tally(district, None, dataset.turnout)
    assert result.turnout.ballots_cast is None  # was 3,241,120
    assert result.turnout.registered is None  # was 4,058,938
    assert not result.turnout_percent.known  # was 79.85%


def test_a_district_contest_does_not_take_a_countys_turnout_either():
    """Drilled to El Paso, District 5 still has no ballots of its own in the file (El Paso's 387,502 are the county's)."""
    dataset = load_file(COLORADO)
    district = next(c for c in dataset.contests if "District 5" in c.name)
    el_paso = next(i for i, name in enumerate(district.units.names) if name == "El Paso")
    result = tally(district, el_paso)
    assert result.turnout.ballots_cast is None and not result.turnout_percent.known  # was 387,502 and 76.99%
    president = tally(dataset.contests[0], el_paso)
    assert president.turnout.ballots_cast == 387502  # a statewide contest owns the county's figures
