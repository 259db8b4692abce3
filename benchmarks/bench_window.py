"""Goals 2–4 in the real window (offscreen): open a booth CSV, drill down, browse and sort every precinct.

    uv run python benchmarks/bench_window.py /tmp/booth-1m.csv [ROUNDS] [--no-browser]

Each round runs the peer (DuckDB's own read_csv + GROUP BY in its own process, import
included) and then, in the window, a first open (empty cache) and a second open: the time
from ``open_path`` to the national totals on screen, the longest the event loop went without
running a 5 ms timer until then, and until the live history has stored the file (it reads,
hashes and compresses it in the background). Then a region, a district and back to all in
each contest (the by-party one shown first and the national one of every candidate), each
with its wall time, the GUI thread's CPU time (steady on a loaded machine) and the longest
stall, and last the precinct browser's load and a sort by each column.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_home = tempfile.mkdtemp(prefix="electview-bench-")
for variable in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
    os.environ[variable] = str(Path(_home) / variable.lower())

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

_PEER = """
import sys, time
start = time.perf_counter()
import duckdb
duckdb.connect().execute("SELECT office, candidate, party, sum(votes) FROM read_csv(?) GROUP BY ALL", [sys.argv[1]]).fetchall()
print(time.perf_counter() - start)
"""


class StallProbe:
    """A 5 ms timer that remembers the longest gap between two of its ticks: how long the loop was blocked.

    Also the GUI thread's CPU time in the longest such block (``longest_cpu_ms``): what the
    stall would be on an idle machine, where the wall time on a shared one is mostly waiting.
    """

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.longest_ms = 0
        self.longest_cpu_ms = 0
        self._cpu = 0.0

    def start(self) -> None:
        self.longest_ms = self.longest_cpu_ms = 0
        self._cpu = time.thread_time()
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.longest_ms = max(self.longest_ms, self.clock.restart())
        cpu, self._cpu = self._cpu, time.thread_time()
        self.longest_cpu_ms = max(self.longest_cpu_ms, round((self._cpu - cpu) * 1000))

    def stop(self) -> int:
        self.timer.stop()
        return self.longest_ms


def wait_for(signal, timeout_s: float = 600) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def peer_seconds(path: str, rounds: int) -> float:
    runs = [
        # DuckDB draws its progress bar on stdout too; the time is the last word.
        float(subprocess.run([sys.executable, "-c", _PEER, path], capture_output=True, text=True, check=True).stdout.split()[-1])
        for _ in range(rounds)
    ]
    return min(runs)


def timed(action) -> float:
    start = time.perf_counter()
    action()
    QApplication.processEvents()
    return time.perf_counter() - start


def run_until(done, timeout_s: float = 600) -> None:
    """Keep the event loop running until ``done()`` (checked every 20 ms)."""
    deadline = time.perf_counter() + timeout_s
    while not done() and time.perf_counter() < deadline:
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def main() -> int:
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = os.path.abspath(arguments[0])
    rounds = int(arguments[1]) if len(arguments) > 1 else 2
    app = QApplication(sys.argv[:1])  # noqa: F841 -- kept alive for the whole run
    from electview.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    probe = StallProbe()

    def open_once() -> tuple[float, str, float, str]:
        """(seconds to totals on screen, longest stall until then, seconds until the history has the file, its stall)."""
        window.document.close()
        QApplication.processEvents()
        probe.start()
        start = time.perf_counter()
        window.open_path(path)
        wait_for(window.background.opened)
        QApplication.processEvents()  # the table, pie and header paint
        seconds, stall = time.perf_counter() - start, f"{probe.longest_ms} ms ({probe.longest_cpu_ms} ms CPU)"
        live = window.live
        run_until(lambda: live.history is not None and len(live.history) >= 1)
        stored = live.history.stored() if live.history is not None else None
        run_until(lambda: stored is None or stored.done())
        probe.stop()
        return seconds, stall, time.perf_counter() - start, f"{probe.longest_ms} ms ({probe.longest_cpu_ms} ms CPU)"

    rows = []
    for number in range(1, rounds + 1):
        peer = peer_seconds(path, 1)
        shutil.rmtree(Path(os.environ["XDG_CACHE_HOME"]), ignore_errors=True)
        for label in ("first open (empty cache)", "second open (cached)"):
            seconds, stall, until_stored, stall_stored = open_once()
            rows.append(f"| {number} | {label} | {seconds:.2f} s | {peer:.2f} s | {seconds / peer:.2f}× | {stall} "
                        f"| {until_stored:.1f} s, {stall_stored} |")
    print(f"file: {path} ({Path(path).stat().st_size / 1e6:,.0f} MB); load average {os.getloadavg()[0]:.1f}\n")
    print("| round | open | to totals on screen | DuckDB read_csv + GROUP BY | × DuckDB | longest stall (most GUI CPU between two ticks) "
          "| until the history stored it, longest stall |")
    print("|--:|---|--:|--:|--:|--:|--:|")
    print("\n".join(rows))

    print("\n| contest | drill-down (tally, table, pie, header) | wall | GUI CPU | longest stall |\n|---|---|--:|--:|--:|")
    for contest_index, contest in enumerate(window.document.dataset.contests):
        window.document.set_contest(contest_index)
        QApplication.processEvents()
        units = contest.units
        region = int((units.kinds == "region").nonzero()[0][0])
        district = int((units.kinds == "district").nonzero()[0][0])
        for label, unit in (("a region", region), ("a district", district), ("back to all", None)):
            probe.start()
            cpu = time.thread_time()
            wall = timed(lambda u=unit: window.document.set_scope(u))
            cpu = time.thread_time() - cpu
            print(f"| {contest.name} ({len(contest.candidates):,} candidates) | {label} | {wall * 1000:.0f} ms "
                  f"| {cpu * 1000:.0f} ms | {probe.stop()} ms |")
    window.document.set_contest(0)
    if "--no-browser" in sys.argv:
        window.close()
        return 0

    peer = peer_seconds(path, 1)
    probe.start()
    start = time.perf_counter()
    browser = window.precincts.show_browser()
    wait_for(browser.loaded)
    load_seconds = time.perf_counter() - start
    print(f"\nprecinct browser: {browser.model.rowCount():,} stations loaded in {load_seconds:.2f} s "
          f"({load_seconds / peer:.2f}× DuckDB), longest stall {probe.stop()} ms")
    print("\n| sort by | ascending | descending |\n|---|--:|--:|")
    model = browser.model
    for column, spec in enumerate(model.columns):
        up = timed(lambda c=column: browser.view.sortByColumn(c, Qt.SortOrder.AscendingOrder))
        down = timed(lambda c=column: browser.view.sortByColumn(c, Qt.SortOrder.DescendingOrder))
        print(f"| {spec.title} | {up * 1000:.0f} ms | {down * 1000:.0f} ms |")
    scroll = timed(lambda: browser.view.scrollToBottom())
    print(f"\nscroll to the last station: {scroll * 1000:.0f} ms")
    window.close()
    browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
