"""Pie geometry and painting shared by the on-screen chart and the printed report.

Pure QPainter (no widgets), so the window, the PDF report and SVG export draw the same
vector slices in the same colours.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from electview.core.palette import OTHER_COLOUR

# Slices under this share are folded into "Other" (when at least two are that small).
DEFAULT_GROUP_THRESHOLD = 2.0
LIFT_FRACTION = 0.07  # how far a lifted slice moves out, as a fraction of the radius

# A pattern per slice position, over the colour, so slices tell apart without colour vision
# (and in greyscale print). The first (largest) slice stays plain; BDiagPattern is left out
# because it marks computed shares.
SLICE_PATTERNS: tuple[Qt.BrushStyle | None, ...] = (
    None,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.VerPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.DiagCrossPattern,
    Qt.BrushStyle.Dense6Pattern,
)


@dataclass(frozen=True, slots=True)
class PieSlice:
    """One wedge: a candidate, or "Other" standing for several (``rows`` are candidate indices)."""

    label: str
    value: float
    colour: str
    rows: tuple[int, ...]
    estimated: bool = False

    @property
    def is_group(self) -> bool:
        return len(self.rows) > 1


def slice_pattern(index: int) -> Qt.BrushStyle | None:
    """The pattern drawn over slice ``index`` (None: plain colour)."""
    return SLICE_PATTERNS[index % len(SLICE_PATTERNS)]


def _pattern_brush(colour: QColor, style: Qt.BrushStyle) -> QBrush:
    # Dark lines on light colours, light lines on dark ones: the pattern must show on both.
    ink = QColor(0, 0, 0, 110) if colour.lightnessF() > 0.55 else QColor(255, 255, 255, 130)
    return QBrush(ink, style)


def paint_swatch(painter: QPainter, rect: QRectF, colour: str, index: int) -> None:
    """A legend key: the slice's colour and pattern."""
    fill = QColor(colour)
    painter.fillRect(rect, fill)
    style = slice_pattern(index)
    if style is not None:
        painter.fillRect(rect, _pattern_brush(fill, style))


def build_slices(
    labels: Sequence[str],
    values: Sequence[float],
    colours: Sequence[str],
    estimated: Sequence[bool] | None = None,
    threshold: float = DEFAULT_GROUP_THRESHOLD,
    other_label: str = "Other",
    keep: Sequence[bool] | np.ndarray | None = None,
) -> list[PieSlice]:
    """Slices largest first; unknown or zero values are left out; small ones grouped.

    ``keep`` marks candidates never folded into "Other", however small: winners, seat-holders,
    the tied and the leader (see :func:`electview.core.outcomes.keep_apart`), so "Other" never
    hides who won.

    Works on whole arrays: a national contest can have thousands of candidates (and the
    chart rebuilds its slices on every frame of a glide).
    """
    estimated = estimated if estimated is not None else [False] * len(values)
    array = np.array(values, dtype=float)  # None → NaN
    present = np.flatnonzero(np.isfinite(array) & (array > 0))
    total = sum(array[present].tolist())
    if total <= 0:
        return []
    present = present[np.argsort(-array[present], kind="stable")]
    is_small = array[present] / total * 100.0 < threshold
    if keep is not None and len(keep) == len(array):
        is_small &= ~np.asarray(keep, dtype=bool)[present]
    if is_small.sum() < 2:
        is_small[:] = False
    slices = [
        PieSlice(labels[i], float(array[i]), colours[i], (i,), bool(estimated[i])) for i in present[~is_small].tolist()
    ]
    small = present[is_small].tolist()
    if small:
        slices.append(
            PieSlice(
                other_label,
                float(sum(array[small].tolist())),
                OTHER_COLOUR,
                tuple(small),
                any(estimated[i] for i in small),
            )
        )
    return slices


def slice_angles(slices: Sequence[PieSlice]) -> list[tuple[float, float]]:
    """(start, span) in degrees, Qt's convention (counter-clockwise from 3 o'clock).

    The first slice starts at 12 o'clock and slices run clockwise, as readers expect.
    """
    total = sum(s.value for s in slices)
    angles = []
    start = 90.0
    for piece in slices:
        span = -piece.value / total * 360.0 if total else 0.0
        angles.append((start, span))
        start += span
    return angles


def _lift_offset(start: float, span: float, radius: float) -> QPointF:
    middle = math.radians(start + span / 2.0)
    distance = radius * LIFT_FRACTION
    return QPointF(math.cos(middle) * distance, -math.sin(middle) * distance)


def pie_rect(bounds: QRectF) -> QRectF:
    """The largest centred square in ``bounds``, shrunk so a lifted slice still fits."""
    side = min(bounds.width(), bounds.height()) / (1.0 + 2 * LIFT_FRACTION)
    return QRectF(bounds.center().x() - side / 2, bounds.center().y() - side / 2, side, side)


def paint_pie(
    painter: QPainter,
    bounds: QRectF,
    slices: Sequence[PieSlice],
    lifted: Sequence[int] = (),
    outline: QColor | None = None,
) -> None:
    """Draw the slices into ``bounds``; slices whose index is in ``lifted`` stand out."""
    rect = pie_rect(bounds)
    if not slices:
        painter.setPen(QPen(QColor("#9A9A9A"), 1.0, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(outline or QColor("white"), max(1.0, rect.width() / 250.0))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for index, (piece, (start, span)) in enumerate(zip(slices, slice_angles(slices), strict=True)):
        target = QRectF(rect)
        if index in lifted:
            target.translate(_lift_offset(start, span, rect.width() / 2.0))
        painter.setPen(pen)
        fill = QColor(piece.colour)
        painter.setBrush(QBrush(fill))
        if len(slices) == 1:
            painter.drawEllipse(target)
        else:
            painter.drawPie(target, round(start * 16), round(span * 16))
        pattern = slice_pattern(index)
        if pattern is not None and len(slices) > 1:
            painter.setBrush(_pattern_brush(fill, pattern))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPie(target, round(start * 16), round(span * 16))
        if piece.estimated:
            # Hatch estimated wedges so "derived" reads without colour as well.
            painter.setBrush(QBrush(QColor(255, 255, 255, 90), Qt.BrushStyle.BDiagPattern))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPie(target, round(start * 16), round(span * 16))


def slice_path(bounds: QRectF, slices: Sequence[PieSlice], index: int) -> QPainterPath:
    """The outline of one slice, for hit-testing and hover."""
    rect = pie_rect(bounds)
    start, span = slice_angles(slices)[index]
    path = QPainterPath(rect.center())
    path.arcTo(rect, start, span)
    path.closeSubpath()
    return path


def slice_at(bounds: QRectF, slices: Sequence[PieSlice], point: QPointF) -> int | None:
    """Index of the slice under ``point``, or None."""
    rect = pie_rect(bounds)
    centre = rect.center()
    dx, dy = point.x() - centre.x(), point.y() - centre.y()
    if not slices or math.hypot(dx, dy) > rect.width() / 2.0 * (1 + LIFT_FRACTION):
        return None
    angle = math.degrees(math.atan2(-dy, dx))
    for index, (start, span) in enumerate(slice_angles(slices)):
        # Spans are negative (clockwise); compare in [0, 360) from the slice's start.
        offset = (start - angle) % 360.0
        if offset <= -span + 1e-9:
            return index
    return None


def threshold_angle(fraction: float) -> float:
    """Qt angle (degrees) of the point ``fraction`` of the way round, clockwise from 12 o'clock."""
    return 90.0 - fraction * 360.0


def paint_threshold(painter: QPainter, bounds: QRectF, fraction: float, colour: QColor | None = None) -> None:
    """A dashed radius at ``fraction`` of the pie (0.5: 6 o'clock), drawn over the slices.

    Slices run clockwise from 12 o'clock, largest first, so a leader with a majority
    visibly crosses the line.
    """
    rect = pie_rect(bounds)
    radius = rect.width() / 2.0 * (1.0 + LIFT_FRACTION)
    angle = math.radians(threshold_angle(fraction))
    centre = rect.center()
    end = QPointF(centre.x() + math.cos(angle) * radius, centre.y() - math.sin(angle) * radius)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    width = max(1.5, rect.width() / 120.0)
    # A light halo under a dark dashed line reads on any slice colour and on dark themes.
    painter.setPen(QPen(QColor(255, 255, 255, 220), width * 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(centre, end)
    painter.setPen(QPen(colour or QColor("#1A1A1A"), width, Qt.PenStyle.DashLine, Qt.PenCapStyle.FlatCap))
    painter.drawLine(centre, end)
