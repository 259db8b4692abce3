"""Run commands side by side under ``/usr/bin/time -v``: wall time and peak memory, best of N rounds."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass

_WALL = re.compile(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)")
_RSS = re.compile(r"Maximum resident set size \(kbytes\): (\d+)")
_CPU = re.compile(r"(?:User|System) time \(seconds\): ([\d.]+)")


@dataclass
class Run:
    seconds: float
    peak_mb: float
    cpu_seconds: float = 0.0  # user + system, all threads: steadier than wall time when others share the cores


def run_once(command: list[str], env: dict[str, str] | None = None) -> Run:
    """One run of ``command`` (stdout discarded); fails loudly if the command fails."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        subprocess.run(
            ["/usr/bin/time", "-v", "-o", report.name, *command],
            check=True,
            stdout=subprocess.DEVNULL,
            env=_environment(env),
        )
        text = report.read()
    hours, minutes, seconds = _WALL.search(text).groups()
    wall = int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
    return Run(wall, int(_RSS.search(text).group(1)) / 1024, sum(float(t) for t in _CPU.findall(text)))


def _environment(extra: dict[str, str] | None) -> dict[str, str]:
    """The caller's environment, but with bytecode caching on: an installed app has its .pyc files."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return environment | (extra or {})


def runs_of(rounds: int, commands: dict[str, tuple[list[str], dict | None]]) -> dict[str, list[Run]]:
    """Each command once per round, interleaved so machine load hits all alike; every run, in round order."""
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for round_number in range(rounds):
        for name, (command, env) in commands.items():
            result = run_once(command, env)
            print(f"  round {round_number + 1} {name}: {result.seconds:.2f} s, {result.cpu_seconds:.2f} s CPU, {result.peak_mb:.0f} MB", file=sys.stderr)
            runs[name].append(result)
    return runs


def best_of(rounds: int, commands: dict[str, tuple[list[str], dict | None]]) -> dict[str, Run]:
    """Each command's fastest run of :func:`runs_of` (with the highest peak memory seen)."""
    return best_runs(runs_of(rounds, commands))


def best_runs(runs: dict[str, list[Run]]) -> dict[str, Run]:
    return {
        name: Run(min(r.seconds for r in each), max(r.peak_mb for r in each), min(r.cpu_seconds for r in each))
        for name, each in runs.items()
    }


def python() -> str:
    return sys.executable


def print_table(best: dict[str, Run], peer: str, note: str) -> None:
    """A Markdown table of each run's time, its ratio to ``peer`` and its peak memory."""
    print(f"{note}\n\n| run | time | × {peer} | CPU (user + sys) | peak RSS |\n|---|--:|--:|--:|--:|")
    for name, run in best.items():
        print(
            f"| {name} | {run.seconds:.2f} s | {run.seconds / best[peer].seconds:.2f}× | {run.cpu_seconds:.2f} s | {run.peak_mb:,.0f} MB |"
        )


def print_round_ratios(runs: dict[str, list[Run]], ours: str, peer: str) -> None:
    """Best of N and median of N of ``ours`` ÷ ``peer``, and the ratio within each round.

    Under shifting load the best runs of each side may come from different moments; the ratio
    within each round (both sides run back to back) is the steadier figure.
    """
    ratios = [mine.seconds / theirs.seconds for mine, theirs in zip(runs[ours], runs[peer], strict=True)]
    best = min(r.seconds for r in runs[ours]) / min(r.seconds for r in runs[peer])
    median = statistics.median(r.seconds for r in runs[ours]) / statistics.median(r.seconds for r in runs[peer])
    print(
        f"\n{ours} ÷ {peer}: best of {len(ratios)} {best:.2f}×, median of {len(ratios)} {median:.2f}×; "
        f"per-round ratio median {statistics.median(ratios):.2f}× (rounds: {', '.join(f'{r:.2f}' for r in ratios)}); "
        f"load average {os.getloadavg()[0]:.1f}"
    )
