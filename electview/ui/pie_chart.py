"""The live pie chart: a pyqtgraph item drawn from the candidate table model, with a legend.

The chart reads the *source* model (never the sort proxy), so sorting the table never
changes the slices' order or colours. It redraws on every model change; when only the
figures change (``dataChanged``, e.g. a live update) the slices glide to their new sizes.
"""

from __future__ import annotations

import functools

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPointF, QRectF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QIcon, QPainter, QPicture, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from electview.core.audit import pie_scale
from electview.core.terminal import isolate
from electview.ui.candidate_model import NAME, SHARE, VOTES, CandidateTableModel, ColourRole, DerivedRole
from electview.ui.pie_painter import PieSlice, build_slices, paint_pie, paint_swatch, paint_threshold, slice_at
from electview.ui.text import breakable, format_percent, format_votes, plain_label, plain_tooltip, shortened

# Item coordinates: a 200-unit square (QPicture keeps integer precision for some records,
# so unit-sized geometry would lose the slices' shape).
_BOUNDS = QRectF(-100.0, -100.0, 200.0, 200.0)
ANIMATION_MS = 450  # slices glide from one count to the next this fast
# An "Other" slice can stand for thousands of candidates: its tooltip names this many (the
# largest) and counts the rest, so it fits on a screen and costs nothing to build.
TOOLTIP_MEMBERS = 15


def _same_values(first: list[float], second: list[float]) -> bool:
    """Equal, NaN (not reported) matching NaN."""
    return len(first) == len(second) and bool(np.array_equal(first, second, equal_nan=True))


class PieItem(pg.GraphicsObject):
    """Slices painted once into a cached QPicture; hover and click find the slice under the mouse.

    Signals:
        slice_clicked(int): index of the slice clicked.
        slice_hovered(int): index of the slice under the mouse, -1 when none.
    """

    slice_clicked = Signal(int)
    slice_hovered = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self._slices: list[PieSlice] = []
        self._lifted: tuple[int, ...] = ()
        self._threshold: float | None = None
        self._picture: QPicture | None = None
        self.setAcceptHoverEvents(True)

    @property
    def slices(self) -> list[PieSlice]:
        return self._slices

    @property
    def lifted(self) -> tuple[int, ...]:
        return self._lifted

    def set_slices(self, slices: list[PieSlice], lifted: tuple[int, ...] = ()) -> None:
        self._slices = list(slices)
        self._lifted = tuple(lifted)
        self._invalidate()

    def set_lifted(self, lifted: tuple[int, ...]) -> None:
        if tuple(lifted) != self._lifted:
            self._lifted = tuple(lifted)
            self._invalidate()

    @property
    def threshold(self) -> float | None:
        return self._threshold

    def set_threshold(self, fraction: float | None) -> None:
        """Draw the majority line ``fraction`` of the way round (None: no line)."""
        if fraction != self._threshold:
            self._threshold = fraction
            self._invalidate()

    def _invalidate(self) -> None:
        self._picture = None
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(_BOUNDS)

    def paint(self, painter: QPainter, *args) -> None:
        if self._picture is None:
            self._picture = QPicture()
            picture_painter = QPainter(self._picture)
            paint_pie(picture_painter, _BOUNDS, self._slices, self._lifted)
            if self._threshold is not None and self._slices:
                paint_threshold(picture_painter, _BOUNDS, self._threshold)
            picture_painter.end()
        painter.drawPicture(0, 0, self._picture)

    def slice_at(self, point: QPointF) -> int | None:
        return slice_at(_BOUNDS, self._slices, point)

    def hoverEvent(self, event) -> None:  # pyqtgraph's hover protocol
        if event.isExit():
            self.setToolTip("")
            self.slice_hovered.emit(-1)
            return
        index = self.slice_at(event.pos())
        self.slice_hovered.emit(-1 if index is None else index)

    def mouseClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.slice_at(event.pos())
        if index is not None:
            event.accept()
            self.slice_clicked.emit(index)


@functools.lru_cache(maxsize=256)
def _swatch(colour: str, index: int) -> QIcon:
    """The legend key of slice ``index`` (cached: a drill-down reorders the slices, not the colours)."""
    pixmap = QPixmap(14, 14)
    painter = QPainter(pixmap)
    paint_swatch(painter, QRectF(0, 0, 14, 14), colour, index)
    painter.end()
    return QIcon(pixmap)


class PieChart(QWidget):
    """The chart and its legend, following a :class:`CandidateTableModel`.

    Signals:
        candidates_clicked(list): candidate indices of the slice clicked ("Other" has several).
    """

    candidates_clicked = Signal(list)

    def __init__(self, model: CandidateTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._selected: set[int] = set()
        self._target: list[PieSlice] = []  # the slices for the model's figures (what the chart settles on)
        self._values: list[float] = []  # per candidate, the model's share
        self._looks: tuple = ()  # labels, colours and hatching: what must stay the same to glide
        self._drawn_values: list[float] = []  # per candidate, the share drawn now
        self._from_values: list[float] = []
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setDuration(ANIMATION_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.animation.valueChanged.connect(self._on_animation_step)
        self.animation.finished.connect(lambda: self._draw(self._values))
        self.item = PieItem()
        self.view = pg.GraphicsView(background=None)
        self.view.setAccessibleName(self.tr("Pie chart of vote shares"))
        self.view.setMinimumSize(96, 96)  # in a short window the table's rows come first
        self.view_box = pg.ViewBox(lockAspect=True, enableMouse=False, invertY=True, enableMenu=False)
        self.view_box.addItem(self.item)
        self.view_box.setRange(xRange=(-102, 102), yRange=(-102, 102), padding=0)
        self.view.setCentralItem(self.view_box)
        # pyqtgraph's own right-click "Export..." is English-only and duplicates File → Export.
        scene = self.view.scene()
        for action in scene.contextMenu:
            action.setParent(None)
        scene.contextMenu = []
        self.legend = QListWidget()
        self.legend.setAccessibleName(self.tr("Pie chart legend"))
        self.legend.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.legend.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.legend.setFrameShape(QListWidget.Shape.NoFrame)
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("QListWidget { background: transparent; }")
        # No scroll bar beside a few lines: the entries that don't fit are counted below instead.
        self.legend.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.legend.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # One entry (its name may wrap to two lines): in a short window the table's rows come first.
        self._least_legend_height = 2 * self.legend.fontMetrics().lineSpacing() + 6
        self.legend.setMinimumHeight(self._least_legend_height)
        self.legend_more = plain_label()  # "+N more": never an entry cut off without a word
        self.legend_more.setAccessibleDescription(self.tr("Legend entries not shown"))
        self.legend_more.hide()
        self.legend.viewport().installEventFilter(self)
        # Reported shares that don't sum to 100 (the sample's 100.17%) can't each be their own part of
        # the circle: the slices are shares of their sum, and this line says so under the pie.
        self.scale_note = plain_label()  # one line, elided with its whole text in the tooltip: never taller
        note_font = self.scale_note.font()
        note_font.setItalic(True)
        note_font.setPointSizeF(note_font.pointSizeF() * 0.9)
        self.scale_note.setFont(note_font)
        self.scale_note.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        chart_column = QVBoxLayout()
        chart_column.setSpacing(0)
        chart_column.addWidget(self.view, 1)
        chart_column.addWidget(self.scale_note)
        layout.addLayout(chart_column, 3)
        self.side_layout = QVBoxLayout()
        self.side_layout.setSpacing(2)
        self.side_layout.addWidget(self.legend, 1)
        self.side_layout.addWidget(self.legend_more)
        layout.addLayout(self.side_layout, 2)
        self.item.slice_clicked.connect(self._on_slice_clicked)
        self.item.slice_hovered.connect(self._on_slice_hovered)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._on_model_changed)
        model.dataChanged.connect(self._on_data_changed)
        self._on_model_changed()

    @property
    def slices(self) -> list[PieSlice]:
        """The slices for the model's current figures (the drawn ones may still be gliding there)."""
        return self._target

    def add_side_widget(self, widget: QWidget) -> None:
        """Show ``widget`` beside the chart, under the legend (e.g. the majority gauge's text)."""
        self.side_layout.addWidget(widget)

    def _on_model_changed(self, *args) -> None:
        self._show(glide=False)

    def _on_data_changed(self, *args) -> None:
        self._show(glide=True)

    def _show(self, glide: bool) -> None:
        model = self._model
        # Whole columns from the model, not a data() call per cell: a national contest has
        # thousands of candidates and every drill-down brings new figures for all of them.
        shares = model.shares()
        values = np.where(shares >= 0, shares, np.nan).tolist()  # below 0 or NaN: unknown
        looks = (
            model.names(),
            model.colours(),
            # Slices are sized by share: hatch those whose share electview computed.
            tuple(model.shares_estimated().tolist()),
            model.statuses(),  # who won: never folded into "Other", and said in the legend
        )
        if glide and looks == self._looks and _same_values(values, self._values):
            return  # nothing the chart shows changed (e.g. a highlight in the table)
        glide = (
            glide
            and looks[0] == self._looks[0]
            and len(self._drawn_values) == len(values)
            and np.array_equal(np.isnan(self._drawn_values), np.isnan(values))
        )
        self._values, self._looks = values, looks
        self._target = self._build(values)
        self._fill_legend(self._target)
        self._say_scale(values)
        self.animation.stop()
        if glide:
            self._from_values = list(self._drawn_values)
            self.animation.start()
        else:
            self._draw(values)

    def _build(self, values: list[float]) -> list[PieSlice]:
        labels, colours, estimated, _ = self._looks
        slices = build_slices(labels, values, colours, estimated, other_label=self.tr("Other"), keep=self._model.keep_apart())
        if slices and slices[-1].is_group:
            last = slices[-1]
            slices[-1] = PieSlice(self.tr("Other ({0} candidates)").format(len(last.rows)), last.value, last.colour, last.rows, last.estimated)
        return slices

    def _draw(self, values: list[float]) -> None:
        self._drawn_values = list(values)
        slices = self._target if values is self._values else self._build(values)
        self.item.set_slices(slices, self._lift_for(self._selected, slices))

    def _on_animation_step(self, progress: float) -> None:
        if len(self._from_values) == len(self._values):
            start, end = np.asarray(self._from_values), np.asarray(self._values)
            self._draw((start + (end - start) * progress).tolist())

    def _fill_legend(self, slices: list[PieSlice]) -> None:
        """Entries updated in place when their number stays (no flicker on a live update)."""
        if self.legend.count() != len(slices):
            self.legend.clear()
            for _ in slices:
                self.legend.addItem(QListWidgetItem())
        for row, piece in enumerate(slices):
            item = self.legend.item(row)
            status = "" if piece.is_group else self._status(piece.rows[0])
            marked = f"  ({status})" if status else ""  # who won, beside the name; the share stays last
            text = f"{isolate(breakable(shortened(piece.label)))}{marked}  {format_percent(self._slice_share(piece))}"
            if item.text() != text:
                item.setText(text)
            if item.data(ColourRole) != piece.colour:
                item.setIcon(_swatch(piece.colour, row))
                item.setData(ColourRole, piece.colour)
            item.setToolTip(plain_tooltip(self._describe(piece)))
        QTimer.singleShot(0, self, self._count_hidden_entries)  # once the new texts have their heights

    def _say_scale(self, values: list[float]) -> None:
        """Under the pie, when the shares it draws don't sum to 100 beyond rounding: what each slice is then."""
        total = pie_scale(values)
        if total is None or not self._target:
            self.scale_note.hide()
            self.scale_note.setToolTip("")
            self.view.setMinimumSize(96, 96)
            return
        # The note's line comes out of the pie's own least height: in a short window the table keeps its rows.
        self.view.setMinimumSize(96, 96 - self.scale_note.sizeHint().height())
        self.scale_note.setText(self.tr("The shares sum to {0}: each slice is its share of that sum.").format(format_percent(total)))
        largest = self._target[0]
        share = self._slice_share(largest)
        self.scale_note.setToolTip(
            plain_tooltip(
                self.tr("{0}: {1} of valid votes, drawn as {2} of the circle.").format(
                    largest.label, format_percent(share), format_percent(share / total * 100.0)
                )
            )
        )
        self.scale_note.show()

    def hidden_entries(self) -> list[int]:
        """Rows of the legend left out because they don't fit whole (a short window)."""
        return [row for row in range(self.legend.count()) if self.legend.isRowHidden(row)]

    def _count_hidden_entries(self, *args) -> None:
        """Show the entries that fit whole, in order; the rest are counted: "+N more", named in its tooltip."""
        legend = self.legend
        for row in range(legend.count()):
            legend.setRowHidden(row, False)
        legend.doItemsLayout()  # every entry at its wrapped height, from the top
        legend.scrollToTop()
        # At least the first entry (the leader) whole, however narrow the column: beside the map the
        # column is ~150 px and the leader's entry wraps to three lines, which the two-line minimum
        # cut to "+6 more" and no entry at all; the statement under it gives up a sentence instead.
        if legend.count():
            first = legend.visualItemRect(legend.item(0)).height() + 2 * legend.frameWidth() + 6
            wanted = max(self._least_legend_height, min(first, 4 * legend.fontMetrics().lineSpacing() + 6))
            if legend.minimumHeight() != wanted:
                legend.setMinimumHeight(wanted)
        room, fits = legend.viewport().height(), True
        for row in range(legend.count()):
            fits = fits and legend.visualItemRect(legend.item(row)).bottom() < room
            legend.setRowHidden(row, not fits)
        hidden = self.hidden_entries()
        if hidden:
            self.legend_more.setText(self.tr("+{0} more").format(len(hidden)))
            self.legend_more.setToolTip(plain_tooltip("\n".join(legend.item(row).text() for row in hidden)))
        self.legend_more.setVisible(bool(hidden))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if watched is self.legend.viewport() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._count_hidden_entries)
        return False

    def _status(self, row: int) -> str:
        statuses = self._looks[3] if len(self._looks) > 3 else ()
        return statuses[row] if row < len(statuses) else ""

    def _slice_share(self, piece: PieSlice) -> float:
        values = self._values
        return sum(values[r] for r in piece.rows)

    def _describe(self, piece: PieSlice) -> str:
        """Name, votes and share: the hover text for a slice ("Other": its largest members, then how many more)."""
        model = self._model
        lines = []
        for row in piece.rows[:TOOLTIP_MEMBERS]:
            name, votes, share = model.cell(row, NAME), model.cell(row, VOTES), model.cell(row, SHARE)
            derived = self.tr(" (estimated)") if model.cell(row, VOTES, DerivedRole) else ""
            lines.append(self.tr("{0}: {1} votes{2}, {3}").format(name, votes, derived, share))
        if len(piece.rows) > TOOLTIP_MEMBERS:
            lines.append(self.tr("… and {0} more").format(format_votes(len(piece.rows) - TOOLTIP_MEMBERS)))
        if piece.is_group:
            votes = model.sort_keys(VOTES)[list(piece.rows)]
            total_votes = sum(np.maximum(votes, 0.0).tolist())
            lines.insert(0, self.tr("{0}: {1} votes{2}, {3}").format(piece.label, format_votes(total_votes), "", format_percent(self._slice_share(piece))))
        return "\n".join(lines)

    def _on_slice_hovered(self, index: int) -> None:
        text = self._describe(self.item.slices[index]) if 0 <= index < len(self.item.slices) else ""
        self.item.setToolTip(plain_tooltip(text))

    def _on_slice_clicked(self, index: int) -> None:
        self.candidates_clicked.emit(list(self.item.slices[index].rows))

    @staticmethod
    def _lift_for(candidates: set[int], slices: list[PieSlice]) -> tuple[int, ...]:
        return tuple(i for i, piece in enumerate(slices) if candidates & set(piece.rows))

    def set_selected_candidates(self, candidates: set[int]) -> None:
        """Lift the slices of the selected candidates (the table's selection)."""
        self._selected = set(candidates)
        self.item.set_lifted(self._lift_for(self._selected, self.item.slices))

    def slice_for_candidate(self, candidate: int) -> int | None:
        for index, piece in enumerate(self._target):
            if candidate in piece.rows:
                return index
        return None
