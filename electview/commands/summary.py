"""``electview summary``: the results summary on stdout as text, JSON, Markdown or CSV; ``--follow`` keeps it current."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime

from electview.core import terminal
from electview.core.errors import LoadError, UsageError
from electview.core.summary import FORMATS, render, summary_dict
from electview.formats import load_file
from electview.resources import sample_path

HELP = "Print the results summary of FILE (the bundled sample when omitted); with --follow, again on every change."


MAX_INTERVAL = 24 * 3600.0


def seconds_argument(text: str) -> float:
    """``--interval``: a finite number of seconds, more than 0 and at most a day (argparse exits 2 otherwise)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not (0 < value <= MAX_INTERVAL):  # also refuses nan and inf
        raise argparse.ArgumentTypeError(f"must be more than 0 and at most {MAX_INTERVAL:g} seconds, got {text!r}")
    return value


def add_file_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", help="results file, or an http(s) URL (default: the bundled sample)")


def load_argument(path: str | None):
    """The dataset named on the command line (a file or an http(s) URL), or the bundled sample."""
    from electview.live.sources import FeedSource, Outcome, is_url

    if path and is_url(path):
        check = FeedSource(path).check()
        if check.outcome is Outcome.CHANGED and check.dataset is not None:
            return check.dataset
        # A first look has no earlier version to be unchanged from: anything but new results is a failure.
        raise check.error or LoadError(path, check.problem or "the feed answered with no results to show")
    return load_file(path or sample_path())


def add_language_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        metavar="TAG",
        help="show names (candidates, parties, contests, places, the title) in this language where the file "
        "gives them, e.g. ru or kk (default: the file's own)",
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_file_argument(parser)
    add_language_argument(parser)
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--contest", metavar="NAME", help="only this contest (default: all)")
    parser.add_argument("--region", metavar="NAME", help="only this place (a unit's name or id, e.g. a county)")
    add_system_arguments(parser)
    parser.add_argument(
        "--columns",
        metavar="ROLE=COL,…",
        help="read FILE as a table with these columns, e.g. name=Candidate,party=Party,votes=Votes "
        "(roles: name, party, votes, share, region, contest; COL is a header or a column number)",
    )
    parser.add_argument(
        "--follow",
        action="store_true",
        help="keep watching FILE or URL and print the summary again each time the data changes "
        "(--format json: one JSON document per line); a half-written file is skipped, Ctrl+C stops",
    )
    parser.add_argument(
        "--interval", type=seconds_argument, metavar="S", help="seconds between checks with --follow (default: 1 for a file, 60 for a URL)"
    )
    parser.add_argument(
        "--max-updates", type=int, metavar="N", help="with --follow, stop after N changes (the first summary doesn't count)"
    )


def add_system_arguments(parser: argparse.ArgumentParser) -> None:
    """``--seats N --method M --threshold P``: the electoral system when the file doesn't say it."""
    from electview.core.seats import Method

    parser.add_argument("--seats", type=int, metavar="N", help="seats to fill: with --method, party-list seats; alone, vote for N")
    from electview.core.model import MEASURE_METHOD, RUNOFF_METHOD

    parser.add_argument(
        "--method",
        choices=[m.value for m in Method] + [RUNOFF_METHOD, MEASURE_METHOD],
        help="allocate --seats among the parties (the candidates) by this method; runoff: one winner with more than "
        "half of valid votes (or --threshold P), else a run-off between the top two; measure: a yes/no question "
        "passing with more than half of the votes on it (or at least --threshold P, e.g. 55 or 66.67)",
    )
    parser.add_argument(
        "--threshold",
        type=float,
        metavar="P",
        help="with --method: legal threshold in percent of valid votes (default: 0); with runoff, the share that wins "
        "outright (default: more than 50)",
    )
    parser.add_argument(
        "--expected-votes",
        type=float,
        metavar="N",
        help="valid votes you expect the contest to have in all: while results are preliminary, the votes still to come "
        "are N minus those counted, and the runner-up's hurdle is the share of them it would need to overtake",
    )


def apply_system_arguments(dataset, args: argparse.Namespace):
    """The dataset with the system from ``--seats/--method/--threshold`` on ``--contest`` (or all); raises UsageError."""
    from electview.core.errors import UsageError
    from electview.core.model import ElectoralSystem
    from electview.core.outcomes import with_seats, with_system

    from electview.core.model import MEASURE_METHOD, RUNOFF_METHOD

    dataset = _apply_expected_votes(dataset, args)
    if args.seats is None and args.method is None and args.threshold is None:
        return dataset
    if args.method in (RUNOFF_METHOD, MEASURE_METHOD):
        return _apply_one_question(dataset, args)
    if args.seats is None or args.seats < 1:
        raise UsageError("give the number of seats with --seats N (a whole number ≥ 1), e.g. --seats 150 --method dhondt")
    if args.threshold is not None and args.method is None:
        raise UsageError("--threshold is a party-list threshold: give --method too, e.g. --method dhondt --threshold 5")
    threshold = 0.0 if args.threshold is None else args.threshold
    if not 0 <= threshold < 100:
        raise UsageError(f"--threshold is a percent of valid votes from 0 to below 100, got {args.threshold:g}")
    try:
        if args.method is None:
            return with_seats(dataset, args.seats, args.contest)
        return with_system(dataset, ElectoralSystem(args.method, args.seats, threshold, "user"), args.contest)
    except KeyError:
        names = ", ".join(c.name for c in dataset.contests)
        raise UsageError(f"no contest named {args.contest!r} (contests: {names})") from None


def _apply_one_question(dataset, args: argparse.Namespace):
    """``--method runoff|measure [--threshold P]``: one winner (or a yes/no answer) against a threshold; raises UsageError."""
    from electview.core.errors import UsageError
    from electview.core.model import ElectoralSystem
    from electview.core.outcomes import with_system

    if args.seats not in (None, 1):
        raise UsageError(f"--method {args.method} decides one question: leave out --seats (got --seats {args.seats})")
    threshold = 50.0 if args.threshold is None else args.threshold
    if not 0 < threshold <= 100:  # NaN fails every comparison, so it is refused here too
        raise UsageError(
            f"--threshold with {args.method} is the percent of the votes that decides, above 0 and at most 100, got {threshold:g}"
        )
    try:
        return with_system(dataset, ElectoralSystem(args.method, 1, threshold, "user"), args.contest)
    except KeyError:
        names = ", ".join(c.name for c in dataset.contests)
        raise UsageError(f"no contest named {args.contest!r} (contests: {names})") from None


def _apply_expected_votes(dataset, args: argparse.Namespace):
    """The dataset with ``--expected-votes`` on ``--contest`` (or all); raises UsageError."""
    import math

    from electview.core.errors import UsageError
    from electview.core.outcomes import with_expected_votes

    expected = getattr(args, "expected_votes", None)
    if expected is None:
        return dataset
    if not math.isfinite(expected) or expected < 0 or not float(expected).is_integer():
        raise UsageError(f"--expected-votes is a whole number of valid votes (0 or more), got {expected:g}")
    try:
        return with_expected_votes(dataset, expected, args.contest)
    except KeyError:
        names = ", ".join(c.name for c in dataset.contests)
        raise UsageError(f"no contest named {args.contest!r} (contests: {names})") from None


class _NotInData(Exception):
    """The contest or region asked for isn't in the data (the message says which there are)."""


def _render(dataset, args: argparse.Namespace) -> str:
    """The summary text for the contest and region asked for; raises _NotInData."""
    if args.region:
        from electview.core.regions import region_names, restrict

        try:
            dataset = restrict(dataset, args.region)
        except KeyError:
            names = ", ".join(region_names(dataset))
            raise _NotInData(f"{args.file or 'sample'}: no region named {args.region!r} (for example: {names})") from None
    try:
        dataset = apply_system_arguments(dataset, args)
    except UsageError as error:
        raise _NotInData(f"{args.file or 'sample'}: {error}") from None
    if args.lang:
        from electview.core.languages import localised

        dataset = localised(dataset, args.lang)
    try:
        if args.format == "json" and args.follow:
            return json.dumps(summary_dict(dataset, args.contest), ensure_ascii=False) + "\n"  # one document per line
        return render(dataset, args.format, args.contest)
    except KeyError:
        names = ", ".join(c.name for c in dataset.contests)
        raise _NotInData(f"{args.file or 'sample'}: no contest named {args.contest!r} (contests: {names})") from None


def run(args: argparse.Namespace) -> int:
    from electview.cli import fail

    if args.follow:
        return run_follow(args)
    if args.interval is not None or args.max_updates is not None:
        return fail("--interval and --max-updates go with --follow")
    dataset = load_file(args.file, columns=args.columns) if args.columns and args.file else load_argument(args.file)
    try:
        text = _render(dataset, args)
    except _NotInData as error:
        return fail(str(error))
    terminal.write(text)
    sys.stdout.flush()
    return 0


def run_follow(args: argparse.Namespace) -> int:
    """Print the summary, then again on each new version, until --max-updates, final results (feeds) or Ctrl+C."""
    from electview.cli import fail
    from electview.live.polling import follow, schedule_for
    from electview.live.sources import Outcome, open_source

    if args.columns:
        return fail("--columns can't be used with --follow yet; follow a file electview reads without it")
    if args.max_updates is not None and args.max_updates < 0:
        return fail(f"--max-updates must be 0 or more, got {args.max_updates}")
    source = open_source(args.file or str(sample_path()))
    printed = 0

    def on_check(check) -> None:
        nonlocal printed
        if check.outcome is Outcome.FAILED:
            if not printed and not check.busy:  # nothing good to show yet: the same exit as a plain summary of a bad file
                raise check.error
            if not check.repeated:
                terminal.write(f"electview: warning: {check.problem}; keeping the last good version and retrying\n", sys.stderr)
            return
        if check.outcome is not Outcome.CHANGED:
            return
        try:
            text = _render(check.dataset, args)
        except _NotInData as error:
            if not printed:
                raise
            terminal.write(f"electview: warning: {error}\n", sys.stderr)
            return
        if printed and args.format != "json":
            seen = datetime.fromtimestamp(check.checked_at).isoformat(sep=" ", timespec="seconds")
            text = f"\n--- {source.name} changed (seen {seen}) ---\n\n" + text
        terminal.write(text)
        sys.stdout.flush()
        printed += 1

    schedule = schedule_for(source, args.interval)
    try:
        follow(source, schedule, on_check, max_changes=None if args.max_updates is None else args.max_updates + 1)
    except _NotInData as error:
        return fail(str(error))
    if schedule.stopped_reason:
        terminal.write(f"electview: stopped following: {schedule.stopped_reason}\n", sys.stderr)
    return 0
