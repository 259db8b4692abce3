"""The report on paper: QTextDocument pages with page numbers, a status watermark and vector pies.

Print, Print Preview, PDF export and ``electview report`` all come here: the HTML from
:mod:`electview.core.report_html` is laid out by a QTextDocument at the device's resolution,
its pie placeholders become text objects drawn by :func:`pie_painter.paint_pie` (vector
paths in a PDF, never a bitmap), and each page gets "Page x of y" and, unless the results
are final, a light watermark of the status. Needs a QGuiApplication, never a widget.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextImageFormat,
)

from electview import __version__
from electview.core.atomic_write import atomic_path
from electview.core.model import ResultsDataset, Status
from electview.core.report_html import PIE_URL_SCHEME, ReportOptions, build_report_html
from electview.core.tally import ContestTally
from electview.ui.pie_painter import PieSlice, build_slices, paint_pie

PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(16, 16, 16, 14)
FOOTER_GAP_MM = 7.0  # space kept under the text for the page footer
CSS_DPI = 96.0


def report_slices(result: ContestTally) -> list[PieSlice]:
    """The report's pie: every candidate its own slice (no "Other"), so each key colour is in the pie."""
    labels = [candidate.name for candidate in result.candidates]
    return build_slices(labels, list(result.votes), list(result.colours), list(result.votes_estimated), threshold=0.0)


@dataclass(frozen=True)
class ReportDocument:
    """The laid-out report text plus where each contest's pie goes (document coordinates)."""

    document: QTextDocument
    pies: list[tuple[QRectF, list[PieSlice]]]


def _css_pixel_device() -> QImage:
    """A paint device of exactly 96 dpi, so the layout's units are CSS pixels on every platform."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    dots_per_metre = round(CSS_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def _pie_positions(document: QTextDocument) -> list[tuple[int, int]]:
    """(character position, contest index) of each pie placeholder image in the document."""
    found = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            text_format = fragment.charFormat()
            if text_format.isImageFormat():
                scheme, _, number = text_format.toImageFormat().name().partition(":")
                if scheme == PIE_URL_SCHEME and number.isdigit():
                    found.extend((fragment.position() + offset, int(number)) for offset in range(fragment.length()))
            fragments += 1
        block = block.next()
    return found


def _placeholder_rect(document: QTextDocument, position: int) -> QRectF:
    """Where the layout put the image at ``position``: it sits on its line's baseline."""
    block = document.findBlock(position)
    image_format = QTextImageFormat(document.documentLayout().format(position))
    width, height = image_format.width(), image_format.height()
    line = block.layout().lineForTextPosition(position - block.position())
    if not line.isValid():
        return QRectF()
    origin = document.documentLayout().blockBoundingRect(block).topLeft()
    x = origin.x() + line.cursorToX(position - block.position())[0]
    y = origin.y() + line.y() + line.ascent() - height
    return QRectF(x, y, width, height)


def build_document(html: str, results: Sequence[ContestTally], page_size: QSizeF) -> ReportDocument:
    """Lay out the report HTML on pages of ``page_size`` CSS pixels (1/96 inch).

    Qt scales some HTML lengths (cell padding) to a printer's resolution but not others
    (paragraph margins), so the report is laid out at 96 dpi and the painter scaled to the
    device instead; design metrics keep the text's spacing right at any scale. Each pie
    image is a transparent placeholder that :func:`paint_document` paints the vector pie on
    (a QTextObjectInterface in Python would be called back from C++ for every page, and
    PySide6 on Python 3.11 miscounts None's references in that path).
    """
    document = QTextDocument()
    document.setDocumentMargin(0)
    option = document.defaultTextOption()
    option.setUseDesignMetrics(True)
    document.setDefaultTextOption(option)
    device = _css_pixel_device()
    document.documentLayout().setPaintDevice(device)
    document.setProperty("_electview_layout_device", device)  # the layout keeps only a pointer
    blank = QImage(1, 1, QImage.Format.Format_ARGB32)
    blank.fill(Qt.GlobalColor.transparent)
    for index in range(len(results)):
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"{PIE_URL_SCHEME}:{index}"), blank)
    document.setHtml(html)
    document.setPageSize(page_size)
    document.pageCount()  # Qt lays long documents out lazily; this finishes the layout first
    pies = [
        (_placeholder_rect(document, position), report_slices(results[index]))
        for position, index in _pie_positions(document)
        if index < len(results)
    ]
    return ReportDocument(document, pies)


def _draw_watermark(painter: QPainter, width: float, height: float, text: str) -> None:
    painter.save()
    # Sizes in CSS pixels (the painter is scaled to them), never points: a point size would be
    # resolved at the printer's resolution and scaled twice.
    font = QFont()
    font.setBold(True)
    font.setPixelSize(80)
    metrics = QFontMetricsF(font)
    # Fit the diagonal of the page, whatever the status label's length.
    diagonal = (width**2 + height**2) ** 0.5
    fit = diagonal * 0.7 / max(metrics.horizontalAdvance(text), 1.0)
    font.setPixelSize(max(8, round(80 * min(fit, 1.6))))
    painter.setFont(font)
    painter.setPen(QColor(170, 20, 20, 38))
    painter.translate(width / 2.0, height / 2.0)
    painter.rotate(-35.0)
    box = QRectF(-diagonal / 2.0, -height / 4.0, diagonal, height / 2.0)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def _draw_footer(painter: QPainter, width: float, top: float, left_text: str, page: int, count: int) -> None:
    painter.save()
    font = QFont()
    font.setPixelSize(11)  # 8.25 pt
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    metrics = QFontMetricsF(font)
    right_text = f"Page {page} of {count}"
    room = width - metrics.horizontalAdvance(right_text) - metrics.horizontalAdvance("    ")
    left_text = metrics.elidedText(left_text, Qt.TextElideMode.ElideRight, max(room, 0.0))
    painter.drawLine(0, round(top), round(width), round(top))
    baseline_box = QRectF(0, top + metrics.height() * 0.3, width, metrics.height() * 1.4)
    painter.drawText(baseline_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left_text)
    painter.drawText(baseline_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right_text)
    painter.restore()


def page_geometry(device) -> tuple[float, QSizeF]:
    """(device pixels per CSS pixel, the text area of a page in CSS pixels, footer excluded)."""
    scale = device.logicalDpiX() / CSS_DPI
    footer_height = FOOTER_GAP_MM / 25.4 * CSS_DPI
    return scale, QSizeF(device.width() / scale, device.height() / scale - footer_height)


def paint_document(report: ReportDocument, device, status: Status, footer_text: str) -> int:
    """Paint the laid-out report on ``device``'s pages; returns the page count.

    ``device`` is a QPdfWriter or QPrinter whose page layout is already set, and ``report``
    was laid out for its :func:`page_geometry`.
    """
    scale, page = page_geometry(device)
    width, page_height = page.width(), page.height()
    footer_height = FOOTER_GAP_MM / 25.4 * CSS_DPI
    document = report.document
    count = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start painting the report (is the output writable?)")
    try:
        painter.scale(scale, scale)
        layout = document.documentLayout()
        for number in range(count):
            if number:
                device.newPage()
            if not status.is_final:
                _draw_watermark(painter, width, page_height, status.label)
            clip = QRectF(0, number * page_height, width, page_height)
            painter.save()
            painter.translate(0, -number * page_height)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            layout.draw(painter, context)
            for rect, slices in report.pies:
                if clip.intersects(rect):
                    paint_pie(painter, rect, slices)
            painter.restore()
            _draw_footer(painter, width, page_height + footer_height * 0.25, footer_text, number + 1, count)
    finally:
        painter.end()
    return count


def set_paper(device: QPagedPaintDevice, paper: str = "a4") -> None:
    """A4 or US Letter, portrait, with the report's margins."""
    device.setPageLayout(
        QPageLayout(QPageSize(PAPER_SIZES[paper]), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)
    )


def footer_text(dataset: ResultsDataset) -> str:
    election = dataset.election
    return f"{election.title} · {election.status.label}"


def print_report(
    dataset: ResultsDataset,
    device,
    results: Sequence[ContestTally] | None = None,
    options: ReportOptions | None = None,
    contest_name: str | None = None,
) -> int:
    """Build the report and paint it on ``device`` (a QPrinter or QPdfWriter); returns the page count."""
    from electview.core.summary import contest_tallies

    results = list(results) if results is not None else contest_tallies(dataset, contest_name)
    html = build_report_html(dataset, results, options)
    report = build_document(html, results, page_geometry(device)[1])
    return paint_document(report, device, dataset.election.status, footer_text(dataset))


def write_pdf(
    dataset: ResultsDataset,
    path: str | os.PathLike,
    results: Sequence[ContestTally] | None = None,
    options: ReportOptions | None = None,
    contest_name: str | None = None,
    paper: str = "a4",
    resolution: int = 600,
) -> int:
    """Write the report as a PDF atomically (a half-written file never replaces a good one); returns pages."""
    with atomic_path(path) as temporary:
        writer = QPdfWriter(os.fspath(temporary))
        writer.setResolution(resolution)
        writer.setCreator(f"electview {__version__}")
        writer.setTitle(f"{dataset.election.title} — {dataset.election.status.label}")
        set_paper(writer, paper)
        pages = print_report(dataset, writer, results, options, contest_name)
        del writer  # the file is complete once painting has ended; let go of it before the rename
    return pages
