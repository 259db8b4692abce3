"""The real main window, driven as a user would: open, sort, select, reload, bad files."""

import json

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from electview import formats
from electview.resources import sample_path
from electview.ui.candidate_model import NAME, SHARE, VOTES
from electview.ui.main_window import MainWindow


def _write(path, shares, tokayev_votes=6504054):
    data = json.loads(sample_path().read_text(encoding="utf-8"))
    for candidate, share in zip(data["candidates"], shares, strict=True):
        candidate["share"] = share
    data["candidates"][0]["votes"] = tokayev_votes
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


SAMPLE_SHARES = [70.76, 16.2, 5.2, 3.2, 2.07, 1.82, 0.92]


def table_names(window):
    proxy = window.proxy
    return [proxy.index(r, NAME).data() for r in range(proxy.rowCount())]


def test_open_through_menu_shows_everything(window, monkeypatch):
    monkeypatch.setattr(
        "electview.ui.main_window.QFileDialog.getOpenFileName", lambda *a, **k: (str(sample_path()), "")
    )
    window.actions_.open.trigger()
    assert table_names(window)[0] == "Kassym-Jomart Tokayev"
    assert window.proxy.index(0, VOTES).data() == "6,504,054"
    assert window.header.status_badge.text() == "PRELIMINARY"
    assert "TASS" in window.header.source_label.text()
    assert "77.4%" in window.header.turnout_label.text()
    assert "100.17%" in window.header.findings_text()
    assert len(window.commentary.cards) == 4
    assert window.pie.slices[0].label == "Kassym-Jomart Tokayev"
    assert window.pie.slices[0].value == pytest.approx(70.76)
    assert window.windowTitle().startswith("2019 Kazakhstan presidential election")
    assert window.settings.recent_files()[0] == str(sample_path())


def test_sort_by_header_click(window, qtbot):
    window.open_path(str(sample_path()))
    header = window.table.horizontalHeader()
    share_x = header.sectionViewportPosition(SHARE) + header.sectionSize(SHARE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(share_x, 5))
    first_order = table_names(window)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(share_x, 5))
    assert table_names(window) == list(reversed(first_order))
    assert {first_order[0], first_order[-1]} == {"Kassym-Jomart Tokayev", "Sadybek Tugel"}
    # the pie keeps its own order whatever the table's sort
    assert window.pie.slices[0].label == "Kassym-Jomart Tokayev"


def test_select_row_lifts_slice_and_highlights_quotes(window):
    window.open_path(str(sample_path()))
    proxy_row = table_names(window).index("Amirjan Kosanov")
    window.table.selectRow(proxy_row)
    kosanov_slice = window.pie.slice_for_candidate(1)
    assert window.pie.item.lifted == (kosanov_slice,)
    assert window.commentary.highlighted_speakers() == []  # nobody quoted mentions Kosanov
    window.table.selectRow(table_names(window).index("Kassym-Jomart Tokayev"))
    assert window.pie.item.lifted == (0,)
    assert len(window.commentary.highlighted_speakers()) == 4


def test_click_slice_selects_row(window, qtbot):
    window.open_path(str(sample_path()))
    item = window.pie.item
    # a point in the middle of the second slice (Kosanov), in item coordinates
    from electview.ui.pie_painter import slice_angles

    start, span = slice_angles(item.slices)[1]
    import math

    middle = math.radians(start + span / 2)
    point = QPointF(math.cos(middle) * 50, -math.sin(middle) * 50)
    assert item.slice_at(point) == 1
    with qtbot.waitSignal(window.pie.candidates_clicked) as signal:
        item.slice_clicked.emit(item.slice_at(point))
    assert signal.args == [[1]]
    assert window.selected_candidates() == [1]
    assert window.pie.item.lifted == (1,)


def test_other_slice_groups_small_candidates(window):
    window.open_path(str(sample_path()))
    other = window.pie.slices[-1]
    assert other.label.startswith("Other (2 candidates)")
    assert set(other.rows) == {5, 6}
    labels = [window.pie.legend.item(i).text() for i in range(window.pie.legend.count())]
    assert labels[-1].startswith("Other (2 candidates)")


def test_reload_changed_file_updates_pie(window, tmp_path):
    path = _write(tmp_path / "k.electview.json", SAMPLE_SHARES)
    window.open_path(str(path))
    assert window.pie.slices[1].value == pytest.approx(16.2)
    _write(path, [60.0, 26.96, 5.2, 3.2, 2.07, 1.82, 0.92], tokayev_votes=5_515_026)
    window.actions_.reload.trigger()
    assert window.pie.slices[0].value == pytest.approx(60.0)
    assert window.pie.slices[1].value == pytest.approx(26.96)
    assert window.proxy.index(0, VOTES).data() == "5,515,026"


def test_bad_file_keeps_data_and_shows_error(window, tmp_path, shown_errors):
    window.open_path(str(sample_path()))
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "electview", "version": 1, "election": {"title": "x"}, "candidates": [{"name": "a", "votes": -5}]}')
    assert window.open_path(str(bad)) is False
    assert len(shown_errors) == 1
    title, message = shown_errors[0]
    assert "bad.json" in title and "candidates[0].votes: expected a whole number ≥ 0, got -5" in message
    assert "unchanged" in message
    assert table_names(window)[0] == "Kassym-Jomart Tokayev"
    assert window.header.title_label.text() == "2019 Kazakhstan presidential election"


def test_failed_reload_keeps_data(window, tmp_path, shown_errors):
    path = _write(tmp_path / "k.electview.json", SAMPLE_SHARES)
    window.open_path(str(path))
    path.write_text("{ torn", encoding="utf-8")
    window.reload()
    assert shown_errors and "not valid JSON" in shown_errors[0][1]
    assert window.proxy.rowCount() == 7


def test_close_and_drop(window, qtbot):
    window.open_path(str(sample_path()))
    window.actions_.close.trigger()
    assert window.proxy.rowCount() == 0
    assert window.header.title_label.text() == "No results open"
    assert window.pie.slices == []
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_path()))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.proxy.rowCount() == 7


def test_recent_files_menu_and_vanished_file(window, tmp_path, shown_errors):
    path = _write(tmp_path / "k.electview.json", SAMPLE_SHARES)
    window.open_path(str(path))
    actions = [a for a in window.actions_.recent_menu.actions() if a.text() == "k.electview.json"]
    assert actions
    path.unlink()
    actions[0].trigger()
    assert shown_errors and "file not found" in shown_errors[0][1]
    assert str(path) not in window.settings.recent_files()


def test_layout_persists(qtbot):
    first = MainWindow()
    qtbot.addWidget(first)
    first.main_splitter.setSizes([900, 380])
    first.save_layout()
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.settings.splitter_state("mainSplitter") == first.main_splitter.saveState()


def test_screenshot_command(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "electview", "--screenshot", str(out), "--size", "1920x1080"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "propagateSizeHints" not in result.stderr  # was printed twice by the offscreen platform
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)


def test_screenshot_of_bad_file_exits_2(tmp_path):
    import subprocess
    import sys

    bad = tmp_path / "bad.json"
    bad.write_text("nonsense")
    result = subprocess.run(
        [sys.executable, "-m", "electview", "--screenshot", str(tmp_path / "x.png"), str(bad)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.strip().startswith("electview: error: bad.json")
    assert "Traceback" not in result.stderr


def test_selection_model_is_shared(window):
    window.open_path(str(sample_path()))
    window.select_candidates([2, 3])
    assert window.selected_candidates() == [2, 3]
    assert len(window.pie.item.lifted) == 2
    window.table.selectionModel().clearSelection()
    assert window.pie.item.lifted == ()


def _regional_file(path):
    data = {
        "format": "electview", "version": 1,
        "election": {"title": "Regional <b>test</b>", "status": "final"},
        "contests": [
            {"name": "Mayor", "candidates": [{"id": "a", "name": "Ann"}, {"id": "b", "name": "Bob"}],
             "units": [{"id": "all", "name": "Country"}, {"id": "n", "name": "North", "parent": "all"},
                       {"id": "s", "name": "South", "parent": "all"}],
             "results": [{"unit": "n", "votes": {"a": 70, "b": 30}}, {"unit": "s", "votes": {"a": 10, "b": 90}}]},
            {"name": "Council", "candidates": [{"name": "Cy", "votes": 5}, {"name": "Di", "votes": 15}]},
        ],
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_region_tree_and_contest_picker_drive_views(window, tmp_path):
    window.open_path(str(_regional_file(tmp_path / "r.electview.json")))
    assert not window.region_box.isHidden() and not window.contest_picker.isHidden()
    assert window.pie.slices[0].label == "Bob" and window.pie.slices[0].value == pytest.approx(60.0)
    model = window.region_tree.tree_model
    south = model.index(1, 0, model.index(0, 0))
    window.region_tree.setCurrentIndex(south)
    assert window.document.scope_name() == "South"
    assert window.proxy.index(0, NAME).data() == "Bob" and window.proxy.index(0, VOTES).data() == "90"
    assert "showing South" in window.header.details_label.text()
    assert window.pie.slices[0].value == pytest.approx(90.0)
    window.contest_picker.setCurrentIndex(1)
    assert window.document.contest.name == "Council"
    assert window.region_box.isHidden()
    assert window.proxy.index(0, NAME).data() == "Di"
    # text from files stays plain: the title shows its tags as characters
    assert window.header.title_label.text() == "Regional <b>test</b>"
    assert window.header.title_label.textFormat() == Qt.TextFormat.PlainText
    window.document.set_contest(0)  # chosen elsewhere than the picker (code, a replayed snapshot)
    assert window.contest_picker.currentIndex() == 0 and window.contest_picker.currentText() == window.document.contest.name


def test_hover_shows_name_votes_share(window):
    window.open_path(str(sample_path()))
    window.pie.item.slice_hovered.emit(1)
    tip = window.pie.item.toolTip()
    assert "Amirjan Kosanov: ≈ 1,489,057 votes (estimated), 16.20%" in tip
    window.pie.item.slice_hovered.emit(len(window.pie.slices) - 1)
    tip = window.pie.item.toolTip()
    assert "Jambyl Akhmetbekov" in tip and "Sadybek Tugel" in tip
    window.pie.item.slice_hovered.emit(-1)
    assert window.pie.item.toolTip() == ""


def test_unmappable_spreadsheet_asks_for_columns(window, monkeypatch, shown_errors):
    from pathlib import Path

    from electview.ui import main_window

    path = Path(__file__).parent / "data" / "spreadsheet" / "unmappable.csv"
    monkeypatch.setattr(main_window, "open_with_column_mapping", lambda parent, p, needed: formats.load_file(p, columns="name=1,votes=3"))
    assert window.open_path(str(path)) is True
    assert table_names(window) == ["z", "x"]
    assert not shown_errors
    monkeypatch.setattr(main_window, "open_with_column_mapping", lambda parent, p, needed: None)
    window.open_path(str(sample_path()))
    assert window.open_path(str(path)) is False  # cancelled: the sample stays
    assert table_names(window)[0] == "Kassym-Jomart Tokayev"
