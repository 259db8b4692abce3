"""Ballot measures: a contest whose two choices are yes and no, decided against a threshold of the votes on it.

A proposition, referendum or bond question passes with more than half of the votes cast on it
(a simple majority), or at least a qualified threshold (55%, two thirds) where the law says so;
"For leads Against by 24 votes" is not what anyone reports. The choices are read by their words
(Yes/No, For/Against and their usual translations), after the contest's own name where a file
repeats it ("ACC District Proposition A-For").
"""

from __future__ import annotations

import unicodedata

from electview.core.model import Contest

#: The words of a measure's two sides, casefolded.
YES_WORDS = frozenset({
    "yes", "for", "approve", "approved", "in favour", "in favor", "accept", "adopt",
    "да", "за", "иә", "oui", "pour", "ja", "dafür", "sí", "si", "a favor", "tak", "ano", "sim", "voor",
})
NO_WORDS = frozenset({
    "no", "against", "reject", "rejected", "oppose", "not approve",
    "нет", "против", "жоқ", "қарсы", "non", "contre", "nein", "dagegen", "en contra", "nie", "ne", "não", "nao", "tegen",
})
SIMPLE_MAJORITY = 50.0


def side_label(name: str, contest_name: str) -> str:
    """The choice's own words, after the contest's name where the file repeats it: "ACC District Proposition A-For" → "For"."""
    text = unicodedata.normalize("NFKC", name).strip()
    if contest_name and text.casefold().startswith(contest_name.casefold()):
        text = text[len(contest_name):]
    return " ".join(text.strip(" -–—:/|()[]").split()) or name


def _side(name: str, contest_name: str) -> str:
    return side_label(name, contest_name).casefold()


def measure_sides(contest: Contest) -> tuple[int, int] | None:
    """(yes, no): the indices of a measure's two choices, or None when the contest isn't a yes/no question."""
    if len(contest.candidates) != 2:
        return None
    sides = [_side(candidate.name, contest.name) for candidate in contest.candidates]
    if sides[0] in YES_WORDS and sides[1] in NO_WORDS:
        return 0, 1
    if sides[1] in YES_WORDS and sides[0] in NO_WORDS:
        return 1, 0
    return None


def passes(yes_share: float, threshold: float) -> bool:
    """More than half for a simple majority (a tie fails); at least the threshold for a qualified one."""
    return yes_share > threshold if threshold == SIMPLE_MAJORITY else yes_share >= threshold
