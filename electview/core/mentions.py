"""Which candidates a quote talks about, when the file doesn't say: by surname, as a reader would."""

from __future__ import annotations

import re
from collections.abc import Sequence

from electview.core.model import Candidate


def _surnames(candidate: Candidate) -> list[str]:
    """The last word (3+ letters) of the name in each language it is given in ("Tokayev", "Токаев", "Тоқаев")."""
    surnames = []
    for name in (candidate.name, *candidate.names.values()):
        words = re.findall(r"\w+", name)
        if words and len(words[-1]) >= 3:
            surnames.append(words[-1])
    return list(dict.fromkeys(surnames))


def detect_mentions(quote: str, candidates: Sequence[Candidate]) -> tuple[str, ...]:
    """Ids of candidates whose surname, in any language the file names them in, appears in ``quote`` as a word."""
    found = []
    for candidate in candidates:
        for surname in _surnames(candidate):
            if re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", quote, flags=re.IGNORECASE):
                found.append(candidate.id)
                break
    return tuple(found)
