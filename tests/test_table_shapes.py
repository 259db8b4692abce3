"""Wide tables of any language and column order: protocol lines are never candidates, and a table that doesn't add up asks.

Property-based: the commissions' tables electview is checked against come from more countries than
the samples, so the shape is generated — protocol headers in the languages the reader knows, the
candidates anywhere among them — and the reading must give back exactly what was written.
"""

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from electview.core.tally import tally
from electview.formats import load_file, spreadsheet

REGISTERED = (
    "Registered voters", "Число избирателей, включенных в список избирателей", "Liczba wyborców uprawnionych do głosowania",
    "Wahlberechtigte", "Inscrits", "Electores", "Kiesgerechtigden", "Voliči v seznamu", "Eleitores inscritos",
    "Кількість виборців, включених до списку",
)
VALID = (
    "Valid votes", "Число действительных избирательных бюллетеней", "Liczba głosów ważnych", "Gültige Stimmen", "Exprimés",
    "Votos válidos", "Geldige stemmen", "Platné hlasy", "Кількість дійсних бюлетенів",
)
INVALID = (
    "Invalid votes", "Число недействительных избирательных бюллетеней", "Liczba głosów nieważnych", "Ungültige Stimmen", "Nuls",
    "Votos nulos", "Ongeldige stemmen", "Neplatné hlasy", "Кількість недійсних бюлетенів",
)
ISSUED = ("Ballots issued", "Число бюллетеней, выданных избирателям", "Liczba wyborców, którym wydano karty do głosowania", "Bulletins délivrés")
AREAS = ("Region", "Регион", "Gmina", "Gebiet", "Département", "Provincia", "Okres", "Constituency")
NAMES = ("Novák", "Kowalski", "Müller", "Dubois", "García", "Silva", "Jansen", "Іваненко", "Петров", "Smith", "Rossi", "Nowak", "Yılmaz")

TABLES = st.fixed_dictionaries(
    {
        "area": st.sampled_from(AREAS),
        "registered": st.sampled_from(REGISTERED),
        "valid": st.sampled_from(VALID),
        "invalid": st.sampled_from(INVALID),
        "issued": st.sampled_from(ISSUED),
        "names": st.lists(st.sampled_from(NAMES), min_size=2, max_size=6, unique=True),
        "rows": st.integers(2, 12),
        "order": st.permutations(range(4)),
        "delimiter": st.sampled_from([",", ";", "\t"]),
        "seed": st.integers(0, 10_000),
    }
)


def _write(tmp_path, shape, damage: bool = False):
    import random

    rng = random.Random(shape["seed"])
    protocol = [shape["registered"], shape["issued"], shape["valid"], shape["invalid"]]
    ordered = [protocol[i] for i in shape["order"]]
    split = rng.randint(0, len(ordered))
    header = [shape["area"], *ordered[:split], *shape["names"], *ordered[split:]]
    expected = dict.fromkeys(shape["names"], 0)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=shape["delimiter"])
    writer.writerow(header)
    for row in range(shape["rows"]):
        votes = {name: rng.randint(0, 5000) for name in shape["names"]}
        for name, count in votes.items():
            expected[name] += count
        valid = sum(votes.values())
        invalid = rng.randint(0, 300)
        figures = {shape["valid"]: valid, shape["invalid"]: invalid, shape["issued"]: valid + invalid + rng.randint(0, 50)}
        figures[shape["registered"]] = figures[shape["issued"]] + rng.randint(1, 2000)
        if damage and row == shape["rows"] - 1:
            votes[shape["names"][0]] += 1 + rng.randint(0, 9)  # one figure off: the row no longer adds up
        cells = {**figures, **votes}
        writer.writerow([f"Area {row + 1}"] + [cells[column] for column in header[1:]])
    path = tmp_path / "wide.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path, expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(shape=TABLES)
def test_protocol_columns_in_any_language_and_place_are_never_candidates(tmp_path, shape):
    path, expected = _write(tmp_path, shape)
    contest = load_file(path).contests[0]
    result = tally(contest)
    assert {c.name: int(v) for c, v in zip(result.candidates, result.votes, strict=True)} == expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(shape=TABLES)
def test_a_row_that_does_not_add_up_is_a_question_not_a_table(tmp_path, shape):
    path, _ = _write(tmp_path, shape, damage=True)
    with pytest.raises(spreadsheet.ColumnsNeeded) as caught:
        load_file(path)
    assert f"line {shape['rows'] + 1}" in caught.value.message


LONG_HEADERS = st.sampled_from([
    ("Constituency", "Candidate", "Party", "Votes", "Valid votes"),
    ("Округ", "Кандидат", "Партия", "Число голосов", "Число действительных бюллетеней"),
    ("Okręg", "Kandydat", "Partia", "Liczba głosów", "Liczba głosów ważnych"),
    ("Wahlkreis", "Bewerber", "Partei", "Stimmen", "Gültige Stimmen"),
    ("Circonscription", "Candidat", "Parti", "Voix", "Exprimés"),
])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(headers=LONG_HEADERS, seats=st.integers(3, 8), seed=st.integers(0, 10_000), damage=st.booleans())
def test_long_tables_are_one_contest_per_seat_checked_against_each_seats_valid_votes(tmp_path, headers, seats, seed, damage):
    import random

    rng = random.Random(seed)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headers)
    expected = {}
    for seat in range(seats):
        people = {f"{NAMES[(seat + i) % len(NAMES)]} {chr(65 + seat)}{i}": rng.randint(1, 9000) for i in range(rng.randint(2, 5))}
        valid = sum(people.values())
        expected[f"Seat {seat + 1}"] = people
        for index, (person, votes) in enumerate(people.items()):
            off = 1 if damage and seat == seats - 1 and index == 0 else 0
            writer.writerow([f"Seat {seat + 1}", person, ["A", "B", "C", "D", "E"][index], votes + off, valid])
    path = tmp_path / "long.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    if damage:
        with pytest.raises(spreadsheet.ColumnsNeeded):
            load_file(path)
        return
    dataset = load_file(path)
    read = {c.name: {x.name: int(v) for x, v in zip(tally(c).candidates, tally(c).votes, strict=True)} for c in dataset.contests}
    assert read == expected


def test_row_numbers_are_not_votes_and_a_party_named_like_a_place_is_found_by_the_figures(tmp_path):
    path = tmp_path / "w.csv"
    path.write_text("Lp.;Gmina;Stimme der Region;Partia X;Ważne\n1;A;10;5;15\n2;B;3;4;7\n3;C;1;1;2\n", encoding="utf-8")
    result = tally(load_file(path).contests[0])
    assert {c.name: int(v) for c, v in zip(result.candidates, result.votes, strict=True)} == {"Stimme der Region": 14, "Partia X": 10}
    # Without a valid-votes figure to say so, the place-like column is not guessed into the table: it asks.
    path.write_text("Nr;Gmina;Stimme der Region;Partia X\n1;A;10;5\n2;B;3;4\n3;C;1;1\n", encoding="utf-8")
    with pytest.raises(spreadsheet.ColumnsNeeded):
        load_file(path)
