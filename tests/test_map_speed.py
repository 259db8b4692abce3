"""The map's lighter paths per zoom level: what they drop, that they look the same, and that vector output keeps every vertex."""

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter, QPicture

from electview.core.geo import project, read_boundaries
from electview.core.geo_measures import TURNOUT_RAMP, Colouring, MapClass, _classify, nice_breaks
from electview.ui.map_painter import CACHED_LEVELS, MapScene, kept_vertices, paint_map

from map_support import COUNTIES

SIZE = (1024, 640)


@pytest.fixture(scope="module")
def counties():
    layer = project(read_boundaries(COUNTIES))
    values = np.random.default_rng(0).uniform(40, 90, len(layer))
    edges = nice_breaks(values)
    classes = tuple(MapClass(str(a), colour) for a, colour in zip(edges[:-1], TURNOUT_RAMP[-(len(edges) - 1) :], strict=True))
    count = len(layer)
    colouring = Colouring("turnout", "test", classes, _classify(values, edges), values, np.zeros(count, bool), np.zeros(count, bool))
    return layer, colouring


def _pixels(image: QImage) -> np.ndarray:
    return np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.width(), 4)[:, :, :3].astype(int)


def _grab(paint) -> np.ndarray:
    image = QImage(*SIZE, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    paint(painter)
    painter.end()
    return _pixels(image)


def test_a_vertex_in_the_same_cell_as_the_one_before_is_dropped_but_ends_and_small_rings_stay():
    square = np.array([[0, 0], [0.1, 0.1], [0.2, 0], [5, 0], [5, 5], [5.1, 5.05], [0, 5], [0, 0]], float)
    speck = np.array([[9, 9], [9.1, 9], [9.1, 9.1], [9, 9]], float)  # smaller than a cell: kept whole
    coords = np.vstack((square, speck))
    kept = kept_vertices(coords, np.array([0, 8, 8, 12]), 1.0)  # the empty ring between them is allowed
    assert kept[:8].tolist() == [True, False, False, True, True, False, True, True]
    assert kept[8:].all()


def test_the_lighter_paths_look_the_same_as_every_vertex(qapp, counties):
    layer, colouring = counties
    scene = MapScene(layer)
    target = QRectF(0, 0, *SIZE)
    # Every vertex: recorded on a QPicture (a vector device), then played onto the image.
    picture = QPicture()
    recorder = QPainter(picture)
    paint_map(recorder, scene, colouring, target)
    recorder.end()
    full = _grab(lambda painter: painter.drawPicture(0, 0, picture))
    lighter = _grab(lambda painter: paint_map(painter, scene, colouring, target))
    scale = min(SIZE[0] / scene.rect().width(), SIZE[1] / scene.rect().height())
    drawn = sum(path.elementCount() for path in scene.paths_for(scale))
    every = sum(path.elementCount() for path in scene.paths)
    assert drawn < 0.85 * every  # 54,342 of 68,181 path elements (every county, Alaska too)
    difference = np.abs(full - lighter).max(axis=2)
    assert difference.mean() < 0.5  # of 255: 0.11
    assert (difference > 32).mean() < 0.001  # 0.012 % of the pixels


def test_each_zoom_level_is_built_once_and_only_a_few_are_kept(qapp, counties):
    scene = MapScene(counties[0])
    first = scene.paths_for(0.07)
    assert scene.paths_for(0.1) is first  # the same power-of-two level (1/16 to 1/8)
    for level in range(CACHED_LEVELS + 2):
        scene.paths_for(0.07 * 2.0**level)
    assert len(scene._lighter) == CACHED_LEVELS
    assert scene.paths_for(1e6) is scene.paths  # zoomed in past the data's detail: nothing worth dropping
