"""Candidate colours: the source's own where it gives them, a colour-blind-safe palette otherwise."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Okabe–Ito first (distinguishable with the common colour-vision deficiencies), then
# further well-separated hues for contests with many candidates.
PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#56B4E9",
    "#CC79A7",
    "#F0E442",
    "#7F7F7F",
    "#8C564B",
    "#17BECF",
    "#BCBD22",
    "#9467BD",
)
OTHER_COLOUR = "#B0B0B0"

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")


def normalise_colour(text: str) -> str:
    """"#rrggbb" for a valid hex colour (with or without '#'), else ""."""
    match = _HEX.match(text.strip()) if text else None
    return f"#{match.group(1).upper()}" if match else ""


def candidate_colours(candidates: Sequence) -> tuple[str, ...]:
    """One colour per candidate, stable for a given candidate order."""
    colours = []
    used = set()
    for candidate in candidates:
        own = normalise_colour(candidate.colour)
        colours.append(own)
        used.add(own)
    free = [c for c in PALETTE if c not in used] or list(PALETTE)
    next_free = 0
    for index, colour in enumerate(colours):
        if not colour:
            colours[index] = free[next_free % len(free)]
            next_free += 1
    return tuple(colours)
