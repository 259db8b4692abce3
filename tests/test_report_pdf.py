"""The PDF report read back: text, page numbers, watermark, the pie in colour as vectors, many contests."""

import json
import re
from datetime import datetime, timedelta, timezone

import pytest

from electview.core.report_html import ReportOptions
from electview.formats import native
from electview.resources import sample_path
from electview.ui.report_printer import write_pdf
from pdf_text import image_object_count, page_size, page_texts, pixels_near, render_rgb
from synthetic import many_contests

TOKAYEV_BLUE = "#0072B2"


@pytest.fixture
def sample_pdf(qapp, sample_dataset, tmp_path):
    path = tmp_path / "summary.pdf"
    pages = write_pdf(sample_dataset, path)
    return path, pages


def test_sample_pdf_text(sample_pdf):
    path, pages = sample_pdf
    texts = page_texts(path)
    assert pages == len(texts) == 2
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of 2" in text
    everything = "\n".join(texts)
    for expected in [
        "2019 Kazakhstan presidential election",
        "Central Election Commission of Kazakhstan",
        "TASS",
        "77.4% (as reported)",
        "Kassym-Jomart Tokayev",
        "6,504,054",
        "70.76%",
        "Sadybek Tugel",
        "100.17%",
        "Votes for 6 of 7 candidates were not reported; electview estimated them",
        "Andrei Grozin, Head of the Central Asia and Kazakhstan Department, CIS Institute — to Vestnik Kavkaza",
        "Tokayev is a pure diplomat",
        "SHA-256",
    ]:
        assert expected in everything, expected
    flat = " ".join(everything.split())  # a name may wrap in its cell now the votes carry their margin
    assert "Kassym-Jomart Tokayev (leading) Nur Otan ‡ 6,504,054 70.76%" in flat  # votes reported: no mark; leads, not final; the party is the editor's (‡)
    assert "Daniya Yespayeva Ak Zhol ~477,969 ± 494* 5.20%" in flat  # was ~477,969*: an estimate with its margin
    assert len(re.findall(r"~[\d,]+ ± [\d,]+\* \d+\.\d\d%", flat)) == 6  # six estimates marked
    # The reported shares' sum is the audit's finding: beside the total it read as the total's share.
    assert re.search(r"Total valid votes 9,191,710† (?!100\.17%)", flat)
    assert "the reported shares sum to 100.17%" in everything


def test_status_is_watermarked_on_every_page(sample_pdf):
    path, _ = sample_pdf
    for text in page_texts(path):
        # once in the footer, once as the watermark (and page 1's header badge)
        assert text.count("PRELIMINARY") >= 2


def test_watermark_shows_over_shaded_cells(sample_pdf):
    path, _ = sample_pdf
    pixels = render_rgb(path, 0, scale=2.0)
    # The watermark's red at 15% over the grey (#e8e8e8) of the table's header and total rows:
    # thousands of pixels where it crosses them, a few hundred edge pixels if painted under them.
    assert pixels_near(pixels, "#dfc8c8", tolerance=6) > 3000


def test_final_results_carry_no_watermark(qapp, tmp_path):
    data = json.loads(sample_path().read_text(encoding="utf-8"))
    data["election"]["status"] = "final"
    path = tmp_path / "final.pdf"
    write_pdf(native.parse(data, "final.json"), path)
    last = page_texts(path)[-1]
    assert last.count("FINAL") == 1  # the footer only


def test_page_one_has_the_pie_in_colour_as_vectors(sample_pdf):
    path, _ = sample_pdf
    pixels = render_rgb(path, 0, scale=1.0)
    # The pie is ~66 mm across and Tokayev's slice 70% of it: thousands of points of his blue
    # (the table's colour key alone is a few dozen).
    assert pixels_near(pixels, TOKAYEV_BLUE) > 5000
    assert image_object_count(path, 0) == 0


def test_markup_in_names_prints_literally(qapp, tmp_path):
    data = json.loads(sample_path().read_text(encoding="utf-8"))
    data["candidates"][1]["name"] = "<b>x</b>"
    path = tmp_path / "markup.pdf"
    write_pdf(native.parse(data, "markup.json"), path)
    assert "<b>x</b>" in "\n".join(page_texts(path))


def test_letter_paper(qapp, sample_dataset, tmp_path):
    path = tmp_path / "letter.pdf"
    write_pdf(sample_dataset, path, paper="letter")
    assert page_size(path) == pytest.approx((612, 792), abs=1)


def test_long_table_repeats_its_header(qapp, tmp_path):
    data = many_contests(1, candidates=120)
    path = tmp_path / "long.pdf"
    pages = write_pdf(native.parse(data, "long.json"), path)
    texts = page_texts(path)
    assert pages >= 3
    table_pages = [text for text in texts if "Candidate 1" in text or "district 1" in text]
    assert len(table_pages) >= 3
    for text in table_pages:
        assert "Candidate Party Votes Share" in text.replace("\n", " ")


def test_five_hundred_contests(qapp, tmp_path):
    dataset = native.parse(many_contests(500), "many.json")
    path = tmp_path / "many.pdf"
    pages = write_pdf(dataset, path)
    texts = page_texts(path)
    assert pages == len(texts) >= 500
    assert f"Page {pages} of {pages}" in texts[-1]
    assert "District 500 council" in "\n".join(texts[-3:])
    assert all(text.count("UNOFFICIAL") >= 2 for text in texts[::50])
    headings = sum(text.count(" council\n") for text in texts)
    assert headings >= 500


def test_unwritable_output_leaves_no_file(qapp, sample_dataset, tmp_path):
    missing = tmp_path / "no-such-folder" / "x.pdf"
    with pytest.raises(OSError):
        write_pdf(sample_dataset, missing)
    assert not missing.parent.exists()


def test_every_page_says_when_it_was_generated(qapp, sample_dataset, tmp_path):
    moment = datetime(2026, 11, 25, 17, 30, 5, tzinfo=timezone(timedelta(hours=5), "ALMT"))
    path = tmp_path / "dated.pdf"
    write_pdf(sample_dataset, path, options=ReportOptions(generated_at=moment))
    texts = page_texts(path)
    assert "Report generated 2026-11-25 17:30:05 UTC+05:00 (ALMT)" in texts[0]
    for text in texts:
        assert "generated 2026-11-25 17:30:05 UTC+05:00 (ALMT)" in text
