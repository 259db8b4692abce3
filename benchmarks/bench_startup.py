"""Goal 5: ``electview --screenshot`` on the bundled sample against a bare PySide6 window with a pyqtgraph plot.

    uv run python benchmarks/bench_startup.py --rounds 5
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from measure import best_runs, print_round_ratios, print_table, python, runs_of  # noqa: E402

PEER = "bare PySide6 + pyqtgraph plot"
OURS = "electview --screenshot (sample)"


def slowest_imports(command: list[str], count: int = 12) -> list[tuple[int, str]]:
    """The top-level imports that cost most (cumulative µs), from ``-X importtime``."""
    result = subprocess.run([python(), "-X", "importtime", *command], capture_output=True, text=True, check=True)
    costs = []
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = (part.strip() for part in line.split(":", 1)[1].split("|"))
            if cumulative.isdigit() and not name.startswith(" "):
                costs.append((int(cumulative), name.strip()))
    return sorted(costs, reverse=True)[:count]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    here = Path(__file__).parent
    with tempfile.TemporaryDirectory() as folder:
        shot = str(Path(folder) / "shot.png")
        env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": folder, "XDG_CACHE_HOME": folder}
        commands = {
            PEER: ([python(), str(here / "peer_bare_window.py"), shot], env),
            "bare PySide6 window, no pyqtgraph": ([python(), "-c", _NO_PYQTGRAPH, shot], env),
            OURS: ([python(), "-m", "electview", "--screenshot", shot], env),
        }
        runs = runs_of(args.rounds, commands)
        print_table(best_runs(runs), PEER, f"best of {args.rounds} rounds")
        print_round_ratios(runs, OURS, PEER)
        print("\nslowest imports of `electview --screenshot` (cumulative ms):")
        for micros, name in slowest_imports(["-m", "electview", "--screenshot", shot]):
            print(f"  {micros / 1000:7.1f}  {name}")
    return 0


_NO_PYQTGRAPH = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.setCentralWidget(QLabel("x")); window.resize(1280, 800); window.show()
for _ in range(5): app.processEvents()
window.grab().save(sys.argv[1], "PNG")
"""

if __name__ == "__main__":
    sys.exit(main())
