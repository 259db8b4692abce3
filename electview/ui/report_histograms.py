"""The printed report's integrity figures: stations per 0.1-point bin drawn as one vector path, with their axes, and the
election fingerprint as one vector path per shade."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from electview.core.formatting import format_count
from electview.core.histogram_geometry import (
    AXIS_COLOUR,
    BAR_COLOUR,
    FINGERPRINT_SIDE_PX,
    histogram_top,
    percent_ticks,
    shade,
    shade_levels,
    shade_runs,
    step_outline,
)
from electview.core.report_integrity import Fingerprint

__all__ = [
    "BAR_COLOUR",
    "fingerprint_paths",
    "histogram_font",
    "histogram_path",
    "histogram_top",
    "paint_fingerprint",
    "paint_histogram",
]


def histogram_font() -> QFont:
    """7.5 pt at 96 dpi, as the report's notes and the bars' text."""
    font = QFont()
    font.setPixelSize(10)
    return font


def histogram_path(counts: np.ndarray, plot: QRectF, top: int | None = None) -> QPainterPath:
    """The bins' outline (core.histogram_geometry.step_outline) as one closed path over ``plot``."""
    path = QPainterPath()
    points = step_outline(counts, plot.left(), plot.top(), plot.width(), plot.height(), top)
    if not len(points):
        return path
    path.moveTo(float(points[0, 0]), float(points[0, 1]))
    for x, y in points[1:].tolist():
        path.lineTo(x, y)
    path.closeSubpath()
    return path


def paint_histogram(painter: QPainter, rect: QRectF, counts: np.ndarray, title: str, note: str, font: QFont) -> None:
    """``counts`` (stations per 0.1-point bin from 0 to 100%, core.integrity.histogram_tenths) in ``rect``: the title
    and ``note`` above, the count the height stands for at the left (:func:`histogram_top`; a cut last bin gets a
    white break near its top), ticks at every whole percent, labels every 10."""
    metrics = QFontMetricsF(font)
    line = metrics.height()
    top, cut = histogram_top(counts)
    tallest = format_count(top)
    # Room for a six-figure count whatever this one's is, so the two histograms' axes line up one under the other.
    left = max(metrics.horizontalAdvance(tallest), metrics.horizontalAdvance("000,000")) + 6.0
    # The note goes under the title when the two don't fit side by side (Russian: they ran into each other).
    gap = metrics.horizontalAdvance("  ")
    rows = 1 if metrics.horizontalAdvance(title) + gap + metrics.horizontalAdvance(note) <= rect.width() else 2
    plot = QRectF(rect.left() + left, rect.top() + rows * line + 4.0, rect.width() - left - metrics.horizontalAdvance("100") / 2 - 2.0, 0.0)
    plot.setBottom(rect.bottom() - line - 6.0)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(font)
    painter.setPen(QColor(AXIS_COLOUR))
    heading = QRectF(rect.left(), rect.top(), rect.width(), line)
    painter.drawText(heading, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    painter.drawText(heading.translated(0.0, (rows - 1) * line), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), note)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(BAR_COLOUR)))
    painter.drawPath(histogram_path(counts, plot, top))
    if cut:
        step = plot.width() / len(counts)
        painter.fillRect(QRectF(plot.right() - step - 1.0, plot.top() + 6.0, step + 2.0, 2.0), QColor("white"))
    pen = QPen(QColor(AXIS_COLOUR))
    pen.setWidthF(0.6)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawLine(QLineF(plot.bottomLeft(), plot.bottomRight()))
    painter.drawLine(QLineF(plot.bottomLeft(), plot.topLeft()))
    painter.drawLine(QLineF(plot.left() - 3.0, plot.top(), plot.left(), plot.top()))
    for percent, x, labelled in percent_ticks(plot.left(), plot.width()):
        length = 5.0 if labelled else 2.0
        painter.drawLine(QLineF(x, plot.bottom(), x, plot.bottom() + length))
        if labelled:
            label = QRectF(x - 20.0, plot.bottom() + 5.0, 40.0, line)
            painter.drawText(label, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), str(percent))
    painter.drawText(
        QRectF(rect.left(), plot.top() - line / 2, left - 5.0, line),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        tallest,
    )
    painter.drawText(QPointF(rect.left() + left - 5.0 - metrics.horizontalAdvance("0"), plot.bottom()), "0")
    painter.restore()


def fingerprint_paths(grid: np.ndarray, plot: QRectF) -> dict[int, QPainterPath]:
    """Each shade level's cells (core.histogram_geometry.shade_levels of ``grid``, turnout across, share up) as one path
    of rectangles over the square ``plot``, a run up a column (shade_runs) one rectangle, as the HTML's ``<rect>``s."""
    bins = grid.shape[0] if grid.ndim == 2 else 0
    paths: dict[int, QPainterPath] = {}
    if not bins:
        return paths
    cell = plot.width() / bins
    for run in shade_runs(shade_levels(grid)):
        path = paths.setdefault(run.level, QPainterPath())
        path.addRect(QRectF(plot.left() + run.turnout * cell, plot.bottom() - (run.share + run.cells) * cell, cell, run.cells * cell))
    return paths


def paint_fingerprint(painter: QPainter, rect: QRectF, figure: Fingerprint, font: QFont) -> None:
    """``figure`` in ``rect`` as the HTML export's SVG draws it (core.integrity_svg.fingerprint_svg): the title and the
    note on two lines above, a square plot of FINGERPRINT_SIDE_PX (smaller if ``rect`` is), each shade one filled path,
    ticks and labels every 10 points on both axes, turnout's label under it and the share's turned up its left."""
    metrics = QFontMetricsF(font)
    line = metrics.height()
    left = line + 4.0 + metrics.horizontalAdvance("100") + 6.0
    top = 2 * line + 6.0
    room = min(rect.width() - left - metrics.horizontalAdvance("100") / 2 - 2.0, rect.height() - top - 2 * line - 8.0)
    side = min(FINGERPRINT_SIDE_PX, room)
    plot = QRectF(rect.left() + left, rect.top() + top, side, side)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(font)
    painter.setPen(QColor(AXIS_COLOUR))
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line), flags, figure.title)
    painter.drawText(QRectF(rect.left(), rect.top() + line, rect.width(), line), flags, figure.note)
    painter.setPen(Qt.PenStyle.NoPen)
    for level, path in sorted(fingerprint_paths(figure.grid, plot).items()):
        painter.setBrush(QBrush(QColor(shade(level))))
        painter.drawPath(path)
    pen = QPen(QColor(AXIS_COLOUR))
    pen.setWidthF(0.6)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    centred = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    for percent in range(0, 101, 10):
        x, y = plot.left() + side * percent / 100, plot.bottom() - side * percent / 100
        painter.drawLine(QLineF(x, plot.bottom(), x, plot.bottom() + 4.0))
        painter.drawLine(QLineF(plot.left() - 4.0, y, plot.left(), y))
        painter.drawText(QRectF(x - 20.0, plot.bottom() + 4.0, 40.0, line), centred, str(percent))
        painter.drawText(
            QRectF(rect.left(), y - line / 2, left - 6.0, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(percent),
        )
    painter.drawText(QRectF(plot.left() - left, plot.bottom() + 4.0 + line, side + 2 * left, line), centred, figure.x_label)
    painter.translate(rect.left(), plot.center().y())
    painter.rotate(-90.0)
    painter.drawText(QRectF(-side, 0.0, 2 * side, line), centred, figure.y_label)
    painter.restore()
