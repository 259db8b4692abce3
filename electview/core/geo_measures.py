"""What a map shows: per feature a figure and a class (a colour), with "no data" as a class of its own.

Every figure comes from :func:`electview.core.tally.tally` at the feature's place, so the map
says what the table says there. The measures:

- ``leader``: the leading candidate's colour, lighter the narrower the lead (margin over the
  runner-up in points of the share, derived); a tie is its own class, never a party's colour;
- ``share:NAME``: one candidate's share, a sequential ramp in the candidate's colour;
- ``turnout``: the turnout percentage (as reported, or derived from ballots ÷ registered),
  a sequential ramp; reported figures from elsewhere (:class:`RegionFigures`) fill places the
  results file has no turnout for, marked as such;
- ``change``: change in one candidate's share since the compared file (points, derived),
  a diverging ramp centred on no change;
- ``reporting``: counted / partly counted / not yet, from the file's own progress figures.

A place with no figure, or a feature joined to no place, is :data:`NO_DATA` (drawn hatched):
never a colour that could be read as a value.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from electview.core.formatting import format_number, is_missing
from electview.core.geo_join import Join
from electview.core.i18n import translate
from electview.core.matching import match_candidates
from electview.core.model import Contest
from electview.core.names import name_key
from electview.core.tally import ContestTally, tally

NO_DATA = -1

LEADER = "leader"
SHARE = "share"
TURNOUT = "turnout"
CHANGE = "change"
REPORTING = "reporting"
MEASURES = (LEADER, SHARE, TURNOUT, CHANGE, REPORTING)

#: Margin classes of the leader measure, in points of the share: under 5, 5–10, 10–20, 20 and more.
MARGIN_EDGES = (5.0, 10.0, 20.0)
# How much of the party colour each margin class takes (the rest is white): narrow leads are pale.
_MARGIN_STRENGTH = (0.3, 0.5, 0.75, 1.0)
TIED_COLOUR = "#BDBDBD"
# ColorBrewer ramps (Cynthia Brewer, colorbrewer2.org): readable in print and for common colour-vision deficiencies.
TURNOUT_RAMP = ("#FFFFCC", "#A1DAB4", "#41B6C4", "#2C7FB8", "#253494")
CHANGE_RAMP = ("#B2182B", "#EF8A62", "#FDDBC7", "#D1E5F0", "#67A9CF", "#2166AC")
REPORTING_COLOURS = ("#54278F", "#9E9AC8", "#F2F0F7")


@dataclass(frozen=True)
class MapClass:
    """One legend entry: its words and colour ("#RRGGBB"); ``group`` names the candidate of a leader class."""

    label: str
    colour: str
    group: str = ""


@dataclass(frozen=True)
class RegionFigures:
    """Figures for map features published apart from the results file (a commission's turnout by region).

    ``values`` maps a feature id to (value, source key); ``sources`` maps a source key to its
    citation. They are reported figures and shown as such, with ``status`` ("preliminary").
    """

    measure: str
    title: str
    status: str
    values: Mapping[str, tuple[float, str]]
    sources: Mapping[str, str]
    note: str = ""

    def citation(self, feature_id: str) -> str:
        value = self.values.get(feature_id)
        return self.sources.get(value[1], "") if value else ""


@dataclass(frozen=True)
class Colouring:
    """A measure worked out for every feature of a join.

    ``feature_class[f]`` indexes ``classes`` (or is :data:`NO_DATA`); ``values[f]`` is the
    figure classed (NaN for none); ``derived[f]`` says electview worked it out; ``elsewhere[f]``
    that it came from :class:`RegionFigures`, not the results file.
    """

    measure: str
    title: str
    classes: tuple[MapClass, ...]
    feature_class: np.ndarray
    values: np.ndarray
    derived: np.ndarray
    elsewhere: np.ndarray
    notes: tuple[str, ...] = ()
    candidate: int | None = None

    @property
    def colours(self) -> list[str]:
        """Per feature its class colour, "" for no data."""
        return [self.classes[c].colour if c >= 0 else "" for c in self.feature_class]

    def counts(self) -> list[int]:
        """Features per class (legend order)."""
        return np.bincount(self.feature_class[self.feature_class >= 0], minlength=len(self.classes)).tolist()

    @property
    def no_data(self) -> int:
        return int(np.count_nonzero(self.feature_class == NO_DATA))


def mix(colour: str, strength: float, base: str = "#FFFFFF") -> str:
    """``colour`` blended towards ``base``: strength 1 is the colour itself, 0 is the base."""
    ours = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    theirs = [int(base[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(b + (a - b) * strength):02X}" for a, b in zip(ours, theirs, strict=True))


def nice_breaks(values: np.ndarray, classes: int = 5) -> list[float]:
    """Round class edges (steps of 1, 2, 2.5 or 5 × 10ⁿ) covering the values, at most ``classes`` classes."""
    known = values[~np.isnan(values)]
    if not len(known):
        return []
    low, high = float(known.min()), float(known.max())
    if high - low < 1e-9:
        return [float(math.floor(low)), float(math.floor(low) + 1)]
    magnitude = 10 ** math.floor(math.log10((high - low) / classes))
    for multiple in (1, 2, 2.5, 5, 10):
        step = multiple * magnitude
        start, stop = math.floor(low / step) * step, math.ceil(high / step) * step
        count = max(1, round((stop - start) / step))
        if count <= classes:
            return [round(start + i * step, 10) for i in range(count + 1)]
    return [low, high]


def _edge_text(value: float) -> str:
    return format_number(value, 0 if float(value).is_integer() else (1 if float(value * 10).is_integer() else 2))


def _range_labels(edges: Sequence[float], unit: str) -> list[str]:
    return [f"{_edge_text(a)}–{_edge_text(b)}{unit}" for a, b in zip(edges[:-1], edges[1:], strict=True)]


def _classify(values: np.ndarray, edges: Sequence[float]) -> np.ndarray:
    """Class per value by ``edges`` (the last class includes its upper edge); NO_DATA for NaN."""
    out = np.full(len(values), NO_DATA, dtype=np.int64)
    known = ~np.isnan(values)
    if len(edges) >= 2:
        out[known] = np.clip(np.searchsorted(np.asarray(edges[1:-1]), values[known], side="right"), 0, len(edges) - 2)
    return out


def ramp(colour: str, classes: int) -> tuple[str, ...]:
    """A sequential ramp from pale to ``colour``."""
    if classes == 1:
        return (colour,)
    return tuple(mix(colour, 0.2 + 0.8 * i / (classes - 1)) for i in range(classes))


def region_tallies(contest: Contest, join: Join, party_colours: dict[str, str] | None = None) -> dict[int, ContestTally]:
    """feature → the contest tallied at the feature's place (the figures the table shows there)."""
    return {feature: tally(contest, unit, None, party_colours) for feature, unit, _ in join.matched}


def find_candidate(contest: Contest, wanted: str) -> int:
    """The candidate whose id or name is ``wanted`` (case, spelling and transliteration aside). Raises KeyError."""
    folded = wanted.strip().casefold()
    for index, candidate in enumerate(contest.candidates):
        if folded in (candidate.id.casefold(), candidate.name.casefold()):
            return index
    key = name_key(wanted)
    hits = [i for i, c in enumerate(contest.candidates) if key and key in (name_key(c.name), *(name_key(n) for n in c.names.values()))]
    if not hits:  # a running mate's name left out ("Donald J. Trump" for "Donald J. Trump / JD Vance"), or the party
        words = set(key.split())
        hits = [i for i, c in enumerate(contest.candidates) if words and words <= set(name_key(c.name).split())]
        hits = hits or [i for i, c in enumerate(contest.candidates) if c.party and c.party.casefold() == folded]
    if len(hits) == 1:
        return hits[0]
    raise KeyError(wanted)


def _empty(count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    return (
        np.full(count, NO_DATA, dtype=np.int64),
        np.full(count, np.nan),
        np.zeros(count, dtype=bool),
        np.zeros(count, dtype=bool),
    )


@dataclass
class _Inputs:
    contest: Contest
    join: Join
    tallies: Mapping[int, ContestTally]
    notes: list[str] = field(default_factory=list)


def _leader(inputs: _Inputs) -> Colouring:
    count = len(inputs.join.layer)
    classes_of, values, derived, elsewhere = _empty(count)
    leads: dict[int, list[tuple[int, float]]] = {}
    tied: list[int] = []
    colours: tuple[str, ...] = ()
    for feature, result in inputs.tallies.items():
        colours = result.colours
        order = [i for i in result.order_shown() if not is_missing(float(result.share[i]))]
        if not order or not result.total_valid.known or not result.total_valid.value:
            continue
        first = order[0]
        second = order[1] if len(order) > 1 else None
        margin = float(result.share[first] - (result.share[second] if second is not None else 0.0))
        values[feature] = margin
        derived[feature] = True
        if second is not None and result.votes[first] == result.votes[second] and not result.votes_estimated[[first, second]].any():
            tied.append(feature)
            continue
        leads.setdefault(first, []).append((feature, margin))
    classes: list[MapClass] = []
    labels = [
        translate("geo", "lead under {0} points").format(_edge_text(MARGIN_EDGES[0])),
        translate("geo", "lead {0}–{1} points").format(_edge_text(MARGIN_EDGES[0]), _edge_text(MARGIN_EDGES[1])),
        translate("geo", "lead {0}–{1} points").format(_edge_text(MARGIN_EDGES[1]), _edge_text(MARGIN_EDGES[2])),
        translate("geo", "lead {0} points or more").format(_edge_text(MARGIN_EDGES[2])),
    ]
    for candidate in sorted(leads, key=lambda c: (-len(leads[c]), c)):
        name = inputs.contest.candidates[candidate].name
        base = len(classes)
        for label, strength in zip(labels, _MARGIN_STRENGTH, strict=True):
            classes.append(MapClass(label, mix(colours[candidate], strength), name))
        for feature, margin in leads[candidate]:
            classes_of[feature] = base + int(np.searchsorted(MARGIN_EDGES, margin, side="right"))
    if tied:
        classes.append(MapClass(translate("geo", "tied"), TIED_COLOUR))
        classes_of[tied] = len(classes) - 1
    title = translate("geo", "Leader, shaded by the lead over the runner-up (points of the share, derived)")
    return Colouring(LEADER, title, tuple(classes), classes_of, values, derived, elsewhere, tuple(inputs.notes))


def _sequential(measure: str, title: str, values: np.ndarray, derived, elsewhere, colours_for, unit: str, notes, candidate=None) -> Colouring:
    edges = nice_breaks(values)
    colours = colours_for(len(edges) - 1) if edges else ()
    classes = tuple(MapClass(label, colour) for label, colour in zip(_range_labels(edges, unit), colours, strict=True))
    return Colouring(measure, title, classes, _classify(values, edges), values, derived, elsewhere, tuple(notes), candidate)


def _share(inputs: _Inputs, candidate: int) -> Colouring:
    _, values, derived, elsewhere = _empty(len(inputs.join.layer))
    colour = "#0072B2"
    for feature, result in inputs.tallies.items():
        colour = result.colours[candidate]
        on_ballot = result.on_ballot is None or bool(result.on_ballot[candidate])
        if on_ballot and not is_missing(float(result.share[candidate])) and result.total_valid.known and result.total_valid.value:
            values[feature] = float(result.share[candidate])
            derived[feature] = bool(result.share_derived[candidate])
    name = inputs.contest.candidates[candidate].name
    title = translate("geo", "{0}: share of valid votes").format(name)
    if derived.any():
        title += " " + translate("geo", "(derived where not reported)")
    return _sequential(f"{SHARE}:{name}", title, values, derived, elsewhere, lambda n: ramp(colour, n), "%", inputs.notes, candidate)


def _turnout(inputs: _Inputs, figures: RegionFigures | None) -> Colouring:
    _, values, derived, elsewhere = _empty(len(inputs.join.layer))
    for feature, result in inputs.tallies.items():
        if result.turnout_percent.known:
            values[feature] = float(result.turnout_percent.value)  # type: ignore[arg-type]
            derived[feature] = result.turnout_percent.derived
    if figures is not None and figures.measure == TURNOUT:
        for feature, feature_id in enumerate(inputs.join.layer.ids):
            if np.isnan(values[feature]) and feature_id in figures.values:
                values[feature] = figures.values[feature_id][0]
                elsewhere[feature] = True
        if elsewhere.any():
            status = translate("geo", figures.status) if figures.status else ""  # "preliminary", "final", … in the reader's language
            inputs.notes.append(figures.title + (f" ({status})" if status else "") + (f". {figures.note}" if figures.note else ""))
    title = translate("geo", "Turnout")
    if derived.any():
        title += " " + translate("geo", "(derived from ballots and registered voters where not reported)")
    return _sequential(TURNOUT, title, values, derived, elsewhere, lambda n: TURNOUT_RAMP[len(TURNOUT_RAMP) - n :], "%", inputs.notes)


def _change(inputs: _Inputs, candidate: int, compared: Contest | None, party_colours) -> Colouring:
    count = len(inputs.join.layer)
    _, values, derived, elsewhere = _empty(count)
    name = inputs.contest.candidates[candidate].name
    title = translate("geo", "{0}: change in share since the compared file (points, derived)").format(name)
    if compared is None:
        inputs.notes.append(translate("geo", "No file to compare with: File → Compare With… first."))
        return Colouring(f"{CHANGE}:{name}", title, (), np.full(count, NO_DATA), values, derived, elsewhere, tuple(inputs.notes), candidate)
    pairs = {new: old for old, new, _ in match_candidates(compared.candidates, inputs.contest.candidates)}
    old_index = pairs.get(candidate)
    if old_index is None:
        inputs.notes.append(translate("geo", "{0} is not in the compared file.").format(name))
    for feature, result in inputs.tallies.items() if old_index is not None else ():
        unit_id = str(result.contest.units.ids[result.scope])
        try:
            old_scope = compared.units.index_of(unit_id)
        except KeyError:
            continue
        old = tally(compared, old_scope, None, party_colours)
        if not is_missing(float(result.share[candidate])) and not is_missing(float(old.share[old_index])) and old.total_valid.known and result.total_valid.known:
            values[feature] = float(result.share[candidate] - old.share[old_index])
            derived[feature] = True
    known = values[~np.isnan(values)]
    if not len(known):
        return Colouring(f"{CHANGE}:{name}", title, (), np.full(count, NO_DATA), values, derived, elsewhere, tuple(inputs.notes), candidate)
    positive = nice_breaks(np.array([0.0, float(np.abs(known).max()) or 1.0]), 3)
    edges = [-edge for edge in positive[:0:-1]] + positive
    labels = [f"{_signed(a)} – {_signed(b)}" for a, b in zip(edges[:-1], edges[1:], strict=True)]
    half = len(positive) - 1
    colours = CHANGE_RAMP[3 - half : 3 + half]
    classes = tuple(MapClass(label + " " + translate("geo", "points"), colour) for label, colour in zip(labels, colours, strict=True))
    return Colouring(f"{CHANGE}:{name}", title, classes, _classify(values, edges), values, derived, elsewhere, tuple(inputs.notes), candidate)


def _signed(value: float) -> str:
    rounded_value = round(value, 2)
    return ("+" if rounded_value > 0 else "−" if rounded_value < 0 else "") + _edge_text(abs(rounded_value))


def _reporting(inputs: _Inputs) -> Colouring:
    classes_of, values, derived, elsewhere = _empty(len(inputs.join.layer))
    for feature, result in inputs.tallies.items():
        if result.units_total is None or result.units_reporting is None or result.units_total <= 0:
            continue
        values[feature] = result.units_reporting / result.units_total * 100.0
        derived[feature] = True
        if result.units_reporting >= result.units_total:
            classes_of[feature] = 0
        elif result.units_reporting > 0:
            classes_of[feature] = 1
        else:
            classes_of[feature] = 2
    labels = (translate("geo", "counted"), translate("geo", "partly counted"), translate("geo", "not yet counted"))
    classes = tuple(MapClass(label, colour) for label, colour in zip(labels, REPORTING_COLOURS, strict=True))
    title = translate("geo", "Reporting progress (the file's units reported)")
    return Colouring(REPORTING, title, classes, classes_of, values, derived, elsewhere, tuple(inputs.notes))


def colour_map(
    measure: str,
    contest: Contest,
    join: Join,
    *,
    tallies: Mapping[int, ContestTally] | None = None,
    party_colours: dict[str, str] | None = None,
    compared: Contest | None = None,
    figures: RegionFigures | None = None,
) -> Colouring:
    """``measure`` (one of :data:`MEASURES`; ``share:NAME`` and ``change:NAME`` name a candidate) for each feature.

    Raises KeyError for an unknown measure or candidate.
    """
    kind, _, wanted = measure.partition(":")
    if kind not in MEASURES:
        raise KeyError(measure)
    inputs = _Inputs(contest, join, tallies if tallies is not None else region_tallies(contest, join, party_colours))
    if len(contest.units) <= 1 or not join.matched:
        inputs.notes.append(translate("geo", "This file has no results by region: the map can't show votes or shares for its places."))
    if kind == LEADER:
        return _leader(inputs)
    if kind == TURNOUT:
        return _turnout(inputs, figures)
    if kind == REPORTING:
        return _reporting(inputs)
    if wanted:
        candidate = find_candidate(contest, wanted)
    else:
        whole = tally(contest, None, None, party_colours)
        leader = whole.leader()
        if leader is None:
            raise KeyError(measure)
        candidate = leader
    if kind == SHARE:
        return _share(inputs, candidate)
    return _change(inputs, candidate, compared, party_colours)
