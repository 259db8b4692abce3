"""The layout dialog: when a table can't be read with confidence, the user says how — and sees whether it adds up.

It shows the file's first rows as a grid with a role chosen over each column, the header's line
and rows, the ``--columns`` text those choices make (editable, for blocks and other forms), the
cross-check result and the table that reading gives. OK is possible only for a reading that passed
its checks; a confirmed reading is remembered for tables with the same header.
"""

from __future__ import annotations

import hashlib

import numpy as np

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from electview.core.errors import LoadError
from electview.core.formatting import format_count, format_share
from electview.core.model import ResultsDataset
from electview.core.tally import tally
from electview.formats import load_file
from electview.formats.spreadsheet import ColumnsNeeded
from electview.ui.settings import Settings

# (role in --columns, label) in the order each column's list shows them; "" is "not used".
ROLES = (
    ("", "(not used)"),
    ("candidates", "A candidate (votes)"),
    ("name", "Candidate name"),
    ("party", "Party"),
    ("votes", "Votes"),
    ("share", "Share (%)"),
    ("region", "Place"),
    ("contest", "Contest"),
    ("valid", "Valid votes"),
    ("registered", "Registered voters"),
    ("ballots", "Ballots cast"),
    ("invalid", "Invalid"),
    ("blank", "Blank"),
)
CHECK_DELAY_MS = 300  # wait for the user to stop changing things before reading the file again
RESULT_ROWS = 12


def header_key(headers: list[str]) -> str:
    """The key a confirmed reading is remembered under: the table's header, whatever the file is called."""
    return hashlib.sha256("\x1f".join(headers).encode("utf-8")).hexdigest()[:32]


def roles_in(columns: str, count: int) -> dict[int, str]:
    """{column index: role} for the simple ``ROLE=1+2`` / ``A..B`` / ``A>B`` items of ``columns``."""
    chosen: dict[int, str] = {}
    for item in filter(None, (part.strip() for part in columns.split(","))):
        role, _, value = item.partition("=")
        if role not in dict(ROLES) or not role:
            continue
        for part in value.replace(">", "+").split("+"):
            first, dots, last = part.partition("..")
            if not (first.isdigit() and (not dots or last.isdigit())):
                continue
            for number in range(int(first), int(last if dots else first) + 1):
                if 1 <= number <= count:
                    chosen[number - 1] = role
    return chosen


class ColumnMappingDialog(QDialog):
    """The file as a grid with a role over each column, the reading's check, and the table it gives."""

    def __init__(self, path: str, needed: ColumnsNeeded, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How to read this table"))
        self.path = path
        self.needed = needed
        self.dataset: ResultsDataset | None = None
        self._building = False
        width = max([len(needed.headers)] + [len(cells) for _, cells in needed.raw])
        intro = QLabel(self.tr("electview could not read this table with confidence. Say what each column holds; "
                               "OK becomes possible once the table adds up."))
        intro.setWordWrap(True)
        problem = next((check.detail for check in needed.checks if not check.passed), "")
        self.problem = QLabel(self.tr("As electview read it: {0}").format(problem) if problem else "")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.header_line = QSpinBox()
        self.header_line.setRange(1, max([line for line, _ in needed.raw] + [1]))
        self.header_line.setValue(needed.header_at[0])
        self.header_rows = QSpinBox()
        self.header_rows.setRange(1, 4)
        self.header_rows.setValue(needed.header_at[1])
        form = QHBoxLayout()
        for label, box in ((self.tr("Header starts on line"), self.header_line), (self.tr("Header rows"), self.header_rows)):
            caption = QLabel(label)
            caption.setBuddy(box)
            form.addWidget(caption)
            form.addWidget(box)
        form.addStretch(1)
        self.grid = QTableWidget(len(needed.raw) + 1, width)
        self.grid.setHorizontalHeaderLabels([f"{i + 1}" for i in range(width)])
        self.grid.setVerticalHeaderLabels([self.tr("Role")] + [str(line) for line, _ in needed.raw])
        self.combos: list[QComboBox] = []
        initial = roles_in(needed.suggestion, width)
        for column in range(width):
            combo = QComboBox()
            for role, label in ROLES:
                combo.addItem(self.tr(label), role)
            combo.setCurrentIndex(max(0, combo.findData(initial.get(column, ""))))
            combo.setToolTip(needed.headers[column] if column < len(needed.headers) else "")
            combo.currentIndexChanged.connect(self._compose)
            self.grid.setCellWidget(0, column, combo)
            self.combos.append(combo)
        failing = next((check.first_failing_line for check in needed.checks if not check.passed), None)
        first, count = needed.header_at
        for row, (line, cells) in enumerate(needed.raw, start=1):
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell)  # plain text: a cell of the file is never markup
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if first <= line < first + count:
                    font = item.font()
                    font.setBold(True)  # the header as found
                    item.setFont(font)
                self.grid.setItem(row, column, item)
            if line == failing:
                self.grid.selectRow(row)  # where the figures don't add up
        self.columns_edit = QLineEdit(needed.suggestion)
        self.columns_edit.setToolTip(self.tr("The same reading as --columns on the command line; edit it for blocks and other forms."))
        self.columns_edit.textEdited.connect(self._schedule)
        self.check_label = QLabel()
        self.check_label.setTextFormat(Qt.TextFormat.PlainText)
        self.check_label.setWordWrap(True)
        self.result_table = QTableWidget(0, 3)
        self.result_table.setHorizontalHeaderLabels([self.tr("Candidate"), self.tr("Votes"), self.tr("Share")])
        self.result_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.problem):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.grid, 3)
        layout.addWidget(QLabel(self.tr("Reading (--columns):")))
        layout.addWidget(self.columns_edit)
        layout.addWidget(self.check_label)
        layout.addWidget(self.result_table, 2)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check)
        self.header_line.valueChanged.connect(self._compose)
        self.header_rows.valueChanged.connect(self._compose)
        self.resize(900, 640)
        self.check()

    def columns_option(self) -> str:
        return self.columns_edit.text().strip()

    def set_role(self, column: int, role: str) -> None:
        """Choose ``role`` for ``column`` (0-based), as picking it in the column's list does."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(role))

    def _compose(self) -> None:
        """The --columns text the lists and the header boxes say."""
        by_role: dict[str, list[int]] = {}
        for column, combo in enumerate(self.combos):
            if combo.currentData():
                by_role.setdefault(combo.currentData(), []).append(column + 1)
        parts = []
        line, rows = self.header_line.value(), self.header_rows.value()
        if (line, rows) != (1, 1):
            parts.append(f"header={line}" if rows == 1 else f"header={line}-{line + rows - 1}")
        for role, _ in ROLES:
            if role in by_role:
                joiner = ">" if role == "region" else "+"
                parts.append(f"{role}={joiner.join(str(n) for n in by_role[role])}")
        self.columns_edit.setText(",".join(parts))
        self._schedule()

    def _schedule(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.timer.start()

    def check(self) -> None:
        """Read the file with the current reading; OK only if it reads and adds up."""
        self.timer.stop()
        self.dataset = None
        self.result_table.setRowCount(0)
        text = self.columns_option()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not text:
            self.check_label.setText(self.tr("Choose the columns above."))
            ok.setEnabled(False)
            return
        try:
            dataset = load_file(self.path, columns=text)
        except LoadError as error:
            problem = error.problem.split(": ", 1)[1] if error.problem.startswith("--columns ") else error.problem
            self.check_label.setText(self.tr("Does not read: {0}").format(problem))
            ok.setEnabled(False)
            return
        self.dataset = dataset
        self._show(dataset)
        ok.setEnabled(True)

    def _show(self, dataset: ResultsDataset) -> None:
        contest = dataset.contests[0]
        result = tally(contest)
        order = sorted(range(len(result.candidates)), key=lambda i: -float(np.nan_to_num(result.votes[i], nan=-1.0)))
        self.check_label.setText(
            self.tr("Reads as {0} contest(s); the first has {1} candidates and {2} votes in all. It adds up.").format(
                len(dataset.contests), len(result.candidates), format_count(result.total_valid.value)
            )
        )
        self.result_table.setRowCount(min(RESULT_ROWS, len(order)))
        for row, index in enumerate(order[:RESULT_ROWS]):
            cells = (result.candidates[index].name, format_count(float(result.votes[index])), format_share(float(result.share[index])))
            for column, text in enumerate(cells):
                self.result_table.setItem(row, column, QTableWidgetItem(text))


def open_with_column_mapping(parent: QWidget | None, path: str, error: ColumnsNeeded, settings: Settings | None = None) -> ResultsDataset | None:
    """Read ``path`` the way the user confirmed for this header before, else ask; None if the user cancels."""
    settings = settings or Settings()
    key = header_key(error.headers)
    remembered = settings.remembered_layout(key)
    if remembered:
        try:
            return load_file(path, columns=remembered)
        except LoadError:
            pass  # the same header, different figures: ask again
    dialog = ColumnMappingDialog(path, error, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.dataset is None:
        return None
    settings.remember_layout(key, dialog.columns_option())
    return dialog.dataset
