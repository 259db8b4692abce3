"""``electview report``: the printable results report as a PDF, without a display."""

from __future__ import annotations

import argparse
import os

from electview.commands.summary import add_file_argument, load_argument
from electview.core.summary import contest_tallies

HELP = "Write the printable results report of FILE (the bundled sample when omitted) as a PDF."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_file_argument(parser)
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF to write")
    parser.add_argument("--contest", metavar="NAME", help="only this contest (default: all)")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default: a4)")


def run(args: argparse.Namespace) -> int:
    from electview.cli import fail

    dataset = load_argument(args.file)
    try:
        results = contest_tallies(dataset, args.contest)
    except KeyError:
        names = ", ".join(c.name for c in dataset.contests)
        return fail(f"{args.file or 'sample'}: no contest named {args.contest!r} (contests: {names})")
    output = os.path.abspath(args.output)
    if not os.path.isdir(os.path.dirname(output)):
        return fail(f"{args.output}: the folder does not exist")

    from electview.ui.headless import gui_application
    from electview.ui.report_printer import write_pdf

    app = gui_application()  # noqa: F841 (fonts need it alive while painting)
    try:
        pages = write_pdf(dataset, output, results, paper=args.paper)
    except OSError as error:
        return fail(f"{args.output}: {error.strerror or error}")
    print(f"{args.output}: {pages} page{'s' if pages != 1 else ''}")
    return 0
