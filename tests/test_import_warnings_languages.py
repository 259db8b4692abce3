"""The importers' warnings in the interface language: a Russian or Kazakh window and report word them, the summaries stay English."""

import ast
import json
import pickle
import re
from pathlib import Path

import pytest

from electview.core import i18n as core_i18n
from electview.core.messages import CONTEXT, QT_TRANSLATE_NOOP, Listed, Message, placeholders
from electview.core.report_html import ReportOptions, build_report_html
from electview.core.summary import render
from electview.formats import load_file
from electview.translations import catalog, report_languages, word_core_sentences_in
from electview.ui import i18n

DATA = Path(__file__).parent / "data"
CLARITY = DATA / "clarity" / "clarify-tests-county.xml"  # Tom Cotton's totalVotes exceed his vote types by 15,611
FRENCH = DATA / "national" / "fr-interieur" / "resultats-definitifs-par-departement.csv"  # protocol columns set apart
ELECTVIEW = Path(__file__).parent.parent / "electview"
ENGLISH = "U.S. Senate: Tom Cotton has totalVotes 477,734 but its vote types add up to 462,123 (15,611 votes are not broken down by place)"
NBSP = "\u00a0"
WORDED = {
    "ru": f"U.S. Senate: Tom Cotton: totalVotes 477{NBSP}734, а сумма по видам голосования — 462{NBSP}123 (голосов без разбивки по местам: 15{NBSP}611)",
    "kk": f"U.S. Senate: Tom Cotton: totalVotes 477{NBSP}734, ал дауыс беру түрлерінің қосындысы 462{NBSP}123 (15{NBSP}611 дауыс орындар бойынша бөлінбеген)",
}


@pytest.fixture
def window(window):
    assert window.open_path(str(CLARITY))
    yield window
    i18n.install_language("en")


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_the_window_words_the_import_warning_in_its_language(window, qtbot, code):
    assert ENGLISH[:1].upper() + ENGLISH[1:] in window.header.findings_text()  # English first
    translated = window.language.choose(code)
    qtbot.addWidget(translated)
    shown = translated.header.findings_text()
    assert "⚠ " + WORDED[code] in shown
    assert "broken down" not in shown and "477,734" not in shown


def test_the_summaries_stay_english():
    dataset = load_file(CLARITY)
    assert [str(w) for w in dataset.import_warnings] == [ENGLISH]
    assert json.loads(render(dataset, "json"))["warnings"][0] == ENGLISH
    assert ENGLISH in render(dataset, "text")


def test_the_report_words_the_warning_in_the_language_asked_for():
    dataset = load_file(CLARITY)
    word_core_sentences_in("ru")
    core_i18n.set_language("ru")
    try:
        html = build_report_html(dataset, options=ReportOptions(languages=report_languages("ru")))
    finally:
        word_core_sentences_in("en")
        core_i18n.set_language("en")
    assert WORDED["ru"] in html.replace("&nbsp;", NBSP)
    assert ENGLISH in build_report_html(dataset)


def test_nested_words_and_lists_are_worded_too():
    (note,) = load_file(FRENCH).import_warnings
    assert str(note).startswith("6 columns are protocol figures, not candidates: 'Inscrits' (registered voters); 'Votants' (ballots cast)")
    words = catalog("ru")
    russian = note.text(lambda context, text: words.get((context, text), text), "ru")
    assert russian.startswith("столбцов с показателями протокола, а не кандидатами: 6 — 'Inscrits' (избиратели в списке); 'Votants' (поданные бюллетени)")
    assert not re.search(r"registered|ballots|votes", russian)


def test_a_message_is_its_english_text_and_survives_pickling():
    template = QT_TRANSLATE_NOOP(CONTEXT, "{contest}: {count} more units disagree with their sub-units; the sub-units are used.")
    message = Message(template, contest="A {b}", count=12345)
    assert message == "A {b}: 12,345 more units disagree with their sub-units; the sub-units are used."  # file text is never a template
    assert pickle.loads(pickle.dumps(message)).text(lambda c, t: t, "ru") == message.text(lambda c, t: t, "ru")
    assert message.text(lambda c, t: t, "ru").startswith(f"A {{b}}: 12{NBSP}345 more")
    lost = message.text(lambda c, t: "{contest}: {missing}", "en")  # a translation that lost a placeholder
    assert lost == str(message)
    assert Message(QT_TRANSLATE_NOOP(CONTEXT, "{what}"), what=Listed(("a", "b"), ", ")) == "a, b"


def _templates_and_constructions():
    templates, bad = [], []
    for path in sorted(ELECTVIEW.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name == "QT_TRANSLATE_NOOP" and isinstance(node.args[0], ast.Constant) and node.args[0].value == CONTEXT:
                templates.append(node.args[1].value)
            elif name == "Message" and node.args and not _marked(node.args[0]):
                bad.append(f"{path.relative_to(ELECTVIEW)}:{node.lineno}")
    return templates, bad


def _marked(node) -> bool:
    """A template lupdate collects: a QT_TRANSLATE_NOOP call, one of two of them, or a name bound to one."""
    if isinstance(node, ast.IfExp):
        return _marked(node.body) and _marked(node.orelse)
    if isinstance(node, ast.Call):
        return getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    return isinstance(node, ast.Name)


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_every_warning_template_is_translated(code):
    templates, unmarked = _templates_and_constructions()
    assert not unmarked, f"Message built from a template lupdate can't see: {unmarked}"
    assert len(templates) >= 60  # every importer's warnings, not a few
    words = catalog(code)
    missing = [t for t in templates if (CONTEXT, t) not in words]
    assert not missing, f"no {code} translation for {missing}"
    lost = [t for t in templates if placeholders(words[(CONTEXT, t)]) != placeholders(t)]
    assert not lost, f"placeholders changed in the {code} translation of {lost}"


def test_look_alike_names_say_their_scripts_in_the_language_shown(tmp_path):
    doc = {"format": "electview", "version": 1, "election": {"title": "t"},
           "candidates": [{"name": "Tokayev", "votes": 5}, {"name": "Tok\u0430yev", "votes": 4}]}  # fmt: skip
    path = tmp_path / "alike.electview.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    (warning,) = [w for w in load_file(path).import_warnings if "look alike" in w]
    assert "(Latin, Cyrillic)" in warning
    words = catalog("kk")
    kazakh = warning.text(lambda context, text: words.get((context, text), text), "kk")
    assert kazakh.startswith("t: кандидаттардың аттары бірдей көрінеді")
    assert "(латын жазуы)" in kazakh and "(латын жазуы, кирилл жазуы)" in kazakh
