"""The change chart's maths without Qt: where zero sits between gains and losses, and what the rows left out net to."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from electview.core.bars import BarRows, bar_rows

MIN_SPAN = 10.0  # pixels: bars keep a readable length even when the figures take nearly all the width


@dataclass(frozen=True)
class DivergingAxis:
    """Zero's x and the pixels per point: gains run right of ``zero``, losses left of it."""

    zero: float
    scale: float

    def x(self, value: float) -> float:
        return self.zero + value * self.scale


def diverging_axis(values: Sequence[float] | np.ndarray, left: float, right: float, gain_room: float, loss_room: float) -> DivergingAxis:
    """Zero and scale so the largest gain plus its figure (``gain_room`` wide) ends at ``right`` and the largest loss
    plus its figure (``loss_room``) at ``left``.

    Zero is not put in the middle: where every party gained, half the width would stay empty and
    the bars half as long, so zero sits at ``left`` (after the losses' room only when there are
    losses) and the two sides share the width in proportion to the largest gain and loss. A
    change of zero or an unknown one still gets its figure after zero, so ``gain_room`` is
    always kept on the right.
    """
    finite = np.asarray(values, dtype=float)
    finite = finite[np.isfinite(finite)]
    high = max(float(finite.max(initial=0.0)), 0.0)
    low = min(float(finite.min(initial=0.0)), 0.0)
    before = loss_room if low < 0 else 0.0
    span = max(right - left - before - gain_room, MIN_SPAN)
    if high - low <= 0:
        return DivergingAxis(left + before, 0.0)
    scale = span / (high - low)
    return DivergingAxis(left + before - low * scale, scale)


def change_rows(
    order: Sequence[int] | np.ndarray,
    change_votes: np.ndarray,
    change_points: np.ndarray,
    room: int,
    keep: np.ndarray | None = None,
    pinned: Sequence[int] = (),
) -> BarRows:
    """The rows that get a change bar, as :func:`bars.bar_rows` picks them (the table's order, winners and the
    selection kept); ``rest_votes`` and ``rest_share`` are then the net change in votes and in points of the rows
    left out (NaN when none of them has an earlier figure)."""
    return bar_rows(order, change_votes, change_points, room, keep, pinned)


def gains_and_losses(change_points: np.ndarray, rows: Sequence[int]) -> tuple[int, int]:
    """How many of ``rows`` gained share and how many lost it (unknown and unchanged count as neither)."""
    values = np.asarray(change_points, dtype=float)[np.asarray(rows, dtype=np.intp)] if len(rows) else np.zeros(0)
    known = values[np.isfinite(values)]
    return int((known > 0).sum()), int((known < 0).sum())
