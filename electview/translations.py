"""Translations without Qt: the interface's Qt Linguist files read as plain catalogs, for the printed report.

The ``.ts`` sources in ``resources/translations`` are the one place translations live; the
window compiles them for Qt, and the report (built by the Qt-free core, also from the
command line) reads them here with defusedxml. A translation that is unfinished or missing
is left out, so the English shows instead of a blank.
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

from defusedxml import ElementTree

from electview.core import i18n
from electview.core.languages import pick
from electview.core.model import language_tag
from electview.core.report_languages import Catalog, ReportLanguages
from electview.resources import resource_path


def available_languages() -> list[str]:
    """"en" and every language with a translation file."""
    files = sorted(resource_path("translations").glob("electview_*.ts"))
    return ["en", *(path.stem.removeprefix("electview_") for path in files)]


def catalog(language: str) -> Catalog:
    """(context, English) → text in ``language`` (its base language's file for "ru-RU"); empty for English."""
    return _catalog(pick({code: code for code in available_languages()}, language_tag(language), "en"))


@lru_cache(maxsize=8)
def _catalog(code: str) -> Catalog:
    if code == "en":
        return MappingProxyType({})
    root = ElementTree.parse(resource_path(f"translations/electview_{code}.ts")).getroot()
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return MappingProxyType(found)  # shared between callers: read-only


def report_languages(language: str = "en", second_language: str | None = None) -> ReportLanguages:
    """The report in ``language``, and in ``second_language`` beside it when given (and different)."""
    languages = tuple(dict.fromkeys(code for code in (language or "en", second_language) if code))
    return ReportLanguages(languages, tuple(catalog(code) for code in languages))


def word_core_sentences_in(language: str) -> None:
    """Word the core's own sentences (the audit's findings, how an estimate was made) in ``language``.

    The window does this through Qt's translator; a headless command that was asked for a
    language calls this before it tallies. English removes the hook.
    """
    words = catalog(language)
    i18n.set_translator((lambda context, text: words.get((context, text), text)) if words else None)
