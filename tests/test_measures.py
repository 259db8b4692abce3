"""Ballot measures pass or fail against a threshold of the votes on them (issue #15: "ballot measures (pass/fail
against a simple or qualified threshold — 50%, 55%, two thirds — of the stated base)").

Caldwell County TX 2022, ACC District Proposition A (For 76, Against 52): electview said "ACC District
Proposition A-For leads ACC District Proposition A-Against by 24 votes; … would need at least 50.77% … to
overtake", a race between two candidates.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cli_support import run_in_process
from electview.core.majority import outcome_statement, statement_lines
from electview.core.measures import measure_sides, passes, side_label
from electview.core.model import MEASURE_METHOD, ElectoralSystem
from electview.core.outcomes import outcome, rule_of, status_label, with_system
from electview.core.sentence import result_sentence
from electview.core.summary import contest_tallies
from electview.formats import load_file, native

DATA = Path(__file__).parent / "data"
CALDWELL = DATA / "openelections" / "20221108__tx__general__caldwell__precinct.csv"
CAMBRIDGE = DATA / "nist-v2" / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.json"
PROP_A = "ACC District Proposition A"


def _prop_a(threshold: float | None = None):
    dataset = load_file(CALDWELL)
    if threshold is not None:
        dataset = with_system(dataset, ElectoralSystem(MEASURE_METHOD, 1, threshold, "user"), PROP_A)
    return contest_tallies(dataset, PROP_A)[0]


def test_a_proposition_passes_or_fails_it_doesn_t_lead():
    result = _prop_a()
    assert rule_of(result.contest).kind == "measure"
    assert [side_label(c.name, result.contest.name) for c in result.candidates] == ["Against", "For"]  # as the file lists them
    lines = statement_lines(result, False)
    assert lines == [
        "Rule: yes or no: passes with more than half of the votes on it.",
        "ACC District Proposition A is passing within the ballots counted: For 59.38% of the votes on it, more than half.",
    ]
    assert "overtake" not in result_sentence(result) and "leads" not in result_sentence(result)
    decided = outcome(result, False)
    labels = {side_label(c.name, PROP_A): status_label(decided, i) for i, c in enumerate(result.candidates)}
    assert labels == {"For": "passing", "Against": ""}


def test_a_qualified_threshold_can_fail_it():
    result = _prop_a(threshold=66.67)
    assert outcome_statement(result, True, name_of=str).sentence == (
        "ACC District Proposition A fails: For 59.38% of the votes on it, below the 66.67% needed."
    )


def test_a_certified_yes_no_question_passes():
    result = next(r for r in contest_tallies(load_file(CAMBRIDGE)) if measure_sides(r.contest) is not None)
    assert outcome_statement(result, True, name_of=str).sentence == (
        "ADDITIONAL TAX ON INCOME OVER 1 MILLION DOLLARS passes: YES 76.77% of the votes on it, more than half."
    )


def test_a_tie_fails_a_simple_majority_and_a_threshold_is_reached_at_itself():
    tie = native.parse({"format": "electview", "version": 1, "election": {"title": "Bond", "status": "final"},
                        "candidates": [{"name": "Yes", "votes": 50}, {"name": "No", "votes": 50}]})
    assert outcome_statement(contest_tallies(tie)[0], True, name_of=str).sentence.startswith("Bond fails: Yes 50.00%")
    assert passes(55.0, 55.0) and not passes(50.0, 50.0) and passes(50.01, 50.0)


@pytest.mark.parametrize(("names", "sides"), [
    (("Yes", "No"), (0, 1)), (("Against", "For"), (1, 0)), (("Да", "Нет"), (0, 1)), (("Q1 - NO", "Q1 - YES"), (1, 0)),
    (("Alice", "Bob"), None), (("Yes", "No", "Abstain"), None),
])
def test_the_two_sides_are_read_by_their_words(names, sides):
    dataset = native.parse({"format": "electview", "version": 1, "election": {"title": "Q1"},
                            "candidates": [{"name": name, "votes": 1} for name in names]})
    contest = dataset.contests[0]
    assert measure_sides(contest) == sides  # "Q1 - NO": the contest's name is taken off first


@given(st.integers(0, 10_000), st.integers(0, 10_000), st.sampled_from([50.0, 55.0, 60.0, 66.67]))
def test_the_prevailing_side_is_yes_exactly_when_it_reaches_the_threshold(yes, no, threshold):
    if yes + no == 0:
        return
    dataset = native.parse({"format": "electview", "version": 1, "election": {"title": "Q", "status": "final"},
                            "candidates": [{"name": "Yes", "votes": yes}, {"name": "No", "votes": no}]})
    dataset = with_system(dataset, ElectoralSystem(MEASURE_METHOD, 1, threshold, "user"))
    result = contest_tallies(dataset)[0]
    decided = outcome(result, True)
    share = yes / (yes + no) * 100
    assert (decided.winners == (0,)) == (share > threshold if threshold == 50.0 else share >= threshold)


def test_the_json_and_the_command_line():
    process = run_in_process("summary", str(CALDWELL), "--contest", PROP_A, "--format", "json", "--method", "measure", "--threshold", "55")
    assert process.returncode == 0, process.stderr
    contest = json.loads(process.stdout)["contests"][0]
    assert contest["rule"]["kind"] == "measure" and contest["rule"]["threshold_percent"] == 55.0
    assert "is passing" in contest["outcome_statement"]["sentence"]
