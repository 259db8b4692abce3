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


def run(args: argparse.Namespace) -> int:
    from electview.cli import fail

    dataset = load_argument(args.file)
    try:
        text = render(dataset, args.format, args.contest)
    except KeyError:
        names = ", ".join(c.name for c in dataset.contests)
        return fail(f"{args.file or 'sample'}: no contest named {args.contest!r} (contests: {names})")
    sys.stdout.write(text)
    sys.stdout.flush()
    return 0
