"""Sentences made from a translatable template and values: English as a plain str, any language when shown."""

from __future__ import annotations

import numbers
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Union

from electview.core.formatting import format_count

#: The translations' context of every template a Message is built from (the importers' warnings).
CONTEXT = "import"

#: (context, English) → text in the language shown; core.i18n.translate in the window.
Translate = Callable[[str, str], str]
Value = Union[str, int, float, "Message", "Listed"]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's spelling: pyside6-lupdate collects the text by this name
    """``text`` unchanged: marks a template where it is written so lupdate puts it in the .ts files."""
    return text


def _english(context: str, text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Listed:
    """Several values said as one ("'Явка' (ballots cast); 2 more"), each worded in the language shown."""

    items: tuple[Value, ...]
    separator: str = "; "


class Message(str):
    """A sentence whose str is its English text, for the summaries and scripts; :meth:`text` words it for the window.

    A str, so whatever reads the English (the JSON summary, ``in`` and ``startswith``) keeps
    working. ``template`` is the English the translations are keyed by; ``values`` fill its
    ``{placeholders}``: text from the file as given (never translated), numbers formatted in
    the marks of the language shown ("15,611" in English, "15 611" in Russian), nested
    Messages worded in the same language.
    """

    __slots__ = ("template", "values")
    template: str
    values: dict[str, Value]

    def __new__(cls, template: str, /, **values: Value) -> Message:
        kept = {name: _kept(value) for name, value in values.items()}
        self = super().__new__(cls, _fill(template, template, kept, _english, "en"))
        self.template = template
        self.values = kept
        return self

    def __reduce__(self):
        return (_rebuilt, (self.template, dict(self.values)))

    def text(self, translate: Translate, language: str | None = None) -> str:
        """The sentence in ``translate``'s language, numbers in ``language``'s marks (by default the interface's)."""
        return _fill(translate(CONTEXT, self.template), self.template, self.values, translate, language)


def _rebuilt(template: str, values: dict[str, Value]) -> Message:
    return Message(template, **values)


def _kept(value: Value) -> Value:
    """numpy's scalars as Python numbers: a value outlives the arrays it was read from."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return value
    return int(value) if isinstance(value, numbers.Integral) else float(value)


def _worded(value: Value, translate: Translate, language: str | None) -> str:
    if isinstance(value, Message):
        return value.text(translate, language)
    if isinstance(value, Listed):
        return value.separator.join(_worded(item, translate, language) for item in value.items)
    if isinstance(value, str):
        return value
    return format_count(value, language=language)


def _fill(template: str, english: str, values: Mapping[str, Value], translate: Translate, language: str | None) -> str:
    worded = {name: _worded(value, translate, language) for name, value in values.items()}
    try:
        return template.format_map(worded)
    except (KeyError, IndexError, ValueError):  # a translation that lost or garbled a placeholder: the English says it right
        return english.format_map(worded)


def word_table(marked: Mapping[str, str]) -> dict[str, Message]:
    """A table of key → marked word (``QT_TRANSLATE_NOOP(CONTEXT, …)``) as Messages, worded where shown."""
    return {key: Message(words) for key, words in marked.items()}


def placeholders(template: str) -> set[str]:
    """The names of a template's ``{placeholders}``: a translation must keep them all."""
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}
