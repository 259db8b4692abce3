"""The layout dialog: a role over each column of the file's grid, the reading checked live, OK only when it adds up; remembered per header."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from electview.core.tally import tally
from electview.formats import load_file
from electview.formats.spreadsheet import ColumnsNeeded
from electview.ui import column_mapping_dialog
from electview.ui.column_mapping_dialog import ColumnMappingDialog, roles_in
from electview.ui.settings import Settings

DATA = Path(__file__).parent / "data"
UNMAPPABLE = DATA / "spreadsheet" / "unmappable.csv"
UK = DATA / "national" / "uk-hoc-library" / "HoC-GE2024-results-by-constituency.csv"


def needed_for(path: Path) -> ColumnsNeeded:
    with pytest.raises(ColumnsNeeded) as caught:
        load_file(path)
    return caught.value


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def damaged_uk(tmp_path):
    """The UK table with one party's votes in one seat changed, so nothing adds up to Valid votes there."""
    lines = UK.read_bytes().split(b"\n")
    cells = lines[5].split(b",")
    cells[19] = str(int(cells[19]) + 100).encode()
    lines[5] = b",".join(cells)
    path = tmp_path / "uk.csv"
    path.write_bytes(b"\n".join(lines))
    return path


def test_ok_waits_until_the_chosen_columns_read(qtbot):
    dialog = ColumnMappingDialog(str(UNMAPPABLE), needed_for(UNMAPPABLE))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.set_role(0, "name")
    dialog.check()
    assert not ok.isEnabled() and "Does not read" in dialog.check_label.text()
    dialog.set_role(2, "votes")
    assert dialog.columns_option() == "name=1,votes=3"
    dialog.check()
    assert ok.isEnabled()
    assert dialog.result_table.rowCount() == 2 and dialog.result_table.item(0, 0).text() == "z"
    # The grid shows the file itself, header line included, as plain text.
    assert dialog.grid.item(1, 0).text() == "A" and dialog.grid.item(3, 0).text() == "z"


def test_a_table_that_does_not_add_up_shows_why_and_its_reading(qtbot, damaged_uk):
    needed = needed_for(damaged_uk)
    dialog = ColumnMappingDialog(str(damaged_uk), needed)
    qtbot.addWidget(dialog)
    assert "line 6" in dialog.problem.text()
    # electview's own reading is proposed, and fails its check: OK stays off.
    assert dialog.columns_option().startswith("candidates=19..31")
    assert roles_in(dialog.columns_option(), 32)[19] == "candidates"
    assert dialog.combos[19].currentData() == "candidates"
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    # The user sets the damaged party column aside: the rest still don't add up (Valid votes includes it).
    dialog.set_role(19, "")
    dialog.check()
    assert "Does not read" in dialog.check_label.text()


def test_changing_the_header_rows_rewrites_the_reading(qtbot):
    dialog = ColumnMappingDialog(str(UNMAPPABLE), needed_for(UNMAPPABLE))
    qtbot.addWidget(dialog)
    dialog.set_role(0, "name")
    dialog.set_role(2, "votes")
    dialog.header_rows.setValue(2)
    assert dialog.columns_option() == "header=1-2,name=1,votes=3"


def test_open_reads_the_file_and_remembers_the_reading(qtbot, monkeypatch, settings):
    def accept_with_choice(self):
        self.set_role(0, "name")
        self.set_role(1, "party")
        self.set_role(2, "votes")
        self.check()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", accept_with_choice)
    needed = needed_for(UNMAPPABLE)
    dataset = column_mapping_dialog.open_with_column_mapping(None, str(UNMAPPABLE), needed, settings)
    result = tally(dataset.contests[0])
    assert {c.name: v for c, v in zip(result.candidates, result.votes, strict=True)} == {"x": 1, "z": 2}
    assert dataset.contests[0].candidates[0].party == "y"
    # The same header again: read the confirmed way without asking.
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda self: pytest.fail("asked again"))
    again = column_mapping_dialog.open_with_column_mapping(None, str(UNMAPPABLE), needed, settings)
    assert again.contests[0].candidates[0].party == "y"


def test_cancel_reads_nothing(qtbot, monkeypatch, settings):
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert column_mapping_dialog.open_with_column_mapping(None, str(UNMAPPABLE), needed_for(UNMAPPABLE), settings) is None
    assert settings.remembered_layout(column_mapping_dialog.header_key(["A", "B", "C"])) == ""
