"""The majority gauge: threshold, margin, and whether the outcome survives every uncertain ballot."""

import pytest

from electview.core.majority import Base, describe_gauge, majority_gauge
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
    text = " ".join(describe_gauge(result, gauge))
    assert "The outcome stands" in text and "invalid and blank ballots" in text


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


@pytest.mark.parametrize(
    ("votes", "threshold", "expected"),
    [([60, 40], 50, "could change the outcome"), ([40, 35, 25], 50, "could change the lead")],
)
def test_with_no_uncertain_ballots_the_verdict_says_so_plainly(votes, threshold, expected):
    result = _tally(votes, invalid=0, ballots=sum(votes))
    gauge = majority_gauge(result, threshold=threshold)
    assert gauge.uncertain_votes == 0
    text = " ".join(describe_gauge(result, gauge))
    assert f"No estimated, invalid or uncounted ballots are known that {expected}." in text
    assert "all 0" not in text
