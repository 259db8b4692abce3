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


def legend_rows(colouring: Colouring | None) -> list[tuple[str, str, str]]:
    """(group, label, colour) per legend row, "no data" last (colour "" = hatched)."""
    rows = [(c.group, c.label, c.colour) for c in colouring.classes] if colouring is not None else []
    return rows + [("", no_data_label(), "")]


def paint_swatch(painter: QPainter, rect: QRectF, colour: str, border: str = BORDER) -> None:
    painter.save()
    painter.setPen(QPen(QColor(border), 0))
    painter.setBrush(QBrush(QColor(colour or NO_DATA_FILL)))
    painter.drawRect(rect)
    if not colour:
        painter.setBrush(hatch_brush())
        painter.drawRect(rect)
    painter.restore()


def paint_legend(painter: QPainter, colouring: Colouring | None, origin: QPointF, text: str = "#000000", width: float = 260) -> float:
    """The legend from ``origin`` down: a group heading where the candidate changes, a swatch and label per class.

    Returns the height used.
    """
    metrics = painter.fontMetrics()
    line = metrics.height() + 2
    y = origin.y()
    group = None
    painter.save()
    for row_group, label, colour in legend_rows(colouring):
        if row_group and row_group != group:
            painter.setPen(QColor(text))
            painter.drawText(QRectF(origin.x(), y, width, line), Qt.AlignmentFlag.AlignVCenter, metrics.elidedText(row_group, Qt.TextElideMode.ElideRight, int(width)))
            y += line
        group = row_group
        paint_swatch(painter, QRectF(origin.x() + 2, y + 2, line * 1.4, line - 4), colour)
        painter.setPen(QColor(text))
        painter.drawText(QRectF(origin.x() + line * 1.4 + 8, y, width - line * 1.4 - 8, line), Qt.AlignmentFlag.AlignVCenter, label)
        y += line
    painter.restore()
    return y - origin.y()


LEGEND_WIDTH = 230


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
    map_rect = QRectF(8, top, width - LEGEND_WIDTH - 24, footer_top - top - 6)
    paint_map(painter, scene, colouring, map_rect)
    paint_legend(painter, colouring, QPointF(width - LEGEND_WIDTH - 8, top), "#000000", LEGEND_WIDTH)
