"""Which candidates a quote talks about, when the file doesn't say: by surname, as a reader would."""

from __future__ import annotations

import re
from collections.abc import Sequence

from electview.core.model import Candidate


def detect_mentions(quote: str, candidates: Sequence[Candidate]) -> tuple[str, ...]:
    """Ids of candidates whose surname (last word of the name, 3+ letters) appears in ``quote`` as a word."""
    found = []
    for candidate in candidates:
        words = re.findall(r"\w+", candidate.name)
        if not words or len(words[-1]) < 3:
            continue
        if re.search(rf"(?<!\w){re.escape(words[-1])}(?!\w)", quote, flags=re.IGNORECASE):
            found.append(candidate.id)
    return tuple(found)
