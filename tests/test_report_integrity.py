"""The printed report's Integrity section (core/report_integrity.py) on the real CIK station protocols: the key
figures, worked out again here from the CSV, in English, Russian and Kazakh, and on paper."""

from __future__ import annotations

import csv
import re
import statistics
from pathlib import Path

import pytest
from pdf_text import page_texts

from electview.core.report_html import ReportOptions, build_report_html
from electview.formats import load_file
from electview.resources import sample_path
from electview.translations import report_languages

CIK_2018 = Path(__file__).parent / "data" / "national" / "ru-cik" / "2018-president-uik.5-regions.csv"
REGISTERED = "Число избирателей, включенных в список избирателей"
VALID = "Число действительных избирательных бюллетеней"
INVALID = "Число недействительных избирательных бюллетеней"


def _text(html: str) -> str:
    html = re.sub(r"<style>.*?</style>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#x27;", "'")


def _section(html: str, heading: str) -> str:
    start = html.index(f"<h3>{heading}")
    return _text(html[start : html.index("<h2>", start)])


@pytest.fixture(scope="module")
def cik():
    return load_file(CIK_2018)


def test_english_section_has_the_checks_figures(cik):
    section = _section(build_report_html(cik), "Integrity checks (derived)")
    with CIK_2018.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    turnout = [100 * (int(r[VALID]) + int(r[INVALID])) / int(r[REGISTERED]) for r in rows]
    # The file's 904 protocol lines are the stations; turnout = (valid + invalid ballots) / registered voters.
    assert "Stations checked 904 " in section
    assert f"Turnout: median (middle half of stations) {statistics.median(turnout):.1f}% (" in section
    assert "Leader across them Путин Владимир Владимирович" in section
    # The figures electview integrity gives at seed 0 (tests/test_integrity_command.py): 91 of 860, 183 of 846.
    assert "Turnout at a whole percent (1-99%) 91 of 860 stations; chance gives 93.6 ± 7.6 (excess -2.6, p = " in section
    assert "Leader's share at a whole percent (1-99%) 183 of 846 stations; chance gives 189.9 ± 10.0" in section
    assert "Last digits of the vote counts of 100 or more 1,071 counts: chi-square " in section
    assert re.search(r"Flagged stations 494 \(turnout 100%: 309; every ballot for the leader: 13; ", section)
    assert "not proof of fraud" in section and "Kobak, Shpilkin" in section and "Seed 0, 1,000 simulations" in section


def test_no_section_without_stations():
    # The bundled sample has national totals only: no registered voters and ballots per station.
    assert "Integrity" not in build_report_html(load_file(sample_path()))


def test_section_can_be_left_out(cik):
    assert "Integrity" not in build_report_html(cik, options=ReportOptions(integrity_html=None))


@pytest.mark.parametrize(
    ("language", "heading"), [("ru", "Проверки целостности (вычислено)"), ("kk", "Тұтастық тексерулері (есептелген)")]
)
def test_section_in_russian_and_kazakh_has_no_english_label(cik, language, heading):
    section = _section(build_report_html(cik, options=ReportOptions(languages=report_languages(language))), heading)
    # What may stay English: the papers' titles as published, the command and the program's name.
    for kept in (
        "Kobak, Shpilkin & Pshenichnikov (2016), Integer percentages as electoral falsification fingerprints, "
        "Annals of Applied Statistics 10(1):54-73",
        "Beber & Scacco (2012), What the numbers say: a digit-based test for election fraud, Political Analysis 20(2):211-234",
        "electview integrity",
        "electview",
    ):
        section = section.replace(kept.replace("&", "&amp;"), " ")
    assert re.findall(r"[A-Za-z]{3,}", section) == []
    assert "904" in section and "91" in section


def test_printed_pdf_has_the_section(qapp, cik, tmp_path):
    from electview.ui.report_printer import write_pdf

    out = tmp_path / "cik.pdf"
    write_pdf(cik, str(out))
    text = re.sub(r"\s+", " ", " ".join(page_texts(out)))
    assert "Integrity checks (derived)" in text and "91 of 860 stations; chance gives 93.6" in text
