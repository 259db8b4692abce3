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
from electview.core.report_html import ReportOptions, build_report_html
from electview.core.report_languages import ENGLISH, ReportLanguages
from electview.core.summary import render_csv, summary_dict
from electview.core.tally import ContestTally


def export_csv(dataset: ResultsDataset, path: str | os.PathLike, results: Sequence[ContestTally] | None = None) -> None:
    """The candidate table as CSV; text cells that a spreadsheet would run as a formula are neutralised."""
    # A byte-order mark makes Excel read the file as UTF-8 (names in Kazakh, Cyrillic, …).
    write_text_atomic(path, "\ufeff" + render_csv(dataset, None, results))


def export_json(dataset: ResultsDataset, path: str | os.PathLike, results: Sequence[ContestTally] | None = None) -> None:
    """The summary in its stable JSON contract (docs/FORMAT.md, "Summary")."""
    write_text_atomic(path, json.dumps(summary_dict(dataset, None, results), ensure_ascii=False, indent=2) + "\n")


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
) -> None:
    """The report as one self-contained HTML file; ``chart_src`` gives each pie's address (an SVG data URI),
    ``sankey_src`` each ranked-choice contest's Sankey's (none without it).

    ``languages``: the report's language(s), as printed. ``comparison_html`` adds the comparison with earlier results (``ReportOptions.comparison_html``).
    """
    options = ReportOptions(
        sha256=sha256,
        version=version,
        chart_src=chart_src,
        for_browser=True,
        comparison_html=comparison_html,
        languages=languages,
        sankey_src=sankey_src,
    )
    write_text_atomic(path, build_report_html(dataset, results, options))
