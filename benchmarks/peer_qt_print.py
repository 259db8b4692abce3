"""Peer for bench_report: Qt's own QTextDocument.print_() of the same report HTML (no pies, no page x of y)."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QPdfWriter, QTextDocument  # noqa: E402

from electview.core.report_html import ReportOptions, build_report_html  # noqa: E402
from electview.formats import load_file  # noqa: E402


def main(source: str, output: str) -> int:
    app = QGuiApplication([])  # noqa: F841 (fonts)
    dataset = load_file(source)
    document = QTextDocument()
    document.setHtml(build_report_html(dataset, options=ReportOptions(chart_src=None)))
    writer = QPdfWriter(output)
    writer.setResolution(600)
    document.print_(writer)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
