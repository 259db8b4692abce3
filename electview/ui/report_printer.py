"""The report on paper: QTextDocument pages with page numbers, a status watermark and vector pies, Sankeys, maps,
histograms and fingerprints.

Print, Print Preview, PDF export and ``electview report`` all come here: the HTML from
:mod:`electview.core.report_html` is laid out by QTextDocuments in CSS pixels and painted
scaled to the device, its pie placeholders become text objects drawn by
:func:`pie_painter.paint_pie` (vector paths in a PDF, never a bitmap), and each page gets a
footer (title, status, when generated, "Page x of y") and, unless the results are final, a
light watermark of the status. Needs a QGuiApplication, never a widget.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QLineF, QMarginsF, QObject, QRectF, QSizeF, Qt
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
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from electview import __version__
from electview.core.atomic import write_bytes_atomic
from electview.core.bars import REPORT_BARS_WIDTH_RATIO
from electview.core.model import ResultsDataset, Status
from electview.core.report_html import PIE_URL_SCHEME, ReportOptions, build_report_pages, format_generated_at
from electview.core.report_integrity import (
    FINGERPRINT_URL_SCHEME,
    HISTOGRAM_URL_SCHEME,
    StationsOf,
    fingerprint_of,
    histogram_counts,
    histogram_labels,
    integrity_section,
    with_histograms,
)
from electview.core.report_rounds import SANKEY_URL_SCHEME, name_colours
from electview.core.report_languages import ENGLISH, ReportLanguages
from electview.core.geo_figure import MAP_URL_SCHEME
from electview.core.tally import ContestTally
from electview.ui.bar_painter import paint_result_bars, shows_bars
from electview.ui.map_report import ReportMap, map_html
from electview.ui.pie_painter import PieSlice, build_slices, paint_pie
from electview.ui.report_histograms import histogram_font, paint_fingerprint, paint_histogram
from electview.ui.sankey_painter import paint_sankey

PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(16, 16, 16, 14)
FOOTER_GAP_MM = 7.0  # space kept under the text for the page footer
CSS_DPI = 96.0


def report_slices(result: ContestTally) -> list[PieSlice]:
    """The report's pie, sized and hatched as the window's: by share, hatching shares resting on an estimate.

    Unlike the window, small slices are not folded into "Other", so every colour in the
    table's key is in the pie.
    """
    labels = [candidate.name for candidate in result.candidates]
    resting_on_estimate = result.share_derived & result.votes_estimated
    return build_slices(labels, list(result.share), list(result.colours), list(resting_on_estimate), threshold=0.0)


PIE_OBJECT_TYPE = int(QTextFormat.ObjectTypes.UserObject) + 1
_PIE_INDEX = int(QTextFormat.Property.UserProperty) + 1
_PIE_SIDE = int(QTextFormat.Property.UserProperty) + 2  # CSS pixels


def report_bar_font() -> QFont:
    """The bars' text in the report's chart box: 7.5 pt at 96 dpi, as small as the report's notes."""
    font = QFont()
    font.setPixelSize(10)
    return font


class PieTextObject(QPyTextObject):
    """Draws contest *n*'s pie where the report's ``electview-pie:n`` image stood, as vector paths; for a contest in
    ``bars`` (one the window opens on bars) its bars instead."""

    def __init__(
        self, slices: dict[int, list[PieSlice]], parent: QObject | None = None, bars: dict[int, ContestTally] | None = None
    ) -> None:
        super().__init__(parent)
        self._slices = slices
        self._bars = bars or {}

    def intrinsicSize(self, document, position, text_format):  # noqa: N802 (Qt override)
        side = float(text_format.property(_PIE_SIDE) or 0.0)  # the image's width: the report makes the bars' wider
        if int(text_format.property(_PIE_INDEX)) in self._bars:
            return QSizeF(side, side / REPORT_BARS_WIDTH_RATIO)
        return QSizeF(side, side)

    def drawObject(self, painter, rect, document, position, text_format):  # noqa: N802 (Qt override)
        index = int(text_format.property(_PIE_INDEX))
        if index in self._bars:
            painter.save()
            paint_result_bars(painter, rect, self._bars[index], report_bar_font())
            painter.restore()
            return
        slices = self._slices.get(index)
        if slices is not None:
            painter.save()
            paint_pie(painter, rect, slices)
            painter.restore()


@dataclass(frozen=True)
class ReportDocument:
    """One laid-out chunk of the report and its page count."""

    document: QTextDocument
    layout_device: QImage  # the layout holds a bare pointer to it: keep it alive as long as the document
    pies: PieTextObject
    page_count: int
    sankeys: SankeyTextObject | None = None  # the layout holds a bare pointer to it too
    maps: MapTextObject | None = None  # and to it
    histograms: HistogramTextObject | None = None  # and to it
    fingerprints: FingerprintTextObject | None = None  # and to it


def _css_pixel_device() -> QImage:
    """A paint device of exactly 96 dpi, so the layout's units are CSS pixels on every platform."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    dots_per_metre = round(CSS_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def _pie_images(document: QTextDocument, scheme: str = PIE_URL_SCHEME) -> list[tuple[int, int, float]]:
    """(character position, contest index, side) of each pie placeholder image (or another ``scheme``'s) in the document."""
    found = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            text_format = fragment.charFormat()
            if text_format.isImageFormat():
                image = text_format.toImageFormat()
                found_scheme, _, number = image.name().partition(":")
                if found_scheme == scheme and number.isdigit():
                    found.extend(
                        (fragment.position() + offset, int(number), image.width()) for offset in range(fragment.length())
                    )
            fragments += 1
        block = block.next()
    return found


def _replace_pie_images(document: QTextDocument) -> list[int]:
    """Turn each pie placeholder image into a pie text object; returns the contest indices."""
    cursor = QTextCursor(document)
    indices = []
    cursor.beginEditBlock()  # one relayout for all the replacements, not one each
    for position, index, side in _pie_images(document):
        pie_format = QTextCharFormat()
        pie_format.setObjectType(PIE_OBJECT_TYPE)
        pie_format.setProperty(_PIE_INDEX, index)
        pie_format.setProperty(_PIE_SIDE, side)
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText("\ufffc", pie_format)  # the object replacement character carries the object
        indices.append(index)
    cursor.endEditBlock()
    return indices


SANKEY_OBJECT_TYPE = int(QTextFormat.ObjectTypes.UserObject) + 2
MAP_OBJECT_TYPE = int(QTextFormat.ObjectTypes.UserObject) + 3
_SANKEY_HEIGHT = int(QTextFormat.Property.UserProperty) + 3  # CSS pixels


class SankeyTextObject(QPyTextObject):
    """Draws contest *n*'s ranked-choice transfers where ``electview-sankey:n`` stood, as the window's vector shapes."""

    def __init__(self, results: Sequence[ContestTally], inactive_label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._results = results
        self._inactive_label = inactive_label

    def intrinsicSize(self, document, position, text_format):  # noqa: N802 (Qt override)
        return QSizeF(float(text_format.property(_PIE_SIDE) or 0.0), float(text_format.property(_SANKEY_HEIGHT) or 0.0))

    def drawObject(self, painter, rect, document, position, text_format):  # noqa: N802 (Qt override)
        index = int(text_format.property(_PIE_INDEX))
        result = self._results[index] if index < len(self._results) else None
        if result is not None and result.contest.ranked is not None:
            colours = name_colours(result)
            painter.save()
            # Inset: the line an inline object sits on can start a hair above the page it lands on.
            bounds = rect.adjusted(0.0, 6.0, 0.0, -2.0)
            paint_sankey(painter, bounds, result.contest.ranked, colours, inactive_label=self._inactive_label)
            painter.restore()


class MapTextObject(QPyTextObject):
    """Draws contest *n*'s map and legend where ``electview-map:n`` stood, by the window's map painter (vector paths)."""

    def __init__(self, maps: Mapping[int, ReportMap], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._maps = maps

    def intrinsicSize(self, document, position, text_format):  # noqa: N802 (Qt override)
        return QSizeF(float(text_format.property(_PIE_SIDE) or 0.0), float(text_format.property(_SANKEY_HEIGHT) or 0.0))

    def drawObject(self, painter, rect, document, position, text_format):  # noqa: N802 (Qt override)
        report_map = self._maps.get(int(text_format.property(_PIE_INDEX)))
        if report_map is not None:
            painter.save()
            report_map.paint(painter, rect.adjusted(0.0, 4.0, 0.0, -2.0))
            painter.restore()


HISTOGRAM_OBJECT_TYPE = int(QTextFormat.ObjectTypes.UserObject) + 4
FINGERPRINT_OBJECT_TYPE = int(QTextFormat.ObjectTypes.UserObject) + 5


def _off_this_page(painter: QPainter, rect: QRectF) -> bool:
    """Whether the page being painted shows under a pixel of ``rect``. Qt draws an object on every page its rect touches:
    CIK 2021's turnout histogram starts 0.014 px above page 3, so a clipped copy (unseen, but its text and paths) went
    into page 2 of the PDF."""
    return painter.hasClipping() and painter.clipBoundingRect().intersected(rect).height() < 1.0


class HistogramTextObject(QPyTextObject):
    """Draws the integrity histogram ``electview-histogram:N`` stood for (contest N // 2, kind N % 2: turnout, leader's
    share) as vector paths (ui.report_histograms), from core.report_integrity's counts."""

    def __init__(
        self,
        results: Sequence[ContestTally],
        languages: ReportLanguages,
        parent: QObject | None = None,
        stations_of: StationsOf = None,
    ) -> None:
        super().__init__(parent)
        self._results = results
        self._languages = languages
        self._stations_of = stations_of  # where the section found the stations: the histograms count the same
        # Placeholder number → what it draws (counts here, a figure in a subclass), worked out when first drawn.
        self._worked_out: dict[int, Any] = {}

    def intrinsicSize(self, document, position, text_format):  # noqa: N802 (Qt override)
        return QSizeF(float(text_format.property(_PIE_SIDE) or 0.0), float(text_format.property(_SANKEY_HEIGHT) or 0.0))

    def drawObject(self, painter, rect, document, position, text_format):  # noqa: N802 (Qt override)
        number = int(text_format.property(_PIE_INDEX))
        index, kind = divmod(number, 2)
        if index >= len(self._results) or _off_this_page(painter, rect):
            return
        if number not in self._worked_out:
            self._worked_out[number] = histogram_counts(self._results[index], kind, self._stations_of)
        counts = self._worked_out[number]
        if not len(counts):
            return
        title, note = histogram_labels(counts, kind, self._languages)
        painter.save()
        paint_histogram(painter, rect.adjusted(0.0, 4.0, 0.0, -2.0), counts, title, note, histogram_font())
        painter.restore()


class FingerprintTextObject(HistogramTextObject):
    """Draws contest *n*'s election fingerprint where ``electview-fingerprint:n`` stood: one vector path per shade
    (ui.report_histograms.paint_fingerprint), the figure core.report_integrity gives the HTML export too."""

    def drawObject(self, painter, rect, document, position, text_format):  # noqa: N802 (Qt override)
        index = int(text_format.property(_PIE_INDEX))
        if index >= len(self._results) or _off_this_page(painter, rect):
            return
        if index not in self._worked_out:
            self._worked_out[index] = fingerprint_of(self._results[index], self._languages, self._stations_of)
        figure = self._worked_out[index]
        if figure is not None:
            painter.save()
            paint_fingerprint(painter, rect.adjusted(0.0, 4.0, 0.0, -2.0), figure, histogram_font())
            painter.restore()


def _replace_images(document: QTextDocument, scheme: str, object_type: int) -> None:
    """Turn each ``scheme`` placeholder image into a text object of ``object_type``, as wide and tall as the image."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for position, index, _ in _pie_images(document, scheme):
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        image = cursor.charFormat().toImageFormat()  # the selected character's: the image
        object_format = QTextCharFormat()
        object_format.setObjectType(object_type)
        object_format.setProperty(_PIE_INDEX, index)
        object_format.setProperty(_PIE_SIDE, image.width())
        object_format.setProperty(_SANKEY_HEIGHT, image.height())
        cursor.insertText("\ufffc", object_format)
    cursor.endEditBlock()


def build_document(
    html: str,
    results: Sequence[ContestTally],
    page_size: QSizeF,
    inactive_label: str = "inactive ballots",
    maps: Mapping[int, ReportMap] | None = None,
    languages: ReportLanguages = ENGLISH,
    stations_of: StationsOf = None,
) -> ReportDocument:
    """Lay out report HTML on pages of ``page_size`` CSS pixels (1/96 inch), pies, Sankeys, maps, histograms and
    fingerprints as vector objects.

    Qt scales some HTML lengths (cell padding) to a printer's resolution but not others
    (paragraph margins), so the report is laid out at 96 dpi and the painter scaled to the
    device instead; design metrics keep the text's spacing right at any scale.
    """
    document = QTextDocument()
    document.setDocumentMargin(0)
    option = document.defaultTextOption()
    option.setUseDesignMetrics(True)
    document.setDefaultTextOption(option)
    device = _css_pixel_device()
    layout = document.documentLayout()
    layout.setPaintDevice(device)
    document.setHtml(html)
    indices = _replace_pie_images(document)
    shown = [i for i in indices if i < len(results)]
    bars = {i: results[i] for i in shown if shows_bars(results[i])}
    pies = PieTextObject({i: report_slices(results[i]) for i in shown if i not in bars}, document, bars)
    layout.registerHandler(PIE_OBJECT_TYPE, pies)
    _replace_images(document, SANKEY_URL_SCHEME, SANKEY_OBJECT_TYPE)
    sankeys = SankeyTextObject(results, inactive_label, document)
    layout.registerHandler(SANKEY_OBJECT_TYPE, sankeys)
    _replace_images(document, MAP_URL_SCHEME, MAP_OBJECT_TYPE)
    map_objects = MapTextObject(maps or {}, document)
    layout.registerHandler(MAP_OBJECT_TYPE, map_objects)
    _replace_images(document, HISTOGRAM_URL_SCHEME, HISTOGRAM_OBJECT_TYPE)
    histograms = HistogramTextObject(results, languages, document, stations_of)
    layout.registerHandler(HISTOGRAM_OBJECT_TYPE, histograms)
    _replace_images(document, FINGERPRINT_URL_SCHEME, FINGERPRINT_OBJECT_TYPE)
    fingerprints = FingerprintTextObject(results, languages, document, stations_of)
    layout.registerHandler(FINGERPRINT_OBJECT_TYPE, fingerprints)
    document.setPageSize(page_size)
    page_count = document.pageCount()  # also finishes the layout, which Qt otherwise does lazily
    if _keep_headings_with_objects(document, MAP_OBJECT_TYPE):
        page_count = document.pageCount()
    return ReportDocument(document, device, pies, page_count, sankeys, map_objects, histograms, fingerprints)


def _keep_headings_with_objects(document: QTextDocument, object_type: int) -> bool:
    """Move the heading before each ``object_type`` object to the object's page when the layout parted them
    (Qt breaks pages between any two blocks: Colorado's "Map" heading ended page 1, its map began page 2).
    Returns whether any moved."""
    layout, height = document.documentLayout(), document.pageSize().height()
    moved = False
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        holds_object = False
        while not fragments.atEnd():
            if fragments.fragment().charFormat().objectType() == object_type:
                holds_object = True
            fragments += 1
        heading = block.previous()
        if holds_object and heading.isValid() and heading.blockFormat().headingLevel() > 0:
            # Where the object's line landed (its middle): a line that doesn't fit is pushed down inside its block.
            line = block.layout().lineAt(0)
            middle = layout.blockBoundingRect(block).top() + (line.y() + line.height() / 2 if line.isValid() else 0.0)
            if int(layout.blockBoundingRect(heading).top() // height) != int(middle // height):
                block_format = heading.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(heading).setBlockFormat(block_format)
                moved = True
        block = block.next()
    return moved


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


def _draw_footer(
    painter: QPainter, width: float, top: float, left_text: str, page: int, count: int, page_label: str = "Page {0} of {1}"
) -> None:
    painter.save()
    font = QFont()
    font.setPixelSize(11)  # 8.25 pt
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    metrics = QFontMetricsF(font)
    right_text = page_label.format(page, count)
    room = width - metrics.horizontalAdvance(right_text) - metrics.horizontalAdvance("    ")
    left_text = metrics.elidedText(left_text, Qt.TextElideMode.ElideRight, max(room, 0.0))
    painter.drawLine(QLineF(0.0, top, width, top))
    baseline_box = QRectF(0, top + metrics.height() * 0.3, width, metrics.height() * 1.4)
    painter.drawText(baseline_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left_text)
    painter.drawText(baseline_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right_text)
    painter.restore()


def page_geometry(device) -> tuple[float, QSizeF]:
    """(device pixels per CSS pixel, the text area of a page in CSS pixels, footer excluded)."""
    scale = device.logicalDpiX() / CSS_DPI
    footer_height = FOOTER_GAP_MM / 25.4 * CSS_DPI
    return scale, QSizeF(device.width() / scale, device.height() / scale - footer_height)


def _page_range(device, count: int) -> range:
    """The page numbers to paint: all, or the range chosen in the print dialog (1-based)."""
    first = device.fromPage() if hasattr(device, "fromPage") else 0
    last = device.toPage() if hasattr(device, "toPage") else 0
    if first <= 0:
        return range(1, count + 1)
    return range(first, min(last if last > 0 else count, count) + 1)


def paint_documents(
    reports: Sequence[ReportDocument], device, status: Status, footer_text: str, languages: ReportLanguages = ENGLISH
) -> int:
    """Paint the laid-out chunks on ``device``'s pages, each chunk from a new page; returns the page count.

    ``device`` is a QPdfWriter or QPrinter whose page layout is already set, and the chunks
    were laid out for its :func:`page_geometry`. A QPrinter's chosen page range is honoured;
    pages are still numbered "x of y" of the whole report.
    """
    scale, page = page_geometry(device)
    width, page_height = page.width(), page.height()
    page_label = languages.translate("Report", "Page {0} of {1}")
    footer_height = FOOTER_GAP_MM / 25.4 * CSS_DPI
    count = sum(report.page_count for report in reports)
    wanted = _page_range(device, count)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start painting the report (is the output writable?)")
    try:
        painter.scale(scale, scale)
        number = 0
        painted = 0
        for report in reports:
            layout = report.document.documentLayout()
            for page_in_chunk in range(report.page_count):
                number += 1
                if number not in wanted:
                    continue
                if painted:
                    device.newPage()
                painted += 1
                clip = QRectF(0, page_in_chunk * page_height, width, page_height)
                painter.save()
                painter.translate(0, -clip.top())
                painter.setClipRect(clip)
                context = QAbstractTextDocumentLayout.PaintContext()
                context.clip = clip
                layout.draw(painter, context)
                painter.restore()
                # Over the content, not under it: shaded table cells would otherwise hide it.
                if not status.is_final:
                    _draw_watermark(painter, width, page_height, languages.status(status))
                _draw_footer(painter, width, page_height + footer_height * 0.25, footer_text, number, count, page_label)
    finally:
        painter.end()
    return count


def set_paper(device: QPagedPaintDevice, paper: str = "a4") -> None:
    """A4 or US Letter, portrait, with the report's margins."""
    device.setPageLayout(
        QPageLayout(QPageSize(PAPER_SIZES[paper]), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)
    )


def footer_text(dataset: ResultsDataset, generated_at: datetime, languages: ReportLanguages = ENGLISH) -> str:
    """Every page says what it is, how final, and when it was made, should the pages come apart."""
    election = dataset.election
    title, status = languages.name(election), languages.status(election.status)
    generated = languages.translate("Report", "generated {0}").format(format_generated_at(generated_at))
    return f"{title} · {status} · {generated}"


def print_report(
    dataset: ResultsDataset,
    device,
    results: Sequence[ContestTally] | None = None,
    options: ReportOptions | None = None,
    contest_name: str | None = None,
    maps: Mapping[int, ReportMap] | None = None,
) -> int:
    """Build the report and paint it on ``device`` (a QPrinter or QPdfWriter); returns the page count.

    ``maps``: contest index → its map, drawn after the contest's outcome."""
    from electview.core.summary import contest_tallies

    results = list(results) if results is not None else contest_tallies(dataset, contest_name)
    options = options or ReportOptions()
    if options.generated_at is None:  # one moment for the header and every footer
        options = replace(options, generated_at=datetime.now().astimezone())
    if maps and options.map_html is None:
        options = replace(options, map_html=map_html(maps))
    if options.integrity_html is integrity_section:  # the default section, now with its histograms drawn
        options = replace(options, integrity_html=with_histograms(results, options.stations_of))
    page_size = page_geometry(device)[1]
    inactive = options.languages.translate("Report", "inactive ballots")  # the Sankey's grey flow
    pages = build_report_pages(dataset, results, options)
    reports = [build_document(html, results, page_size, inactive, maps, options.languages, options.stations_of) for html in pages]
    footer = footer_text(dataset, options.generated_at, options.languages)
    return paint_documents(reports, device, dataset.election.status, footer, options.languages)


def write_pdf(
    dataset: ResultsDataset,
    path: str | os.PathLike,
    results: Sequence[ContestTally] | None = None,
    options: ReportOptions | None = None,
    contest_name: str | None = None,
    paper: str = "a4",
    resolution: int = 600,
    maps: Mapping[int, ReportMap] | None = None,
) -> int:
    """Write the report as a PDF atomically (a half-written file never replaces a good one); returns pages.

    The PDF is made in memory, then written: the folder gets one complete file or none.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(resolution)
    writer.setCreator(f"electview {__version__}")
    languages = (options or ReportOptions()).languages
    writer.setTitle(f"{languages.name(dataset.election)} — {languages.status(dataset.election.status)}")
    set_paper(writer, paper)
    pages = print_report(dataset, writer, results, options, contest_name, maps)
    del writer  # the PDF is complete once painting has ended
    write_bytes_atomic(path, bytes(buffer.data()))
    return pages
