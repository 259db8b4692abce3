"""Issue 20 goal 5: the booth file's national contest (8,076 candidates) drawn as bars, beside a bare QPainter peer.

    uv run python benchmarks/generate_booth_csv.py /tmp/booth-1m.csv          # 8,076 candidates
    uv run python benchmarks/bench_charts.py /tmp/booth-1m.csv [--rounds 7] [--size 1024x640]

(A smaller file, ``--stations 20000``, has about as many candidates — 8,188 — and loads in a second.)
Loads FILE, tallies its largest contest and puts it in the window's ``CandidateTableModel`` and
sort proxy (by votes, as the table opens). Then, per round, with the chart at the size the
window's chart pane gives it:

- **bars**: what a repaint after new figures costs — ``BarChart.refresh`` (which candidates get a bar
  among all of them, winners kept, the "+M more" line adding up the rest, each bar's texts from
  the model) and painting the item into a QImage of the chart's size;
- **layout**: the first of those alone (``refresh``);
- **open**: the contest arriving — ``CandidateTableModel.set_tally`` (outcome, statuses, the sort
  proxy's one argsort over every candidate), then the bars as above;
- **peer**: a bare QPainter drawing as many rectangles and texts (one name and one figure per bar,
  and the "+M more" line) at fixed places in one brush, on the same image, timed in the same rounds.

Prints milliseconds (median and best of the rounds), the ratio to the peer and each round's ratio;
the goal is bars ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from electview.core.tally import tally  # noqa: E402
from electview.formats import load_file  # noqa: E402
from electview.ui.bar_chart import BarChart  # noqa: E402
from electview.ui.bar_painter import row_height  # noqa: E402
from electview.ui.candidate_model import VOTES, CandidateSortProxy, CandidateTableModel  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", help="a booth CSV from generate_booth_csv.py")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--size", default="583x268", help="the chart's size (the bars' view in a 1280x800 window)")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    app = QApplication.instance() or QApplication([])

    start = time.perf_counter()
    dataset = load_file(args.file)
    contest = max(dataset.contests, key=lambda c: len(c.candidates))
    result = tally(contest, None, dataset.turnout)
    load_s = time.perf_counter() - start
    model, proxy = CandidateTableModel(), CandidateSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(VOTES, Qt.SortOrder.DescendingOrder)
    start = time.perf_counter()
    model.set_tally(result)
    model_ms = (time.perf_counter() - start) * 1000
    chart = BarChart(model, proxy)
    chart.resize(width, height)
    chart.view.resize(width, height)
    chart.item.set_size(width, height)
    app.processEvents()
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    font = chart.view.font()

    def painted(paint) -> float:
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.setFont(font)
        start = time.perf_counter()
        paint(painter)
        painter.end()
        return time.perf_counter() - start

    def bars(painter: QPainter) -> None:
        chart.refresh()
        chart.item.paint(painter)

    def peer(painter: QPainter) -> None:
        """As many rectangles and texts at fixed places, one brush, no layout: Qt's own floor for this picture."""
        shown = chart.bars
        line = row_height(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QColor("#1A1A1A"))
        brush = QColor("#0072B2")
        for index, bar in enumerate(shown):
            y = line * (index + 1)
            painter.fillRect(QRectF(width * 0.38, y + 2, width * 0.3, line * 0.72), brush)
            painter.drawText(QRectF(0, y, width * 0.37, line), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, bar.name)
            painter.drawText(QRectF(width * 0.7, y, width * 0.3, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.figure)
        painter.drawText(QRectF(0, line * (len(shown) + 1), width, line), Qt.AlignmentFlag.AlignLeft, chart.item.more)

    def opened(painter: QPainter) -> None:
        model.set_tally(None)
        model.set_tally(result)
        bars(painter)

    timings: dict[str, list[float]] = {"bars": [], "layout": [], "open": [], "peer": []}
    for _ in range(args.rounds):
        timings["open"].append(painted(opened))
        timings["bars"].append(painted(bars))
        start = time.perf_counter()
        chart.refresh()
        timings["layout"].append(time.perf_counter() - start)
        timings["peer"].append(painted(peer))
    median = {name: statistics.median(values) * 1000 for name, values in timings.items()}
    best = {name: min(values) * 1000 for name, values in timings.items()}
    per_round = [bar / peer for bar, peer in zip(timings["bars"], timings["peer"], strict=True)]
    print(f"{contest.name}: {len(result.candidates):,} candidates; loaded and tallied in {load_s:.1f} s; model {model_ms:.0f} ms")
    print(f"chart {width}x{height}: {len(chart.bars)} bars + '{chart.item.more}'; {args.rounds} rounds (median)")
    print(f"bars     {median['bars']:7.1f} ms   ({median['bars'] / median['peer']:.2f}x the peer; goal <= 100 ms)")
    print(f"layout   {median['layout']:7.1f} ms   (refresh alone: rows, the rest added up, texts)")
    print(f"open     {median['open']:7.1f} ms   ({median['open'] / median['peer']:.2f}x; the model takes the tally, then the bars)")
    print(f"peer     {median['peer']:7.1f} ms   (bare QPainter: the same number of rectangles and texts)")
    print(f"best of {args.rounds}: bars {best['bars']:.1f} ms, open {best['open']:.1f} ms, peer {best['peer']:.1f} ms ({best['bars'] / best['peer']:.2f}x)")
    print("bars / peer per round: " + ", ".join(f"{ratio:.2f}x" for ratio in per_round))


if __name__ == "__main__":
    main()
