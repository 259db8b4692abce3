"""Labels that fit a short window: never a line cut off at the bottom, never a sentence stopped half-way.

:class:`FittingLabel` gives up whole lines (the rest in its tooltip); :class:`WrappedLabel` asks
its pane for the lines it wraps to, so a splitter can't squeeze it under the widget above.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from electview.ui.text import PlainLabel, breakable, plain_tooltip

_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
MORE = "…"


def fitting_text(text: str, metrics: QFontMetrics, width: int, height: int) -> str:
    """The part of ``text`` to draw in ``width``×``height``: whole lines (each a sentence), "…" under them when some are left out.

    When not even the first line fits, it is elided on one line (the tooltip has it whole).
    """

    def tall(candidate: str) -> int:
        return metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), _FLAGS, candidate).height()

    if tall(text) <= height:
        return text
    lines = text.split("\n")
    for keep in range(len(lines) - 1, 0, -1):
        candidate = "\n".join([*lines[:keep], MORE])
        if tall(candidate) <= height:
            return candidate
    return metrics.elidedText(lines[0], Qt.TextElideMode.ElideRight, max(width, 1))


class FittingLabel(QLabel):
    """``text()`` (and so the accessible name) stays whole; only the drawing leaves lines out.

    Its height comes from the layout, not from the text: in a short window it gives up lines
    instead of pushing the panes beside it off screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(self.fontMetrics().height())
        self._shown = ""
        self._whole = ""

    def shown_text(self) -> str:
        """What is drawn at the label's current size."""
        return self._shown

    def text(self) -> str:
        return self._whole

    def setText(self, text: str) -> None:  # noqa: N802 — Qt's name
        self._whole = text
        super().setText(breakable(text))  # wraps even a run with no space (a 2,000-letter name)
        self.setAccessibleName(text if QLabel.text(self) != text else "")
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        rect, drawn = self.contentsRect(), QLabel.text(self)
        self._shown = fitting_text(drawn, self.fontMetrics(), rect.width(), rect.height())
        self.setToolTip(plain_tooltip(self._whole) if self._shown != drawn else "")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self._shown == QLabel.text(self):
            super().paintEvent(event)
            return
        painter = QPainter(self)
        self.style().drawItemText(
            painter, self.contentsRect(), _FLAGS, self.palette(), self.isEnabled(), self._shown, QPalette.ColorRole.WindowText
        )


class WrappedLabel(PlainLabel):
    """A word-wrapped plain-text label whose minimum height is what its text wraps to at its width.

    Qt's own minimum for a wrapped label is one line, which splitters take at its word: the
    second line of the totals was drawn over the table's last row.

    Signals:
        height_wanted: the text now wraps to another height (a splitter may need moving).
    """

    height_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent, word_wrap=True)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 — Qt's name
        hint = super().minimumSizeHint()
        if self.text() and self.width() > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.heightForWidth(event.size().width()) != self.heightForWidth(event.oldSize().width()):
            self.updateGeometry()  # the pane (and the splitter holding it) asks for the new minimum
            self.height_wanted.emit()
