"""A pyqtgraph plot as a PNG or SVG file (pyqtgraph's own exporters), written atomically, on a white page."""

from __future__ import annotations

import os

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QPainter

from electview.core.atomic import write_bytes_atomic
from electview.ui.chart_export import svg_bytes

PNG_WIDTH = 1600  # pixels: sharp at a page's width


def plot_png(plot: pg.PlotWidget, width: int = PNG_WIDTH) -> bytes:
    exporter = pyqtgraph.exporters.ImageExporter(plot.getPlotItem())
    exporter.parameters()["background"] = QColor("white")
    exporter.parameters()["width"] = width  # the exporter keeps the plot's proportions
    image = exporter.export(toBytes=True)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("could not encode the plot as PNG")
    return bytes(buffer.data().data())


def plot_svg(plot: pg.PlotWidget) -> bytes:
    """Vector: the scene drawn into Qt's SVG generator, so curves are paths and labels text (an image item, such as
    the 2-D histogram, stays a bitmap). pyqtgraph's SVGExporter is not used: with Qt 6's SVG output it fails on
    the coordinates it rewrites (pyqtgraph 0.14: "not enough values to unpack")."""
    item = plot.getPlotItem()
    source = item.sceneBoundingRect()
    size = QSize(max(1, round(source.width())), max(1, round(source.height())))

    def paint(painter: QPainter) -> None:
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("white"))
        item.scene().render(painter, QRectF(0, 0, size.width(), size.height()), source)

    return svg_bytes(size, item.titleLabel.text or "", paint)


def export_plot(plot: pg.PlotWidget, path: str | os.PathLike) -> None:
    """Write ``plot`` to ``path``: SVG when the name ends in .svg, PNG otherwise."""
    data = plot_svg(plot) if os.fspath(path).lower().endswith(".svg") else plot_png(plot)
    write_bytes_atomic(path, data)
