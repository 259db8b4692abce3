"""A comparison for the command line and the report: the text table, the JSON contract, rows and plain notes."""

from __future__ import annotations

from electview.core.compare import Comparison
from electview.core.formatting import format_count, format_percent, format_share, is_missing, whole_or_none
from electview.core.i18n import translate
from electview.core.matching import MATCHED_BY_NAME
from electview.core.model import ResultsDataset
from electview.core.tally import ContestTally

FORMATS = ("text", "json")
COMPARE_FORMAT_VERSION = 1


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None or is_missing(value) else round(float(value), digits)


def comparison_dict(comparison: Comparison, old: ResultsDataset, new: ResultsDataset) -> dict:
    """The JSON contract of ``electview compare --format json``."""
    rows: list[dict] = []
    for row in range(len(comparison)):
        rows.append(
            {
                "name": comparison.names[row],
                "party": comparison.parties[row] or None,
                "old_votes": whole_or_none(comparison.old_votes[row]),
                "new_votes": whole_or_none(comparison.new_votes[row]),
                "old_share": _round(comparison.old_share[row]),
                "new_share": _round(comparison.new_share[row]),
                "change_points": _round(comparison.change_points[row]),
                "change_votes": whole_or_none(comparison.change_votes[row]),
                "old_votes_estimated": _estimated(comparison.old, comparison.old_index[row]),
                "new_votes_estimated": _estimated(comparison.new, comparison.new_index[row]),
                "old_rank": int(comparison.old_rank[row]) or None,
                "new_rank": int(comparison.new_rank[row]) or None,
                "old_name": comparison.old_names[row] or None,
                "matched_by": comparison.matched_by[row] or None,
                "crossed_threshold": comparison.crossing(row) or None,
            }
        )
    return {
        "format_version": COMPARE_FORMAT_VERSION,
        "old": _side(old, comparison.old),
        "new": _side(new, comparison.new),
        "threshold": comparison.threshold,
        "candidates": rows,
    }


def _estimated(result: ContestTally, index: int) -> bool:
    return bool(index >= 0 and result.votes_estimated[index])


def _side(dataset: ResultsDataset, result: ContestTally) -> dict:
    return {
        "title": dataset.election.title,
        "status": dataset.election.status.value,
        "contest": result.contest.name,
        "source_path": dataset.source_path or None,
        "turnout_percent": _round(result.turnout_percent.value) if result.turnout_percent.known else None,
    }


def format_points(value: float, unknown: str = "—") -> str:
    """"+0.20", "−1.05", "0.00" (points, two decimals, sign always shown)."""
    if is_missing(value):
        return unknown
    value = round(float(value), 2)
    if value == 0:
        return "0.00"
    return f"{value:+.2f}".replace("-", "−")


def format_change(value: float, unknown: str = "—") -> str:
    """A change in votes: "+35,661", "−8,102"."""
    if is_missing(value):
        return unknown
    return ("+" if value > 0 else "") + format_count(value).replace("-", "−")


def format_rank(comparison: Comparison, row: int) -> str:
    """"1 → 1", "3 → 2 (up 1)", "new", "dropped"."""
    old, new = int(comparison.old_rank[row]), int(comparison.new_rank[row])
    if not old and not new:
        return "—"
    if not old:
        return translate("compare", "{0} (new)").format(new)
    if not new:
        return translate("compare", "{0} (gone)").format(old)
    moved = old - new
    if moved == 0:
        return f"{old} → {new}"
    direction = translate("compare", "up {0}") if moved > 0 else translate("compare", "down {0}")
    return f"{old} → {new} ({direction.format(abs(moved))})"


def votes_cell(result: ContestTally, index: int, value: float) -> str:
    text = format_count(value)
    return f"~{text}*" if _estimated(result, index) else text


def comparison_rows(comparison: Comparison) -> list[tuple[str, ...]]:
    """Text cells per row: candidate, party, old votes, new votes, change, old share, new share, points, rank."""
    rows: list[tuple[str, ...]] = []
    for row in range(len(comparison)):
        rows.append(
            (
                comparison.names[row],
                comparison.parties[row],
                votes_cell(comparison.old, int(comparison.old_index[row]), comparison.old_votes[row]),
                votes_cell(comparison.new, int(comparison.new_index[row]), comparison.new_votes[row]),
                format_change(comparison.change_votes[row]),
                format_share(comparison.old_share[row]),
                format_share(comparison.new_share[row]),
                format_points(comparison.change_points[row]),
                format_rank(comparison, row),
            )
        )
    return rows


ROW_HEADERS = ("Candidate", "Party", "Old votes", "New votes", "Change", "Old share", "New share", "Points", "Rank")


def comparison_notes(comparison: Comparison) -> list[str]:
    """Plain sentences: how names were matched, what stayed unmatched, threshold crossings, turnout."""
    notes = []
    for row in range(len(comparison)):
        how = comparison.matched_by[row]
        # Only a pair under two names is news: the window's Match Candidates… maps every
        # candidate, and an unchanged name can still be matched as merely "similar".
        if how and comparison.old_names[row] != comparison.names[row]:
            reason = "the same name in another spelling" if how == MATCHED_BY_NAME else how
            notes.append(f"{comparison.old_names[row]} (old) is {comparison.names[row]} (new): matched by {reason}.")
        crossing = comparison.crossing(row)
        if crossing:
            direction = "rose above" if crossing == "up" else "fell to or below"
            notes.append(
                f"{comparison.names[row]} {direction} the {format_percent(comparison.threshold)} majority threshold "
                f"({format_share(comparison.old_share[row])} → {format_share(comparison.new_share[row])})."
            )
    only_old, only_new = comparison.unmatched()
    if only_old:
        notes.append("Only in the old results: " + ", ".join(comparison.names[r] for r in only_old) + ".")
    if only_new:
        notes.append("Only in the new results: " + ", ".join(comparison.names[r] for r in only_new) + ".")
    old_turnout, new_turnout = comparison.old.turnout_percent, comparison.new.turnout_percent
    if old_turnout.known and new_turnout.known:
        old_value, new_value = float(old_turnout.value or 0.0), float(new_turnout.value or 0.0)  # known: not None
        notes.append(
            f"Turnout: {format_percent(old_value)} → {format_percent(new_value)} ({format_points(new_value - old_value)} points)."
        )
    if comparison.old.votes_estimated.any() or comparison.new.votes_estimated.any():
        notes.append("* Estimated by electview from the reported shares; changes in those votes are estimates too.")
    return notes


def render_text(comparison: Comparison, old: ResultsDataset, new: ResultsDataset) -> str:
    """An aligned plain-text table with the notes under it."""
    lines = [
        f"Old: {old.election.title} [{old.election.status.label}] — {comparison.old.contest.name}",
        f"New: {new.election.title} [{new.election.status.label}] — {comparison.new.contest.name}",
        "",
    ]
    rows = comparison_rows(comparison)
    widths = [max(len(r[i]) for r in [ROW_HEADERS, *rows]) for i in range(len(ROW_HEADERS))]
    left = {0, 1, 8}

    def line(cells) -> str:
        return "  ".join(
            f"{cell:<{widths[i]}}" if i in left else f"{cell:>{widths[i]}}" for i, cell in enumerate(cells)
        ).rstrip()

    lines.append(line(ROW_HEADERS))
    lines.append("  ".join("-" * w for w in widths))
    lines += [line(row) for row in rows]
    notes = comparison_notes(comparison)
    if notes:
        lines += ["", *notes]
    return "\n".join(lines) + "\n"
