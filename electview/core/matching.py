"""Which candidate of one result is which of another: a mapping, the same name, spelling-neutral keys, likeness, party."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel

from electview.core.model import Candidate
from electview.core.names import NameForm, form_similarity, name_key, party_key

#: Names at least this similar (0–1, spelling-neutral) are the same person.
NAME_MATCH = 0.8
#: With the same party, a weaker name likeness is enough ("K. Tokayev" and "Kassym-Jomart Tokayev").
NAME_MATCH_SAME_PARTY = 0.6

MATCHED_BY_MAPPING = "mapping"
MATCHED_BY_NAME = "name"
MATCHED_BY_SIMILAR_NAME = "similar name"
MATCHED_BY_PARTY = "party"


def _candidate_keys(candidate: Candidate) -> set[str]:
    return {candidate.id.casefold(), candidate.name.casefold(), name_key(candidate.name)}


def _find(candidates: tuple[Candidate, ...], wanted: str) -> int | None:
    """Index of the candidate whose id or name (any spelling) is ``wanted``."""
    wanted_keys = {wanted.casefold(), name_key(wanted)}
    for index, candidate in enumerate(candidates):
        if _candidate_keys(candidate) & wanted_keys:
            return index
    return None


def match_candidates(
    old: tuple[Candidate, ...],
    new: tuple[Candidate, ...],
    mapping: Mapping[str, str | None] | None = None,
) -> list[tuple[int, int, str]]:
    """Pairs (old index, new index, how matched).

    ``mapping`` maps an old candidate (id or name) to a new one (id or name), or to None to
    keep it unmatched; it wins over everything else. Then the exact same name (so an exact
    name is never paired with a look-alike listed first), then names that are the
    same modulo spelling, then similar names (best pairs first), then the one candidate of a
    party on each side. The pairing of two candidate lists is worked out once and remembered:
    drilling into a place while comparing asks again for the same lists.
    """
    key = (_identity(old), _identity(new), tuple((mapping or {}).items()))
    if key not in _PAIRINGS:
        if len(_PAIRINGS) >= 16:
            _PAIRINGS.pop(next(iter(_PAIRINGS)))
        _PAIRINGS[key] = tuple(_match(old, new, mapping or {}))
    return list(_PAIRINGS[key])


_PAIRINGS: dict[tuple, tuple[tuple[int, int, str], ...]] = {}


def _identity(candidates: tuple[Candidate, ...]) -> tuple[tuple[str, str, str], ...]:
    return tuple((candidate.id, candidate.name, candidate.party) for candidate in candidates)


def _match(old: tuple[Candidate, ...], new: tuple[Candidate, ...], mapping: Mapping[str, str | None]) -> list[tuple[int, int, str]]:
    pairs: list[tuple[int, int, str]] = []
    free_old = set(range(len(old)))
    free_new = set(range(len(new)))

    def take(i: int, j: int, how: str) -> None:
        pairs.append((i, j, how))
        free_old.discard(i)
        free_new.discard(j)

    for old_name, new_name in mapping.items():
        i = _find(old, old_name)
        if i is None or i not in free_old:
            continue
        if new_name is None:
            free_old.discard(i)  # deliberately left unmatched
            continue
        j = _find(new, new_name)
        if j is not None and j in free_new:
            take(i, j, MATCHED_BY_MAPPING)

    for exact in (lambda c: c.name.casefold(), lambda c: name_key(c.name)):
        wanted: dict[str, int] = {}
        for j in sorted(free_new):
            wanted.setdefault(exact(new[j]), j)
        for i in sorted(free_old):
            j = wanted.get(exact(old[i]))
            if exact(old[i]) and j is not None and j in free_new:
                take(i, j, MATCHED_BY_NAME)

    for _, i, j in _similar_pairs(old, new, sorted(free_old), sorted(free_new)):
        if i in free_old and j in free_new:
            take(i, j, MATCHED_BY_SIMILAR_NAME)

    by_party_old: dict[str, list[int]] = {}
    by_party_new: dict[str, list[int]] = {}
    for i in free_old:
        by_party_old.setdefault(party_key(old[i].party), []).append(i)
    for j in free_new:
        by_party_new.setdefault(party_key(new[j].party), []).append(j)
    for party, olds in by_party_old.items():
        news = by_party_new.get(party, [])
        if party and len(olds) == 1 and len(news) == 1:
            take(olds[0], news[0], MATCHED_BY_PARTY)
    # Candidates the mapping set aside were dropped from free_old without a pair; keep it so.
    return pairs


def _codes(values: list, codes: dict) -> np.ndarray:
    return np.fromiter((codes.setdefault(value, len(codes)) for value in values), dtype=np.int64, count=len(values))


def _similar_pairs(
    old: tuple[Candidate, ...], new: tuple[Candidate, ...], olds: list[int], news: list[int]
) -> list[tuple[float, int, int]]:
    """(−similarity, old index, new index) of every pair similar enough, best first.

    The whole-name scores of all pairs come from rapidfuzz in C, a block of rows at a time;
    Python looks only at pairs that clear the bar or share a word (whose score the shared word
    can lift), so thousands of candidates on each side take a fraction of a second.
    """
    if not olds or not news:
        return []
    forms_old = [NameForm.of(old[i].name) for i in olds]
    forms_new = [NameForm.of(new[j].name) for j in news]
    number_codes: dict = {}
    numbers_old, numbers_new = _codes([f.numbers for f in forms_old], number_codes), _codes([f.numbers for f in forms_new], number_codes)
    party_codes: dict = {"": -1}
    parties_old = _codes([party_key(old[i].party) for i in olds], party_codes)
    parties_new = _codes([party_key(new[j].party) for j in news], party_codes)
    sharing = _pairs_sharing_a_word(forms_old, forms_new)
    texts_new = [form.text for form in forms_new]
    scored: list[tuple[float, int, int]] = []
    for start in range(0, len(olds), _BLOCK):
        rows = range(start, min(start + _BLOCK, len(olds)))
        whole = process.cdist([forms_old[a].text for a in rows], texts_new, scorer=Indel.normalized_similarity, dtype=np.float64, workers=-1)
        same_party = (parties_old[start : rows.stop, None] == parties_new[None, :]) & (parties_new[None, :] >= 0)
        needed = np.where(same_party, NAME_MATCH_SAME_PARTY, NAME_MATCH)
        plain = (whole >= needed) & (numbers_old[start : rows.stop, None] == numbers_new[None, :])
        for a, b in zip(*np.nonzero(plain), strict=True):
            if (start + a, b) not in sharing:
                scored.append((-float(whole[a, b]), olds[start + a], news[b]))
        for a in rows:
            for b in sharing.get_row(a):
                similarity = form_similarity(forms_old[a], forms_new[b], float(whole[a - start, b]))
                if similarity >= needed[a - start, b]:
                    scored.append((-similarity, olds[a], news[b]))
    scored.sort()
    return scored


_BLOCK = 512


class _SharedWordPairs:
    """Positions (old, new) of names with a word in common, an initial counting as a word it starts."""

    def __init__(self) -> None:
        self.by_row: dict[int, set[int]] = {}

    def add(self, a: int, b: int) -> None:
        self.by_row.setdefault(a, set()).add(b)

    def get_row(self, a: int) -> list[int]:
        return sorted(self.by_row.get(a, ()))

    def __contains__(self, pair: tuple[int, int]) -> bool:
        return pair[1] in self.by_row.get(pair[0], ())


def _pairs_sharing_a_word(forms_old: list[NameForm], forms_new: list[NameForm]) -> _SharedWordPairs:
    by_word: dict[str, list[int]] = {}
    by_initial: dict[str, list[int]] = {}
    initials_new: dict[str, list[int]] = {}
    for b, form in enumerate(forms_new):
        for word in set(form.tokens):
            by_word.setdefault(word, []).append(b)
            by_initial.setdefault(word[0], []).append(b)
            if len(word) == 1:
                initials_new.setdefault(word, []).append(b)
    pairs = _SharedWordPairs()
    for a, form in enumerate(forms_old):
        for word in set(form.tokens):
            for b in by_word.get(word, ()):
                pairs.add(a, b)
            # An initial on either side may stand for the other side's word.
            for b in by_initial.get(word, ()) if len(word) == 1 else initials_new.get(word[0], ()):
                pairs.add(a, b)
    return pairs
