"""The majority gauge (threshold, margin, worst case) and the outcome statement built on the contest's rule."""

import pytest

from electview.core.majority import Base, majority_gauge, outcome_statement
from electview.core.model import Candidate, Contest, CountTable, Turnout, UnitTable
from electview.core.tally import tally


def _tally(votes, invalid=None, ballots=None):
    candidates = tuple(Candidate(id=f"c{i}", name=f"Candidate {i}") for i in range(len(votes)))
    other = CountTable.from_rows([(0, 0, invalid)]) if invalid is not None else CountTable.empty()
    contest = Contest(
        id="x",
        name="President",
        candidates=candidates,
        units=UnitTable.single("Country"),
        votes=CountTable.from_rows((0, i, v) for i, v in enumerate(votes)),
        other_kinds=("invalid",) if invalid is not None else (),
        other_counts=other,
    )
    return tally(contest, None, Turnout(ballots_cast=ballots))


def test_sample_majority_stands(sample_dataset):
    result = tally(sample_dataset.contests[0], None, sample_dataset.turnout)
    gauge = majority_gauge(result)
    assert result.candidates[gauge.leader].name == "Kassym-Jomart Tokayev"
    assert gauge.leader_share == pytest.approx(70.76) and gauge.above
    assert gauge.margin_points == pytest.approx(70.76 - 16.2)
    assert gauge.margin_estimated  # Kosanov's votes are an estimate
    assert gauge.lead_stands and gauge.majority_stands
    assert gauge.worst_share == pytest.approx(6_504_054 / (6_504_054 + gauge.uncertain_votes) * 100)
    assert "invalid and blank ballots" in gauge.unknown


def test_invalid_and_uncounted_ballots_can_overturn_a_majority():
    result = _tally([52, 40, 8], invalid=5, ballots=110)
    gauge = majority_gauge(result)
    assert gauge.leader_share == pytest.approx(52.0) and gauge.above
    assert gauge.margin_votes == 12
    assert gauge.uncertain_votes == 5 + 5  # 5 invalid + 5 cast but not counted
    assert gauge.lead_stands  # 52 > 40 + 10
    assert gauge.worst_share == pytest.approx(52 / 110 * 100)
    assert not gauge.majority_stands
    ballots = majority_gauge(result, base=Base.BALLOTS_CAST)
    assert ballots.leader_share == pytest.approx(52 / 110 * 100) and not ballots.above
    assert ballots.threshold_fraction(result) == pytest.approx(0.5 * 110 / 100)


def test_close_race_lead_can_flip():
    gauge = majority_gauge(_tally([45, 44, 11], invalid=3))
    assert gauge.lead_stands is False
    assert majority_gauge(_tally([45, 44, 11]), threshold=40).above


def test_no_votes():
    gauge = majority_gauge(_tally([]))
    assert gauge.leader is None and gauge.lead_stands is None


def test_sample_statement_gives_the_true_bound_and_says_what_is_not_known(sample_dataset):
    # Before: "The outcome stands even if all 2,703,282 estimated, invalid or uncounted ballots went elsewhere
    # (at worst 70.64%)" — the 2.7 M were the rivals' own estimated votes and 70.64% = 70.76 / 100.17.
    result = tally(sample_dataset.contests[0], None, sample_dataset.turnout)
    statement = outcome_statement(result, final=False)
    assert statement.sentence == (
        "Kassym-Jomart Tokayev leads with 70.76% of valid votes; "
        "6,504,054 votes are a majority of any total below 13,008,108."
    )
    assert statement.majority_bound == 2 * 6_504_054
    assert statement.notes == (
        "How many votes remain is not known: no registered voters or expected total given.",
    )
    assert statement.hurdle is None and "2,703,282" not in statement.sentence


@pytest.mark.parametrize(("votes", "threshold", "bound"), [(4, 50, 8), (6_504_054, 75, 8_672_072), (10, 40, 25), (7, 60, 12)])
def test_majority_bound_is_the_least_total_the_votes_are_not_above_the_threshold_of(votes, threshold, bound):
    from electview.core.majority import majority_bound

    assert majority_bound(votes, threshold) == bound
    assert votes > threshold / 100 * (bound - 1)  # every total below the bound: above the threshold
    assert not votes > threshold / 100 * bound


def test_threshold_not_reached_is_said_without_a_bound():
    result = _tally([45, 44, 11])
    statement = outcome_statement(result, final=False, threshold=50)
    assert statement.sentence == "Candidate 0 leads with 45.00% of valid votes, 1.00 points ahead of Candidate 1, not above the 50% threshold of valid votes."
    assert statement.majority_bound is None


def test_final_result_stands_and_says_by_how_much():
    statement = outcome_statement(_tally([60, 40], invalid=3, ballots=103), final=True)
    assert statement.sentence == (
        "Candidate 0 wins with 60.00% of valid votes, 20 votes (20.00 points) ahead of Candidate 1; the results are final, so the outcome stands."
    )
    assert statement.notes == ()


def test_a_tie_is_a_tie_and_no_one_leads():
    preliminary = outcome_statement(_tally([500, 500, 3]), final=False)
    assert preliminary.sentence == "Candidate 0 and Candidate 1 are tied on 500 votes each within the ballots counted: no one leads."
    final = outcome_statement(_tally([500, 500]), final=True)
    assert final.sentence == "Candidate 0 and Candidate 1 are tied on 500 votes each: no one wins on the count; the law decides (e.g. by lot)."


def test_blank_and_invalid_ballots_counted_are_not_votes_still_to_come():
    """France 2017, first round (Interior ministry): 47,582,183 registered, 37,003,728 ballots cast =
    36,054,394 valid + 659,997 blank + 289,337 invalid. The votes still to come were bounded by
    registered − valid, 11,527,789, as if the blank and invalid ballots already counted could still be votes."""
    from pathlib import Path

    from electview.core.majority import outcome_statement, remaining_votes
    from electview.core.summary import contest_tallies
    from electview.formats import load_file

    path = Path(__file__).parent / "data" / "national" / "fr-interieur" / "Presidentielle_2017_Resultats_Tour_1_c-Departements_Tour_1.csv"
    result = contest_tallies(load_file(path))[0]
    remaining, _ = remaining_votes(result, False)
    assert remaining.votes == 47_582_183 - 36_054_394 - 659_997 - 289_337 == 10_578_455
    assert "blank and invalid counted 949,334" in remaining.formula
    assert "at most 10,578,455 votes still to come" in outcome_statement(result, False, name_of=str).sentence
