"""The chart as image files: PNG and SVG with a legend, and the bare SVG chart the HTML report embeds.

Drawn by :func:`pie_painter.paint_pie` with the report's slices, or as bars by
:func:`bar_painter.paint_result_bars` where the window would open on bars, so exported charts
match the printed report and the window; :func:`titled_png` / :func:`titled_svg` put any
painted chart (the change chart) under a title. Needs a QGuiApplication (fonts), never a widget.
"""

from __future__ import annotations

import base64
import os

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from electview.core.atomic import write_bytes_atomic
from electview.core.bars import REPORT_BARS_WIDTH_RATIO
from electview.core.formatting import format_share
from electview.core.model import ResultsDataset
from electview.core.report_html import PIE_SIZE_PX
from electview.core.report_rounds import SANKEY_HEIGHT_PX, SANKEY_WIDTH_PX, name_colours
from electview.core.tally import ContestTally
from electview.ui.bar_painter import paint_result_bars, shows_bars
from electview.ui.pie_painter import paint_pie
from electview.ui.report_printer import report_bar_font, report_slices
from electview.ui.sankey_painter import paint_sankey

CHART_SIZE = QSize(960, 540)  # logical pixels; PNGs are drawn at twice this for sharp text
PNG_SCALE = 2


def chart_title(dataset: ResultsDataset, result: ContestTally) -> str:
    return dataset.election.title


def chart_subtitle(dataset: ResultsDataset, result: ContestTally) -> str:
    """Contest, status (never omitted) and date, e.g. "President · PRELIMINARY · 2019-06-09"."""
    election = dataset.election
    parts = [result.contest.name if result.contest.name != election.title else "", election.status.label, election.date]
    return " · ".join(part for part in parts if part)


def _text_line(painter: QPainter, font: QFont, box: QRectF, text: str, colour: str) -> float:
    """Draw one elided line at the top of ``box``; returns its height."""
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(QColor(colour))
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width())
    painter.drawText(QRectF(box.left(), box.top(), box.width(), metrics.height()), Qt.AlignmentFlag.AlignLeft, shown)
    return metrics.height()


def paint_chart(painter: QPainter, size: QSize, dataset: ResultsDataset, result: ContestTally) -> None:
    """Title and subtitle on top, then the bars where the window would open on bars (their names are their legend),
    else the pie on the left and a legend (colour, name, share) on the right."""
    paint_titled(painter, size, chart_title(dataset, result), chart_subtitle(dataset, result), lambda p, area, font: _paint_result(p, area, font, result))


def _paint_result(painter: QPainter, area: QRectF, font: QFont, result: ContestTally) -> None:
    if shows_bars(result):
        paint_result_bars(painter, area, result, font)
        return
    side = min(area.height(), area.width() * 0.5)
    paint_pie(painter, QRectF(area.left(), area.top(), side, side), report_slices(result))
    gap = area.left()  # the page's margin, between the pie and its legend too
    _paint_legend(painter, QRectF(area.left() + side + gap, area.top(), area.width() - side - gap, area.height()), result)


def paint_titled(painter: QPainter, size: QSize, title: str, subtitle: str, paint_body) -> None:
    """A white page with ``title`` and ``subtitle`` on top; ``paint_body(painter, rect, font)`` draws the rest."""
    width, height = float(size.width()), float(size.height())
    margin = height * 0.05
    painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
    title_font = QFont()
    title_font.setPixelSize(max(10, round(height * 0.045)))
    title_font.setBold(True)
    subtitle_font = QFont()
    subtitle_font.setPixelSize(max(8, round(height * 0.032)))
    text_box = QRectF(margin, margin, width - 2 * margin, height)
    top = margin + _text_line(painter, title_font, text_box, title, "#1a1a1a")
    text_box.moveTop(top)
    top += _text_line(painter, subtitle_font, text_box, subtitle, "#555555") + margin * 0.6
    font = QFont()
    font.setPixelSize(max(7, round(height * 0.026)))
    paint_body(painter, QRectF(margin, top, width - 2 * margin, height - top - margin), font)


def titled_png(size: QSize, title: str, subtitle: str, paint_body, scale: int = PNG_SCALE) -> bytes:
    """:func:`paint_titled` as PNG bytes, drawn at ``scale`` times ``size`` for sharp text."""
    image = QImage(size * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    paint_titled(painter, size, title, subtitle, paint_body)
    painter.end()
    return _png_bytes(image)


def titled_svg(size: QSize, title: str, subtitle: str, paint_body) -> bytes:
    return svg_bytes(size, f"{title} — {subtitle}", lambda painter: paint_titled(painter, size, title, subtitle, paint_body))


def _paint_legend(painter: QPainter, area: QRectF, result: ContestTally) -> None:
    order = result.order_shown()
    if not order:
        return
    row = min(area.height() / len(order), area.height() * 0.08)
    font = QFont()
    font.setPixelSize(max(6, round(row * 0.5)))
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    share_width = metrics.horizontalAdvance("100.00%")
    for line, index in enumerate(order):
        y = area.top() + line * row
        swatch = QRectF(area.left(), y + row * 0.22, row * 0.56, row * 0.56)
        painter.fillRect(swatch, QColor(result.colours[index]))
        painter.setPen(QColor("#1a1a1a"))
        name_left = swatch.right() + row * 0.35
        name_room = area.right() - name_left - share_width - row * 0.4
        name = metrics.elidedText(result.candidates[index].name, Qt.TextElideMode.ElideRight, max(name_room, 0.0))
        painter.drawText(QRectF(name_left, y, name_room, row), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        share_box = QRectF(area.right() - share_width, y, share_width, row)
        share = format_share(result.share[index], "unknown")
        painter.drawText(share_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, share)


def chart_image(dataset: ResultsDataset, result: ContestTally, size: QSize = CHART_SIZE, scale: int = PNG_SCALE) -> QImage:
    image = QImage(size * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    paint_chart(painter, size, dataset, result)
    painter.end()
    return image


def _png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("could not encode the chart as PNG")
    return bytes(buffer.data())


def export_png(dataset: ResultsDataset, result: ContestTally, path: str | os.PathLike, size: QSize = CHART_SIZE) -> None:
    write_bytes_atomic(path, _png_bytes(chart_image(dataset, result, size)))


def svg_bytes(size: QSize, title: str, paint) -> bytes:
    """What ``paint(painter)`` draws on ``size`` logical pixels, as an SVG document."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setResolution(96)  # logical pixels are CSS pixels
    painter = QPainter(generator)
    paint(painter)
    painter.end()
    return bytes(buffer.data())


def chart_svg(dataset: ResultsDataset, result: ContestTally, size: QSize = CHART_SIZE) -> bytes:
    """The chart with its legend as SVG (vector: slices are paths, text is text)."""
    title = f"{chart_title(dataset, result)} — {chart_subtitle(dataset, result)}"
    return svg_bytes(size, title, lambda painter: paint_chart(painter, size, dataset, result))


def export_svg(dataset: ResultsDataset, result: ContestTally, path: str | os.PathLike, size: QSize = CHART_SIZE) -> None:
    write_bytes_atomic(path, chart_svg(dataset, result, size))


def pie_svg_data_uri(index: int, result: ContestTally) -> str:
    """The bare pie as an SVG ``data:`` address, for the HTML report (its table is the legend); bars where the window
    would show bars."""
    if shows_bars(result):  # as wide as the report's <img> for bars
        wide = QSize(round(PIE_SIZE_PX * REPORT_BARS_WIDTH_RATIO), PIE_SIZE_PX)
        area = QRectF(0, 0, wide.width(), wide.height())
        svg = svg_bytes(wide, result.contest.name, lambda painter: paint_result_bars(painter, area, result, report_bar_font()))
        return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
    size = QSize(PIE_SIZE_PX, PIE_SIZE_PX)
    bounds = QRectF(0, 0, PIE_SIZE_PX, PIE_SIZE_PX)
    slices = report_slices(result)
    svg = svg_bytes(size, result.contest.name, lambda painter: paint_pie(painter, bounds, slices))
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def sankey_svg_data_uri(index: int, result: ContestTally) -> str:
    """A ranked-choice contest's transfers as an SVG ``data:`` address, for the HTML report (the window's drawing)."""
    size = QSize(SANKEY_WIDTH_PX, SANKEY_HEIGHT_PX)
    count = result.contest.ranked
    colours = name_colours(result)
    bounds = QRectF(0, 0, SANKEY_WIDTH_PX, SANKEY_HEIGHT_PX)
    svg = svg_bytes(size, result.contest.name, lambda painter: paint_sankey(painter, bounds, count, colours) if count is not None else None)
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
