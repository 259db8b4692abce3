"""View → Parliament Chart…: a contest's seats as a hemicycle, with the majority line and a coalition builder.

Seats are dots on concentric arcs, filled left to right party by party in the table's
colours. Clicking a party's seat (or ticking it in the list) adds it to the coalition: the
coalition's seats move to the left end, so whether they reach past the majority line shows
at a glance, and the line under the chart says how many seats it has and still needs.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QMenu, QVBoxLayout, QWidget

from electview.core.model import ResultsDataset
from electview.core.outcomes import TIED_SEATS_COLOUR, Parliament, district_parliament, parliament
from electview.core.terminal import isolate
from electview.ui.text import format_votes, plain_label

INNER_RADIUS = 0.4  # of the outer arc's: the well in the middle, as parliament diagrams leave it
NO_PARTY = -1  # in :attr:`HemicycleChart.seat_party`: a seat tied between parties, the law decides
FADED_ALPHA = 60  # seats outside the coalition, once there is one


def _rows_for(total: int) -> tuple[np.ndarray, float]:
    """Radii of the arcs and the spacing between seats: the fewest arcs whose seats, spaced as the arcs are, hold ``total``."""
    rows = 1
    while True:
        radii = np.linspace(INNER_RADIUS, 1.0, rows) if rows > 1 else np.array([1.0])
        spacing = (1.0 - INNER_RADIUS) / (rows - 1) if rows > 1 else 1.0 - INNER_RADIUS
        if int(np.sum(np.floor(math.pi * radii / spacing) + 1)) >= total:
            return radii, spacing
        rows += 1


def seat_positions(total: int) -> tuple[np.ndarray, np.ndarray, float]:
    """(x, y) of ``total`` seats on a half disc of radius 1, left to right, their angles, and the dot spacing.

    Each arc takes seats in proportion to its length (largest remainders, so the count is
    exact); seats are then ordered by angle from the left end, so consecutive seats of one
    party form a wedge through all the arcs, as in a parliament's own diagrams.
    """
    if total <= 0:
        return np.zeros((0, 2)), np.zeros(0), 1.0
    radii, spacing = _rows_for(total)
    share = radii / radii.sum() * total
    counts = np.floor(share).astype(int)
    for row in np.argsort(-(share - counts), kind="stable")[: total - int(counts.sum())]:
        counts[row] += 1
    angles, rings = [], []
    for radius, count in zip(radii.tolist(), counts.tolist(), strict=True):
        if count == 0:
            continue
        row_angles = np.linspace(math.pi, 0.0, count) if count > 1 else np.array([math.pi / 2])
        angles.append(row_angles)
        rings.append(np.full(count, radius))
    angle, ring = np.concatenate(angles), np.concatenate(rings)
    order = np.lexsort((ring, -angle))  # left (π) to right (0); inner arc first where angles meet
    angle, ring = angle[order], ring[order]
    return np.column_stack([ring * np.cos(angle), ring * np.sin(angle)]), angle, spacing


class HemicycleChart(QWidget):
    """The hemicycle for one :class:`Parliament` and the coalition chosen on it.

    Signals:
        coalition_changed(): the parties in the coalition changed.
    """

    coalition_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parliament: Parliament | None = None
        self._coalition: list[int] = []  # party indices, in the order they joined
        self.seat_party = np.zeros(0, dtype=np.int64)  # per seat, left to right: its party, or NO_PARTY
        self.positions = np.zeros((0, 2))
        self.majority_angle: float | None = None
        self.view = pg.GraphicsView(background=None)
        self.view.setAccessibleName(self.tr("Parliament chart"))
        self.view.setMinimumSize(320, 200)
        self.view_box = pg.ViewBox(lockAspect=True, enableMouse=False, enableMenu=False)
        self.view.setCentralItem(self.view_box)
        scene = self.view.scene()
        for action in scene.contextMenu:  # pyqtgraph's English-only "Export..." (as on the pie)
            action.setParent(None)
        scene.contextMenu = []
        self.seats_item = pg.ScatterPlotItem(pxMode=False, hoverable=True)
        self.seats_item.sigClicked.connect(self._on_seats_clicked)
        self.view_box.addItem(self.seats_item)
        self.majority_line = pg.PlotCurveItem(pen=pg.mkPen("#333333", width=2, style=Qt.PenStyle.DashLine))
        self.view_box.addItem(self.majority_line)
        self.majority_text = pg.TextItem(color="#333333", anchor=(0.5, 1.0))
        self.view_box.addItem(self.majority_text)
        self.centre_text = pg.TextItem(color="#222222", anchor=(0.5, 1.0))
        self.view_box.addItem(self.centre_text)
        self.parties = QListWidget()
        self.parties.setAccessibleName(self.tr("Parties: tick to add to the coalition"))
        self.parties.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.parties.itemChanged.connect(self._on_item_changed)
        self.summary = plain_label(word_wrap=True)
        self.summary.setAccessibleDescription(self.tr("Coalition"))
        side = QVBoxLayout()
        side.addWidget(self.parties, 1)
        side.addWidget(self.summary)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 3)
        layout.addLayout(side, 2)

    # the coalition
    @property
    def coalition(self) -> tuple[int, ...]:
        return tuple(self._coalition)

    def toggle_party(self, index: int) -> None:
        """Add party ``index`` to the coalition, or take it out if it is in."""
        if self.parliament is None or not 0 <= index < len(self.parliament.parties):
            return
        members = [i for i in self._coalition if i != index]
        if len(members) == len(self._coalition):
            members.append(index)
        self.set_coalition(members)

    def set_coalition(self, members) -> None:
        count = len(self.parliament.parties) if self.parliament else 0
        members = list(dict.fromkeys(i for i in members if 0 <= i < count))
        if members == self._coalition:
            return
        self._coalition = members
        self._redraw()
        self.coalition_changed.emit()

    def coalition_text(self) -> str:
        house = self.parliament
        if house is None:
            return ""
        if not self._coalition:
            return self.tr("Click parties (or tick them) to build a coalition: {0} seats are a majority of {1}.").format(
                house.majority, house.total_seats
            )
        names = " + ".join(isolate(house.parties[i]) for i in self._coalition)
        seats = house.coalition_seats(self._coalition)
        short = house.seats_short(self._coalition)
        if short:
            return self.tr("{0}: {1} seats, {2} short of a majority of {3}.").format(names, seats, short, house.majority)
        return self.tr("{0}: {1} seats, a majority ({2} of {3} needed).").format(names, seats, house.majority, house.total_seats)

    # showing
    def set_parliament(self, house: Parliament | None) -> None:
        """Show ``house``; the coalition is kept when the parties are the same (a live update), else cleared."""
        same = self.parliament is not None and house is not None and self.parliament.parties == house.parties
        self.parliament = house
        if not same:
            self._coalition = []
        self.parties.blockSignals(True)
        self.parties.clear()
        parties = zip(house.parties, house.seats, house.colours, strict=True) if house else ()
        for name, seats, colour in parties:
            item = QListWidgetItem(f"{isolate(name)}  {format_votes(seats)}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(colour))
            self.parties.addItem(item)
        apart = [(house.tied_seats, self.tr("Tied, for the law to decide  {0}")), (house.undecided_seats, self.tr("Not decided yet  {0}"))] if house else []
        for count, text in apart:
            if count:
                item = QListWidgetItem(text.format(count))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setData(Qt.ItemDataRole.DecorationRole, QColor(TIED_SEATS_COLOUR))
                self.parties.addItem(item)
        self.parties.blockSignals(False)
        self._redraw()
        if not same:
            self.coalition_changed.emit()

    def _seat_order(self) -> list[int]:
        house = self.parliament
        assert house is not None
        others = [i for i in range(len(house.parties)) if i not in self._coalition]
        order: list[int] = []
        for party in [*self._coalition, *others]:
            order += [party] * house.seats[party]
        return order + [NO_PARTY] * (house.tied_seats + house.undecided_seats)

    def _redraw(self) -> None:
        house = self.parliament
        self.parties.blockSignals(True)
        for index in range(len(house.parties) if house else 0):
            state = Qt.CheckState.Checked if index in self._coalition else Qt.CheckState.Unchecked
            self.parties.item(index).setCheckState(state)
        self.parties.blockSignals(False)
        self.summary.setText(self.coalition_text())
        if house is None or house.total_seats <= 0:
            self.seat_party = np.zeros(0, dtype=np.int64)
            self.positions = np.zeros((0, 2))
            self.seats_item.setData([])
            self.majority_line.setData([], [])
            self.majority_text.setText("")
            self.centre_text.setText("")
            self.majority_angle = None
            return
        self.positions, angles, spacing = seat_positions(house.total_seats)
        self.seat_party = np.array(self._seat_order(), dtype=np.int64)
        brushes = []
        for party in self.seat_party.tolist():
            colour = QColor(TIED_SEATS_COLOUR if party == NO_PARTY else house.colours[party])
            if self._coalition and party not in self._coalition:
                colour.setAlpha(FADED_ALPHA)
            brushes.append(pg.mkBrush(colour))
        self.seats_item.setData(
            pos=self.positions, size=spacing * 0.8, brush=brushes, pen=pg.mkPen(None), data=list(range(house.total_seats))
        )
        # The majority line runs between the majority-th seat and the next, counted from the left.
        majority = house.majority
        if majority < house.total_seats:
            self.majority_angle = float((angles[majority - 1] + angles[majority]) / 2)
        else:
            self.majority_angle = float(angles[-1])
        reach = (INNER_RADIUS - spacing * 0.6, 1.0 + spacing * 0.6)
        xs = [r * math.cos(self.majority_angle) for r in reach]
        ys = [r * math.sin(self.majority_angle) for r in reach]
        self.majority_line.setData(xs, ys)
        self.majority_text.setText(self.tr("majority {0}").format(majority))
        self.majority_text.setPos(xs[1], ys[1])
        self.centre_text.setText(self.tr("{0} seats").format(house.total_seats))
        self.centre_text.setPos(0.0, 0.0)
        # Room for the outer dots' halves and the majority label above the arc.
        edge = 1.0 + spacing * 0.6
        self.view_box.setRange(xRange=(-edge, edge), yRange=(-spacing * 0.6, edge + 0.15), padding=0)

    def seat_scene_position(self, seat: int) -> QPointF:
        """Where seat ``seat`` is drawn, in the view's widget coordinates (to click it in a test)."""
        x, y = self.positions[seat]
        return self.view.mapFromScene(self.view_box.mapViewToScene(QPointF(float(x), float(y)))).toPointF()

    def _on_seats_clicked(self, _item, points, _event=None) -> None:
        if not len(points):
            return
        party = int(self.seat_party[int(points[0].data())])
        if party != NO_PARTY:
            self.toggle_party(party)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        index = self.parties.row(item)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked != (index in self._coalition):
            self.toggle_party(index)


class ParliamentWindow(QWidget):
    """One window per main window, following the document's contest and place."""

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._document = document
        self.setWindowTitle(self.tr("Parliament Chart"))
        self.resize(900, 520)
        self.heading = plain_label(word_wrap=True)
        self.chart = HemicycleChart()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.chart, 1)
        for key in (QKeySequence(Qt.Key.Key_Escape), QKeySequence(QKeySequence.StandardKey.Close)):
            QShortcut(key, self, self.close)
        document.view_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        house = parliament_on_screen(self._document)
        self.chart.set_parliament(house)
        if house is None:
            self.heading.setText(self.tr("The contest on screen allocates no seats."))
            return
        result, dataset = self._document.tally, self._document.dataset
        # A party-list contest's own seats, or the whole file's constituencies together.
        title = result.contest.name if parliament(result, house.final) is not None else dataset.election.title
        state = self.tr("elected") if house.final else self.tr("projected within the ballots counted")
        self.heading.setText(f"{title}: {house.rule} · {state}")


# The file's constituencies decided one by one: worked out once per dataset, not on every drill-down.
_district_cache: tuple[ResultsDataset, Parliament | None] | None = None


def _districts(dataset: ResultsDataset) -> Parliament | None:
    global _district_cache
    if _district_cache is None or _district_cache[0] is not dataset:
        _district_cache = (dataset, district_parliament(dataset))
    return _district_cache[1]


def parliament_on_screen(document) -> Parliament | None:
    """The contest's party-list seats; else, in a file of single-member constituencies, the seats won across them."""
    result = document.tally
    dataset = document.dataset
    if result is None or dataset is None:
        return None
    return parliament(result, dataset.election.status.is_final) or _districts(dataset)


class ParliamentController(QObject):
    """View → Parliament Chart…, enabled when the contest on screen has seats."""

    def __init__(self, window: QMainWindow, document, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self.parliament_window: ParliamentWindow | None = None
        self.action = QAction(self.tr("&Parliament Chart…"), window)
        self.action.setStatusTip(self.tr("The seats as a parliament, with the majority line and a coalition builder"))
        self.action.triggered.connect(self.show_parliament)
        menu.addAction(self.action)
        document.view_changed.connect(self._update_action)
        self._update_action()

    def _update_action(self) -> None:
        has_seats = parliament_on_screen(self._document) is not None
        self.action.setEnabled(has_seats)
        self.action.setToolTip("" if has_seats else self.tr("The contest on screen allocates no seats"))

    def show_parliament(self) -> ParliamentWindow:
        if self.parliament_window is None:
            self.parliament_window = ParliamentWindow(self._document, self._window)
        self.parliament_window.show()
        self.parliament_window.activateWindow()
        return self.parliament_window
