"""The map pane: places coloured by a measure, a legend with "no data" hatched, hover figures, click to drill down.

``MapController`` finds the boundaries (attached to the results file, else bundled for its
country and date), reads them off the GUI thread, joins them to the contest's places (asking
the user before a transliterated or merely similar name is joined), and keeps the map on the
document's contest and place: clicking a region sets the document's scope, as the places tree
does, so map, tree and table share one selection.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCursor, QMouseEvent, QPainter, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from electview.core.errors import LoadError
from electview.core.formatting import format_count, format_percent, format_share
from electview.core.geo import Layer, project, read_boundaries
from electview.core.geo_bundled import bundled_map
from electview.core.geo_join import Join, Proposal, how_label, join
from electview.core.geo_measures import CHANGE, LEADER, REPORTING, SHARE, TURNOUT, Colouring, RegionFigures, colour_map
from electview.core.model import Contest, ResultsDataset
from electview.core.tally import ContestTally, tally
from electview.formats.job import LoadJob
from electview.ui.chart_pane import ChartPane
from electview.ui.loading import BackgroundTask, ProgressIndicator
from electview.ui.map_report import ReportMap
from electview.ui.map_painter import MapScene, legend_columns, legend_line_height, paint_legend, paint_map
from electview.ui.text import plain_label, plain_tooltip

MEASURE_CHOICES = (LEADER, TURNOUT, SHARE, CHANGE, REPORTING)
MAP_VIEW = "map"  # the map's name among the chart pane's views
# The charts' row (pie and map) from which the map sits beside the pie until the user chooses: the
# window at 1280 px gives it ~770, room for both; at 1024 px its ~610 left the pie's legend no line.
BESIDE_MIN_WIDTH = 700
CHART_SHARE_BESIDE = 0.55  # of that row for the pie (its legend and statement), the rest for the map


def measure_label(measure: str) -> str:
    return {
        LEADER: QCoreApplication.translate("MapPane", "Leader and margin"),
        TURNOUT: QCoreApplication.translate("MapPane", "Turnout"),
        SHARE: QCoreApplication.translate("MapPane", "Share of the selected candidate"),
        CHANGE: QCoreApplication.translate("MapPane", "Change since the compared file"),
        REPORTING: QCoreApplication.translate("MapPane", "Reporting progress"),
    }[measure]


@dataclass
class MapSource:
    """Where the map's boundaries come from: a file the user attached, or the bundled one."""

    path: str
    credit: str = ""
    figures: tuple[RegionFigures, ...] = ()


class MapItem(QGraphicsObject):
    """All the features as one item, painted by :func:`paint_map` (the painter the report and export use)."""

    def __init__(self, scene: MapScene) -> None:
        super().__init__()
        self.map_scene = scene
        self.colouring: Colouring | None = None
        self.selected: int | None = None
        self.border = "#5A5A5A"

    def boundingRect(self) -> QRectF:  # noqa: N802 — Qt's name
        return self.map_scene.rect()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        paint_map(painter, self.map_scene, self.colouring, selected=self.selected, border=self.border)

    def set_colouring(self, colouring: Colouring | None, selected: int | None) -> None:
        self.colouring, self.selected = colouring, selected
        self.update()


class MapView(QGraphicsView):
    """Pan (drag) and zoom (wheel) over the map.

    Signals:
        feature_hovered(int): the feature under the pointer (-1: none).
        feature_clicked(int): a feature was clicked.
        back_requested(): a double-click outside every feature.
    """

    feature_hovered = Signal(int)
    feature_clicked = Signal(int)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Map"))
        self.item: MapItem | None = None
        self._press: QPointF | None = None

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 200)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, 40)

    def set_map(self, scene: MapScene | None) -> None:
        self.scene().clear()
        self.item = None
        if scene is not None:
            self.item = MapItem(scene)
            self.scene().addItem(self.item)
            rect = scene.rect()
            margin = max(rect.width(), rect.height()) * 0.5
            self.setSceneRect(rect.adjusted(-margin, -margin, margin, margin))
            self.fit()

    def fit(self) -> None:
        if self.item is None:
            return
        rect = self.item.map_scene.rect()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def feature_at(self, position) -> int | None:
        if self.item is None:
            return None
        return self.item.map_scene.feature_at(self.mapToScene(position))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        factor = 1.25 if event.angleDelta().y() > 0 else 0.8
        self.scale(factor, factor)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        moved = self._press is not None and (event.position() - self._press).manhattanLength() > 4
        self._press = None
        if event.button() == Qt.MouseButton.LeftButton and not moved:
            feature = self.feature_at(event.position().toPoint())
            if feature is not None:
                self.feature_clicked.emit(feature)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.feature_at(event.position().toPoint()) is None:
            self.back_requested.emit()
        else:
            super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        feature = self.feature_at(event.position().toPoint())
        self.feature_hovered.emit(-1 if feature is None else feature)


class MapLegend(QWidget):
    """The classes of the measure shown, "no data" hatched last (drawn by :func:`paint_legend`): in columns side
    by side when the pane is too short for one (a short window cut Colorado's legend after 7 of its 11 lines)."""

    COLUMN = 170  # px per column
    MAX_COLUMNS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colouring: Colouring | None = None
        self.setFixedWidth(self.COLUMN)
        self.setAccessibleName(self.tr("Map legend"))

    def set_colouring(self, colouring: Colouring | None) -> None:
        self.colouring = colouring
        # Painted in what room there is: the whole legend is in its tooltip and accessible description.
        self.setToolTip(plain_tooltip("\n".join(f"{c.group} {c.label}".strip() for c in colouring.classes)) if colouring else "")
        text = "; ".join(f"{c.group} {c.label}".strip() for c in colouring.classes) if colouring else ""
        self.setAccessibleDescription(text)
        self._fit_columns()
        self.update()

    def columns(self) -> int:
        """How many columns the legend takes at this height."""
        per_column = max(int((self.height() - 4) // legend_line_height(self.fontMetrics())), 1)
        return min(len(legend_columns(self.colouring, per_column)), self.MAX_COLUMNS)

    def _fit_columns(self) -> None:
        self.setFixedWidth(self.COLUMN * self.columns())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_columns()  # a new width changes no height: no loop

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        colour = self.palette().color(QPalette.ColorRole.WindowText).name()
        paint_legend(painter, self.colouring, QPointF(2, 2), colour, self.width() - 4, self.height() - 4)


class ProposalsDialog(QDialog):
    """Names that agree only transliterated, or are merely similar: the user ticks the pairs to join."""

    def __init__(self, joined: Join, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join these places to the map?"))
        self.list = QListWidget()
        self.proposals = list(joined.proposals)
        for proposal in self.proposals:
            place = str(joined.units.names[proposal.unit])
            feature = joined.layer.names[proposal.feature] or joined.layer.ids[proposal.feature]
            item = QListWidgetItem(self.tr("{0} → {1} ({2}, {3:.0%} alike)").format(place, feature, how_label(proposal.how), proposal.score))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("These names match only after transliteration or by likeness. Tick the pairs that are the same place."), word_wrap=True))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[Proposal]:
        return [p for i, p in enumerate(self.proposals) if self.list.item(i).checkState() == Qt.CheckState.Checked]

    @classmethod
    def ask(cls, joined: Join, parent: QWidget | None = None) -> list[Proposal]:
        dialog = cls(joined, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []


class UnmatchedDialog(QDialog):
    """Places without a feature and features without a place, side by side; pick one of each to join them."""

    def __init__(self, joined: Join, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Places and map regions not joined"))
        self.joined = joined
        self.pairs: list[tuple[int, int]] = []
        self.places = QListWidget()
        self.places.setAccessibleName(self.tr("Places without a map region"))
        self.features = QListWidget()
        self.features.setAccessibleName(self.tr("Map regions without a place"))
        for unit in joined.unmatched_units:
            item = QListWidgetItem(str(joined.units.names[unit]))
            item.setData(Qt.ItemDataRole.UserRole, unit)
            self.places.addItem(item)
        for feature in joined.unmatched_features:
            item = QListWidgetItem(f"{joined.layer.names[feature]} ({joined.layer.ids[feature]})")
            item.setData(Qt.ItemDataRole.UserRole, feature)
            self.features.addItem(item)
        for view in (self.places, self.features):
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        join_button = QPushButton(self.tr("Join"))
        join_button.clicked.connect(self._join_selected)
        lists = QHBoxLayout()
        for title, view in ((self.tr("Places without a map region ({0})").format(self.places.count()), self.places),
                            (self.tr("Map regions without a place ({0})").format(self.features.count()), self.features)):  # fmt: skip
            column = QVBoxLayout()
            column.addWidget(plain_label(title))
            column.addWidget(view)
            lists.addLayout(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(joined.describe(), word_wrap=True))
        layout.addLayout(lists)
        layout.addWidget(join_button)
        layout.addWidget(buttons)

    def _join_selected(self) -> None:
        place, feature = self.places.currentItem(), self.features.currentItem()
        if place is None or feature is None:
            return
        self.pairs.append((int(feature.data(Qt.ItemDataRole.UserRole)), int(place.data(Qt.ItemDataRole.UserRole))))
        self.places.takeItem(self.places.row(place))
        self.features.takeItem(self.features.row(feature))

    @classmethod
    def ask(cls, joined: Join, parent: QWidget | None = None) -> list[tuple[int, int]]:
        dialog = cls(joined, parent)
        return dialog.pairs if dialog.exec() == QDialog.DialogCode.Accepted else []


class MapPane(QWidget):
    """The map with the legend beside it, notes and credit below; its measure chooser and breadcrumb
    (:attr:`controls`) go in the title row of the chart pane that shows it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure = QComboBox()
        self.measure.setAccessibleName(self.tr("Map measure"))
        for measure in MEASURE_CHOICES:
            self.measure.addItem(measure_label(measure), measure)
        self.up_button = QPushButton(self.tr("↑ Whole contest"))
        self.up_button.setAccessibleName(self.tr("Back to the whole contest"))
        self.place_label = plain_label()
        self.view = MapView()
        self.legend = MapLegend()
        # While the boundaries are read: what and how far (the reader's fraction), and Cancel.
        self.loading = ProgressIndicator()
        self.loading.bar.setAccessibleName(self.tr("Reading boundaries"))
        self.loading.row.addStretch(1)  # Cancel at its own width, not the pane's
        self.notes_label = plain_label()  # one line each, elided, the whole text in the tooltip
        self.notes_label.setAccessibleDescription(self.tr("Map notes"))
        self.credit_label = plain_label()
        for label in (self.notes_label, self.credit_label):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 0.85)
            label.setFont(font)
        # Ru/kk measure names are long: the closed box shows about 18 letters, the list all of each.
        self.measure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.measure.setMinimumContentsLength(18)
        self.controls = QWidget()
        top = QHBoxLayout(self.controls)
        top.setContentsMargins(8, 0, 8, 0)
        top.addWidget(self.measure)
        top.addWidget(self.up_button)
        top.addWidget(self.place_label, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 1)
        middle.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.loading)
        layout.addLayout(middle, 1)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.credit_label)


def _load_layer(path: str, job: LoadJob) -> Layer:
    """The boundaries, read on the worker thread: how far it is goes to ``job``; once cancelled it stops at the next report."""

    def step(fraction: float) -> None:
        job.check(path)
        job.advance(fraction)

    return read_boundaries(path, progress=step)


class MapController(QObject):
    """Keeps the map pane on the document: boundaries, join, measure, selection.

    Signals:
        place_requested(int): the user clicked a feature joined to this unit (-1: back to the whole contest).
        map_changed(): a new colouring is on screen.
        placement_changed(): the map moved between the chart pane's tab and its own pane beside it.
    """

    place_requested = Signal(int)
    map_changed = Signal()
    placement_changed = Signal()  # the map moved between the chart pane's tab and its own pane

    def __init__(self, document, settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.pane = MapPane()
        self.source: MapSource | None = None
        self.layer: Layer | None = None
        self.joined: Join | None = None
        self.scene: MapScene | None = None
        self.colouring: Colouring | None = None
        self.compared: Callable[[], ResultsDataset | None] = lambda: None  # the compared dataset, set by the window
        self._tallies: dict[int, ContestTally] = {}
        self._joined_for: Contest | None = None
        self._task: BackgroundTask | None = None
        self._user_pairs: dict[str, list[tuple[int, int]]] = {}
        self._extra_notes: tuple[str, ...] = ()  # beyond the colouring's own: places not on the map
        self._splitter: QSplitter | None = None  # place_beside: the pie's pane and the map's own
        self._beside = False
        self._has_map = False  # the open file has boundaries (bundled or attached)
        self.beside_action: QAction | None = None  # add_view_actions: View ▸ Map Beside the Chart
        self.export_actions: list[QAction] = []  # Export ▸ Map as PNG… / SVG… (add_exports)
        self.attach_action = QAction(self.tr("Attach &Boundaries…"), self)
        self.attach_action.triggered.connect(self.choose_boundaries)
        self.unmatched_action = QAction(self.tr("Map Regions Not &Joined…"), self)
        self.unmatched_action.triggered.connect(self.show_unmatched)
        self.unmatched_action.setEnabled(False)
        self.selected_candidates: Callable[[], list[int]] = lambda: []
        self.pane.measure.currentIndexChanged.connect(lambda _index: self.recolour())
        self.pane.up_button.clicked.connect(lambda: self.place_requested.emit(-1))
        self.pane.view.back_requested.connect(self._on_back)
        self.pane.view.feature_clicked.connect(self._on_feature_clicked)
        self.pane.view.feature_hovered.connect(self._on_hover)
        self.pane.loading.cancel_requested.connect(self.cancel_loading)
        document.dataset_changed.connect(self._on_dataset_changed)
        document.view_changed.connect(self._on_view_changed)
        self._show_message(self.tr("No boundaries for this file: File → Attach Boundaries…"))

    # placing the pane
    def place_beside(self, charts: ChartPane) -> QWidget:
        """Put the map in the chart pane as one of its views, or beside it in a pane of its own in a
        splitter (the user's choice, remembered)."""
        self._charts = charts
        self.beside_pane = ChartPane()  # the map's own titled pane while it sits beside the chart (hidden otherwise)
        self.beside_pane.hide()
        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setObjectName("chartMapSplitter")
        self._splitter.addWidget(charts)
        self._splitter.addWidget(self.beside_pane)
        self._splitter.installEventFilter(self)
        self._set_beside(bool(self.settings.map_beside_chart()))
        return self._splitter

    def _place_by_file(self, has_map: bool) -> None:
        """Until the user chooses, the map sits beside the pie when the file has boundaries and the
        charts' row is wide enough for both (so the sample opens on its turnout map next to the
        shares), and waits in a tab otherwise: a pane saying "no boundaries", or a map squeezing
        the pie's legend to "+6 more", would only take the pie's room."""
        self._has_map = has_map
        if self.settings.map_beside_chart() is not None or self._splitter is None:
            return
        beside = has_map and self._splitter.width() >= BESIDE_MIN_WIDTH
        if beside == self._beside:
            return
        self._set_beside(beside)
        if self.beside_action is not None:
            self.beside_action.blockSignals(True)  # the window's placement, not the user's choice: not stored
            self.beside_action.setChecked(beside)
            self.beside_action.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt's name
        if watched is self._splitter and event.type() == QEvent.Type.Resize:
            self._place_by_file(self._has_map)  # the window grew or shrank: the placement follows, until the user chooses
        return False

    def _set_beside(self, beside: bool) -> None:
        leaving, joining = (self._charts, self.beside_pane) if beside else (self.beside_pane, self._charts)
        leaving.take_view(MAP_VIEW)
        if not joining.has_view(MAP_VIEW):
            joining.add_view(MAP_VIEW, self.tr("Map"), self.pane, corner=self.pane.controls)
        joined_now = beside and not self._beside
        self._beside = beside
        self.beside_pane.setVisible(beside)  # the pane stacks show and hide the map themselves: a show() here drew it over the pie
        self.placement_changed.emit()
        if joined_now and self._splitter is not None:  # after showing it: a hidden pane's size is not set
            width = self._splitter.width()
            self._splitter.setSizes([round(width * CHART_SHARE_BESIDE), width - round(width * CHART_SHARE_BESIDE)])

    def set_beside(self, beside: bool) -> None:
        self.settings.set_map_beside_chart(beside)
        self._set_beside(beside)
        if self.beside_action is not None:
            self.beside_action.setChecked(beside)

    def show_map(self) -> None:
        """Bring the map into view (the chart pane's view, when it is one)."""
        self._charts.set_current(MAP_VIEW)

    def add_view_actions(self, menu) -> None:
        menu.addSeparator()
        self.beside_action = menu.addAction(self.tr("Map Beside the Chart"))
        self.beside_action.setCheckable(True)
        self.beside_action.setChecked(self._beside)
        self.beside_action.toggled.connect(self.set_beside)
        menu.addAction(self.unmatched_action)

    def on_candidates_selected(self) -> None:
        if self.measure() in (SHARE, CHANGE):
            self.recolour()

    # boundaries
    def choose_boundaries(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.pane, self.tr("Attach boundaries"), os.path.dirname(self.document.path), self.tr("Boundaries (*.json *.geojson *.topojson *.shp);;All files (*)")
        )
        if path:
            self.attach(path)

    def attach(self, path: str) -> None:
        """Use the boundary file at ``path`` for the open results file (remembered for it)."""
        if self.document.path:
            self.settings.set_attached_boundaries(self.document.path, path)
        self._place_by_file(True)
        self._load(MapSource(path, "", self._bundled_figures()))

    def _bundled_figures(self) -> tuple[RegionFigures, ...]:
        dataset = self.document.dataset
        found = bundled_map(dataset) if dataset is not None else None
        return found.figures if found is not None else ()

    def _on_dataset_changed(self) -> None:
        dataset = self.document.dataset
        self._tallies.clear()
        self._stop_task()  # boundaries still being read for the file before: never draw them on this one
        if dataset is None:
            self._place_by_file(False)
            self._set_source(None, None)
            return
        attached = self.settings.attached_boundaries(self.document.path) if self.document.path else ""
        found = bundled_map(dataset)
        self._place_by_file(bool(attached and os.path.isfile(attached)) or found is not None)
        if attached and os.path.isfile(attached):
            self._load(MapSource(attached, "", self._bundled_figures()))
            return
        if found is None:
            self._set_source(None, None)
            return
        if self.source is not None and self.source.path == str(found.path) and self.layer is not None:
            self.source = MapSource(str(found.path), found.credit, found.figures)
            self._joined_for = None
            self._on_view_changed()
            return
        self._load(MapSource(str(found.path), found.credit, found.figures))

    def _load(self, source: MapSource) -> None:
        """Read the boundaries on a worker thread, the pane busy with a Cancel meanwhile; the map appears when they are in."""
        self._stop_task()
        self._show_message(self.tr("Reading boundaries…"))
        task = BackgroundTask(lambda job: _load_layer(source.path, job), self)
        self._task = task
        task.finished.connect(lambda layer: self._on_loaded(task, source, layer))
        task.failed.connect(lambda error: self._on_failed(task, error))
        task.progress_changed.connect(lambda fraction: self._on_progress(task, source, fraction))
        self.pane.loading.begin(self._reading(source, 0.0))
        self.pane.loading.setToolTip(plain_tooltip(source.path))
        task.start()

    def _reading(self, source: MapSource, fraction: float) -> str:
        return self.tr("Reading boundaries from {0}… {1}%").format(os.path.basename(source.path), int(fraction * 100))

    def _on_progress(self, task: BackgroundTask, source: MapSource, fraction: float) -> None:
        if self._task is not task:
            return  # a cancelled read's last report
        self.pane.loading.set_progress(fraction)
        self.pane.loading.label.setText(self._reading(source, fraction))

    def _stop_task(self) -> None:
        """Forget the boundaries being read: a result that comes later is dropped (``_on_loaded`` checks the task)."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.pane.loading.hide()

    def cancel_loading(self) -> None:
        """The pane's Cancel: stop waiting for the boundaries; a map already on screen stays."""
        if self._task is None:
            return
        self._stop_task()
        if self.layer is not None:
            self.recolour()  # its notes again, for "Reading boundaries…"
        else:
            self._show_message(self.tr("Reading the boundaries was cancelled: no map. File → Attach Boundaries… to read them again."))

    def wait(self) -> None:
        """Block until boundaries being read are in (tests and screenshots)."""
        from PySide6.QtWidgets import QApplication

        while self._task is not None:
            self._task.wait()
            QApplication.processEvents()

    def _on_loaded(self, task: BackgroundTask, source: MapSource, layer: Layer) -> None:
        if self._task is not task:
            return
        self._stop_task()
        self._set_source(source, layer)

    def _on_failed(self, task: BackgroundTask, error: LoadError) -> None:
        if self._task is not task:
            return  # cancelled, or another file's: not this map's failure
        self._stop_task()
        self._set_source(None, None)
        self._show_message(self.tr("Could not read the boundaries: {0}").format(error.message))

    def _set_source(self, source: MapSource | None, layer: Layer | None) -> None:
        self.source, self.layer = source, layer
        self._joined_for = None
        self.joined = None
        self.scene = None
        if layer is None:
            self.pane.view.set_map(None)
            self.colouring = None
            self.pane.legend.set_colouring(None)
            self._show_message(self.tr("No boundaries for this file: File → Attach Boundaries…"))
            return
        self._on_view_changed()

    def _show_message(self, text: str) -> None:
        self.pane.notes_label.setText(text)
        self.pane.credit_label.setText("")

    # joining and colouring
    def _rejoin(self, contest: Contest) -> None:
        assert self.layer is not None
        joined = join(self.layer, contest.units)
        if joined.proposals:
            chosen = ProposalsDialog.ask(joined, self.pane.window())
            joined = joined.accept(chosen) if chosen else joined
        pairs = self._user_pairs.get(self.document.path, [])
        if pairs:
            joined = joined.with_pairs(pairs)
        area = joined.area()
        joined = joined.restricted(area)
        self.joined = replace(joined, layer=project(joined.layer))
        self.scene = MapScene(self.joined.layer)
        self.pane.view.set_map(self.scene)
        self._tallies = {}
        self._joined_for = contest
        if not self.joined.matched and self.source is not None and self.source.figures and self.measure() == LEADER:
            self.pane.measure.blockSignals(True)  # no results by region: show what was reported for the regions
            self.set_measure(self.source.figures[0].measure)
            self.pane.measure.blockSignals(False)
        self.unmatched_action.setEnabled(True)

    def show_unmatched(self) -> None:
        if self.joined is None or self.layer is None or self._joined_for is None:
            return
        full = join(self.layer, self._joined_for.units)
        pairs = UnmatchedDialog.ask(full, self.pane.window())
        if pairs:
            self._user_pairs.setdefault(self.document.path, []).extend(pairs)
            self._rejoin(self._joined_for)
            self.recolour()

    def _on_view_changed(self) -> None:
        contest = self.document.contest
        if self.layer is None or contest is None:
            return
        if contest is not self._joined_for:
            self._rejoin(contest)
        self.recolour()

    def measure(self) -> str:
        return str(self.pane.measure.currentData())

    def set_measure(self, measure: str) -> None:
        self.pane.measure.setCurrentIndex(MEASURE_CHOICES.index(measure.partition(":")[0]))

    def _selected_candidate(self) -> str:
        result = self.document.tally
        selected = self.selected_candidates()
        if result is not None and selected:
            return result.candidates[selected[0]].name
        return ""

    def recolour(self) -> None:
        contest, joined = self._joined_for, self.joined
        if contest is None or joined is None or self.scene is None:
            return
        dataset = self.document.dataset
        if not self._tallies:
            self._tallies = {f: tally(contest, u, None, dataset.party_colours) for f, u, _ in joined.matched}
        measure = self.measure()
        if measure in (SHARE, CHANGE) and (name := self._selected_candidate()):
            measure = f"{measure}:{name}"
        compared = self.compared()
        old_contest = None
        if compared is not None:
            names = [c.name for c in compared.contests]
            old_contest = compared.contests[names.index(contest.name)] if contest.name in names else compared.contests[0]
        figures = self.source.figures[0] if self.source and self.source.figures else None
        try:
            colouring = colour_map(measure, contest, joined, tallies=self._tallies, party_colours=dataset.party_colours, compared=old_contest, figures=figures)
        except KeyError:
            colouring = None
        self.colouring = colouring
        selected = joined.feature_of(self.document.scope) if self.document.scope is not None else None
        if self.pane.view.item is not None:
            self.pane.view.item.border = self.pane.palette().color(QPalette.ColorRole.Mid).name()
            self.pane.view.item.set_colouring(colouring, selected)
        self.pane.legend.set_colouring(colouring)
        self._extra_notes = ()
        if joined.unmatched_units and len(joined.candidates) > 1 or (joined.matched and joined.unmatched_units):
            self._extra_notes = (self.tr("{0} places are not on the map (Map Regions Not Joined…).").format(len(joined.unmatched_units)),)
        notes = [colouring.title + "."] + list(colouring.notes) if colouring else []
        self.pane.notes_label.setText(" ".join(notes + list(self._extra_notes)))
        self.pane.credit_label.setText(self.source.credit if self.source else "")
        self.pane.up_button.setEnabled(self.document.scope is not None)
        self.pane.place_label.setText(self.document.scope_name())
        self.map_changed.emit()

    # interaction
    def _unit_of(self, feature: int) -> int:
        return int(self.joined.unit_of[feature]) if self.joined is not None else -1

    def _on_feature_clicked(self, feature: int) -> None:
        unit = self._unit_of(feature)
        if unit >= 0:
            self.place_requested.emit(unit)

    def _on_back(self) -> None:
        contest, scope = self.document.contest, self.document.scope
        if contest is None or scope is None:
            return
        parent = int(contest.units.parents[scope])
        self.place_requested.emit(parent if parent >= 0 and contest.units.parents[parent] >= 0 else -1)

    def tooltip_for(self, feature: int) -> str:
        """The region's name and figures, as the table shows them at that place."""
        if self.joined is None:
            return ""
        layer = self.joined.layer
        unit = self._unit_of(feature)
        name = str(self.joined.units.names[unit]) if unit >= 0 else (layer.names[feature] or layer.ids[feature])
        lines = [name]
        result = self._tallies.get(feature)
        if result is not None:
            for index in result.order_shown()[:3]:
                mark = "≈ " if result.votes_estimated[index] else ""
                derived = self.tr(" (derived)") if result.share_derived[index] else ""
                lines.append(f"{result.candidates[index].name}: {mark}{format_count(result.votes[index])} · {format_share(result.share[index])}{derived}")
            if result.turnout_percent.known:
                derived = self.tr(" (derived)") if result.turnout_percent.derived else ""
                lines.append(self.tr("Turnout: {0}").format(format_share(result.turnout_percent.value)) + derived)
            if result.units_total is not None:
                lines.append(self.tr("Reporting: {0} of {1}").format(format_count(result.units_reporting), format_count(result.units_total)))
        colouring = self.colouring
        if colouring is not None and colouring.elsewhere[feature] and self.source is not None and self.source.figures:
            figures = self.source.figures[0]
            lines.append(
                self.tr("{0}: {1} (reported, {2}; {3})").format(
                    figures.title, format_percent(float(colouring.values[feature])), QCoreApplication.translate("geo", figures.status) if figures.status else "", figures.citation(layer.ids[feature])
                )
            )
        if result is None and (colouring is None or not colouring.elsewhere[feature]):
            lines.append(self.tr("no data"))
        return "\n".join(lines)

    def _on_hover(self, feature: int) -> None:
        view = self.pane.view
        if feature < 0:
            QToolTip.hideText()
            view.setToolTip("")
            return
        text = plain_tooltip(self.tooltip_for(feature))
        view.setToolTip(text)
        QToolTip.showText(QCursor.pos(), text, view)

    def report_maps(self, results: Sequence[ContestTally]) -> dict[int, ReportMap]:
        """The maps for the printed report, by index in ``results``: the contest the map shows as on screen (its
        measure, the joins the user confirmed, its place outlined); every other contest on the same boundaries
        as ``electview report --with-map`` draws it (:func:`~electview.ui.map_report.contest_maps`); none where
        there is no map.

        Boundaries still being read are waited for: a printout has the map or not by the file, not by how fast
        the worker thread was."""
        self.wait()
        dataset = self.document.dataset
        if self.scene is None or self.colouring is None or self.joined is None or self.source is None or dataset is None:
            return {}
        from electview.ui.map_report import contest_maps

        others = [(index, result) for index, result in enumerate(results) if result.contest is not self._joined_for]
        drawn = contest_maps(dataset, [result for _, result in others], self.source.path, layer=self.layer, credit=self.source.credit)
        maps = {index: drawn[order] for order, (index, _) in enumerate(others)}
        for index, result in enumerate(results):
            if result.contest is self._joined_for:
                selected = self.joined.feature_of(result.scope) if result.scope is not None else None
                maps[index] = ReportMap(self.scene, self.colouring, self.source.credit, selected, self._extra_notes)
        return dict(sorted(maps.items()))

    def add_exports(self, printing) -> None:
        """Export ▸ Map as PNG… / Map as SVG… (the figure ``electview map`` writes), enabled while there is a map."""
        self.export_actions = [
            printing.add_exporter("map-png", self.tr("Map as P&NG…"), self.tr("PNG image (*.png)"), ".map.png", lambda path: self.export_figure(path, "png")),
            printing.add_exporter("map-svg", self.tr("Map as S&VG…"), self.tr("SVG image (*.svg)"), ".map.svg", lambda path: self.export_figure(path, "svg")),
        ]
        self._enable_exports()
        self.map_changed.connect(self._enable_exports)
        self.document.dataset_changed.connect(self._enable_exports)

    def _enable_exports(self) -> None:
        for action in self.export_actions:
            action.setEnabled(self.scene is not None and self.colouring is not None)

    def export_figure(self, path: str, kind: str, size: tuple[int, int] = (1000, 700)) -> None:
        """Write the map on screen as a figure: heading, map, legend, notes, credit (raises OSError)."""
        from electview.core.atomic import write_bytes_atomic
        from electview.ui.map_report import map_figure_bytes

        contest, dataset = self.document.contest, self.document.dataset
        if self.scene is None or self.colouring is None or contest is None or dataset is None:
            return
        heading = f"{dataset.election.title} — {contest.name}\n{self.colouring.title}"
        notes = " ".join((*self.colouring.notes, *self._extra_notes))
        credit = self.source.credit if self.source is not None else ""
        data = map_figure_bytes(kind, size, self.scene, self.colouring, heading, notes, credit)
        if not data:
            raise OSError(f"could not encode the map as {kind.upper()}")
        write_bytes_atomic(path, data)

    def feature_of_unit(self, unit: int) -> int | None:
        return self.joined.feature_of(unit) if self.joined is not None else None
