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


# Names sources give for "no party": each such candidate gets a colour of their own.
_NO_PARTY = frozenset(
    {"", "independent", "ind", "ind.", "non-partisan", "nonpartisan", "non partisan", "unaffiliated", "no party preference", "no party", "none", "write-in", "self-nominated",
     "самовыдвижение", "самовыдвиженец", "беспартийный", "partijloos", "sans étiquette", "independiente"}
)


def party_key(party: str) -> str:
    """The party as a key for colouring ("" for independents and candidates with no party)."""
    key = " ".join(party.split()).casefold()
    return "" if key in _NO_PARTY else key


def party_colours(contests: Sequence) -> dict[str, str]:
    """One colour per party across all ``contests``: a party looks the same in every race of a file.

    A colour the source gives a party's candidate is that party's colour; the others take the
    palette in order of the parties' first appearance, so a one-contest file is coloured as before.
    """
    colours: dict[str, str] = {}
    for contest in contests:
        for candidate in contest.candidates:
            key = party_key(candidate.party)
            own = normalise_colour(candidate.colour)
            if key and own and key not in colours:
                colours[key] = own
    given = set(colours.values())
    free = [c for c in PALETTE if c not in given] or list(PALETTE)
    next_free = 0
    for contest in contests:
        for candidate in contest.candidates:
            key = party_key(candidate.party)
            if key and key not in colours:
                colours[key] = free[next_free % len(free)]
                next_free += 1
    return colours


def candidate_colours(candidates: Sequence, by_party: dict[str, str] | None = None) -> tuple[str, ...]:
    """One colour per candidate: the source's own, else the party's (``by_party``), else a free palette colour.

    Within one contest no two candidates share a colour while the palette lasts: a party
    colour already taken in this contest gives way to a free one.
    """
    by_party = by_party or {}
    colours = [normalise_colour(candidate.colour) for candidate in candidates]
    used = set(colours)
    for index, candidate in enumerate(candidates):
        wanted = by_party.get(party_key(candidate.party), "")
        if not colours[index] and wanted and wanted not in used:
            colours[index] = wanted
            used.add(wanted)
    free = [c for c in PALETTE if c not in used] or list(PALETTE)
    next_free = 0
    for index, colour in enumerate(colours):
        if not colour:
            colours[index] = free[next_free % len(free)]
            next_free += 1
    return tuple(colours)
