"""Map painting shared by the window, the printed report and PNG/SVG export: pure QPainter, vector paths.

A :class:`MapScene` turns a projected :class:`~electview.core.geo.Layer` into one
``QPainterPath`` per feature (even-odd fill: holes and parts need no orientation) once;
:func:`paint_map` fills them in the colouring's class colours, hatches "no data", draws the
borders and an outline round the selected feature, and :func:`paint_legend` draws the classes.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from electview.core.geo import Layer
from electview.core.geo_measures import Colouring

NO_DATA_FILL = "#FFFFFF"
NO_DATA_HATCH = "#8A8A8A"
BORDER = "#5A5A5A"
SELECTED = "#000000"


def _polygon(ring: np.ndarray) -> QPolygonF:
    return QPolygonF([QPointF(float(x), float(-y)) for x, y in ring])  # north up: scene y grows down


class MapScene:
    """The feature paths of one projected layer, in scene coordinates (y down), with their bounds."""

    def __init__(self, layer: Layer) -> None:
        self.layer = layer
        self.paths: list[QPainterPath] = []
        for feature in range(len(layer)):
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.OddEvenFill)
            for ring in layer.rings_of(feature):
                path.addPolygon(_polygon(ring))
                path.closeSubpath()
            self.paths.append(path)
        bounds = layer.feature_bounds()
        self.bounds = np.column_stack((bounds[:, 0], -bounds[:, 3], bounds[:, 2], -bounds[:, 1]))  # x0, y0, x1, y1 in scene

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
    hatch = hatch_brush()
    brushes: dict[str, QBrush] = {}
    for path, colour in zip(scene.paths, colours, strict=True):
        if colour:
            painter.setBrush(brushes.setdefault(colour, QBrush(QColor(colour))))
            painter.drawPath(path)
        else:
            painter.setBrush(QBrush(QColor(NO_DATA_FILL)))
            painter.drawPath(path)
            painter.setBrush(hatch)
            painter.drawPath(path)
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
