"""The bar chart: horizontal bars of vote shares, in the table's order, over the candidate table model.

A pyqtgraph item in pixel coordinates (one scene unit is one pixel), so every bar has a row a
line of text high and no label ever overlaps another: as many bars as fit, then one
"+M more" line with what those add up to. Winners (and anyone still in reach, the selection)
always get a bar. It reads the model and the sort proxy, never the dataset: the same figures
and colours as the table and the pie.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from electview.core.bars import BarRows, bar_rows
from electview.core.terminal import isolate
from electview.ui.bar_painter import Bar, BarColours, BarLayout, bar_at, header_lines, paint_bars, rows_that_fit
from electview.ui.candidate_model import NAME, SHARE, VOTES, CandidateSortProxy, CandidateTableModel, DerivedRole
from electview.ui.text import format_percent, format_votes, plain_tooltip

TOOLTIP_MEMBERS = 15  # the "+M more" line's tooltip names this many, then counts the rest
_NEXT_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Right)
_PREVIOUS_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Left)


def palette_colours(palette: QPalette) -> BarColours:
    """Text, muted text, lines and the selection's band in the window's theme (light, dark, high contrast)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    if muted.alpha() < 255 or abs(muted.lightness() - text.lightness()) < 60:
        muted = text
    highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
    highlight.setAlpha(80)
    return BarColours(text, muted, text, highlight, palette.color(QPalette.ColorRole.Window))


class BarItem(pg.GraphicsObject):
    """Rows painted in pixel coordinates; hover and click find the row under the mouse.

    Signals:
        bar_clicked(int): index of the bar clicked (the "+M more" line: -2).
        bar_hovered(int): index of the bar under the mouse, -2 for the "+M more" line, -1 for none.
    """

    bar_clicked = Signal(int)
    bar_hovered = Signal(int)
    MORE = -2

    def __init__(self) -> None:
        super().__init__()
        self._size = QRectF(0, 0, 100, 100)
        self.bars: list[Bar] = []
        self.more = ""
        self.threshold: float | None = None
        self.threshold_label = ""
        self.header = ""
        self.diverging = False
        self.selected: tuple[int, ...] = ()
        self.colours = BarColours.on_paper()
        self.layout: BarLayout | None = None
        self.setAcceptHoverEvents(True)

    def set_size(self, width: float, height: float) -> None:
        self.prepareGeometryChange()
        self._size = QRectF(0, 0, max(width, 1.0), max(height, 1.0))
        self.update()

    def set_content(self, bars: list[Bar], more: str, selected: tuple[int, ...]) -> None:
        self.bars, self.more, self.selected = list(bars), more, tuple(selected)
        self.layout = None
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self._size)

    def paint(self, painter: QPainter, *args) -> None:
        font = painter.font() if self.scene() is None else self.scene().font()
        self.layout = paint_bars(
            painter, self._size, self.bars, font, self.colours, self.more, self.threshold, self.threshold_label,
            self.selected, self.diverging, self.header,
        )

    def bar_at(self, point: QPointF) -> int | None:
        layout = self.layout
        if layout is None:
            return None
        if layout.more is not None and layout.more.contains(point):
            return self.MORE
        return bar_at(layout, point)

    def hoverEvent(self, event) -> None:  # pyqtgraph's hover protocol
        if event.isExit():
            self.bar_hovered.emit(-1)
            return
        index = self.bar_at(event.pos())
        self.bar_hovered.emit(-1 if index is None else index)

    def mouseClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.bar_at(event.pos())
        if index is not None:
            event.accept()
            self.bar_clicked.emit(index)


class BarView(pg.GraphicsView):
    """Scene coordinates are the widget's pixels (pyqtgraph's auto pixel range); tells the chart its size and keys."""

    resized = Signal()
    stepped = Signal(int)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _NEXT_KEYS or key in _PREVIOUS_KEYS:
            self.stepped.emit(1 if key in _NEXT_KEYS else -1)
            event.accept()
            return
        super().keyPressEvent(event)


def new_bar_view(item: BarItem, name: str) -> BarView:
    """A chart view holding ``item``, focusable, without pyqtgraph's English-only context menu."""
    view = BarView(background=None)
    view.setAccessibleName(name)
    view.setMinimumSize(96, 60)
    view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    view.setStyleSheet("QGraphicsView:focus { border: 2px solid palette(highlight); }")
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scene = view.scene()
    for action in scene.contextMenu:
        action.setParent(None)
    scene.contextMenu = []
    view.addItem(item)
    return view


class BarChart(QWidget):
    """Bars of the candidates' shares, sorted as the table, following a model and its sort proxy.

    Signals:
        candidates_clicked(list): candidate indices of the bar clicked (or reached by the arrow keys).
    """

    candidates_clicked = Signal(list)

    def __init__(self, model: CandidateTableModel, proxy: CandidateSortProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._proxy = proxy
        self._selected: set[int] = set()
        self._majority: float | None = None  # percent of valid votes, from the majority gauge
        self._majority_label = ""
        self._rows = BarRows((), (), math.nan, math.nan, 0)
        self._dirty = True
        self.item = BarItem()
        self.view = new_bar_view(self.item, self.tr("Bar chart of vote shares"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 3)
        self.side_layout = QVBoxLayout()  # the outcome statement, beside the bars as beside the pie
        self.side_layout.setSpacing(2)
        layout.addLayout(self.side_layout, 2)
        self.view.resized.connect(self._on_resized)
        self.view.stepped.connect(self.step)
        self.item.bar_clicked.connect(self._on_bar_clicked)
        self.item.bar_hovered.connect(self._on_bar_hovered)
        for signal in (model.modelReset, model.dataChanged, proxy.layoutChanged, proxy.modelReset):
            signal.connect(self._invalidate)
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)
        self._apply_palette()

    # what is shown
    @property
    def bars(self) -> list[Bar]:
        return self.item.bars

    @property
    def rows(self) -> BarRows:
        """Which candidates have a bar and what the "+M more" line stands for."""
        self._ensure()
        return self._rows

    def add_side_widget(self, widget: QWidget) -> None:
        """Show ``widget`` beside the bars (the majority gauge's text, handed over from the pie)."""
        self.side_layout.addWidget(widget)

    def set_majority(self, percent_of_valid: float | None, label: str = "") -> None:
        """The majority line, in percent of valid votes (None: no line); a party-list threshold is read from the model."""
        self._majority = percent_of_valid
        self._majority_label = label
        self._invalidate()

    def line(self) -> tuple[float | None, str]:
        decided = self._model.outcome
        if decided is not None and decided.rule.method is not None:
            if decided.rule.threshold:
                return decided.rule.threshold, self.tr("{0}% threshold").format(f"{decided.rule.threshold:g}")
            return None, ""
        if self._majority is None:
            return None, ""
        return self._majority, self._majority_label or self.tr("majority")

    def room(self) -> int:
        """How many rows (bars and the "+M more" line) fit in the chart's height."""
        return rows_that_fit(self.view.height(), self.view.font(), max(header_lines(self.item.header), 1))

    def _invalidate(self, *args) -> None:
        self._dirty = True
        if self.isVisible():
            self._refresh_soon.start()

    def _ensure(self) -> None:
        if self._dirty:
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        self.item.colours = palette_colours(self.palette())
        self.item.update()

    def _on_resized(self) -> None:
        self.item.set_size(self.view.width(), self.view.height())
        self._invalidate()

    def refresh(self) -> None:
        """Rebuild the bars from the model (the table's order, as many as fit)."""
        self._dirty = False
        model = self._model
        order = self._proxy.source_rows()
        result = model.tally
        if result is None or not len(order) or not self.has_figures():
            self._rows = BarRows((), (), math.nan, math.nan, 0)
            self.item.set_content([], "", ())
            self._describe()
            return
        self._rows, bars = self.content(self.room())
        threshold, label = self.line()
        self.item.threshold, self.item.threshold_label = threshold, label
        self.item.set_content(bars, self.more_text(), self._selected_bars(bars))
        self._describe()

    def content(self, room: int) -> tuple[BarRows, list[Bar]]:
        """The rows that get a bar in ``room`` rows, and their bars (the window's, or an export's page)."""
        model = self._model
        keep = model.keep_apart()
        if len(keep) != model.rowCount():
            keep = np.zeros(model.rowCount(), dtype=bool)
        rows = self.pick_rows(self._proxy.source_rows(), room, keep, sorted(self._selected))
        return rows, self.build_bars(rows.rows)

    def paint_page(self, painter: QPainter, bounds: QRectF, font: QFont) -> None:
        """Draw the chart as it stands on paper colours into ``bounds`` (exports): as many rows as ``font`` leaves room for."""
        self._ensure()
        if not self.has_figures() or self._model.tally is None:
            return
        room = rows_that_fit(bounds.height(), font, max(header_lines(self.item.header), 1))
        shown = self._rows
        try:
            self._rows, bars = self.content(room)
            more = self.more_text()
        finally:
            self._rows = shown
        threshold, label = self.line()
        paint_bars(painter, bounds, bars, font, BarColours.on_paper(), more, threshold, label, (), self.item.diverging, self.item.header)

    def has_figures(self) -> bool:
        return True

    def pick_rows(self, order: np.ndarray, room: int, keep: np.ndarray, pinned: list[int]) -> BarRows:
        """Which rows get a bar, and what the rest add up to (the change chart adds up changes instead)."""
        result = self._model.tally
        assert result is not None
        return bar_rows(order, result.votes, result.share, room, keep, pinned)

    def build_bars(self, rows: tuple[int, ...]) -> list[Bar]:
        """One bar per candidate row: its share as the length, share · votes (and its status) beside it."""
        model = self._model
        result = model.tally
        assert result is not None  # refresh() builds bars only for a tally
        statuses = model.statuses()
        winners = set(model.outcome.winners) if model.outcome is not None else set()
        estimated = model.shares_estimated()
        bars = []
        for row in rows:
            share = float(result.share[row])
            status = statuses[row] if row < len(statuses) else ""
            figure = self.figure_text(row)
            bars.append(Bar(isolate(model.cell(row, NAME)), figure + (f"  ({status})" if status else ""), share if share >= 0 else math.nan,
                            result.colours[row], (row,), bool(estimated[row]), row in winners))
        return bars

    def figure_text(self, row: int) -> str:
        """"26.39% · 12,234,690": the share and votes as the table shows them."""
        model = self._model
        share, votes = model.cell(row, SHARE), model.cell(row, VOTES)
        result = model.tally
        if result is None or math.isnan(float(result.share[row])):
            return self.tr("not reported")
        return f"{share} · {votes}"

    def more_text(self) -> str:
        rows = self._rows
        if not rows.more:
            return ""
        if math.isnan(rows.rest_votes):
            return self.tr("+{0} more, votes not reported").format(format_votes(rows.more))
        text = self.tr("+{0} more: {1} votes, {2} together").format(format_votes(rows.more), format_votes(rows.rest_votes), format_percent(rows.rest_share))
        if rows.rest_unknown:
            text += self.tr(" ({0} without a reported figure)").format(format_votes(rows.rest_unknown))
        return text

    def _selected_bars(self, bars: list[Bar]) -> tuple[int, ...]:
        return tuple(i for i, bar in enumerate(bars) if self._selected & set(bar.rows))

    # selection, hover, keys
    def set_selected_candidates(self, candidates: set[int]) -> None:
        """Highlight the selected candidates' bars (the table's selection); one beyond the bars gets one."""
        candidates = set(candidates)
        if candidates == self._selected:
            return
        shown = set(self._rows.rows)
        self._selected = candidates
        if candidates <= shown and not self._dirty:
            self.item.set_content(self.item.bars, self.item.more, self._selected_bars(self.item.bars))
            self._describe()
        else:
            self._invalidate()

    def describe_bar(self, index: int) -> str:
        """The hover text: name, votes, share and outcome; the "+M more" line names its largest members."""
        model = self._model
        if index == BarItem.MORE:
            return self.more_tooltip()
        if not 0 <= index < len(self.item.bars):
            return ""
        row = self.item.bars[index].rows[0]
        estimated = self.tr(" (estimated)") if model.cell(row, VOTES, DerivedRole) else ""
        lines = [model.cell(row, NAME), self.tr("{0} votes{1}, {2}").format(model.cell(row, VOTES), estimated, model.cell(row, SHARE))]
        statuses = model.statuses()
        if row < len(statuses) and statuses[row]:
            lines.append(statuses[row])
        return "\n".join(lines)

    def more_tooltip(self) -> str:
        """The "+M more" line's tooltip: what they add up to, then the first of them, one a line."""
        lines = [self.more_text()]
        lines += [self.rest_line(row) for row in self._rows.rest[:TOOLTIP_MEMBERS]]
        if self._rows.more > TOOLTIP_MEMBERS:
            lines.append(self.tr("… and {0} more").format(format_votes(self._rows.more - TOOLTIP_MEMBERS)))
        return "\n".join(lines)

    def rest_line(self, row: int) -> str:
        model = self._model
        return f"{model.cell(row, NAME)}: {model.cell(row, VOTES)}, {model.cell(row, SHARE)}"

    def _on_bar_hovered(self, index: int) -> None:
        self.item.setToolTip(plain_tooltip(self.describe_bar(index)) if index != -1 else "")

    def _on_bar_clicked(self, index: int) -> None:
        if 0 <= index < len(self.item.bars):
            self.candidates_clicked.emit(list(self.item.bars[index].rows))

    def step(self, step: int) -> None:
        """Select the next (or previous) bar's candidate, as a click on it would."""
        bars = self.item.bars
        if not bars:
            return
        chosen = self.item.selected
        current = chosen[0] if chosen else (-1 if step > 0 else 0)
        self.candidates_clicked.emit(list(bars[(current + step) % len(bars)].rows))

    def bar_for_candidate(self, candidate: int) -> int | None:
        return next((i for i, bar in enumerate(self.item.bars) if candidate in bar.rows), None)

    def _describe(self) -> None:
        """The screen reader's description: every bar's name and figures, the rest, the selection, the keys."""
        bars = self.item.bars
        parts = "; ".join(f"{bar.name}: {bar.figure}" for bar in bars)
        chosen = self.item.selected
        selected = self.tr(" Selected: {0}.").format(bars[chosen[0]].name) if chosen else ""
        more = f" {self.item.more}." if self.item.more else ""
        self.view.setAccessibleDescription(self.description(parts, more, selected))

    def description(self, bars: str, more: str, selected: str) -> str:
        return self.tr("Bars in the table's order: {0}.{1}{2} Arrow keys move between bars.").format(bars, more, selected)
