"""The printed report in the reader's language, or in two: labels from the .ts files without Qt, names from the file."""

import html
import re

import pytest
from pdf_text import page_texts

from electview.core.languages import localised
from electview.core.model import Status
from electview.core.report_html import ReportOptions, build_report_html
from electview.core.report_languages import ReportLanguages
from electview.formats import load_file
from electview.resources import sample_path
from electview.translations import available_languages, catalog, report_languages, word_core_sentences_in


@pytest.fixture(scope="module")
def sample():
    return load_file(sample_path())


def text_of(html: str) -> str:
    html = re.sub(r"<style>.*?</style>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.replace("&nbsp;", " ")))


def test_catalogs_come_from_the_translation_files():
    assert available_languages() == ["en", "kk", "ru"]
    assert catalog("en") == {}
    assert catalog("ru")[("Report", "Candidate")] == "Кандидат"
    assert catalog("ru-RU") is catalog("ru")  # the base language's file
    assert catalog("kk")[("Status", "PRELIMINARY")] == "АЛДЫН АЛА"
    assert catalog("de") == {}  # no translation: English labels


def test_labels_join_each_language_once():
    languages = report_languages("ru", "en")
    assert languages.translate("Report", "Candidate") == "Кандидат / Candidate"
    assert languages.translate("Report", "round {0}").format(1) == "тур 1 / round 1"
    assert languages.translate("Report", "Party") == "Партия / Party"
    assert report_languages("kk", "ru").translate("Report", "Party") == "Партия"  # the same word is printed once
    assert languages.status(Status.FINAL) == "ОКОНЧАТЕЛЬНЫЕ / FINAL"
    assert languages.lines.translate("Report", "Notes") == "Примечания<br>Notes"
    assert report_languages("ru", "ru") == report_languages("ru")
    unsafe = ReportLanguages(("en", "xx"), ({}, {("Report", "Notes"): "<b>"}))
    assert unsafe.lines.translate("Report", "Notes") == "Notes<br>&lt;b&gt;"


def test_names_in_both_languages_where_given(sample):
    languages = report_languages("ru", "en")
    tokayev = sample.contests[0].candidates[0]
    assert languages.name(tokayev) == "Касым-Жомарт Токаев / Kassym-Jomart Tokayev"
    assert languages.party(sample.contests[0].candidates[1]) == "Ult Tagdyry National Patriotic Movement Association"
    assert languages.name(sample.election) == "Выборы президента Казахстана 2019 года / 2019 Kazakhstan presidential election"
    assert languages.name(localised(sample, "kk").contests[0].candidates[0]) == languages.name(tokayev)


def test_english_report_is_unchanged_by_languages(sample):
    text = text_of(build_report_html(sample))
    assert "Candidate Party Votes Share" in text
    assert "Кандидат" not in text and " / Candidate" not in text


def test_bilingual_report_html(sample):
    html = build_report_html(sample, options=ReportOptions(languages=report_languages("ru", "en")))
    text = text_of(html)
    for both in (
        "Кандидат / Candidate",
        "Голоса / Votes",
        "Всего действительных голосов / Total valid votes",
        "Происхождение данных / Provenance",
        "ПРЕДВАРИТЕЛЬНЫЕ / PRELIMINARY",
        "Касым-Жомарт Токаев / Kassym-Jomart Tokayev",
        "Нур Отан / Nur Otan",
    ):
        assert both in text
    assert "Об этих цифрах / About these figures" in text
    assert "Доли — проценты от действительных голосов" in text and "Shares are percentages of valid votes" in text


def test_russian_report_has_no_english_label(sample):
    """Everything but the file's own text reads in Russian (the check can fail: English is caught below)."""
    data = [sample.source_path.rsplit("/", 1)[-1], "electview", "SHA-256", "UTC", "Ult Tagdyry National Patriotic Movement Association",
            "Uly Dala Kyrandary Republican Movement", "Kazakhstan"]
    election = sample.election
    data += [getattr(election.source, f) for f in ("authority", "announced_by", "announced_at", "cited_via")]
    # The date in "2019-06-10, briefing (…)" is printed in Russian (core.formatting.format_when); the rest is the file's
    data += [election.source.announced_at.split(", ", 1)[-1]]
    data += [sample.turnout.definition] + [item.quote for item in sample.commentary]
    data += [part for item in sample.commentary for part in (item.speaker, item.role, item.organisation, item.outlet)]

    def english_left(languages):
        word_core_sentences_in(languages.languages[0])  # as electview report --lang does; the window through Qt
        try:
            text = html.unescape(text_of(build_report_html(localised(sample, "ru"), options=ReportOptions(languages=languages))))
        finally:
            word_core_sentences_in("en")
        text = re.sub(r"\b[0-9a-f]{64}\b", " ", text)  # the file's SHA-256
        for known in sorted(filter(None, data), key=len, reverse=True):
            text = text.replace(known, " ")
        return re.findall(r"[A-Za-z]{3,}", text)

    assert "Candidate" in english_left(report_languages("en"))
    assert english_left(report_languages("ru")) == []


def test_report_command_bilingual_pdf(qapp, tmp_path):
    from cli_support import run_in_process

    out = tmp_path / "bilingual.pdf"
    result = run_in_process("report", "-o", str(out), "--lang", "ru", "--second-language", "en")
    assert result.returncode == 0, result.stderr
    texts = page_texts(out)
    first = re.sub(r"\s+", " ", texts[0])
    assert "Кандидат / Candidate" in first
    assert "Касым-Жомарт Токаев / Kassym-Jomart Tokayev" in first
    # Two pages before the outcome paragraph in both languages; the last quote now runs onto a third.
    assert re.search(r"Страница 1 из \d / Page 1 of \d", first)
    assert "сумма опубликованных долей" in " ".join(texts)  # the audit's finding in --lang too
    kazakh = tmp_path / "kk.pdf"
    assert run_in_process("report", "-o", str(kazakh), "--lang", "kk").returncode == 0
    assert "Қасым-Жомарт Тоқаев" in page_texts(kazakh)[0] and "Candidate" not in page_texts(kazakh)[0]


def test_window_prints_in_its_language_and_a_second_one(qtbot, monkeypatch, tmp_path):
    from electview.ui import i18n, print_actions
    from electview.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.document.open(str(sample_path()))
    try:
        russian = window.language.choose("ru")
        qtbot.addWidget(russian)
        menu = russian.printing.report_languages
        assert menu.menu.title() == "Второй &язык в отчётах"
        assert russian.printing.report_options().languages.languages == ("ru",)
        menu.actions["en"].trigger()
        assert russian.settings.report_second_language() == "en"
        out = tmp_path / "window.pdf"
        monkeypatch.setattr(print_actions.QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
        assert russian.printing.export_pdf()
        first = re.sub(r"\s+", " ", page_texts(out)[0])
        assert "Кандидат / Candidate" in first and "Касым-Жомарт Токаев / Kassym-Jomart Tokayev" in first
        page = tmp_path / "window.html"
        monkeypatch.setattr(print_actions.QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(page), ""))
        assert russian.printing.export("html")
        assert "Кандидат / Candidate" in text_of(page.read_text(encoding="utf-8"))
        menu.actions[""].trigger()
        assert russian.printing.report_options().languages == report_languages("ru")
    finally:
        i18n.install_language("en")


def test_report_command_leaves_the_core_in_english(qapp, tmp_path):
    from electview.cli import main
    from electview.core import i18n as core_i18n

    assert main(["report", "--lang", "ru", "-o", str(tmp_path / "ru.pdf")]) == 0
    assert "Кандидат" in page_texts(tmp_path / "ru.pdf")[0]
    assert core_i18n.translate("Status", "FINAL") == "FINAL"
