"""Which of two results files came first (core/chronology): date, then status, then announcement."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from electview.core.chronology import STATUS_ORDER, is_earlier
from electview.core.model import Election, Source, Status
from electview.formats import load_file
from electview.resources import sample_path


def _election(date="", status=Status.UNKNOWN, announced_at="") -> Election:
    return Election("E", date=date, status=status, source=Source(announced_at=announced_at))


def test_the_bundled_preliminary_came_before_the_final(final_sample):
    preliminary = load_file(sample_path()).election
    final = load_file(final_sample).election
    assert is_earlier(preliminary, final) is True
    assert is_earlier(final, preliminary) is False


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (_election("2014-04-26"), _election("2019-06-09"), True),  # an earlier race
        (_election("2019"), _election("2019-06-09", Status.FINAL), None),  # "2019" says nothing; no status to go by
        (_election("2019-06-09", Status.FINAL), _election("2019-06-09", Status.PRELIMINARY), False),
        (_election(announced_at="2024-11-06T09:00"), _election(announced_at="2024-11-06 08:00"), False),
        (_election(announced_at="final results of the 9 June election"), _election(announced_at="2019-06-10"), None),
        (_election(status=Status.UNKNOWN), _election(status=Status.FINAL), None),
    ],
)
def test_order_by_date_then_status_then_announcement(first, second, expected):
    assert is_earlier(first, second) is expected


@given(st.sampled_from(list(STATUS_ORDER)), st.sampled_from(list(STATUS_ORDER)))
def test_the_order_is_antisymmetric(first, second):
    a, b = _election("2019-06-09", first), _election("2019-06-09", second)
    forward, backward = is_earlier(a, b), is_earlier(b, a)
    assert (forward is None) == (backward is None) == (first == second)
    if forward is not None:
        assert forward is not backward
