"""The printed report's ranked-choice part: who was elected when, the round-by-round tables and the Sankey.

The rounds are split across tables of a few rounds each rather than printed as one table of
3 × 33 columns (Minneapolis 2013 mayor): a page is 178 mm wide, and three figures a round in
7.5 pt type ("+13,442", "Transfer") leave room for three rounds beside a 40-letter name. Each table lists only the candidates
still in the count at its first round, so later tables get shorter. The Sankey is an
``<img>`` whose address the caller chooses, like the pie: the printer swaps
``electview-sankey:N`` for the window's vector drawing, the HTML export for an inline SVG.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from electview.core.formatting import format_count, format_share
from electview.core.ranked import EXHAUSTED, RESIDUAL_SURPLUS, RankedCount, elected_lines, round_table
from electview.core.report_languages import ReportLanguages
from electview.core.tally import ContestTally

Translate = Callable[[str, str], str]  # (context, English) → text in one language

SANKEY_URL_SCHEME = "electview-sankey"
SANKEY_WIDTH_PX = 670  # CSS pixels: the text width of A4 and Letter within the report's margins
SANKEY_HEIGHT_PX = 330
ROUNDS_PER_TABLE = 3

_STYLE = " style='border-collapse: collapse; border-color: #bbbbbb'"


def sankey_placeholder(index: int, result: ContestTally) -> str:
    """The address the printer replaces with contest ``index``'s vector Sankey."""
    return f"{SANKEY_URL_SCHEME}:{index}"


def name_colours(result: ContestTally) -> dict[str, str]:
    """Candidate name → the colour the tally gives it (the Sankey's and the tables' key)."""
    return {candidate.name: colour for candidate, colour in zip(result.candidates, result.colours, strict=True)}


def _escape(text: object) -> str:
    return html.escape(str(text), quote=True).replace("\n", "<br>")


def rounds_section(
    index: int, result: ContestTally, tr: ReportLanguages, languages: list[Translate], sankey_src: Callable[[int, ContestTally], str] | None
) -> str:
    """The ranked-choice part of contest ``index``'s section, or "" for any other contest.

    ``languages``: a translator per language of the report, each sentence built whole in one.
    """
    count = result.contest.ranked
    if count is None:
        return ""
    sentences = dict.fromkeys(" ".join(elected_lines(count, format_count, language)) for language in languages)
    heading = tr.translate("Report", "Ranked-choice rounds")
    summary = tr.translate("Report", "{0} rounds, {1} to elect").format(count.rounds, count.seats)
    parts = [f"<h3>{_escape(heading)} ({_escape(summary)})</h3>"]
    parts += [f"<p class='outcome'>{_escape(sentence)}.</p>" for sentence in sentences]
    tables = -(-count.rounds // ROUNDS_PER_TABLE)
    per_table = -(-count.rounds // tables)  # balanced: 4 rounds as 2 + 2, not 3 + 1
    for first in range(1, count.rounds + 1, per_table):
        parts.append(_round_table(count, result, first, min(first + per_table - 1, count.rounds), tr))
    caption = tr.lines.translate(
        "Report",
        "Votes per round, their share of the round's continuing ballots (derived by electview) and the votes "
        "gained (+) or given up (−) after it, as the tabulator reports them; a blank cell: no longer in the count.",
    )
    parts.append(f"<p class='caption'>{caption}</p>")
    parts += _surplus_lines(count, result, tr)
    if sankey_src is not None and count.rounds > 1:
        alt = tr.translate("Report", "Transfers between the rounds of {0}").format(tr.name(result.contest))
        parts.append(
            f"<p align='center'><img src='{_escape(sankey_src(index, result))}' width='{SANKEY_WIDTH_PX}' "
            f"height='{SANKEY_HEIGHT_PX}' alt='{_escape(alt)}'></p>"
        )
        note = tr.lines.translate(
            "Report",
            "Transfers: rounds left to right (numbered below), each candidate's ballots as a bar sized by votes, "
            "bands for the votes kept and transferred, grey for inactive ballots; colours as in the tables.",
        )
        parts.append(f"<p class='caption' align='center'>{note}</p>")
    return "".join(parts)


def _surplus_lines(count: RankedCount, result: ContestTally, tr: ReportLanguages) -> list[str]:
    """A sentence per surplus an elected candidate passed on: the tables' net figures don't say it was a surplus."""
    names = {candidate.name: tr.name(candidate) for candidate in result.candidates}
    where = {EXHAUSTED: tr.translate("Report", "exhausted"), RESIDUAL_SURPLUS: tr.translate("Report", "residual surplus (lost to rounding)")}
    template = tr.lines.translate("Report", "After round {0}, the surplus of {1} ({2} votes) went: {3}.")  # escaped HTML
    out = []
    for index, flows in enumerate(count.transfers):
        for flow in flows:
            if flow.surplus:
                who = "; ".join(names.get(n, n) for n in flow.sources)
                went = ", ".join(f"{where.get(to, names.get(to, to))} {format_count(votes)}" for to, votes in flow.to.items()) or "—"
                given = format_count(sum(flow.given.values()))
                out.append(f"<p class='footnote'>{template.format(index + 1, _escape(who), _escape(given), _escape(went))}</p>")  # template: HTML
    return out


def _round_table(count: RankedCount, result: ContestTally, first: int, last: int, tr: ReportLanguages) -> str:
    colours = name_colours(result)
    names = {candidate.name: tr.name(candidate) for candidate in result.candidates}
    totals = {
        "continuing": tr.translate("Report", "Continuing ballots"),
        "inactive": tr.translate("Report", "Inactive ballots"),
        "threshold": tr.translate("Report", "Threshold"),
        "elected": tr.translate("Report", "Elected"),
        "eliminated": tr.translate("Report", "Eliminated"),
    }
    round_label = tr.translate("Report", "Round {0}")
    heads = "".join(f"<th colspan='3' align='center'>{_escape(round_label.format(r))}</th>" for r in range(first, last + 1))
    kinds = (tr.translate("Report", "Votes"), "%", tr.translate("Report", "Transfer"))
    # Widths said outright: Qt's table layout otherwise squeezes the names to a letter a line.
    width = f"{72 / (3 * (last - first + 1)):.2f}%"
    subheads = "".join(f"<th class='num' align='right' width='{width}'>{_escape(kind)}</th>" for _ in range(first, last + 1) for kind in kinds)
    winners = count.elected_in()
    rows = []
    for line, (kind, name, cells) in enumerate(round_table(count, first, last, format_count, format_share)):
        shade = " class='alt'" if line % 2 and kind == "candidate" else " class='other'" if kind != "candidate" else ""
        if kind == "candidate":
            key = f"<td class='key' width='8' style='background-color: {_escape(colours.get(name, '#888888'))}'></td>"
            label = f"<b>{_escape(names.get(name, name))}</b>" if name in winners else _escape(names.get(name, name))
            body = "".join(f"<td class='num'>{_escape(part)}</td>" for cell in cells for part in cell)
        else:
            key, label = "<td></td>", _escape(totals[kind])
            if kind in ("elected", "eliminated"):
                groups = (count.elected if kind == "elected" else count.eliminated)[first - 1 : last]
                # one name a line: a batch's names run together would widen the round's columns
                body = "".join(f"<td colspan='3'>{'<br>'.join(_escape(names.get(n, n)) for n in group)}</td>" for group in groups)
            else:
                body = "".join(f"<td class='num'>{_escape(cell[0])}</td><td></td><td></td>" for cell in cells)
        rows.append(f"<tr{shade}>{key}<td>{label}</td>{body}</tr>")
    candidate = tr.translate("Report", "Candidate")
    return (
        f"<table class='rounds' width='100%' border='1' cellspacing='0'{_STYLE}>"
        f"<thead><tr><th class='key' width='8' rowspan='2'></th><th align='left' rowspan='2' width='26%'>{_escape(candidate)}</th>{heads}</tr>"
        f"<tr>{subheads}</tr></thead><tbody>" + "".join(rows) + "</tbody></table><p></p>"
    )
