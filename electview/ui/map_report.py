"""The map in the printed report, its PDF and its HTML export: the window's painter, vector paths throughout.

The report's HTML carries each contest's map as a section (:func:`~electview.core.geo_figure.map_section`)
whose image is a placeholder the printer replaces with a text object drawing
:func:`~electview.ui.map_painter.paint_map_with_legend` (so a PDF gets paths, never a bitmap),
or an SVG ``data:`` address of the same drawing in the HTML export.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFont

from electview.core.geo import Layer
from electview.core.geo_figure import MAP_HEIGHT_PX, MAP_WIDTH_PX, MapFigure, map_placeholder, map_section
from electview.core.geo_measures import Colouring
from electview.core.model import ResultsDataset
from electview.core.report_languages import ReportLanguages
from electview.core.tally import ContestTally
from electview.ui.map_painter import MapScene, paint_map_figure, paint_map_with_legend

REPORT_LEGEND_WIDTH = 210  # CSS pixels of the map's 670
REPORT_LEGEND_PX = 11  # the legend's type, as the report's captions


@dataclass(frozen=True)
class ReportMap:
    """What the report draws for one contest's map: the window's scene and colouring, its notes and credit."""

    scene: MapScene
    colouring: Colouring
    credit: str = ""
    selected: int | None = None  # the place the report is scoped to, outlined
    notes: tuple[str, ...] = ()  # beyond the colouring's own (places not on the map)
    no_data: str = ""  # the legend's "no data" in the report's languages ("": the window's)

    @classmethod
    def of(cls, figure: MapFigure) -> ReportMap:
        return cls(MapScene(figure.joined.layer), figure.colouring, figure.credit)

    def paint(self, painter, rect: QRectF) -> None:
        painter.save()
        font = QFont()
        font.setPixelSize(REPORT_LEGEND_PX)  # in the report's CSS pixels at any device resolution (a point size grew 6x on a 600 dpi PDF)
        painter.setFont(font)
        paint_map_with_legend(painter, rect, self.scene, self.colouring, "#000000", self.selected, REPORT_LEGEND_WIDTH, self.no_data)
        painter.restore()


def contest_maps(
    dataset: ResultsDataset,
    results: Sequence[ContestTally],
    boundaries: str | None,
    no_data: str = "",
    layer: Layer | None = None,
    credit: str | None = None,
) -> dict[int, ReportMap]:
    """Each contest's map by index in ``results``, its default measure and its scope outlined: what
    ``electview report --with-map`` prints, and Export All Contests for the contests not on screen.

    ``boundaries``: the boundary file (None: the bundled one); ``layer``: that file already read (else read
    once here for every contest); ``credit``: the boundaries' credit when the caller knows it (an attached file
    has none of its own). Transliterated joins only proposed are not made: nobody confirmed them.
    Raises LookupError (no boundaries) and LoadError (unreadable boundaries).
    """
    from electview.core.geo import read_boundaries
    from electview.core.geo_figure import boundaries_for, map_figure

    if layer is None:
        layer = read_boundaries(boundaries_for(dataset, boundaries)[0])
    maps = {}
    for index, result in enumerate(results):
        figure = map_figure(dataset, result.contest, boundaries, layer=layer)
        selected = figure.joined.feature_of(result.scope) if result.scope is not None else None
        found = replace(ReportMap.of(figure), selected=selected, no_data=no_data)
        maps[index] = found if credit is None else replace(found, credit=credit)
    return maps


def map_svg_data_uri(report_map: ReportMap) -> str:
    """The map and its legend as an SVG ``data:`` address (the HTML export)."""
    from electview.ui.chart_export import svg_bytes

    size = QSize(MAP_WIDTH_PX, MAP_HEIGHT_PX)
    svg = svg_bytes(size, report_map.colouring.title, lambda painter: report_map.paint(painter, QRectF(0, 0, MAP_WIDTH_PX, MAP_HEIGHT_PX)))
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def map_html(maps: Mapping[int, ReportMap], for_browser: bool = False) -> Callable[[int, ContestTally, ReportLanguages], str]:
    """``ReportOptions.map_html`` for these maps (by contest index): the printer's placeholder, or SVG for a browser."""

    def section(index: int, result: ContestTally, tr: ReportLanguages) -> str:
        report_map = maps.get(index)
        if report_map is None:
            return ""
        src = map_svg_data_uri(report_map) if for_browser else map_placeholder(index)
        return map_section(src, report_map.colouring, report_map.notes, report_map.credit, tr)

    return section


def map_figure_bytes(kind: str, size: tuple[int, int], scene: MapScene, colouring: Colouring | None, heading: str, notes: str, credit: str) -> bytes:
    """The map figure (heading, map, legend, notes, credit: ``paint_map_figure``) as ``kind`` "svg" (vector paths)
    or "png"; b"" when the PNG could not be encoded."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgGenerator

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    qsize = QSize(*size)
    if kind == "svg":
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(qsize)
        generator.setViewBox(QRectF(0, 0, *size))
        generator.setTitle(heading.splitlines()[0] if heading else "")
        generator.setResolution(96)
        painter = QPainter(generator)
        paint_map_figure(painter, qsize, scene, colouring, heading, notes, credit)
        painter.end()
    else:
        image = QImage(qsize, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        paint_map_figure(painter, qsize, scene, colouring, heading, notes, credit)
        painter.end()
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes str
            return b""
    return bytes(buffer.data().data())
