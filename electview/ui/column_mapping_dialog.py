"""Ask which column holds what when a spreadsheet's columns can't be worked out (the window's ``--columns``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from electview.core.model import ResultsDataset
from electview.formats import load_file
from electview.formats.spreadsheet import ColumnsNeeded

# (role, label, required) in the order the form shows them.
ROLES = (
    ("name", "Candidate or party names", True),
    ("votes", "Votes", False),
    ("share", "Share (%)", False),
    ("party", "Party", False),
    ("region", "Place (region, district…)", False),
    ("contest", "Contest", False),
)
NONE = -1


class ColumnMappingDialog(QDialog):
    """A combo box per role over the file's columns, a preview of its first rows, OK once names and votes or shares are set."""

    def __init__(self, headers: list[str], preview: list[list[str]], found: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Choose the columns")
        self.headers = headers
        intro = QLabel("electview could not tell which columns hold the results. Choose them below.")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for role, label, required in ROLES:
            combo = QComboBox()
            combo.addItem("(required)" if required else "(none)", NONE)
            for index, header in enumerate(headers):
                combo.addItem(f"{index + 1}: {header}" if header.strip() else f"{index + 1}: (no header)", index)
            if role in found:
                combo.setCurrentIndex(combo.findData(found[role]))
            combo.currentIndexChanged.connect(self._update_ok)
            self.combos[role] = combo
            form.addRow(label, combo)
        self.table = QTableView()
        self.table.setModel(_preview_model(headers, preview, self))
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self._update_ok()

    def chosen(self) -> dict[str, int]:
        """{role: column index} for the roles given a column."""
        return {role: combo.currentData() for role, combo in self.combos.items() if combo.currentData() != NONE}

    def is_complete(self) -> bool:
        chosen = self.chosen()
        return "name" in chosen and ("votes" in chosen or "share" in chosen)

    def columns_option(self) -> str:
        """The choice as ``--columns`` text, by column number (headers may hold commas)."""
        return ",".join(f"{role}={index + 1}" for role, index in self.chosen().items())

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.is_complete())


def _preview_model(headers: list[str], rows: list[list[str]], parent) -> QStandardItemModel:
    model = QStandardItemModel(len(rows), len(headers), parent)
    model.setHorizontalHeaderLabels([f"{i + 1}: {h}" for i, h in enumerate(headers)])
    for r, row in enumerate(rows):
        for c in range(len(headers)):
            item = QStandardItem(row[c] if c < len(row) else "")
            item.setEditable(False)
            model.setItem(r, c, item)
    return model


def ask_columns(parent: QWidget | None, error: ColumnsNeeded) -> str | None:
    """Show the dialog for a file whose columns couldn't be worked out; the ``--columns`` text, or None if cancelled."""
    dialog = ColumnMappingDialog(error.headers, error.preview, error.found, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.columns_option()


def open_with_column_mapping(parent: QWidget | None, path: str, error: ColumnsNeeded) -> ResultsDataset | None:
    """Ask for the columns and read ``path`` with them; None if the user cancels. A bad choice raises LoadError."""
    columns = ask_columns(parent, error)
    if columns is None:
        return None
    return load_file(path, columns=columns)
