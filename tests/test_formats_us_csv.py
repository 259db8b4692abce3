"""OpenElections and MEDSL CSV: the README's totals and a test per double-counting trap."""

from pathlib import Path

import pytest

from electview.core.tally import tally
from electview.formats import detect, load_file, medsl, openelections

DATA = Path(__file__).parent / "data"
OE = DATA / "openelections"
MEDSL = DATA / "medsl"


def votes_by_name(contest, scope=None):
    result = tally(contest, scope)
    return {c.name: result.votes[i] for i, c in enumerate(result.candidates)}


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("20201103__de__general__county.csv", openelections),
        ("20221108__tx__general__borden__precinct.csv", openelections),
        ("20200915__de__primary__precinct.FIRST-2000-LINES.csv", openelections),
        ("1976-2016-president.FIRST-2000-LINES.csv", medsl),
        ("nj22_cleaned.FIRST-1700-LINES.csv", medsl),
    ],
)
def test_sniffed_by_header(name, module):
    folder = OE if module is openelections else MEDSL
    assert detect(folder / name) is module


def test_delaware_2020_president_sum_of_three_counties():
    dataset = load_file(OE / "20201103__de__general__county.csv")
    president = dataset.contest("President")
    assert votes_by_name(president) == {
        "JOSEPH R. BIDEN JR. AND KAMALA D. HARRIS": 296268,
        "DONALD J. TRUMP AND MICHAEL R. PENCE": 200603,
        'JO JORGENSEN AND JEREMY "SPIKE" COHEN': 5000,
        "HOWIE HAWKINS AND ANGELA NICOLE WALKER": 2139,
    }
    units = president.units
    assert units.names[0] == "DE" and sorted(units.names[units.children(0)]) == ["Kent", "New Castle", "Sussex"]
    assert dataset.election.date == "2020-11-03"


def test_delaware_precinct_thousands_separators_and_mislabelled_primary():
    dataset = load_file(OE / "20200915__de__primary__precinct.FIRST-2000-LINES.csv")
    # "1,176" is one thousand one hundred and seventy-six votes.
    president = dataset.contest("President")
    units = president.units
    precinct = units.index_of("/new castle/01~02")
    assert votes_by_name(president, precinct)["JOSEPH R. BIDEN JR. AND KAMALA D. HARRIS"] == 1176
    # The file is named "primary" but holds one candidate per party: one race, not one per party.
    assert len(president.candidates) >= 2


def test_borden_vote_mode_pseudo_precincts_count_once_and_are_flagged():
    dataset = load_file(OE / "20221108__tx__general__borden__precinct.csv")
    governor = dataset.contest("Governor")
    assert votes_by_name(governor) == {"Greg Abbott": 306, "Beto O'Rourke": 9, "Mark Tippetts": 2, "Delilah Barrios": 0}
    assert any("'Early Voting' are a vote mode" in w for w in dataset.import_warnings)
    units = governor.units
    assert units.kinds[units.index_of("/borden/early voting")] == "vote mode"
    # Registered Voters and Ballots Cast are turnout, not contests.
    assert "Registered Voters" not in [c.name for c in dataset.contests]


def test_coleman_pseudo_rows_and_turnout():
    dataset = load_file(OE / "20221108__tx__general__coleman__precinct.csv")
    governor = dataset.contest("Governor")
    assert votes_by_name(governor) == {
        "Greg Abbott": 2942,
        "Beto O'Rourke": 269,
        "Mark Tippetts": 18,
        "Delilah Barrios": 10,
        "Write-in": 1,
    }
    result = tally(governor)
    assert (result.other_counts["overvotes"].value, result.other_counts["undervotes"].value) == (0, 2)
    assert (result.turnout.registered, result.turnout.ballots_cast) == (5991, 3242)


def test_blank_votes_cell_falls_back_to_the_modes(tmp_path):
    csv_file = tmp_path / "20221108__tx__general__x__precinct.csv"
    csv_file.write_text(
        "county,precinct,office,district,party,candidate,early_voting,election_day,votes\n"
        "X,1,Governor,,,Glenn Hegar,,73,73\n"
        "X,2,Governor,,,Glenn Hegar,10,5,\n"
        "X,1,Governor,,,Other,,,\n"
    )
    dataset = load_file(csv_file)
    assert votes_by_name(dataset.contests[0])["Glenn Hegar"] == 73 + 15
    # Nothing at all reported is unknown, not zero.
    assert votes_by_name(dataset.contests[0])["Other"] != votes_by_name(dataset.contests[0])["Other"]


def test_juniata_votes_column_not_added_to_its_modes():
    dataset = load_file(OE / "20201103__pa__general__juniata__precinct.csv")
    assert votes_by_name(dataset.contest("President"))["Donald J. Trump"] == 9649


def test_caldwell_write_in_totals_kept_once():
    dataset = load_file(OE / "20221108__tx__general__caldwell__precinct.csv")
    governor = votes_by_name(dataset.contest("Governor"))
    assert governor["Write-In Totals"] == 7


def test_county_total_row_beside_precincts_is_not_double_counted(tmp_path):
    csv_file = tmp_path / "results.csv"
    csv_file.write_text(
        "county,precinct,office,district,party,candidate,votes\n"
        "A,1,Mayor,,,Ann,10\nA,2,Mayor,,,Ann,5\nA,Total,Mayor,,,Ann,15\n"
        "A,1,Mayor,,,Bob,3\nA,2,Mayor,,,Bob,4\nA,Total,Mayor,,,Bob,8\n"
    )
    dataset = load_file(csv_file)
    assert votes_by_name(dataset.contests[0]) == {"Ann": 15, "Bob": 7}
    assert any("Bob" in w and "8" in w for w in dataset.import_warnings)


def test_medsl_constituency_fusion_lines_are_one_candidate():
    dataset = load_file(MEDSL / "1976-2016-president.FIRST-2000-LINES.csv")
    contest = dataset.contest("1976 US President")
    names = [c.name for c in contest.candidates]
    assert names.count("Carter, Jimmy") == 1
    alabama = contest.units.index_of("/alabama")
    assert votes_by_name(contest, alabama)["Carter, Jimmy"] == 659170
    carter = contest.candidates[names.index("Carter, Jimmy")]
    assert "democrat" in carter.party and "liberal party" in carter.party


def test_medsl_nj_county_totals_rows_are_not_double_counted():
    dataset = load_file(MEDSL / "nj22_cleaned.FIRST-1700-LINES.csv")
    house = dataset.contest("US HOUSE District 1")
    units = house.units
    burlington = units.index_of("/burlington")
    # Maple Shade 2,773 + Palmyra 1,633 = "Burlington Totals" 4,406, counted once.
    assert votes_by_name(house, burlington)["DONALD W NORCROSS"] == 4406
    assert votes_by_name(house)["DONALD W NORCROSS"] == 139559  # = the file's "District 1 Totals"
    assert not any("Burlington" in w for w in dataset.import_warnings)


def test_medsl_dc_pseudo_offices_are_turnout_and_over_under_votes_apart():
    dataset = load_file(MEDSL / "dc22_cleaned.FIRST-1550-LINES.csv")
    mayor = dataset.contest("MAYOR")
    result = tally(mayor)
    assert "OVER VOTES" not in [c.name for c in mayor.candidates]
    assert result.other_counts["undervotes"].value > 0
    assert result.turnout.registered > result.turnout.ballots_cast > result.total_valid.value
    assert not any("REGISTERED" in c.name for c in dataset.contests)


def test_borden_registered_voters_count_beside_the_vote_mode_rows():
    # Issue 14: the 476 registered on every real precinct were dropped because "Early Voting" and
    # "Mail" (vote modes, no voters registered there) have none: turnout was "unknown".
    dataset = load_file(OE / "20221108__tx__general__borden__precinct.csv")
    result = tally(dataset.contest("Governor"), None, dataset.turnout)
    assert (result.turnout.registered, result.turnout.ballots_cast) == (476, 334)
    assert result.turnout_percent.derived and round(result.turnout_percent.value, 2) == 70.17
    early = dataset.contest("Governor").units.index_of("/borden/early voting")
    assert tally(dataset.contest("Governor"), early, dataset.turnout).turnout.registered is None  # a vote mode has none
