"""Goal 1 (and 6): ``electview summary big.csv --format json`` against DuckDB read_csv + GROUP BY on the same file.

    uv run python benchmarks/bench_summary.py /tmp/booth-1m.csv --rounds 3

"first open" starts with an empty cache directory every time (so it pays for writing the
cache); "second open" finds the aggregated form in the cache. The issue's peer totals the nation only;
the second peer is DuckDB doing what the first open must (totals per district × candidate), so
the ratios show how much is the work itself and how much electview adds around it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from measure import best_of, best_runs, print_round_ratios, print_table, python, runs_of  # noqa: E402

PEER = "duckdb read_csv + GROUP BY"
SAME_WORK = "duckdb, per district × candidate"
FIRST = "electview summary, first open"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", help="a booth CSV (make one with generate_booth_csv.py)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    here = Path(__file__).parent
    summary = [python(), "-m", "electview", "summary", args.csv, "--format", "json"]
    with tempfile.TemporaryDirectory() as warm_cache:
        warm = {"XDG_CACHE_HOME": warm_cache}
        best_of(1, {"prime cache": (summary, warm)})
        with tempfile.TemporaryDirectory() as cold_root:
            cold_cache = str(Path(cold_root) / "cache")
            first_open = ["sh", "-c", 'rm -rf "$XDG_CACHE_HOME" && exec "$@"', "sh", *summary]
            commands = {
                PEER: ([python(), str(here / "peer_duckdb.py"), args.csv], None),
                SAME_WORK: ([python(), str(here / "peer_duckdb.py"), args.csv, "--by-district"], None),
                FIRST: (first_open, {"XDG_CACHE_HOME": cold_cache}),
                "electview summary, second open": (summary, warm),
            }
            runs = runs_of(args.rounds, commands)
    size_mb = Path(args.csv).stat().st_size / 1e6
    print_table(best_runs(runs), PEER, f"file: {args.csv} ({size_mb:,.0f} MB); best of {args.rounds} rounds")
    print_round_ratios(runs, FIRST, PEER)
    print_round_ratios(runs, SAME_WORK, PEER)
    print_round_ratios(runs, FIRST, SAME_WORK)
    return 0


if __name__ == "__main__":
    sys.exit(main())
