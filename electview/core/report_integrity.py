"""The printed report's Integrity section: the key figures of core/integrity.py for a contest's stations, all derived."""

from __future__ import annotations

import html
from collections import Counter

import numpy as np

from electview.core import integrity
from electview.core.formatting import format_count, format_number
from electview.core.report_languages import ReportLanguages
from electview.core.tally import ContestTally


def _middle(values: np.ndarray) -> str:
    """ "72.3% (61.0–85.4%)": the median and the middle half of the stations."""
    low, median, high = np.percentile(values, [25, 50, 75])
    return f"{format_number(median, 1)}% ({format_number(low, 1)}–{format_number(high, 1)}%)"


def _test(test: integrity.Excess, tr: ReportLanguages) -> str:
    template = tr.translate("Report", "{0} of {1} stations; chance gives {2} ± {3} (excess {4}, p = {5})")
    return template.format(
        format_count(test.observed),
        format_count(test.stations),
        format_number(test.expected, 1),
        format_number(test.spread, 1),
        format_number(test.excess, 1),
        format_number(test.p_value, 3),
    )


def integrity_section(result: ContestTally, tr: ReportLanguages) -> str:
    """The section for ``result``'s contest at its place (the place around it when that is one station), or ""
    when the contest has no stations with registered voters and ballots there."""
    contest = result.contest
    report = integrity.check(contest, integrity.checked_place(contest, result.scope))
    found = report.found
    if not len(found):
        return ""
    rows: list[tuple[str, str]] = []
    stations = format_count(len(found))
    if found.skipped:
        left_out = tr.translate("Report", "{0} left out: no registered voters or no ballots").format(format_count(found.skipped))
        stations += f" ({left_out})"
    rows.append((tr.translate("Report", "Stations checked"), stations))
    if found.leader >= 0:
        rows.append((tr.translate("Report", "Leader across them"), tr.name(contest.candidates[found.leader])))
    rows.append((tr.translate("Report", "Turnout: median (middle half of stations)"), _middle(found.turnout)))
    if found.leader >= 0:
        rows.append((tr.translate("Report", "Leader's share: median (middle half of stations)"), _middle(found.leader_share)))
    rows.append((tr.translate("Report", "Turnout at a whole percent (1-99%)"), _test(report.turnout, tr)))
    rows.append((tr.translate("Report", "Leader's share at a whole percent (1-99%)"), _test(report.leader_share, tr)))
    rows.append((tr.translate("Report", "Turnout at a multiple of 5%"), _test(report.turnout_round[5], tr)))
    rows.append((tr.translate("Report", "Leader's share at a multiple of 5%"), _test(report.leader_round[5], tr)))
    digits = report.digits
    rows.append(
        (
            tr.translate("Report", "Last digits of the vote counts of 100 or more"),
            tr.translate("Report", "{0} counts: chi-square {1}, p = {2}").format(
                format_count(digits.counts), format_number(digits.chi2, 1), format_number(digits.p_value, 3)
            ),
        )
    )
    reasons = Counter(reason for flag in report.flags for reason in flag.reasons)
    flagged = format_count(len(report.flags))
    if reasons:
        each = [f"{_reason(reason, tr)}: {format_count(reasons[reason])}" for reason in integrity.REASONS if reason in reasons]
        flagged += " (" + "; ".join(each) + ")"
    rows.append((tr.translate("Report", "Flagged stations"), flagged))

    heading = tr.translate("Report", "Integrity checks (derived)")
    caption = tr.lines.translate(
        "Report",
        "Every figure here is derived by electview from the stations' registered voters, ballots and votes; "
        "none is in the file. Whole percents: stations of 100 voters or more whose turnout or leader's share "
        "is the count nearest a whole percent, against the number chance gives for stations of those sizes. "
        "A result far from chance (a small p) is a reason to look at those stations, not proof of fraud.",
    )
    command = tr.translate("Report", "Seed {0}, {1} simulations; electview integrity FILE gives the same.").format(
        report.seed, format_count(report.simulations)
    )
    shade = ("<tr>", "<tr class='alt'>")
    table = "".join(
        f"{shade[number % 2]}<td class='label'>{html.escape(label)}</td><td>{html.escape(value)}</td></tr>"
        for number, (label, value) in enumerate(rows)
    )
    citations = "<br>".join(html.escape(citation) for citation in (integrity.KOBAK_2016, integrity.BEBER_SCACCO_2012))
    # The heading is the table's header row: Qt breaks pages between any two blocks, and a heading of its own ended
    # a page with its table on the next (the CIK 2018 file); a header row goes with the table, repeated if it splits.
    return (
        f"<table class='results integrity' cellspacing='0' width='100%'><thead><tr><th colspan='2' align='left'>"
        f"<h3>{html.escape(heading)}</h3></th></tr></thead>{table}</table>"
        f"<p class='caption'>{caption}<br>{html.escape(command)}<br>{citations}</p>"
    )


def _reason(reason: str, tr: ReportLanguages) -> str:
    """A flag's reason in the report's languages (its English constant is the text in the "integrity" context)."""
    return tr.translate("integrity", reason)
