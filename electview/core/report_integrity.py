"""The printed report's Integrity section: the key figures of core/integrity.py for a contest's stations, all derived.

With a ``histogram_src`` (the printer gives one) the section also carries the turnout and leader's-share histograms
as ``<img>`` placeholders, ``electview-histogram:N`` with N = 2 × contest index + kind, and the election fingerprint
as ``electview-fingerprint:N`` (N = contest index), which ui/report_histograms draws as vector paths from
:func:`histogram_counts` and :func:`fingerprint_of`, like the Sankey and the map; for a browser
(:func:`browser_section`, the HTML export) they are inline SVG (core.integrity_svg), from the same figures.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Sequence
from typing import NamedTuple

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
FINGERPRINT_URL_SCHEME = "electview-fingerprint"
FINGERPRINT_KIND = 2  # what ``histogram_src`` is asked for the fingerprint's address
# The printed fingerprint's box: the plot (core.histogram_geometry.FINGERPRINT_SIDE_PX) and room for its title, note and
# axes' labels around it, as the HTML's SVG (core.integrity_svg.fingerprint_svg) has.
FINGERPRINT_WIDTH_PX = 360
FINGERPRINT_HEIGHT_PX = 372


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
    """The address the printer replaces with contest ``index``'s histogram of kind ``kind`` (0 turnout, 1 leader's share)
    or, for :data:`FINGERPRINT_KIND`, its election fingerprint."""
    if kind == FINGERPRINT_KIND:
        return f"{FINGERPRINT_URL_SCHEME}:{index}"
    return f"{HISTOGRAM_URL_SCHEME}:{2 * index + kind}"


def _stations_checked(result: ContestTally, stations_of: StationsOf) -> integrity.Stations | None:
    """The stations ``result``'s section checks, or None when there are too many to check."""
    contest = _checked(result, stations_of)
    try:
        return integrity.stations(contest, integrity.checked_place(contest, result.scope))
    except integrity.TooManyToCheck:
        return None


def histogram_counts(result: ContestTally, kind: int, stations_of: StationsOf = None) -> np.ndarray:
    """Stations per 0.1-point bin (1001 bins, 0–100%) of ``result``'s turnout (kind 0) or leader's share (kind 1), at
    the place its section checks; empty when there is nothing to count (no stations, or no leader for kind 1)."""
    found = _stations_checked(result, stations_of)
    if found is None or not len(found) or (kind == 1 and found.leader < 0):
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


def _placeholder(src: str, width: int, height: int, alt: str) -> str:
    return (
        f"<p align='center'><img src='{html.escape(src, quote=True)}' width='{width}' height='{height}' "
        f"alt='{html.escape(alt, quote=True)}'></p>"
    )


def _histograms(report: integrity.IntegrityReport, tr: ReportLanguages, histogram_src: Callable[[int], str]) -> str:
    """The two histograms' placeholders and their caption, then the fingerprint's where the HTML export draws one."""
    alts = (
        tr.translate("Report", "Turnout across stations"),
        tr.translate("Report", "Leader's share across stations"),
    )
    kinds = (0, 1) if report.found.leader >= 0 else (0,)
    images = "".join(_placeholder(histogram_src(kind), HISTOGRAM_WIDTH_PX, HISTOGRAM_HEIGHT_PX, alts[kind]) for kind in kinds)
    figures = f"{images}<p class='caption'>{_histogram_caption(tr)}</p>"
    if report.found.leader < 0:  # as _svg_figures: no leader, no share to plot turnout against
        return figures
    image = _placeholder(
        histogram_src(FINGERPRINT_KIND),
        FINGERPRINT_WIDTH_PX,
        FINGERPRINT_HEIGHT_PX,
        tr.translate("Report", "Election fingerprint"),
    )
    return figures + image + _fingerprint_caption(tr)


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
    return figures + f"<p align='center'>{fingerprint_svg(*fingerprint_figure(found, tr))}</p>" + _fingerprint_caption(tr)


class Fingerprint(NamedTuple):
    """The election fingerprint as drawn, on paper (ui.report_histograms) and in the browser (core.integrity_svg)."""

    grid: np.ndarray  # registered voters per turnout bin (row) × leader's-share bin (column): core.integrity.fingerprint
    title: str
    note: str
    x_label: str
    y_label: str


def fingerprint_figure(found: integrity.Stations, tr: ReportLanguages) -> Fingerprint:
    """``found``'s fingerprint in 1-point cells with its title, note and axes' labels in the report's languages."""
    grid = integrity.fingerprint(found.turnout, found.leader_share, found.registered, FINGERPRINT_BINS)
    note = tr.translate("Report", "{0} stations, 1-point cells, weighted by registered voters").format(format_count(len(found)))
    return Fingerprint(
        grid,
        tr.translate("Report", "Election fingerprint"),
        note,
        tr.translate("Report", "Turnout, %"),
        tr.translate("Report", "Leader's share of ballots cast, %"),
    )


def fingerprint_of(result: ContestTally, tr: ReportLanguages, stations_of: StationsOf = None) -> Fingerprint | None:
    """The fingerprint ``result``'s section shows (its ``electview-fingerprint`` placeholder), or None where it shows
    none: no stations, too many to check, or no leader."""
    found = _stations_checked(result, stations_of)
    if found is None or not len(found) or found.leader < 0:
        return None
    return fingerprint_figure(found, tr)


def _fingerprint_caption(tr: ReportLanguages) -> str:
    caption = tr.lines.translate(
        "Report",
        "Election fingerprint (derived): the stations' registered voters by turnout (across) and the leader's share of "
        "ballots cast (up), in 1-point cells; the darker a cell, the more voters (log scale). Honest elections usually "
        "show one roughly round cloud; a smear towards the top right corner (high turnout with a high leader's share) "
        "is the pattern ballot stuffing leaves, but regions that vote differently can make it too: a reason to look, "
        "not proof.",
    )
    return f"<p class='caption'>{caption}<br>{html.escape(integrity.KLIMEK_2012)}</p>"


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
    of each histogram's image (kind 0 turnout, 1 leader's share) and the fingerprint's (:data:`FINGERPRINT_KIND`),
    or None for none; ``inline_svg``: the histograms
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
