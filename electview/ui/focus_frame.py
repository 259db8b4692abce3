"""The keyboard's place on screen: a frame in the highlight colour around the pane that has the focus,
and the Tab order through a pane's controls.

Fusion marks a focused table or tree only by a dotted current cell, a focused scroll area not at
all, so Tab between panes left no visible trace. One frame is drawn over the focused pane's edge
from the palette (light, dark and high contrast each give their highlight), and never takes a click.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

#: The frame's width in pixels: wide enough to see at a glance (WCAG 2.4.13 asks 2 px).
FRAME_WIDTH = 2


class _Frame(QWidget):
    """A border painted over a pane's edge, transparent inside and to the mouse."""

    def __init__(self, pane: QWidget) -> None:
        super().__init__(pane)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def paintEvent(self, event) -> None:  # noqa: N802 — Qt's name
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FRAME_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FRAME_WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))


class FocusFrame(QObject):
    """Shows a frame around whichever of ``panes`` holds the keyboard focus (itself or a widget inside it)."""

    def __init__(self, panes: list[QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._frames = {pane: _Frame(pane) for pane in panes}
        for pane in panes:
            pane.installEventFilter(self)  # the frame follows the pane's size
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # panes exist only in a widgets application
        app.focusChanged.connect(self._on_focus_changed)
        self._on_focus_changed(None, QApplication.focusWidget())

    def framed(self) -> QWidget | None:
        """The pane the frame is shown around, or None."""
        return next((pane for pane, frame in self._frames.items() if frame.isVisibleTo(pane)), None)

    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if not all(isValid(frame) for frame in self._frames.values()):
            return  # the window is being taken down: focus moves while its panes go
        for pane, frame in self._frames.items():
            inside = now is not None and (now is pane or pane.isAncestorOf(now))
            if inside:
                frame.setGeometry(pane.rect())
                frame.raise_()  # over the viewport and the scroll bars
            frame.setVisible(inside)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched in self._frames:
            self._frames[watched].setGeometry(watched.rect())
        return super().eventFilter(watched, event)


def _tabbable(widget: QWidget, window: QWidget) -> bool:
    # A scroll area's viewport hands its focus to the area: the area is the stop, not the viewport;
    # a combo box's list lives in a popup window of its own.
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None and widget.window() is window


def tab_stops_inside(pane: QWidget, views: list[QWidget]) -> list[QWidget]:
    """``pane``'s Tab stops as they sit: its own controls (a title row), then those of each of ``views`` below them."""
    window = pane.window()
    inside = [view for view in views if view is not None]
    own = [
        widget
        for widget in pane.findChildren(QWidget)
        if _tabbable(widget, window) and not any(view is widget or view.isAncestorOf(widget) for view in inside)
    ]
    shown = [
        stop
        for view in inside
        for stop in ([view] if _tabbable(view, window) else [w for w in view.findChildren(QWidget) if _tabbable(w, window)])
    ]
    return own + shown


def chain_tab_order(stops: list[QWidget]) -> None:
    """Tab from each of ``stops`` to the next (hidden ones are passed over as Tab comes to them)."""
    for first, second in zip(stops, stops[1:], strict=False):
        QWidget.setTabOrder(first, second)
