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
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import numpy as np  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


sys.path.insert(0, str(Path(__file__).parent))
from measure import python, run_once  # noqa: E402


def duckdb_seconds(path: str) -> float:
    """The issue's peer, a whole process: DuckDB read_csv + GROUP BY national totals (peer_duckdb.py)."""
    return run_once([python(), str(Path(__file__).parent / "peer_duckdb.py"), path]).seconds


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


def constant_table(rows: int, columns: int):
    """The scrolling peer: a QTableView set up like the browser's over a model that answers one constant text."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex
    from PySide6.QtWidgets import QHeaderView, QTableView

    class Constant(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else rows

        def columnCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else columns

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return "12,345" if role == Qt.ItemDataRole.DisplayRole else None

    view = QTableView()
    view._model = Constant()  # kept alive with the view
    view.setModel(view._model)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().hide()
    view.resize(1280, 760)
    view.show()
    QApplication.processEvents()
    return view


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
    read_seconds = time.perf_counter() - start
    peer_read = duckdb_seconds(path)
    print(f"precinct browser: {model.rowCount():,} stations read in {read_seconds:.1f} s "
          f"({'from the file' if args.no_cache else 'from the cache if present'}, sort orders included); "
          f"DuckDB read_csv + GROUP BY right after: {peer_read:.1f} s ({read_seconds / peer_read:.2f}×)\n")

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

    peer_view = constant_table(model.rowCount(), model.columnCount())
    print("\n| scroll (page down ×200, interleaved) | mean per page | slowest |\n|---|--:|--:|")
    pages = {"precinct browser": [], "peer: same view, constant text": []}
    for _ in range(20):
        for name, table in (("precinct browser", view), ("peer: same view, constant text", peer_view)):
            bar = table.verticalScrollBar()
            pages[name] += [timed(lambda b=bar: b.setValue(b.value() + b.pageStep())) for _ in range(10)]
    for name, steps in pages.items():
        print(f"| {name} | {np.mean(steps) * 1000:.1f} ms ({np.mean(steps) / np.mean(pages['peer: same view, constant text']):.2f}×) "
              f"| {max(steps) * 1000:.1f} ms |")
    jump = timed(view.scrollToBottom) + timed(view.scrollToTop)
    print(f"\nscroll to the last station and back: {jump * 1000:.0f} ms")
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
