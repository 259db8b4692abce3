"""Joining map features to the results' places (core.geo_join): codes, names, transliterations, both ways unmatched."""

from pathlib import Path

import numpy as np
import pytest

from electview.core.geo import read_boundaries, read_geojson
from electview.core.geo_join import (
    BY_CODE,
    BY_NAME,
    BY_NAME_IN_AREA,
    BY_USER,
    PROPOSED_SIMILAR,
    PROPOSED_TRANSLITERATED,
    bare_name,
    join,
    plain_name,
)
from electview.core.model import UnitTable
from electview.formats import load_file

DATA = Path(__file__).parent / "data"
GEO = DATA / "geo"


@pytest.fixture(scope="module")
def counties():
    return read_boundaries(GEO / "us-atlas" / "counties-10m.json")


@pytest.fixture(scope="module")
def colorado():
    return load_file(DATA / "clarity" / "colorado-2024-general-detail.TRIMMED-6-contests.xml")


def _units(ids, names, parent_name="Country"):
    return UnitTable.from_lists(["top", *ids], [parent_name, *names], ["country"] + ["region"] * len(ids), [-1] + [0] * len(ids))


def test_colorado_counties_join_by_name_and_repeated_names_by_the_area(counties, colorado):
    units = colorado.contests[0].units
    result = join(counties, units)
    assert len(result.matched) == 64 and not result.unmatched_units  # every county of the file
    assert not result.proposals and not result.ambiguous
    denver = result.feature_of(list(units.names).index("Denver"))
    assert counties.ids[denver] == "08031"
    assert result.how[denver] == BY_NAME  # no other Denver in the country
    adams = result.feature_of(list(units.names).index("Adams"))
    # Eleven other states have an Adams County; the joined ones all start with Colorado's "08".
    assert sum(name == "Adams" for name in counties.names) == 12
    assert counties.ids[adams] == "08001" and result.how[adams] == BY_NAME_IN_AREA
    assert len(result.unmatched_features) == 3231 - 64
    assert result.candidates == tuple(range(1, 65))  # the county level, not the state


def test_codes_first_leading_zeros_aside(counties):
    units = _units(["8031", "08001", "99999"], ["Somewhere else", "Adams", "Atlantis"])
    result = join(counties, units)
    assert counties.ids[result.feature_of(1)] == "08031" and result.how[result.feature_of(1)] == BY_CODE
    assert counties.ids[result.feature_of(2)] == "08001"
    assert result.unmatched_units == [3]
    assert result.code_field == "id"


def test_a_name_several_features_share_is_ambiguous_not_guessed(counties):
    units = _units(["a", "b"], ["Adams", "Jefferson"])
    result = join(counties, units)
    assert not result.matched
    assert set(result.ambiguous) == {1, 2}
    assert len(result.ambiguous[1]) == 12
    assert sorted(result.unmatched_units) == [1, 2]


def test_transliterated_names_are_only_proposed_until_accepted():
    layer = read_boundaries(GEO / "ne-admin1" / "ne10m-admin1-kaz.topo.json")  # "Aqmola", "Qostanay", "Zhambyl"
    units = _units(["r1", "r2", "r3", "r4"], ["Ақмола облысы", "Kostanay Region", "Jambyl", "Pavlodar"])
    result = join(layer, units)
    pavlodar = layer.ids.index("KZ.PA")
    assert result.matched == [(pavlodar, 4, BY_NAME)]
    proposed = {(layer.ids[p.feature], p.unit, p.how) for p in result.proposals}
    assert proposed == {("KZ.AM", 1, PROPOSED_TRANSLITERATED), ("KZ.QS", 2, PROPOSED_TRANSLITERATED), ("KZ.ZM", 3, PROPOSED_TRANSLITERATED)}
    assert sorted(result.unmatched_units) == [1, 2, 3]  # not joined while only proposed
    accepted = result.accept()
    assert len(accepted.matched) == 4 and not accepted.proposals and not accepted.unmatched_units
    assert accepted.how[layer.ids.index("KZ.AM")] == PROPOSED_TRANSLITERATED
    one = result.accept([p for p in result.proposals if p.unit == 2])
    assert layer.ids[one.feature_of(2)] == "KZ.QS" and one.feature_of(1) is None
    assert {p.unit for p in one.proposals} == {1, 3}


def test_similar_names_are_proposed_with_their_score():
    layer = read_geojson({"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "x", "properties": {"name": "Shymkent"}, "geometry": None},
    ]})  # fmt: skip
    result = join(layer, _units(["m"], ["Chimkent"]))
    assert not result.matched
    (proposal,) = result.proposals
    assert proposal.how == PROPOSED_SIMILAR and 0.85 <= proposal.score < 1


def test_unrelated_names_are_neither_joined_nor_proposed():
    # The Russian adjective ("Акмолинская") is not the noun ("Aqmola"): too far apart to propose, listed as unmatched.
    layer = read_geojson({"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "x", "properties": {"name": "Pavlodar"}, "geometry": None},
        {"type": "Feature", "id": "y", "properties": {"name": "Aqmola"}, "geometry": None},
    ]})  # fmt: skip
    result = join(layer, _units(["m", "n"], ["Atyrau", "Акмолинская область"]))
    assert not result.matched and not result.proposals
    assert result.unmatched_units == [1, 2] and result.unmatched_features == [0, 1]


def test_kind_words_dropped_only_when_that_leaves_one_feature_for_one_place():
    layer = read_geojson({"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "city", "properties": {"name": "Almaty"}, "geometry": None},
        {"type": "Feature", "id": "oblast", "properties": {"name": "Almaty Region"}, "geometry": None},
        {"type": "Feature", "id": "k", "properties": {"name": "Karaganda Region"}, "geometry": None},
    ]})  # fmt: skip
    result = join(layer, _units(["1", "2", "3"], ["Almaty", "Almaty oblysy", "Karaganda"]))
    assert {layer.ids[f]: u for f, u, _ in result.matched} == {"city": 1, "oblast": 2, "k": 3}


def test_the_user_can_set_and_clear_pairs():
    layer = read_geojson({"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "a", "properties": {"name": "North"}, "geometry": None},
        {"type": "Feature", "id": "b", "properties": {"name": "South"}, "geometry": None},
    ]})  # fmt: skip
    result = join(layer, _units(["1", "2"], ["North", "Elsewhere"]))
    fixed = result.with_pairs([(1, 2)])
    assert fixed.matched == [(0, 1, BY_NAME), (1, 2, BY_USER)]
    cleared = fixed.with_pairs([(0, -1)])
    assert cleared.matched == [(1, 2, BY_USER)] and cleared.unmatched_units == [1]
    moved = fixed.with_pairs([(0, 2)])  # a place joins one feature only
    assert moved.matched == [(0, 2, BY_USER)]


def test_property_codes_join_when_the_id_does_not(counties):
    layer = read_geojson({"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": 1, "properties": {"name": "Akmola Region", "legacy": "KZ-AKM", "wof_id": 85672897}, "geometry": None},
        {"type": "Feature", "id": 2, "properties": {"name": "Aktobe Region", "legacy": "KZ-AKT", "wof_id": 85672877}, "geometry": None},
    ]})  # fmt: skip
    result = join(layer, _units(["KZ-AKT", "KZ-AKM"], ["?", "?"]))
    assert result.code_field == "legacy"
    assert [(f, u) for f, u, _ in result.matched] == [(0, 2), (1, 1)]
    assert "2 of 2 places joined" in result.describe()


def test_name_forms():
    assert plain_name("  Nur-Sultan ") == "nur sultan"
    assert plain_name("Aqtöbe") == "aqtobe"
    assert bare_name("Akmola Region") == "akmola"
    assert bare_name("city of Nur-Sultan") == "nur sultan"
    assert bare_name("Region") == "region"  # a name of kind words only keeps them
    assert bare_name("Акмолинская область") == "акмолинская"


def test_the_best_matching_level_is_joined(colorado, counties):
    units = colorado.contests[0].units
    assert join(counties, units).candidates == tuple(np.flatnonzero(units.parents == 0))
    assert join(counties, units, level=0).candidates == (0,)


def test_the_area_shown_is_the_joined_codes_prefix(counties, colorado):
    result = join(counties, colorado.contests[0].units)
    area = result.area()
    assert len(area) == 64 and all(counties.ids[f].startswith("08") for f in area)
    shown = result.restricted(area)
    assert len(shown.layer) == 64 and len(shown.matched) == 64 and not shown.unmatched_features
    denver = shown.feature_of(list(colorado.contests[0].units.names).index("Denver"))
    assert shown.layer.ids[denver] == "08031"
    unjoined = join(counties, _units(["x"], ["Atlantis"]))
    assert len(unjoined.area()) == 3231  # nothing joined: no area to narrow to
