"""Goal 4: the precinct browser on a booth CSV, offscreen: read every precinct, sort by each column, scroll.

    uv run python benchmarks/bench_browser.py /tmp/booth-1m.csv --rounds 3 [--no-cache]

The browser reads the precinct detail in the background (from the user cache when it has it;
``--no-cache`` reads the file again, as a first open does). Each sort is a click on a column
header: ``sortByColumn`` and the repaint that follows. The peer, timed in the same rounds so
machine load hits both alike, is one stable ``np.argsort`` of as many float64 keys as there
are stations, which is what a sort would cost without precomputed orders.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def wait_for(signal, timeout_s: float = 1800) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def timed(action) -> float:
    """Seconds for ``action`` and the repaint it causes."""
    start = time.perf_counter()
    action()
    QApplication.processEvents()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-cache", action="store_true", help="read the precincts from the file, not the cache")
    args = parser.parse_args()
    if args.no_cache:
        os.environ["ELECTVIEW_NO_CACHE"] = "1"
    path = os.path.abspath(args.file)
    app = QApplication(sys.argv[:1])  # noqa: F841 — kept alive for the widgets
    from electview.formats import load_file
    from electview.ui.document import ResultsDocument
    from electview.ui.precinct_browser import PrecinctBrowser

    start = time.perf_counter()
    dataset = load_file(path)
    print(f"file: {path} ({os.path.getsize(path) / 1e6:,.0f} MB); totals read in {time.perf_counter() - start:.1f} s")
    document = ResultsDocument()
    document.set_dataset(dataset, path)
    start = time.perf_counter()
    browser = PrecinctBrowser(document)
    browser.resize(1280, 800)
    browser.show()
    wait_for(browser.loaded)
    model, view = browser.model, browser.view
    print(f"precinct browser: {model.rowCount():,} stations read in {time.perf_counter() - start:.1f} s "
          f"({'file' if args.no_cache else 'cache if present'}), sort orders included\n")

    keys = np.random.default_rng(1).random(model.rowCount())
    peer, sorts = [], {}
    for _ in range(args.rounds):
        peer.append(timed(lambda: np.argsort(keys, kind="stable")))
        for column, spec in enumerate(model.columns):
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                seconds = timed(lambda c=column, o=order: view.sortByColumn(c, o))
                sorts.setdefault((spec.title, order), []).append(seconds)
    best_peer = min(peer)
    print(f"peer, one stable np.argsort of {len(keys):,} float64 keys: best {best_peer * 1000:.0f} ms\n")
    print(f"| sort by | ascending | descending | slowest of {args.rounds} rounds |\n|---|--:|--:|--:|")
    for spec in model.columns:
        up, down = sorts[(spec.title, Qt.SortOrder.AscendingOrder)], sorts[(spec.title, Qt.SortOrder.DescendingOrder)]
        print(f"| {spec.title} | {min(up) * 1000:.0f} ms ({min(up) / best_peer:.2f}×) "
              f"| {min(down) * 1000:.0f} ms ({min(down) / best_peer:.2f}×) | {max(up + down) * 1000:.0f} ms |")

    bar = view.verticalScrollBar()
    jump = timed(view.scrollToBottom) + timed(view.scrollToTop)
    steps = [timed(lambda: bar.setValue(bar.value() + bar.pageStep())) for _ in range(200)]
    print(f"\nscroll: to the last station and back {jump * 1000:.0f} ms; page down ×200: "
          f"mean {np.mean(steps) * 1000:.1f} ms, slowest {max(steps) * 1000:.1f} ms per page")
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
