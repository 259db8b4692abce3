"""``electview report``: the printable results report as a PDF, without a display."""

from __future__ import annotations

import argparse
import os
from dataclasses import replace

from electview.commands.compare import add_matching_arguments, mapping_argument
from electview.commands.summary import add_file_argument, add_language_argument, add_system_arguments, apply_system_arguments, load_argument
from electview.core import terminal
from electview.core.languages import localised
from electview.core.report_compare import report_comparison
from electview.core.report_html import ReportOptions
from electview.core.summary import contest_tallies

HELP = (
    "Write the printable results report of FILE (the bundled sample when omitted) as a PDF; "
    "with --compare OLD, each contest also compared with the earlier results."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_file_argument(parser)
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF to write")
    parser.add_argument("--contest", metavar="NAME", help="only this contest (default: all)")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default: a4)")
    parser.add_argument(
        "--compare",
        metavar="OLD",
        help="add to each contest a comparison with the earlier results in OLD (a file or an http(s) URL), "
        "contest by contest of the same name",
    )
    add_matching_arguments(parser, threshold_flag="--majority")
    add_system_arguments(parser)
    add_language_argument(parser)
    parser.add_argument(
        "--with-map",
        action="store_true",
        help="add each contest's map after its outcome (the bundled boundaries for the election, or --boundaries FILE)",
    )
    parser.add_argument("--boundaries", metavar="FILE", help="with --with-map: a GeoJSON, TopoJSON or shapefile to draw the places on")
    parser.add_argument(
        "--second-language",
        metavar="TAG",
        help="print headings, labels and names in this language too, beside --lang's "
        "(\"Candidate / Кандидат\"), e.g. --lang ru --second-language en",
    )


def run(args: argparse.Namespace) -> int:
    from electview.cli import fail

    if args.map and not args.compare:
        return fail("--map matches candidates for --compare OLD: give the earlier results with --compare")
    mapping = mapping_argument(args)
    language = args.lang or "en"
    if language == "en":
        return _write_report(args, language, mapping)
    from electview.translations import word_core_sentences_in

    from electview.core import i18n

    word_core_sentences_in(language)  # the audit's findings and estimate notes too, as they are made
    i18n.set_language(language)  # and every number in that language's marks (core.formatting)
    try:
        return _write_report(args, language, mapping)
    finally:
        word_core_sentences_in("en")  # the process may go on (tests, scripts calling cli.main)
        i18n.set_language("en")


def _write_report(args: argparse.Namespace, language: str, mapping) -> int:
    from electview.cli import fail

    from electview.core.errors import UsageError

    dataset = localised(load_argument(args.file), language)
    try:
        dataset = apply_system_arguments(dataset, args)
    except UsageError as error:
        return fail(str(error))
    try:
        results = contest_tallies(dataset, args.contest)
    except KeyError:
        names = ", ".join(c.name for c in dataset.contests)
        return fail(f"{args.file or 'sample'}: no contest named {args.contest!r} (contests: {names})")
    from electview.translations import report_languages

    from electview.formats.stations import report_stations

    options = ReportOptions(languages=report_languages(language, args.second_language), stations_of=report_stations(dataset))
    if args.compare:
        old = localised(load_argument(args.compare), language)
        compared = report_comparison(old, results, mapping, args.majority)
        options = replace(options, comparison_html=compared.section_html)
    output = os.path.abspath(args.output)
    if not os.path.isdir(os.path.dirname(output)):
        return fail(f"{args.output}: the folder does not exist")

    from electview.ui.headless import gui_application
    from electview.ui.report_printer import write_pdf

    app = gui_application()  # noqa: F841 (fonts need it alive while painting)
    maps = None
    if args.with_map or args.boundaries:
        try:
            maps = _maps(dataset, results, args.boundaries, options.languages.translate("MapLegend", "no data"))
        except LookupError:
            return fail(f"{args.file or 'sample'}: no bundled boundaries for this election; give --boundaries FILE")
    try:
        pages = write_pdf(dataset, output, results, options, paper=args.paper, maps=maps)
    except OSError as error:
        return fail(f"{args.output}: {error.strerror or error}")
    terminal.write(f"{args.output}: {pages} page{'s' if pages != 1 else ''}\n")
    return 0


def _maps(dataset, results, boundaries: str | None, no_data: str) -> dict:
    """Each contest's map (its default measure; proposed transliterated joins are not made headless)."""
    from electview.ui.map_report import contest_maps

    return contest_maps(dataset, results, boundaries, no_data)
