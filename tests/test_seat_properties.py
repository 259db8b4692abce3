"""Properties for random votes: every method's seats add up, thresholds hold, divisor methods are monotone.

Beside tests/test_seats.py (textbook cases and the plain properties), these put thresholds,
modified Sainte-Laguë, the first divisor, the parliament built from them and the chart's seat
layout under random input.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
from hypothesis import assume, given, settings, strategies as st

from electview.core.outcomes import Parliament
from electview.core.seats import Method, allocate, majority_of
from electview.ui.hemicycle import seat_positions

votes_lists = st.lists(st.integers(min_value=0, max_value=500_000), min_size=1, max_size=10).filter(lambda v: sum(v) > 0)
thresholds = st.sampled_from([0.0, 0.5, 3.0, 4.0, 5.0, 7.5, 10.0])
DIVISOR = [Method.DHONDT, Method.SAINTE_LAGUE, Method.MODIFIED_SAINTE_LAGUE]


def _eligible(votes, threshold, base):
    return [v > 0 and Fraction(v) * 100 >= Fraction(str(threshold)) * base for v in votes]


@settings(max_examples=150, deadline=None)
@given(votes=votes_lists, total=st.integers(1, 120), method=st.sampled_from(list(Method)), threshold=thresholds,
       blank=st.integers(0, 50_000))
def test_every_method_fills_every_seat_and_only_for_parties_over_the_threshold(votes, total, method, threshold, blank):
    base = sum(votes) + blank  # valid votes may include blank ones the parties don't have
    eligible = _eligible(votes, threshold, base)
    assume(any(eligible))
    result = allocate(votes, total, method, threshold=threshold, base=base)
    assert int(result.seats.sum()) + result.tied_seats == total
    assert result.eligible.tolist() == eligible
    assert not (result.seats[~result.eligible] > 0).any() and not result.tied[~result.eligible].any()
    assert (result.seats >= 0).all()
    if result.has_tie:
        assert result.tied.sum() > result.tied_seats  # more parties than seats in the tie, else it isn't one


@settings(max_examples=150, deadline=None)
@given(votes=votes_lists, total=st.integers(1, 60), method=st.sampled_from(DIVISOR), threshold=thresholds,
       party=st.integers(0, 9), extra=st.integers(1, 100_000))
def test_more_votes_never_lose_a_seat_under_a_threshold_either(votes, total, method, threshold, party, extra):
    party %= len(votes)
    assume(any(_eligible(votes, threshold, sum(votes))))
    before = allocate(votes, total, method, threshold=threshold)
    more = list(votes)
    more[party] += extra
    after = allocate(more, total, method, threshold=threshold)
    # More votes for one party raise the base too, which can only push its rivals under the threshold.
    assert after.seats[party] >= before.seats[party]
    assert after.seats[party] + after.tied[party] >= before.seats[party] + before.tied[party]


@settings(max_examples=200, deadline=None)
@given(votes=votes_lists, total=st.integers(1, 60), method=st.sampled_from(DIVISOR))
def test_one_more_seat_never_takes_one_away_for_divisor_methods(votes, total, method):
    # Divisor methods are house-monotone (no Alabama paradox): seat n+1 goes to someone, nobody loses one.
    smaller, larger = allocate(votes, total, method), allocate(votes, total + 1, method)
    assert (larger.seats + larger.tied >= smaller.seats).all()


@settings(max_examples=200, deadline=None)
@given(votes=votes_lists, total=st.integers(1, 60), scale=st.integers(2, 50), method=st.sampled_from(list(Method)))
def test_scaling_every_vote_changes_nothing(votes, total, scale, method):
    # Only proportions matter (Droop's quota rounds, so it is left to the other four).
    assume(method is not Method.DROOP)
    one, scaled = allocate(votes, total, method), allocate([v * scale for v in votes], total, method)
    assert one.seats.tolist() == scaled.seats.tolist() and one.tied.tolist() == scaled.tied.tolist()


@settings(max_examples=150, deadline=None)
@given(votes=votes_lists, total=st.integers(1, 200), method=st.sampled_from(list(Method)))
def test_a_parliament_of_the_allocation_adds_up_and_needs_more_than_half(votes, total, method):
    result = allocate(votes, total, method)
    winners = np.flatnonzero(result.seats > 0).tolist()
    house = Parliament(tuple(f"P{i}" for i in winners), ("#000000",) * len(winners),
                       tuple(int(result.seats[i]) for i in winners), total, result.tied_seats)  # fmt: skip
    assert sum(house.seats) + house.tied_seats == total
    assert house.majority == majority_of(total) and 2 * house.majority > total >= 2 * (house.majority - 1)
    everyone = range(len(house.parties))
    assert house.seats_short(everyone) == max(0, house.majority - (total - result.tied_seats))


@settings(max_examples=60, deadline=None)
@given(total=st.integers(1, 900))
def test_the_chart_has_a_place_for_every_seat(total):
    positions, angles, spacing = seat_positions(total)
    assert positions.shape == (total, 2) and spacing > 0
    assert (np.diff(angles) <= 1e-12).all()
    assert len({(round(x, 9), round(y, 9)) for x, y in positions.tolist()}) == total  # no two on one spot
