"""The results core on the 2019 Kazakhstan sample, without any Qt."""

import math
import sys

import numpy as np
import pytest

from electview.core import CountTable, Status, UnitTable, tally
from electview.core.audit import Severity, audit_tally
from electview.core.model import Candidate, Contest


def test_core_imports_no_qt():
    import subprocess

    code = "import sys, electview.core, electview.formats, electview.core.summary, electview.cli; " \
        "bad=[m for m in sys.modules if m.startswith(('PySide6','pyqtgraph'))]; print(bad); sys.exit(bool(bad))"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_sample_election_metadata(sample_dataset):
    election = sample_dataset.election
    assert election.status is Status.PRELIMINARY
    assert election.source.cited_via == "TASS"
    assert "Petrov" in election.source.announced_by
    assert sample_dataset.turnout.percent == 77.4
    assert sample_dataset.turnout.registered is None  # unknown, never 0
    assert [c.speaker for c in sample_dataset.commentary].count("Andrei Grozin") == 2


def test_sample_tally_estimates_six_candidates(sample_dataset):
    result = tally(sample_dataset.contests[0], None, sample_dataset.turnout)
    names = [c.name for c in result.candidates]
    tokayev = names.index("Kassym-Jomart Tokayev")
    assert result.votes[tokayev] == 6_504_054
    assert not result.votes_estimated[tokayev]
    assert result.votes_estimated.sum() == 6
    assert result.total_valid.value == 9_191_710
    assert result.total_valid.derived
    kosanov = names.index("Amirjan Kosanov")
    assert result.votes[kosanov] == round(0.162 * 9_191_710)
    assert result.share[kosanov] == pytest.approx(16.2)
    assert not result.share_derived.any()
    assert result.turnout_percent.value == 77.4 and not result.turnout_percent.derived
    assert result.order_by_votes()[0] == tokayev


def test_audit_names_share_sum(sample_dataset):
    findings = audit_tally(tally(sample_dataset.contests[0], None, sample_dataset.turnout))
    warnings = [f.message for f in findings if f.severity is Severity.WARNING]
    assert any("100.17%" in message for message in warnings)
    notes = [f.message for f in findings if f.severity is Severity.NOTE]
    assert any("6 of 7" in message for message in notes)


def _contest(votes_by_unit, parents, shares=()):
    n_candidates = len(votes_by_unit[0][1])
    candidates = tuple(Candidate(id=f"c{i}", name=f"Candidate {i}") for i in range(n_candidates))
    units = UnitTable.from_lists(
        [f"u{i}" for i in range(len(parents))], [f"Unit {i}" for i in range(len(parents))], ["x"] * len(parents), parents
    )
    rows = [(unit, c, v) for unit, values in votes_by_unit for c, v in enumerate(values)]
    return Contest(
        id="c", name="C", candidates=candidates, units=units, votes=CountTable.from_rows(rows),
        shares=CountTable.from_rows(shares),
    )


def test_scope_sums_only_units_within():
    # country 0 -> regions 1, 2 -> precincts 3, 4 (in 1) and 5 (in 2)
    contest = _contest([(3, [10, 5]), (4, [1, 2]), (5, [7, 7])], [-1, 0, 0, 1, 1, 2])
    assert list(tally(contest).votes) == [18, 14]
    assert list(tally(contest, 1).votes) == [11, 7]
    assert list(tally(contest, 5).votes) == [7, 7]
    result = tally(contest, 1)
    assert result.share[0] == pytest.approx(11 / 18 * 100)
    assert result.share_derived.all()
    assert audit_tally(result) == []


def test_share_mismatch_is_reported():
    contest = _contest([(0, [60, 40])], [-1], shares=[(0, 0, 70.0), (0, 1, 30.0)])
    messages = [f.message for f in audit_tally(tally(contest))]
    assert any("reported share 70%" in m for m in messages)


def test_unknown_votes_without_share_stay_unknown():
    contest = _contest([(0, [100, None])], [-1])
    result = tally(contest)
    assert math.isnan(result.votes[1])
    assert not result.votes_estimated.any()
    assert any("no votes or share" in f.message for f in audit_tally(result))


def test_unit_cycle_free_within_is_bounded():
    units = UnitTable.from_lists(["a", "b"], ["a", "b"], ["x", "x"], [-1, 0])
    assert list(units.within(0)) == [True, True]
    assert list(units.within(1)) == [False, True]
    assert np.array_equal(units.roots(), [0])


def test_votes_exceeding_ballots_allow_for_seats():
    from dataclasses import replace

    from electview.core.model import Turnout

    contest = _contest([(0, [60, 50])], [-1])
    turnout = Turnout(ballots_cast=100)
    single = audit_tally(tally(contest, None, turnout))
    assert any(f.code == "votes-exceed-ballots" for f in single)
    two_seats = audit_tally(tally(replace(contest, seats=2), None, turnout))
    assert not any(f.code == "votes-exceed-ballots" for f in two_seats)


def test_the_same_place_in_another_version_is_found_by_unit_id_not_position():
    from electview.core.model import Election, ResultsDataset
    from electview.core.tally import tally_same_place

    now = _contest([(3, [10, 5]), (4, [1, 2]), (5, [7, 7])], [-1, 0, 0, 1, 1, 2])
    # the earlier version lists the units in another order and lacks precinct u5
    earlier_units = UnitTable.from_lists(["u0", "u2", "u1", "u4", "u3"], ["Unit"] * 5, ["x"] * 5, [-1, 0, 0, 2, 2])
    earlier_contest = Contest(
        id="c", name="C", candidates=now.candidates, units=earlier_units,
        votes=CountTable.from_rows([(4, 0, 9), (4, 1, 4), (3, 0, 1), (3, 1, 1)]),
    )
    earlier = ResultsDataset(election=Election(title="t"), contests=(earlier_contest,))
    in_region_1 = tally_same_place(earlier, earlier_contest, tally(now, 1))
    assert in_region_1.scope == 2 and list(in_region_1.votes) == [10, 5]
    assert list(tally_same_place(earlier, earlier_contest, tally(now)).votes) == [10, 5]
    assert tally_same_place(earlier, earlier_contest, tally(now, 5)) is None


def test_a_candidate_standing_only_elsewhere_is_not_unreported_here():
    # country 0 -> districts 1, 2; candidate 0 stands in 1, candidate 1 in 2, candidate 2 only has a national total
    contest = _contest([(1, [10, None, None]), (2, [None, 7, None]), (0, [None, None, 5])], [-1, 0, 0])
    contest = Contest(
        id="c", name="C", candidates=contest.candidates, units=contest.units,
        votes=CountTable.from_rows([(1, 0, 10), (2, 1, 7), (0, 2, 5)]),
    )
    district_1 = tally(contest, 1)
    assert list(district_1.on_ballot) == [True, False, True]
    messages = " ".join(f.message for f in audit_tally(district_1))
    assert "Candidate 2" in messages and "Candidate 1" not in messages  # unreported here vs standing elsewhere
    assert tally(contest).on_ballot is None


def test_a_place_lists_only_the_candidates_who_stand_there():
    from electview.core.model import Election, ResultsDataset
    from electview.core.summary import summary_dict

    contest = Contest(
        id="c", name="C", candidates=tuple(Candidate(id=f"c{i}", name=f"Candidate {i}") for i in range(3)),
        units=UnitTable.from_lists(["u0", "u1", "u2"], ["Country", "North", "South"], ["x"] * 3, [-1, 0, 0]),
        votes=CountTable.from_rows([(1, 0, 10), (1, 2, 4), (2, 1, 7)]),
    )
    north = tally(contest, 1)
    assert north.order_shown() == [0, 2]
    assert tally(contest).order_shown() == tally(contest).order_by_votes()  # the whole contest lists everyone
    dataset = ResultsDataset(election=Election(title="t"), contests=(contest,))
    names = [c["name"] for c in summary_dict(dataset, results=[north])["contests"][0]["candidates"]]
    assert names == ["Candidate 0", "Candidate 2"]
