"""A count the source reports as 0 is 0, not "not reported", even when only a parent unit reports it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from electview.core.summary import render
from electview.formats import load_file
from electview.formats._builder import ContestBuilder, UnitRegistry

ERR_PRIM_02 = Path(__file__).parent / "data" / "nist-v2" / "err-prim-02.json"


def test_nist_zero_counts_at_the_county_are_reported_zeros():
    summary = json.loads(render(load_file(ERR_PRIM_02), "json"))
    senate = next(c for c in summary["contests"] if c["name"].startswith("Senate"))
    write_in = next(c for c in senate["candidates"] if c["name"] == "Write-in")
    assert write_in["votes"] == 0 and write_in["share"] == 0.0
    assert not any("Write-in" in w and "no votes" in w for w in summary["warnings"] if "Senate" in w)


def test_a_parent_row_is_kept_for_a_column_its_sub_units_do_not_count():
    units = UnitRegistry()
    county = units.add("county", "County")
    precincts = [units.add(f"p{i}", f"Precinct {i}", parent=county) for i in range(2)]
    builder = ContestBuilder("c", "Contest")
    listed, write_in = builder.candidate("a", "A"), builder.candidate("w", "Write-in")
    builder.vote(county, listed, 10)  # the county's own total beside its precincts': the precincts win
    builder.vote(precincts[0], listed, 4)
    builder.vote(precincts[1], listed, 6)
    builder.vote(county, write_in, 0)  # only the county reports the write-in
    warnings: list[str] = []
    contest = builder.build(units.table(), warnings)
    rows = sorted(zip(contest.votes.unit.tolist(), contest.votes.column.tolist(), contest.votes.value.tolist(), strict=True))
    assert rows == [(county, write_in, 0.0), (precincts[0], listed, 4.0), (precincts[1], listed, 6.0)]
    assert warnings == [] and not np.isnan(contest.votes.value).any()
