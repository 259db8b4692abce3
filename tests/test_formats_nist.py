"""NIST SP 1500-100 results (V2 JSON and XML, V1 XML, Google civics): the published totals, one counting level."""

from pathlib import Path

import pytest

from electview.core.errors import LoadError
from electview.core.tally import tally
from electview.formats import detect, load_file, nist_json, nist_xml

DATA_DIR = Path(__file__).parent / "data"

V2 = DATA_DIR / "nist-v2"
CAMBRIDGE = "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests"


def votes_by_name(contest, scope=None):
    result = tally(contest, scope)
    return {c.name: result.votes[i] for i, c in enumerate(result.candidates)}


@pytest.mark.parametrize("suffix", [".json", ".xml"])
def test_cambridge_governor_and_question_1(suffix):
    dataset = load_file(V2 / f"{CAMBRIDGE}{suffix}")
    assert dataset.election.status.value == "certified"
    governor = dataset.contest("GOVERNOR AND LIEUTENANT GOVERNOR")
    assert votes_by_name(governor) == {
        "HEALEY AND DRISCOLL": 33312,
        "DIEHL AND ALLEN": 2768,
        "REED AND EVERETT": 423,
        "Write-in": 57,
    }
    assert tally(governor).other_counts["undervotes"].value == 337
    question = dataset.contest("ADDITIONAL TAX ON INCOME OVER 1 MILLION DOLLARS")
    assert votes_by_name(question) == {"YES": 27606, "NO": 8355}
    assert tally(governor).turnout.ballots_cast == 36897
    # The only warnings: the district contests' write-in rows from other districts' precincts, left out.
    assert len(dataset.import_warnings) == 3
    assert all("outside its district" in warning for warning in dataset.import_warnings)


def test_cambridge_region_tree_is_city_over_precincts():
    dataset = load_file(V2 / f"{CAMBRIDGE}.json")
    units = dataset.contests[0].units
    assert units.names[units.roots()].tolist() == ["Cambridge"]
    precincts = units.children(0)
    assert len(precincts) == 42
    assert set(units.kinds[precincts]) == {"precinct"}
    # Names keep no stray whitespace ("Precinct 1-1 " in the file).
    one = units.index_of("prec-1-1")
    assert units.names[one] == "Precinct 1-1"
    assert sum(votes_by_name(dataset.contests[0], int(p))["HEALEY AND DRISCOLL"] for p in precincts) == 33312


def test_same_named_contests_are_told_apart_by_district():
    names = [c.name for c in load_file(V2 / f"{CAMBRIDGE}.xml").contests]
    assert "REPRESENTATIVE IN CONGRESS (FIFTH DISTRICT)" in names
    assert "REPRESENTATIVE IN CONGRESS (SEVENTH DISTRICT)" in names
    assert len(set(names)) == len(names)


def test_open_primary_contests_are_told_apart_by_party():
    names = [c.name for c in load_file(V2 / "err-prim-02.json").contests]
    assert "President of the United States (Democratic)" in names
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("suffix", [".json", ".xml"])
def test_gen01_county_total_beside_sub_units_is_not_double_counted(suffix):
    dataset = load_file(V2 / f"err-gen-01{suffix}")
    president = dataset.contest("cc-president")
    # The county row (12) and its four sub-units (3 each) are both in the file.
    assert votes_by_name(president) == {
        "Harry Brown / Jim Doyle": 12,
        "George Bush / Dick Cheney": 12,
        "Al Gore / Joe Liberman": 8,
        "Write-in": 8,
    }
    assert dataset.import_warnings == ()
    units = president.units
    assert units.ids[units.roots()].tolist() == ["ru-county-1"]


def test_gen03_xml_with_prefixed_xsi_type_matches_json():
    from_xml = load_file(V2 / "err-gen-03.xml")
    from_json = load_file(V2 / "err-gen-03.json")
    assert [c.name for c in from_xml.contests] == [c.name for c in from_json.contests]
    for a, b in zip(from_xml.contests, from_json.contests, strict=True):
        assert votes_by_name(a) == votes_by_name(b)
    assert votes_by_name(from_xml.contests[0]) == {"Arthur Kumar": 10, "Brian Getz": 9, "Write-in": 1}


@pytest.mark.parametrize("path", [DATA_DIR / "nist-v1" / "ttv-lacounty-2017-GpU08CQ0.v1.cdf.xml", V2 / "ttv-lacounty-2017-GpU08CQ0.v2.cdf.xml"])
def test_la_county_2017_v1_total_row_and_v2_modes(path):
    dataset = load_file(path)
    council = dataset.contests[0]
    assert council.seats == 3
    assert (council.units_reporting, council.units_total) == (11, 11)
    assert votes_by_name(council) == {"JORGE A. MARQUEZ": 2600, "JOHN C. KING": 2450, "VICTOR LINARES": 2232, "NEIL L. POLZIN": 1006}
    measure = dataset.contest("COVINA CITY SPECIAL MUNICIPAL ELECTION - MEASURE CC")
    assert votes_by_name(measure) == {"YES": 2740, "NO": 1098}
    assert len(council.units.children(0)) == 11


def test_google_feed_uses_total_not_total_plus_modes():
    dataset = load_file(DATA_DIR / "google-civics" / "post_election_sample_feed_summary.xml")
    assert dataset.election.status.value == "preliminary"  # unofficial-partial
    assert votes_by_name(dataset.contest("Governor")) == {
        "Robert C. Sarvis": 14463,
        "Ken T. Cuccinelli II": 14259,
        "Terry R. McAuliffe": 12453,
    }


def test_pre_election_report_says_no_results_yet():
    dataset = load_file(V2 / "pe-err-gen-03.json")
    assert any("no results yet" in w for w in dataset.import_warnings)


def test_sniffing_by_content_not_extension(tmp_path):
    renamed = tmp_path / "results.dat"
    renamed.write_bytes((V2 / "err-gen-03.xml").read_bytes())
    assert detect(renamed) is nist_xml
    renamed.write_bytes((V2 / "err-gen-03.json").read_bytes())
    assert detect(renamed) is nist_json


def test_generic_xml_to_json_dump_is_refused_clearly():
    with pytest.raises(LoadError) as caught:
        load_file(V2 / "ttv-lacounty-2017-GpU08CQ0.v2.NONCONFORMANT-xml2json.json")
    assert "not NIST V2 JSON" in caught.value.message


def test_broken_xml_names_the_line(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text('<?xml version="1.0"?>\n<ElectionReport>\n  <Election>\n</ElectionReport>\n')
    with pytest.raises(LoadError) as caught:
        load_file(broken)
    assert caught.value.message.startswith("broken.xml: line 4")


def test_entity_expansion_is_refused(tmp_path):
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaa">]>\n<ElectionReport>&a;</ElectionReport>\n')
    with pytest.raises(LoadError) as caught:
        load_file(bomb)
    assert "unsafe XML" in caught.value.message


def test_bad_count_names_its_place(tmp_path):
    text = (V2 / "err-gen-03.json").read_text(encoding="utf-8").replace('"Count" : 10', '"Count" : "ten"', 1)
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_file(bad)
    assert "VoteCounts" in caught.value.place and "expected a number" in caught.value.problem
