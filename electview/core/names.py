"""Candidate names compared across spellings: Cyrillic to Latin, transliteration variants, similarity."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import Indel

# Russian and Kazakh Cyrillic to Latin, close to the BGN/PCGN habits news agencies use.
# Variants between romanisations (zh/j, kh/h, y/i) are folded later by :func:`name_key`.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh letters
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    # Ukrainian and Belarusian letters that turn up in regional names
    "є": "ye", "ї": "yi", "ґ": "g", "ў": "w",
}  # fmt: skip

# Spelling variants one romanisation uses where another uses the other, longest first.
# "Amirjan" and "Amirzhan" (Амиржан), "Tokayev" and "Tokaev", "Kassym" and "Kasym".
_FOLDS = (
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("q", "k"),
    ("ck", "k"),
    ("w", "v"),
    ("yo", "e"),
    ("ye", "e"),
    ("ya", "a"),
    ("yu", "u"),
    ("iy", "i"),
    ("yy", "i"),
    ("y", "i"),
)
# Digits stay: "Candidate 5" and "Candidate 50", "District 1" and "District 11" are different people.
_NOT_LETTER_OR_DIGIT = re.compile(r"[^a-z0-9]+")
_DOUBLED = re.compile(r"([a-z])\1+")


def romanise(text: str) -> str:
    """Lower-case Latin letters: Cyrillic transliterated, accents dropped ("Ámír" → "amir")."""
    text = "".join(_CYRILLIC.get(char, char) for char in text.casefold())
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _fold_word(word: str) -> str:
    for variant, canonical in _FOLDS:
        word = word.replace(variant, canonical)
    return _DOUBLED.sub(r"\1", word)


def name_tokens(name: str) -> tuple[str, ...]:
    """The name's words in a spelling-neutral form, sorted so word order doesn't matter."""
    words = (_fold_word(word) for word in _NOT_LETTER_OR_DIGIT.split(romanise(name)))
    return tuple(sorted(word for word in words if word))


def name_key(name: str) -> str:
    """One string per person whatever the romanisation: "Амиржан Косанов" → "amirjan kosanov"."""
    return " ".join(name_tokens(name))


@dataclass(frozen=True)
class NameForm:
    """A name's spelling-neutral words, worked out once so comparing many names never redoes it."""

    tokens: tuple[str, ...]
    numbers: frozenset[str]

    @classmethod
    def of(cls, name: str) -> NameForm:
        tokens = name_tokens(name)
        return cls(tokens, frozenset(token for token in tokens if any(char.isdigit() for char in token)))

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def shared_words(tokens_a: tuple[str, ...], tokens_b: tuple[str, ...]) -> int:
    """Words in common, an initial ("k") counting as the word it starts ("kasim")."""
    shorter, longer = sorted((tokens_a, tokens_b), key=len)
    count = 0
    for word in shorter:
        if word in longer or (len(word) == 1 and any(other.startswith(word) for other in longer)):
            count += 1
    return count


def whole_name_similarity(text_a: str, text_b: str) -> float:
    """0 to 1: the share of characters two spelling-neutral names have in common, in order (Indel)."""
    return Indel.normalized_similarity(text_a, text_b)


def form_similarity(first: NameForm, second: NameForm, whole: float | None = None) -> float:
    """:func:`name_similarity` on forms worked out beforehand (``whole`` when already computed)."""
    if not first.tokens or not second.tokens or first.numbers != second.numbers:
        return 0.0  # "Candidate 5" is nobody's misspelling of "Candidate 50"
    if whole is None:
        whole = whole_name_similarity(first.text, second.text)
    shared = shared_words(first.tokens, second.tokens) / min(len(first.tokens), len(second.tokens))
    return max(whole, 0.5 * whole + 0.5 * shared) if shared else whole


def name_similarity(first: str, second: str) -> float:
    """0 (unrelated) to 1 (same name modulo spelling), on the spelling-neutral forms.

    Whole-name similarity counts most; sharing a word exactly (usually the surname) helps, so
    "K. Tokayev" is closer to "Kassym-Jomart Tokayev" than an unrelated name of the same length.
    """
    return form_similarity(NameForm.of(first), NameForm.of(second))


def party_key(party: str) -> str:
    """A party name in a spelling-neutral form ("" for none)."""
    return name_key(party)
