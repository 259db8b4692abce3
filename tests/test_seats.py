"""Seat allocation: textbook cases, ties between quotients, and properties for random votes."""

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from electview.core.seats import Method, allocate, majority_of


def test_dhondt_and_sainte_lague_textbook():
    # The worked example in most textbooks (and Wikipedia's D'Hondt page): 8 seats.
    votes = [100_000, 80_000, 30_000, 20_000]
    assert allocate(votes, 8, "dhondt").seats.tolist() == [4, 3, 1, 0]
    assert allocate(votes, 8, "sainte-lague").seats.tolist() == [3, 3, 1, 1]


def test_largest_remainder_textbook():
    # Wikipedia's largest-remainder example: 10 seats, 100,000 votes.
    votes = [47_000, 16_000, 15_800, 12_000, 6_100, 3_100]
    hare = allocate(votes, 10, "hare")
    assert hare.seats.tolist() == [5, 2, 1, 1, 1, 0]
    assert hare.quota == 10_000
    droop = allocate(votes, 10, "droop")
    assert droop.seats.tolist() == [5, 2, 2, 1, 0, 0]
    assert droop.quota == 9_091
    # Reds' remainder (15,800 − 9,091) won the last seat; Blues' 6,100 was next.
    assert droop.last_party == 2 and droop.last_value == 6_709
    assert droop.next_party == 4 and droop.next_value == 6_100


def test_modified_sainte_lague_first_divisor_holds_back_small_parties():
    votes = [1_000, 130]
    # Plain Sainte-Laguë: 130/1 beats 1000/9 = 111 for the 5th seat; with 1.4 it is 92.9 and loses.
    assert allocate(votes, 5, "sainte-lague").seats.tolist() == [4, 1]
    assert allocate(votes, 5, "modified-sainte-lague").seats.tolist() == [5, 0]


def test_tie_between_quotients_for_the_last_seat_is_not_broken():
    # A's second quotient 6/2 equals B's first 3/1: the law decides the 2nd seat, not electview.
    result = allocate([6, 3], 2, "dhondt")
    assert result.seats.tolist() == [1, 0]
    assert result.has_tie and result.tied_seats == 1
    assert result.tied.tolist() == [True, True]
    assert result.next_value == 3


def test_tie_that_fits_the_seats_left_is_no_tie():
    result = allocate([100, 100, 10], 2, "dhondt")
    assert result.seats.tolist() == [1, 1, 0] and not result.has_tie


def test_equal_remainders_tie():
    result = allocate([50, 50], 1, "hare")
    assert result.seats.tolist() == [0, 0] and result.tied_seats == 1


def test_threshold_in_percent_of_valid_votes():
    # 4.9% of valid votes is below a 5% threshold even though D'Hondt would give it a seat.
    result = allocate([500, 451, 49], 10, "sainte-lague", threshold=5)
    assert result.eligible.tolist() == [True, True, False]
    assert result.seats[2] == 0 and result.seats.sum() == 10
    # Exactly 5% passes.
    assert allocate([500, 450, 50], 10, "dhondt", threshold=5).eligible[2]
    # A base larger than the parties' votes (blank ballots counted as valid) raises the bar.
    assert not allocate([500, 450, 50], 10, "dhondt", threshold=5, base=1_100).eligible[2]


@pytest.mark.parametrize("bad", [dict(votes=[0, 0], total_seats=3), dict(votes=[1, 2], total_seats=0),
                                 dict(votes=[1.5, 2], total_seats=2), dict(votes=[10, 10], total_seats=2, threshold=60)])
def test_refuses_what_cannot_be_allocated(bad):
    with pytest.raises(ValueError):
        allocate(**bad)


def test_majority_of():
    assert majority_of(150) == 76 and majority_of(650) == 326 and majority_of(7) == 4


def _sequential(votes, total, divisors):
    """Oracle: hand out seats one at a time to the highest quotient (a different algorithm)."""
    seats = [0] * len(votes)
    for _ in range(total):
        quotients = [Fraction(v) / divisors[s] for v, s in zip(votes, seats, strict=True)]
        best = max(quotients)
        if quotients.count(best) > 1:
            return None
        seats[quotients.index(best)] += 1
    return seats


votes_lists = st.lists(st.integers(min_value=0, max_value=200_000), min_size=1, max_size=8).filter(lambda v: sum(v) > 0)
methods = st.sampled_from(list(Method))


@settings(max_examples=150, deadline=None)
@given(votes=votes_lists, total=st.integers(1, 40), method=methods, threshold=st.sampled_from([0, 3, 5, 10]))
def test_seats_sum_to_total_and_respect_threshold(votes, total, method, threshold):
    try:
        result = allocate(votes, total, method, threshold=threshold)
    except ValueError:
        assert all(v * 100 < threshold * sum(votes) or v == 0 for v in votes)
        return
    assert int(result.seats.sum()) + result.tied_seats == total
    for v, seats, tied in zip(votes, result.seats, result.tied, strict=True):
        if v * 100 < threshold * sum(votes):
            assert seats == 0 and not tied
    assert (result.seats >= 0).all()


@settings(max_examples=150, deadline=None)
@given(votes=votes_lists, total=st.integers(1, 30), method=st.sampled_from([Method.DHONDT, Method.SAINTE_LAGUE]),
       party=st.integers(0, 7), extra=st.integers(1, 50_000))
def test_more_votes_never_lose_a_seat(votes, total, method, party, extra):
    party %= len(votes)
    before = allocate(votes, total, method)
    more = list(votes)
    more[party] += extra
    after = allocate(more, total, method)
    assert after.seats[party] >= before.seats[party]
    assert after.seats[party] + after.tied[party] >= before.seats[party] + before.tied[party]


@settings(max_examples=100, deadline=None)
@given(votes=votes_lists, total=st.integers(1, 25), method=st.sampled_from([Method.DHONDT, Method.SAINTE_LAGUE,
                                                                              Method.MODIFIED_SAINTE_LAGUE]))
def test_divisor_methods_agree_with_seat_by_seat_allocation(votes, total, method):
    divisors = {Method.DHONDT: [Fraction(k) for k in range(1, total + 2)],
                Method.SAINTE_LAGUE: [Fraction(2 * k + 1) for k in range(total + 1)]}
    divisors[Method.MODIFIED_SAINTE_LAGUE] = [Fraction(7, 5)] + divisors[Method.SAINTE_LAGUE][1:]
    expected = _sequential(votes, total, divisors[method])
    result = allocate(votes, total, method)
    if expected is not None and not result.has_tie:
        assert result.seats.tolist() == expected
    if expected is not None and result.has_tie:
        # The oracle stops at the first tie only; a tie straddling the cut must not hide a decided seat.
        assert all(np.asarray(expected) >= result.seats)
