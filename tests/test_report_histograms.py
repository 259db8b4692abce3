"""The printed report's integrity histograms (core/report_integrity.py, ui/report_histograms.py) on the real CIK
station protocols: two vector paths and no raster image on the page, the station count core.integrity finds, the
bins worked out again from the CSV, in Russian too; the HTML export carries no placeholder."""

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

from electview.core import integrity
from electview.core.report_html import ReportOptions, build_report_html
from electview.core.report_integrity import HISTOGRAM_URL_SCHEME, histogram_counts
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


def _filled_paths(path: Path, index: int, colour: str) -> list[int]:
    """The segment counts of the page's path objects filled with ``colour`` ("#rrggbb")."""
    target = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[index]
        found = []
        for shape in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_PATH]):
            rgba = [ctypes.c_uint() for _ in range(4)]
            pdfium_raw.FPDFPageObj_GetFillColor(shape.raw, *[ctypes.byref(part) for part in rgba])
            if tuple(part.value for part in rgba[:3]) == target:
                found.append(pdfium_raw.FPDFPath_CountSegments(shape.raw))
        page.close()
        return found
    finally:
        pdf.close()


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


def test_russian_pdf_labels_the_histograms_in_russian(qapp, cik, tmp_path):
    from electview.ui.report_printer import write_pdf

    out = tmp_path / "cik-ru.pdf"
    write_pdf(cik, str(out), options=ReportOptions(languages=report_languages("ru")))
    page = _histogram_page(out, "интервалы по 0,1 пункта")
    text = re.sub(r"\s+", " ", page_texts(out)[page])
    assert text.count("участков: 904, интервалы по 0,1 пункта") == 2
    assert "Явка, %" in text and "Гистограммы (вычислено)" in text
    assert "0.1-point" not in text and "stations" not in text


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
    assert "Integrity checks (derived)" in html and HISTOGRAM_URL_SCHEME not in html


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
