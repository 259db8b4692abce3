"""Transfers of a ranked-choice count as a Sankey chart (pyqtgraph): rounds left to right, flows sized by votes."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QPalette, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem

from electview.core.ranked import RankedCount
from electview.ui.sankey_painter import INACTIVE, NODE_WIDTH, Flow, band_colour, band_path, flows_of, node_colours, sankey_layout
from electview.ui.text import format_votes

__all__ = ["INACTIVE", "Flow", "SankeyChart", "flows_of"]

PADDING = 0.02  # of the range, each side


class SankeyChart(pg.PlotWidget):
    """The flows of :func:`flows_of`, a column of stacked nodes per round; hover a flow for its votes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, background=None)
        self.hideAxis("left")
        self.getPlotItem().setMouseEnabled(False, False)
        self.getPlotItem().hideButtons()
        self.setMenuEnabled(False)
        self.flow_items: list[tuple[Flow, QGraphicsPathItem]] = []
        self.labels: list[pg.TextItem] = []
        self.node_items: dict[tuple[int, str], QGraphicsRectItem] = {}
        self._colours: dict[str, QColor] = {}
        self._highlighted: set[str] = set()
        self._extent: tuple[int, float] | None = None  # (the last round's index, the columns' depth) while a count is shown
        self.getPlotItem().getViewBox().sigResized.connect(lambda *_: self._fit())  # the names' room is in pixels

    def set_count(self, count: RankedCount | None, colours: dict[str, str] | None = None) -> None:
        self.clear()
        self.flow_items, self.node_items, self._extent = [], {}, None
        if count is None:
            return
        self._colours = node_colours(count, colours)
        nodes, bands = sankey_layout(count)  # the geometry the printed report draws too
        for node in nodes:
            rect = QGraphicsRectItem(node.round_index - NODE_WIDTH / 2, -node.top - node.height, NODE_WIDTH, node.height)
            rect.setBrush(QBrush(self._colours[node.name]))
            rect.setPen(QPen(pg.mkColor(0, 0, 0, 0)))
            shown = node.name if node.name != INACTIVE else self.tr("Inactive ballots")
            rect.setToolTip(self.tr("{0}, round {1}: {2}").format(shown, node.round_index + 1, format_votes(node.votes)))
            self.addItem(rect)
            self.node_items[(node.round_index, node.name)] = rect
        for band in bands:
            flow = band.flow
            item = QGraphicsPathItem(band_path(band, -1.0))
            item.setBrush(QBrush(band_colour(self._colours[flow.source], flow.transferred)))
            item.setPen(QPen(pg.mkColor(0, 0, 0, 0)))
            item.setToolTip(self._flow_tip(flow))
            self.addItem(item)
            self.flow_items.append((flow, item))
        self.labels = []
        for node in nodes:  # the final round's names beside it, as the printed chart has them
            if node.round_index == count.rounds - 1 and node.votes > 0:
                text = node.name if node.name != INACTIVE else self.tr("inactive ballots")
                label = pg.TextItem(text, anchor=(0, 0.5), color=self.palette().color(QPalette.ColorRole.WindowText))  # theme's text
                label.setPos(node.round_index + NODE_WIDTH / 2 + 0.03, -node.top - node.height / 2)
                self.addItem(label)
                self.labels.append(label)
        round_label = self.tr("Round %1")
        every = -(-count.rounds // 12)  # at most a dozen labels; with many rounds, their numbers alone
        text = (lambda r: round_label.replace("%1", str(r + 1))) if count.rounds <= 6 else (lambda r: str(r + 1))
        self.getPlotItem().getAxis("bottom").setTicks([[(r, text(r)) for r in range(0, count.rounds, every)]])
        self._extent = (count.rounds - 1, max((node.top + node.height for node in nodes), default=1.0))
        self._fit()
        self.highlight(self._highlighted)

    def _fit(self) -> None:
        """Every round and, right of the last, room for the longest of its names at the chart's width (in
        rounds of width, as the axis counts: "выбывшие бюллетени" was cut at 1024 px with a fixed share)."""
        if self._extent is None:
            return
        last, depth = self._extent
        start = last + 0.3 + NODE_WIDTH / 2 + 0.03  # from the left edge to where the names begin
        width = self.getPlotItem().getViewBox().width()
        widest = max((self.fontMetrics().horizontalAdvance(label.toPlainText()) for label in self.labels), default=0) + 8
        share = min(widest * (1 + 2 * PADDING) / width, 0.6) if width > 0 else 0.0
        names = max(start * share / (1 - share), 0.8 if width <= 0 else 0.1)  # not laid out yet: the old guess
        self.setRange(xRange=(-0.3, last + NODE_WIDTH / 2 + 0.03 + names), yRange=(-depth, 0.0), padding=PADDING)

    def _flow_tip(self, flow: Flow) -> str:
        """"After round 1: 2,371 votes of Dion, Mark N. to Mills, Janet T.", in the window's language."""
        votes, after = format_votes(flow.votes), flow.round_index + 1
        if flow.source == INACTIVE:
            tip = self.tr("After round {0}: {1} inactive ballots stay inactive").format(after, votes)
        elif flow.target == INACTIVE:
            tip = self.tr("After round {0}: {1} votes of {2} become inactive").format(after, votes, flow.source)
        elif flow.transferred:
            tip = self.tr("After round {0}: {1} votes of {2} to {3}").format(after, votes, flow.source, flow.target)
        else:
            tip = self.tr("After round {0}: {1} votes kept by {2}").format(after, votes, flow.source)
        # The painter's notes are English sentences of its own (the printed report's too): translated here.
        return tip + (f" ({QCoreApplication.translate('SankeyFlow', flow.note)})" if flow.note else "")

    def highlight(self, names: set[str]) -> None:
        """Lift the flows of the selected candidates; fade the rest (nothing selected: all as drawn)."""
        self._highlighted = set(names)
        for flow, item in self.flow_items:
            lifted = (flow.source in names or flow.target in names) if names else None
            item.setBrush(QBrush(band_colour(self._colours[flow.source], flow.transferred, lifted)))

