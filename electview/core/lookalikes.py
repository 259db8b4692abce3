"""Candidates whose names look the same but are spelt with other characters (Latin a, Cyrillic а)."""

from __future__ import annotations

import functools
import logging
import unicodedata

from electview.core.messages import QT_TRANSLATE_NOOP, Listed, Message, word_table
from electview.core.model import ResultsDataset
from electview.core.terminal import isolate

MAX_CANDIDATES_CHECKED = 10_000  # per contest: the check is one pass, this only bounds the message


@functools.cache
def _confusables() -> dict:
    # The Unicode confusables data (UTS #39), as shipped by confusable-homoglyphs; loaded only
    # when a dataset is checked.
    try:
        from confusable_homoglyphs import confusables  # type: ignore[import-untyped]

        return confusables.confusables_data
    except (ImportError, OSError, ValueError) as error:  # its data missing (a broken install): names are still compared
        logging.getLogger(__name__).warning("Unicode confusables data unavailable: %s", error)
        return {}


def skeleton(name: str) -> str:
    """One string for every spelling that looks alike: each character replaced by the lowest
    code point it is confusable with (Cyrillic а and Greek α's look-alike Latin a both → a)."""
    out = [_lowest_look_alike(char) for char in unicodedata.normalize("NFKC", name).casefold()]
    return " ".join("".join(out).split())


@functools.lru_cache(maxsize=65536)
def _lowest_look_alike(char: str) -> str:
    """The lowest code point ``char`` is confusable with (itself if none); cached, as names repeat letters."""
    entries = _confusables().get(char, ())
    return min([char] + [entry["c"] for entry in entries if len(entry["c"]) == 1])


def lookalike_warnings(dataset: ResultsDataset) -> list[Message]:
    """One line per contest where two different names look the same."""
    warnings: list[Message] = []
    for contest in dataset.contests:
        seen: dict[str, str] = {}
        clashes: list[tuple[str, str]] = []
        for candidate in contest.candidates[:MAX_CANDIDATES_CHECKED]:
            key = skeleton(candidate.name)
            other = seen.setdefault(key, candidate.name)
            if other != candidate.name and key:
                clashes.append((other, candidate.name))
        if clashes:
            pairs = Listed(tuple(Message(QT_TRANSLATE_NOOP("import", "{first} and {second}"), first=_spelt(a), second=_spelt(b)) for a, b in clashes[:5]))
            if len(clashes) > 5:
                template = QT_TRANSLATE_NOOP(
                    "import", "{contest}: candidates whose names look alike but are spelt with different characters: {pairs} and {count} more — check which is meant"
                )
            else:
                template = QT_TRANSLATE_NOOP("import", "{contest}: candidates whose names look alike but are spelt with different characters: {pairs} — check which is meant")
            warnings.append(Message(template, contest=isolate(contest.name), pairs=pairs, count=len(clashes) - 5))
    return warnings


def _spelt(name: str) -> Message | str:
    """The name with the scripts of its letters, so the difference can be seen: 'Tokаyev' (Latin, Cyrillic)."""
    scripts: list[str] = []
    for char in name:
        if char.isalpha():
            script = unicodedata.name(char, "").split(" ")[0].title()
            if script and script not in scripts:
                scripts.append(script)
    shown = f"“{isolate(name)}”"
    if not scripts:
        return shown
    named = tuple(_SCRIPTS.get(script, script) for script in scripts)  # a script without a translation keeps Unicode's name
    return Message(QT_TRANSLATE_NOOP("import", "{name} ({scripts})"), name=shown, scripts=Listed(named, ", "))


# The scripts candidates' names are most often written in, worded in the interface language.
_SCRIPTS = word_table(
    {
        "Latin": QT_TRANSLATE_NOOP("import", "Latin"), "Cyrillic": QT_TRANSLATE_NOOP("import", "Cyrillic"),
        "Greek": QT_TRANSLATE_NOOP("import", "Greek"), "Armenian": QT_TRANSLATE_NOOP("import", "Armenian"),
        "Georgian": QT_TRANSLATE_NOOP("import", "Georgian"), "Arabic": QT_TRANSLATE_NOOP("import", "Arabic"),
        "Hebrew": QT_TRANSLATE_NOOP("import", "Hebrew"), "Fullwidth": QT_TRANSLATE_NOOP("import", "Fullwidth"),
    }
)  # fmt: skip
