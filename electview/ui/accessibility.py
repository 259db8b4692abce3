"""Every reader: the keyboard path between panes, the pie by keyboard, and the result said in one sentence."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from electview.core.sentence import result_sentence
from electview.ui.document import ResultsDocument
from electview.ui.pie_chart import PieChart

# Keys that move between the pie's slices (clockwise = next, as the slices run).
_NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down)
_PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up)


class AccessibilityController(QObject):
    """F6 / Shift+F6 cycle the panes; arrow keys walk the pie's slices; the plain sentence follows the view."""

    def __init__(
        self,
        window: QMainWindow,
        document: ResultsDocument,
        pie: PieChart,
        panes: list[QWidget],
        described: list[QWidget],
        menu: QMenu,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._pie = pie
        self._panes = panes
        self._described = described
        self.sentence = ""
        self.next_pane_action = QAction(self.tr("Next &Pane"), window)
        self.next_pane_action.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.previous_pane_action = QAction(self.tr("Pre&vious Pane"), window)
        self.previous_pane_action.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F6))
        for action in (self.next_pane_action, self.previous_pane_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)  # works with the menu bar hidden too
        menu.addSeparator()
        menu.addAction(self.next_pane_action)
        menu.addAction(self.previous_pane_action)
        self.next_pane_action.triggered.connect(lambda: self.cycle(1))
        self.previous_pane_action.triggered.connect(lambda: self.cycle(-1))

        pie.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        pie.view.setStyleSheet("QGraphicsView:focus { border: 2px solid palette(highlight); }")
        pie.view.installEventFilter(self)
        for pane in panes:
            if not pane.focusPolicy() & Qt.FocusPolicy.TabFocus:
                pane.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a pane you can't focus can't be scrolled by keyboard
        for first, second in zip(panes, panes[1:], strict=False):
            QWidget.setTabOrder(first, second)
        document.view_changed.connect(self.refresh)
        pie.candidates_clicked.connect(lambda _rows: self._describe_pie())
        self.refresh()

    def visible_panes(self) -> list[QWidget]:
        return [pane for pane in self._panes if pane.isVisibleTo(self._window) and pane.isEnabled()]

    def cycle(self, step: int) -> QWidget | None:
        """Move the keyboard focus to the next (or previous) pane; returns the pane focused."""
        panes = self.visible_panes()
        if not panes:
            return None
        focused = self._window.focusWidget()
        current = next((i for i, pane in enumerate(panes) if focused is pane or pane.isAncestorOf(focused)), -1)
        target = panes[(current + step) % len(panes)] if current >= 0 else panes[0 if step > 0 else -1]
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._pie.view and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in _NEXT_KEYS or key in _PREVIOUS_KEYS:
                self.step_slice(1 if key in _NEXT_KEYS else -1)
                return True
        return super().eventFilter(watched, event)

    def step_slice(self, step: int) -> None:
        """Select the next (or previous) slice's candidates, as a click on it would."""
        slices = self._pie.slices
        if not slices:
            return
        lifted = self._pie.item.lifted
        current = lifted[0] if lifted else (-1 if step > 0 else 0)
        index = (current + step) % len(slices)
        self._pie.candidates_clicked.emit(list(slices[index].rows))

    def refresh(self) -> None:
        dataset = self._document.dataset
        self.sentence = result_sentence(self._document.tally, dataset.election.status) if dataset else result_sentence(None)
        for widget in self._described:
            widget.setAccessibleDescription(self.sentence)
        self._describe_pie()

    def _describe_pie(self) -> None:
        model = self._pie.legend
        slices = "; ".join(model.item(i).text() for i in range(model.count()))
        lifted = self._pie.item.lifted
        chosen = self.tr(" Selected: {0}.").format(self._pie.slices[lifted[0]].label) if lifted else ""
        self._pie.view.setAccessibleDescription(
            self.tr("{0} Slices, largest first: {1}.{2} Arrow keys move between slices.").format(self.sentence, slices, chosen)
        )
