"""The flagged stations of the Integrity window as a table model: a thin adapter over core.integrity.StationRow."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from electview.core.integrity import StationRow, reason_text
from electview.ui.text import format_percent, format_votes

#: Raw value of a cell (number, or text for names and reasons), as the sort uses it.
SortRole = Qt.ItemDataRole.UserRole + 1
#: The station's index into the contest's units (for opening it).
UnitRole = Qt.ItemDataRole.UserRole + 2

HEADERS: tuple[str, ...] = tuple(
    str(header)
    for header in (
        QT_TRANSLATE_NOOP("FlaggedStationsModel", "Station"),
        QT_TRANSLATE_NOOP("FlaggedStationsModel", "Registered"),
        QT_TRANSLATE_NOOP("FlaggedStationsModel", "Ballots"),
        QT_TRANSLATE_NOOP("FlaggedStationsModel", "Turnout %"),
        QT_TRANSLATE_NOOP("FlaggedStationsModel", "Leader's share %"),
        QT_TRANSLATE_NOOP("FlaggedStationsModel", "Reasons"),
    )
)
NUMERIC = (1, 2, 3, 4)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def reasons_text(reasons: Sequence[str]) -> str:
    """The reasons a station is flagged, in the interface language."""
    return "; ".join(reason_text(reason) for reason in reasons)


class FlaggedStationsModel(QAbstractTableModel):
    """One row per flagged station: its name with the places above it, registered voters, ballots, the derived
    turnout and leader's share, and why it is flagged. Sorted through a QSortFilterProxyModel on :data:`SortRole`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: Sequence[StationRow] = ()

    def set_rows(self, rows: Sequence[StationRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("FlaggedStationsModel", HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return (Qt.SortOrder.DescendingOrder if section in NUMERIC else Qt.SortOrder.AscendingOrder).value
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == SortRole:
            return (row.name, row.registered, row.ballots, row.turnout, row.leader_share, reasons_text(row.reasons))[column]
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case 0:
                    return row.name
                case 1:
                    return format_votes(row.registered)
                case 2:
                    return format_votes(row.ballots)
                case 3:
                    return format_percent(row.turnout, 2)
                case 4:
                    return format_percent(row.leader_share, 2)
                case _:
                    return reasons_text(row.reasons)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 4):
            return QCoreApplication.translate("FlaggedStationsModel", "derived by electview from the station's figures")
        if role == UnitRole:
            return row.unit
        return None
