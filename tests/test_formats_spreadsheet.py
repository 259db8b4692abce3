"""Spreadsheet tables: encodings, delimiters, number styles and headers in several languages; --columns."""

import csv
import io
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cli_support import run_in_process
from electview.core.errors import LoadError
from electview.core.tally import tally
from electview.formats import _tabular, detect, load_file, spreadsheet
from electview.formats._longform import candidate_role, turnout_role

SHEETS = Path(__file__).parent / "data" / "spreadsheet"


def votes_by_name(contest, scope=None):
    result = tally(contest, scope)
    return {c.name: result.votes[i] for i, c in enumerate(result.candidates)}


def test_russian_cp1251_semicolons_nbsp_and_decimal_commas():
    dataset = load_file(SHEETS / "ru-cp1251-semicolon.csv")
    assert dataset.election.title == "Выборы Президента Республики Казахстан 9 июня 2019 года"
    contest = dataset.contests[0]
    assert votes_by_name(contest) == {
        "Токаев Касым-Жомарт Кемелевич": 6539715,
        "Косанов Амиржан Сагидрахманович": 1495401,
        "Еспаева Даня Мадиевна": 465714,
    }
    assert contest.candidates[0].party == "партия «Nur Otan»"
    result = tally(contest)
    assert result.share_reported[0] == pytest.approx(70.96)
    # "Итого" is a total, not a candidate; invalid ballots are shown apart.
    assert result.other_counts["invalid"].value == 82106
    assert any("'Итого'" in w for w in dataset.import_warnings)


def test_kazakh_utf16_tab_separated():
    dataset = load_file(SHEETS / "kk-utf16.tsv")
    contest = dataset.contests[0]
    assert votes_by_name(contest) == {"Тоқаев Қасым-Жомарт": 6539715, "Қосанов Әміржан": 1495401}
    assert contest.candidates[1].party == "Ұлт тағдыры"


def test_dutch_party_list_dot_thousands_and_blanco():
    dataset = load_file(SHEETS / "nl-utf8-bom.csv")
    contest = dataset.contests[0]
    assert votes_by_name(contest)["PVV"] == 2450878
    assert tally(contest).other_counts["blank"].value == 12345
    assert tally(contest).share_reported[0] == pytest.approx(21.87)


def test_spanish_cp1252_regions_and_total_rows():
    dataset = load_file(SHEETS / "es-cp1252-regions.csv")
    contest = dataset.contests[0]
    assert votes_by_name(contest) == {"Ana Peña": 1334567, "José Núñez": 1139433}
    sur = contest.units.index_of("/sur")
    assert votes_by_name(contest, sur) == {"Ana Peña": 100000, "José Núñez": 150000}
    assert dataset.import_warnings == ()  # the Total rows agree with the regions


def test_french_narrow_no_break_spaces_blancs_nuls():
    dataset = load_file(SHEETS / "fr-utf8-narrow-nbsp.csv")
    contest = dataset.contests[0]
    assert votes_by_name(contest) == {"Emmanuel Macron": 18768639, "Marine Le Pen": 13288686}
    others = tally(contest).other_counts
    assert (others["blank"].value, others["invalid"].value) == (2233904, 805249)


def test_wide_table_a_column_per_candidate():
    dataset = load_file(SHEETS / "ru-wide-regions.csv")
    contest = dataset.contests[0]
    assert votes_by_name(contest) == {"Токаев": 900000, "Косанов": 300000}
    astana = contest.units.index_of("/астана")
    assert votes_by_name(contest, astana) == {"Токаев": 400000, "Косанов": 100000}
    assert tally(contest).turnout.registered == 1800000


def test_unmappable_columns_ask_for_a_mapping():
    with pytest.raises(spreadsheet.ColumnsNeeded) as caught:
        load_file(SHEETS / "unmappable.csv")
    assert caught.value.headers == ["A", "B", "C"]
    assert "--columns" in caught.value.message
    dataset = load_file(SHEETS / "unmappable.csv", columns="name=A,party=B,votes=3")
    assert votes_by_name(dataset.contests[0]) == {"x": 1, "z": 2}


def test_bad_columns_option_names_the_choices():
    with pytest.raises(LoadError) as caught:
        load_file(SHEETS / "unmappable.csv", columns="name=A,votes=Nope")
    assert "no column 'Nope'" in caught.value.message and "A, B, C" in caught.value.message


def test_bad_number_names_its_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Candidate,Votes\nA,10\nB,lots\n")
    with pytest.raises(LoadError) as caught:
        load_file(bad)
    assert caught.value.message == "bad.csv: line 3: votes column 'Votes': 'lots' is not a number"


@pytest.mark.parametrize(
    ("cells", "whole", "expected"),
    [
        (["1,176", "725"], True, [1176, 725]),
        (["1.176", "725"], True, [1176, 725]),
        (["12,5", "3,25"], False, [12.5, 3.25]),
        (["1 234 567", "1\u00a0000"], True, [1234567, 1000]),
        (["1.234,5", "10,0"], False, [1234.5, 10.0]),
        (["1,234.5", "10.0"], False, [1234.5, 10.0]),
        (["70,76%", "16.2"], False, [70.76, 16.2]),
    ],
)
def test_number_styles(cells, whole, expected):
    values, bad = _tabular.parse_numbers(cells, whole)
    assert bad == [] and values.tolist() == expected


def test_blank_and_na_are_unknown_not_zero():
    values, bad = _tabular.parse_numbers(["", "NA", "5"])
    assert bad == [] and values[2] == 5 and all(np.isnan(values[:2]))


def test_json_and_xml_are_not_taken_for_tables(tmp_path):
    odd = tmp_path / "x.csv"
    odd.write_text('[{"a": 1}, {"b": 2}]\n')
    with pytest.raises(LoadError):
        detect(odd)


def test_summary_columns_and_region_on_the_command_line():
    result = run_in_process("summary", str(SHEETS / "unmappable.csv"), "--columns", "name=A,votes=C", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert [c["votes"] for c in json.loads(result.stdout)["contests"][0]["candidates"]] == [2, 1]
    result = run_in_process("summary", str(SHEETS / "es-cp1252-regions.csv"), "--region", "norte", "--format", "json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["election"]["title"].endswith("— Norte")
    assert {c["name"]: c["votes"] for c in summary["contests"][0]["candidates"]} == {"Ana Peña": 1234567, "José Núñez": 989433}


def test_unmappable_on_the_command_line_is_one_line():
    result = run_in_process("summary", str(SHEETS / "unmappable.csv"))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1 and "--columns" in result.stderr


DIALECTS = st.fixed_dictionaries(
    {
        "delimiter": st.sampled_from([",", ";", "\t"]),
        "encoding": st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251", "cp1252"]),
        "thousands": st.sampled_from(["", " ", "\u00a0", ",", "."]),
        "language": st.sampled_from(
            [("Candidate", "Party", "Votes"), ("Кандидат", "Партия", "Голоса"), ("Kandidaat", "Partij", "Stemmen"),
             ("Candidato", "Partido", "Votos"), ("Candidat", "Parti", "Voix")]
        ),
    }
)
# Names as people write them: words of one script, at least three letters long.
NAMES = (
    st.one_of(
        st.lists(st.from_regex(r"[a-z]{1,4}[éñüç]?[a-z]{1,4}", fullmatch=True), min_size=1, max_size=3),
        st.lists(st.text(alphabet="абвгдежзиклмнопрстуфхцчшщыэюяАБВГДЕЖ", min_size=3, max_size=8), min_size=1, max_size=3),
    )
    .map(" ".join)
    .filter(lambda name: name and candidate_role(name) == "candidate" and not turnout_role(name))
)


def _group(value: int, separator: str) -> str:
    text = f"{value:,}"
    return text.replace(",", separator) if separator else str(value)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(dialect=DIALECTS, rows=st.lists(st.tuples(NAMES, st.integers(0, 50_000_000)), min_size=2, max_size=8, unique_by=lambda r: r[0].casefold()))
def test_random_tables_in_any_dialect_read_back_the_same(tmp_path, dialect, rows):
    language = dialect["language"]
    if dialect["encoding"] == "cp1251" and language[0] in ("Candidato", "Candidat"):
        language = ("Candidate", "Party", "Votes")  # no accented Latin in Windows-1251
    if dialect["encoding"] == "cp1252" and language[0] == "Кандидат":
        language = ("Candidate", "Party", "Votes")
    rows = [(name, votes) for name, votes in rows if _encodable(name, dialect["encoding"])]
    if len(rows) < 2:
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=dialect["delimiter"], lineterminator="\r\n")
    writer.writerow(language)
    for name, votes in rows:
        writer.writerow([name, "P", _group(votes, dialect["thousands"])])
    path = tmp_path / "random.csv"
    path.write_bytes(buffer.getvalue().encode(dialect["encoding"]))
    dataset = load_file(path)
    expected = dict(rows)
    assert {k: int(v) for k, v in votes_by_name(dataset.contests[0]).items()} == expected


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def test_total_row_that_disagrees_is_reported_not_counted(tmp_path):
    sheet = tmp_path / "t.csv"
    sheet.write_text("Candidate;Votes\nA;10\nB;5\nTotal;20\n", encoding="utf-8")
    dataset = load_file(sheet)
    assert votes_by_name(dataset.contests[0]) == {"A": 10, "B": 5}
    assert any("'Total' row says 20 but the candidates beside it add up to 15" in w for w in dataset.import_warnings)
