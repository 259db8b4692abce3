"""Property-based checks of the tally over random hierarchies and counts."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from electview.core import CountTable, UnitTable, tally
from electview.core.audit import audit_tally
from electview.core.model import Candidate, Contest


@st.composite
def contests(draw):
    n_regions = draw(st.integers(1, 4))
    n_precincts = draw(st.integers(1, 12))
    n_candidates = draw(st.integers(1, 6))
    parents = [-1] + [0] * n_regions + [draw(st.integers(1, n_regions)) for _ in range(n_precincts)]
    precincts = range(1 + n_regions, 1 + n_regions + n_precincts)
    votes = draw(
        st.lists(st.lists(st.integers(0, 10**9), min_size=n_candidates, max_size=n_candidates),
                 min_size=n_precincts, max_size=n_precincts)
    )
    units = UnitTable.from_lists([f"u{i}" for i in range(len(parents))], [f"U{i}" for i in range(len(parents))],
                                 ["x"] * len(parents), parents)
    rows = [(unit, c, v) for unit, counts in zip(precincts, votes, strict=True) for c, v in enumerate(counts)]
    candidates = tuple(Candidate(f"c{i}", f"C{i}") for i in range(n_candidates))
    contest = Contest("c", "C", candidates, units, CountTable.from_rows(rows))
    return contest, np.array(votes, dtype=float), np.array(parents), list(precincts)


@settings(max_examples=150, deadline=None)
@given(contests())
def test_totals_and_shares_are_consistent(case):
    contest, votes, parents, precincts = case
    whole = tally(contest)
    assert np.array_equal(whole.votes, votes.sum(axis=0))
    if votes.sum() > 0:
        assert abs(np.nansum(whole.share) - 100.0) < 1e-6
        assert not [f for f in audit_tally(whole) if f.code == "shares-sum"]
    # the regions' votes add up to the whole
    regions = [i for i, p in enumerate(parents) if p == 0]
    # (a region with no precincts has no reported votes: NaN, not 0)
    by_region = sum(np.nan_to_num(tally(contest, r).votes) for r in regions)
    assert np.array_equal(by_region, whole.votes)
    # a precinct's scope is exactly its own row
    first = precincts[0]
    assert np.array_equal(tally(contest, first).votes, votes[0])
    assert not whole.votes_estimated.any()
