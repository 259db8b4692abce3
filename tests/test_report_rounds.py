"""The printed report of a ranked-choice count: who was elected when, the round tables and the Sankey as vectors."""

from __future__ import annotations

import base64
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSizeF

from electview.core.exports import export_html
from electview.core.report_html import ReportOptions, build_report_html
from electview.core.report_rounds import ROUNDS_PER_TABLE, SANKEY_URL_SCHEME
from electview.core.summary import contest_tallies
from electview.formats import load_file
from electview.ui.chart_export import sankey_svg_data_uri
from electview.ui.report_printer import build_document, write_pdf
from pdf_text import image_object_count, page_texts, pixels_near, render_rgb

DATA = Path(__file__).parent / "data" / "rcv"
MAINE = DATA / "2018_maine_governor_primary.rctab-detailed-report.json"
MAYOR = DATA / "2013_minneapolis_mayor.rctab-detailed-report.csv"
MILLS_BLUE = "#56B4E9"  # Mills's colour in the Maine primary (the table's key and the Sankey)
WHEN = datetime(2026, 12, 3, 12, 0, tzinfo=timezone.utc)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_report_html_has_a_column_per_round_and_who_was_elected_when():
    html = build_report_html(load_file(MAINE), options=ReportOptions(generated_at=WHEN))
    assert "Mills, Janet T. elected in round 4 with 63,387 of 117,253 continuing ballots." in html
    assert html.count("<table class='rounds'") == 2  # 4 rounds as 2 + 2
    mills = re.search(r"<b>Mills, Janet T\.</b></td>(.*?)</tr>", html).group(1)
    assert re.findall(r"<td class='num'>([^<]*)</td>", mills) == ["41,735", "33.09%", "+2,307", "44,042", "35.49%", "+5,903"]
    assert "<td class='num'>63,070</td>" in html  # round 1's threshold
    assert "Dion, Donna J.<br>Dion, Mark N.<br>Russell, Diane Marie<br>Write-in" in html  # eliminated together in round 1
    assert f"src='{SANKEY_URL_SCHEME}:0'" in html


def test_the_minneapolis_mayor_round_tables_fit_the_page(qapp):
    dataset = load_file(MAYOR)
    html = build_report_html(dataset, options=ReportOptions(generated_at=WHEN))
    tables = re.findall(r"<table class='rounds'.*?</table>", html)
    assert len(tables) == 11  # 33 rounds, three to a table
    assert all(len(re.findall(r"colspan='3' align='center'>Round \d+<", t)) <= ROUNDS_PER_TABLE for t in tables)
    assert tables[-1].count("<td class='key'") == 6  # only the six still in the count at round 31
    width = 178 / 25.4 * 96  # A4 within the report's margins, CSS pixels
    laid_out = build_document(html, contest_tallies(dataset), QSizeF(width, 1000.0))
    assert laid_out.document.size().width() <= width + 0.5  # nothing runs off the page's right edge


def test_the_pdf_carries_every_round_and_the_sankey_as_vectors(qapp, tmp_path):
    dataset = load_file(MAINE)
    with_sankey, without = tmp_path / "maine.pdf", tmp_path / "no-sankey.pdf"
    pages = write_pdf(dataset, with_sankey, options=ReportOptions(generated_at=WHEN))
    write_pdf(dataset, without, options=ReportOptions(generated_at=WHEN, sankey_src=None))
    text = _flat(" ".join(page_texts(with_sankey)))
    assert "Mills, Janet T. elected in round 4 with 63,387 of 117,253 continuing ballots." in text
    assert all(f"Round {n}" in text for n in range(1, 5))
    assert all(image_object_count(with_sankey, page) == 0 for page in range(pages))  # no raster anywhere
    blue = sum(pixels_near(render_rgb(with_sankey, page), MILLS_BLUE) for page in range(pages))
    blue_without = sum(pixels_near(render_rgb(without, page), MILLS_BLUE) for page in range(len(page_texts(without))))
    assert blue > blue_without + 2000  # Mills's bars and bands in the Sankey, drawn as paths


@pytest.mark.parametrize("path", [MAINE, MAYOR])
def test_the_html_export_draws_the_sankey_as_svg(qapp, tmp_path, path):
    dataset = load_file(path)
    out = tmp_path / "report.html"
    export_html(dataset, out, sankey_src=sankey_svg_data_uri)
    html = out.read_text()
    assert f"{SANKEY_URL_SCHEME}:" not in html
    svg = base64.b64decode(re.search(r"src='data:image/svg\+xml;base64,([^']+)' width='670'", html).group(1)).decode()
    assert svg.count("<path") > 10 and "<image" not in svg
    export_html(dataset, out)  # without a Sankey source: none, and no placeholder a browser can't show
    assert f"{SANKEY_URL_SCHEME}:" not in out.read_text()


@pytest.mark.parametrize("suffix", ["json", "csv"])
def test_the_report_says_a_surplus_is_a_surplus(suffix):
    dataset = load_file(DATA / f"2013_minneapolis_park.rctab-detailed-report.{suffix}")
    html = build_report_html(dataset, options=ReportOptions(generated_at=WHEN))
    assert "After round 10, the surplus of ANNIE YOUNG (178 votes) went: exhausted 177.52, residual surplus (lost to rounding) 0.48." in html
    assert html.count("the surplus of") == 1  # JOHN ERWIN reached the threshold exactly: nothing to pass on
