"""Candidate matching: exact names first, and the fast similar-name pass equal to scoring every pair."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from electview.core import matching
from electview.core.model import Candidate
from electview.core.names import NameForm, form_similarity, party_key


def _candidates(names, parties=None):
    parties = parties or [""] * len(names)
    return tuple(Candidate(id=str(i), name=n, party=p) for i, (n, p) in enumerate(zip(names, parties, strict=True)))


def test_an_exact_name_beats_a_look_alike_listed_first():
    cyrillic_a = "Tok\u0430yev"  # Cyrillic а among Latin letters
    old = _candidates(["Tokayev", "Kosanov"])
    new = _candidates([cyrillic_a, "Kosanov", "Tokayev"])
    pairs = {i: (j, how) for i, j, how in matching.match_candidates(old, new)}
    assert pairs[0] == (2, matching.MATCHED_BY_NAME)


def _every_pair(old, new, olds, news):
    scored = []
    for i in olds:
        for j in news:
            similarity = form_similarity(NameForm.of(old[i].name), NameForm.of(new[j].name))
            same_party = bool(party_key(old[i].party)) and party_key(old[i].party) == party_key(new[j].party)
            if similarity >= (matching.NAME_MATCH_SAME_PARTY if same_party else matching.NAME_MATCH):
                scored.append((-similarity, i, j))
    return sorted(scored)


_WORDS = st.sampled_from(["amir", "amirjan", "kosanov", "kosanova", "k", "t", "tokayev", "tokaev", "bol", "ser 5", "ser 50", "a b"])
_NAMES = st.lists(st.lists(_WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(old_names=_NAMES, new_names=_NAMES, parties=st.lists(st.sampled_from(["", "A", "B"]), min_size=12, max_size=12))
def test_the_fast_pass_finds_exactly_the_pairs_scoring_every_pair_finds(old_names, new_names, parties):
    old = _candidates(old_names, parties[: len(old_names)])
    new = _candidates(new_names, parties[: len(new_names)])
    olds, news = list(range(len(old))), list(range(len(new)))
    fast = matching._similar_pairs(old, new, olds, news)
    slow = _every_pair(old, new, olds, news)
    assert [(i, j) for _, i, j in fast] == [(i, j) for _, i, j in slow]
    assert all(abs(a[0] - b[0]) < 1e-12 for a, b in zip(fast, slow, strict=True))


def test_the_pairing_is_remembered_for_the_same_lists():
    old, new = _candidates(["Amirjan Kosanov"]), _candidates(["Amirzhan Kosanov"])
    matching._PAIRINGS.clear()
    first = matching.match_candidates(old, new)
    assert len(matching._PAIRINGS) == 1
    assert matching.match_candidates(old, new) == first and len(matching._PAIRINGS) == 1
