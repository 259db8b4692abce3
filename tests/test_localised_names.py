"""Names in several languages: importers keep every language, the fallback rules pick one, datasets localise and export."""

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from electview.core.errors import LoadError
from electview.core.languages import display_name, localised, pick, unit_name
from electview.core.model import Candidate, Names
from electview.formats import load_file
from electview.formats.export_nist import to_nist_json
from electview.formats.native import parse
from electview.resources import sample_path


NIST_XML = """<?xml version="1.0" encoding="UTF-8"?>
<ElectionReport xmlns="http://itl.nist.gov/ns/voting/1500-100/v2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Election>
    <Candidate ObjectId="c-t"><BallotName><Text Language="en">Kassym-Jomart Tokayev</Text>
      <Text Language="ru">Касым-Жомарт Токаев</Text><Text Language="kk">Қасым-Жомарт Тоқаев</Text></BallotName>
      <PartyId>p-nur</PartyId></Candidate>
    <Candidate ObjectId="c-k"><BallotName><Text Language="en">Amirzhan Kosanov</Text></BallotName></Candidate>
    <Contest xsi:type="CandidateContest" ObjectId="pres">
      <BallotTitle><Text Language="en">President</Text><Text Language="ru-RU">Президент</Text></BallotTitle>
      <ContestSelection xsi:type="CandidateSelection" ObjectId="s-t"><CandidateIds>c-t</CandidateIds>
        <VoteCounts><Count>6539715</Count><GpUnitId>kz</GpUnitId><Type>total</Type></VoteCounts></ContestSelection>
      <ContestSelection xsi:type="CandidateSelection" ObjectId="s-k"><CandidateIds>c-k</CandidateIds>
        <VoteCounts><Count>1495401</Count><GpUnitId>kz</GpUnitId><Type>total</Type></VoteCounts></ContestSelection>
      <ElectionDistrictId>kz</ElectionDistrictId><Name>President</Name><VotesAllowed>1</VotesAllowed>
    </Contest>
    <ElectionScopeId>kz</ElectionScopeId>
    <Name><Text Language="en">2019 presidential election</Text><Text Language="kk">Президент сайлауы</Text></Name>
    <StartDate>2019-06-09</StartDate><EndDate>2019-06-09</EndDate><Type>general</Type>
  </Election>
  <Format>summary-contest</Format><GeneratedDate>2019-06-11T00:00:00Z</GeneratedDate>
  <GpUnit xsi:type="ReportingUnit" ObjectId="kz"><Name><Text Language="en">Kazakhstan</Text>
    <Text Language="ru">Казахстан</Text><Text Language="kk">Қазақстан</Text></Name><Type>country</Type></GpUnit>
  <Issuer>CEC</Issuer><IssuerAbbreviation>CEC</IssuerAbbreviation>
  <Party ObjectId="p-nur"><Name><Text Language="en">Nur Otan</Text><Text Language="kk">Нұр Отан</Text></Name></Party>
  <SequenceEnd>1</SequenceEnd><SequenceStart>1</SequenceStart><Status>certified</Status>
  <VendorApplicationId>test</VendorApplicationId>
</ElectionReport>
"""


@pytest.fixture
def nist_xml(tmp_path):
    path = tmp_path / "kz.xml"
    path.write_text(NIST_XML, encoding="utf-8")
    return path


def test_nist_xml_keeps_every_language(nist_xml):
    dataset = load_file(nist_xml)
    contest = dataset.contests[0]
    tokayev, kosanov = contest.candidates
    assert tokayev.name == "Kassym-Jomart Tokayev"  # English stays the default, as before
    assert dict(tokayev.names) == {"en": "Kassym-Jomart Tokayev", "ru": "Касым-Жомарт Токаев", "kk": "Қасым-Жомарт Тоқаев"}
    assert dict(tokayev.party_names) == {"en": "Nur Otan", "kk": "Нұр Отан"}
    assert dict(kosanov.names) == {"en": "Amirzhan Kosanov"}
    assert contest.names["ru-ru"] == "Президент"
    assert dataset.election.titles["kk"] == "Президент сайлауы"
    assert unit_name(contest.units, 0, "kk") == "Қазақстан"


def test_localised_dataset_reads_in_the_language_and_falls_back(nist_xml):
    dataset = localised(load_file(nist_xml), "ru")
    contest = dataset.contests[0]
    assert [c.name for c in contest.candidates] == ["Касым-Жомарт Токаев", "Amirzhan Kosanov"]
    assert contest.candidates[0].party == "Nur Otan"  # no Russian party name: the source's own
    assert contest.name == "Президент"  # "ru" finds "ru-RU"
    assert contest.units.names[0] == "Казахстан"
    assert dataset.election.title == "2019 presidential election"
    assert [c.votes.value.tolist() for c in dataset.contests] == [[6539715.0, 1495401.0]]


def test_localising_again_starts_from_the_source_text(final_sample):
    original = load_file(final_sample)
    kazakh = localised(original, "kk")
    assert kazakh.contests[0].candidates[0].name == "Қасым-Жомарт Тоқаев"
    assert kazakh.election.office == "Қазақстан Республикасының Президенті"
    assert kazakh.election.country == "Қазақстан"
    back = localised(kazakh, "en")
    assert [c.name for c in back.contests[0].candidates] == [c.name for c in original.contests[0].candidates]
    assert back.election.title == original.election.title
    assert back.contests[0].name == original.contests[0].name == "President of Kazakhstan"
    assert localised(kazakh, "ru").contests[0].candidates[0].name == "Касым-Жомарт Токаев"


def test_native_sample_names_in_russian_and_kazakh():
    dataset = load_file(sample_path())
    tokayev = dataset.contests[0].candidates[0]
    assert tokayev.name == "Kassym-Jomart Tokayev"
    assert display_name(tokayev, "kk") == "Қасым-Жомарт Тоқаев"
    assert display_name(tokayev, "ru-KZ") == "Касым-Жомарт Токаев"
    assert display_name(tokayev, "de") == "Kassym-Jomart Tokayev"
    assert display_name(dataset.election, "ru") == "Выборы президента Казахстана 2019 года"
    assert display_name(dataset.contests[0], "ru") == "Президент Республики Казахстан"  # named after the office


def native(candidate: dict) -> dict:
    return {"format": "electview", "version": 1, "election": {"title": "T"}, "candidates": [candidate]}


def test_native_refuses_a_bad_language_tag_naming_the_place():
    with pytest.raises(LoadError) as caught:
        parse(native({"name": "A", "names": {"Russian!": "Б"}}), "x.electview.json")
    assert caught.value.place == "candidates[0].names.Russian!"
    with pytest.raises(LoadError) as caught:
        parse(native({"name": "A", "names": {"ru": 5}}), "x.electview.json")
    assert caught.value.place == "candidates[0].names.ru"


def test_native_unit_names_in_languages():
    data = native({"id": "a", "name": "A"})
    data["units"] = [{"id": "kz", "name": "Kazakhstan", "names": {"kk": "Қазақстан"}}, {"id": "ala", "parent": "kz", "name": "Almaty"}]
    data["results"] = [{"unit": "ala", "votes": {"a": 5}}]
    units = parse(data).contests[0].units
    assert unit_name(units, 0, "kk") == "Қазақстан"
    assert unit_name(units, 1, "kk") == "Almaty"


@pytest.mark.parametrize("source", ["xml", "sample"])
def test_nist_export_writes_every_language_and_reads_back(source, nist_xml, tmp_path, final_sample):
    original = load_file(nist_xml if source == "xml" else final_sample)
    shown = localised(original, "kk")  # the window exports what it shows: the source text must survive
    report, _ = to_nist_json(shown)
    path = tmp_path / "back.json"
    path.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    back = load_file(path)
    for before, after in zip(original.contests[0].candidates, back.contests[0].candidates, strict=True):
        assert after.name == before.name
        for language in ("en", "ru", "kk"):
            assert display_name(after, language) == display_name(before, language)
            assert pick(after.party_names, language, after.party) == pick(before.party_names, language, before.party)
    assert display_name(back.election, "kk") == display_name(original.election, "kk")
    assert display_name(back.contests[0], "kk") == display_name(original.contests[0], "kk")
    assert back.contests[0].name == original.contests[0].name


def test_names_are_a_frozen_hashable_mapping():
    names = Names({"RU_ru": " Токаев ", "kk": "", "en": "Tokayev"})
    assert dict(names) == {"en": "Tokayev", "ru-ru": "Токаев"}  # tags normalised, empty texts dropped
    assert hash(names) == hash(Names([("en", "Tokayev"), ("ru-RU", "Токаев")]))
    assert hash(Candidate("t", "Tokayev", names=names)) == hash(Candidate("t", "Tokayev", names=Names(names)))


TAGS = st.sampled_from(["ru", "ru-RU", "ru-KZ", "kk", "kk-Cyrl", "en", "en-GB", "de", ""])
TEXTS = st.text(min_size=1, max_size=8).map(str.strip).filter(bool)


@given(st.dictionaries(TAGS.filter(bool), TEXTS, max_size=5), TAGS, TEXTS)
def test_fallback_rules(given_names, language, default):
    names = Names(given_names)
    chosen = pick(names, language, default)
    wanted = language.casefold()
    base = wanted.split("-")[0]
    if wanted and wanted in names:
        assert chosen == names[wanted]  # the exact tag
    elif base and base in names:
        assert chosen == names[base]  # then the base language
    elif base and any(tag.split("-")[0] == base for tag in names):
        assert chosen in [text for tag, text in names.items() if tag.split("-")[0] == base]  # then a regional form
    else:
        assert chosen == default  # never another language: the source's own text


def test_summary_lang_shows_names_in_that_language(capsys):
    from electview.cli import main

    assert main(["summary", "--lang", "kk", "--format", "json", "--contest", "President of Kazakhstan"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["election"]["title"] == "2019 жылғы Қазақстан Республикасы Президентінің сайлауы"
    contest = summary["contests"][0]
    assert contest["name"] == "Қазақстан Республикасының Президенті"
    assert [c["name"] for c in contest["candidates"][:2]] == ["Қасым-Жомарт Тоқаев", "Әміржан Қосанов"]
    assert contest["candidates"][0]["votes"] == 6504054
    assert main(["summary", "--format", "json"]) == 0  # without --lang: the file's own names
    assert json.loads(capsys.readouterr().out)["contests"][0]["candidates"][0]["name"] == "Kassym-Jomart Tokayev"


@given(st.lists(st.dictionaries(TAGS.filter(bool), TEXTS, max_size=4), min_size=1, max_size=6), TAGS)
def test_unit_names_localise_as_pick_says(per_unit, language):
    from electview.core.model import UnitTable

    units = UnitTable.from_lists(
        [f"u{i}" for i in range(len(per_unit))], [f"Unit {i}" for i in range(len(per_unit))], [""] * len(per_unit),
        [-1] + [0] * (len(per_unit) - 1), names_in=per_unit,
    )
    dataset = parse(native({"id": "a", "name": "A"}))
    contest = dataset.contests[0]
    shown = localised(dataclasses.replace(dataset, contests=(dataclasses.replace(contest, units=units),)), language)
    expected = [pick(Names(texts), language, f"Unit {i}") for i, texts in enumerate(per_unit)]
    assert list(shown.contests[0].units.names) == expected


def test_a_dataset_without_languages_is_not_copied():
    dataset = parse(native({"name": "A"}))
    assert localised(dataset, "ru") is dataset
    english_nist = load_file(Path(__file__).parent / "data" / "nist-v2" / "err-gen-01.json")
    assert localised(english_nist, "en") is english_nist  # every name given in English only: already so


def test_quotes_in_russian_or_kazakh_mention_candidates_by_their_names_there():
    data = json.loads(sample_path().read_text(encoding="utf-8"))
    data["commentary"] = [
        {"speaker": "А", "quote": "Токаев заявил о преемственности."},
        {"speaker": "Б", "quote": "Тоқаев пен Қосанов дебатқа шықты."},
        {"speaker": "В", "quote": "Pure diplomacy.", "mentions": ["Дания Еспаева"]},
    ]
    commentary = parse(data).commentary
    assert [item.mentions for item in commentary] == [("tokayev",), ("tokayev", "kosanov"), ("yespayeva",)]
