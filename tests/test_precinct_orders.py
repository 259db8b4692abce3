"""Precinct sort orders: one stable argsort per column, filtered to a scope and flipped, equal a fresh sort."""

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from electview.core.precincts import PrecinctOrders, PrecinctTable, ascending_order, descending_order

# Few distinct values, so ties are common; None stands for an unknown (NaN) value.
KEYS = st.lists(st.one_of(st.none(), st.integers(0, 4).map(float)), min_size=0, max_size=60)


def reference(keys: list[float], inside: list[int], descending: bool) -> list[int]:
    """A plain Python stable sort: unknown values last, ties in precinct order, both ways."""
    known = [p for p in inside if not math.isnan(keys[p])]
    unknown = [p for p in inside if math.isnan(keys[p])]
    return sorted(known, key=lambda p: -keys[p] if descending else keys[p]) + unknown


def as_floats(values: list[float | None]) -> np.ndarray:
    return np.array([np.nan if v is None else v for v in values], dtype=np.float64)


@given(KEYS, st.booleans())
def test_flipped_order_equals_a_stable_sort_the_other_way(values, descending):
    keys = as_floats(values)
    order = ascending_order(keys)
    got = descending_order(keys, order) if descending else order
    assert got.tolist() == reference(keys.tolist(), list(range(len(keys))), descending)


@given(st.lists(st.integers(0, 3), max_size=40), st.booleans())
def test_integer_keys_flip_with_ties_in_precinct_order(values, descending):
    keys = np.array(values, dtype=np.int64)
    order = ascending_order(keys)
    got = descending_order(keys, order) if descending else order
    assert got.tolist() == reference([float(v) for v in values], list(range(len(values))), descending)


def turnout_table(values: list[float | None]) -> PrecinctTable:
    """One candidate per precinct, 100 registered voters where the value is known: turnout % == the value."""
    count = len(values)
    return PrecinctTable(
        names=np.array([f"p{i}" for i in range(count)], dtype=np.dtypes.StringDType()),
        district=np.zeros(count, dtype=np.int64),
        offsets=np.arange(count + 1),
        column=np.zeros(count, dtype=np.int32),
        value=np.array([0.0 if v is None else v for v in values]),
        registered=np.array([np.nan if v is None else 100.0 for v in values]),
        candidates=1,
    )


@settings(max_examples=80)
@given(KEYS.filter(len), st.data(), st.booleans(), st.booleans(), st.sampled_from(["turnout", "candidate"]), st.booleans())
def test_rows_in_a_scope_match_a_fresh_sort(values, data, descending, prepared, kind, small_scope_path):
    table = turnout_table(values)
    # Turnout and a candidate's votes need no contest: the keys come from the table alone.
    orders = PrecinctOrders(table, contest=None)
    orders.SMALL_SCOPE = 1.01 if small_scope_path else 0.0  # which way a scope without a ready order goes
    candidate = 0 if kind == "candidate" else -1
    if prepared:
        orders.rows(kind, candidate=candidate)  # the whole column's orders are made: a scope filters them
    keys = as_floats(values) if kind == "turnout" else np.array([v or 0.0 for v in values])
    inside = sorted(data.draw(st.sets(st.integers(0, len(values) - 1))))
    got = orders.rows(kind, descending, candidate, np.array(inside, dtype=np.int64))
    assert got.tolist() == reference(keys.tolist(), inside, descending)
    everything = orders.rows(kind, descending, candidate)
    assert everything.tolist() == reference(keys.tolist(), list(range(len(values))), descending)
