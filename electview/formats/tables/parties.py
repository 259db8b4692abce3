"""Parties written inside the candidate cell ("Ken McDonald ** Liberal/Libéral"): split off by what recurs across seats."""

from __future__ import annotations

from collections import defaultdict

MAX_PARTY_WORDS = 10
# Marks some tables put between a name and a party (incumbents, the elected): not part of either.
_MARKS = {"*", "**", "***", "(i)", "†"}


def split_party_suffix(names: list[str], groups: list[str] | None) -> tuple[list[str], list[str]] | None:
    """(names, parties) when most cells end with words that recur in three or more seats; else None.

    A party recurs from seat to seat, a surname almost never does at the end of the cell: the
    longest ending shared by three or more seats (``groups``) is taken as the party.
    """
    if groups is None or len(set(groups)) < 3:
        return None
    seats: dict[str, set[str]] = defaultdict(set)
    for name, group in zip(names, groups, strict=True):
        tokens = name.split()
        for size in range(1, min(MAX_PARTY_WORDS, len(tokens) - 1) + 1):
            seats[" ".join(tokens[-size:])].add(group)
    split_names, split_parties = [], []
    found = 0
    for name in names:
        tokens = name.split()
        endings = [" ".join(tokens[-size:]) for size in range(1, min(MAX_PARTY_WORDS, len(tokens) - 1) + 1)]
        widest = max((len(seats.get(ending, ())) for ending in endings), default=0)
        best = ""
        # The longest ending nearly as widespread as the most widespread one: "Green Party/Parti Vert", not
        # "Party"; "Liberal/Libéral", not "Macdonald Liberal/Libéral" (three Liberal Macdonalds).
        for ending in endings:
            if len(seats.get(ending, ())) >= max(3, widest / 2):
                best = ending
        rest = tokens[: len(tokens) - len(best.split())] if best else tokens
        party_tokens = [t for t in best.split() if t not in _MARKS]
        while rest and rest[-1] in _MARKS:
            rest = rest[:-1]
        if best and rest and party_tokens:
            found += 1
            split_names.append(" ".join(rest))
            split_parties.append(" ".join(party_tokens))
        else:
            split_names.append(name)
            split_parties.append("")
    return (split_names, split_parties) if found >= 0.8 * len(names) else None
