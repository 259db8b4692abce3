"""EML 520 results (the Kiesraad's "Resultaat"): the seats and the elected as the file declares them (issue #15:
"rules come from the file where it says … EML elected/seat counts").

A 520 gives no count: a list's seats are its candidates the file marks elected. Before, electview
refused the file ("not a results file electview can read").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from electview.core.errors import LoadError
from electview.core.majority import statement_lines
from electview.core.outcomes import outcome, parliament, rule_of
from electview.core.summary import contest_tallies, render
from electview.formats import detect, eml510, eml520, load_file
from electview.ui.main_window import MainWindow

DATA = Path(__file__).parent / "data"
RESULT = DATA / "eml-520" / "result-520-example.eml.xml"
SEATS = {"De Partij": 3, "Andere Lijst": 2, "Lijst Noord": 1}


def test_a_520_file_is_sniffed_by_content_and_a_510_is_not_taken_for_one():
    assert detect(RESULT) is eml520
    assert detect(DATA / "eml-510" / "Telling_GR2022_WestMaasenWaal.TRIMMED-3-of-21-units.eml.xml") is eml510


def test_the_lists_win_the_seats_the_file_declares():
    dataset = load_file(RESULT)
    lists, people = dataset.contests
    assert rule_of(lists).kind == "declared-seats" and rule_of(lists).seats == 6
    result = contest_tallies(dataset, lists.name)[0]
    decided = outcome(result, dataset.election.status.is_final)
    assert {result.candidates[i].name: int(decided.seats_won[i]) for i in decided.winners} == SEATS
    house = parliament(result, True)
    assert dict(zip(house.parties, house.seats, strict=True)) == SEATS and house.total_seats == 6 and house.majority == 4
    lines = statement_lines(result, True)
    assert lines == [
        "Rule: 6 seats as the file declares them.",
        "Seats won: De Partij 3, Andere Lijst 2, Lijst Noord 1.",
        "No party has a majority: De Partij, the largest, needs 1 more seats for a majority of 4.",
    ]
    elected = [c.name for c, flag in zip(people.candidates, people.declared_elected, strict=True) if flag == 1.0]
    assert elected == ["André Bakker", "Bea Jansen", "Cor Visser", "Eva de Boer", "Fenna Mulder", "Ilse van den Bos"]
    assert [c.party for c in people.candidates][:4] == ["De Partij"] * 4


def test_no_vote_is_made_up_and_the_json_carries_the_seats():
    summary = json.loads(render(load_file(RESULT), "json"))
    lists = summary["contests"][0]
    assert lists["rule"]["kind"] == "declared-seats"
    assert {c["name"]: c["seats_won"] for c in lists["candidates"] if c["seats_won"]} == SEATS
    assert all(c["votes"] is None and c["share"] is None for contest in summary["contests"] for c in contest["candidates"])
    assert summary["election"]["status"] == "final"


def test_the_window_opens_it_with_a_parliament_chart(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.open(str(RESULT))
    assert window.document.dataset.source_format == eml520.NAME
    assert window.parliament.action.isEnabled()
    chart = window.parliament.show_parliament()
    qtbot.addWidget(chart)
    assert "6 seats as the file declares them" in chart.heading.text()


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("<Elected>yes</Elected>", "<Elected>maybe</Elected>"), "expected yes or no"),
        (("<Ranking>1</Ranking>", "<Votes>12a</Votes><Ranking>1</Ranking>"), "not a whole number of votes"),
    ],
)
def test_a_broken_520_is_refused_naming_the_place(tmp_path, change, problem):
    broken = tmp_path / "broken.eml.xml"
    broken.write_text(RESULT.read_text(encoding="utf-8").replace(*change, 1), encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_file(broken)
    assert problem in str(caught.value) and "Selection" in str(caught.value)


def test_a_candidate_before_any_list_is_refused(tmp_path):
    text = RESULT.read_text(encoding="utf-8")
    first_list = text.index("        <Selection>\n          <AffiliationIdentifier")
    first_candidate = text.index("        <Selection>\n          <Candidate>")
    end = text.index("</Selection>", first_candidate) + len("</Selection>\n")
    moved = text[:first_list] + text[first_candidate:end] + text[first_list:first_candidate] + text[end:]
    broken = tmp_path / "order.eml.xml"
    broken.write_text(moved, encoding="utf-8")
    with pytest.raises(LoadError, match="before any list"):
        load_file(broken)
