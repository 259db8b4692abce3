"""The printed report's integrity histograms: stations per 0.1-point bin drawn as one vector path, with their axes."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from electview.core.formatting import format_count

BAR_COLOUR = "#3c6e9f"
AXIS_COLOUR = "#555555"


def histogram_font() -> QFont:
    """7.5 pt at 96 dpi, as the report's notes and the bars' text."""
    font = QFont()
    font.setPixelSize(10)
    return font


#: The last bin (100% and above) is cut when it is more than this many times the tallest other bin.
CUT_RATIO = 2.0


def histogram_top(counts: np.ndarray) -> tuple[int, bool]:
    """The count the plot's full height stands for, and whether the last bin is cut at the top: stations at 100%
    turnout (small ones, hospitals, ships) can outnumber any other bin many times (251 against 34 in the CIK 2021
    file), which would flatten the whole distribution to the axis; then the scale is the other bins' and the last
    one's count is printed instead."""
    if not len(counts):
        return 0, False
    others = int(counts[:-1].max()) if len(counts) > 1 else 0
    last = int(counts[-1])
    if others > 0 and last > CUT_RATIO * others:
        return others, True
    return max(others, last), False


def histogram_path(counts: np.ndarray, plot: QRectF, top: int | None = None) -> QPainterPath:
    """The bins' outline as one closed step path over ``plot``: bin k spans (k − ½ … k + ½) tenths of a point, so a
    whole percent's bin sits on its tick; a bin of ``top`` stations (default: the tallest) or more reaches the top."""
    bins = len(counts)
    path = QPainterPath()
    top = (int(counts.max()) if bins else 0) if top is None else top
    if not bins or top <= 0:
        return path
    step = plot.width() / bins
    heights = plot.bottom() - plot.height() * np.minimum(counts, top).astype(np.float64) / top
    path.moveTo(plot.left(), plot.bottom())
    for k, y in enumerate(heights):
        # Runs of equal bins (the empty ends) as one edge, so the path stays short.
        if k and y == heights[k - 1]:
            continue
        x = plot.left() + k * step
        path.lineTo(x, path.currentPosition().y())
        path.lineTo(x, float(y))
    path.lineTo(plot.right(), path.currentPosition().y())
    path.lineTo(plot.right(), plot.bottom())
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
    step = plot.width() / 1001
    for percent in range(101):
        x = plot.left() + (10 * percent + 0.5) * step  # the middle of the whole percent's bin
        length = 5.0 if percent % 10 == 0 else 2.0
        painter.drawLine(QLineF(x, plot.bottom(), x, plot.bottom() + length))
        if percent % 10 == 0:
            label = QRectF(x - 20.0, plot.bottom() + 5.0, 40.0, line)
            painter.drawText(label, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), str(percent))
    painter.drawText(
        QRectF(rect.left(), plot.top() - line / 2, left - 5.0, line),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        tallest,
    )
    painter.drawText(QPointF(rect.left() + left - 5.0 - metrics.horizontalAdvance("0"), plot.bottom()), "0")
    painter.restore()
