"""The generic table reader on commissions' own tables against DuckDB reading the same file, as ratios.

    uv run python benchmarks/bench_tables.py [--rounds 3] [FILE ...]   # default: tests/data/national/*/*.csv

electview reads, profiles, infers, cross-checks and builds the dataset; the peer only parses the
file into rows (``read_csv`` with its own sniffing, every cell as text, fetched into Python) —
the floor of any reader that looks at every cell. Both run in this one process, interleaved,
best of N rounds, so the machine's load moves both alike.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import duckdb

from electview.formats import load_file

NATIONAL = Path(__file__).parent.parent / "tests" / "data" / "national"


def _best(function, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def _peer(path: Path) -> None:
    connection = duckdb.connect()
    connection.execute("SELECT * FROM read_csv(?, all_varchar = true, null_padding = true, ignore_errors = true)", [str(path)]).fetchall()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = args.files or sorted(p for p in NATIONAL.glob("*/*.csv") if p.name != "perk.csv")
    print(f"{'file':<62} {'electview':>10} {'DuckDB':>8} {'ratio':>7}")
    for path in files:
        ours = _best(lambda path=path: load_file(path), args.rounds)
        peer = _best(lambda path=path: _peer(path), args.rounds)
        print(f"{path.name[:62]:<62} {ours:>9.2f}s {peer:>7.2f}s {ours / peer:>6.1f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
