"""``electview summary``: the results summary on stdout as text, JSON, Markdown or CSV."""

from __future__ import annotations

import argparse
import sys

from electview.core.summary import FORMATS, render
from electview.formats import load_file
from electview.resources import sample_path

HELP = "Print the results summary of FILE (the bundled sample when omitted)."


def add_file_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", help="results file (default: the bundled sample)")


def load_argument(path: str | None):
    """The dataset named on the command line, or the bundled sample."""
    return load_file(path or sample_path())


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_file_argument(parser)
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--contest", metavar="NAME", help="only this contest (default: all)")
    parser.add_argument("--region", metavar="NAME", help="only this place (a unit's name or id, e.g. a county)")
    parser.add_argument(
        "--columns",
        metavar="ROLE=COL,…",
        help="read FILE as a table with these columns, e.g. name=Candidate,party=Party,votes=Votes "
        "(roles: name, party, votes, share, region, contest; COL is a header or a column number)",
    )


def run(args: argparse.Namespace) -> int:
    from electview.cli import fail

    dataset = load_file(args.file, columns=args.columns) if args.columns and args.file else load_argument(args.file)
    if args.region:
        from electview.core.regions import region_names, restrict

        try:
            dataset = restrict(dataset, args.region)
        except KeyError:
            names = ", ".join(region_names(dataset))
            return fail(f"{args.file or 'sample'}: no region named {args.region!r} (for example: {names})")
    try:
        text = render(dataset, args.format, args.contest)
    except KeyError:
        names = ", ".join(c.name for c in dataset.contests)
        return fail(f"{args.file or 'sample'}: no contest named {args.contest!r} (contests: {names})")
    sys.stdout.write(text)
    sys.stdout.flush()
    return 0
