"""``electview compare OLD NEW``: per candidate the change in votes, points and rank, as text or JSON."""

from __future__ import annotations

import argparse
import json
import sys

from electview.core import compare, compare_output
from electview.core import terminal
from electview.core.errors import UsageError
from electview.core.majority import DEFAULT_THRESHOLD
from electview.formats import load_file

HELP = (
    "Compare two results of one race (preliminary and final, or this election and the last): "
    "change in votes, percentage points and rank per candidate, matched by name across spellings."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", help="the earlier results file")
    parser.add_argument("new", help="the later results file")
    parser.add_argument("--format", choices=compare_output.FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--contest", metavar="NAME", help="the contest to compare (default: the first)")
    add_matching_arguments(parser)


def add_matching_arguments(parser: argparse.ArgumentParser, threshold_flag: str = "--threshold") -> None:
    """``--map OLD=NEW`` (repeatable) and the majority threshold: shared with ``electview report --compare``.

    The report calls the threshold ``--majority``: its ``--threshold`` is the party-list one, as summary's.
    """
    parser.add_argument(
        "--map",
        metavar="OLD=NEW",
        action="append",
        default=[],
        help="match candidate OLD to NEW (names or ids) when names differ too much; OLD= leaves OLD unmatched; repeatable",
    )
    parser.add_argument(
        threshold_flag,
        dest="majority",
        type=threshold_argument,
        default=DEFAULT_THRESHOLD,
        metavar="PERCENT",
        help="majority threshold (default: 50)",
    )


def threshold_argument(text: str) -> float:
    """``--threshold``: a finite percentage above 0 and at most 100 (argparse exits 2 otherwise)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a percentage: {text!r}") from None
    if not (0 < value <= 100):  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"must be more than 0 and at most 100, got {text!r}")
    return value


def mapping_argument(args: argparse.Namespace) -> dict[str, str | None]:
    """The ``--map`` arguments as a mapping; UsageError (exit 2, one line) when one is malformed."""
    try:
        return dict(compare.parse_mapping_argument(item) for item in args.map)
    except ValueError as error:
        raise UsageError(f"--map: {error}") from None


def run(args: argparse.Namespace) -> int:
    from electview.cli import fail

    mapping = mapping_argument(args)
    old, new = load_file(args.old), load_file(args.new)
    try:
        comparison = compare.compare_datasets(old, new, args.contest, mapping, args.majority)
    except KeyError:
        names = ", ".join(sorted({c.name for c in (*old.contests, *new.contests)}))
        return fail(f"no contest named {args.contest!r} in both files (contests: {names})")
    if args.format == "json":
        text = json.dumps(compare_output.comparison_dict(comparison, old, new), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    else:
        text = compare_output.render_text(comparison, old, new)
    terminal.write(text)
    sys.stdout.flush()
    return 0
