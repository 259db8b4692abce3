"""Clarity / Scytl ENR detail.xml and summary.csv: published totals, one counting level, Windows-1252 CSV."""

from pathlib import Path

import pytest

from electview.core.errors import LoadError
from electview.core.tally import tally
from electview.formats import clarity_csv, clarity_xml, detect, load_file

CLARITY = Path(__file__).parent / "data" / "clarity"
COLORADO_XML = CLARITY / "colorado-2024-general-detail.TRIMMED-6-contests.xml"
COLORADO_CSV = CLARITY / "colorado-2024-general-summary.csv"


def votes_by_name(contest, scope=None):
    result = tally(contest, scope)
    return {c.name: result.votes[i] for i, c in enumerate(result.candidates)}


@pytest.mark.parametrize("path", [COLORADO_XML, COLORADO_CSV])
def test_colorado_presidential_electors_both_exports_agree(path):
    dataset = load_file(path)
    electors = dataset.contest("Presidential Electors")
    votes = votes_by_name(electors)
    assert votes["Kamala D. Harris / Tim Walz"] == 1728159
    assert votes["Donald J. Trump / JD Vance"] == 1377441
    result = tally(electors)
    shares = {c.name: result.share[i] for i, c in enumerate(result.candidates)}
    assert round(shares["Kamala D. Harris / Tim Walz"], 2) == 54.16
    assert round(shares["Donald J. Trump / JD Vance"], 2) == 43.17
    assert dataset.import_warnings == ()


def test_colorado_detail_turnout_and_counties():
    dataset = load_file(COLORADO_XML)
    assert (dataset.turnout.registered, dataset.turnout.ballots_cast, dataset.turnout.percent) == (4058938, 3241120, 79.85)
    assert dataset.election.date == "2024-11-05"
    electors = dataset.contest("Presidential Electors")
    units = electors.units
    assert units.names[0] == "CO" and len(units.children(0)) == 64
    adams = units.index_of("Adams")
    assert votes_by_name(electors, adams)["Kamala D. Harris / Tim Walz"] == 124056
    assert units.registered[adams] == 320225
    assert (electors.units_reporting, electors.units_total) == (3202, 3202)


def test_colorado_question_party_codes_are_not_parties():
    dataset = load_file(COLORADO_XML)
    question = next(c for c in dataset.contests if c.name.startswith("Proposition 127"))
    assert {c.party for c in question.candidates} == {""}
    rtd = next(c for c in dataset.contests if c.name.startswith("Regional Transportation"))
    assert {c.party for c in rtd.candidates} == {""}


def test_summary_csv_is_windows_1252_and_takes_contest_figures_once():
    dataset = load_file(COLORADO_CSV)
    house = next(c for c in dataset.contests if c.name == "State Representative - District 22")
    assert "Daniel Campaña" in [c.name for c in house.candidates]
    electors = dataset.contest("Presidential Electors")
    assert electors.seats == 1
    # Over/under votes repeat on all 8 rows; they are counted once and kept out of the shares.
    others = tally(electors).other_counts
    assert (others["overvotes"].value, others["undervotes"].value) == (607, 2801)
    # Zeros in "num Area rptg" are not a progress figure.
    assert electors.units_reporting is None


def test_precinct_file_contest_level_undervotes_are_not_candidates():
    dataset = load_file(CLARITY / "clarify-tests-precinct.xml")
    senate = dataset.contests[0]
    assert "Undervotes" not in [c.name for c in senate.candidates]
    assert votes_by_name(senate)["Mitch McCONNELL"] == 1135
    assert votes_by_name(senate)["Matt BEVIN"] == 820
    units = senate.units
    assert units.names[0] == "Greenup" and units.kinds[1] == "precinct"
    # totalVoters="0" beside real ballots means not reported.
    assert units.registered[units.index_of("AB")] != 0


def test_county_file_modes_add_up_per_county_and_mismatch_is_warned():
    dataset = load_file(CLARITY / "clarify-tests-county.xml")
    senate = dataset.contests[0]
    # Election Day + Early Vote + Absentee + Provisional per county add up to less than the stated
    # total: the total is kept, the rest in a place of its own (tests/test_own_totals.py).
    assert votes_by_name(senate)["Tom Cotton"] == 477734
    assert any("totalVotes 477,734" in w for w in dataset.import_warnings)


def test_sniffed_by_content():
    assert detect(COLORADO_XML) is clarity_xml
    assert detect(COLORADO_CSV) is clarity_csv


def test_bad_vote_attribute_names_its_element(tmp_path):
    bad = tmp_path / "detail.xml"
    bad.write_text(
        '<ElectionResult><Region>X</Region><Contest key="7" text="Mayor"><Choice key="1" text="A" totalVotes="1">'
        '<VoteType name="Election" votes="lots"/></Choice></Contest></ElectionResult>'
    )
    with pytest.raises(LoadError) as caught:
        load_file(bad)
    assert caught.value.message == "detail.xml: ElectionResult/Contest[@id='7']/Choice[@id='1']/VoteType: attribute votes='lots' is not a number"
