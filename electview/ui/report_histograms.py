"""The printed report's integrity histograms: stations per 0.1-point bin drawn as one vector path, with their axes."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from electview.core.formatting import format_count
from electview.core.histogram_geometry import AXIS_COLOUR, BAR_COLOUR, histogram_top, percent_ticks, step_outline

__all__ = ["BAR_COLOUR", "histogram_font", "histogram_path", "histogram_top", "paint_histogram"]


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
    plot = QRectF(rect.left() + left, rect.top() + line + 4.0, rect.width() - left - metrics.horizontalAdvance("100") / 2 - 2.0, 0.0)
    plot.setBottom(rect.bottom() - line - 6.0)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setFont(font)
    painter.setPen(QColor(AXIS_COLOUR))
    heading = QRectF(rect.left(), rect.top(), rect.width(), line)
    painter.drawText(heading, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    painter.drawText(heading, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), note)
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
