"""``electview integrity``: the statistical checks on a file's stations (core/integrity.py) as text, JSON or CSV."""

from __future__ import annotations

import argparse
import json
import sys

from electview.core import integrity, terminal
from electview.core.errors import UsageError
from electview.formats import load_file

HELP = (
    "Statistical checks on FILE's polling stations: turnout and leader's-share distributions, whole-percent "
    "excess (Kobak et al. 2016), last digits, flagged stations. A deviation is a reason to look, not proof."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a results file with station-level counts and registered voters")
    parser.add_argument("--contest", metavar="NAME", help="the contest to check (default: the first)")
    parser.add_argument("--region", metavar="NAME", help="only the stations in this place (a unit's name or id)")
    parser.add_argument("--seed", type=int, default=0, metavar="N", help="seed of the Monte-Carlo, so a run repeats (default: 0)")
    parser.add_argument(
        "--simulations", type=int, default=integrity.SIMULATIONS, metavar="N", help="Monte-Carlo draws (default: %(default)s)"
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "csv"),
        default="text",
        help="output format (default: text); csv: one line per station with its figures and flags",
    )


def _test_line(label: str, test: integrity.Excess) -> str:
    return (
        f"  {label}: {test.observed} of {test.stations} stations, chance gives {test.expected:.1f} ± {test.spread:.1f} "
        f"(excess {test.excess:+.1f}, p = {test.p_value:.3g})"
    )


def render_text(data: dict, report: integrity.IntegrityReport) -> str:
    lines = [
        f"Integrity checks: {data['contest']}",
        f"Stations: {data['stations']}"
        + (f" ({data['stations_left_out']} left out: no voters or no ballots)" if data["stations_left_out"] else ""),
        f"Leader: {data['leader'] or '-'}",
        f"Seed {report.seed}, {report.simulations} simulations.",
        "",
        "Whole percents (1-99%, stations of 100 voters or more):",
        _test_line("turnout", report.turnout),
        _test_line("leader's share", report.leader_share),
    ]
    for step in sorted(report.turnout_round):
        lines.append(_test_line(f"turnout at multiples of {step}%", report.turnout_round[step]))
        lines.append(_test_line(f"leader's share at multiples of {step}%", report.leader_round[step]))
    lines += ["  " + integrity.CAVEATS["integer_percent"], ""]
    digits = report.digits
    lines.append(f"Last digits of {digits.counts} counts of 100 or more: chi-square {digits.chi2:.2f}, p = {digits.p_value:.3g}")
    lines.append("  digits 0-9: " + " ".join(str(d) for d in digits.digits))
    lines += ["  " + integrity.CAVEATS["last_digit"], ""]
    reasons: dict[str, int] = {}
    for flag in data["flagged"]:
        for reason in flag["reasons"]:
            reasons[reason] = reasons.get(reason, 0) + 1
    lines.append(f"Flagged stations: {len(data['flagged'])}")
    lines += [f"  {reason}: {count}" for reason, count in reasons.items()]
    lines += ["  " + integrity.CAVEATS["flagged"], ""]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    if args.simulations < 1:
        raise UsageError(f"--simulations is a number of draws, 1 or more, got {args.simulations}")
    dataset = load_file(args.file)
    try:
        contest = dataset.contest(args.contest)
    except KeyError:
        names = ", ".join(c.name for c in dataset.contests)
        raise UsageError(f"{args.file}: no contest named {args.contest!r} (contests: {names})") from None
    scope = None
    if args.region:
        from electview.core.regions import find_unit

        try:
            scope = find_unit(contest.units, args.region)
        except KeyError:
            raise UsageError(f"{args.file}: no place named {args.region!r} in {contest.name}") from None
    from electview.formats.stations import station_contest

    contest = station_contest(dataset, contest)  # a booth file's polling stations, kept apart from its units
    try:
        report = integrity.check(contest, scope, seed=args.seed, simulations=args.simulations)
    except integrity.TooManyToCheck as refused:
        raise UsageError(f"{args.file}: {contest.name}: {refused}") from None
    if not len(report.found):
        raise UsageError(
            f"{args.file}: {contest.name} has no stations with registered voters and ballots "
            "(the integrity checks need per-station electorate and counts)"
        )
    data = integrity.report_dict(contest, report, args.file)
    if args.format == "csv":
        terminal.write(integrity.stations_csv(contest, report))
    elif args.format == "json":
        terminal.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        terminal.write(render_text(data, report))
    sys.stdout.flush()
    return 0
