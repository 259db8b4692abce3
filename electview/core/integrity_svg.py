"""The integrity histograms and the election fingerprint as inline SVG for the HTML report: vector, no raster, every text escaped."""

from __future__ import annotations

import html

import numpy as np

from electview.core.formatting import format_count
from electview.core.histogram_geometry import (
    AXIS_COLOUR,
    BAR_COLOUR,
    FINGERPRINT_SIDE_PX,
    histogram_top,
    percent_ticks,
    shade,
    shade_levels,
    shade_runs,
    step_outline,
)

FONT_PX = 10.0
LINE_PX = 13.0
# A browser measures no text for us: a digit of a 10 px sans-serif font is at most this wide.
DIGIT_PX = 6.0


def _number(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def _text(x: float, y: float, text: str, anchor: str = "start") -> str:
    return f"<text x='{_number(x)}' y='{_number(y)}' text-anchor='{anchor}'>{html.escape(text, quote=False)}</text>"


def _line(x1: float, y1: float, x2: float, y2: float) -> str:
    return f"<line x1='{_number(x1)}' y1='{_number(y1)}' x2='{_number(x2)}' y2='{_number(y2)}'/>"


def _svg(width: float, height: float, label: str, body: str, kind: str) -> str:
    return (
        f"<svg xmlns='http://www.w3.org/2000/svg' class='{kind}' width='{_number(width)}' height='{_number(height)}' "
        f"viewBox='0 0 {_number(width)} {_number(height)}' role='img' aria-label='{html.escape(label, quote=True)}' "
        f"font-family='sans-serif' font-size='{_number(FONT_PX)}'><title>{html.escape(label, quote=False)}</title>{body}</svg>"
    )


def histogram_svg(counts: np.ndarray, title: str, note: str, width: float, height: float) -> str:
    """``counts`` (stations per 0.1-point bin from 0 to 100%, core.integrity.histogram_tenths) as the printed report
    draws them (ui.report_histograms): the title and ``note`` above, the bins as one filled step path, the count the
    height stands for at the left (a cut last bin gets a white break near its top), ticks at every whole percent,
    labels every 10. The plot is the ``<rect class='plot'>``; the bars the ``<path class='bars'>``."""
    full, cut = histogram_top(counts)
    tallest = format_count(full)
    left = DIGIT_PX * max(len(tallest), len("000,000")) + 6.0
    top, bottom = LINE_PX + 4.0, height - LINE_PX - 6.0
    right = width - DIGIT_PX * 1.5 - 2.0
    plot_width, plot_height = right - left, bottom - top
    points = step_outline(counts, left, top, plot_width, plot_height, full)
    parts = [f"<g fill='{AXIS_COLOUR}'>", _text(0.0, FONT_PX, title), _text(width, FONT_PX, note, "end"), "</g>"]
    parts.append(
        f"<rect class='plot' x='{_number(left)}' y='{_number(top)}' width='{_number(plot_width)}' "
        f"height='{_number(plot_height)}' fill='none' stroke='none'/>"
    )
    if len(points):
        outline = " L".join(f"{_number(x)} {_number(y)}" for x, y in points.tolist())
        parts.append(f"<path class='bars' fill='{BAR_COLOUR}' stroke='none' d='M{outline} Z'/>")
    if cut:
        step = plot_width / len(counts)
        parts.append(
            f"<rect x='{_number(right - step - 1.0)}' y='{_number(top + 6.0)}' width='{_number(step + 2.0)}' height='2' fill='white'/>"
        )
    axes = [_line(left, bottom, right, bottom), _line(left, bottom, left, top), _line(left - 3.0, top, left, top)]
    labels = []
    for percent, x, labelled in percent_ticks(left, plot_width, len(counts) or 1001):
        axes.append(_line(x, bottom, x, bottom + (5.0 if labelled else 2.0)))
        if labelled:
            labels.append(_text(x, bottom + 5.0 + FONT_PX, str(percent), "middle"))
    parts.append(f"<g stroke='{AXIS_COLOUR}' stroke-width='0.6'>{''.join(axes)}</g>")
    labels += [_text(left - 5.0, top + FONT_PX / 2 - 1.0, tallest, "end"), _text(left - 5.0, bottom, "0", "end")]
    parts.append(f"<g fill='{AXIS_COLOUR}'>{''.join(labels)}</g>")
    return _svg(width, height, f"{title}. {note}", "".join(parts), "histogram")


def fingerprint_svg(grid: np.ndarray, title: str, note: str, x_label: str, y_label: str) -> str:
    """The election fingerprint (core.integrity.fingerprint: registered voters per turnout bin × leader's-share bin)
    as cells shaded by core.histogram_geometry.shade_levels, turnout across and the leader's share up, ticks every 10 points.
    A column's run of cells of one shade (core.histogram_geometry.shade_runs) is one ``<rect>``, so the SVG stays short."""
    bins = grid.shape[0] if grid.ndim == 2 else 0
    side = FINGERPRINT_SIDE_PX
    left, top = DIGIT_PX * 3 + 8.0 + LINE_PX, 2 * LINE_PX + 6.0
    width, height = left + side + DIGIT_PX * 2, top + side + 2 * LINE_PX + 8.0
    bottom = top + side
    cell = side / bins if bins else side
    cells = [
        f"<rect x='{_number(left + run.turnout * cell)}' y='{_number(bottom - (run.share + run.cells) * cell)}' "
        f"width='{_number(cell)}' height='{_number(run.cells * cell)}' fill='{shade(run.level)}'/>"
        for run in shade_runs(shade_levels(grid))
    ]
    parts = [f"<g fill='{AXIS_COLOUR}'>", _text(0.0, FONT_PX, title), _text(0.0, FONT_PX + LINE_PX, note), "</g>"]
    parts.append(f"<rect class='plot' x='{_number(left)}' y='{_number(top)}' width='{_number(side)}' height='{_number(side)}' fill='none' stroke='{AXIS_COLOUR}' stroke-width='0.6'/>")
    parts.append(f"<g class='cells' shape-rendering='crispEdges'>{''.join(cells)}</g>")
    ticks, labels = [], []
    for percent in range(0, 101, 10):
        x, y = left + side * percent / 100, bottom - side * percent / 100
        ticks += [_line(x, bottom, x, bottom + 4.0), _line(left - 4.0, y, left, y)]
        labels += [_text(x, bottom + 4.0 + FONT_PX, str(percent), "middle"), _text(left - 6.0, y + FONT_PX / 2 - 1.0, str(percent), "end")]
    parts.append(f"<g stroke='{AXIS_COLOUR}' stroke-width='0.6'>{''.join(ticks)}</g>")
    labels.append(_text(left + side / 2, height - 2.0, x_label, "middle"))
    middle = top + side / 2
    labels.append(
        f"<text x='{_number(FONT_PX)}' y='{_number(middle)}' text-anchor='middle' "
        f"transform='rotate(-90 {_number(FONT_PX)} {_number(middle)})'>{html.escape(y_label, quote=False)}</text>"
    )
    parts.append(f"<g fill='{AXIS_COLOUR}'>{''.join(labels)}</g>")
    return _svg(width, height, f"{title}. {note}", "".join(parts), "fingerprint")
