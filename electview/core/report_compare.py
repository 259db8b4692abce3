"""The report's "Comparison with …" section: per contest, old and new figures side by side, Qt-free HTML.

:func:`report_comparison` pairs each printed contest with the same contest in the earlier
results; :meth:`ReportComparison.section_html` is what ``ReportOptions.comparison_html``
calls after each contest's own section, with the report's languages. Estimates are marked
as in the main table (``~…*`` in italics) and so is any change worked out from one. Labels
go through ``translate("Report", …)`` as the rest of the report's do; sentences are written
in each of the report's languages, one under the other. Text from either file is escaped here.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from electview.core.compare import Comparison, compare_tallies
from electview.core.compare_output import format_change, format_points, format_rank
from electview.core.formatting import format_count, format_percent, format_share, format_when
from electview.core.majority import DEFAULT_THRESHOLD
from electview.core.matching import MATCHED_BY_MAPPING, MATCHED_BY_NAME, MATCHED_BY_PARTY, MATCHED_BY_SIMILAR_NAME
from electview.core.model import Candidate, Contest, ResultsDataset
from electview.core.report_html import ALT_ROW, DERIVED_TOTAL_MARK, ESTIMATED_MARK, escape, file_sha256
from electview.core.report_languages import ENGLISH, ReportLanguages
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

    def section_html(self, index: int, result: ContestTally, tr: ReportLanguages = ENGLISH) -> str:
        """The section for the report's contest ``index`` (its tally is ``result``), in the languages ``tr``."""
        comparison = self.comparisons[index] if index < len(self.comparisons) else None
        election = self.old.election
        title = _in_each(
            tr,
            lambda one: escape(one.translate("Report", "Comparison with {0} ({1})")).format(
                escape(one.name(election)), escape(one.status(election.status))
            ),
        )
        if comparison is None:
            missing = _in_each(
                tr,
                lambda one: escape(
                    one.translate("Report", "The compared results have no contest {0} for this place, so there is nothing to compare.")
                ).format(escape(one.name(result.contest))),
            )
            return f"<h3>{title}</h3><p class='footnote'>{missing}</p>" + self._provenance(None, tr)
        notes = "".join(f"<p class='footnote'>{note}</p>" for note in _notes(comparison, tr))
        return comparison_table(comparison, title, tr) + notes + self._provenance(comparison.old.contest, tr)

    def _provenance(self, contest: Contest | None, tr: ReportLanguages) -> str:
        """Where the compared results come from, as one footnote: contest, date, source, announcement, file, digest."""
        election, source = self.old.election, self.old.election.source
        not_stated = tr.translate("Report", "not stated")
        facts = [(tr.translate("Report", "Contest"), tr.name(contest))] if contest is not None else []
        facts += [
            (tr.translate("Report", "Election date"), election.date or not_stated),
            (tr.translate("Report", "Source"), source.authority or not_stated),
            (tr.translate("Report", "Announced"), format_when(source.announced_at, tr.first.translate) if source.announced_at else not_stated),
        ]
        if self.old.source_path:
            digest = self.sha256 or tr.translate("Report", "file could not be read")
            facts.append((tr.translate("Report", "Input file"), f"{os.path.basename(self.old.source_path)} (SHA-256 {digest})"))
        text = "; ".join(f"{label}: {value}" for label, value in facts)
        heading = tr.translate("Report", "Compared results")
        return f"<p class='footnote'>{escape(heading)} — {escape(text)}.</p>"


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
    printed_first: bool = False,
) -> ReportComparison:
    """Compare each printed tally with the same contest (whole area) of ``old``.

    ``printed_first``: the printed results came before ``old``'s (the change runs from them to ``old``).
    """
    comparisons: list[Comparison | None] = []
    for result in results:
        contest = _old_contest(old, result.contest.name, only_pair=len(results) == 1)
        if contest is None or result.scope is not None:
            comparisons.append(None)
            continue
        other = tally(contest, None, old.turnout)
        pair = (result, other) if printed_first else (other, result)
        comparisons.append(compare_tallies(*pair, mapping, threshold))
    return with_comparisons(old, comparisons)


def with_comparisons(old: ResultsDataset, comparisons: Sequence[Comparison | None]) -> ReportComparison:
    """A :class:`ReportComparison` of comparisons made elsewhere (the window's, which follow its place in view)."""
    digest = file_sha256(old.source_path) if old.source_path else None
    return ReportComparison(old, tuple(comparisons), digest)


# languages


def _each_language(tr: ReportLanguages) -> list[ReportLanguages]:
    return [ReportLanguages((language,), (catalog,)) for language, catalog in zip(tr.languages, tr.catalogs, strict=True)]


def _in_each(tr: ReportLanguages, sentence: Callable[[ReportLanguages], str]) -> str:
    """``sentence`` (HTML) written in each of the report's languages, one under the other, each once."""
    return "<br>".join(dict.fromkeys(sentence(one) for one in _each_language(tr)))


def _candidate(comparison: Comparison, row: int, side: str = "new") -> Candidate:
    """The candidate of a row as named on ``side`` ("old" or "new"); the other side when absent there."""
    old_index, new_index = int(comparison.old_index[row]), int(comparison.new_index[row])
    if (side == "new" and new_index >= 0) or old_index < 0:
        return comparison.new.candidates[new_index]
    return comparison.old.candidates[old_index]


# the table


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


def _crossing_text(comparison: Comparison, row: int, tr: ReportLanguages) -> str:
    crossing = comparison.crossing(row)
    if not crossing:
        return ""
    threshold = format_percent(comparison.threshold)
    if crossing == "up":
        return tr.translate("Report", "rose above {0}").format(threshold)
    return tr.translate("Report", "fell to {0} or below").format(threshold)


def _total_cell(result: ContestTally, tr: ReportLanguages) -> str:
    text = format_count(result.total_valid.value, tr.translate("Report", "unknown"))
    return escape(text + (DERIVED_TOTAL_MARK if result.total_valid.derived else ""))


def _headers(comparison: Comparison, tr: ReportLanguages, with_majority: bool) -> list[str]:
    headers = [
        tr.translate("Report", "Candidate"),
        tr.translate("Report", "Old votes"),
        tr.translate("Report", "New votes"),
        tr.translate("Report", "Change"),
        tr.translate("Report", "Old share"),
        tr.translate("Report", "New share"),
        tr.translate("Report", "Points"),
        tr.translate("Report", "Rank"),
    ]
    if with_majority:
        headers.append(tr.translate("Report", "Majority ({0})").format(format_percent(comparison.threshold)))
    return headers


def comparison_table(comparison: Comparison, title: str, tr: ReportLanguages = ENGLISH) -> str:
    """Old and new votes and shares per candidate, the changes, ranks, and a total row, under ``title`` (HTML).

    The title is the first header row, so it never ends a page apart from its table and it
    is repeated with the column headers on every page the table runs onto.
    """
    crossings = [_crossing_text(comparison, row, tr) for row in range(len(comparison))]
    headers = _headers(comparison, tr, any(crossings))
    widths = _WIDTHS_WITH_MAJORITY if any(crossings) else _WIDTHS
    head = "".join(
        f"<th align='{'left' if i == 0 else 'right'}' width='{width}%' style='{_CELL_STYLE}'>{escape(h)}</th>"
        for i, (h, width) in enumerate(zip(headers, widths, strict=True))
    )
    title_row = f"<tr><th colspan='{len(headers)}' align='left' style='{_TITLE_STYLE}'>{title}</th></tr>"
    rows = []
    for row in range(len(comparison)):
        old_estimated = _estimated(comparison.old, int(comparison.old_index[row]))
        new_estimated = _estimated(comparison.new, int(comparison.new_index[row]))
        cells = [
            _text(escape(tr.name(_candidate(comparison, row)))),
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
    change = new_total.as_float - old_total.as_float
    total_cells = [
        _text(escape(tr.translate("Report", "Total valid votes"))),
        _num(_total_cell(comparison.old, tr)),
        _num(_total_cell(comparison.new, tr)),
        _num(escape(format_change(change))),
    ] + [_text("")] * (len(headers) - 4)
    rows.append(f"<tr class='total'>{''.join(total_cells)}</tr>")
    # <thead>: Qt repeats it on every page the table runs onto, as for the main table.
    return f"{_TABLE_OPEN}<thead>{title_row}<tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


# the notes


def _notes(comparison: Comparison, tr: ReportLanguages) -> list[str]:
    """The notes under the table as HTML, each in every language: the same for every language, so they line up."""
    per_language = [_notes_in(comparison, one) for one in _each_language(tr)]
    notes = ["<br>".join(version for version in dict.fromkeys(versions) if version) for versions in zip(*per_language, strict=True)]
    return [note for note in notes if note]


def _matched_by(how: str, one: ReportLanguages) -> str:
    return {
        MATCHED_BY_NAME: one.translate("Report", "the same name in another spelling"),
        MATCHED_BY_SIMILAR_NAME: one.translate("Report", "a similar name"),
        MATCHED_BY_PARTY: one.translate("Report", "party"),
        MATCHED_BY_MAPPING: one.translate("Report", "the candidate mapping"),
    }.get(how, how)


def _notes_in(comparison: Comparison, one: ReportLanguages) -> list[str]:
    """The notes in one language (HTML; "" where a note has nothing to say in it): renamed pairs,
    threshold crossings, unmatched candidates, the mapping, turnout, estimates, derived totals."""
    notes = []
    threshold = format_percent(comparison.threshold)
    for row in range(len(comparison)):
        how = comparison.matched_by[row]
        # Only a pair under two names is news (in the language at hand): Match Candidates… maps
        # every candidate, and an unchanged name can still be matched as merely "similar".
        if how:
            old_name, new_name = one.name(_candidate(comparison, row, "old")), one.name(_candidate(comparison, row))
            # "" where this language names both alike (Амиржан Косанов either way): nothing to say in it
            notes.append(
                escape(one.translate("Report", "{0} (old) is {1} (new): matched by {2}.")).format(
                    escape(old_name), escape(new_name), escape(_matched_by(how, one))
                )
                if old_name != new_name
                else ""
            )
        crossing = comparison.crossing(row)
        if crossing:
            if crossing == "up":
                template = one.translate("Report", "{0} rose above the {1} majority threshold ({2} → {3}).")
            else:
                template = one.translate("Report", "{0} fell to or below the {1} majority threshold ({2} → {3}).")
            notes.append(
                escape(template).format(
                    escape(one.name(_candidate(comparison, row))),
                    threshold,
                    format_share(comparison.old_share[row]),
                    format_share(comparison.new_share[row]),
                )
            )
    only_old, only_new = comparison.unmatched()
    if only_old:
        names = escape(", ".join(one.name(_candidate(comparison, row, "old")) for row in only_old))
        notes.append(escape(one.translate("Report", "Only in the old results: {0}.")).format(names))
    if only_new:
        names = escape(", ".join(one.name(_candidate(comparison, row)) for row in only_new))
        notes.append(escape(one.translate("Report", "Only in the new results: {0}.")).format(names))
    kept_apart = [_mapped_name(comparison, key, one) for key, new in comparison.mapping.items() if new is None]
    if kept_apart:
        notes.append(
            escape(one.translate("Report", "Kept apart by the candidate mapping (matched to no one): {0}.")).format(
                escape(", ".join(kept_apart))
            )
        )
    old_turnout, new_turnout = comparison.old.turnout_percent, comparison.new.turnout_percent
    if old_turnout.known and new_turnout.known:
        notes.append(
            escape(one.translate("Report", "Turnout: {0} → {1} ({2} points).")).format(
                format_percent(old_turnout.value),
                format_percent(new_turnout.value),
                format_points(new_turnout.as_float - old_turnout.as_float),
            )
        )
    if comparison.old.votes_estimated.any() or comparison.new.votes_estimated.any():
        estimated = one.translate("Report", "Estimated by electview from the reported shares; changes in those votes are estimates too.")
        notes.append(f"{ESTIMATED_MARK} {escape(estimated)}")
    if comparison.old.total_valid.derived:
        derived = one.translate("Report", "Old total derived by electview: {0}.")
        notes.append(f"{DERIVED_TOTAL_MARK} " + escape(derived).format(escape(comparison.old.total_valid.how)))
    if comparison.new.total_valid.derived:
        derived = one.translate("Report", "New total derived by electview: {0}.")
        notes.append(f"{DERIVED_TOTAL_MARK} " + escape(derived).format(escape(comparison.new.total_valid.how)))
    return notes


def _mapped_name(comparison: Comparison, key: str, one: ReportLanguages) -> str:
    """The name of the earlier candidate a mapping names by id or name."""
    for candidate in comparison.old.candidates:
        if key in (candidate.id, candidate.name):
            return one.name(candidate)
    return key
