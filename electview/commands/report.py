"""``electview report``: the printable results report as a PDF, without a display."""

from __future__ import annotations

import argparse
import os

from electview.commands.compare import add_matching_arguments, mapping_argument
from electview.commands.summary import add_file_argument, load_argument
from electview.core.report_compare import report_comparison
from electview.core.report_html import ReportOptions
from electview.core.summary import contest_tallies
from electview.formats import load_file

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
        help="add a comparison with the earlier results in OLD to each contest (the contest of the same name)",
    )
    add_matching_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from electview.cli import fail

    if args.map and not args.compare:
        return fail("--map matches candidates for --compare OLD: give the earlier results with --compare")
    mapping = mapping_argument(args)
    dataset = load_argument(args.file)
    try:
        results = contest_tallies(dataset, args.contest)
    except KeyError:
        names = ", ".join(c.name for c in dataset.contests)
        return fail(f"{args.file or 'sample'}: no contest named {args.contest!r} (contests: {names})")
    options = ReportOptions()
    if args.compare:
        compared = report_comparison(load_file(args.compare), results, mapping, args.threshold)
        options = ReportOptions(comparison_html=compared.section_html)
    output = os.path.abspath(args.output)
    if not os.path.isdir(os.path.dirname(output)):
        return fail(f"{args.output}: the folder does not exist")

    from electview.ui.headless import gui_application
    from electview.ui.report_printer import write_pdf

    app = gui_application()  # noqa: F841 (fonts need it alive while painting)
    try:
        pages = write_pdf(dataset, output, results, options, paper=args.paper)
    except OSError as error:
        return fail(f"{args.output}: {error.strerror or error}")
    print(f"{args.output}: {pages} page{'s' if pages != 1 else ''}")
    return 0
