"""Languages: the window in Russian and Kazakh leaves no English behind; the translations compile and are complete."""

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from electview.core.formatting import format_when
from electview.core import i18n as core_i18n
from electview.resources import sample_path
from electview.ui import i18n

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
# Names of things, the same in every language.
PROPER = ("English", "electview", "URL", "HTTP", "JSON", "CSV", "PNG", "SVG", "HTML", "PDF", "Qt", "PySide6", "Python",
          "Who's On First", "Mesoshapes", "CC0")  # the bundled map's credit, as its licence asks for it
WEB_ADDRESS = re.compile(r"https?://\S+")


@pytest.fixture
def window(window, final_sample):
    window.document.open(str(sample_path()))
    window.comparison.compare_with(str(final_sample))
    yield window
    i18n.install_language("en")


def data_strings(window) -> list[str]:
    """Text that comes from the files on screen: shown as given, in whatever language they are in."""
    compared = window.comparison.source._old.source_path.rsplit("/", 1)[-1]  # the final sample's name
    texts = [window.document.path.rsplit("/", 1)[-1], compared, window.document.dataset.source_format]
    for path in window.settings.recent_files():  # Open Recent lists file names and paths
        texts += [path, path.rsplit("/", 1)[-1]]
    for dataset in (window.document.dataset, window.comparison.source._old):
        election = dataset.election
        texts += [election.title, election.country, election.office, election.date, election.jurisdiction]
        texts += [getattr(election.source, field) for field in ("authority", "announced_by", "announced_at", "cited_via", "url")]
        texts.append(format_when(election.source.announced_at))  # the file's text after its date, as shown
        for contest in dataset.contests:
            texts.append(contest.name)
            texts += [text for c in contest.candidates for text in (c.name, c.party, c.description)]
        for quote in dataset.commentary:
            texts += [quote.quote, quote.speaker, quote.role, quote.organisation, quote.outlet]
    return sorted((t for t in texts if t), key=len, reverse=True)


def shown_texts(window) -> dict[str, str]:
    """Every piece of interface text: menus and actions, table headers, labels, legend, accessible names."""
    shown = {}
    for action in window.findChildren(QAction):
        shown[f"action {action.text()!r}"] = action.text()
        shown[f"tip {action.text()!r}"] = action.statusTip()
    for menu in window.findChildren(QMenu):
        shown[f"menu {menu.title()!r}"] = menu.title()
    model = window.model
    for column in range(model.columnCount()):
        shown[f"header {column}"] = model.headerData(column, Qt.Orientation.Horizontal)
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window):
            shown[f"label {label.objectName() or label.accessibleDescription()}: {label.text()[:30]!r}"] = label.text()
    for row in range(window.pie.legend.count()):
        shown[f"legend {row}"] = window.pie.legend.item(row).text()
    for widget in [window, *window.findChildren(QWidget)]:
        shown[f"name of {type(widget).__name__}"] = widget.accessibleName()
        shown[f"description of {type(widget).__name__}"] = widget.accessibleDescription()
    return shown


def english_left(window) -> dict[str, str]:
    data = data_strings(window)
    left = {}
    for where, text in shown_texts(window).items():
        for known in data:
            text = text.replace(known, " ")
        for name in PROPER:
            text = text.replace(name, " ")
        text = WEB_ADDRESS.sub(" ", text)
        words = ENGLISH_WORD.findall(text)
        if words:
            left[where] = " ".join(words)
    return left


def test_english_window_is_caught_by_the_check(window):
    # The check below must be able to fail: in English it finds plenty.
    left = english_left(window)
    assert "action '&Open…'" in left and "header 2" in left


@pytest.mark.parametrize(("code", "file_menu", "status"), [("ru", "&Файл", "ПРЕДВАРИТЕЛЬНЫЕ"), ("kk", "&Файл", "АЛДЫН АЛА")])
def test_window_switches_language_completely(window, qtbot, code, file_menu, status):
    translated = window.language.choose(code)
    qtbot.addWidget(translated)
    assert translated.settings.language() == code
    assert translated.file_menu.title() == file_menu
    assert translated.header.status_badge.text() == status
    assert translated.model.columnCount() == 6  # the comparison came along
    assert english_left(translated) == {}


def test_back_to_english(window, qtbot):
    russian = window.language.choose("ru")
    qtbot.addWidget(russian)
    english = russian.language.choose("en")
    qtbot.addWidget(english)
    assert english.file_menu.title() == "&File"
    assert core_i18n.translate("Status", "FINAL") == "FINAL"
    assert english.header.status_badge.text() == "PRELIMINARY"


def test_system_language_is_followed(monkeypatch):
    class FakeLocale:
        @staticmethod
        def system():
            return FakeLocale()

        def uiLanguages(self):
            return ["de-DE", "kk-KZ", "ru-RU"]

    monkeypatch.setattr(i18n, "QLocale", FakeLocale)
    assert i18n.system_language() == "kk"
    assert i18n.effective_language("system") == "kk"
    assert i18n.effective_language("ru") == "ru"


def test_translations_compile_into_the_cache(tmp_path):
    folder = i18n.compiled_dir()
    assert sorted(p.name for p in folder.glob("*.qm")) == ["electview_kk.qm", "electview_ru.qm"]
    assert i18n.compiled_dir() == folder  # compiled once, then reused
    assert [p.name for p in i18n.compile_translations(tmp_path)] == ["electview_kk.qm", "electview_ru.qm"]


@pytest.mark.parametrize("source", i18n.translation_sources(), ids=lambda p: p.name)
def test_translation_files_are_complete(source):
    root = ET.parse(source).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message") if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    for message in root.iter("message"):
        placeholders = set(re.findall(r"\{\w*\}", message.findtext("source")))
        assert placeholders == set(re.findall(r"\{\w*\}", message.findtext("translation"))), message.findtext("source")
    for context in root.iter("context"):  # two engineers adding one text: the second copy would be dead weight
        sources = [message.findtext("source") for message in context.iter("message")]
        assert len(sources) == len(set(sources)), context.findtext("name")


def test_about_dialog_in_kazakh(qtbot):
    from electview.ui.about_dialog import COPYRIGHT, AboutDialog, links_html

    i18n.install_language("kk")
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "electview туралы"
        for label in (dialog.description_label, dialog.licence_label):
            # The copyright line stays as the licence states it.
            text = label.text().replace(COPYRIGHT, "").replace("MIT", "").replace("electview", "")
            assert not ENGLISH_WORD.findall(text), label.text()
        assert "Веб-сайт" in links_html()
    finally:
        i18n.install_language("en")


def test_missing_lrelease_falls_back_to_english(qapp, monkeypatch):
    def no_lrelease():
        raise FileNotFoundError("lrelease (Qt Linguist) was not found")

    monkeypatch.setattr(i18n, "compiled_dir", no_lrelease)
    i18n.install_language("ru")
    assert core_i18n.translate("Status", "FINAL") == "FINAL"
    assert i18n._installed == []


@pytest.mark.parametrize(("code", "changed"), [("ru", "Данные изменились 21:03:00"), ("kk", "Деректер өзгерді 21:03:00")])
def test_live_status_times_are_translated(qapp, sample_dataset, code, changed):
    from datetime import datetime

    from electview.live.history import Snapshot
    from electview.live.times import changed_text

    now = datetime(2026, 11, 25, 21, 30).timestamp()
    snapshot = Snapshot("x", datetime(2026, 11, 25, 21, 4, 5).timestamp(), datetime(2026, 11, 25, 21, 3).timestamp(), "final")
    i18n.install_language(code)
    try:
        text, tip = changed_text(snapshot, sample_dataset, is_feed=False, now=now)
    finally:
        i18n.install_language("en")
    assert text == changed
    assert not ENGLISH_WORD.findall(tip.replace("electview", "").replace("Last-Modified", "").replace(sample_dataset.election.source.announced_at, ""))
