"""Map painting shared by the window, the printed report and PNG/SVG export: pure QPainter, vector paths.

A :class:`MapScene` turns a projected :class:`~electview.core.geo.Layer` into one
``QPainterPath`` per feature (even-odd fill: holes and parts need no orientation) once, and on a
raster device a lighter set per zoom level (vertices closer than half a pixel dropped, cached);
:func:`paint_map` fills them in the colouring's class colours, hatches "no data", draws the
borders and an outline round the selected feature, and :func:`paint_legend` draws the classes.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPaintEngine, QPainter, QPainterPath, QPen, QTransform

from electview.core.geo import Layer
from electview.core.geo_measures import Colouring

NO_DATA_FILL = "#FFFFFF"
NO_DATA_HATCH = "#8A8A8A"
BORDER = "#5A5A5A"
SELECTED = "#000000"


#: Zoom levels whose lighter paths are kept (a level is a power of two of device pixels per scene unit).
CACHED_LEVELS = 6
#: Vector devices get every vertex: a PDF or SVG is zoomed after it is written.
_VECTOR_ENGINES = {QPaintEngine.Type.Pdf, QPaintEngine.Type.SVG, QPaintEngine.Type.Picture}


def _paths(coords: np.ndarray, ring_offsets: np.ndarray, feature_rings: np.ndarray) -> list[QPainterPath]:
    """One even-odd path per feature from flat rings (as :class:`~electview.core.geo.Layer` holds them), north up
    (scene y grows down). Built with moveTo/lineTo from plain lists: a QPolygonF of QPointF per ring took five
    times as long (us-atlas counties: 98 ms against 19 ms)."""
    xs, ys = coords[:, 0].tolist(), (-coords[:, 1]).tolist()
    offsets, rings_of = ring_offsets.tolist(), feature_rings.tolist()
    paths = []
    for feature in range(len(rings_of) - 1):
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for ring in range(rings_of[feature], rings_of[feature + 1]):
            start, end = offsets[ring], offsets[ring + 1]
            if start == end:
                continue
            path.moveTo(xs[start], ys[start])
            for index in range(start + 1, end):
                path.lineTo(xs[index], ys[index])
            path.closeSubpath()
        paths.append(path)
    return paths


def kept_vertices(coords: np.ndarray, ring_offsets: np.ndarray, cell: float) -> np.ndarray:
    """Per vertex, whether it is drawn at a resolution of ``cell`` scene units: a vertex in the same
    ``cell``-sized square as the one before it adds nothing a pixel can show. Each ring keeps its first
    and last vertex, and a ring left with fewer than three keeps all of them (a small island stays)."""
    if not len(coords):
        return np.zeros(0, dtype=bool)
    cells = np.floor(coords / cell)
    kept = np.ones(len(coords), dtype=bool)
    kept[1:] = (cells[1:] != cells[:-1]).any(axis=1)
    lengths = np.diff(ring_offsets)
    rings = lengths > 0
    kept[ring_offsets[:-1][rings]] = True
    kept[ring_offsets[1:][rings] - 1] = True
    ring_of_vertex = np.repeat(np.arange(len(lengths)), lengths)
    per_ring = np.bincount(ring_of_vertex, weights=kept, minlength=len(lengths))
    kept[(per_ring < 3)[ring_of_vertex]] = True
    return kept


def device_scale(painter: QPainter) -> float:
    """Device pixels per scene unit under the painter's transform (the map keeps its aspect: one scale)."""
    transform = painter.combinedTransform()
    ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
    return float(np.sqrt(abs(transform.determinant()))) * ratio


class MapScene:
    """The feature paths of one projected layer, in scene coordinates (y down), with their bounds."""

    def __init__(self, layer: Layer) -> None:
        self.layer = layer
        self.paths = _paths(layer.coords, layer.ring_offsets, layer.feature_rings)
        self._lighter: dict[int, list[QPainterPath]] = {}
        bounds = layer.feature_bounds()
        self.bounds = np.column_stack((bounds[:, 0], -bounds[:, 3], bounds[:, 2], -bounds[:, 1]))  # x0, y0, x1, y1 in scene

    def paths_for(self, scale: float) -> list[QPainterPath]:
        """The paths to draw at ``scale`` device pixels per scene unit: vertices within half a pixel of the one
        before dropped, built once per power-of-two zoom level (so between a quarter and half a pixel);
        the full paths when that would drop hardly any (zoomed in past the data's own detail)."""
        if not scale > 0 or not np.isfinite(scale):
            return self.paths
        level = int(np.floor(np.log2(scale)))
        if level not in self._lighter:
            kept = kept_vertices(self.layer.coords, self.layer.ring_offsets, 0.5 / 2.0**level)
            if kept.sum() > 0.9 * len(kept):
                paths = self.paths  # not worth a second set of paths
            else:
                offsets = self.layer.ring_offsets
                ring_of_vertex = np.repeat(np.arange(len(offsets) - 1), np.diff(offsets))
                ring_offsets = np.concatenate(([0], np.cumsum(np.bincount(ring_of_vertex[kept], minlength=len(offsets) - 1))))
                paths = _paths(self.layer.coords[kept], ring_offsets, self.layer.feature_rings)
            while len(self._lighter) >= CACHED_LEVELS:
                del self._lighter[next(iter(self._lighter))]  # the oldest level
            self._lighter[level] = paths
        return self._lighter[level]

    def paths_on(self, painter: QPainter) -> list[QPainterPath]:
        """The paths for the painter's device and zoom: every vertex on a vector device, the lighter set on a raster."""
        engine = painter.paintEngine()
        if engine is not None and engine.type() in _VECTOR_ENGINES:
            return self.paths
        return self.paths_for(device_scale(painter))

    def rect(self) -> QRectF:
        known = self.bounds[~np.isnan(self.bounds).any(axis=1)]
        if not len(known):
            return QRectF(0, 0, 1, 1)
        x0, y0 = known[:, 0].min(), known[:, 1].min()
        return QRectF(float(x0), float(y0), float(known[:, 2].max() - x0), float(known[:, 3].max() - y0))

    def feature_at(self, point: QPointF) -> int | None:
        """The feature under ``point`` (scene coordinates), or None."""
        x, y = point.x(), point.y()
        with np.errstate(invalid="ignore"):
            near = np.flatnonzero((self.bounds[:, 0] <= x) & (self.bounds[:, 2] >= x) & (self.bounds[:, 1] <= y) & (self.bounds[:, 3] >= y))
        for feature in near:
            if self.paths[int(feature)].contains(point):
                return int(feature)
        return None


def hatch_brush(colour: str = NO_DATA_HATCH) -> QBrush:
    return QBrush(QColor(colour), Qt.BrushStyle.BDiagPattern)


def paint_map(
    painter: QPainter,
    scene: MapScene,
    colouring: Colouring | None,
    target: QRectF | None = None,
    selected: int | None = None,
    border: str = BORDER,
) -> QTransform:
    """Draw the features; with ``target``, fitted into it (aspect kept) — returns the scene-to-target transform."""
    painter.save()
    transform = QTransform()
    if target is not None:
        source = scene.rect()
        scale = min(target.width() / max(source.width(), 1e-9), target.height() / max(source.height(), 1e-9))
        dx = target.x() + (target.width() - source.width() * scale) / 2 - source.x() * scale
        dy = target.y() + (target.height() - source.height() * scale) / 2 - source.y() * scale
        transform = QTransform(scale, 0, 0, scale, dx, dy)
        painter.setTransform(transform, True)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(QColor(border), 0)  # cosmetic: a hairline at any zoom
    pen.setCosmetic(True)
    painter.setPen(pen)
    colours = colouring.colours if colouring is not None else [""] * len(scene.paths)
    hatch, no_data = hatch_brush(), QBrush(QColor(NO_DATA_FILL))
    # A brush per colour made once, and set only when the colour changes: making and setting one per
    # feature was a quarter of the draw (18.6 → 13.3 ms for 3,231 counties, benchmarks/README.md).
    brushes = {colour: QBrush(QColor(colour)) for colour in set(colours) if colour}
    last = None
    for path, colour in zip(scene.paths_on(painter), colours, strict=True):
        if colour:
            if colour != last:
                painter.setBrush(brushes[colour])
            painter.drawPath(path)
        else:
            painter.setBrush(no_data)
            painter.drawPath(path)
            painter.setBrush(hatch)
            painter.drawPath(path)
        last = colour
    if selected is not None and 0 <= selected < len(scene.paths):
        outline = QPen(QColor(SELECTED), 2.5)
        outline.setCosmetic(True)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(scene.paths[selected])
    painter.restore()
    return transform


def no_data_label() -> str:
    return QCoreApplication.translate("MapLegend", "no data")


def legend_rows(colouring: Colouring | None, no_data: str = "") -> list[tuple[str, str, str]]:
    """(group, label, colour) per legend row, "no data" last (colour "" = hatched)."""
    rows = [(c.group, c.label, c.colour) for c in colouring.classes] if colouring is not None else []
    return rows + [("", no_data or no_data_label(), "")]


def paint_swatch(painter: QPainter, rect: QRectF, colour: str, border: str = BORDER) -> None:
    painter.save()
    painter.setPen(QPen(QColor(border), 0))
    painter.setBrush(QBrush(QColor(colour or NO_DATA_FILL)))
    painter.drawRect(rect)
    if not colour:
        painter.setBrush(hatch_brush())
        painter.drawRect(rect)
    painter.restore()


Line = tuple[str, str, str | None]  # ("heading", group, None) or ("row", label, colour; "" = hatched)


def legend_columns(colouring: Colouring | None, per_column: int | None = None, no_data: str = "") -> list[list[Line]]:
    """The legend's lines (a group heading where the candidate changes, a line per class, "no data" last), cut
    into columns of at most ``per_column`` lines; a column that opens inside a group repeats its heading."""
    lines: list[tuple[Line, str]] = []  # (line, the group it belongs to)
    group = None
    for row_group, label, colour in legend_rows(colouring, no_data):
        if row_group and row_group != group:
            lines.append((("heading", row_group, None), row_group))
        group = row_group
        lines.append((("row", label, colour), row_group))
    if per_column is None or len(lines) <= per_column:
        return [[line for line, _ in lines]]
    per_column = max(per_column, 2)
    columns: list[list[Line]] = [[]]
    for line, in_group in lines:
        heading = line[0] == "heading"
        if len(columns[-1]) >= per_column or (heading and len(columns[-1]) >= per_column - 1):
            columns.append([])  # a heading never ends a column
            if not heading and in_group:
                columns[-1].append(("heading", in_group, None))
        columns[-1].append(line)
    return columns


def legend_line_height(painter_or_metrics) -> float:
    metrics = painter_or_metrics.fontMetrics() if hasattr(painter_or_metrics, "fontMetrics") else painter_or_metrics
    return metrics.height() + 2


def paint_legend(
    painter: QPainter,
    colouring: Colouring | None,
    origin: QPointF,
    text: str = "#000000",
    width: float = 260,
    height: float | None = None,
    no_data: str = "",
) -> float:
    """The legend from ``origin``: a group heading where the candidate changes, a swatch and label per class, "no
    data" hatched last; in columns side by side when ``height`` is too short for one. Returns the height used."""
    metrics = painter.fontMetrics()
    line = legend_line_height(metrics)
    per_column = max(int(height // line), 1) if height is not None else None
    columns = legend_columns(colouring, per_column, no_data)
    column_width = width / len(columns)
    used = 0.0
    painter.save()
    painter.setPen(QColor(text))
    for number, column in enumerate(columns):
        x, y = origin.x() + number * column_width, origin.y()
        for kind, label, colour in column:
            if kind == "heading":
                painter.setPen(QColor(text))
                painter.drawText(QRectF(x, y, column_width, line), Qt.AlignmentFlag.AlignVCenter, metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(column_width)))
            else:
                paint_swatch(painter, QRectF(x + 2, y + 2, line * 1.4, line - 4), colour or "")
                painter.setPen(QColor(text))
                room = column_width - line * 1.4 - 8
                painter.drawText(QRectF(x + line * 1.4 + 8, y, room, line), Qt.AlignmentFlag.AlignVCenter, metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(room)))
            y += line
        used = max(used, y - origin.y())
    painter.restore()
    return used


LEGEND_WIDTH = 230


def paint_map_with_legend(
    painter: QPainter,
    rect: QRectF,
    scene: MapScene,
    colouring: Colouring | None,
    text: str = "#000000",
    selected: int | None = None,
    legend_width: float = LEGEND_WIDTH,
    no_data: str = "",
) -> None:
    """The map fitted into ``rect`` with its legend at the right (the report's figure and the export's)."""
    map_rect = QRectF(rect.x(), rect.y(), max(rect.width() - legend_width - 12, 1.0), rect.height())
    paint_map(painter, scene, colouring, map_rect, selected=selected)
    paint_legend(painter, colouring, QPointF(rect.right() - legend_width, rect.y()), text, legend_width, rect.height(), no_data)


def paint_map_figure(painter: QPainter, size, scene: MapScene, colouring: Colouring | None, heading: str, notes: str, credit: str) -> None:
    """The map with its heading, legend, notes and credit in ``size`` (a QSize): the export, the command and the report."""
    width, height = size.width(), size.height()
    painter.fillRect(QRectF(0, 0, width, height), QColor("#FFFFFF"))
    metrics = painter.fontMetrics()
    line = metrics.height()
    painter.setPen(QColor("#000000"))
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
    heading_rect = painter.boundingRect(QRectF(8, 6, width - 16, line * 3), flags, heading)
    painter.drawText(heading_rect, flags, heading)
    footer = "\n".join(text for text in (notes, credit) if text)
    footer_rect = painter.boundingRect(QRectF(8, 0, width - 16, height), flags, footer)
    footer_top = height - footer_rect.height() - 6
    painter.drawText(QRectF(8, footer_top, width - 16, footer_rect.height()), flags, footer)
    top = heading_rect.bottom() + 6
    paint_map_with_legend(painter, QRectF(8, top, width - 16, footer_top - top - 6), scene, colouring)
