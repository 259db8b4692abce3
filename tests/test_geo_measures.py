"""Map measures and classes (core.geo_measures): the figures are the table's; no data is its own class."""

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from electview.core.geo import read_boundaries
from electview.core.geo_join import join
from electview.core.geo_measures import (
    CHANGE_RAMP,
    NO_DATA,
    TIED_COLOUR,
    RegionFigures,
    _classify,
    colour_map,
    find_candidate,
    mix,
    nice_breaks,
)
from electview.core.model import Candidate, Contest, CountTable, UnitTable
from electview.core.tally import tally
from electview.formats import load_file

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def colorado():
    return load_file(DATA / "clarity" / "colorado-2024-general-detail.TRIMMED-6-contests.xml")


@pytest.fixture(scope="module")
def counties():
    return read_boundaries(DATA / "geo" / "us-atlas" / "counties-10m.json")


@pytest.fixture(scope="module")
def electors(colorado, counties):
    contest = colorado.contest("Presidential Electors")
    return contest, join(counties, contest.units)


def _feature(counties, fips):
    return counties.ids.index(fips)


def test_leader_by_margin_in_the_leading_party_colour(colorado, counties, electors):
    contest, joined = electors
    colouring = colour_map("leader", contest, joined, party_colours=colorado.party_colours)
    denver, adams = _feature(counties, "08031"), _feature(counties, "08001")
    result = tally(contest, list(contest.units.names).index("Denver"), None, colorado.party_colours)
    harris = 0
    assert colouring.values[denver] == pytest.approx(result.share[0] - result.share[1])  # 76.74 - 20.59
    assert colouring.values[denver] == pytest.approx(56.15, abs=0.01)
    denver_class = colouring.classes[colouring.feature_class[denver]]
    assert denver_class.group == contest.candidates[harris].name
    assert denver_class.label == "lead 20 points or more" and denver_class.colour == result.colours[harris]
    adams_class = colouring.classes[colouring.feature_class[adams]]  # 53.17 - 44.15 = 9.01 points
    assert adams_class.label == "lead 5–10 points" and adams_class.colour == mix(result.colours[harris], 0.5)
    assert colouring.derived[denver]
    assert colouring.no_data == 3231 - 64  # every feature outside the file
    assert sum(colouring.counts()) == 64


def test_a_tie_is_its_own_class_not_a_party_colour():
    units = UnitTable.from_lists(["all", "a", "b"], ["All", "A", "B"], ["country", "region", "region"], [-1, 0, 0])
    contest = Contest(
        "c", "C", (Candidate("x", "X", "Red"), Candidate("y", "Y", "Blue")), units,
        CountTable.from_rows([(1, 0, 10), (1, 1, 10), (2, 0, 5), (2, 1, 3)]),
    )  # fmt: skip
    from electview.core.geo import read_geojson

    layer = read_geojson({"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": i, "properties": {"name": n}, "geometry": None} for i, n in (("1", "A"), ("2", "B"), ("3", "C"))
    ]})  # fmt: skip
    colouring = colour_map("leader", contest, join(layer, units))
    tie, lead, none = colouring.feature_class
    assert colouring.classes[tie].colour == TIED_COLOUR and colouring.classes[tie].label == "tied"
    assert colouring.classes[lead].group == "X" and colouring.classes[lead].label == "lead 20 points or more"
    assert none == NO_DATA


def test_share_turnout_and_reporting_match_the_table(colorado, counties, electors):
    contest, joined = electors
    denver = _feature(counties, "08031")
    result = tally(contest, list(contest.units.names).index("Denver"), None, colorado.party_colours)
    share = colour_map("share:Donald J. Trump", contest, joined, party_colours=colorado.party_colours)
    assert share.values[denver] == pytest.approx(20.592107)
    assert share.classes[share.feature_class[denver]].label.endswith("%")
    turnout = colour_map("turnout", contest, joined)
    # The county's voterTurnout as the file reports it (369,436 of 474,650 is 77.8334%, worked out).
    assert turnout.values[denver] == pytest.approx(result.turnout_percent.value) == 77.83
    assert not turnout.derived[denver]
    assert [c.label for c in turnout.classes] == ["70–75%", "75–80%", "80–85%", "85–90%"]
    reporting = colour_map("reporting", contest, joined)
    assert reporting.classes[reporting.feature_class[denver]].label == "counted"  # 303 of 303
    assert reporting.counts() == [64, 0, 0]


def test_reporting_classes_partly_and_not_yet(colorado, counties, electors):
    contest, joined = electors
    denver, adams, alamosa = (list(contest.units.names).index(n) for n in ("Denver", "Adams", "Alamosa"))
    progress = dict(contest.unit_reporting)
    progress[denver] = (100, 303)
    progress[adams] = (0, 278)
    del progress[alamosa]
    changed = replace(contest, unit_reporting=progress)
    colouring = colour_map("reporting", changed, joined)
    label = {f: colouring.classes[c].label if c >= 0 else None for f, c in enumerate(colouring.feature_class)}
    assert label[_feature(counties, "08031")] == "partly counted"
    assert label[_feature(counties, "08001")] == "not yet counted"
    assert label[_feature(counties, "08003")] is None  # no figure: no data, not "not yet"


def test_change_is_diverging_and_needs_a_compared_file(colorado, counties, electors):
    contest, joined = electors
    harris_down = CountTable(contest.votes.unit, contest.votes.column, np.where(contest.votes.column == 0, contest.votes.value * 0.9, contest.votes.value))
    earlier = replace(contest, votes=harris_down)
    colouring = colour_map("change:Harris", contest, joined, compared=earlier)
    denver = _feature(counties, "08031")
    old = tally(earlier, list(contest.units.names).index("Denver"))
    assert colouring.values[denver] == pytest.approx(76.742610 - old.share[0])
    assert colouring.values[denver] > 0
    assert all(c.colour in CHANGE_RAMP for c in colouring.classes)
    assert colouring.classes[colouring.feature_class[denver]].colour in CHANGE_RAMP[3:]  # blue side: a gain
    alone = colour_map("change", contest, joined)
    assert not alone.classes and alone.no_data == len(joined.layer)
    assert any("Compare" in note for note in alone.notes)


def test_figures_reported_elsewhere_fill_places_the_file_has_none_for():
    from electview.core.geo import read_geojson

    layer = read_geojson({"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": i, "properties": {"name": i}, "geometry": None} for i in ("KZ-11", "KZ-15", "KZ-79")
    ]})  # fmt: skip
    units = UnitTable.single("Kazakhstan")
    contest = Contest("p", "President", (Candidate("t", "T"),), units, CountTable.from_rows([(0, 0, 100)]))
    figures = RegionFigures("turnout", "CEC preliminary turnout at close of voting", "preliminary", {"KZ-11": (83.4, "A"), "KZ-15": (84.9, "A")}, {"A": "Kazinform"})
    joined = join(layer, units)
    colouring = colour_map("turnout", contest, joined, figures=figures)
    assert colouring.values[:2].tolist() == [83.4, 84.9] and colouring.elsewhere[:2].all()
    assert colouring.feature_class[2] == NO_DATA  # Shymkent: no figure given, none made up
    assert any("no results by region" in note for note in colouring.notes)
    assert any("CEC preliminary turnout" in note and "preliminary" in note for note in colouring.notes)
    leader = colour_map("leader", contest, joined, figures=figures)
    assert (leader.feature_class == NO_DATA).all() and not leader.classes  # no votes by region: nothing coloured


def test_candidates_by_name_party_or_running_mate_left_out(colorado):
    contest = colorado.contest("Presidential Electors")
    assert find_candidate(contest, "kamala d. harris / tim walz") == 0
    assert find_candidate(contest, "Donald J. Trump") == 1
    assert find_candidate(contest, "REP") == 1
    with pytest.raises(KeyError):
        find_candidate(contest, "Nobody")
    with pytest.raises(KeyError):
        colour_map("popularity", contest, None)  # type: ignore[arg-type]


@given(st.lists(st.floats(0, 100, allow_nan=False), min_size=1, max_size=50), st.integers(2, 7))
def test_breaks_cover_every_value_in_at_most_the_classes_asked(values, classes):
    array = np.array(values)
    edges = nice_breaks(array, classes)
    assert edges[0] <= array.min() and edges[-1] >= array.max()
    assert 1 <= len(edges) - 1 <= max(classes, 1)
    assigned = _classify(array, edges)
    assert ((assigned >= 0) & (assigned < len(edges) - 1)).all()
    for value, index in zip(array, assigned, strict=True):
        assert edges[index] <= value <= edges[index + 1] + 1e-9


def test_no_data_is_never_a_class():
    assert _classify(np.array([np.nan, 5.0]), [0, 10]).tolist() == [NO_DATA, 0]
    assert nice_breaks(np.array([np.nan])) == []
