"""The bundled Kazakh regions and the CEC's preliminary turnout by region, found for the sample."""

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from electview.core.geo import project, read_boundaries
from electview.core.geo_bundled import bundled_map
from electview.core.geo_join import BY_CODE, BY_NAME, join
from electview.core.geo_measures import NO_DATA, colour_map
from electview.core.model import UnitTable
from electview.formats import load_file
from electview.resources import resource_path, sample_path

SHARED_TABLE = Path(__file__).resolve().parents[2] / "shared" / "geo" / "kazakhstan-2019-by-region.md"


@pytest.fixture(scope="module")
def sample():
    return load_file(sample_path())


@pytest.fixture(scope="module")
def bundled(sample):
    found = bundled_map(sample)
    assert found is not None
    return found


def test_the_sample_gets_the_2019_regions_with_their_licence_and_credit(bundled):
    layer = read_boundaries(bundled.path)
    assert len(layer) == 17
    assert {"KZ-71", "KZ-75", "KZ-79"} <= set(layer.ids)  # Nur-Sultan, Almaty, Shymkent
    assert layer.names[layer.ids.index("KZ-71")] == "Nur-Sultan"
    assert bundled.licence.is_file() and "Who's On First" in bundled.licence.read_text()
    assert "Who's On First" in bundled.credit and "LICENSE.md" in bundled.credit
    assert (bundled.path.parent / "SOURCE.txt").is_file()
    projected = project(layer)
    west, south, east, north = projected.bounds()
    assert 2500 < east - west < 3200 and 1400 < north - south < 1900  # km: Kazakhstan is ~3,000 by ~1,600


def test_reported_turnout_by_region_is_the_cec_preliminary_figure(bundled, sample):
    (figures,) = bundled.figures
    assert figures.measure == "turnout" and figures.status == "preliminary"
    assert len(figures.values) == 17
    assert figures.values["KZ-75"] == (52.2, "A")  # Almaty city
    assert figures.values["KZ-19"] == (89.0, "A")  # Almaty Region
    assert "inform.kz" in figures.citation("KZ-11")
    layer = read_boundaries(bundled.path)
    colouring = colour_map("turnout", sample.contests[0], join(layer, sample.contests[0].units), figures=figures)
    assert not (colouring.feature_class == NO_DATA).any()
    assert colouring.elsewhere.all() and not colouring.derived.any()  # reported, not worked out
    assert colouring.values[layer.ids.index("KZ-79")] == 67.6
    assert any("no results by region" in note for note in colouring.notes)
    assert any("preliminary" in note for note in colouring.notes)
    leader = colour_map("leader", sample.contests[0], join(layer, sample.contests[0].units), figures=figures)
    assert (leader.feature_class == NO_DATA).all()  # no votes by region: nothing invented


@pytest.mark.skipif(not SHARED_TABLE.is_file(), reason="the shared research table is not beside the checkout")
def test_bundled_figures_are_the_research_tables_end_of_voting_column(bundled):
    (figures,) = bundled.figures
    rows = [line.split("|") for line in SHARED_TABLE.read_text().splitlines() if line.startswith("| KZ-")]
    table = {cells[1].strip(): float(cells[6].split("%")[0]) for cells in rows}
    assert {code: value for code, (value, _) in figures.values.items()} == table


def test_no_bundled_map_for_another_country_or_another_time(sample):
    assert bundled_map(replace(sample, election=replace(sample.election, country="France", countries={}))) is None  # type: ignore[arg-type]
    later = replace(sample, election=replace(sample.election, date="2023-03-19"))
    assert bundled_map(later) is None  # Abai, Jetisu and Ulytau were split off in 2022
    undated = bundled_map(replace(sample, election=replace(sample.election, date="")))
    assert undated is not None and not undated.figures  # the layer, but no figures of an unknown election


def test_results_by_region_join_the_bundled_layer_by_code_or_any_of_its_names(bundled):
    layer = read_boundaries(bundled.path)
    units = UnitTable.from_lists(
        ["kz", "KZ-AKM", "r2", "r3", "r4"],
        ["Kazakhstan", "?", "Алматы", "Шығыс Қазақстан облысы", "Almaty Region"],
        ["country"] + ["region"] * 4,
        [-1, 0, 0, 0, 0],
    )
    result = join(layer, units)
    pairs = {layer.ids[f]: (u, how) for f, u, how in result.matched}
    assert pairs["KZ-11"] == (1, BY_CODE)  # the legacy alpha code, a property of the layer
    assert pairs["KZ-75"] == (2, BY_NAME)  # the city, by its Russian name
    assert pairs["KZ-63"] == (3, BY_NAME)  # Kazakh
    assert pairs["KZ-19"] == (4, BY_NAME)
    assert result.code_field == "iso_3166_2_legacy"


def test_geojson_and_topojson_of_the_layer_agree():
    shared = Path(__file__).resolve().parents[2] / "shared" / "geo" / "kazakhstan" / "kazakhstan-adm1-2019.geojson"
    if not shared.is_file():
        pytest.skip("the shared GeoJSON is not beside the checkout")
    topo = read_boundaries(resource_path("geo/kazakhstan/kazakhstan-adm1-2019.topojson"))
    geo = read_boundaries(shared)
    assert topo.ids == geo.ids
    np.testing.assert_allclose(topo.feature_bounds(), geo.feature_bounds(), atol=1e-3)  # GeoJSON rounds to 4 decimals
