"""EML 510 (Kiesraad) with the 230 candidate list, and the Kiesraad CSV: list totals apart from preference votes."""

import shutil
from pathlib import Path

import pytest

from electview.core.errors import LoadError
from electview.core.tally import tally
from electview.formats import detect, eml510, kiesraad_csv, load_file

EML = Path(__file__).parent / "data" / "eml-510"
WMW_510 = EML / "Telling_GR2022_WestMaasenWaal.TRIMMED-3-of-21-units.eml.xml"
WMW_CSV = EML / "osv4-3_telling_gr2022_westmaasenwaal.csv"
WMW_LISTS = {
    "FD Partij Beneden-Leeuwen": 1893,
    "VVD": 1345,
    "F.D. Dreumel": 1372,
    "F.D. Maasdorpen": 1157,
    "F.D. Wamel": 941,
    "CDA": 972,
    "Sociaal Maas en Waal": 999,
    "F.D. Boven-Leeuwen": 671,
}


def votes_by_name(contest, scope=None):
    result = tally(contest, scope)
    return {c.name: result.votes[i] for i, c in enumerate(result.candidates)}


@pytest.mark.parametrize("path", [WMW_510, WMW_CSV])
def test_west_maas_en_waal_list_totals_and_first_candidate(path):
    dataset = load_file(path)
    lists = dataset.contests[0]
    assert votes_by_name(lists) == WMW_LISTS
    result = tally(lists)
    assert result.total_valid.value == 9350
    assert (result.other_counts["blank"].value, result.other_counts["invalid"].value) == (21, 27)
    assert (result.turnout.registered, result.turnout.ballots_cast) == (16202, 9398)
    preferences = dataset.contest("Voorkeurstemmen — FD Partij Beneden-Leeuwen")
    assert votes_by_name(preferences)["Reuvers, R.A.N."] == 581
    # Party rows and candidate rows never share a contest: nothing is counted twice.
    assert all(c.name not in WMW_LISTS for c in preferences.candidates)


def test_sniffing():
    assert detect(WMW_510) is eml510
    assert detect(WMW_CSV) is kiesraad_csv


def test_trimmed_510_keeps_the_municipality_total_and_says_so():
    dataset = load_file(WMW_510)
    units = dataset.contests[0].units
    assert units.names[0] == "West Maas en Waal"
    station = units.index_of("0668::SB1")
    assert units.names[station].startswith("Stembureau Dorpshuis De Hucht")
    assert votes_by_name(dataset.contests[0], station)["FD Partij Beneden-Leeuwen"] == 3
    assert any("not all of West Maas en Waal" in w for w in dataset.import_warnings)


def test_without_the_230_list_candidates_are_numbered(tmp_path):
    alone = tmp_path / WMW_510.name
    shutil.copy(WMW_510, alone)
    dataset = load_file(alone)
    preferences = dataset.contest("Voorkeurstemmen — FD Partij Beneden-Leeuwen")
    assert votes_by_name(preferences)["Kandidaat 1 (lijst 1)"] == 581
    assert any("no EML 230 candidate list" in w for w in dataset.import_warnings)


def test_nuth_sample_list_totals():
    dataset = load_file(EML / "kiesraad-sample-EML-510b-GR2002-Nuth.xml")
    lists = votes_by_name(dataset.contests[0])
    assert lists["Lijst Lenoir"] == 1748 and lists["Christen Democratisch Appèl (CDA)"] == 2895
    assert sum(lists.values()) == 6467
    cda = dataset.contest("Voorkeurstemmen — Christen Democratisch Appèl (CDA)")
    assert sum(votes_by_name(cda).values()) == 2895  # = the list total, in its own contest


def test_bad_valid_votes_names_the_element(tmp_path):
    text = (EML / "rust-eml-nl-deserialize_eml510b_test.eml.xml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.eml.xml"
    bad.write_text(text.replace("<ValidVotes>100</ValidVotes>", "<ValidVotes>many</ValidVotes>", 1), encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_file(bad)
    assert "'many' is not a number" in caught.value.message and "ValidVotes" in caught.value.place


def test_opening_the_candidate_list_alone_says_what_it_is():
    with pytest.raises(LoadError) as caught:
        load_file(EML / "Kandidatenlijsten_GR2022_WestMaasenWaal.eml.xml")
    assert "EML 230 candidate list, not a count" in caught.value.message
