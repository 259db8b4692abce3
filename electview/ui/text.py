"""Plain text from files in places where Qt would guess rich text (tooltips, labels)."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QLocale, QSize, Qt, Signal

from electview.core.formatting import format_count, format_number, is_missing
from PySide6.QtWidgets import QLabel


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: escaped inside explicit rich text.

    Qt treats a tooltip that *looks* like HTML as HTML, so a candidate named ``<img src=…>``
    would load an image; escaping it inside ``<qt>`` makes Qt show the characters.
    """
    if not text:
        return ""
    return "<qt>" + html.escape(breakable(text)).replace("\n", "<br>") + "</qt>"


# A run of more than this many characters with no space can't be wrapped by Qt (it wraps at word
# boundaries only): a 2,000-letter name made the window 24,000 px wide. No word is this long (URLs
# are), so such runs get an invisible break opportunity every few letters; shorter words keep theirs whole.
LONGEST_UNBROKEN_RUN = 40
_BREAK_EVERY = 10
_LONG_RUN = re.compile(rf"\S{{{LONGEST_UNBROKEN_RUN + 1},}}")
_ZERO_WIDTH_SPACE = "\u200b"


def breakable(text: str) -> str:
    """``text`` with a zero-width space every few characters of each run longer than LONGEST_UNBROKEN_RUN."""

    def split(match: re.Match[str]) -> str:
        run = match.group(0)
        return _ZERO_WIDTH_SPACE.join(run[i : i + _BREAK_EVERY] for i in range(0, len(run), _BREAK_EVERY))

    return _LONG_RUN.sub(split, text)


def shortened(text: str, limit: int = 80) -> str:
    """``text`` cut to ``limit`` characters with "…" (for lists whose entries wrap: the whole goes in a tooltip)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class PlainLabel(QLabel):
    """A label for text from files: never HTML, and never wider than its pane lets it be.

    A wrapped label wraps even a run with no space (``breakable``); an unwrapped label elides
    each of its lines at the right, the whole text in its tooltip. ``text()`` is always the text as given.
    """

    elided_changed = Signal(bool)  # True while some line is drawn shortened

    def __init__(self, text: str = "", parent=None, word_wrap: bool = False) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(word_wrap)
        self._whole = ""
        self._elided_tooltip = False
        self.setText(text)

    def text(self) -> str:
        return self._whole

    def setText(self, text: str) -> None:  # noqa: N802 — Qt's name
        self._whole = text
        if self.wordWrap():
            super().setText(breakable(text))
            self._name_for_screen_readers()
            if self._elided_tooltip:  # was shortened before it wrapped
                self.setToolTip("")
                self._elided_tooltip = False
                self.elided_changed.emit(False)
        else:
            self._elide()

    def _name_for_screen_readers(self) -> None:
        """A screen reader reads the label's drawn text: where that is elided or has breaks added, the whole text instead."""
        drawn = QLabel.text(self)
        if drawn != self._whole:
            self.setAccessibleName(self._whole)
            self._named = True
        elif getattr(self, "_named", False):
            self.setAccessibleName("")
            self._named = False

    def setWordWrap(self, on: bool) -> None:  # noqa: N802
        super().setWordWrap(on)
        if hasattr(self, "_whole"):
            self.setText(self._whole)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        if not self.wordWrap():
            # Shrinks to a few letters and an ellipsis rather than pushing the window wider.
            hint.setWidth(min(hint.width(), self.fontMetrics().horizontalAdvance("M" * 6 + "…")))
        return hint

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        if not self.wordWrap():
            # Qt's hint is for the text drawn (maybe elided) plus margins and padding: ask for the whole text.
            metrics = self.fontMetrics()

            def widest(text: str) -> int:
                return max(metrics.horizontalAdvance(line) for line in text.split("\n"))

            hint.setWidth(hint.width() - widest(QLabel.text(self)) + widest(self._whole))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self.wordWrap():
            self._elide()

    def _elide(self) -> None:
        whole, width = self._whole, self.contentsRect().width() - 2 * self.margin()
        # A label not laid out yet keeps its text; each line is shortened on its own.
        if width <= 0:
            shown = whole
        else:
            metrics = self.fontMetrics()
            shown = "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in whole.split("\n"))
        if QLabel.text(self) != shown:
            super().setText(shown)
        self._name_for_screen_readers()
        if shown != whole:
            self.setToolTip(plain_tooltip(whole))
            if not self._elided_tooltip:
                self._elided_tooltip = True
                self.elided_changed.emit(True)
        elif self._elided_tooltip:
            self.setToolTip("")
            self._elided_tooltip = False
            self.elided_changed.emit(False)

    def is_elided(self) -> bool:
        return self._elided_tooltip


def plain_label(text: str = "", parent=None, word_wrap: bool = False) -> QLabel:
    """A QLabel that never interprets its text as HTML, wraps or elides what doesn't fit (PlainLabel)."""
    return PlainLabel(text, parent, word_wrap)


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
