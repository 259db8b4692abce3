"""PrecinctTable's derived columns (worked out for every precinct at once) equal a plain per-precinct reading."""

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from electview.core.precincts import PrecinctTable

CANDIDATES = 4
# Each precinct: one or more (candidate, votes or None) rows, candidates distinct, few vote values (ties).
PRECINCT = st.lists(st.tuples(st.integers(0, CANDIDATES - 1), st.one_of(st.none(), st.integers(0, 3).map(float))),
                    min_size=1, max_size=CANDIDATES, unique_by=lambda row: row[0])


def build(precincts: list[list[tuple[int, float | None]]]) -> PrecinctTable:
    rows = [row for precinct in precincts for row in precinct]
    return PrecinctTable(
        names=np.array([f"p{i}" for i in range(len(precincts))], dtype=np.dtypes.StringDType()),
        district=np.zeros(len(precincts), dtype=np.int64),
        offsets=np.concatenate(([0], np.cumsum([len(p) for p in precincts]))),
        column=np.array([c for c, _ in rows], dtype=np.int32),
        value=np.array([np.nan if v is None else v for _, v in rows]),
        registered=np.full(len(precincts), np.nan),
        candidates=CANDIDATES,
    )


@given(st.lists(PRECINCT, min_size=1, max_size=30), st.data())
def test_leader_margin_totals_and_candidates_in_a_scope(precincts, data):
    table = build(precincts)
    for p, rows in enumerate(precincts):
        known = [(c, v) for c, v in rows if v is not None]
        assert table.totals[p] == sum(v for _, v in known)
        if not known:
            assert math.isnan(table.margin[p])
            continue
        top = max(v for _, v in known)
        leader = next(c for c, v in known if v == top)  # the earlier row wins a tie
        assert table.leader[p] == leader
        others = [v for c, v in known if c != leader]
        assert table.margin[p] == top - (max(others) if others else 0.0)

    scope = sorted(data.draw(st.sets(st.integers(0, len(precincts) - 1))))
    for chosen in (scope, None):
        inside = range(len(precincts)) if chosen is None else chosen
        sums: dict[int, float] = {}
        for p in inside:
            for c, v in precincts[p]:
                sums[c] = sums.get(c, 0.0) + (v or 0.0)
        expected = sorted(sorted(sums), key=lambda c: -sums[c])  # ties by candidate index
        got = table.candidates_in(None if chosen is None else np.array(chosen, dtype=np.int64))
        assert got.tolist() == expected


@given(st.lists(PRECINCT, min_size=1, max_size=30), st.data())
def test_candidate_votes_in_a_scope_equal_the_whole_column_there(precincts, data):
    table = build(precincts)
    scope = np.array(sorted(data.draw(st.sets(st.integers(0, len(precincts) - 1)))), dtype=np.int64)
    for candidate in range(CANDIDATES):
        np.testing.assert_array_equal(table.candidate_votes(candidate, scope), table.candidate_votes(candidate)[scope])
