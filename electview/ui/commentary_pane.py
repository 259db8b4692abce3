"""The commentary pane: each quote with its speaker, role and outlet; quotes about the selected candidate stand out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from electview.core.model import Commentary
from electview.ui.text import plain_label

_CARD_STYLE = """
QFrame#quoteCard { border: 1px solid palette(mid); border-left: 4px solid palette(mid);
                   border-radius: 4px; background: palette(base); }
QFrame#quoteCard[highlighted="true"] { border-left: 4px solid %s; background: %s; }
"""


class QuoteCard(QFrame):
    """One quote and its attribution, as plain text."""

    def __init__(self, comment: Commentary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comment = comment
        self.setObjectName("quoteCard")
        self.setProperty("highlighted", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        self.quote_label = plain_label(f"“{comment.quote}”", word_wrap=True)
        self.quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.quote_label.font()
        font.setItalic(True)
        self.quote_label.setFont(font)
        self.attribution_label = plain_label(f"— {comment.attribution()}", word_wrap=True)
        attribution_font = self.attribution_label.font()
        attribution_font.setPointSizeF(attribution_font.pointSizeF() * 0.92)
        attribution_font.setBold(True)
        self.attribution_label.setFont(attribution_font)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.attribution_label)
        self.setAccessibleName(self.tr("Quote from {0}").format(comment.speaker))
        self.setAccessibleDescription(f"{comment.quote} — {comment.attribution()}")

    @property
    def highlighted(self) -> bool:
        return bool(self.property("highlighted"))

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.setProperty("highlighted", on)
            # Dynamic properties need a re-polish for the style sheet to see them.
            self.style().unpolish(self)
            self.style().polish(self)


class CommentaryPane(QScrollArea):
    """Quotes in file order; :meth:`highlight` marks those mentioning given candidates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Commentary"))
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.setSpacing(8)
        self.setWidget(self._body)
        self.cards: list[QuoteCard] = []
        self._empty = plain_label(self.tr("No commentary in this file."), word_wrap=True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setEnabled(False)
        self.set_highlight_colour("#0072B2")
        self.set_commentary(())

    def set_highlight_colour(self, colour: str) -> None:
        self._body.setStyleSheet(_CARD_STYLE % (colour, "palette(alternate-base)"))

    def set_commentary(self, comments) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        while self._layout.count():
            self._layout.takeAt(0)
        for comment in comments:
            card = QuoteCard(comment, self._body)
            self.cards.append(card)
            self._layout.addWidget(card)
        self._empty.setVisible(not self.cards)
        self._layout.addWidget(self._empty)
        self._layout.addStretch(1)

    def highlight(self, candidate_ids: set[str], colour: str = "") -> None:
        """Mark quotes that mention any of ``candidate_ids`` (none when empty)."""
        if colour:
            self.set_highlight_colour(colour)
        for card in self.cards:
            card.set_highlighted(bool(candidate_ids & set(card.comment.mentions)))

    def highlighted_speakers(self) -> list[str]:
        return [card.comment.speaker for card in self.cards if card.highlighted]


__all__ = ["CommentaryPane", "QuoteCard"]
