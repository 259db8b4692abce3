"""The hurdle: the share of the votes still to come the runner-up would need to overtake (issue 15, item 4)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from electview import cli
from electview.core.majority import hurdle_votes, outcome_statement
from electview.core.model import Candidate, Contest, CountTable, Turnout, UnitTable
from electview.core.tally import tally

EML = Path(__file__).parent / "data" / "eml-510" / "Telling_GR2022_WestMaasenWaal.TRIMMED-3-of-21-units.eml.xml"


def _brute_force(lead: int, remaining: int) -> int | None:
    """The least k of the remaining votes with which the runner-up ends ahead for EVERY split of the rest."""
    for k in range(remaining + 1):
        rest = remaining - k
        # The rest split between the leader (j) and other candidates (rest - j), every way.
        if all(k > lead + j for j in range(rest + 1)):
            return k
    return None


@given(st.integers(0, 60), st.integers(1, 60))
def test_hurdle_is_right_by_brute_force(lead, remaining):
    assert hurdle_votes(float(lead), float(remaining)) == _brute_force(lead, remaining)


@given(st.floats(0, 1e9), st.floats(1e-3, 1e9))
def test_hurdle_share_is_within_0_and_100_percent(lead, remaining):
    needed = hurdle_votes(lead, remaining)
    assert needed is None or 0 <= needed / remaining * 100 <= 100


def _tally(votes, registered=None, expected=None):
    candidates = tuple(Candidate(id=f"c{i}", name=f"Candidate {i}") for i in range(len(votes)))
    contest = Contest(
        id="x", name="Mayor", candidates=candidates, units=UnitTable.single("Town"),
        votes=CountTable.from_rows((0, i, v) for i, v in enumerate(votes)), expected_votes=expected,
    )
    return tally(contest, None, Turnout(registered=registered))


def test_registered_voters_bound_the_votes_still_to_come():
    statement = outcome_statement(_tally([60, 50, 10], registered=200), final=False)
    # 200 registered - 120 counted = at most 80 still to come; 10 behind: (80 + 10) / 2 = 45, so 46 of them.
    assert statement.sentence == (
        "Candidate 0 leads Candidate 1 by 10 votes; Candidate 1 would need at least 57.50% of the at most 80 votes still to come to overtake."
    )
    assert statement.hurdle.needed_votes == 46
    assert "registered voters 200 − valid votes counted 120 = at most 80" in statement.tooltip


def test_a_lead_larger_than_what_is_left_stands():
    statement = outcome_statement(_tally([60, 10], expected=100), final=False)
    assert statement.sentence == "Candidate 0 leads Candidate 1 by 50 votes, more than the ~30 votes still to come could undo: the lead stands."
    assert statement.hurdle.needed_share == 100.0 and not statement.hurdle.can_overtake


def test_final_results_have_no_hurdle():
    assert outcome_statement(_tally([60, 50], registered=200, expected=500), final=True).hurdle is None


def test_an_expected_total_below_the_count_bounds_nothing():
    statement = outcome_statement(_tally([60, 50], expected=100), final=False)
    assert statement.hurdle is None
    assert statement.notes == ("The expected 100 valid votes are fewer than the 110 already counted, so they bound nothing.",)


def test_expected_votes_on_the_command_line(capsys):
    # West Maas en Waal 2022 (EML 510, 3 of 21 units): FD Partij Beneden-Leeuwen 1,893, F.D. Dreumel 1,372; 9,350 valid votes.
    code = cli.main(["summary", str(EML), "--expected-votes", "12000", "--format", "json", "--contest", "Gemeenteraad West Maas en Waal 2022"])
    assert code == 0
    hurdle = json.loads(capsys.readouterr().out)["contests"][0]["outcome_statement"]["hurdle"]
    # 12,000 - 9,350 = 2,650 still to come; 521 behind: more than (2,650 + 521) / 2 = 1,585.5, so 1,586 = 59.85%.
    assert hurdle["remaining_votes"] == 2_650 and hurdle["lead_votes"] == 1_893 - 1_372
    assert hurdle["needed_votes"] == 1_586 and hurdle["needed_share_percent"] == 59.8491
    code = cli.main(["summary", str(EML), "--expected-votes", "-5"])
    assert code != 0 and "--expected-votes is a whole number" in capsys.readouterr().err
