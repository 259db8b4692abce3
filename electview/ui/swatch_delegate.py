"""The table's colour swatches, drawn in the party's colour whether or not the row is selected.

Given a bare colour, Qt makes an icon whose "selected" look the style derives by tinting it
with the selection colour: a selected row showed its party in another colour (Fusion's blue
over REPUBLICAN red read as purple).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


class SwatchDelegate(QStyledItemDelegate):
    """Paints a cell's colour decoration as the same swatch, selected or not."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802 — Qt's name
        super().initStyleOption(option, index)
        colour = index.data(Qt.ItemDataRole.DecorationRole)
        if not isinstance(colour, QColor):
            return
        size = option.decorationSize
        pixmap = QPixmap(size)
        pixmap.fill(colour)
        icon = QIcon()
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Active, QIcon.Mode.Selected):
            icon.addPixmap(pixmap, mode)
        option.icon = icon
