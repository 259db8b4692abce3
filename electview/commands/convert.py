"""``electview convert``: write FILE as NIST SP 1500-100 V2 JSON, which electview (and other tools) read back."""

from __future__ import annotations

import argparse
import os
import sys

from electview.core import terminal
from electview.formats import load_file

HELP = "Convert FILE (any format electview reads) to NIST SP 1500-100 Election Results Reporting V2 JSON."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="results file to convert")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.json", help="the NIST V2 JSON file to write")
    parser.add_argument("--columns", metavar="ROLE=COL,…", help="read FILE as a table with these columns (as for summary)")


def run(args: argparse.Namespace) -> int:
    from electview.cli import fail
    from electview.formats.export_nist import write_nist_json

    dataset = load_file(args.file, columns=args.columns)
    output = os.path.abspath(args.output)
    if not os.path.isdir(os.path.dirname(output)):
        return fail(f"{args.output}: the folder does not exist")
    try:
        lost = write_nist_json(dataset, output)
    except OSError as error:
        return fail(f"{args.output}: {error.strerror or error}")
    for note in lost:
        terminal.write(f"electview: not exported: {note}\n", sys.stderr)
    return 0
