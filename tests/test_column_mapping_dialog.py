"""The column-mapping dialog: combos over the file's columns, OK only when complete, the file read with the choice."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from electview.core.tally import tally
from electview.formats import load_file
from electview.formats.spreadsheet import ColumnsNeeded
from electview.ui import column_mapping_dialog
from electview.ui.column_mapping_dialog import ColumnMappingDialog

UNMAPPABLE = Path(__file__).parent / "data" / "spreadsheet" / "unmappable.csv"


@pytest.fixture
def needed():
    with pytest.raises(ColumnsNeeded) as caught:
        load_file(UNMAPPABLE)
    return caught.value


def test_ok_waits_for_names_and_votes(qtbot, needed):
    dialog = ColumnMappingDialog(needed.headers, needed.preview, needed.found)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.combos["name"].setCurrentIndex(dialog.combos["name"].findData(0))
    assert not ok.isEnabled()
    dialog.combos["votes"].setCurrentIndex(dialog.combos["votes"].findData(2))
    assert ok.isEnabled()
    assert dialog.columns_option() == "name=1,votes=3"
    model = dialog.table.model()
    assert (model.rowCount(), model.columnCount()) == (2, 3)
    assert model.index(1, 0).data() == "z"


def test_open_with_column_mapping_reads_the_file(qtbot, needed, monkeypatch):
    def accept_with_choice(self):
        self.combos["name"].setCurrentIndex(self.combos["name"].findData(0))
        self.combos["party"].setCurrentIndex(self.combos["party"].findData(1))
        self.combos["votes"].setCurrentIndex(self.combos["votes"].findData(2))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", accept_with_choice)
    dataset = column_mapping_dialog.open_with_column_mapping(None, str(UNMAPPABLE), needed)
    result = tally(dataset.contests[0])
    assert {c.name: v for c, v in zip(result.candidates, result.votes, strict=True)} == {"x": 1, "z": 2}
    assert dataset.contests[0].candidates[0].party == "y"


def test_cancel_reads_nothing(qtbot, needed, monkeypatch):
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert column_mapping_dialog.open_with_column_mapping(None, str(UNMAPPABLE), needed) is None
