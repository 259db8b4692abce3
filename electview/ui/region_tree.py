"""The region tree: the reporting-unit hierarchy (country → region → district → precinct) as a lazy Qt model.

Children are found through index arrays computed once with numpy, so a file with a million
precincts builds no Python object per unit; the view asks only for what it shows.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from electview.core.model import UnitTable
from electview.ui.text import plain_tooltip

#: The unit's index in the UnitTable.
UnitRole = Qt.ItemDataRole.UserRole + 10
HEADERS = (QT_TRANSLATE_NOOP("RegionTreeModel", "Place"),)


class RegionTreeModel(QAbstractItemModel):
    """Tree over a UnitTable. ``internalId`` is the unit index + 1 (0 is the invisible root)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._set_units(None)

    def _set_units(self, units: UnitTable | None) -> None:
        self._units = units
        if units is None or len(units) == 0:
            self._order = np.zeros(0, np.int64)
            self._start = np.zeros(1, np.int64)
            self._count = np.zeros(1, np.int64)
            self._row = np.zeros(0, np.int64)
            return
        # Group children by parent: slot 0 holds the top-level units (parent -1).
        slots = units.parents.astype(np.int64) + 1
        self._order = np.argsort(slots, kind="stable")
        self._count = np.bincount(slots, minlength=len(units) + 1)
        self._start = np.concatenate(([0], np.cumsum(self._count)[:-1]))
        self._row = np.empty(len(units), np.int64)
        self._row[self._order] = np.arange(len(units)) - self._start[slots[self._order]]

    def set_units(self, units: UnitTable | None) -> None:
        self.beginResetModel()
        self._set_units(units)
        self.endResetModel()

    @property
    def units(self) -> UnitTable | None:
        return self._units

    def _slot(self, parent: QModelIndex | QPersistentModelIndex) -> int:
        return int(parent.internalId()) if parent.isValid() else 0

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if self._units is None or not (0 <= column < len(HEADERS)):
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        slot = self._slot(parent)
        if not 0 <= row < self._count[slot]:
            return QModelIndex()
        unit = int(self._order[self._start[slot] + row])
        return self.createIndex(row, column, unit + 1)

    def parent(self, child: QModelIndex | QPersistentModelIndex = QModelIndex()):  # noqa: B008
        if not child.isValid() or self._units is None:
            return QModelIndex()
        unit = int(child.internalId()) - 1
        parent_unit = int(self._units.parents[unit])
        if parent_unit < 0:
            return QModelIndex()
        return self.createIndex(int(self._row[parent_unit]), 0, parent_unit + 1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if self._units is None or (parent.isValid() and parent.column() != 0):
            return 0
        return int(self._count[self._slot(parent)])

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("RegionTreeModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._units is None:
            return None
        unit = int(index.internalId()) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self._units.names[unit])
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = str(self._units.kinds[unit])
            return plain_tooltip(f"{self._units.names[unit]} ({kind})" if kind else str(self._units.names[unit]))
        if role == UnitRole:
            return unit
        return None

    def index_of_unit(self, unit: int) -> QModelIndex:
        if self._units is None or not 0 <= unit < len(self._units):
            return QModelIndex()
        return self.createIndex(int(self._row[unit]), 0, unit + 1)


class RegionTree(QTreeView):
    """Picking a place scopes the table, pie and header to it.

    Signals:
        scope_requested(int): the unit index picked, -1 for the whole contest.
    """

    scope_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree_model = RegionTreeModel(self)
        self.setModel(self.tree_model)
        self.setAccessibleName(self.tr("Places"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)  # keeps huge trees fast
        self.setAlternatingRowColors(True)
        self.setHeaderHidden(True)
        self.selectionModel().currentChanged.connect(self._on_current_changed)

    def set_units(self, units: UnitTable | None, scope: int | None) -> None:
        self.tree_model.set_units(units)
        self.expandToDepth(0)
        self.show_scope(scope)

    def show_scope(self, scope: int | None) -> None:
        index = self.tree_model.index_of_unit(scope) if scope is not None else QModelIndex()
        self.selectionModel().blockSignals(True)
        self.selectionModel().setCurrentIndex(
            index, self.selectionModel().SelectionFlag.ClearAndSelect | self.selectionModel().SelectionFlag.Rows
        )
        self.selectionModel().blockSignals(False)
        if index.isValid():
            self.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        unit = current.data(UnitRole) if current.isValid() else None
        self.scope_requested.emit(-1 if unit is None else int(unit))
