"""Which of two results files came first: by the election's date, then the status, then the announcement.

Comparing two versions of a count, the change runs from the earlier to the later whichever of
the two is open: with the preliminary results on screen and the final ones compared, Tokayev's
share rose 0.20 points (as ``electview compare PRELIMINARY FINAL`` says), it didn't fall.
"""

from __future__ import annotations

import re

from electview.core.model import Election, Status

_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?)?)?")

# How far along the count a status is: a file further along was published later.
STATUS_ORDER = {
    Status.PRE_ELECTION: 0,
    Status.PRELIMINARY: 1,
    Status.UNOFFICIAL: 2,
    Status.FINAL: 3,
    Status.CERTIFIED: 4,
}


def _before(first: str, second: str) -> bool | None:
    """ISO 8601 dates (and times) compared as far as both go ("2019" says nothing against "2019-06-09").

    Free text ("final results of the 9 June election") says nothing either.
    """
    first_match, second_match = _ISO.match(first.strip()), _ISO.match(second.strip())
    if first_match is None or second_match is None:
        return None
    first, second = first_match.group(0).replace(" ", "T"), second_match.group(0).replace(" ", "T")
    length = min(len(first), len(second))
    if not length or first[:length] == second[:length]:
        return None
    return first[:length] < second[:length]


def is_earlier(first: Election, second: Election) -> bool | None:
    """True when ``first``'s results came before ``second``'s, False when after, None when the files don't say."""
    by_date = _before(first.date, second.date)
    if by_date is not None:
        return by_date
    ranks = STATUS_ORDER.get(first.status), STATUS_ORDER.get(second.status)
    if ranks[0] is not None and ranks[1] is not None and ranks[0] != ranks[1]:
        return ranks[0] < ranks[1]
    return _before(first.source.announced_at, second.source.announced_at)
