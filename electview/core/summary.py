"""The results summary as data (the JSON contract) and as text, Markdown and CSV."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence

from electview.core.audit import Finding, audit
from electview.core.estimates import estimate_margin, estimates_listed, share_decimals
from electview.core.formatting import format_count, format_percent, format_share, format_when, rounded_float, whole_or_none
from electview.core.model import ResultsDataset
from electview.core.majority import outcome_statement, statement_lines
from electview.core.outcomes import district_parliament, outcome, outcome_dict, parliament_dict, parliament_lines, status_label
from electview.core.ranked import TABLE_TOTALS, ranked_number, round_rows, round_table, rounds_dict, rounds_lines, transfer_lines
from electview.core.tally import ContestTally, tally
from electview.core.terminal import isolate
from electview.core.vote_for import contest_title, share_base, total_label

FORMATS = ("text", "json", "markdown", "csv")
SUMMARY_FORMAT_VERSION = 1


def contest_tallies(dataset: ResultsDataset, contest_name: str | None = None) -> list[ContestTally]:
    """Tallies for one named contest, or for every contest when ``contest_name`` is None."""
    contests = [dataset.contest(contest_name)] if contest_name else list(dataset.contests)
    return [tally(contest, None, dataset.turnout, dataset.party_colours) for contest in contests]


def _round_share(value: float) -> float | None:
    return rounded_float(value, 4)  # the one rounding rule (core.formatting), to 4 places for scripts


def summary_dict(
    dataset: ResultsDataset, contest_name: str | None = None, results: Sequence[ContestTally] | None = None
) -> dict:
    """The stable JSON contract for scripts (see docs/FORMAT.md, "Summary").

    ``results`` overrides which tallies are summarised (the window's contest in its scope).
    """
    results = list(results) if results is not None else contest_tallies(dataset, contest_name)
    findings = audit(dataset, results)
    election = dataset.election
    shared = _shared_turnout(results)
    turnout = shared.turnout if shared else dataset.turnout
    turnout_percent = shared.turnout_percent.value if shared else dataset.turnout.percent
    return {
        "format_version": SUMMARY_FORMAT_VERSION,
        "election": {
            "title": election.title,
            "date": election.date or None,
            "status": election.status.value,
            "country": election.country or None,
            "office": election.office or None,
            "source": {
                "authority": election.source.authority or None,
                "announced_by": election.source.announced_by or None,
                "announced_at": election.source.announced_at or None,
                "cited_via": election.source.cited_via or None,
                "url": election.source.url or None,
            },
        },
        "contests": [_with_outcome(_contest_dict(result), result, election.status.is_final) for result in results],
        "turnout": {
            "percent": _round_share(turnout_percent) if turnout_percent is not None else None,
            "ballots_cast": whole_or_none(turnout.ballots_cast),
            "registered": whole_or_none(turnout.registered),
        },
        "warnings": [finding.message for finding in findings],
        **_parliament_entry(dataset, contest_name, results),
    }


def _parliament_entry(dataset: ResultsDataset, contest_name: str | None, results: Sequence[ContestTally] | None) -> dict:
    """``{"parliament": …}`` for a file of single-member constituencies summarised whole; else nothing."""
    if contest_name or (results is not None and len(results) != len(dataset.contests)):
        return {}
    house = district_parliament(dataset)
    return {"parliament": parliament_dict(house)} if house is not None else {}


def _parliament_text(dataset: ResultsDataset, contest_name: str | None) -> list[str]:
    house = None if contest_name else district_parliament(dataset)
    return ["", *parliament_lines(house)] if house is not None else []


def _contest_dict(result: ContestTally) -> dict:
    candidates = []
    for index in result.order_shown():
        candidate = result.candidates[index]
        candidates.append(
            {
                "name": candidate.name,
                "party": candidate.party or None,
                "editor_added": list(candidate.editor_added),  # fields the file's editor filled in, not its source
                "votes": whole_or_none(result.votes[index]),
                "votes_estimated": bool(result.votes_estimated[index]),
                # ± votes an estimate is good to, the shares it rests on being rounded (core.estimates); null if reported
                "votes_margin": estimate_margin(result, index),
                "share": _round_share(result.share[index]),
                "share_reported": not bool(result.share_derived[index]),
            }
        )
    return {
        "name": result.contest.name,
        # Votes each voter could cast; shares are of votes, which for N > 1 are not voters.
        "votes_allowed": result.votes_allowed,
        "share_base": "final-round continuing ballots" if result.contest.ranked is not None else "votes" if result.votes_allowed > 1 else "valid votes",
        "total_votes": whole_or_none(result.total_valid.value),
        "total_votes_derived": result.total_valid.derived,
        "other_counts": {kind: whole_or_none(fig.value) for kind, fig in result.other_counts.items()},
        "reporting": _reporting_dict(result),
        "candidates": candidates,
    } | _ranked_dict(result)


def _reporting_dict(result: ContestTally) -> dict | None:
    """The file's reporting progress for the contest where the tally is scoped; None when the file doesn't say."""
    if result.units_total is None:
        return None
    return {"units_reported": result.units_reporting, "units_total": result.units_total}


def reporting_line(result: ContestTally) -> str | None:
    """"Reporting: 303 of 303 units" (the reported count unknown: "unknown of 303"); None when the file doesn't say."""
    if result.units_total is None:
        return None
    return f"Reporting: {format_count(result.units_reporting, 'unknown')} of {format_count(result.units_total)} units"


def _with_outcome(entry: dict, result: ContestTally, final: bool) -> dict:
    """``entry`` with the outcome fields (seats, rule, per candidate elected/seats_won/status) added."""
    contest, per_candidate = outcome_dict(result, final)
    for candidate, index in zip(entry["candidates"], result.order_shown(), strict=True):
        candidate.update(per_candidate[index])
    # The same sentence as the text summary, the report and the window (core.majority), with its figures.
    # Names as they are, like every other name in the JSON (no FSI…PDI isolates).
    statement = outcome_statement(result, final, name_of=str)
    return entry | contest | {"outcome_statement": statement.as_dict()}


def _ranked_dict(result: ContestTally) -> dict:
    """A ranked-choice contest's rounds and the round each winner was elected in (nothing for others)."""
    count = result.contest.ranked
    if count is None:
        return {}
    return {"rounds": rounds_dict(count), "elected_in_round": count.elected_in()}


def _table_rows(result: ContestTally, final: bool) -> list[tuple[str, ...]]:
    """Candidate, party, votes, share and, where anyone is elected, leading or tied, the outcome (as the JSON's "status")."""
    decided = outcome(result, final)
    rows: list[tuple[str, ...]] = []
    for index in result.order_shown():
        candidate = result.candidates[index]
        votes = format_count(result.votes[index])
        if result.votes_estimated[index]:
            votes = f"~{votes}*"
        # Names isolated: a U+202E in one would otherwise turn its row's votes and share around.
        rows.append((isolate(candidate.name), isolate(candidate.party_shown), votes, format_share(result.share[index]), status_label(decided, index)))
    if not any(row[-1] for row in rows):
        return [row[:-1] for row in rows]  # no one to mark: no empty column
    return rows


def _text_row(cells: tuple[str, ...], widths: list[int]) -> str:
    """One row of the text table: names, parties and outcomes to the left, votes and shares to the right."""
    padded = []
    for column, (cell, width) in enumerate(zip(cells, widths, strict=True)):
        gap = " " * (width - _shown_length(cell))
        padded.append(gap + cell if column in (2, 3) else cell + gap)
    return "  ".join(padded).rstrip()


def _shown_length(text: str) -> int:
    """Characters a reader sees: the invisible isolates around a name take no column."""
    return len(text) - sum(text.count(mark) for mark in "\u2066\u2067\u2068\u2069")


def _heading_lines(dataset: ResultsDataset) -> list[str]:
    election = dataset.election
    details = " · ".join(part for part in (election.country, election.office, format_when(election.date)) if part)
    return [election.title, f"[{election.status.label}] {details}".rstrip(), f"Source: {election.source.describe()}"]


def _shared_turnout(results: list[ContestTally]) -> ContestTally | None:
    """The tally whose turnout is the whole file's: the first, when every contest has the same figures.

    In a file of 288 constituencies the first one's electorate is not the state's; the file's own
    (the seats' figures added, where the importer could) is used instead.
    """
    if not results:
        return None
    first = results[0].turnout
    same = all((r.turnout.registered, r.turnout.ballots_cast) == (first.registered, first.ballots_cast) for r in results)
    return results[0] if same else None


def _turnout_line(result: ContestTally | None, dataset: ResultsDataset) -> str:
    turnout = result.turnout if result else dataset.turnout
    percent = result.turnout_percent if result else None
    parts = [f"Turnout: {format_percent(percent.value, 'unknown') if percent else 'unknown'}"]
    if percent is not None and percent.derived:
        parts[0] += f" (derived: {percent.how})"
    parts.append(f"ballots cast {format_count(turnout.ballots_cast, 'unknown')}")
    parts.append(f"registered {format_count(turnout.registered, 'unknown')}")
    return ", ".join(parts)


def _findings_lines(findings: list[Finding]) -> list[str]:
    return [f"{finding.severity.value.capitalize()}: {finding.message}" for finding in findings]


def render_text(dataset: ResultsDataset, contest_name: str | None = None) -> str:
    results = contest_tallies(dataset, contest_name)
    lines = _heading_lines(dataset)
    lines.append(_turnout_line(_shared_turnout(results), dataset))
    lines += _parliament_text(dataset, contest_name)  # the assembly first: it is the headline of such a file
    for result in results:
        rows = _table_rows(result, dataset.election.status.is_final)
        header = ("Candidate", "Party", "Votes", "Share", "Outcome")[: len(rows[0]) if rows else 4]
        widths = [max(_shown_length(row[i]) for row in [header, *rows]) for i in range(len(header))]
        lines += ["", contest_title(isolate(result.contest.name), result.votes_allowed)]
        if (reporting := reporting_line(result)) is not None:
            lines.append(reporting)
        lines.append("")
        lines.append(_text_row(header, widths))
        lines.append("  ".join("-" * w for w in widths))
        lines += [_text_row(row, widths) for row in rows]
        total = format_count(result.total_valid.value)
        ranked = result.contest.ranked is not None
        lines.append(f"{total_label(ranked)}: {total}" + (f" (derived: {result.total_valid.how})" if result.total_valid.derived else ""))
        for kind, figure in result.other_counts.items():
            lines.append(f"{kind.capitalize()}: {format_count(figure.value)} (not in the shares)")
        if result.votes_allowed > 1 or ranked:
            lines.append(f"Share: {share_base(result.votes_allowed, ranked)}.")
        if result.votes_estimated.any():
            lines.append(f"* Estimated by electview: {result.estimate_note}.")
            lines.append(f"* No finer than the shares (given to {share_decimals(result)} decimals): {estimates_listed(result)}.")
        lines += statement_lines(result, dataset.election.status.is_final)
        if result.contest.ranked is not None:
            lines += ["", *rounds_lines(result.contest.ranked, format_count)]
    findings = audit(dataset, results)
    if findings:
        lines += ["", *_findings_lines(findings)]
    return "\n".join(lines) + "\n"


def _md_cell(text: str) -> str:
    """Text from a file inside Markdown: viewers render raw HTML and [links](…), so neither may pass."""
    text = html.escape(text, quote=False).replace("[", "\\[").replace("]", "\\]")
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(dataset: ResultsDataset, contest_name: str | None = None) -> str:
    results = contest_tallies(dataset, contest_name)
    heading = _heading_lines(dataset)
    lines = [f"# {_md_cell(heading[0])}", "", f"**{_md_cell(heading[1])}**  ", _md_cell(heading[2]) + "  "]
    lines.append(_md_cell(_turnout_line(_shared_turnout(results), dataset)))
    lines += [_md_cell(line) + "  " for line in _parliament_text(dataset, contest_name)]
    for result in results:
        lines += ["", f"## {_md_cell(contest_title(isolate(result.contest.name), result.votes_allowed))}", ""]
        if (reporting := reporting_line(result)) is not None:
            lines += [_md_cell(reporting), ""]
        rows = _table_rows(result, dataset.election.status.is_final)
        marked = bool(rows) and len(rows[0]) == 5
        lines += ["| Candidate | Party | Votes | Share |" + (" Outcome |" if marked else ""), "|---|---|--:|--:|" + ("---|" if marked else "")]
        for row in rows:
            lines.append("| " + " | ".join(_md_cell(cell) for cell in row) + " |")
        ranked = result.contest.ranked is not None
        lines.append(f"| **{total_label(ranked)}** | | {format_count(result.total_valid.value)} | |" + (" |" if marked else ""))
        if result.votes_allowed > 1 or ranked:
            lines += ["", f"Share: {_md_cell(share_base(result.votes_allowed, ranked))}."]
        if result.votes_estimated.any():
            lines += ["", f"\\* Estimated by electview: {_md_cell(result.estimate_note)}."]
            lines += ["", f"\\* No finer than the shares (given to {share_decimals(result)} decimals): {_md_cell(estimates_listed(result))}."]
        lines += [""] + [_md_cell(line) + "  " for line in statement_lines(result, dataset.election.status.is_final)]
        lines += _ranked_markdown(result)
    findings = audit(dataset, results)
    if findings:
        lines += ["", "## Audit", ""] + [f"- {_md_cell(line)}" for line in _findings_lines(findings)]
    return "\n".join(lines) + "\n"


_MD_TOTALS = dict(zip(TABLE_TOTALS, ("Continuing ballots", "Inactive ballots", "Threshold", "Elected", "Eliminated"), strict=True))


def _ranked_markdown(result: ContestTally) -> list[str]:
    """A ranked-choice contest's rounds: a column per round (votes · share of continuing · transfer), then the transfers."""
    count = result.contest.ranked
    if count is None:
        return []
    lines = ["", f"### Rounds ({count.rounds} rounds, {count.seats} to elect; shares of continuing ballots, derived)", ""]
    lines.append("| Candidate | " + " | ".join(f"Round {r + 1}" for r in range(count.rounds)) + " |")
    lines.append("|---|" + "--:|" * count.rounds)
    for kind, name, cells in round_table(count, 1, count.rounds, format_count, format_share):
        label = f"**{_md_cell(_MD_TOTALS[kind])}**" if kind != "candidate" else _md_cell(name)
        lines.append(f"| {label} | " + " | ".join(_md_cell(" · ".join(part for part in cell if part)) for cell in cells) + " |")
    moved = [(r, line) for r in range(1, count.rounds + 1) for line in transfer_lines(count, r, format_count)]
    if moved:
        lines += ["", "Transfers after each round:", ""] + [f"- Round {r}: {_md_cell(line)}" for r, line in moved]
    return lines


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_LINE_BREAK = re.compile(r"(\r\n|\r|\n)(?=[=+\-@\t])")


def neutralise_formula(text: str) -> str:
    """Stop spreadsheet programs treating a cell from a file as a formula: at its start and
    after every line break inside it (a program that splits ``\\r=1+1`` at the CR must not
    find ``=1+1`` starting a cell)."""
    text = _LINE_BREAK.sub(lambda found: found.group(1) + "'", text)
    return "'" + text if text[:1] in _FORMULA_START else text


def csv_line(cells: Sequence[object]) -> str:
    """One CSV record ending in ``\\n``; a cell holding a comma, a quote, a CR or an LF is quoted
    (Python's csv module leaves a lone CR unquoted when the line ends in LF)."""
    out = []
    for cell in cells:
        text = str(cell)
        if any(ch in text for ch in ',"\r\n') or text != text.strip(" "):
            text = '"' + text.replace('"', '""') + '"'
        out.append(text)
    return ",".join(out) + "\n"


def render_csv(
    dataset: ResultsDataset,
    contest_name: str | None = None,
    results: Sequence[ContestTally] | None = None,
    provenance: Sequence[tuple[str, str]] = (),
) -> str:
    """``provenance``: (column, value) pairs added at the end of every row (the window's export: the input's hash and version)."""
    header = ["contest", "candidate", "party", "votes", "votes_estimated", "share_percent", "share_reported", *_ROUND_COLUMNS]
    # The outcome per candidate as in the JSON (status, elected true/false/empty while undecided, seats won).
    extra = [neutralise_formula(value) for _, value in provenance]
    lines = [csv_line([*header, "units_reported", "units_total", "status", "elected", "seats_won", *(n for n, _ in provenance)])]
    results = list(results) if results is not None else contest_tallies(dataset, contest_name)
    for contest, result in zip(summary_dict(dataset, contest_name, results)["contests"], results, strict=True):
        reporting = contest["reporting"] or {}
        progress = ["" if reporting.get(key) is None else reporting[key] for key in ("units_reported", "units_total")]
        for candidate in contest["candidates"]:
            lines.append(
                csv_line(
                    [
                        neutralise_formula(contest["name"]),
                        neutralise_formula(candidate["name"]),
                        neutralise_formula(candidate["party"] or ""),
                        "" if candidate["votes"] is None else candidate["votes"],
                        str(candidate["votes_estimated"]).lower(),
                        "" if candidate["share"] is None else candidate["share"],
                        str(candidate["share_reported"]).lower(),
                        *[""] * len(_ROUND_COLUMNS),
                        *progress,
                        candidate["status"],
                        "" if candidate["elected"] is None else str(candidate["elected"]).lower(),
                        "" if candidate["seats_won"] is None else candidate["seats_won"],
                        *extra,
                    ]
                )
            )
        # A round's row has no outcome columns of its own: the contest's rows above carry them.
        lines += [
            csv_line([neutralise_formula(contest["name"]), *row, *progress, "", "", "", *extra]) for row in _ranked_csv_rows(result)
        ]
    return "".join(lines)


#: Filled on a ranked-choice contest's per-round rows only (the contest's own rows are its final round).
_ROUND_COLUMNS = ("round", "transfer", "round_status", "round_threshold", "round_inactive")


def _ranked_csv_rows(result: ContestTally) -> list[list[object]]:
    """Per round, a row per candidate still in the count: votes, share of continuing ballots, transfer, status."""
    count = result.contest.ranked
    if count is None:
        return []
    out: list[list[object]] = []
    for row in round_rows(count):
        share = _round_share(row.share)
        transfer = "" if row.transfer is None else _exact(row.transfer)
        threshold, inactive = (_exact(float(values[row.round - 1])) for values in (count.threshold, count.inactive))
        out.append([neutralise_formula(row.candidate), "", _exact(row.votes), "false", "" if share is None else share, "false",
                    row.round, transfer, row.status, threshold, inactive])  # fmt: skip
    return out


def _exact(value: float) -> object:
    """A round's figure as the tabulator wrote it: whole, or its fraction kept; blank when unknown."""
    number = ranked_number(value)
    return "" if number is None else number


def render(dataset: ResultsDataset, fmt: str = "text", contest_name: str | None = None) -> str:
    """The summary in one of :data:`FORMATS`."""
    if fmt == "json":
        return json.dumps(summary_dict(dataset, contest_name), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return render_markdown(dataset, contest_name)
    if fmt == "csv":
        return render_csv(dataset, contest_name)
    if fmt == "text":
        return render_text(dataset, contest_name)
    raise ValueError(f"unknown summary format {fmt!r}; choose from {', '.join(FORMATS)}")
