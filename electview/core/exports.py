"""File exports that need no Qt: the table as CSV, the summary as JSON, the report as HTML.

Each writes atomically and takes the tallies to export, so the window exports exactly the
contest and scope on screen. The chart's PNG and SVG are drawn by Qt in ``ui.chart_export``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence

from electview.core.atomic import write_text_atomic
from electview.core.model import ResultsDataset
from electview.core.report_html import ReportOptions, build_report_html, file_sha256
from electview.core.report_integrity import StationsOf
from electview.core.report_languages import ENGLISH, ReportLanguages
from electview.core.summary import render_csv, summary_dict
from electview.core.tally import ContestTally


def export_csv(
    dataset: ResultsDataset,
    path: str | os.PathLike,
    results: Sequence[ContestTally] | None = None,
    sha256: str | None = None,
    version: str = "",
) -> None:
    """The candidate table as CSV; text cells that a spreadsheet would run as a formula are neutralised.

    Every row ends with ``input_sha256`` and ``input_version``: which bytes the figures came from
    (``sha256``, else the file's own now) and, for a followed file, which version ("version 1 of 2, seen 21:04").
    """
    input_ = _input(dataset, sha256, version)
    provenance = [("input_sha256", input_["sha256"] or ""), ("input_version", input_["version"] or "")]
    # A byte-order mark makes Excel read the file as UTF-8 (names in Kazakh, Cyrillic, …).
    write_text_atomic(path, "\ufeff" + render_csv(dataset, None, results, provenance))


def export_json(
    dataset: ResultsDataset,
    path: str | os.PathLike,
    results: Sequence[ContestTally] | None = None,
    sha256: str | None = None,
    version: str = "",
) -> None:
    """The summary in its stable JSON contract (docs/FORMAT.md, "Summary"), with ``"input"``: file, SHA-256, version."""
    summary = summary_dict(dataset, None, results)
    summary["input"] = _input(dataset, sha256, version)
    write_text_atomic(path, json.dumps(summary, ensure_ascii=False, indent=2) + "\n")


def _input(dataset: ResultsDataset, sha256: str | None, version: str) -> dict[str, str | None]:
    """Which input the figures are: its name, the SHA-256 of the bytes shown and the followed version (None: not followed)."""
    return {
        "file": os.path.basename(dataset.source_path) if dataset.source_path else None,
        "sha256": sha256 or file_sha256(dataset.source_path),
        "version": version or None,
    }


def export_html(
    dataset: ResultsDataset,
    path: str | os.PathLike,
    results: Sequence[ContestTally] | None = None,
    chart_src: Callable[[int, ContestTally], str] | None = None,
    comparison_html: Callable[[int, ContestTally, ReportLanguages], str] | None = None,
    languages: ReportLanguages = ENGLISH,
    sha256: str | None = None,
    version: str = "",
    sankey_src: Callable[[int, ContestTally], str] | None = None,
    map_html: Callable[[int, ContestTally, ReportLanguages], str] | None = None,
    stations_of: StationsOf = None,
) -> None:
    """The report as one self-contained HTML file; ``chart_src`` gives each pie's address (an SVG data URI),
    ``sankey_src`` each ranked-choice contest's Sankey's (none without it).

    ``languages``: the report's language(s), as printed. ``comparison_html`` adds the comparison with earlier results (``ReportOptions.comparison_html``),
    ``map_html`` each contest's map (``ReportOptions.map_html``), ``stations_of`` where its Integrity section finds
    the stations (``ReportOptions.stations_of``).
    """
    options = ReportOptions(
        sha256=sha256,
        version=version,
        chart_src=chart_src,
        for_browser=True,
        comparison_html=comparison_html,
        languages=languages,
        sankey_src=sankey_src,
        map_html=map_html,
        stations_of=stations_of,
    )
    write_text_atomic(path, build_report_html(dataset, results, options))
