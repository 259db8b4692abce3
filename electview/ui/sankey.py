"""Transfers of a ranked-choice count as a Sankey chart (pyqtgraph): rounds left to right, flows sized by votes."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem

from electview.core.ranked import EXHAUSTED, RESIDUAL_SURPLUS, RankedCount
from electview.ui.text import format_votes

INACTIVE = "inactive"
_NODE_WIDTH = 0.12


@dataclass(frozen=True)
class Flow:
    """Votes that went from one node of a round to one node of the next."""

    round_index: int  # from this round (0-based) to the next
    source: str  # candidate name or INACTIVE
    target: str
    votes: float
    transferred: bool  # moved to someone else, not kept by the same candidate
    note: str = ""


def flows_of(count: RankedCount) -> list[Flow]:
    """Every flow between consecutive rounds: votes kept, votes transferred, ballots becoming inactive.

    A CSV report merges a batch elimination's transfers; the drawing splits them among the
    batch in proportion to what each gave up, and says so in the flow's note.
    """
    flows: list[Flow] = []
    continuing = count.continuing
    for r in range(count.rounds - 1):
        given: dict[str, float] = {}
        for flow in count.transfers[r]:
            total_given = sum(flow.given.values()) or 1.0
            for source, amount in flow.given.items():
                given[source] = given.get(source, 0.0) + amount
                for target, votes in flow.to.items():
                    node = INACTIVE if target in (EXHAUSTED, RESIDUAL_SURPLUS) else target
                    share = votes * amount / total_given
                    note = "split from a batch in proportion to votes given up" if len(flow.given) > 1 else ""
                    flows.append(Flow(r, source, node, share, True, note))
        for c, name in enumerate(count.candidates):
            if continuing[r, c] and continuing[r + 1, c]:
                kept = float(count.tally[r, c]) - given.get(name, 0.0)
                if kept > 0:
                    flows.append(Flow(r, name, name, kept, False))
        if not np.isnan(count.inactive[r]) and count.inactive[r] > 0:
            flows.append(Flow(r, INACTIVE, INACTIVE, float(count.inactive[r]), False))
    return flows


class SankeyChart(pg.PlotWidget):
    """The flows of :func:`flows_of`, a column of stacked nodes per round; hover a flow for its votes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, background=None)
        self.hideAxis("left")
        self.getPlotItem().setMouseEnabled(False, False)
        self.getPlotItem().hideButtons()
        self.setMenuEnabled(False)
        self.flow_items: list[tuple[Flow, QGraphicsPathItem]] = []
        self.node_items: dict[tuple[int, str], QGraphicsRectItem] = {}
        self._colours: dict[str, QColor] = {}
        self._highlighted: set[str] = set()

    def set_count(self, count: RankedCount | None, colours: dict[str, str] | None = None) -> None:
        self.clear()
        self.flow_items, self.node_items = [], {}
        if count is None:
            return
        self._colours = {name: QColor(colours.get(name, "#888888")) if colours else QColor("#888888") for name in count.candidates}
        self._colours[INACTIVE] = QColor("#9a9a9a")
        order = sorted(range(len(count.candidates)), key=lambda c: (-count.tally[-1, c], -count.tally[0, c]))
        scale = max(float(count.tally[0].sum() + np.nan_to_num(count.inactive[0])), 1.0)
        tops: dict[tuple[int, str], float] = {}
        heights: dict[tuple[int, str], float] = {}
        for r in range(count.rounds):
            y = 0.0
            names = [count.candidates[c] for c in order if count.continuing[r, c]] + [INACTIVE]
            for name in names:
                votes = np.nan_to_num(count.inactive[r]) if name == INACTIVE else float(count.tally[r, count.candidates.index(name)])
                height = votes / scale
                tops[(r, name)], heights[(r, name)] = y, height
                rect = QGraphicsRectItem(r - _NODE_WIDTH / 2, -y - height, _NODE_WIDTH, height)
                rect.setBrush(QBrush(self._colours[name]))
                rect.setPen(QPen(pg.mkColor(0, 0, 0, 0)))
                rect.setToolTip(f"{name if name != INACTIVE else 'Inactive ballots'}, round {r + 1}: {format_votes(votes)}")
                self.addItem(rect)
                self.node_items[(r, name)] = rect
                y += height + 0.01
        out_offset = {key: 0.0 for key in tops}
        in_offset = {key: 0.0 for key in tops}
        for flow in sorted(flows_of(count), key=lambda f: (f.round_index, f.transferred)):
            start, end = (flow.round_index, flow.source), (flow.round_index + 1, flow.target)
            if start not in tops or end not in tops:
                continue
            height = flow.votes / scale
            y0 = tops[start] + out_offset[start]
            y1 = tops[end] + in_offset[end]
            out_offset[start] += height
            in_offset[end] += height
            item = QGraphicsPathItem(_band(flow.round_index + _NODE_WIDTH / 2, y0, flow.round_index + 1 - _NODE_WIDTH / 2, y1, height))
            colour = QColor(self._colours[flow.source])
            colour.setAlpha(110 if flow.transferred else 60)
            item.setBrush(QBrush(colour))
            item.setPen(QPen(pg.mkColor(0, 0, 0, 0)))
            what = "to" if flow.transferred else "kept by"
            target = "inactive ballots" if flow.target == INACTIVE else flow.target
            tip = f"After round {flow.round_index + 1}: {format_votes(flow.votes)} votes of {flow.source} {what} {target}"
            item.setToolTip(tip + (f" ({flow.note})" if flow.note else ""))
            self.addItem(item)
            self.flow_items.append((flow, item))
        self.getPlotItem().getAxis("bottom").setTicks([[(r, f"Round {r + 1}") for r in range(count.rounds)]])
        self.highlight(self._highlighted)

    def highlight(self, names: set[str]) -> None:
        """Lift the flows of the selected candidates; fade the rest (nothing selected: all as drawn)."""
        self._highlighted = set(names)
        for flow, item in self.flow_items:
            colour = QColor(self._colours[flow.source])
            lifted = not names or flow.source in names or flow.target in names
            colour.setAlpha((170 if flow.transferred else 90) if lifted and names else (110 if flow.transferred else 60) if lifted else 20)
            item.setBrush(QBrush(colour))


def _band(x0: float, y0: float, x1: float, y1: float, height: float) -> QPainterPath:
    """A flow from (x0, top y0) to (x1, top y1) of ``height``, as a smooth band (y grows downward)."""
    path = QPainterPath()
    middle = (x0 + x1) / 2
    path.moveTo(x0, -y0)
    path.cubicTo(middle, -y0, middle, -y1, x1, -y1)
    path.lineTo(x1, -y1 - height)
    path.cubicTo(middle, -y1 - height, middle, -y0 - height, x0, -y0 - height)
    path.closeSubpath()
    return path
