"""A booth file's party totals elect no one: the seats are the constituency races' (issue #14 labels, #15 outcomes).

The booth benchmark's national contest "Lok Sabha — by party" said "Rule: one winner: most votes.
Independent leads with 15.75% of valid votes": the independents' pooled votes ranked first as if
they were a party, and a total of 150 constituency races was judged as one single-winner race.
"""

from __future__ import annotations

import json
from collections import defaultdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from booth_support import write_csv
from electview.core.majority import outcome_statement, statement_lines
from electview.core.outcomes import outcome, parliament, rule_of
from electview.core.party_totals import NO_PARTY_TOTAL, race_seats
from electview.core.sentence import result_sentence
from electview.core.summary import render
from electview.core.tally import tally
from electview.formats import load_file


def _house(tmp_path, races):
    """A booth CSV of constituency races: races = [[(candidate, party, votes), …] per district]."""
    rows = []
    for d, race in enumerate(races):
        for name, party, votes in race:
            rows.append(("R", f"D{d}", "p1", "House", name, party, votes))
    return load_file(write_csv(tmp_path / "house.csv", rows))


def _by_hand(races) -> tuple[dict[str, int], int]:
    seats: dict[str, int] = defaultdict(int)
    tied = 0
    for race in races:
        best = max(votes for _, _, votes in race)
        top = [party for _, party, votes in race if votes == best]
        if len(top) > 1:
            tied += 1
        else:
            seats[top[0] if top[0] not in ("", "Independent") else NO_PARTY_TOTAL] += 1
    return dict(seats), tied


RACES = [
    [("Red 0", "Red", 50), ("Blue 0", "Blue", 40), ("Ivan", "Independent", 60)],
    [("Red 1", "Red", 30), ("Blue 1", "Blue", 45), ("Ida", "Independent", 10)],
    [("Red 2", "Red", 70), ("Blue 2", "Blue", 20), ("Iris", "Independent", 65)],
    [("Red 3", "Red", 25), ("Blue 3", "Blue", 25), ("Ira", "", 5)],  # a tie for the seat
    [("Red 4", "Red", 80), ("Blue 4", "Blue", 10), ("Ilya", "Independent", 900)],
]


def test_the_totals_elect_no_one_and_the_races_give_the_seats(tmp_path):
    dataset = _house(tmp_path, RACES)
    totals = dataset.contests[0]
    assert totals.name == "House — by party" and rule_of(totals).kind == "party-totals"
    result = tally(totals)
    names = [c.name for c in result.candidates]
    assert names[0] == NO_PARTY_TOTAL  # 1,040 votes, most of all: but not a party, and named so
    decided = outcome(result, False)
    seats = {names[i]: int(decided.seats_won[i]) for i in range(len(names)) if decided.seats_won[i]}
    expected, tied = _by_hand(RACES)
    assert seats == expected == {NO_PARTY_TOTAL: 2, "Red": 1, "Blue": 1} and tied == 1
    house = parliament(result, False)
    assert house.parties[0] == "Red" or house.parties[0] == "Blue"  # the largest party: independents come last
    assert house.parties[-1] == NO_PARTY_TOTAL and house.total_seats == 5 and house.tied_seats == 1
    statement = outcome_statement(result, False, name_of=str)
    assert statement.sentence == "No one is elected by these party totals: each seat is won in its own race."
    lines = " ".join(statement_lines(result, False))
    assert "leads with" not in lines and "one winner" not in lines
    assert "1 seats tied between candidates" in lines
    said = result_sentence(result)
    assert "leads with" not in said and "No one is elected by these party totals" in said


def test_every_output_says_seats_not_a_leader(tmp_path):
    dataset = _house(tmp_path, RACES)
    text = render(dataset, "text", "House — by party")
    assert "Independents (no party)" in text and "leads in 2 seats" in text
    assert "Independent leads" not in text and "Rule: one winner" not in text
    contest = json.loads(render(dataset, "json", "House — by party"))["contests"][0]
    assert contest["rule"]["kind"] == "party-totals"
    assert {c["name"]: c["seats_won"] for c in contest["candidates"]} == {NO_PARTY_TOTAL: 2, "Red": 1, "Blue": 1}
    assert all(c["status"] != "leading" or c["seats_won"] for c in contest["candidates"])


def test_a_drill_down_counts_the_races_in_that_place(tmp_path):
    dataset = _house(tmp_path, RACES)
    totals = dataset.contests[0]
    d4 = int((totals.units.names == "D4").nonzero()[0][0])
    result = tally(totals, d4)
    decided = outcome(result, False)
    assert {result.candidates[i].name: int(decided.seats_won[i]) for i in decided.winners} == {NO_PARTY_TOTAL: 1}
    assert race_seats(totals, totals.units.within(d4)).races == 1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.tuples(st.sampled_from(["Red", "Blue", "Green", "Independent"]), st.integers(0, 50)), min_size=1, max_size=4),
                min_size=2, max_size=8))
def test_seats_are_the_races_won_for_any_counts(tmp_path, drawn):
    races = [[(f"{party} {d}.{k}", party, votes) for k, (party, votes) in enumerate(race)] for d, race in enumerate(drawn)]
    path = tmp_path / f"house-{abs(hash(repr(drawn)))}.csv"  # a file per example: no cached figures of another
    dataset = load_file(write_csv(path, [("R", f"D{d}", "p1", "House", n, p, v) for d, r in enumerate(races) for n, p, v in r]))
    totals = next((c for c in dataset.contests if c.totals_of is not None), None)
    if totals is None:
        return  # too few candidates per party for a by-party contest
    counted = race_seats(totals)
    names = [c.name for c in totals.candidates]
    expected, tied = _by_hand(races)
    assert {names[i]: int(n) for i, n in enumerate(counted.seats) if n} == expected
    assert counted.tied == tied and counted.races == len(races)
    assert int(counted.seats.sum()) + counted.tied + counted.undecided == counted.races


def test_the_independents_are_grey_not_a_party_colour(tmp_path):
    result = tally(_house(tmp_path, RACES).contests[0])
    colours = dict(zip((c.name for c in result.candidates), result.colours, strict=True))
    assert colours[NO_PARTY_TOTAL] == "#7F7F7F" and len(set(colours.values())) == len(colours)
