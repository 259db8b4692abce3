"""The printable results report as HTML, built from core alone: Qt's QTextDocument and browsers both read it.

One builder serves Print, Print Preview, PDF export, ``electview report`` and the HTML export.
Every piece of text that came from a file is HTML-escaped, so a candidate called ``<b>x</b>``
prints as those characters. The pie is an ``<img>`` whose address the caller chooses: the
printer swaps ``electview-pie:N`` for a vector drawing, the HTML export for an inline SVG.
"""

from __future__ import annotations

import hashlib
import html
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from datetime import datetime

import numpy as np

from electview import __version__
from electview.core.audit import Finding, Severity, audit_tally, editor_added_finding, import_findings, pie_scale
from electview.core.bars import BARS, REPORT_BARS_WIDTH_RATIO, chart_for
from electview.core.estimates import estimate_margin, share_decimals
from electview.core.formatting import format_count, format_percent, format_share, format_when, shares_total
from electview.core.model import ResultsDataset, Status, with_editor_mark
from electview.core.majority import statement_lines
from electview.core.outcomes import Outcome, outcome, status_label
from electview.core.report_integrity import StationsOf, browser_section, integrity_section
from electview.core.report_languages import ENGLISH, ReportLanguages
from electview.core.report_rounds import rounds_section, sankey_placeholder
from electview.core.summary import contest_tallies
from electview.core.tally import ContestTally
from electview.core.vote_for import total_label as total_label_of

PIE_URL_SCHEME = "electview-pie"
PIE_SIZE_PX = 250  # CSS pixels (1/96 inch): about 66 mm, big enough to read the hatching
ESTIMATED_MARK = "*"
DERIVED_TOTAL_MARK = "†"

# Qt's rich text understands this CSS subset (class selectors, colours, sizes, borders via
# table attributes); browsers read it the same way.
_STYLE = """
body { font-family: sans-serif; font-size: 10pt; color: #1a1a1a; }
h1 { font-size: 17pt; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 13pt; margin-top: 16px; margin-bottom: 5px; }
h3 { font-size: 10.5pt; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 2px; margin-bottom: 2px; }
.status { font-weight: bold; color: #ffffff; background-color: #8a1c1c; padding: 3px 8px; }
.status-final { font-weight: bold; color: #ffffff; background-color: #1d5e2c; padding: 3px 8px; }
.status-text { color: #444444; padding: 3px 8px; }
.subtitle { color: #444444; margin-bottom: 6px; }
.facts td { padding: 1px 14px 1px 0px; vertical-align: top; }
.label { color: #555555; font-weight: bold; }
.digest { font-family: monospace; font-size: 8pt; }
.results th { background-color: #e8e8e8; font-weight: bold; padding: 3px 6px; }
.results td { padding: 3px 6px; }
.rounds th { background-color: #e8e8e8; font-weight: bold; padding: 1px 3px; font-size: 7.5pt; }
.rounds td { padding: 1px 3px; font-size: 7.5pt; }
.key { padding: 0px; }
.alt td { background-color: #f4f4f4; }
.num { text-align: right; white-space: nowrap; }
.estimated { font-style: italic; }
.total td { font-weight: bold; background-color: #e8e8e8; }
.other td { color: #555555; }
.caption { color: #555555; font-size: 8.5pt; margin-bottom: 8px; }
.footnote { font-size: 8.5pt; color: #333333; }
.outcome { font-size: 8.5pt; margin-top: 4px; }
.warning { font-size: 8.5pt; color: #8a1c1c; }
.quote { margin-top: 5px; margin-bottom: 1px; margin-left: 18px; margin-right: 18px; font-style: italic; font-size: 9pt; }
.attribution { margin-top: 0px; margin-left: 18px; color: #444444; font-size: 8.5pt; }
"""

# Only for browsers (Qt would print the watermark as a paragraph): a light status watermark on
# every printed page, as the printer draws it.
_BROWSER_STYLE = """
.watermark { position: fixed; top: 40%; left: 0; right: 0; text-align: center; font-size: 72pt;
  color: rgba(160, 0, 0, 0.08); transform: rotate(-30deg); pointer-events: none; z-index: -1; }
@page { margin: 18mm 16mm; }
"""


def escape(text: object) -> str:
    """Text from a file as HTML text: markup characters shown, line breaks kept."""
    return html.escape(str(text), quote=True).replace("\n", "<br>")


def file_sha256(path: str | os.PathLike) -> str | None:
    """Hex SHA-256 of the file's bytes now, or None when it can't be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def pie_placeholder(index: int, result: ContestTally) -> str:
    """The address the printer replaces with the vector pie of contest ``index``."""
    return f"{PIE_URL_SCHEME}:{index}"


@dataclass(frozen=True)
class ReportOptions:
    """What the report says beyond the dataset: when it was made, from which file, how the pie is shown.

    ``generated_at`` defaults to now in the local time zone; ``sha256`` to the digest of the
    dataset's file as it is on disk when the report is built.
    """

    generated_at: datetime | None = None
    sha256: str | None = None
    #: Which version of a followed file or feed the figures are ("version 3 of 5, seen 21:04"), or "".
    version: str = ""
    chart_src: Callable[[int, ContestTally], str] | None = pie_placeholder
    for_browser: bool = False
    languages: ReportLanguages = ENGLISH  # labels and names in one language or two ("Candidate / Кандидат")
    #: HTML put after contest *n*'s section, in the report's languages: the comparison with
    #: earlier results (``core.report_compare.ReportComparison.section_html``), or None.
    comparison_html: Callable[[int, ContestTally, ReportLanguages], str] | None = None
    #: Where a ranked-choice contest's Sankey comes from (``core.report_rounds``): the printer's
    #: placeholder, an SVG for the HTML export, or None for no Sankey.
    sankey_src: Callable[[int, ContestTally], str] | None = sankey_placeholder
    #: HTML put after contest *n*'s outcome, in the report's languages: its map
    #: (``core.geo_figure.map_section``, drawn by ``ui.map_report``), or None.
    map_html: Callable[[int, ContestTally, ReportLanguages], str] | None = None
    #: HTML put after contest *n*'s notes: the key figures of the integrity checks on its stations
    #: (``core.report_integrity``; nothing where the contest has no station-level figures), or None.
    integrity_html: Callable[[ContestTally, ReportLanguages], str] | None = integrity_section
    #: Where the integrity checks find each contest's stations: a booth file's are in its precinct tables,
    #: which only formats/ can read (``formats.stations.report_stations``); None: the contests' own units.
    stations_of: StationsOf = None


def format_generated_at(moment: datetime) -> str:
    """"2026-11-25 16:30:05 UTC+01:00 (CET)": always with the offset, so a reader knows the time zone."""
    moment = moment if moment.tzinfo else moment.astimezone()
    offset = moment.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC offset unknown"
    zone = moment.tzname() or ""
    shown = f"{moment:%Y-%m-%d %H:%M:%S} {offset}"
    return f"{shown} ({zone})" if zone and zone not in ("UTC", offset) else shown


def _fact_rows(rows: Sequence[tuple[str, str]]) -> str:
    """A two-column label/value table; values are already HTML."""
    cells = "".join(f"<tr><td class='label'>{escape(label)}</td><td>{value}</td></tr>" for label, value in rows)
    return f"<table class='facts' cellspacing='0' cellpadding='1'>{cells}</table>"


def _header(dataset: ResultsDataset, tr: ReportLanguages) -> str:
    election = dataset.election
    status_class = "status-final" if election.status.is_final else "status"
    where = election.jurisdiction or tr.pick(election.countries, election.country)
    where = where or tr.translate("Report", "country or jurisdiction not stated")
    office = tr.pick(election.offices, election.office)
    details = [where, office, format_when(election.date, tr.first.translate) or tr.translate("Report", "date not stated")]
    if election.round:
        details.append(tr.translate("Report", "round {0}").format(election.round))
    subtitle = " · ".join(escape(part) for part in details if part)
    status_note = tr.translate("Report", "status of these results")
    if election.status is Status.UNKNOWN:
        status_note += " (" + tr.translate("Report", "the source does not say how final these results are") + ")"
    return (
        f"<h1>{escape(tr.name(election))}</h1>"
        f"<p class='subtitle'>{subtitle}</p>"
        f"<table cellspacing='0'><tr><td class='{status_class}'>{escape(tr.status(election.status))}</td>"
        f"<td class='status-text'>{escape(status_note)}</td></tr></table>"
    )


def _provenance(dataset: ResultsDataset, options: ReportOptions) -> str:
    source = dataset.election.source
    tr = options.languages
    not_stated = escape(tr.translate("Report", "not stated"))
    rows = [(tr.translate("Report", "Source"), escape(source.authority) if source.authority else not_stated)]
    if source.announced_by:
        rows.append((tr.translate("Report", "Announced by"), escape(source.announced_by)))
    rows.append((tr.translate("Report", "Announced"), escape(format_when(source.announced_at, tr.first.translate)) if source.announced_at else not_stated))
    if source.cited_via:
        rows.append((tr.translate("Report", "Cited via"), escape(source.cited_via)))
    if source.url:
        rows.append((tr.translate("Report", "Address"), escape(source.url)))
    if dataset.source_path:
        rows.append((tr.translate("Report", "Input file"), escape(os.path.basename(dataset.source_path))))
        digest = options.sha256 or file_sha256(dataset.source_path)
        unreadable = escape(tr.translate("Report", "file could not be read"))
        rows.append(("SHA-256", f"<span class='digest'>{escape(digest)}</span>" if digest else unreadable))
        if options.version:
            rows.append((tr.translate("Report", "Version"), escape(options.version)))
    else:
        rows.append((tr.translate("Report", "Input file"), escape(tr.translate("Report", "none (not read from a file)"))))
    generated = options.generated_at or datetime.now().astimezone()
    made = tr.first.translate("Report", "{0} by electview {1}").format(format_generated_at(generated), __version__)
    rows.append((tr.translate("Report", "Report generated"), escape(made)))
    heading = tr.translate("Report", "Provenance")
    return f"<h2>{escape(heading)}</h2>" + _fact_rows(rows)


def _turnout(result: ContestTally | None, dataset: ResultsDataset, tr: ReportLanguages = ENGLISH) -> str:
    turnout = result.turnout if result else dataset.turnout
    percent = result.turnout_percent if result else None
    unknown = tr.translate("Report", "unknown (not reported)")
    if percent is not None and percent.known:
        shown = escape(format_percent(percent.value))
        how = tr.translate("Report", "derived by electview: {0}").format(percent.how) if percent.derived else tr.translate("Report", "as reported")
        shown += f" ({escape(how)})"
    else:
        shown = escape(unknown)
    definition = turnout.definition or (percent.how if percent is not None and percent.derived else "")
    rows = [
        (tr.translate("Report", "Turnout"), shown),
        (tr.translate("Report", "Definition"), escape(definition or tr.translate("Report", "not stated by the source"))),
        (tr.translate("Report", "Registered voters"), escape(format_count(turnout.registered, unknown))),
        (tr.translate("Report", "Ballots cast"), escape(format_count(turnout.ballots_cast, unknown))),
    ]
    if turnout.valid_votes is not None:
        rows.append((tr.translate("Report", "Valid votes"), escape(format_count(turnout.valid_votes))))
    heading = tr.translate("Report", "Turnout")
    return f"<h2>{escape(heading)}</h2>" + _fact_rows(rows)


ALT_ROW = " class='alt'"  # every other row shaded, so long tables read across


def _each_language(tr: ReportLanguages):
    """One translator per language of the report: outcome sentences nest a rule in a template, so each is built whole in one language."""
    return [lambda context, text, catalog=catalog: catalog.get((context, text), text) for catalog in tr.catalogs]


def _status_cell(decided: Outcome | None, index: int, tr: ReportLanguages) -> str:
    if decided is None:
        return ""
    return " / ".join(dict.fromkeys(text for language in _each_language(tr) if (text := status_label(decided, index, language))))


def _status_mark(decided: Outcome | None, index: int, tr: ReportLanguages) -> str:
    """" (elected)" after a winner's name, in bold: inline, so the table keeps its width and the pie its page."""
    status = _status_cell(decided, index, tr)
    return f" <b>({escape(status)})</b>" if status else ""


def _candidate_rows(result: ContestTally, tr: ReportLanguages = ENGLISH, decided: Outcome | None = None) -> list[str]:
    rows = []
    for line, index in enumerate(result.order_shown()):
        candidate = result.candidates[index]
        votes = format_count(result.votes[index], tr.translate("Report", "unknown"))
        votes_cell = f"<td class='num'>{escape(votes)}</td>"
        if result.votes_estimated[index]:
            # With the margin its rounded shares leave (core.estimates): not known to the single vote.
            margin = format_count(estimate_margin(result, index))
            votes_cell = f"<td class='num'><span class='estimated'>~{escape(votes)} ± {escape(margin)}</span>{ESTIMATED_MARK}</td>"
        share = format_share(result.share[index], tr.translate("Report", "unknown"))
        if result.share_derived[index] and result.votes_estimated[index]:
            share = f"~{share}{ESTIMATED_MARK}"  # a share worked out from an estimated count
        rows.append(
            f"<tr{ALT_ROW if line % 2 else ''}>"
            f"<td class='key' width='10' style='background-color: {escape(result.colours[index])}'></td>"
            f"<td>{escape(tr.name(candidate))}{_status_mark(decided, index, tr)}</td><td>{escape(with_editor_mark(tr.party(candidate), 'party' in candidate.editor_added))}</td>"
            f"{votes_cell}<td class='num'>{escape(share)}</td></tr>"
        )
    return rows


def _share_total(result: ContestTally) -> float | None:
    return shares_total(result.share)  # the shares as printed, added up: never a hard 100.00%


def _candidate_table(result: ContestTally, tr: ReportLanguages = ENGLISH, decided: Outcome | None = None) -> str:
    total = format_count(result.total_valid.value, tr.translate("Report", "unknown"))
    if result.total_valid.derived:
        total += DERIVED_TOTAL_MARK
    share_total = _share_total(result)
    rows = _candidate_rows(result, tr, decided)
    total_label = total_label_of(result.contest.ranked is not None, tr.translate)
    # Shares the source gave add up to what it printed (100.17%), which beside the total read as
    # the total's own share: the cell stays empty and the audit's finding says the sum. Shares
    # electview computed add up here (100.01% as printed, never a hard 100.00%).
    reported = bool((~result.share_derived).any())
    rows.append(
        f"<tr class='total'><td></td><td>{escape(total_label)}</td><td></td>"
        f"<td class='num'>{escape(total)}</td><td class='num'>{'' if reported else escape(format_share(share_total, ''))}</td></tr>"
    )
    for kind, figure in result.other_counts.items():
        # lupdate: translate("Report", "{0} (not in the shares)"), filled per language with the kind's own word
        apart = tr.translate_filled("Report", "{0} (not in the shares)", "other_counts", kind)
        rows.append(
            f"<tr class='other'><td></td><td>{escape(apart)}</td><td></td>"
            f"<td class='num'>{escape(format_count(figure.value))}</td><td></td></tr>"
        )
    headers = [
        tr.translate("Report", "Candidate"),
        tr.translate("Report", "Party"),
        tr.translate("Report", "Votes"),
        tr.translate("Report", "Share"),
    ]
    # <thead> becomes the table's header rows in Qt, repeated on every page the table runs onto.
    return (
        "<table class='results' width='100%' border='1' cellspacing='0' style='border-collapse: collapse; border-color: #bbbbbb'>"
        f"<thead><tr><th class='key' width='10'></th><th align='left'>{escape(headers[0])}</th>"
        f"<th align='left'>{escape(headers[1])}</th>"
        f"<th align='right'>{escape(headers[2])}</th>"
        f"<th align='right'>{escape(headers[3])}</th></tr></thead>"
        "<tbody>" + "".join(rows) + "</tbody></table>"
    )


def _contest_notes(result: ContestTally, tr: ReportLanguages = ENGLISH) -> list[str]:
    notes = []
    if result.votes_estimated.any():
        estimated, total = int(result.votes_estimated.sum()), len(result.candidates)
        notes.append(
            f"{ESTIMATED_MARK} "
            + tr.lines.translate(
                "Report", "Votes for {0} of {1} candidates were not reported; electview estimated them as {2}."
            ).format(estimated, total, escape(result.estimate_note))
            + " "
            + tr.first.translate("Report", "± : no finer than the shares, given to {0} decimals.").format(share_decimals(result))
        )
    if (result.share_derived & ~np.isnan(result.share)).any():
        notes.append(
            tr.lines.translate("Report", "Shares the source did not give are computed by electview: the candidate's votes ÷ total valid votes.")
        )
    if result.total_valid.derived:
        notes.append(f"{DERIVED_TOTAL_MARK} " + tr.lines.translate("Report", "Total derived by electview: {0}.").format(escape(result.total_valid.how)))
    return notes


def _findings(findings: Sequence[Finding], tr: ReportLanguages = ENGLISH) -> str:
    items = []
    for finding in findings:
        css = "warning" if finding.severity is Severity.WARNING else "footnote"
        if finding.severity is Severity.WARNING:
            severity = tr.translate("Report", "Warning")
        else:
            severity = tr.translate("Report", "Note")
        items.append(f"<p class='{css}'>{escape(severity)}: {escape(finding.message)}</p>")
    return "".join(items)


def _outcome_section(result: ContestTally, final: bool, tr: ReportLanguages) -> str:
    """Who won under the contest's rule, the rule first, one paragraph per language of the report.

    One run-on paragraph, not a heading and a line per sentence: the report of a single
    contest is meant to stay on two pages.
    """
    blocks = dict.fromkeys(
        (language("Report", "Outcome"), " ".join(statement_lines(result, final, tr=language))) for language in _each_language(tr)
    )
    return "".join(f"<p class='outcome'><b>{escape(label)}:</b> {escape(block)}</p>" for label, block in blocks)


def _contest_section(index: int, result: ContestTally, options: ReportOptions, final: bool = False) -> str:
    contest = result.contest
    tr = options.languages
    # The votes each voter had as the file says or its figures prove (core.vote_for), not only the stated seats.
    allowed = result.votes_allowed
    seats = " (" + tr.translate("Report", "vote for {0}").format(allowed) + ")" if allowed > 1 else ""
    parts = [f"<h2>{escape(tr.name(contest))}{escape(seats)}</h2>"]
    if result.scope is not None:
        scope = tr.translate("Report", "Scope: {0}").format(tr.unit(contest.units, result.scope))
        parts.append(f"<p class='subtitle'>{escape(scope)}</p>")
    if result.units_total is not None:  # the file's progress for this contest at this place
        reported = format_count(result.units_reporting, tr.translate("Report", "unknown"))
        progress = tr.translate("Report", "Reporting: {0} of {1} units").format(reported, format_count(result.units_total))
        parts.append(f"<p class='subtitle'>{escape(progress)}</p>")
    decided = outcome(result, final)
    parts.append(_candidate_table(result, tr, decided))
    if options.chart_src is not None and np.nansum(result.share) > 0:
        src = options.chart_src(index, result)
        if allowed > 1:  # a share of votes, each voter having up to N of them: not a share of voters
            caption = tr.lines.translate("Report", "Share of votes (each voter had up to {0}); colours as in the table's first column.")
            caption = caption.format(allowed)
        else:
            caption = tr.lines.translate("Report", "Share of valid votes; colours as in the table's first column.")
        bars = chart_for(result) == BARS  # as the window opens it: bars above a pie's legible slices
        if (result.share_derived & result.votes_estimated).any():
            hatched = (
                tr.lines.translate("Report", "Hatched bars rest on estimated votes.")
                if bars
                else tr.lines.translate("Report", "Hatched slices rest on estimated votes.")
            )
            caption += "<br>" + hatched
        scale = None if bars else pie_scale(result.share)
        if scale is not None:  # as under the window's pie
            caption += "<br>" + tr.lines.translate("PieChart", "The shares sum to {0}: each slice is its share of that sum.").format(
                escape(format_share(scale))
            )
        alt = (
            tr.translate("Report", "Bar chart of votes in {0}") if bars else tr.translate("Report", "Pie chart of votes in {0}")
        ).format(tr.name(contest))
        width = round(PIE_SIZE_PX * REPORT_BARS_WIDTH_RATIO) if bars else PIE_SIZE_PX
        parts.append(
            f"<p align='center'><img src='{escape(src)}' width='{width}' height='{PIE_SIZE_PX}' "
            f"alt='{escape(alt)}'></p>"
            f"<p class='caption' align='center'>{caption}</p>"
        )
    parts.append(_outcome_section(result, final, tr))  # after the pie, which page one keeps beside the table
    if options.map_html is not None:
        parts.append(options.map_html(index, result, tr))
    parts.append(rounds_section(index, result, tr, _each_language(tr), options.sankey_src))
    notes = _contest_notes(result, tr)
    # The estimate footnote above already says what the audit's "votes estimated" note says.
    findings = [finding for finding in audit_tally(result) if finding.code != "votes-estimated"]
    if notes or findings:
        notes_html = "".join(f"<p class='footnote'>{note}</p>" for note in notes) + _findings(findings, tr)
        heading = tr.translate("Report", "Notes")
        parts.append(f"<h3>{escape(heading)}</h3>" + notes_html)
    if options.integrity_html is not None:
        # A browser draws the section's histograms and fingerprint as inline SVG; the printer draws its placeholders.
        section = options.integrity_html
        if section is integrity_section:
            section = partial(browser_section if options.for_browser else integrity_section, stations_of=options.stations_of)
        parts.append(section(result, tr))
    if options.comparison_html is not None:
        parts.append(options.comparison_html(index, result, options.languages))
    return "".join(parts)


def _commentary(dataset: ResultsDataset, tr: ReportLanguages = ENGLISH) -> str:
    if not dataset.commentary:
        return ""
    heading = tr.translate("Report", "Commentary")
    parts = [f"<h2>{escape(heading)}</h2>"]
    for item in dataset.commentary:
        attribution = item.attribution()
        if item.date:
            attribution += f", {format_when(item.date, tr.first.translate)}"
        parts.append(f"<p class='quote'>“{escape(item.quote)}”</p><p class='attribution'>— {escape(attribution)}</p>")
    return "".join(parts)


def _page_chunks(dataset: ResultsDataset, results: Sequence[ContestTally], options: ReportOptions) -> list[str]:
    """The report's body in chunks that each start on a new page: with several contests, one per contest."""
    tr = options.languages
    current = [_header(dataset, tr), _provenance(dataset, options), _turnout(results[0] if results else None, dataset, tr)]
    chunks = []
    for index, result in enumerate(results):
        if index > 0:
            chunks.append("".join(current))
            current = []
        current.append(_contest_section(index, result, options, dataset.election.status.is_final))
    import_warnings = import_findings(dataset)  # worded as the contests' findings are
    import_warnings += editor_added_finding(dataset, list(results))  # what the ‡ in the tables and quotes marks
    rounding = tr.lines.translate(
        "Report",
        "Shares are percentages of valid votes, shown to two decimal places. Reported shares are printed "
        "as the source gave them, so they need not add up to exactly 100%; estimated votes are rounded to "
        "whole votes.",
    )
    heading = tr.translate("Report", "About these figures")
    current.append(
        f"<h2>{escape(heading)}</h2>"
        + _findings(import_warnings, tr)
        + f"<p class='footnote'>{rounding}</p>"
    )
    current.append(_commentary(dataset, tr))
    chunks.append("".join(current))
    return chunks


def _html_document(dataset: ResultsDataset, body: str, options: ReportOptions) -> str:
    election = dataset.election
    style = _STYLE + (_BROWSER_STYLE if options.for_browser else "")
    status = options.languages.status(election.status)
    watermark = (
        f"<div class='watermark'>{escape(status)}</div>" if options.for_browser and not election.status.is_final else ""
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{escape(options.languages.name(election))} — {escape(status)}</title>"
        f"<style>{style}</style></head><body>{watermark}{body}</body></html>"
    )


def _resolve(
    dataset: ResultsDataset, results: Sequence[ContestTally] | None, options: ReportOptions | None, contest_name: str | None
) -> tuple[list[ContestTally], ReportOptions]:
    options = options or ReportOptions()
    return (list(results) if results is not None else contest_tallies(dataset, contest_name)), options


def _join_pages(chunks: Sequence[str]) -> str:
    return "".join(chunk if i == 0 else f"<div style='page-break-before: always'>{chunk}</div>" for i, chunk in enumerate(chunks))


def build_report_html(
    dataset: ResultsDataset,
    results: Sequence[ContestTally] | None = None,
    options: ReportOptions | None = None,
    contest_name: str | None = None,
) -> str:
    """The whole report as one HTML document: header, provenance, turnout, each contest, notes, commentary.

    ``results`` are the tallies to print (the window passes its current contest and scope);
    by default every contest, or the one called ``contest_name`` (KeyError if none is).
    With several contests each starts on a new page.
    """
    results, options = _resolve(dataset, results, options, contest_name)
    return _html_document(dataset, _join_pages(_page_chunks(dataset, results, options)), options)


def build_report_pages(
    dataset: ResultsDataset,
    results: Sequence[ContestTally] | None = None,
    options: ReportOptions | None = None,
    contest_name: str | None = None,
    contests_per_document: int = 20,
) -> list[str]:
    """The same report split into HTML documents of up to ``contests_per_document`` contests each.

    The printer lays each out on its own: Qt paints a QTextDocument page by page in time
    that grows with the whole document's length, so one document of 500 contests would take
    time growing with the square of the page count; each split starts on a new page anyway.
    """
    results, options = _resolve(dataset, results, options, contest_name)
    chunks = _page_chunks(dataset, results, options)
    step = max(1, contests_per_document)
    return [_html_document(dataset, _join_pages(chunks[i : i + step]), options) for i in range(0, len(chunks), step)]
