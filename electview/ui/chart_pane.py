"""The chart pane: one view at a time (the pie, the map, …) under a title row holding a compact switch.

The switch is a :class:`QTabBar` drawn no taller than the title's text, in the title's row: a
document-mode tab widget stacked a tab bar (26 px) above the pie, and at 1024×640 in Russian the
candidate table lost its seventh row to it. The page stack asks only for the shown view's
minimum, so a taller view kept in the stack takes no height from the table either.

A view is added with :meth:`ChartPane.add_view` (a name, the switch's label, the title shown above
it, the widget); one more view is one more call. With a single view the switch is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QStyle,
    QStyleOptionFocusRect,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from electview.ui.text import plain_label


def section_title(text: str) -> QLabel:
    """A pane's bold title (plain text)."""
    label = plain_label(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ViewSwitch(QTabBar):
    """A segmented switch as tall as a line of the title's text: a tab bar (one Tab stop, the arrow keys
    move between the views, a screen reader hears a page tab list) painted from the palette, so the
    light, dark and high-contrast themes each draw it in their own colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDrawBase(False)
        self.setDocumentMode(True)
        self.setExpanding(False)
        self.setUsesScrollButtons(False)
        self.setElideMode(Qt.TextElideMode.ElideNone)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 — Qt's name
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.tabText(index)) + 2 * metrics.averageCharWidth() + 2, metrics.height() + 2)

    def minimumTabSizeHint(self, index: int) -> QSize:  # noqa: N802
        return self.tabSizeHint(index)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        hovered = self.tabAt(self.mapFromGlobal(QCursor.pos())) if self.underMouse() else -1
        frame = QColor(palette.color(QPalette.ColorRole.Mid))
        for index in range(self.count()):
            rect = self.tabRect(index).adjusted(0, 0, -1, -1)
            current = index == self.currentIndex()
            if current:
                painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
                text = palette.color(QPalette.ColorRole.HighlightedText)
            else:
                if index == hovered:
                    painter.fillRect(rect, palette.color(QPalette.ColorRole.Midlight))
                text = palette.color(QPalette.ColorRole.ButtonText)
            painter.setPen(frame)
            painter.drawRect(rect)
            painter.setPen(text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tabText(index))
            if current and self.hasFocus():
                option = QStyleOptionFocusRect()
                option.initFrom(self)
                option.rect = rect.adjusted(2, 1, -2, -1)
                self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)

    def leaveEvent(self, event) -> None:  # noqa: N802
        super().leaveEvent(event)
        self.update()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        self.update()


class _CurrentPageStack(QStackedWidget):
    """A page stack that asks for the shown page's size only (QStackedWidget takes the largest page's)."""

    def sizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()


class ChartPane(QWidget):
    """Views of the contest, one shown at a time, chosen in the title row.

    Signals:
        view_changed(str): the name of the view now shown.
    """

    view_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, margins: tuple[int, int, int, int] = (8, 4, 4, 4)) -> None:
        super().__init__(parent)
        self.title = section_title("")
        self.switch = ViewSwitch()
        self.switch.setAccessibleName(self.tr("Chart view"))
        self.stack = _CurrentPageStack()
        self.stack.setAccessibleName(self.tr("Charts"))  # a screen reader meets the page stack as a pane of its own
        self._names: list[str] = []
        self._titles: list[str] = []
        self._corners: list[QWidget | None] = []
        self._shown = ""  # the view shown, and the one shown before it
        self._before = ""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.title)
        self._corner_row = QHBoxLayout()  # the shown view's own controls, beside the title
        self._corner_row.setContentsMargins(0, 0, 0, 0)
        self._corner_row.addStretch(0)
        row.addLayout(self._corner_row, 1)
        row.addWidget(self.switch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*margins)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        self.switch.currentChanged.connect(self._on_switched)
        self.switch.hide()

    def add_view(self, name: str, label: str, widget: QWidget, title: str = "", corner: QWidget | None = None, tip: str = "") -> None:
        """Add ``widget`` as the view ``name``: ``label`` on the switch, ``title`` (else ``label``) above it,
        ``corner`` (its own controls, e.g. the map's measure) in the title row while it is shown, and ``tip``
        (else the title) as the switch's tooltip."""
        if name in self._names:
            raise ValueError(f"a view named {name!r} is in the pane already")
        self._names.append(name)
        self._titles.append(title or label)
        self._corners.append(corner)
        if corner is not None:
            self._corner_row.insertWidget(self._corner_row.count() - 1, corner, 1)
        self.stack.addWidget(widget)
        self.switch.addTab(label)
        self.switch.setTabToolTip(self.switch.count() - 1, tip or title or label)
        self._sync()

    def take_view(self, name: str) -> QWidget | None:
        """Remove the view ``name`` (and its corner) from the pane; they stay alive, unparented. Returns the view."""
        if name not in self._names:
            return None
        index = self._names.index(name)
        widget = self.stack.widget(index)
        assert widget is not None  # one page per name
        fallback = self._before if self.current() == name else ""  # removing the tab below switches views by itself
        self._names.pop(index)
        self._titles.pop(index)
        corner = self._corners.pop(index)
        if corner is not None:
            self._corner_row.removeWidget(corner)
            corner.setParent(None)
        self.stack.removeWidget(widget)
        self.switch.removeTab(index)
        widget.setParent(None)
        if fallback in self._names:  # back to the view shown before it, not its neighbour
            self.set_current(fallback)
        self._sync()
        return widget

    def names(self) -> list[str]:
        return list(self._names)

    def has_view(self, name: str) -> bool:
        return name in self._names

    def view(self, name: str) -> QWidget | None:
        return self.stack.widget(self._names.index(name)) if name in self._names else None

    def current(self) -> str:
        index = self.stack.currentIndex()
        return self._names[index] if 0 <= index < len(self._names) else ""

    def set_current(self, name: str) -> None:
        if name in self._names:
            self.switch.setCurrentIndex(self._names.index(name))

    def set_view_label(self, name: str, label: str, title: str = "") -> None:
        """Rename a view (the language changed)."""
        if name in self._names:
            index = self._names.index(name)
            self._titles[index] = title or label
            self.switch.setTabText(index, label)
            self.switch.setTabToolTip(index, title or label)
            self._sync()

    def _on_switched(self, index: int) -> None:
        if 0 <= index < len(self._names):
            if self._shown != self._names[index]:
                self._before, self._shown = self._shown, self._names[index]
            self.stack.setCurrentIndex(index)
            self._sync()
            self.view_changed.emit(self._names[index])

    def _sync(self) -> None:
        index = self.stack.currentIndex()
        self.title.setText(self._titles[index] if 0 <= index < len(self._titles) else "")
        for position, corner in enumerate(self._corners):
            if corner is not None:
                corner.setVisible(position == index)
        self.switch.setVisible(len(self._names) > 1)
        self.stack.updateGeometry()
