"""File → Compare With…: the change column, the mapping dialog, and the model's baseline."""

import pytest
from PySide6.QtCore import Qt

from electview.core import change_column, tally
from electview.formats import load_file
from electview.resources import sample_path
from electview.ui import errors
from electview.ui.candidate_model import CHANGE, NAME, CandidateSortProxy, CandidateTableModel, SortRole
from electview.ui.comparison import MatchCandidatesDialog
from electview.ui.main_window import MainWindow



@pytest.fixture
def window(window, final_sample):
    window.document.open(str(final_sample))
    return window


def _row(model, name):
    return next(r for r in range(model.rowCount()) if model.index(r, NAME).data() == name)


def test_compare_with_through_menu_adds_change_column(window, monkeypatch):
    monkeypatch.setattr("electview.ui.comparison.QFileDialog.getOpenFileName", lambda *a, **k: (str(sample_path()), ""))
    assert window.model.columnCount() == 5
    assert not window.comparison.match_action.isEnabled()
    window.comparison.compare_action.trigger()
    model = window.model
    assert model.columnCount() == 6
    assert model.headerData(CHANGE, Qt.Orientation.Horizontal) == "± Points"
    tokayev = _row(model, "Kassym-Jomart Tokayev")
    assert model.index(tokayev, CHANGE).data() == "+0.20"
    assert model.index(tokayev, CHANGE).data(SortRole) == pytest.approx(0.20)
    kosanov = _row(model, "Amirzhan Kosanov")
    tip = model.index(kosanov, CHANGE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Amirjan Kosanov" in tip and "16.20% → 16.23%" in tip
    assert "preliminary" in window.comparison.status_label.text()
    assert window.comparison.match_action.isEnabled()
    window.comparison.stop_action.trigger()
    assert model.columnCount() == 5
    assert window.comparison.status_label.text() == ""


def test_change_column_survives_reload(window):
    window.comparison.compare_with(str(sample_path()))
    window.reload()
    assert window.model.columnCount() == 6
    window.document.close()
    assert window.model.columnCount() == 5


def test_match_dialog_edits_the_mapping(window, monkeypatch, qtbot):
    window.comparison.compare_with(str(sample_path()))
    comparison = window.comparison.source.comparison()
    dialog = MatchCandidatesDialog(comparison)
    qtbot.addWidget(dialog)
    old_names = [c.name for c in comparison.old.candidates]
    kosanov = dialog.pickers[old_names.index("Amirjan Kosanov")]
    assert kosanov.currentText() == "Amirzhan Kosanov"
    assert all(picker.accessibleName() for picker in dialog.pickers)
    kosanov.setCurrentIndex(0)  # "(not in the new results)"
    monkeypatch.setattr(MatchCandidatesDialog, "ask", classmethod(lambda cls, comparison, parent=None: dialog.mapping()))
    window.comparison.match_action.trigger()
    assert window.comparison.source.mapping["kosanov"] is None
    model = window.model
    assert model.index(_row(model, "Amirzhan Kosanov"), CHANGE).data() == "—"


def test_bad_comparison_file_keeps_everything(window, monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(errors, "show_error", lambda parent, title, message, details="": calls.append(message))
    bad = tmp_path / "bad.electview.json"
    bad.write_text("{", encoding="utf-8")
    assert not window.comparison.compare_with(str(bad))
    assert calls and "bad.electview.json" in calls[0]
    assert window.model.columnCount() == 5


@pytest.fixture
def model_with_baseline(qapp, sample_dataset, final_sample):
    final = load_file(final_sample)
    old = tally(sample_dataset.contests[0], None, sample_dataset.turnout)
    new = tally(final.contests[0], None, final.turnout)
    model = CandidateTableModel()
    model.set_tally(new)
    model.set_baseline(change_column.baseline_from_tallies(old, new, "the preliminary results"))
    return model


def test_model_with_change_column_passes_modeltester(qtmodeltester, model_with_baseline):
    qtmodeltester.check(model_with_baseline, force_py=True)
    proxy = CandidateSortProxy()
    proxy.setSourceModel(model_with_baseline)
    proxy.sort(CHANGE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.index(0, NAME).data() == "Kassym-Jomart Tokayev"  # +0.20 is the biggest gain


def test_baseline_must_fit_the_tally(model_with_baseline, sample_dataset):
    baseline = model_with_baseline.baseline
    model_with_baseline.set_tally(None)
    assert model_with_baseline.baseline is None
    with pytest.raises(ValueError):
        model_with_baseline.set_baseline(baseline)


def test_crossings_are_judged_against_the_threshold_the_user_set(window, monkeypatch):
    window.comparison.compare_with(str(sample_path()))
    source = window.comparison.source
    tokayev = source.comparison().names.index("Kassym-Jomart Tokayev")
    assert source.comparison().crossing(tokayev) == ""  # 70.76% → 70.96%: above 50% both times
    monkeypatch.setattr("electview.ui.majority.QInputDialog.getDouble", lambda *a, **k: (70.9, True))
    window.majority.threshold_action.trigger()
    assert source.threshold == 70.9
    assert source.comparison().crossing(tokayev) == "up"
    printed = window.printing.compared(all_contests=True)
    assert printed.comparisons[0].crossing(printed.comparisons[0].names.index("Kassym-Jomart Tokayev")) == "up"


def _tokayev_change(window) -> str:
    return window.model.index(_row(window.model, "Kassym-Jomart Tokayev"), CHANGE).data()


def test_with_the_preliminary_open_the_final_compared_is_the_later(qtbot, final_sample):
    # was −0.20 with the final labelled "Old votes"; `electview compare PRELIMINARY FINAL` says +0.20
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.open(str(sample_path()))
    assert window.comparison.compare_with(str(final_sample))
    assert _tokayev_change(window) == "+0.20"
    status = window.comparison.status_label.text()
    assert status.index("earlier: the preliminary results (kazakhstan-2019-presidential.electview.json, 2019-06-10") < status.index(
        "later: the final results (kazakhstan-2019-presidential-final.electview.json"
    )
    tip = window.model.index(_row(window.model, "Kassym-Jomart Tokayev"), CHANGE).data(Qt.ItemDataRole.ToolTipRole)
    assert "Later, the final results" in tip and "70.76% → 70.96% (+0.20 points)" in tip
    printed = window.printing.compared()  # the printout's comparison runs the same way
    comparison = printed.comparisons[0]
    assert comparison.change_points[comparison.names.index("Kassym-Jomart Tokayev")] == pytest.approx(0.20)
    every = window.printing.compared(all_contests=True).comparisons[0]
    assert every.change_points[every.names.index("Kassym-Jomart Tokayev")] == pytest.approx(0.20)


def test_swap_takes_the_other_file_as_the_earlier(window):
    window.comparison.compare_with(str(sample_path()))  # the final is open: the preliminary is the earlier
    assert _tokayev_change(window) == "+0.20"
    assert window.comparison.swap_action.isEnabled()
    window.comparison.swap_action.trigger()
    assert _tokayev_change(window) == "−0.20"  # the user says the open file is the earlier one
    assert window.comparison.status_label.text().startswith("Comparing earlier: the final results")
    window.comparison.swap_action.trigger()
    assert _tokayev_change(window) == "+0.20"
    window.comparison.stop_action.trigger()
    assert not window.comparison.swap_action.isEnabled()
