"""Translatable text in the Qt-free core: one hook that the window fills with Qt's translator.

Core sentences call :func:`translate` with a context and an English template; without a
hook (the command line, scripts, tests) the English comes back unchanged, so the JSON and
text outputs never depend on the user's language. ``pyside6-lupdate`` finds these calls
by their name, like ``QCoreApplication.translate``. :func:`language` is the interface language,
which the window also shows names in (a file may give them in several languages).
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None
_language = "en"  # the interface language; the window shows names in it too


def translate(context: str, text: str) -> str:
    """``text`` in the interface language, or unchanged when no translator is installed."""
    return text if _translator is None else _translator(context, text)


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    """Install (or with None remove) the function that translates core text."""
    global _translator
    _translator = translator


def set_language(code: str) -> None:
    """Record the interface language (a language tag) that names are shown in."""
    global _language
    _language = code or "en"


def language() -> str:
    """The interface language: "en" unless the window chose another."""
    return _language
