"""Which map feature is which place of the results: by code first, then by name; never a silent guess.

The join works on one level of the results' places (the level that matches best: a file of
regions and districts joins its regions to a layer of regions) and goes in steps, each on
what the earlier ones left free:

1. **code**: the layer field (the feature id or a short text property such as an ISO, FIPS
   or HASC code) whose values equal the most unit ids; digit-only codes compare without
   leading zeros ("8031" is "08031");
2. **name**: the same name once case, accents, punctuation and spacing are set aside, then
   also without the words that only say what kind of place it is ("Akmola Region" is
   "Akmola"), when that leaves one feature for one place;
3. a name that equals several features is narrowed to those whose code shares the prefix of
   the features already joined ("Adams" in Colorado, when Colorado's counties start "08");
   still several: **ambiguous**, listed, not joined;
4. **proposed**: names that only agree after transliteration ("Акмолинская" / "Akmolinskaya")
   or are merely similar (rapidfuzz, ≥ :data:`SIMILAR`). These are *not* joined until the
   user accepts them (:meth:`Join.accept`): a dialog in the window, ``--accept-proposed`` on
   the command line.

What stays is listed both ways: places without a feature, features without a place.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

import numpy as np
from rapidfuzz.distance import Indel

from electview.core.geo import Layer
from electview.core.i18n import translate
from electview.core.model import UnitTable
from electview.core.names import name_key

#: Spelling-neutral names at least this similar (0–1) are proposed as the same place.
SIMILAR = 0.85

BY_CODE = "code"
BY_NAME = "name"
BY_NAME_IN_AREA = "name in area"
BY_USER = "user"
PROPOSED_TRANSLITERATED = "transliterated"
PROPOSED_SIMILAR = "similar"

# Words that say what kind of place a name is, not which: dropped in the second name step.
# English, Russian, Kazakh and the common words of other countries' admin levels.
_KIND_WORDS = frozenset(
    """
    region oblast oblys oblysy province provincia state county parish borough district city town municipality
    department departement prefecture governorate territory republic autonomous okrug krai kray raion rayon
    of the and de la le du des und the
    область облысы қаласы город г район край республика округ автономный
    """.split()
)
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def plain_name(name: str) -> str:
    """A name with case, accents, punctuation and spacing set aside (same script: no transliteration)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(word for word in _NOT_WORD.split(letters) if word)


def bare_name(name: str) -> str:
    """:func:`plain_name` without the words that only say what kind of place it is."""
    words = plain_name(name).split()
    kept = [word for word in words if word not in _KIND_WORDS]
    return " ".join(kept) if kept else " ".join(words)


def _code_key(code: str) -> str:
    code = code.strip().casefold()
    return code.lstrip("0") or "0" if code.isdigit() else code


@dataclass(frozen=True)
class Proposal:
    """A pairing the join won't make on its own: the user confirms it."""

    feature: int
    unit: int
    how: str  # PROPOSED_TRANSLITERATED or PROPOSED_SIMILAR
    score: float  # 0–1, spelling-neutral similarity


@dataclass(frozen=True)
class Join:
    """The outcome of joining a layer's features to a results file's places.

    ``unit_of[f]`` is the unit index joined to feature ``f`` (-1: none) and ``how[f]`` how.
    ``ambiguous`` maps a unit to the features its name equals equally well.
    """

    layer: Layer
    units: UnitTable
    candidates: tuple[int, ...]  # the units the join considered (one level)
    unit_of: np.ndarray
    how: tuple[str, ...]
    proposals: tuple[Proposal, ...] = ()
    ambiguous: Mapping[int, tuple[int, ...]] = field(default_factory=dict)
    code_field: str = ""  # the layer field the codes matched in

    def feature_of(self, unit: int) -> int | None:
        hits = np.flatnonzero(self.unit_of == unit)
        return int(hits[0]) if len(hits) else None

    @property
    def matched(self) -> list[tuple[int, int, str]]:
        """(feature, unit, how) of every pair joined."""
        return [(int(f), int(self.unit_of[f]), self.how[f]) for f in np.flatnonzero(self.unit_of >= 0)]

    @property
    def unmatched_units(self) -> list[int]:
        """Places of the joined level that no feature stands for (proposed and ambiguous ones included)."""
        joined = set(self.unit_of[self.unit_of >= 0].tolist())
        return [unit for unit in self.candidates if unit not in joined]

    @property
    def unmatched_features(self) -> list[int]:
        return [int(f) for f in np.flatnonzero(self.unit_of < 0)]

    def accept(self, proposals: Iterable[Proposal] | None = None) -> Join:
        """The join with the given proposals (all by default) made, as the user confirmed them."""
        chosen = list(self.proposals if proposals is None else proposals)
        return self.with_pairs(((p.feature, p.unit) for p in chosen), how=None, proposals_left=[p for p in self.proposals if p not in chosen])

    def with_pairs(self, pairs: Iterable[tuple[int, int]], how: str | None = BY_USER, proposals_left: list[Proposal] | None = None) -> Join:
        """The join with (feature, unit) pairs set by the user (unit -1 unjoins the feature); each replaces what was there."""
        unit_of = self.unit_of.copy()
        hows = list(self.how)
        proposal_how = {(p.feature, p.unit): p.how for p in self.proposals}
        for feature, unit in pairs:
            if unit >= 0:
                unit_of[unit_of == unit] = -1
            unit_of[feature] = unit
            hows[feature] = (how or proposal_how.get((feature, unit), BY_USER)) if unit >= 0 else ""
        for free in np.flatnonzero(unit_of < 0):
            hows[free] = ""
        left = self.proposals if proposals_left is None else tuple(proposals_left)
        joined_units = set(unit_of[unit_of >= 0].tolist())
        left = tuple(p for p in left if unit_of[p.feature] < 0 and p.unit not in joined_units)
        ambiguous = {u: fs for u, fs in self.ambiguous.items() if u not in joined_units}
        return replace(self, unit_of=unit_of, how=tuple(hows), proposals=left, ambiguous=ambiguous)

    def area(self) -> np.ndarray:
        """The features the map shows: those sharing the code prefix of the joined ones (Colorado's "08"), else all.

        A national layer joined to one state's counties shows that state, with its counties
        the file lacks as no data, not the whole country.
        """
        prefix = _common_prefix([self.layer.ids[f] for f, _, _ in self.matched if self.layer.ids[f]])
        if not prefix:
            return np.arange(len(self.layer))
        return np.asarray([f for f, code in enumerate(self.layer.ids) if code.startswith(prefix)], dtype=np.int64)

    def restricted(self, features: np.ndarray) -> Join:
        """The join on the layer cut down to ``features`` (indices renumbered in that order)."""
        new_index = np.full(len(self.layer), -1, dtype=np.int64)
        new_index[features] = np.arange(len(features))
        proposals = tuple(replace(p, feature=int(new_index[p.feature])) for p in self.proposals if new_index[p.feature] >= 0)
        ambiguous = {u: tuple(int(new_index[f]) for f in fs if new_index[f] >= 0) for u, fs in self.ambiguous.items()}
        return replace(
            self,
            layer=self.layer.subset(features),
            unit_of=self.unit_of[features],
            how=tuple(self.how[f] for f in features),
            proposals=proposals,
            ambiguous={u: fs for u, fs in ambiguous.items() if fs},
        )

    def describe(self) -> str:
        """One line: how many joined and how, what is proposed, what is left on each side."""
        counts: dict[str, int] = {}
        for _, _, how in self.matched:
            counts[how] = counts.get(how, 0) + 1
        ways = ", ".join(f"{count} {how_label(how)}" for how, count in sorted(counts.items()))
        return translate("geo", "{joined} of {places} places joined ({ways}); {proposed} proposed, {ambiguous} ambiguous; {features} map features without a place").format(
            joined=len(self.matched),
            places=len(self.candidates),
            ways=ways or "—",
            proposed=len(self.proposals),
            ambiguous=len(self.ambiguous),
            features=len(self.unmatched_features),
        )


def how_label(how: str) -> str:
    """The words for a way of joining, for the dialog and the command line."""
    return {
        BY_CODE: translate("geo", "by code"),
        BY_NAME: translate("geo", "by name"),
        BY_NAME_IN_AREA: translate("geo", "by name within the area"),
        BY_USER: translate("geo", "set by the user"),
        PROPOSED_TRANSLITERATED: translate("geo", "transliterated name, confirmed"),
        PROPOSED_SIMILAR: translate("geo", "similar name, confirmed"),
    }.get(how, how)


def _depths(units: UnitTable) -> np.ndarray:
    depth = np.zeros(len(units), dtype=np.int64)
    ancestor = units.parents.astype(np.int64).copy()
    for _ in range(len(units)):
        live = ancestor >= 0
        if not live.any():
            break
        depth[live] += 1
        ancestor[live] = units.parents[ancestor[live]]
    return depth


def _unit_names(units: UnitTable, unit: int) -> list[str]:
    names = [str(units.names[unit])]
    names += [str(text) for text in units.unit_names(unit).values() if str(text) not in names]
    return [name for name in names if name.strip()]


def _best_code_field(layer: Layer, units: UnitTable, candidates: list[int]) -> tuple[str, dict[str, int]]:
    """The layer field whose (unique) codes equal the most unit ids, and code key → feature."""
    wanted = {_code_key(str(units.ids[u])) for u in candidates}
    fields: dict[str, dict[str, int]] = {}
    repeated: set[str] = set()
    for feature in range(len(layer)):
        for key, code in layer.codes_of(feature).items():
            codes = fields.setdefault(key, {})
            code_key = _code_key(code)
            if code_key in codes:
                repeated.add(key)  # not a key field: two features share a value
            codes[code_key] = feature
    best, best_hits = "", 0
    for key, codes in fields.items():
        if key in repeated:
            continue
        hits = len(wanted & codes.keys())
        if hits > best_hits:
            best, best_hits = key, hits
    return best, fields.get(best, {})


def _common_prefix(codes: list[str]) -> str:
    if len(codes) < 2:
        return ""
    first, last = min(codes), max(codes)
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    return first[:size]


def join(layer: Layer, units: UnitTable, level: int | None = None) -> Join:
    """Join the layer's features to the places of ``units`` at one level (the best-matching one by default)."""
    depths = _depths(units)
    levels = sorted(set(depths.tolist()))
    if level is None:
        # The level that codes or plain names find most of; with none, the one with the most places.
        scored = [(_quick_score(layer, units, np.flatnonzero(depths == d).tolist()), int(np.count_nonzero(depths == d)), d) for d in levels]
        level = max(scored)[2] if scored else 0
    candidates = np.flatnonzero(depths == level).tolist()
    unit_of = np.full(len(layer), -1, dtype=np.int64)
    how = [""] * len(layer)
    free_units = set(candidates)

    def take(feature: int, unit: int, way: str) -> None:
        unit_of[feature] = unit
        how[feature] = way
        free_units.discard(unit)

    code_field, by_code = _best_code_field(layer, units, candidates)
    for unit in candidates:
        feature = by_code.get(_code_key(str(units.ids[unit])))
        if feature is not None and unit_of[feature] < 0:
            take(feature, unit, BY_CODE)

    ambiguous: dict[int, tuple[int, ...]] = {}
    for form in (plain_name, bare_name):
        _join_names(layer, units, form, unit_of, free_units, take, ambiguous)
    # A name several features share, told apart by the code prefix of what is already joined.
    prefix = _common_prefix([layer.ids[f] for f in np.flatnonzero(unit_of >= 0) if layer.ids[f]])
    for unit, features in list(ambiguous.items()):
        inside = [f for f in features if unit_of[f] < 0 and prefix and layer.ids[f].startswith(prefix)]
        if unit in free_units and len(inside) == 1:
            take(inside[0], unit, BY_NAME_IN_AREA)
            del ambiguous[unit]
    ambiguous = {u: fs for u, fs in ambiguous.items() if u in free_units}
    proposals = _proposals(layer, units, unit_of, sorted(free_units - ambiguous.keys()))
    return Join(layer, units, tuple(candidates), unit_of, tuple(how), tuple(proposals), ambiguous, code_field)


def _quick_score(layer: Layer, units: UnitTable, candidates: list[int]) -> int:
    """How many of these places a code or a plain name finds in the layer (to choose the level)."""
    _, by_code = _best_code_field(layer, units, candidates)
    names = {plain_name(n) for f in range(len(layer)) for n in layer.names_of(f)}
    return sum(1 for u in candidates if _code_key(str(units.ids[u])) in by_code or any(plain_name(n) in names for n in _unit_names(units, u)))


def _join_names(layer, units, form, unit_of, free_units, take, ambiguous) -> None:
    """Join free places to free features whose names are equal in ``form``; one-to-one only."""
    features_by_name: dict[str, set[int]] = {}
    for free in np.flatnonzero(unit_of < 0).tolist():
        for name in layer.names_of(free):
            features_by_name.setdefault(form(name), set()).add(free)
    wanted: dict[int, set[int]] = {}
    for unit in sorted(free_units):
        hits: set[int] = set()
        for name in _unit_names(units, unit):
            hits |= features_by_name.get(form(name), set())
        if hits:
            wanted[unit] = hits
    claimed: dict[int, int] = {}
    for hits in wanted.values():
        for feature in hits:
            claimed[feature] = claimed.get(feature, 0) + 1
    for unit, hits in wanted.items():
        if len(hits) == 1 and claimed[next(iter(hits))] == 1:
            take(next(iter(hits)), unit, BY_NAME)
            ambiguous.pop(unit, None)
        elif len(hits) > 1:
            ambiguous[unit] = tuple(sorted(hits))


def _proposals(layer: Layer, units: UnitTable, unit_of: np.ndarray, free_units: list[int]) -> list[Proposal]:
    """Pairs of free places and free features whose names agree only transliterated, or are similar."""
    free_features = [int(f) for f in np.flatnonzero(unit_of < 0)]
    if not free_units or not free_features:
        return []
    feature_keys = {f: {name_key(bare_name(n)) for n in layer.names_of(f)} - {""} for f in free_features}
    scored: list[tuple[float, int, int, str]] = []
    for unit in free_units:
        keys = {name_key(bare_name(n)) for n in _unit_names(units, unit)} - {""}
        for feature, their in feature_keys.items():
            if keys & their:
                scored.append((-1.0, unit, feature, PROPOSED_TRANSLITERATED))
                continue
            best = max((Indel.normalized_similarity(a, b) for a in keys for b in their), default=0.0)
            if best >= SIMILAR:
                scored.append((-best, unit, feature, PROPOSED_SIMILAR))
    scored.sort()
    taken_units: set[int] = set()
    taken_features: set[int] = set()
    proposals = []
    for score, unit, feature, how in scored:
        if unit in taken_units or feature in taken_features:
            continue
        taken_units.add(unit)
        taken_features.add(feature)
        proposals.append(Proposal(feature, unit, how, -score))
    return proposals
