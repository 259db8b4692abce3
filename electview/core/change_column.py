"""The table's change column: per candidate change against another file or the previous live update."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from electview.core.bars import seat_change
from electview.core.compare import Comparison, compare_tallies
from electview.core.compare_output import format_change, format_points, format_rank, votes_cell
from electview.core.formatting import format_percent, format_share
from electview.core.i18n import translate
from electview.core.matching import MATCHED_BY_MAPPING, MATCHED_BY_NAME, MATCHED_BY_PARTY, MATCHED_BY_SIMILAR_NAME
from electview.core.tally import ContestTally


@dataclass(frozen=True)
class Baseline:
    """Change per candidate against earlier figures, aligned with the *current* contest's candidates.

    The one shape a table's change column reads, whatever the earlier figures are: another
    results file (File → Compare With…) or the previous update of a live feed.
    ``change_points`` / ``change_votes`` are NaN where a candidate has no earlier figure;
    ``details`` is one plain sentence per candidate for a tooltip.
    """

    label: str
    change_points: np.ndarray
    change_votes: np.ndarray
    details: tuple[str, ...]
    crossings: tuple[str, ...]
    # Seats gained (+) or lost per candidate where both counts allocate party-list seats; None otherwise.
    change_seats: np.ndarray | None = None


def _matched_by_label(how: str) -> str:
    return {
        MATCHED_BY_MAPPING: translate("compare", "your mapping"),
        MATCHED_BY_NAME: translate("compare", "the same name in another spelling"),
        MATCHED_BY_SIMILAR_NAME: translate("compare", "a similar name"),
        MATCHED_BY_PARTY: translate("compare", "party"),
    }.get(how, how)


def baseline_from_comparison(comparison: Comparison, label: str, on_screen: str = "new") -> Baseline:
    """The comparison seen from the new results: one entry per candidate of ``comparison.new``.

    ``on_screen="old"``: seen from the earlier results (the later ones compared with them), one
    entry per candidate of ``comparison.old``; the change still runs from earlier to later.
    """
    earlier_on_screen = on_screen == "old"
    screen_index, other_index = (
        (comparison.old_index, comparison.new_index) if earlier_on_screen else (comparison.new_index, comparison.old_index)
    )
    width = len((comparison.old if earlier_on_screen else comparison.new).candidates)
    points = np.full(width, np.nan)
    votes = np.full(width, np.nan)
    details = [translate("compare", "Not in {0}").format(label)] * width
    crossings = [""] * width
    seats_by_row = seat_change(comparison)
    seats = None if seats_by_row is None else np.full(width, np.nan)
    for row in np.flatnonzero(screen_index >= 0):
        index = int(screen_index[row])
        points[index] = comparison.change_points[row]
        votes[index] = comparison.change_votes[row]
        crossings[index] = comparison.crossing(int(row))
        if seats is not None and seats_by_row is not None:
            seats[index] = seats_by_row[row]
        if other_index[row] < 0:
            continue
        parts = [
            translate("compare", "{old} → {new} ({points} points)").format(
                old=format_share(comparison.old_share[row]),
                new=format_share(comparison.new_share[row]),
                points=format_points(comparison.change_points[row]),
            ),
            translate("compare", "votes {old} → {new} ({change})").format(
                old=votes_cell(comparison.old, int(comparison.old_index[row]), comparison.old_votes[row]),
                new=votes_cell(comparison.new, int(comparison.new_index[row]), comparison.new_votes[row]),
                change=format_change(comparison.change_votes[row]),
            ),
            translate("compare", "rank {0}").format(format_rank(comparison, int(row))),
        ]
        if comparison.old_names[row] != comparison.names[row]:
            parts.append(
                translate("compare", "{name} in {label}, matched by {how}").format(
                    name=comparison.names[row] if earlier_on_screen else comparison.old_names[row],
                    label=label,
                    how=_matched_by_label(comparison.matched_by[row]),
                )
            )
        if crossings[index]:
            crossed = translate("compare", "rose above {0}") if crossings[index] == "up" else translate("compare", "fell to or below {0}")
            parts.append(crossed.format(format_percent(comparison.threshold)))
        since = translate("compare", "Later, {label}: {details}") if earlier_on_screen else translate("compare", "Since {label}: {details}")
        details[index] = since.format(label=label, details="; ".join(parts))
    return Baseline(label, points, votes, tuple(details), tuple(crossings), seats)


def baseline_from_tallies(previous: ContestTally, current: ContestTally, label: str) -> Baseline:
    """Change since ``previous`` (e.g. a live feed's last update) for the candidates of ``current``."""
    return baseline_from_comparison(compare_tallies(previous, current), label)
