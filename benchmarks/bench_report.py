"""Issue 3: time and peak memory of ``electview report`` for a 500-contest file, against Qt's own print_().

    uv run python benchmarks/bench_report.py --contests 500 --rounds 3

The peer lays the same report HTML out as one QTextDocument and prints it with
``QTextDocument.print_()``: no pies, no "Page x of y", no watermark. electview lays out one
document per contest (each starts a page), so the work grows with the page count, not its square.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from measure import best_of, python  # noqa: E402
from synthetic import many_contests  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contests", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "many.electview.json"
        source.write_text(json.dumps(many_contests(args.contests)), encoding="utf-8")
        ours, peer = Path(folder) / "electview.pdf", Path(folder) / "peer.pdf"
        commands = {
            "Qt QTextDocument.print_()": ([python(), str(HERE / "peer_qt_print.py"), str(source), str(peer)], None),
            "electview report": ([python(), "-m", "electview", "report", str(source), "-o", str(ours)], None),
        }
        best = best_of(args.rounds, commands)
        sizes = {name: path.stat().st_size / 1e6 for name, path in (("electview report", ours), ("Qt QTextDocument.print_()", peer))}
    baseline = best["Qt QTextDocument.print_()"]
    print(f"{args.contests} contests; best of {args.rounds} rounds")
    print("| run | time | × Qt print_() | peak RSS | PDF |\n|---|--:|--:|--:|--:|")
    for name, run in best.items():
        print(f"| {name} | {run.seconds:.2f} s | {run.seconds / baseline.seconds:.2f}× | {run.peak_mb:,.0f} MB | {sizes[name]:.1f} MB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
