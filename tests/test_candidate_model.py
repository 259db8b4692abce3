"""The candidate table model and its proxy on the sample, checked by qtmodeltester."""

import pytest
from PySide6.QtCore import Qt

from electview.core import tally
from electview.ui.candidate_model import (
    NAME,
    SHARE,
    VOTES,
    CandidateRole,
    CandidateSortProxy,
    CandidateTableModel,
    DerivedRole,
    SortRole,
)


@pytest.fixture
def model(qapp, sample_dataset):
    model = CandidateTableModel()
    model.set_tally(tally(sample_dataset.contests[0], None, sample_dataset.turnout))
    return model


def test_model_passes_modeltester(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)


def test_proxy_passes_modeltester(qtmodeltester, model):
    proxy = CandidateSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(VOTES, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy, force_py=True)


def test_cells_show_reported_and_estimated(model):
    assert model.index(0, NAME).data() == "Kassym-Jomart Tokayev"
    assert model.index(0, VOTES).data() == "6,504,054"
    assert model.index(0, SHARE).data() == "70.76%"
    assert model.index(0, VOTES).data(DerivedRole) is False
    assert model.index(1, VOTES).data() == "≈ 1,489,057"
    assert model.index(1, VOTES).data(DerivedRole) is True
    assert model.index(1, VOTES).data(Qt.ItemDataRole.FontRole).italic()
    assert "9,191,710" in model.index(1, VOTES).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, VOTES).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_proxy_sorts_on_raw_values(model):
    proxy = CandidateSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(VOTES, Qt.SortOrder.AscendingOrder)
    ascending = [proxy.index(r, VOTES).data(SortRole) for r in range(proxy.rowCount())]
    assert ascending == sorted(ascending)
    assert proxy.index(0, NAME).data() == "Sadybek Tugel"
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, NAME).data() == "Amangeldy Taspikhov"
    assert proxy.index(0, NAME).data(CandidateRole) == 4


def test_same_candidates_emit_data_changed(qtbot, model, sample_dataset):
    with qtbot.waitSignal(model.dataChanged), qtbot.assertNotEmitted(model.modelReset):
        model.set_tally(tally(sample_dataset.contests[0], None, sample_dataset.turnout))


def test_html_names_are_plain_text_in_tooltips(qapp):
    from electview.core import Candidate, Contest, CountTable, UnitTable

    contest = Contest(
        id="c", name="c", candidates=(Candidate("x", '<img src="http://127.0.0.1:9/x.png">'),),
        units=UnitTable.single("All"), votes=CountTable.from_rows([(0, 0, 5)]),
    )
    model = CandidateTableModel()
    model.set_tally(tally(contest))
    tip = model.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img" in tip
    assert model.index(0, NAME).data() == '<img src="http://127.0.0.1:9/x.png">'
