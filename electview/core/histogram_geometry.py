"""Where an integrity histogram's bars and ticks go and how the fingerprint's cells are shaded (Qt-free): the printer's
painter and the HTML export's SVG draw the same."""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np

BAR_COLOUR = "#3c6e9f"
AXIS_COLOUR = "#555555"

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


def step_outline(counts: np.ndarray, left: float, top: float, width: float, height: float, full: int | None = None) -> np.ndarray:
    """The vertices (x, y; y down) of the bins' outline as one closed step path over the plot at ``left``, ``top``
    of ``width`` × ``height``: bin k spans (k − ½ … k + ½) tenths of a point, so a whole percent's bin sits on its
    tick; a bin of ``full`` stations (default: the tallest) or more reaches the top. Runs of equal bins (the empty
    ends) are one edge, so the path stays short. Empty (0 × 2) when there is nothing to draw."""
    bins = len(counts)
    full = (int(counts.max()) if bins else 0) if full is None else full
    if not bins or full <= 0:
        return np.zeros((0, 2))
    bottom, right = top + height, left + width
    heights = bottom - height * np.minimum(counts, full).astype(np.float64) / full
    changes = np.flatnonzero(np.concatenate([[True], heights[1:] != heights[:-1]]))
    xs = left + changes * (width / bins)
    ys = heights[changes]
    before = np.concatenate([[bottom], ys[:-1]])  # the height each change steps from
    middle = np.empty((2 * len(changes), 2))
    middle[0::2, 0], middle[0::2, 1] = xs, before
    middle[1::2, 0], middle[1::2, 1] = xs, ys
    return np.vstack([[(left, bottom)], middle, [(right, ys[-1]), (right, bottom)]])


def percent_ticks(left: float, width: float, bins: int = 1001) -> list[tuple[int, float, bool]]:
    """Each whole percent from 0 to 100 with its tick's x (the middle of its bin) and whether it is labelled (every 10)."""
    step = width / bins
    return [(percent, left + (10 * percent + 0.5) * step, percent % 10 == 0) for percent in range(101)]


FINGERPRINT_SIDE_PX = 300.0  # the fingerprint's plot, on paper and in the browser; each adds room for its labels
#: The fingerprint's shades, lightest (a cell with a voter) to darkest (the cell with most), on a log scale.
SHADES = 16
_LIGHT, _DARK = (0xDB, 0xE7, 0xF3), (0x08, 0x30, 0x6B)


def shade(level: int) -> str:
    """The colour of fingerprint shade ``level`` (1 lightest … SHADES darkest)."""
    mix = (level - 1) / max(SHADES - 1, 1)
    return "#" + "".join(f"{round(a + (b - a) * mix):02x}" for a, b in zip(_LIGHT, _DARK, strict=True))


def shade_levels(grid: np.ndarray) -> np.ndarray:
    """Each cell's shade: 0 for none, else 1…SHADES by log(1 + voters) against the fullest cell's."""
    weights = np.asarray(grid, dtype=np.float64)
    peak = float(weights.max()) if weights.size else 0.0
    if peak <= 0:
        return np.zeros(weights.shape, dtype=np.int64)
    scaled = np.log1p(np.maximum(weights, 0.0)) / math.log1p(peak)
    return np.where(weights > 0, np.clip(np.ceil(scaled * SHADES), 1, SHADES), 0).astype(np.int64)


class ShadeRun(NamedTuple):
    """Cells of one shade next to each other up one turnout column: ``cells`` of them from share bin ``share``."""

    turnout: int
    share: int
    cells: int
    level: int


def shade_runs(levels: np.ndarray) -> list[ShadeRun]:
    """The shaded cells of a :func:`shade_levels` grid (row = turnout bin, column = share bin) as runs up each turnout
    column, so a drawing has a rectangle a run, not a cell (the SVG's ``<rect>``s, the printer's paths)."""
    runs = []
    for turnout, column in enumerate(np.asarray(levels).tolist()):
        share = 0
        while share < len(column):
            level, cells = column[share], 1
            while share + cells < len(column) and column[share + cells] == level:
                cells += 1
            if level:
                runs.append(ShadeRun(turnout, share, cells, int(level)))
            share += cells
    return runs
