"""Sankey geometry and painting of a ranked-choice count, shared by the window's chart and the printed report.

Pure QPainter (no widgets), so the window (pyqtgraph items built from the same shapes), the
PDF report and the HTML report's SVG draw the same vector nodes and bands. Geometry is in
chart units: x is the round (0-based), y grows downward from 0 with the first round's ballots
(continuing and inactive) spanning 1.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath

from electview.core.ranked import EXHAUSTED, RESIDUAL_SURPLUS, RankedCount

INACTIVE = "inactive"
INACTIVE_COLOUR = "#9a9a9a"
NODE_WIDTH = 0.12  # rounds
NODE_GAP = 0.01  # of the first round's ballots, between stacked nodes


@dataclass(frozen=True)
class Flow:
    """Votes that went from one node of a round to one node of the next."""

    round_index: int  # from this round (0-based) to the next
    source: str  # candidate name or INACTIVE
    target: str
    votes: float
    transferred: bool  # moved to someone else, not kept by the same candidate
    note: str = ""


@dataclass(frozen=True)
class Node:
    round_index: int
    name: str  # candidate or INACTIVE
    top: float
    height: float
    votes: float


@dataclass(frozen=True)
class Band:
    flow: Flow
    x0: float
    y0: float  # top where it leaves
    x1: float
    y1: float  # top where it arrives
    height: float


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
                    if flow.surplus:
                        note = "surplus of an elected candidate: the votes over the threshold move on"
                    flows.append(Flow(r, source, node, share, True, note))
        for c, name in enumerate(count.candidates):
            if continuing[r, c] and continuing[r + 1, c]:
                kept = float(count.tally[r, c]) - given.get(name, 0.0)
                if kept > 0:
                    flows.append(Flow(r, name, name, kept, False))
        if not np.isnan(count.inactive[r]) and count.inactive[r] > 0:
            flows.append(Flow(r, INACTIVE, INACTIVE, float(count.inactive[r]), False))
    return flows


def sankey_layout(count: RankedCount) -> tuple[list[Node], list[Band]]:
    """A column of stacked nodes per round (the final round's order, inactive ballots last) and the bands between."""
    order = sorted(range(len(count.candidates)), key=lambda c: (-count.tally[-1, c], -count.tally[0, c]))
    scale = max(float(count.tally[0].sum() + np.nan_to_num(count.inactive[0])), 1.0)
    nodes: dict[tuple[int, str], Node] = {}
    for r in range(count.rounds):
        y = 0.0
        names = [count.candidates[c] for c in order if count.continuing[r, c]] + [INACTIVE]
        for name in names:
            votes = float(np.nan_to_num(count.inactive[r])) if name == INACTIVE else float(count.tally[r, count.candidates.index(name)])
            nodes[(r, name)] = Node(r, name, y, votes / scale, votes)
            y += votes / scale + NODE_GAP
    out_offset = dict.fromkeys(nodes, 0.0)
    in_offset = dict.fromkeys(nodes, 0.0)
    bands = []
    for flow in sorted(flows_of(count), key=lambda f: (f.round_index, f.transferred)):
        start, end = (flow.round_index, flow.source), (flow.round_index + 1, flow.target)
        if start not in nodes or end not in nodes:
            continue
        height = flow.votes / scale
        bands.append(Band(flow, flow.round_index + NODE_WIDTH / 2, nodes[start].top + out_offset[start],
                          flow.round_index + 1 - NODE_WIDTH / 2, nodes[end].top + in_offset[end], height))  # fmt: skip
        out_offset[start] += height
        in_offset[end] += height
    return list(nodes.values()), bands


def band_path(band: Band, sign: float = 1.0) -> QPainterPath:
    """The band as a smooth shape; ``sign`` −1 turns chart y (downward) into a y-up plot's coordinates."""
    x0, x1, y0, y1, h = band.x0, band.x1, band.y0, band.y1, band.height
    middle = (x0 + x1) / 2
    path = QPainterPath()
    path.moveTo(x0, sign * y0)
    path.cubicTo(middle, sign * y0, middle, sign * y1, x1, sign * y1)
    path.lineTo(x1, sign * (y1 + h))
    path.cubicTo(middle, sign * (y1 + h), middle, sign * (y0 + h), x0, sign * (y0 + h))
    path.closeSubpath()
    return path


def band_colour(colour: QColor, transferred: bool, lifted: bool | None = None) -> QColor:
    """A band's fill: transfers stronger than votes kept; ``lifted`` True/False when a selection lifts or fades it."""
    out = QColor(colour)
    if lifted is None:
        out.setAlpha(110 if transferred else 60)
    else:
        out.setAlpha((170 if transferred else 90) if lifted else 20)
    return out


def node_colours(count: RankedCount, colours: Mapping[str, str] | None) -> dict[str, QColor]:
    out = {name: QColor((colours or {}).get(name, "#888888")) for name in count.candidates}
    out[INACTIVE] = QColor(INACTIVE_COLOUR)
    return out


def paint_sankey(painter: QPainter, bounds: QRectF, count: RankedCount, colours: Mapping[str, str] | None = None,
                 label_px: float = 9.0, inactive_label: str = "inactive ballots") -> None:  # fmt: skip
    """Draw the count's Sankey into ``bounds`` (vector paths and text): round numbers under the columns,
    the final round's names to its right, and a name beside each earlier node tall enough to carry one."""
    nodes, bands = sankey_layout(count)
    fills = node_colours(count, colours)
    font = QFont()
    font.setPixelSize(max(1, round(label_px)))
    metrics = QFontMetricsF(font)
    last = [n for n in nodes if n.round_index == count.rounds - 1 and n.votes > 0]
    def label(node: Node) -> str:
        return inactive_label if node.name == INACTIVE else node.name

    names_width = min(bounds.width() * 0.3, max((metrics.horizontalAdvance(label(n)) for n in last), default=0.0) + 6.0)
    plot = QRectF(bounds.left(), bounds.top(), bounds.width() - names_width, bounds.height() - metrics.height() * 1.6)
    depth = max((n.top + n.height for n in nodes), default=1.0) or 1.0
    span = max(count.rounds - 1, 1)
    margin = NODE_WIDTH / 2

    def point(x: float, y: float) -> QPointF:
        return QPointF(plot.left() + (x + margin) / (span + 2 * margin) * plot.width(), plot.top() + y / depth * plot.height())

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    sx = plot.width() / (span + 2 * margin)
    sy = plot.height() / depth
    for band in bands:
        painter.setBrush(QBrush(band_colour(fills[band.flow.source], band.flow.transferred)))
        painter.save()
        painter.translate(point(0.0, 0.0))
        painter.scale(sx, sy)
        painter.drawPath(band_path(band))
        painter.restore()
    for node in nodes:
        painter.setBrush(QBrush(fills[node.name]))
        painter.drawRect(QRectF(point(node.round_index - margin, node.top), point(node.round_index + margin, node.top + node.height)))
    painter.setFont(font)
    painter.setPen(QColor("#1a1a1a"))
    step = sx  # one round's width in device units
    present = {(n.round_index, n.name) for n in nodes}
    for node in nodes:
        height = node.height * sy
        final = node.round_index == count.rounds - 1
        leaves = final or (node.round_index + 1, node.name) not in present
        if node.votes <= 0 or height < metrics.height() * 0.9 or not (final or leaves or node.round_index == 0):
            continue
        room = names_width if final else step * (1 - NODE_WIDTH) - 4.0
        left = point(node.round_index + margin, node.top).x() + 3.0
        box = QRectF(left, point(0, node.top).y(), room, height)
        text = metrics.elidedText(label(node), Qt.TextElideMode.ElideRight, max(room - 3.0, 0.0))
        if len(text) < min(len(label(node)), 5):  # no room for a name worth reading: the tables name the colours
            continue
        painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
    painter.setPen(QColor("#555555"))
    every = max(1, int(np.ceil(metrics.horizontalAdvance(str(count.rounds)) * 1.8 / max(step, 1.0))))
    for r in range(0, count.rounds, every):
        centre = point(r, depth).x()
        box = QRectF(centre - step, plot.bottom() + metrics.height() * 0.3, 2 * step, metrics.height() * 1.2)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), str(r + 1))
    painter.restore()

