"""Issue 18 goal 6: 3,200 US counties drawn and recoloured, beside a bare QPainter peer in the same rounds.

    uv run python benchmarks/bench_map.py [--rounds 5] [--size 1024x640]

Reads tests/data/geo/us-atlas/counties-10m.json (3,231 counties), projects it, and builds the
window's ``MapScene`` once (the first load; timed apart). Then, per round, on a QImage of the
window's map size:

- **draw**: ``paint_map`` of every county with a colouring (what the map item paints on a repaint);
- **recolour**: ``colour classes`` for new values (``_classify`` over 3,231 features, a new
  ``Colouring``) and the redraw;
- **peer**: a bare QPainter drawing the same rings as QPolygonF with ``drawPolygon``, one fixed
  brush per county — no classes, no hatching, no paths — timed in the same rounds so machine
  load hits both alike.

Prints milliseconds (median of the rounds), the ratios to the peer, and how many path elements the
painter's lighter paths for this zoom level keep (the peer draws every vertex).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QPointF, QRectF  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPen, QPolygonF  # noqa: E402

from electview.core.geo import project, read_boundaries  # noqa: E402
from electview.core.geo_measures import TURNOUT_RAMP, Colouring, MapClass, _classify, nice_breaks  # noqa: E402
from electview.ui.map_painter import MapScene, paint_map  # noqa: E402

COUNTIES = Path(__file__).resolve().parents[1] / "tests" / "data" / "geo" / "us-atlas" / "counties-10m.json"


def colouring_for(values: np.ndarray) -> Colouring:
    edges = nice_breaks(values)
    classes = tuple(MapClass(f"{a}-{b}", colour) for a, b, colour in zip(edges[:-1], edges[1:], TURNOUT_RAMP[-(len(edges) - 1) :], strict=True))
    count = len(values)
    return Colouring("turnout", "bench", classes, _classify(values, edges), values, np.zeros(count, bool), np.zeros(count, bool))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--size", default="1024x640")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 — painting needs an application

    start = time.perf_counter()
    raw = read_boundaries(COUNTIES)
    # Projected for the 48 contiguous states (Alaska, Hawaii and the territories are drawn too, smaller).
    layer = project(raw, np.array([i for i, code in enumerate(raw.ids) if code[:2] not in ("02", "15", "60", "66", "69", "72", "78")]))
    read_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    scene = MapScene(layer)
    scene_ms = (time.perf_counter() - start) * 1000
    rings = [[QPolygonF([QPointF(float(x), float(-y)) for x, y in ring]) for ring in layer.rings_of(f)] for f in range(len(layer))]
    rng = np.random.default_rng(0)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    target = QRectF(0, 0, width, height)
    colouring = colouring_for(rng.uniform(40, 90, len(layer)))
    draws, recolours, peers = [], [], []
    def timed(paint) -> float:
        """Seconds for ``paint(painter)`` on a cleared image."""
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        start = time.perf_counter()
        paint(painter)
        painter.end()
        return time.perf_counter() - start

    def recolour(painter: QPainter) -> None:
        nonlocal colouring
        colouring = colouring_for(rng.uniform(40, 90, len(layer)))
        paint_map(painter, scene, colouring, target)

    def peer_paint(painter: QPainter) -> None:
        source = scene.rect()
        scale = min(width / source.width(), height / source.height())
        painter.translate(-source.x() * scale, -source.y() * scale)
        painter.scale(scale, scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor("#5A5A5A"), 0))
        painter.setBrush(QBrush(QColor("#41B6C4")))
        for polygons in rings:
            for polygon in polygons:
                painter.drawPolygon(polygon)

    first_draw_ms = timed(lambda painter: paint_map(painter, scene, colouring, target)) * 1000  # builds this zoom's lighter paths
    for _ in range(args.rounds):
        draws.append(timed(lambda painter: paint_map(painter, scene, colouring, target)))
        recolours.append(timed(recolour))
        peers.append(timed(peer_paint))

    draw, recolour, peer = (statistics.median(values) * 1000 for values in (draws, recolours, peers))
    print(f"counties: {len(layer)} features, {len(layer.coords):,} vertices; image {width}x{height}; {args.rounds} rounds (median)")
    print(f"first load: read + project {read_ms:.0f} ms, paths {scene_ms:.0f} ms, first draw {first_draw_ms:.0f} ms (with this zoom's lighter paths)")
    scale = min(width / scene.rect().width(), height / scene.rect().height())
    drawn, every = (sum(path.elementCount() for path in paths) for paths in (scene.paths_for(scale), scene.paths))
    print(f"drawn at this zoom: {drawn:,} of {every:,} path elements (vertices within half a pixel of the one before dropped)")
    print(f"draw      {draw:7.1f} ms   ({draw / peer:.2f}x the peer)")
    print(f"recolour  {recolour:7.1f} ms   ({recolour / peer:.2f}x the peer)")
    print(f"peer      {peer:7.1f} ms   (bare QPainter.drawPolygon of the same rings, one brush)")


if __name__ == "__main__":
    main()
