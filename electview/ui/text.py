"""Plain text from files in places where Qt would guess rich text (tooltips, labels)."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt

from electview.core.formatting import format_count, format_number, is_missing
from PySide6.QtWidgets import QLabel


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: escaped inside explicit rich text.

    Qt treats a tooltip that *looks* like HTML as HTML, so a candidate named ``<img src=…>``
    would load an image; escaping it inside ``<qt>`` makes Qt show the characters.
    """
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def plain_label(text: str = "", parent=None, word_wrap: bool = False) -> QLabel:
    """A QLabel that never interprets its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(word_wrap)
    label.setText(text)
    return label


def display_locale() -> QLocale:
    """The user's locale for numbers; the bare C locale (no group separators) reads as US English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def format_votes(value: float | None) -> str:
    """A count in the interface language's marks (core.formatting: one rounding rule, one set of marks per screen)."""
    return format_count(value)


def format_percent(value: float | None, decimals: int = 2) -> str:
    """A percentage with ``decimals`` places, rounded and marked as every other figure (core.formatting)."""
    if value is None or is_missing(value):
        return "—"
    return format_number(float(value), decimals) + "%"
