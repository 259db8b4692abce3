"""A tie is said as a tie: no one 'came first' or 'leads' at level votes."""

from __future__ import annotations

from electview.core.model import Status
from electview.core.sentence import result_sentence
from electview.core.tally import tally
from electview.formats._builder import ContestBuilder, UnitRegistry


def _tally(votes: dict[str, float]):
    units = UnitRegistry()
    top = units.add("all", "All")
    builder = ContestBuilder("c", "Mayor")
    for name, count in votes.items():
        builder.vote(top, builder.candidate(name, name), count)
    return tally(builder.build(units.table(), []), None, None)


def test_two_level_candidates_are_tied_in_final_results():
    sentence = result_sentence(_tally({"Alice": 500, "Bob": 500, "Carol": 0}), Status.FINAL)
    assert sentence.startswith("Final results: Alice and Bob are tied with 50.0% each of valid votes")
    assert "came first" not in sentence and "leads" not in sentence


def test_three_way_tie_names_all_three():
    sentence = result_sentence(_tally({"A": 10, "B": 10, "C": 10}), Status.PRELIMINARY)
    assert sentence.startswith("Preliminary results: A, B and C are tied with 33.3% each")


def test_a_lead_of_one_vote_is_a_lead():
    assert "Alice leads with" in result_sentence(_tally({"Alice": 501, "Bob": 500}), Status.PRELIMINARY)


def test_the_gauge_says_tie_instead_of_a_lead_zero_ballots_could_overturn():
    from electview.core.majority import outcome_statement

    statement = outcome_statement(_tally({"Alice": 500, "Bob": 500}), final=False)
    assert statement.sentence == "Alice and Bob are tied on 500 votes each within the ballots counted: no one leads."
    assert statement.notes == ()
