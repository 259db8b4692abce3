"""Horizontal bar geometry and painting shared by the window's bar and change charts, exports and the report.

Pure QPainter (no widgets). Every bar has a row of its own, at least a line of text high, so
labels never overlap: what doesn't fit is one "+M more" line that says what it adds up to.
Names sit in a column on the left (elided, whole in the tooltip), the figures after the bar.
A change chart is the same rows around a zero line: gains to the right, losses to the left.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from electview.core.bars import BARS, bar_rows, chart_for
from electview.core.change_bars import diverging_axis
from electview.core.formatting import format_count, format_share
from electview.core.outcomes import outcome
from electview.core.tally import ContestTally
from electview.core.terminal import isolate

ROW_PADDING = 4.0  # pixels between a row's text line and the next row's
NAME_SHARE = 0.38  # the name column's widest, as a share of the chart's width
BAR_THICKNESS = 0.72  # a bar's height as a share of its row


@dataclass(frozen=True, slots=True)
class Bar:
    """One row: a candidate (``rows``: its index in the contest), its bar's length and the texts beside it.

    ``value`` is what the bar's length shows (a share in percent, or a change in points); NaN:
    no bar, ``figure`` says why ("not reported"). ``marked``: a winner (bold, its status said).
    """

    name: str
    figure: str
    value: float
    colour: str
    rows: tuple[int, ...]
    estimated: bool = False
    marked: bool = False


@dataclass(frozen=True)
class BarColours:
    text: QColor
    muted: QColor
    line: QColor
    highlight: QColor
    background: QColor  # behind the figures, so the majority line never runs through their digits

    @classmethod
    def on_paper(cls) -> BarColours:
        return cls(QColor("#1A1A1A"), QColor("#555555"), QColor("#1A1A1A"), QColor(0, 114, 178, 60), QColor("white"))


@dataclass(frozen=True)
class BarLayout:
    """Where each row went: ``rows[i]`` is bar *i*'s band (hover, click, the selection's highlight)."""

    rows: tuple[QRectF, ...]
    bars: tuple[QRectF, ...]
    names: tuple[QRectF, ...]
    figures: tuple[QRectF, ...]
    more: QRectF | None
    line_x: float | None  # the threshold's (or the zero line's) x
    top: float
    bottom: float


def row_height(font: QFont) -> float:
    return QFontMetricsF(font).height() + ROW_PADDING


def header_lines(header: str) -> int:
    """Lines the header takes above the bars (one per line of ``header``)."""
    return header.count("\n") + 1 if header else 0


def rows_that_fit(height: float, font: QFont, header: bool | int = True) -> int:
    """How many rows (bars and the "+M more" line) fit in ``height`` pixels below ``header`` lines; at least one."""
    usable = height - row_height(font) * int(header)
    return max(1, int(usable // row_height(font)))


def _scale_extent(bars: Sequence[Bar], threshold: float | None, diverging: bool) -> tuple[float, float]:
    values = [abs(b.value) if diverging else b.value for b in bars if math.isfinite(b.value)]
    top = max(values, default=0.0)
    if threshold is not None and math.isfinite(threshold):
        top = max(top, threshold)
    return (-top if diverging else 0.0), (top if top > 0 else 1.0)


def layout_bars(
    bounds: QRectF,
    bars: Sequence[Bar],
    font: QFont,
    more: str = "",
    threshold: float | None = None,
    diverging: bool = False,
    header: str = "",
) -> BarLayout:
    """Rows from the top of ``bounds`` (a header line first when ``header`` or ``threshold`` needs one)."""
    metrics = QFontMetricsF(font)
    height = row_height(font)
    top = bounds.top() + height * max(header_lines(header), 1 if threshold is not None else 0)
    widest_name = max((metrics.horizontalAdvance(b.name) for b in bars), default=0.0)
    bold = QFont(font)
    bold.setBold(True)
    bold_metrics = QFontMetricsF(bold)
    widest_name = max([widest_name, *(bold_metrics.horizontalAdvance(b.name) for b in bars if b.marked)])
    name_width = min(widest_name + 8.0, bounds.width() * NAME_SHARE)
    figure_widths = [(bold_metrics if b.marked else metrics).horizontalAdvance(b.figure) + 8.0 for b in bars]
    widest_figure = max(figure_widths, default=0.0)
    left = bounds.left() + name_width
    right = bounds.right() - 2.0
    low, high = _scale_extent(bars, threshold, diverging)
    if diverging:
        losses = [width for b, width in zip(bars, figure_widths, strict=True) if math.isfinite(b.value) and b.value < 0]
        gains = [width for b, width in zip(bars, figure_widths, strict=True) if not (math.isfinite(b.value) and b.value < 0)]
        axis = diverging_axis([b.value for b in bars], left, right, max(gains, default=0.0), max(losses, default=0.0))
        zero, scale = axis.zero, axis.scale
    else:
        # As long as the bars can be with every bar's own figure still after its end.
        zero = left
        limits = [(right - zero - width) / b.value for b, width in zip(bars, figure_widths, strict=True) if math.isfinite(b.value) and b.value > 0]
        if threshold is not None and math.isfinite(threshold) and threshold > 0:
            limits.append((right - zero - 4.0) / threshold)
        scale = max(min(limits, default=(right - zero) / high), 0.0)

    def x_of(value: float) -> float:
        return zero + value * scale

    rows, rects, names, figures = [], [], [], []
    for index, bar in enumerate(bars):
        y = top + index * height
        rows.append(QRectF(bounds.left(), y, bounds.width(), height))
        names.append(QRectF(bounds.left(), y, name_width - 6.0, height))
        thick = height * BAR_THICKNESS
        if math.isfinite(bar.value):
            end = x_of(bar.value)
            rect = QRectF(min(zero, end), y + (height - thick) / 2, abs(end - zero), thick)
        else:
            end = zero
            rect = QRectF(zero, y + (height - thick) / 2, 0.0, thick)
        rects.append(rect)
        if diverging and math.isfinite(bar.value) and bar.value < 0:
            figures.append(QRectF(rect.left() - widest_figure, y, widest_figure - 4.0, height))
        else:
            figures.append(QRectF(rect.right() + 4.0, y, widest_figure, height))
    bottom = top + len(bars) * height
    more_rect = QRectF(bounds.left(), bottom, bounds.width(), height) if more else None
    line_x = zero if diverging else (x_of(threshold) if threshold is not None and math.isfinite(threshold) else None)
    return BarLayout(tuple(rows), tuple(rects), tuple(names), tuple(figures), more_rect, line_x, top, bottom + (height if more else 0.0))


def bar_at(layout: BarLayout, point: QPointF) -> int | None:
    """Index of the row under ``point`` (its whole band, name included), or None."""
    for index, row in enumerate(layout.rows):
        if row.contains(point):
            return index
    return None


def paint_bars(
    painter: QPainter,
    bounds: QRectF,
    bars: Sequence[Bar],
    font: QFont,
    colours: BarColours,
    more: str = "",
    threshold: float | None = None,
    threshold_label: str = "",
    selected: Sequence[int] = (),
    diverging: bool = False,
    header: str = "",
) -> BarLayout:
    """Draw the rows into ``bounds``; rows whose index is in ``selected`` are highlighted."""
    layout = layout_bars(bounds, bars, font, more, threshold, diverging, header)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    bold = QFont(font)
    bold.setBold(True)
    metrics, bold_metrics = QFontMetricsF(font), QFontMetricsF(bold)
    middle = Qt.AlignmentFlag.AlignVCenter
    if header:
        painter.setFont(font)
        painter.setPen(colours.muted)
        line_height = row_height(font)
        for number, line in enumerate(header.split("\n")):
            head = QRectF(bounds.left(), bounds.top() + number * line_height, bounds.width(), line_height)
            painter.drawText(head, Qt.AlignmentFlag.AlignLeft | middle, metrics.elidedText(line, Qt.TextElideMode.ElideMiddle, head.width()))
    for index in selected:
        if 0 <= index < len(layout.rows):
            painter.fillRect(layout.rows[index], colours.highlight)
    for index, bar in enumerate(bars):
        rect = layout.bars[index]
        fill = QColor(bar.colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(fill))
        painter.drawRect(rect)
        if bar.estimated and rect.width() > 0:
            # Hatched as the pie's estimated wedges: "derived" reads without colour as well.
            painter.setBrush(QBrush(QColor(255, 255, 255, 110), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(rect)
        if index in selected and rect.width() > 0:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colours.text, 1.5))
            painter.drawRect(rect)
    if layout.line_x is not None and bars:
        pen = QPen(colours.line, 1.5, Qt.PenStyle.SolidLine if diverging else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(layout.line_x, layout.top - 2.0), QPointF(layout.line_x, layout.bottom - (row_height(font) if more else 0.0)))
        if threshold_label and not diverging:
            painter.setFont(font)
            painter.setPen(colours.muted)
            width = metrics.horizontalAdvance(threshold_label) + 4.0
            x = max(bounds.left(), min(layout.line_x - width / 2, bounds.right() - width))
            painter.drawText(QRectF(x, bounds.top(), width, layout.top - bounds.top()), Qt.AlignmentFlag.AlignCenter, threshold_label)
    for index, bar in enumerate(bars):
        name_font, name_metrics = (bold, bold_metrics) if bar.marked else (font, metrics)
        painter.setFont(name_font)
        painter.setPen(colours.text)
        name_box = layout.names[index]
        painter.drawText(name_box, Qt.AlignmentFlag.AlignRight | middle, name_metrics.elidedText(bar.name, Qt.TextElideMode.ElideRight, name_box.width()))
        figure_box = layout.figures[index]
        negative = diverging and math.isfinite(bar.value) and bar.value < 0
        align = Qt.AlignmentFlag.AlignRight if negative else Qt.AlignmentFlag.AlignLeft
        room = figure_box.width() if negative else max(bounds.right() - figure_box.left(), 0.0)
        text = name_metrics.elidedText(bar.figure, Qt.TextElideMode.ElideRight, room)
        width = name_metrics.horizontalAdvance(text)
        text_left = figure_box.right() - width if negative else figure_box.left()
        text_box = QRectF(text_left, figure_box.top(), width, figure_box.height())
        if layout.line_x is not None and text_box.left() - 2 <= layout.line_x <= text_box.right() + 2:
            painter.fillRect(text_box.adjusted(-2, 2, 2, -2), colours.background)
        painter.setPen(colours.text if math.isfinite(bar.value) else colours.muted)
        painter.drawText(text_box.adjusted(0, 0, 1, 0), align | middle, text)
    if layout.more is not None:
        painter.setFont(font)
        painter.setPen(colours.muted)
        painter.drawText(layout.more, Qt.AlignmentFlag.AlignLeft | middle, metrics.elidedText(more, Qt.TextElideMode.ElideRight, layout.more.width()))
    painter.restore()
    return layout


def shows_bars(result: ContestTally) -> bool:
    """Whether the window would open ``result`` on bars (core.bars.chart_for), so exports and the report do too."""
    return chart_for(result) == BARS


def result_bars(result: ContestTally, room: int) -> tuple[list[Bar], str]:
    """A contest's bars as the window shows them (order by votes, winners always in, "+M more" for the rest), for
    exports and the printed report, which have the tally and not the window's model."""
    decided = outcome(result, final=False)  # who gets a bar; the same winners whatever the status says
    winners = set(decided.winners)
    keep = np.zeros(len(result.candidates), dtype=bool)
    keep[list(winners)] = True
    rows = bar_rows(result.order_shown(), result.votes, result.share, room, keep)
    bars = []
    for row in rows.rows:
        share = float(result.share[row])
        votes = format_count(result.votes[row])
        figure = f"{format_share(share)} · {'≈ ' if result.votes_estimated[row] else ''}{votes}" if math.isfinite(share) else format_share(share)
        estimated = bool(result.share_derived[row] and result.votes_estimated[row])
        bars.append(Bar(isolate(result.candidates[row].name), figure, share, result.colours[row], (row,), estimated, row in winners))
    more = ""
    if rows.more:
        more = QCoreApplication.translate("Report", "+{0} more: {1} votes, {2} together").format(
            format_count(rows.more), format_count(rows.rest_votes), format_share(rows.rest_share)
        )
    return bars, more


def paint_result_bars(painter: QPainter, bounds: QRectF, result: ContestTally, font: QFont, colours: BarColours | None = None) -> BarLayout:
    """The contest's bars filling ``bounds`` with as many rows as ``font`` leaves room for (exports, the report)."""
    bars, more = result_bars(result, rows_that_fit(bounds.height(), font, 0))
    return paint_bars(painter, bounds, bars, font, colours or BarColours.on_paper(), more)
