"""The printed report's Integrity section: the key figures of core/integrity.py for a contest's stations, all derived.

With a ``histogram_src`` (the printer gives one) the section also carries the turnout and leader's-share histograms
as ``<img>`` placeholders, ``electview-histogram:N`` with N = 2 × contest index + kind, which ui/report_histograms draws
as vector paths from :func:`histogram_counts`, like the Sankey and the map; for a browser (:func:`browser_section`,
the HTML export) they and the election fingerprint are inline SVG (core.integrity_svg).
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from electview.core import integrity
from electview.core.formatting import format_count, format_number
from electview.core.histogram_geometry import histogram_top
from electview.core.integrity_svg import fingerprint_svg, histogram_svg
from electview.core.model import Contest
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


HISTOGRAM_URL_SCHEME = "electview-histogram"
HISTOGRAM_KINDS = ("turnout", "leader_share")  # the placeholder's N modulo 2
HISTOGRAM_WIDTH_PX = 670  # CSS pixels: the text width of A4 and Letter within the report's margins
HISTOGRAM_HEIGHT_PX = 190
FINGERPRINT_BINS = 100  # 1 point × 1 point, as in Klimek et al.'s figures and the window


#: The contest with the stations the checks look at (a booth file's are in its precinct tables:
#: formats.stations.station_contest); None: the contest's own units.
StationsOf = Callable[[Contest], Contest] | None


def stations_lookup(find: Callable[[Contest], Contest]) -> Callable[[Contest], Contest]:
    """``find`` asked once per contest: reading a booth file's stations takes seconds, and a report
    asks for each contest's section and each of its histograms."""
    found: dict[int, tuple[Contest, Contest]] = {}  # by id, the contest kept so its id stays its own

    def lookup(contest: Contest) -> Contest:
        if id(contest) not in found:
            found[id(contest)] = (contest, find(contest))
        return found[id(contest)][1]

    return lookup


def _checked(result: ContestTally, stations_of: StationsOf) -> Contest:
    return result.contest if stations_of is None else stations_of(result.contest)


def histogram_placeholder(index: int, kind: int) -> str:
    """The address the printer replaces with contest ``index``'s histogram of kind ``kind`` (0 turnout, 1 leader's share)."""
    return f"{HISTOGRAM_URL_SCHEME}:{2 * index + kind}"


def histogram_counts(result: ContestTally, kind: int, stations_of: StationsOf = None) -> np.ndarray:
    """Stations per 0.1-point bin (1001 bins, 0–100%) of ``result``'s turnout (kind 0) or leader's share (kind 1), at
    the place its section checks; empty when there is nothing to count (no stations, or no leader for kind 1)."""
    contest = _checked(result, stations_of)
    try:
        found = integrity.stations(contest, integrity.checked_place(contest, result.scope))
    except integrity.TooManyToCheck:
        return np.zeros(0, dtype=np.int64)
    if not len(found) or (kind == 1 and found.leader < 0):
        return np.zeros(0, dtype=np.int64)
    if kind == 0:
        return integrity.histogram_tenths(found.ballots, found.registered)
    return integrity.histogram_tenths(found.leader_votes, found.ballots)


def with_histograms(
    results: Sequence[ContestTally], stations_of: StationsOf = None
) -> Callable[[ContestTally, ReportLanguages], str]:
    """The section maker for a report of ``results`` that carries each contest's histograms as placeholders."""

    def section(result: ContestTally, tr: ReportLanguages) -> str:
        index = next(i for i, shown in enumerate(results) if shown is result)
        return integrity_section(result, tr, lambda kind: histogram_placeholder(index, kind), stations_of=stations_of)

    return section


def _histograms(report: integrity.IntegrityReport, tr: ReportLanguages, histogram_src: Callable[[int], str]) -> str:
    """The two histograms' placeholders and their caption."""
    alts = (
        tr.translate("Report", "Turnout across stations"),
        tr.translate("Report", "Leader's share across stations"),
    )
    kinds = (0, 1) if report.found.leader >= 0 else (0,)
    images = "".join(
        f"<p align='center'><img src='{html.escape(histogram_src(kind), quote=True)}' width='{HISTOGRAM_WIDTH_PX}' "
        f"height='{HISTOGRAM_HEIGHT_PX}' alt='{html.escape(alts[kind], quote=True)}'></p>"
        for kind in kinds
    )
    return f"{images}<p class='caption'>{_histogram_caption(tr)}</p>"


def _histogram_caption(tr: ReportLanguages) -> str:
    return tr.lines.translate(
        "Report",
        "Histograms (derived): stations in each 0.1-point bin of turnout and of the leader's share of ballots cast, "
        "from 0 to 100% (the last bin: 99.95% and above), the same stations as above. By chance each is a smooth hump, "
        "ragged where stations are few; tall spikes at whole percents (the small ticks) or a pile-up at 100% are what "
        "the whole-percent and flagged counts above measure.",
    )


def histogram_labels(counts: np.ndarray, kind: int, tr: ReportLanguages) -> tuple[str, str]:
    """A histogram's title and the note beside it (stations, bins; the last bin's count when it is cut), as printed."""
    titles = (tr.translate("Report", "Turnout, %"), tr.translate("Report", "Leader's share of ballots cast, %"))
    note = tr.translate("Report", "{0} stations, 0.1-point bins").format(format_count(int(counts.sum())))
    if histogram_top(counts)[1]:
        note += "; " + tr.translate("Report", "{0} at 99.95% and above, cut at the top").format(format_count(int(counts[-1])))
    return titles[kind], note


def _svg_figures(report: integrity.IntegrityReport, tr: ReportLanguages) -> str:
    """The histograms and the fingerprint as inline SVG (core.integrity_svg), each with its caption, for a browser."""
    found = report.found
    counts = [integrity.histogram_tenths(found.ballots, found.registered)]
    if found.leader >= 0:
        counts.append(integrity.histogram_tenths(found.leader_votes, found.ballots))
    figures = "".join(
        f"<p align='center'>{histogram_svg(kind_counts, *histogram_labels(kind_counts, kind, tr), HISTOGRAM_WIDTH_PX, HISTOGRAM_HEIGHT_PX)}</p>"
        for kind, kind_counts in enumerate(counts)
    )
    figures += f"<p class='caption'>{_histogram_caption(tr)}</p>"
    if found.leader < 0:
        return figures
    grid = integrity.fingerprint(found.turnout, found.leader_share, found.registered, FINGERPRINT_BINS)
    note = tr.translate("Report", "{0} stations, 1-point cells, weighted by registered voters").format(format_count(len(found)))
    drawing = fingerprint_svg(
        grid,
        tr.translate("Report", "Election fingerprint"),
        note,
        tr.translate("Report", "Turnout, %"),
        tr.translate("Report", "Leader's share of ballots cast, %"),
    )
    caption = tr.lines.translate(
        "Report",
        "Election fingerprint (derived): the stations' registered voters by turnout (across) and the leader's share of "
        "ballots cast (up), in 1-point cells; the darker a cell, the more voters (log scale). Honest elections usually "
        "show one roughly round cloud; a smear towards the top right corner (high turnout with a high leader's share) "
        "is the pattern ballot stuffing leaves, but regions that vote differently can make it too: a reason to look, "
        "not proof.",
    )
    return figures + f"<p align='center'>{drawing}</p><p class='caption'>{caption}<br>{html.escape(integrity.KLIMEK_2012)}</p>"


def browser_section(result: ContestTally, tr: ReportLanguages, stations_of: StationsOf = None) -> str:
    """:func:`integrity_section` with the histograms and the fingerprint drawn as inline SVG (the HTML export)."""
    return integrity_section(result, tr, inline_svg=True, stations_of=stations_of)


def integrity_section(
    result: ContestTally,
    tr: ReportLanguages,
    histogram_src: Callable[[int], str] | None = None,
    inline_svg: bool = False,
    stations_of: StationsOf = None,
) -> str:
    """The section for ``result``'s contest at its place (the place around it when that is one station), or ""
    when the contest has no stations with registered voters and ballots there. ``histogram_src(kind)``: the address
    of each histogram's image (kind 0 turnout, 1 leader's share), or None for none; ``inline_svg``: the histograms
    and the fingerprint drawn in the HTML itself, for a browser; ``stations_of``: where the contest's stations are."""
    contest = _checked(result, stations_of)
    try:
        report = integrity.check(contest, integrity.checked_place(contest, result.scope))
    except integrity.TooManyToCheck as refused:  # said, not run out of memory printing
        return f"<h3>{html.escape(tr.translate('Report', 'Integrity checks (derived)'))}</h3><p class='footnote'>{html.escape(str(refused))}</p>"
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
        + (_histograms(report, tr, histogram_src) if histogram_src is not None else "")
        + (_svg_figures(report, tr) if inline_svg else "")
    )


def _reason(reason: str, tr: ReportLanguages) -> str:
    """A flag's reason in the report's languages (its English constant is the text in the "integrity" context)."""
    return tr.translate("integrity", reason)
