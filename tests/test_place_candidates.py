"""In a place, the table lists the candidates who stand there; the selection follows them; qtmodeltester agrees."""

import pytest

from electview.core.model import Candidate, Contest, CountTable, Election, ResultsDataset, UnitTable
from electview.core.tally import tally
from electview.ui.candidate_model import NAME, CandidateSortProxy, CandidateTableModel


def two_constituencies() -> ResultsDataset:
    """Ana and Ben stand in North, Cy and Di in South, Ed in both (one national contest)."""
    names = ["Ana", "Ben", "Cy", "Di", "Ed"]
    units = UnitTable.from_lists(["all", "n", "s"], ["Country", "North", "South"], ["country", "district", "district"], [-1, 0, 0])
    rows = [(1, 0, 50), (1, 1, 30), (1, 4, 20), (2, 2, 40), (2, 3, 35), (2, 4, 25)]
    contest = Contest(
        id="pc", name="Parliament", candidates=tuple(Candidate(id=n.lower(), name=n) for n in names),
        units=units, votes=CountTable.from_rows(rows),
    )
    return ResultsDataset(election=Election(title="Two constituencies"), contests=(contest,))


@pytest.fixture
def window(window):
    window.document.set_dataset(two_constituencies(), "")
    return window


def listed(window) -> list[str]:
    return [window.proxy.index(row, NAME).data() for row in range(window.proxy.rowCount())]


def test_a_district_lists_its_own_candidates_and_all_come_back(window):
    assert sorted(listed(window)) == ["Ana", "Ben", "Cy", "Di", "Ed"]
    window.document.set_scope(1)
    assert listed(window) == ["Ana", "Ben", "Ed"]
    window.document.set_scope(2)
    assert listed(window) == ["Cy", "Di", "Ed"]
    window.document.set_scope(None)
    assert listed(window) == ["Ana", "Ed", "Cy", "Di", "Ben"]  # 50, 20+25, 40, 35, 30


def test_the_selection_follows_a_candidate_who_stands_in_both_places(window):
    window.select_candidates([4])  # Ed
    window.document.set_scope(1)
    assert window.selected_candidates() == [4]
    window.document.set_scope(2)
    assert window.selected_candidates() == [4]
    window.select_candidates([2])  # Cy: not in North
    window.document.set_scope(1)
    assert window.selected_candidates() == []


def test_the_filtered_proxy_passes_qtmodeltester(qtmodeltester):
    dataset = two_constituencies()
    model = CandidateTableModel()
    model.set_tally(tally(dataset.contests[0], 1))
    proxy = CandidateSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(NAME)
    assert proxy.rowCount() == 3
    assert not proxy.mapFromSource(model.index(2, 0)).isValid()  # Cy doesn't stand in North
    qtmodeltester.check(proxy)
    model.set_tally(tally(dataset.contests[0], 2))
    assert [proxy.index(row, NAME).data() for row in range(proxy.rowCount())] == ["Cy", "Di", "Ed"]
    qtmodeltester.check(proxy)
