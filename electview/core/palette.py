"""Candidate colours: the source's own where it gives them, a colour-blind-safe palette otherwise."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache

from electview.core.party_conventions import conventional_colour

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

# How far apart (colour_distance) the generated colours beyond PALETTE stay from every colour before them.
_EXTRA_APART = 45
_EXTRA_STEPS = 720  # hues tried: 62 of them stay apart (74 colours in all); later ones are all too near


def _hex(red: float, green: float, blue: float) -> str:
    return "#" + "".join(f"{round(channel * 255):02X}" for channel in (red, green, blue))


@cache
def extended_palette() -> tuple[str, ...]:
    """PALETTE, then hues a golden angle apart at three lightnesses, each kept only if unlike those before.

    A contest with more parties than PALETTE holds (India's national returns name dozens) must not
    give two of them one colour: on the leader map two parties would read as one.
    """
    import colorsys

    colours = list(PALETTE)
    step = 0
    while step < _EXTRA_STEPS:
        hue = (step * 137.50776405) % 360 / 360
        lightness = (0.42, 0.62, 0.30)[step % 3]
        candidate = _hex(*colorsys.hls_to_rgb(hue, lightness, 0.70))
        step += 1
        if candidate != OTHER_COLOUR and all(colour_distance(candidate, c) >= _EXTRA_APART for c in colours):
            colours.append(candidate)
    return tuple(colours)


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


def colour_distance(first: str, second: str) -> float:
    """How different two "#RRGGBB" colours look (the "redmean" approximation): 0 to about 765."""
    r1, g1, b1 = (int(first[i : i + 2], 16) for i in (1, 3, 5))
    r2, g2, b2 = (int(second[i : i + 2], 16) for i in (1, 3, 5))
    mean = (r1 + r2) / 2
    return math.sqrt((2 + mean / 256) * (r1 - r2) ** 2 + 4 * (g1 - g2) ** 2 + (2 + (255 - mean) / 256) * (b1 - b2) ** 2)


# Palette colours closer than this to one already in use are kept back: beside the Democrats'
# blue the palette's own blue would read as the same party.
NEAR = 150


def _free(used: set[str], needed: int) -> list[str]:
    """Colours for the ``needed`` parties or candidates still without one: PALETTE's unlike ``used`` first,
    then the rest of PALETTE, then, when those run out, the generated ones (:func:`extended_palette`)."""
    unlike = [c for c in PALETTE if all(colour_distance(c, u) >= NEAR for u in used if u)]
    rest = [c for c in PALETTE if c not in used and c not in unlike]
    free = unlike + rest
    if len(free) < needed:
        free += [c for c in extended_palette()[len(PALETTE) :] if c not in used]
    return free or list(PALETTE)


def colour_party(candidate) -> str:
    """The party a candidate is coloured as: its party, or, for a party list standing by its own name
    (a party-list table's choices: "Sozialdemokratische Partei Deutschlands" with no party column), its name
    when that is a party known by a colour."""
    if candidate.party:
        return candidate.party
    name = getattr(candidate, "name", "")  # anything with a party will do (tests pass bare records)
    return name if name and conventional_colour(name) else ""


def party_colours(contests: Sequence) -> dict[str, str]:
    """One colour per party across all ``contests``: a party looks the same in every race of a file.

    A colour the source gives a party's candidate is that party's colour; then the colour the
    party is known by (:mod:`electview.core.party_conventions`: Democrats blue, Labour red);
    the others take the palette in order of the parties' first appearance, colours like those
    already taken last.
    """
    colours: dict[str, str] = {}
    for contest in contests:
        for candidate in contest.candidates:
            key = party_key(colour_party(candidate))
            own = normalise_colour(candidate.colour)
            if key and own and key not in colours:
                colours[key] = own
    for contest in contests:
        for candidate in contest.candidates:
            key = party_key(colour_party(candidate))
            if key and key not in colours and (known := conventional_colour(colour_party(candidate))):
                colours[key] = known
    waiting = list(
        dict.fromkeys(
            key for contest in contests for candidate in contest.candidates if (key := party_key(colour_party(candidate))) and key not in colours
        )
    )
    free = _free(set(colours.values()), len(waiting))
    for number, key in enumerate(waiting):
        colours[key] = free[number % len(free)]
    return colours


def candidate_colours(candidates: Sequence, by_party: dict[str, str] | None = None) -> tuple[str, ...]:
    """One colour per candidate: the source's own, else the party's (``by_party``), else a free palette colour.

    Within one contest no two candidates share a colour while the palette (with its generated
    colours, :func:`extended_palette`) lasts: a colour
    already taken in this contest (the source's own given twice, or a party's) gives way to a
    free one.
    """
    by_party = by_party or {}
    colours = []
    used: set[str] = set()
    for candidate in candidates:
        own = normalise_colour(candidate.colour)
        colours.append(own if own not in used else "")
        used.add(own)
    used.discard("")
    for index, candidate in enumerate(candidates):
        wanted = by_party.get(party_key(colour_party(candidate)), "")
        if not colours[index] and wanted and wanted not in used:
            colours[index] = wanted
            used.add(wanted)
    free = _free(used, colours.count(""))
    next_free = 0
    for index, colour in enumerate(colours):
        if not colour:
            colours[index] = free[next_free % len(free)]
            next_free += 1
    return tuple(colours)
