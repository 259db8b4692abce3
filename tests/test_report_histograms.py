"""The printed report's integrity histograms and election fingerprint (core/report_integrity.py, ui/report_histograms.py)
on the real CIK station protocols: vector paths and no raster image on the page, the station count core.integrity finds,
the bins worked out again from the CSV, the fingerprint's cells shaded as the HTML export's, in Russian too; the HTML
export carries no placeholder, and neither has a fingerprint where the stations have no registered voters."""

from __future__ import annotations

import csv
import ctypes
import re
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
from pdf_text import image_object_count, page_texts
from PySide6.QtCore import QPointF, QRectF

from booth_support import write_csv
from cli_support import run_in_process
from electview.core import integrity
from electview.core.exports import export_html
from electview.core.histogram_geometry import AXIS_COLOUR, shade, shade_levels
from electview.core.report_html import ReportOptions, build_report_html
from electview.core.report_integrity import FINGERPRINT_URL_SCHEME, HISTOGRAM_URL_SCHEME, histogram_counts
from electview.core.summary import contest_tallies
from electview.formats import load_file
from electview.translations import report_languages
from electview.ui.report_histograms import BAR_COLOUR, histogram_path, histogram_top

CIK_2018 = Path(__file__).parent / "data" / "national" / "ru-cik" / "2018-president-uik.5-regions.csv"
CIK_2021 = CIK_2018.with_name("2021-duma-party-list-uik.5-regions.csv")
REGISTERED = "Число избирателей, включенных в список избирателей"
VALID = "Число действительных избирательных бюллетеней"
INVALID = "Число недействительных избирательных бюллетеней"


@pytest.fixture(scope="module")
def cik():
    return load_file(CIK_2018)


def _rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def _colour(shape, getter) -> tuple[int, int, int]:
    rgba = [ctypes.c_uint() for _ in range(4)]
    getter(shape.raw, *[ctypes.byref(part) for part in rgba])
    return tuple(part.value for part in rgba[:3])


def _filled_paths(path: Path, index: int, colour: str) -> list[int]:
    """The segment counts of the page's path objects filled with ``colour`` ("#rrggbb")."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[index]
        found = [
            pdfium_raw.FPDFPath_CountSegments(shape.raw)
            for shape in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_PATH])
            if _colour(shape, pdfium_raw.FPDFPageObj_GetFillColor) == _rgb(colour)
        ]
        page.close()
        return found
    finally:
        pdf.close()


def _subpaths(shape) -> list[np.ndarray]:
    """A path object's subpaths as their vertices on the page (points, y up)."""
    matrix = shape.get_matrix()
    parts: list[list[tuple[float, float]]] = []
    for number in range(pdfium_raw.FPDFPath_CountSegments(shape.raw)):
        segment = pdfium_raw.FPDFPath_GetPathSegment(shape.raw, number)
        x, y = ctypes.c_float(), ctypes.c_float()
        pdfium_raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        if pdfium_raw.FPDFPathSegment_GetType(segment) == pdfium_raw.FPDF_SEGMENT_MOVETO:
            parts.append([])
        parts[-1].append(matrix.on_point(x.value, y.value))
    return [np.array(part) for part in parts]


def _printed_levels(path: Path, index: int, bins: int = 100) -> tuple[np.ndarray, dict[int, int]]:
    """The fingerprint's shade per cell (turnout row, share column) read back from the page's rectangles, each filled
    with a shade's colour, against the plot's stroked square frame; and how many path objects each shade is."""
    levels_of = {_rgb(shade(level)): level for level in range(1, 17)}
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[index]
        shapes = list(page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_PATH]))
        frames = []
        for shape in shapes:
            if _colour(shape, pdfium_raw.FPDFPageObj_GetStrokeColor) == _rgb(AXIS_COLOUR):
                (points, *more) = _subpaths(shape)
                width, height = np.ptp(points, axis=0)
                if not more and width > 100 and abs(width - height) < 0.01:
                    frames.append(points)
        assert len(frames) == 1
        (left, bottom), side = frames[0].min(axis=0), float(np.ptp(frames[0][:, 0]))
        cell = side / bins
        levels = np.zeros((bins, bins), dtype=np.int64)
        paths: dict[int, int] = {}
        for shape in shapes:
            level = levels_of.get(_colour(shape, pdfium_raw.FPDFPageObj_GetFillColor))
            if level is None:
                continue
            paths[level] = paths.get(level, 0) + 1
            for rectangle in _subpaths(shape):
                (x0, y0), (x1, y1) = rectangle.min(axis=0), rectangle.max(axis=0)
                turnouts = slice(round((x0 - left) / cell), round((x1 - left) / cell))
                shares = slice(round((y0 - bottom) / cell), round((y1 - bottom) / cell))
                assert not levels[turnouts, shares].any()  # no cell drawn twice
                levels[turnouts, shares] = level
        page.close()
        return levels, paths
    finally:
        pdf.close()


def _html_levels(document: str, bins: int = 100) -> np.ndarray:
    """The HTML export's fingerprint shades per cell, read back from its SVG's ``<rect>``s."""
    (svg,) = re.findall(r"<svg [^>]*class='fingerprint'.*?</svg>", document, re.S)
    plot = re.search(r"<rect class='plot' x='([-\d.]+)' y='([-\d.]+)' width='([-\d.]+)'", svg)
    left, top, side = (float(value) for value in plot.groups())
    cell, bottom = side / bins, top + side
    levels_of = {shade(level): level for level in range(1, 17)}
    levels = np.zeros((bins, bins), dtype=np.int64)
    cells = re.search(r"<g class='cells'[^>]*>(.*?)</g>", svg).group(1)
    for x, y, width, height, fill in re.findall(r"<rect x='([^']*)' y='([^']*)' width='([^']*)' height='([^']*)' fill='(#\w+)'/>", cells):
        turnout = round((float(x) - left) / cell)
        shares = slice(round((bottom - float(y) - float(height)) / cell), round((bottom - float(y)) / cell))
        assert round(float(width) / cell) == 1
        levels[turnout, shares] = levels_of[fill]
    return levels


def _histogram_page(path: Path, marker: str) -> int:
    pages = [number for number, text in enumerate(page_texts(path)) if marker in text]
    assert len(pages) == 1
    return pages[0]


def test_pdf_draws_both_histograms_as_vector_paths_with_the_station_count(qapp, cik, tmp_path):
    from electview.ui.report_printer import write_pdf

    out = tmp_path / "cik.pdf"
    write_pdf(cik, str(out))
    page = _histogram_page(out, "0.1-point bins")
    text = re.sub(r"\s+", " ", page_texts(out)[page])
    stations = len(integrity.stations(cik.contests[0]))
    assert stations == 904  # the file's 904 protocol lines
    assert text.count(f"{stations} stations, 0.1-point bins") == 2
    assert "Turnout, %" in text and "Leader's share of ballots cast, %" in text and "Histograms (derived)" in text
    assert image_object_count(out, page) == 0
    # One filled step path per histogram, hundreds of edges each (the bins that differ from their neighbour).
    paths = _filled_paths(out, page, BAR_COLOUR)
    assert len(paths) == 2 and min(paths) > 300


@pytest.mark.parametrize("source", [CIK_2018, CIK_2021], ids=["cik-2018", "cik-2021"])
def test_pdf_draws_the_fingerprint_shaded_as_the_html_export(qapp, source, tmp_path):
    from electview.ui.report_printer import write_pdf

    dataset = load_file(source)
    out = tmp_path / "report.pdf"
    write_pdf(dataset, str(out))
    found = integrity.stations(dataset.contests[0])
    # One page has the whole fingerprint: its title and note, the axes' labels, the caption and the paper it cites.
    page = _histogram_page(out, "1-point cells, weighted by registered voters")
    text = re.sub(r"\s+", " ", page_texts(out)[page])
    assert f"Election fingerprint {len(found):,} stations, 1-point cells, weighted by registered voters" in text
    assert "Turnout, %" in text and "Leader's share of ballots cast, %" in text
    assert "Election fingerprint (derived)" in text and "Klimek, Yegorov, Hanel & Thurner (2012)" in text
    assert image_object_count(out, page) == 0
    printed, paths = _printed_levels(out, page)
    html_out = tmp_path / "report.html"
    export_html(dataset, html_out)
    expected = shade_levels(integrity.fingerprint(found.turnout, found.leader_share, found.registered, 100))
    assert np.array_equal(_html_levels(html_out.read_text(encoding="utf-8")), expected)
    assert np.array_equal(printed, expected) and int((printed > 0).sum()) > 300
    # One vector path per shade the grid uses, none for a shade it doesn't.
    assert paths == dict.fromkeys(sorted(set(np.unique(expected).tolist()) - {0}), 1)


def test_russian_pdf_labels_the_histograms_in_russian(qapp, cik, tmp_path):
    from electview.ui.report_printer import write_pdf

    out = tmp_path / "cik-ru.pdf"
    write_pdf(cik, str(out), options=ReportOptions(languages=report_languages("ru")))
    page = _histogram_page(out, "интервалы по 0,1 пункта")
    text = re.sub(r"\s+", " ", page_texts(out)[page])
    assert text.count("участков: 904, интервалы по 0,1 пункта") == 2
    assert "Явка, %" in text and "Гистограммы (вычислено)" in text
    assert "0.1-point" not in text and "stations" not in text
    text = re.sub(r"\s+", " ", page_texts(out)[_histogram_page(out, "клетки по 1 пункту")])
    assert "«Отпечаток» выборов участков: 904, клетки по 1 пункту, с весом по числу избирателей" in text
    assert "Доля лидера от поданных бюллетеней, %" in text and "«Отпечаток» выборов (вычислено)" in text
    assert "Election fingerprint" not in text and "1-point" not in text


# A booth file's stations (tests/test_integrity_booth.py's), with and without their registered voters.
BOOTH_HEADER = ["region", "district", "precinct", "office", "candidate", "party", "votes", "registered"]
BOOTH_ROWS = [
    ("North", "N1", "s1", "Mayor", "Ana", "Red", 60, 150), ("North", "N1", "s1", "Mayor", "Ben", "Blue", 40, 150),
    ("North", "N1", "s2", "Mayor", "Ana", "Red", 55, 140), ("North", "N1", "s2", "Mayor", "Ben", "Blue", 35, 140),
    ("South", "S1", "s1", "Mayor", "Ana", "Red", 30, 100), ("South", "S1", "s1", "Mayor", "Ben", "Blue", 45, 100),
]


@pytest.mark.parametrize("registered", [True, False], ids=["registered", "no-registered"])
def test_a_booth_files_fingerprint_is_printed_only_with_registered_voters(qapp, registered, tmp_path):
    rows = BOOTH_ROWS if registered else [row[:-1] for row in BOOTH_ROWS]
    header = BOOTH_HEADER if registered else BOOTH_HEADER[:-1]
    source = write_csv(tmp_path / "booth.csv", rows, header)
    out, html_out = tmp_path / "booth.pdf", tmp_path / "booth.html"
    process = run_in_process("report", str(source), "-o", str(out))  # the command finds the stations in the booths
    assert process.returncode == 0, process.stderr
    text = re.sub(r"\s+", " ", " ".join(page_texts(out)))
    from electview.formats.stations import report_stations

    dataset = load_file(source)
    export_html(dataset, html_out, stations_of=report_stations(dataset))
    document = html_out.read_text(encoding="utf-8")
    # Paper and browser agree: both have the fingerprint of the 3 stations, or neither has one.
    assert ("Election fingerprint 3 stations, 1-point cells, weighted by registered voters" in text) is registered
    assert ("class='fingerprint'" in document) is registered
    assert ("Election fingerprint (derived)" in text) is registered and ("Election fingerprint (derived)" in document) is registered
    if registered:
        page = _histogram_page(out, "1-point cells")
        printed, paths = _printed_levels(out, page)
        assert np.array_equal(printed, _html_levels(document))
        assert int((printed > 0).sum()) == 3 and sum(paths.values()) == len(paths)


def test_bins_match_the_csv(cik):
    with CIK_2018.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    ballots = np.array([int(r[VALID]) + int(r[INVALID]) for r in rows])
    registered = np.array([int(r[REGISTERED]) for r in rows])
    turnout = 100 * ballots / registered
    (result,) = contest_tallies(cik)
    counts = histogram_counts(result, 0)
    assert len(counts) == 1001 and counts.sum() == len(rows)
    # The last bin: turnout that rounds to 100.0% or more (309 stations report exactly 100%).
    assert counts[1000] == int((turnout >= 99.95).sum()) and counts[1000] >= 309
    # A whole percent's bin holds the stations within 0.05 points of it.
    for percent in (80, 90, 95):
        assert counts[10 * percent] == int((np.abs(turnout - percent) < 0.05).sum())
    assert histogram_counts(result, 1).sum() == len(rows)


def test_html_export_has_no_histogram_placeholder(cik):
    # The placeholders only go to the printer, which draws them; a browser would show broken images.
    html = build_report_html(cik)
    assert "Integrity checks (derived)" in html and HISTOGRAM_URL_SCHEME not in html and FINGERPRINT_URL_SCHEME not in html


def test_path_reaches_the_top_at_the_tallest_bin(qapp):
    counts = np.zeros(1001, dtype=np.int64)
    counts[[0, 500, 1000]] = [1, 4, 2]
    plot = QRectF(10.0, 20.0, 1001.0, 100.0)
    path = histogram_path(counts, plot)
    bounds = path.boundingRect()
    assert bounds.top() == pytest.approx(20.0) and bounds.bottom() == pytest.approx(120.0)
    assert bounds.left() == pytest.approx(10.0) and bounds.right() == pytest.approx(1011.0)
    assert path.contains(QPointF(510.5, 21.0))  # bin 500 is the full height
    assert not path.contains(QPointF(310.5, 70.0))  # an empty bin
    assert histogram_path(np.zeros(1001, dtype=np.int64), plot).isEmpty()


def test_a_tall_last_bin_is_cut_and_its_count_printed(qapp, tmp_path):
    from electview.ui.report_printer import write_pdf

    duma = load_file(CIK_2021)
    (result,) = contest_tallies(duma)
    counts = histogram_counts(result, 0)
    with CIK_2021.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    # Stations whose ballots (valid + invalid) reach their registered voters: the last bin, 251 of 1,542.
    registered = "Число избирателей, внесенных в список избирателей на момент окончания голосования"  # 2021's wording
    # Turnout rounds to 100.0% or more: 2000 × ballots ≥ 1999 × registered voters.
    full = sum(
        1 for r in rows if int(r[registered]) > 0 and 2000 * (int(r[VALID]) + int(r[INVALID])) >= 1999 * int(r[registered])
    )
    assert counts[1000] == full == 251
    top, cut = histogram_top(counts)
    assert cut and top == int(counts[:-1].max()) and 251 > 2 * top  # the others' scale, not flattened by 251
    out = tmp_path / "duma.pdf"
    write_pdf(duma, str(out))
    page = _histogram_page(out, "0.1-point bins")
    assert "1,542 stations, 0.1-point bins; 251 at 99.95% and above, cut at the top" in re.sub(r"\s+", " ", page_texts(out)[page])


def test_a_last_bin_near_the_others_is_not_cut():
    counts = np.zeros(1001, dtype=np.int64)
    counts[[600, 1000]] = [10, 20]
    assert histogram_top(counts) == (20, False)
    counts[1000] = 21
    assert histogram_top(counts) == (10, True)


class _RecordingPainter:
    """A real QPainter that also notes where each text goes (paint_histogram only calls painter methods)."""

    def __init__(self, painter):
        self._painter = painter
        self.texts: list[tuple[QRectF, int, str]] = []

    def drawText(self, *args):  # noqa: N802 (QPainter's name)
        if len(args) == 3 and isinstance(args[0], QRectF):
            self.texts.append((QRectF(args[0]), args[1], args[2]))
        return self._painter.drawText(*args)

    def __getattr__(self, name):
        return getattr(self._painter, name)


@pytest.mark.parametrize("width", [360.0, 900.0])
def test_a_histogram_note_too_long_for_the_title_row_goes_under_it(qapp, width):
    # CIK 2021 in Russian: "Доля лидера от поданных бюллетеней, %" ran into "участков: 1 542, … обрезано сверху".
    from PySide6.QtGui import QFontMetricsF, QImage, QPainter

    from electview.ui.report_histograms import histogram_font, paint_histogram

    title = "Доля лидера от поданных бюллетеней, %"
    note = "участков: 1 542, интервалы по 0,1 пункта; 34 — на 99,95% и выше, обрезано сверху"
    image = QImage(1000, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    recording = _RecordingPainter(painter)
    font = histogram_font()
    paint_histogram(recording, QRectF(0.0, 0.0, width, 200.0), np.arange(1000.0), title, note, font)
    painter.end()
    metrics = QFontMetricsF(font)
    (title_rect, _, _), (note_rect, _, _) = [entry for entry in recording.texts if entry[2] in (title, note)]
    title_right = title_rect.left() + metrics.horizontalAdvance(title)
    note_left = note_rect.right() - metrics.horizontalAdvance(note)
    assert title_rect.top() == note_rect.top() or note_rect.top() >= title_rect.bottom()
    if title_rect.top() == note_rect.top():
        assert title_right < note_left  # side by side only with room between them
    assert (note_rect.top() > title_rect.top()) == (width < 700.0)
