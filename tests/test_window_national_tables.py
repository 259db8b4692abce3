"""National tables in the real window: read right on screen, or the layout dialog asks and a refusal leaves the screen as it was."""

from pathlib import Path

from PySide6.QtWidgets import QDialog

from electview.ui.candidate_model import NAME, VOTES
from electview.ui.column_mapping_dialog import ColumnMappingDialog

NATIONAL = Path(__file__).parent / "data" / "national"
UK = NATIONAL / "uk-hoc-library" / "HoC-GE2024-results-by-constituency.csv"


def rows(window) -> list[tuple[str, str]]:
    proxy = window.proxy
    return [(proxy.index(r, NAME).data(), proxy.index(r, VOTES).data()) for r in range(proxy.rowCount())]


def test_a_wide_national_table_on_screen(window):
    assert window.open_path(str(UK)) is True
    shown = dict(rows(window))
    assert "Valid votes" not in shown and "Majority" not in shown and "Electorate" not in shown
    assert shown["Lab"].replace("\u00a0", ",") == "9,708,716"
    assert len(shown) == 13


def test_a_table_that_does_not_add_up_asks_and_cancel_keeps_the_screen(window, tmp_path, monkeypatch):
    assert window.open_path(str(UK)) is True
    before = rows(window)
    lines = UK.read_bytes().split(b"\n")
    cells = lines[5].split(b",")
    cells[19] = str(int(cells[19]) + 100).encode()
    lines[5] = b",".join(cells)
    damaged = tmp_path / "damaged.csv"
    damaged.write_bytes(b"\n".join(lines))
    seen = {}

    def look_then_cancel(dialog):
        seen["problem"] = dialog.problem.text()
        seen["ok"] = dialog.buttons.buttons()[0].isEnabled()
        seen["reading"] = dialog.columns_option()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ColumnMappingDialog, "exec", look_then_cancel)
    assert window.open_path(str(damaged)) is False
    assert "line 6" in seen["problem"] and seen["reading"].startswith("candidates=")
    assert seen["ok"] is False  # electview's own reading doesn't add up: nothing to accept
    assert rows(window) == before  # the figures on screen are the previous file's, untouched


def test_the_dialog_reading_is_what_the_window_shows(window, tmp_path, monkeypatch):
    table = tmp_path / "plain.csv"
    table.write_text("Wer;Wo;Wieviel\nAnna;Nord;10\nBen;Nord;7\n", encoding="utf-8")

    def choose(dialog):
        dialog.set_role(0, "name")
        dialog.set_role(1, "region")
        dialog.set_role(2, "votes")
        dialog.check()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", choose)
    assert window.open_path(str(table)) is True
    assert rows(window) == [("Anna", "10"), ("Ben", "7")]
