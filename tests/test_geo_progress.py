"""Boundary readers report how far they are and stop when their progress callback raises (core.geo, no Qt)."""

import json
from pathlib import Path

import numpy as np
import pytest

from electview.core.geo import JSON_DONE, read_boundaries
from electview.formats.job import LoadCancelled

from geo_support import write_shapefile

GEO = Path(__file__).parent / "data" / "geo"
COUNTIES = GEO / "us-atlas" / "counties-10m.json"
NE_KAZ = GEO / "ne-admin1" / "ne10m-admin1-kaz.topo.json"


def _stop_past(limit: float, seen: list[float]):
    def progress(fraction: float) -> None:
        seen.append(fraction)
        if fraction > limit:
            raise LoadCancelled("boundaries")

    return progress


def test_reading_the_counties_reports_bytes_then_arcs_then_features_up_to_one():
    seen: list[float] = []
    layer = read_boundaries(COUNTIES, progress=seen.append)
    assert seen == sorted(seen) and seen[0] > 0 and seen[-1] == 1.0
    assert JSON_DONE in seen  # the JSON parsed: a step of its own
    # About every hundredth of the 9,000-odd arcs and of the 3,231 counties, not a call per item.
    after_json = [fraction for fraction in seen if JSON_DONE < fraction < 1.0]
    assert 150 <= len(after_json) <= 250
    assert np.diff(after_json).max() < 0.02  # no long silent stretch
    plain = read_boundaries(COUNTIES)
    assert layer.ids == plain.ids and np.array_equal(layer.coords, plain.coords)


def test_a_progress_that_raises_stops_the_read_and_its_error_passes_through():
    seen: list[float] = []
    with pytest.raises(LoadCancelled):
        read_boundaries(COUNTIES, progress=_stop_past(0.6, seen))
    assert 0.6 < seen[-1] < 0.7  # stopped at the next report, not at the end


def test_geojson_features_are_counted(tmp_path):
    kaz = read_boundaries(NE_KAZ)
    features = [
        {"type": "Feature", "id": kaz.ids[f], "properties": {"name": kaz.names[f]},
         "geometry": {"type": "MultiPolygon", "coordinates": [[ring.tolist()] for ring in kaz.rings_of(f)]}}
        for f in range(len(kaz))
    ]
    path = tmp_path / "kaz.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    seen: list[float] = []
    layer = read_boundaries(path, progress=seen.append)
    assert len(layer) == 17 and layer.names == kaz.names
    assert seen == sorted(seen) and seen[-1] == 1.0
    assert len([fraction for fraction in seen if JSON_DONE < fraction < 1.0]) == 16  # the 17 regions, the first at JSON_DONE


def test_shapefile_records_are_counted_and_a_cancel_is_not_taken_for_a_damaged_file(tmp_path):
    squares = [([[[i, 0], [i, 1], [i + 1, 1], [i + 1, 0], [i, 0]]], (f"{i:05d}", f"Square {i}")) for i in range(4)]
    path = write_shapefile(tmp_path / "squares.shp", [("GEOID", 5), ("NAME", 20)], squares)  # pyshp pads a smaller table
    seen: list[float] = []
    assert len(read_boundaries(path, progress=seen.append)) == 4
    assert seen == [0.0, 0.25, 0.5, 0.75, 1.0]
    with pytest.raises(LoadCancelled):
        read_boundaries(path, progress=_stop_past(0.4, []))
