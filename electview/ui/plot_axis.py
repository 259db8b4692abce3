"""A pyqtgraph axis whose label wraps onto more lines when it is longer than the axis, so it always reads whole."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption


class WrappingAxis(pg.AxisItem):
    """pyqtgraph draws an axis label on one line centred on the axis, cut off by the plot's edges when the axis is
    shorter than the label (the fingerprint's "leader's share of ballots cast, %" in Kazakh on a 640-pixel
    window). This one gives the label the axis's length as its text width when it needs it, centred, and grows
    the axis across for the extra lines."""

    _label_height = 0.0  # the label's height when the axis was last sized for it

    def _updateLabel(self) -> None:
        super()._updateLabel()
        self.label.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))
        self._fit_label()

    def label_length(self) -> float:
        """The room along the axis the label may take."""
        size = self.size()
        return size.height() if self.orientation in ("left", "right") else size.width()

    def _fit_label(self) -> None:
        if self.label is None:
            return
        length = self.label_length()
        self.label.setTextWidth(-1)  # its one-line width, to see whether it fits
        if length > 0 and self.label.boundingRect().width() > length:
            self.label.setTextWidth(length)
        height = self.label.boundingRect().height()
        if height != self._label_height:  # more or fewer lines: the axis takes more or less room across
            self._label_height = height
            self._adjustSize()

    def resizeEvent(self, event=None) -> None:
        self._fit_label()
        super().resizeEvent(event)
