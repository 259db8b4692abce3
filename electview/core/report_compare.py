"""The report's "Comparison with …" section: per contest, old and new figures side by side, Qt-free HTML.

:func:`report_comparison` pairs each printed contest with the same contest in the earlier
results; :meth:`ReportComparison.section_html` is what ``ReportOptions.comparison_html``
calls after each contest's own section. Estimates are marked as in the main table
(``~…*`` in italics) and so is any change worked out from one. Text from either file is
HTML-escaped here.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from electview.core.compare import (
    Comparison,
    compare_tallies,
    comparison_notes,
    format_change,
    format_points,
    format_rank,
)
from electview.core.formatting import format_count, format_percent, format_share
from electview.core.majority import DEFAULT_THRESHOLD
from electview.core.model import Contest, ResultsDataset
from electview.core.report_html import ALT_ROW, DERIVED_TOTAL_MARK, ESTIMATED_MARK, escape, file_sha256
from electview.core.tally import ContestTally, tally

_TABLE_OPEN = (
    "<table class='results' width='100%' border='1' cellspacing='0' style='border-collapse: collapse; border-color: #bbbbbb'>"
)
# Nine columns of figures fit the page's width only a size smaller than the main table's.
_CELL_STYLE = "font-size: 9pt; padding: 3px 4px"
_TITLE_STYLE = "font-weight: bold; font-size: 10.5pt; padding: 4px 6px"
# Column widths in percent: Qt shares a table's width out evenly when a title spans the columns,
# which wrapped numbers mid-figure, so every column is given its width.
_WIDTHS = (24, 13, 13, 14, 9, 9, 8, 10)
_WIDTHS_WITH_MAJORITY = (17, 11, 11, 12, 9, 9, 9, 10, 12)
_HEADERS = ("Candidate", "Old votes", "New votes", "Change", "Old share", "New share", "Points", "Rank")


@dataclass(frozen=True)
class ReportComparison:
    """The earlier results a report is compared with, and one comparison per printed contest.

    ``comparisons`` is aligned with the report's tallies; None where the earlier results
    have no such contest (or not the place in view), which the section says rather than
    comparing with something else.
    """

    old: ResultsDataset
    comparisons: tuple[Comparison | None, ...]
    sha256: str | None = None

    def section_html(self, index: int, result: ContestTally) -> str:
        """The section for the report's contest ``index`` (its tally is ``result``)."""
        comparison = self.comparisons[index] if index < len(self.comparisons) else None
        title = self.title()
        if comparison is None:
            return (
                f"<h3>{escape(title)}</h3><p class='footnote'>The compared results have no contest "
                f"{escape(result.contest.name)} for this place, so there is nothing to compare.</p>"
                + self._provenance()
            )
        notes = [escape(note) for note in comparison_notes(comparison)]
        notes += _mapping_notes(comparison) + _derived_total_notes(comparison)
        return (
            comparison_table(comparison, title)
            + "".join(f"<p class='footnote'>{note}</p>" for note in notes)
            + self._provenance(comparison.old.contest.name)
        )

    def title(self) -> str:
        """"Comparison with 2019 Kazakhstan presidential election (PRELIMINARY)"."""
        election = self.old.election
        return f"Comparison with {election.title} ({election.status.label})"

    def _provenance(self, contest_name: str = "") -> str:
        """Where the compared results come from, as a footnote: contest, source, announcement, file and its digest."""
        election, source = self.old.election, self.old.election.source
        parts = [f"contest {contest_name}"] if contest_name else []
        parts += [
            f"election date {election.date or 'not stated'}",
            f"source {source.authority or 'not stated'}",
            f"announced {source.announced_at or 'not stated'}",
        ]
        if self.old.source_path:
            parts.append(f"file {os.path.basename(self.old.source_path)} (SHA-256 {self.sha256 or 'file could not be read'})")
        return f"<p class='footnote'>Compared results: {escape('; '.join(parts))}.</p>"


def _old_contest(old: ResultsDataset, name: str, only_pair: bool) -> Contest | None:
    """The earlier contest of the same name; when one contest is printed and the earlier results
    have one, that one whatever its name (as ``electview compare`` does; the footnote names it)."""
    for contest in old.contests:
        if contest.name == name:
            return contest
    return old.contests[0] if only_pair and len(old.contests) == 1 else None


def report_comparison(
    old: ResultsDataset,
    results: Sequence[ContestTally],
    mapping: Mapping[str, str | None] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> ReportComparison:
    """Compare each printed tally with the same contest (whole area) of ``old``."""
    comparisons = []
    for result in results:
        contest = _old_contest(old, result.contest.name, only_pair=len(results) == 1)
        if contest is None or result.scope is not None:
            comparisons.append(None)
            continue
        comparisons.append(compare_tallies(tally(contest, None, old.turnout), result, mapping, threshold))
    return with_comparisons(old, comparisons)


def with_comparisons(old: ResultsDataset, comparisons: Sequence[Comparison | None]) -> ReportComparison:
    """A :class:`ReportComparison` of comparisons made elsewhere (the window's, which follow its place in view)."""
    digest = file_sha256(old.source_path) if old.source_path else None
    return ReportComparison(old, tuple(comparisons), digest)


def _estimated(result: ContestTally, index: int) -> bool:
    return bool(index >= 0 and result.votes_estimated[index])


def _number_cell(text: str, estimated: bool) -> str:
    if estimated:
        if text[:1] in "+−":
            text = "\u00a0" + text  # "~ −12,255", not a tilde run into the sign (and never split there)
        return _num(f"<span class='estimated' style='{_CELL_STYLE}'>~{escape(text)}</span>{ESTIMATED_MARK}")
    return _num(escape(text))


def _num(content: str) -> str:
    """A number cell; ``content`` is HTML."""
    return f"<td class='num' style='{_CELL_STYLE}'>{content}</td>"


def _text(content: str) -> str:
    return f"<td style='{_CELL_STYLE}'>{content}</td>"


def _crossing_text(comparison: Comparison, row: int) -> str:
    crossing = comparison.crossing(row)
    threshold = format_percent(comparison.threshold)
    return {"up": f"rose above {threshold}", "down": f"fell to {threshold} or below"}.get(crossing, "")


def _total_cell(result: ContestTally) -> str:
    text = format_count(result.total_valid.value, "unknown")
    return escape(text + (DERIVED_TOTAL_MARK if result.total_valid.derived else ""))


def comparison_table(comparison: Comparison, title: str) -> str:
    """Old and new votes and shares per candidate, the changes, ranks, and a total row, under ``title``.

    The title is the first header row, so it never ends a page apart from its table and it
    is repeated with the column headers on every page the table runs onto.
    """
    crossings = [_crossing_text(comparison, row) for row in range(len(comparison))]
    headers = list(_HEADERS) + ([f"Majority ({format_percent(comparison.threshold)})"] if any(crossings) else [])
    widths = _WIDTHS_WITH_MAJORITY if any(crossings) else _WIDTHS
    head = "".join(
        f"<th align='{'left' if i == 0 else 'right'}' width='{width}%' style='{_CELL_STYLE}'>{escape(h)}</th>"
        for i, (h, width) in enumerate(zip(headers, widths, strict=True))
    )
    title_row = f"<tr><th colspan='{len(headers)}' align='left' style='{_TITLE_STYLE}'>{escape(title)}</th></tr>"
    rows = []
    for row in range(len(comparison)):
        old_estimated = _estimated(comparison.old, int(comparison.old_index[row]))
        new_estimated = _estimated(comparison.new, int(comparison.new_index[row]))
        cells = [
            _text(escape(comparison.names[row])),
            _number_cell(format_count(comparison.old_votes[row], "—"), old_estimated),
            _number_cell(format_count(comparison.new_votes[row], "—"), new_estimated),
            # a change worked out from an estimate is an estimate too
            _number_cell(format_change(comparison.change_votes[row]), old_estimated or new_estimated),
            _num(escape(format_share(comparison.old_share[row]))),
            _num(escape(format_share(comparison.new_share[row]))),
            _num(escape(format_points(comparison.change_points[row]))),
            _num(escape(format_rank(comparison, row))),
        ]
        if any(crossings):
            cells.append(_num(escape(crossings[row])))
        rows.append(f"<tr{ALT_ROW if row % 2 else ''}>{''.join(cells)}</tr>")
    old_total, new_total = comparison.old.total_valid, comparison.new.total_valid
    change = new_total.value - old_total.value if old_total.known and new_total.known else math.nan
    total_cells = [
        _text("Total valid votes"),
        _num(_total_cell(comparison.old)),
        _num(_total_cell(comparison.new)),
        _num(escape(format_change(change))),
    ] + [_text("")] * (len(headers) - 4)
    rows.append(f"<tr class='total'>{''.join(total_cells)}</tr>")
    # <thead>: Qt repeats it on every page the table runs onto, as for the main table.
    return f"{_TABLE_OPEN}<thead>{title_row}<tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _mapping_notes(comparison: Comparison) -> list[str]:
    """Candidates the mapping kept apart (pairs it made are in :func:`comparison_notes` already)."""
    kept_apart = [_old_name(comparison, key) for key, new in comparison.mapping.items() if new is None]
    if not kept_apart:
        return []
    return [escape("Kept apart by the candidate mapping (matched to no one): " + ", ".join(kept_apart) + ".")]


def _old_name(comparison: Comparison, key: str) -> str:
    """The name of the earlier candidate a mapping names by id or name."""
    for candidate in comparison.old.candidates:
        if key in (candidate.id, candidate.name):
            return candidate.name
    return key


def _derived_total_notes(comparison: Comparison) -> list[str]:
    notes = []
    for side, result in (("Old", comparison.old), ("New", comparison.new)):
        if result.total_valid.derived:
            notes.append(escape(f"{DERIVED_TOTAL_MARK} {side} total derived by electview: {result.total_valid.how}."))
    return notes
