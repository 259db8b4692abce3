"""The count over time: each leading candidate's share across the live history's stored versions, as pyqtgraph lines.

The figures come through :class:`CountSeriesModel` (versions × candidates, built from
``core.bars.count_series``), which the chart reads. The version on screen is marked by a
vertical line; a click on a point replays its version (what the History slider asks for) and
selects its candidate in the table; the table's selection draws its lines thicker. Lines go to
the :data:`LINES` largest latest shares and the selection; the rest are counted under the plot.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from electview.core.bars import PIE_MAX_SLICES, CountSeries
from electview.ui.text import format_percent, format_votes, plain_label, plain_tooltip

LINES = PIE_MAX_SLICES  # lines drawn; as many as the pie tells apart, for the same reasons
EXPORT_SIZE = QSize(960, 540)  # as the other chart exports
ValueRole = Qt.ItemDataRole.UserRole + 1  # the share as a float (NaN: the version lacks it)


def counted_text(series: CountSeries, row: int) -> str:
    """Version ``row``'s valid votes counted, "≈ 8,970,588" where electview derived them (as the table's total says)."""
    text = format_votes(float(series.counted[row]))
    return f"≈ {text}" if series.counted_derived is not None and series.counted_derived[row] else text


class CountSeriesModel(QAbstractTableModel):
    """One row per stored version (oldest first), one column per candidate of the latest version: the share."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._series: CountSeries | None = None

    @property
    def series(self) -> CountSeries | None:
        return self._series

    def set_series(self, series: CountSeries | None) -> None:
        self.beginResetModel()
        self._series = series
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._series is None else len(self._series)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._series is None else len(self._series.ids)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        series = self._series
        if series is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(series.names):
            return series.names[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(series):
            return series.labels[section]
        return None

    def share(self, row: int, column: int) -> float:
        assert self._series is not None
        return float(self._series.share[row, column])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._series is None:
            return None
        value = self.share(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return format_percent(value)
        if role == ValueRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.describe(index.row(), index.column()))
        return None

    def _votes(self, row: int, column: int) -> str:
        """The votes as the table gives them: "≈ 1,614,706" where electview estimated them from the share."""
        series = self._series
        assert series is not None
        text = format_votes(float(series.votes[row, column]))
        return f"≈ {text}" if series.estimated is not None and series.estimated[row, column] else text

    def describe(self, row: int, column: int) -> str:
        """"Kassym-Jomart Tokayev, version 2 (…): 68.00%, 4,148,000 votes; 6,100,000 valid votes counted; 12 of 20 units"."""
        series = self._series
        assert series is not None
        lines = [
            self.tr("{0}, {1}").format(series.names[column], series.labels[row]),
            self.tr("{0}, {1} votes").format(format_percent(self.share(row, column)), self._votes(row, column))
            if math.isfinite(self.share(row, column))
            else self.tr("not in this version"),
        ]
        if math.isfinite(float(series.counted[row])):
            lines.append(self.tr("{0} valid votes counted").format(counted_text(series, row)))
        reporting, total = float(series.reporting[row]), float(series.units_total[row])
        if math.isfinite(reporting):
            lines.append(
                self.tr("{0} of {1} units reporting").format(format_votes(reporting), format_votes(total))
                if math.isfinite(total)
                else self.tr("{0} units reporting").format(format_votes(reporting))
            )
        return "\n".join(lines)


class CountHistoryChart(QWidget):
    """Lines of the shares version by version over :class:`CountSeriesModel`.

    Signals:
        version_clicked(int): a point was clicked: replay that version (an index into the history).
        candidate_clicked(str): the id of the clicked point's candidate.
    """

    version_clicked = Signal(int)
    candidate_clicked = Signal(str)

    def __init__(self, model: CountSeriesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._current: int | None = None
        self._selected: set[str] = set()
        self.columns: list[int] = []  # the series' columns drawn, in the legend's order
        self.points: list[pg.ScatterPlotItem] = []
        self.curves: list[pg.PlotCurveItem] = []
        self._tip_from: pg.ScatterPlotItem | None = None
        self._on_paper = False  # drawing for an export: dark on white, whatever the theme
        self.plot = pg.PlotWidget(background=None)
        self.plot.setMenuEnabled(False)
        scene = self.plot.scene()
        for action in scene.contextMenu:  # pyqtgraph's English-only "Export..." (File → Export has the chart)
            action.setParent(None)
        scene.contextMenu = []
        self.plot.setAccessibleName(self.tr("Count over time: each candidate's share by version"))
        self.plot.setMinimumSize(96, 60)
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot.setStyleSheet("QGraphicsView:focus { border: 2px solid palette(highlight); }")
        self.plot.installEventFilter(self)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.setLabel("bottom", self.tr("version"))
        item.setLabel("left", self.tr("share, %"))
        self.marker = pg.InfiniteLine(angle=90, movable=False)
        self.notes = plain_label()
        self.status = plain_label(word_wrap=True)  # reading the stored versions, or why some have no points
        self.status.hide()
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.status)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.notes)
        model.modelReset.connect(self.refresh)
        self.refresh()

    @property
    def current(self) -> int | None:
        return self._current

    def set_current(self, index: int | None) -> None:
        """Mark version ``index`` (the one replayed, or the latest) with a vertical line."""
        self._current = index
        self._place_marker()

    def set_selected_ids(self, ids: set[str]) -> None:
        if ids != self._selected:
            self._selected = set(ids)
            self.refresh()

    def set_status(self, text: str) -> None:
        """Say ``text`` above the lines (the versions being read, or why some have no points); "" says nothing."""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.refresh()  # the accessible description says it too

    def _colours(self) -> tuple[QColor, QColor]:
        if self._on_paper:
            return QColor("#1A1A1A"), QColor("white")
        palette = self.palette()
        return palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)

    def export(self, path: str, title: str) -> None:
        """Write the chart to ``path`` (SVG for .svg, else PNG) in paper colours under ``title``, whatever the theme."""
        from electview.ui.plot_export import export_plot

        item = self.plot.getPlotItem()
        if not self.plot.isVisible():
            self.plot.resize(EXPORT_SIZE)  # never shown yet: give the exporter a page's proportions
        self._on_paper = True
        try:
            self.refresh()
            item.setTitle(title, color="#1A1A1A")
            export_plot(self.plot, path)
        finally:
            self._on_paper = False
            item.setTitle(None)
            self.refresh()

    def refresh(self) -> None:
        """Draw the lines again from the model."""
        item = self.plot.getPlotItem()
        item.clear()
        self.points, self.curves, self.columns, self._tip_from = [], [], [], None
        series = self._model.series
        text, background = self._colours()
        for axis in ("left", "bottom"):
            item.getAxis(axis).setPen(text)
            item.getAxis(axis).setTextPen(text)
        status = self.status.text()
        empty = series is None or not len(series)
        self.plot.setVisible(not empty)  # no axes of nothing while the versions are read: the words in their place
        self._layout.setStretchFactor(self.status, 1 if empty else 0)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter if empty else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if series is None or empty:
            self.notes.setText("")
            self.notes.hide()
            self.plot.setAccessibleDescription(status)
            return
        chosen = series.leaders(LINES)
        chosen += [c for c, candidate_id in enumerate(series.ids) if candidate_id in self._selected and c not in chosen]
        x = np.arange(1, len(series) + 1, dtype=float)
        for column in chosen:
            colour = QColor(series.colours[column])
            selected = series.ids[column] in self._selected
            values = series.share[:, column]
            curve = pg.PlotCurveItem(x, values, pen=pg.mkPen(colour, width=4 if selected else 2), connect="finite")
            known = np.isfinite(values)
            points = pg.ScatterPlotItem(
                x[known], values[known], size=11 if selected else 8, brush=pg.mkBrush(colour), pen=pg.mkPen(background, width=1),
                hoverable=True, tip=None, data=[(column, int(v)) for v in np.flatnonzero(known)],
            )
            points.sigClicked.connect(self._on_clicked)
            points.sigHovered.connect(self._on_hovered)
            item.addItem(curve)
            item.addItem(points)
            self.curves.append(curve)
            self.points.append(points)
            self.columns.append(column)
        item.getAxis("bottom").setTicks([[(float(v), str(v)) for v in range(1, len(series) + 1)]])
        item.setXRange(0.7, len(series) + 0.3, padding=0)
        drawn = series.share[:, chosen]
        top = float(np.nanmax(drawn)) if np.isfinite(drawn).any() else 100.0
        item.setYRange(0.0, max(top * 1.08, 1.0), padding=0)  # shares from zero: a line's height is its share
        self.marker.setPen(pg.mkPen(text, width=1, style=Qt.PenStyle.DashLine))
        item.addItem(self.marker, ignoreBounds=True)
        self._place_marker()
        rest = len(series.ids) - len(chosen)
        notes = [self.tr("+{0} more candidates not drawn (their shares are in the table)").format(format_votes(rest))] if rest > 0 else []
        notes += self.progress(series)
        self.notes.setText(" · ".join(notes))
        self.notes.setVisible(bool(notes))
        said = [status] if status else []
        self.plot.setAccessibleDescription(" ".join(said + [self.description(series, chosen)]) + "".join(f" {note}." for note in notes))

    def _place_marker(self) -> None:
        series = self._model.series
        if series is None or not len(series):
            return
        current = self._current if self._current is not None and 0 <= self._current < len(series) else len(series) - 1
        self.marker.setValue(current + 1)

    def progress(self, series: CountSeries) -> list[str]:
        """How the count went from the first version to the last: valid votes counted, units reporting (where known)."""
        notes = []
        counted = np.flatnonzero(np.isfinite(series.counted))
        if len(counted) >= 2:
            first, last = int(counted[0]), int(counted[-1])
            notes.append(self.tr("valid votes counted {0} → {1}").format(counted_text(series, first), counted_text(series, last)))
        known = np.flatnonzero(np.isfinite(series.reporting))
        if len(known) >= 2:
            first, last = int(known[0]), int(known[-1])

            def units(row: int) -> str:
                total = float(series.units_total[row])
                reporting = format_votes(float(series.reporting[row]))
                return self.tr("{0} of {1}").format(reporting, format_votes(total)) if math.isfinite(total) else reporting

            notes.append(self.tr("units reporting {0} → {1}").format(units(first), units(last)))
        return notes

    def description(self, series: CountSeries, chosen: list[int]) -> str:
        last = len(series) - 1
        parts = "; ".join(f"{series.names[c]}: {format_percent(float(series.share[0, c]))} → {format_percent(float(series.share[last, c]))}" for c in chosen)
        return self.tr("Shares from version 1 to {0}: {1}. Click a point to replay its version; the left and right arrow keys replay the one before or after.").format(len(series), parts)

    def point_at(self, points: list) -> tuple[int, int] | None:
        """(column, version) of the first of ``points`` (pyqtgraph's spots)."""
        if not len(points):
            return None
        column, version = points[0].data()
        return int(column), int(version)

    def _on_hovered(self, item, points, event) -> None:
        found = self.point_at(points)
        box = self.plot.getPlotItem().getViewBox()
        if found is not None:
            box.setToolTip(plain_tooltip(self._model.describe(found[1], found[0])))
            self._tip_from = item
        elif self._tip_from is item:  # every line hears the mouse leave its points: only the one that set the tip clears it
            box.setToolTip("")
            self._tip_from = None

    def _on_clicked(self, item, points, event) -> None:
        found = self.point_at(points)
        series = self._model.series
        if found is None or series is None:
            return
        column, version = found
        self.version_clicked.emit(version)  # first: replaying may give the table new rows, then the candidate is selected in them
        self.candidate_clicked.emit(series.ids[column])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 — Qt's name
        """Left / Right on the plot replay the version before / after the one marked, as the History slider would."""
        if watched is self.plot and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            series = self._model.series
            if series is not None and len(series):
                current = self._current if self._current is not None else len(series) - 1
                target = current + (1 if event.key() == Qt.Key.Key_Right else -1)
                if 0 <= target < len(series):
                    self.version_clicked.emit(target)
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.refresh()  # axes and the marker in the theme's colours
