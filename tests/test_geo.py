"""Boundary readers and projection (core.geo), without a QApplication."""

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from electview.core.errors import LoadError
from electview.core.geo import feature_at, project, read_boundaries, read_geojson, read_topojson

from geo_support import write_shapefile

GEO = Path(__file__).parent / "data" / "geo"
COUNTIES = GEO / "us-atlas" / "counties-10m.json"
NE_KAZ = GEO / "ne-admin1" / "ne10m-admin1-kaz.topo.json"


@pytest.fixture(scope="module")
def counties():
    return read_boundaries(COUNTIES)


def test_topojson_object_with_the_most_features_is_read(counties):
    assert len(counties) == 3231  # counties, not the 56 states or the nation
    assert counties.ids[counties.names.index("San Benito")] == "06069"  # FIPS kept as a string with its zero
    assert counties.coords.dtype == np.float64 and counties.coords.shape[1] == 2
    assert counties.ring_offsets[-1] == len(counties.coords)
    assert counties.feature_rings[-1] == len(counties.ring_offsets) - 1
    assert not counties.projected


def test_quantized_arcs_decode_to_longitudes_and_latitudes(counties):
    denver = counties.ids.index("08031")
    west, south, east, north = counties.feature_bounds()[denver]
    # Denver County lies around 105.1–104.6 °W, 39.6–39.9 °N.
    assert -105.2 < west < east < -104.5
    assert 39.5 < south < north < 40.0
    assert feature_at(counties, -104.99, 39.74) == denver  # downtown Denver


def test_named_object_and_missing_object():
    topology = json.loads(COUNTIES.read_text())
    states = read_topojson(topology, "states")
    assert len(states) == 56 and states.names[states.ids.index("08")] == "Colorado"
    with pytest.raises(ValueError):
        read_topojson(topology, "provinces")


def test_holes_and_parts_are_rings_of_one_feature():
    square = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]
    hole = [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]
    island = [[20, 0], [21, 0], [21, 1], [20, 0]]
    data = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "id": "a", "properties": {"name": "A"},
             "geometry": {"type": "MultiPolygon", "coordinates": [[square, hole], [island]]}},
            {"type": "Feature", "properties": {"name": "No shape", "code": "B"}, "geometry": None},
        ],
    }  # fmt: skip
    layer = read_geojson(data)
    assert layer.ids == ("a", "") and layer.names == ("A", "No shape")
    assert [len(r) for r in layer.rings_of(0)] == [5, 5, 4]
    assert list(layer.rings_of(1)) == []
    assert feature_at(layer, 2, 2) == 0
    assert feature_at(layer, 5, 5) is None  # in the hole
    assert feature_at(layer, 20.7, 0.3) == 0  # on the island
    assert layer.codes_of(1) == {"code": "B"}


def test_a_file_that_is_not_a_boundary_file_is_a_load_error(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text('{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[["a", 1]]]}}')
    with pytest.raises(LoadError):
        read_boundaries(bad)
    other = tmp_path / "y.json"
    other.write_text("[1, 2]")
    with pytest.raises(LoadError):
        read_boundaries(other)
    with pytest.raises(LoadError):
        read_boundaries(tmp_path)


def test_albers_projection_is_equal_area_where_lon_lat_is_not():
    # Two 1°×1° cells, one at 40°N and one at 55°N: on the globe the northern one is cos(55)/cos(40) as big.
    def cell(lat):
        return [[10, lat], [11, lat], [11, lat + 1], [10, lat + 1], [10, lat]]

    data = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": str(lat), "properties": {}, "geometry": {"type": "Polygon", "coordinates": [cell(lat)]}}
        for lat in (40, 55)
    ]}  # fmt: skip
    projected = project(read_geojson(data))
    assert projected.projected and "Albers" in projected.projection

    def area(ring):
        x, y = ring[:, 0], ring[:, 1]
        return abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))) / 2

    south, north = (area(next(projected.rings_of(f))) for f in (0, 1))
    globe = np.cos(np.radians(55.5)) / np.cos(np.radians(40.5))
    assert north / south == pytest.approx(globe, rel=0.01)
    assert south == pytest.approx(111.2 * 111.2 * np.cos(np.radians(40.5)), rel=0.02)  # km²


def test_pre_projected_files_are_kept_and_turned_north_up(tmp_path):
    data = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": "n", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[500, 100], [600, 100], [600, 200], [500, 100]]]}},
        {"type": "Feature", "id": "s", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[500, 500], [600, 500], [600, 600], [500, 500]]]}},
    ]}  # fmt: skip
    layer = read_geojson(data)
    assert layer.projected and project(layer) is layer
    north, south = layer.feature_bounds()[:, 1]
    assert north > south  # screen y grows downwards; the layer's grows north


def test_layers_across_the_antimeridian_are_projected_in_one_piece():
    data = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": side, "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[lon, 60], [lon + 1, 60], [lon + 1, 61], [lon, 60]]]}}
        for side, lon in (("west", 178.5), ("east", -179.5))
    ]}  # fmt: skip
    projected = project(read_geojson(data))
    west, east = projected.feature_bounds()[:, 0]
    assert 0 < east - west < 200  # km apart, not the width of the world


def test_subset_keeps_the_chosen_features_whole(counties):
    colorado = np.array([i for i, fips in enumerate(counties.ids) if fips.startswith("08")])
    subset = counties.subset(colorado)
    assert len(subset) == 64
    denver = subset.ids.index("08031")
    original = counties.ids.index("08031")
    assert [r.tolist() for r in subset.rings_of(denver)] == [r.tolist() for r in counties.rings_of(original)]


def test_natural_earth_topojson_ids_are_hasc_codes():
    layer = read_boundaries(NE_KAZ)
    assert len(layer) == 17
    assert layer.names[layer.ids.index("KZ.AM")] == "Aqmola"


@given(st.lists(st.tuples(st.floats(-170, 170), st.floats(-80, 80)), min_size=3, max_size=30))
def test_projection_keeps_every_vertex_finite(points):
    ring = [list(p) for p in points] + [list(points[0])]
    layer = read_geojson({"type": "Feature", "id": "x", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [ring]}})
    assert np.isfinite(project(layer).coords).all()


def test_shapefiles_are_read_with_their_attributes(tmp_path):
    rings = [[[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]], [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]]
    path = write_shapefile(tmp_path / "regions.shp", [("GEOID", 5), ("NAME", 20)], [(rings, ("08031", "Denver"))])
    layer = read_boundaries(path)
    assert layer.ids == ("08031",) and layer.names == ("Denver",)
    assert [len(r) for r in layer.rings_of(0)] == [5, 5]
    assert feature_at(layer, 1, 1) == 0 and feature_at(layer, 5, 5) is None


def test_a_shapefile_without_its_table_or_damaged_is_a_load_error(tmp_path):
    shp = tmp_path / "broken.shp"
    shp.write_bytes(b"\x00\x00\x27\x0a" + b"\x00" * 20)
    with pytest.raises(LoadError, match="dbf"):
        read_boundaries(shp)
    shp.with_suffix(".dbf").write_bytes(b"\x03")
    with pytest.raises(LoadError):
        read_boundaries(shp)
