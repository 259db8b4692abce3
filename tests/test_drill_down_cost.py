"""A drill-down in a contest of thousands of candidates costs work per row on screen, not per candidate.

Counts calls (never times them): the cells asked of the model per drill-down, resets, and the sort
proxy against a plain stable sort.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel, Qt

from electview.core import Candidate, Contest, CountTable, UnitTable
from electview.core.model import Election, ResultsDataset
from electview.core.tally import tally
from electview.ui.candidate_model import NAME, PARTY, SHARE, VOTES, CandidateRole, CandidateSortProxy, CandidateTableModel, SortRole

REGIONS, DISTRICTS_PER_REGION, PER_DISTRICT = 3, 4, 250  # 3,000 candidates, like a national contest


def national_dataset() -> ResultsDataset:
    """Country → regions → districts; each candidate stands in one district (as in a booth file)."""
    ids, names, kinds, parents = ["all"], ["Country"], ["country"], [-1]
    for region in range(REGIONS):
        ids.append(f"r{region}"), names.append(f"Region {region}"), kinds.append("region"), parents.append(0)
    districts = []
    for region in range(REGIONS):
        for number in range(DISTRICTS_PER_REGION):
            districts.append(len(ids))
            ids.append(f"r{region}d{number}"), names.append(f"District {region}.{number}")
            kinds.append("district"), parents.append(1 + region)
    candidates, rows = [], []
    for district in districts:
        for place in range(PER_DISTRICT):
            rows.append((district, len(candidates), float(1000 + (place * 37) % 991)))
            candidates.append(Candidate(f"c{len(candidates)}", f"Candidate {len(candidates)}", f"Party {place % 9}"))
    contest = Contest(
        id="national", name="National", candidates=tuple(candidates),
        units=UnitTable.from_lists(ids, names, kinds, parents), votes=CountTable.from_rows(rows),
    )
    return ResultsDataset(Election("Synthetic national election"), (contest,))


@pytest.fixture
def cell_calls(monkeypatch) -> list:
    """One entry per cell asked of ``CandidateTableModel`` (``data`` and the proxy both go through
    ``cell``; patched before any model exists, as the proxy keeps the bound method)."""
    calls = []
    original = CandidateTableModel.cell
    monkeypatch.setattr(CandidateTableModel, "cell", lambda self, *args: calls.append(1) or original(self, *args))
    return calls


@pytest.fixture
def window(cell_calls, window, qtbot):  # cell_calls first: counted before any model exists
    window.document.set_dataset(national_dataset())
    qtbot.waitExposed(window)
    return window


def test_drill_down_asks_for_cells_on_screen_not_every_candidate(window, qapp, cell_calls):
    calls = cell_calls
    resets = []
    window.model.modelReset.connect(lambda: resets.append(1))
    units = window.document.contest.units
    for unit in (int((units.kinds == "region").nonzero()[0][1]), int((units.kinds == "district").nonzero()[0][5]), None):
        calls.clear()
        window.document.set_scope(unit)
        qapp.processEvents()
        # Was ~ candidates × log(candidates) calls for the proxy's sort and 4 per candidate for the pie.
        assert 0 < len(calls) < 1_500, len(calls)
    assert resets == []  # the same candidates: figures change in place
    assert window.proxy.index(0, VOTES).data(SortRole) == max(window.model.sort_keys(VOTES))


def test_selection_follows_its_candidate_through_a_drill_down(window):
    window.select_candidates([7])
    district = int((window.document.contest.units.kinds == "district").nonzero()[0][0])
    window.document.set_scope(district)
    assert window.selected_candidates() == [7]
    assert window.pie.slice_for_candidate(7) is not None


def test_other_slice_tooltip_names_the_largest_and_counts_the_rest(window):
    other = window.pie.slices[-1]
    assert len(other.rows) > 1_000
    window.pie.item.slice_hovered.emit(len(window.pie.slices) - 1)
    lines = window.pie.item.toolTip().split("<br>")
    assert len(lines) < 20
    assert f"and {len(other.rows) - 15:,} more" in lines[-1]
    assert window.model.index(other.rows[0], NAME).data() in lines[1]


def test_a_district_does_not_call_other_districts_candidates_unreported(window):
    district = int((window.document.contest.units.kinds == "district").nonzero()[0][0])
    window.document.set_scope(district)
    text = window.header.findings_text()
    assert "no votes" not in text
    assert len(text) < 1_000


def test_missing_votes_finding_names_a_few_and_counts_the_rest():
    from electview.core.audit import MISSING_NAMED, audit_tally
    from electview.core.model import Candidate, Contest, CountTable, UnitTable
    from electview.core.tally import tally

    candidates = tuple(Candidate(id=f"c{i}", name=f"Candidate {i}") for i in range(3_000))
    contest = Contest(
        id="c", name="C", candidates=candidates, units=UnitTable.single("Country"),
        votes=CountTable.from_rows([(0, 0, 100)]),
    )
    text = " ".join(finding.message for finding in audit_tally(tally(contest)))
    assert f"and {2_999 - MISSING_NAMED:,} more" in text
    assert len(text) < 1_000


def _stable_order(keys: list, descending: bool) -> list[int]:
    """What QSortFilterProxyModel gives: a stable sort, equal keys in source order either way."""
    if descending:
        return sorted(range(len(keys)), key=lambda i: (keys[i], -i), reverse=True)
    return sorted(range(len(keys)), key=lambda i: keys[i])


@given(
    votes=st.lists(st.one_of(st.integers(0, 5), st.just(None)), min_size=1, max_size=40),
    column=st.sampled_from([NAME, PARTY, VOTES, SHARE]),
    descending=st.booleans(),
)
def test_proxy_sorts_like_a_stable_sort(qapp, votes, column, descending):
    rows = [(0, i, float(v)) for i, v in enumerate(votes) if v is not None]
    candidates = tuple(Candidate(f"c{i}", f"Name {i % 4}", f"Party {chr(65 + i % 3)}") for i in range(len(votes)))
    contest = Contest(id="c", name="c", candidates=candidates, units=UnitTable.single("All"), votes=CountTable.from_rows(rows))
    model = CandidateTableModel()
    model.set_tally(tally(contest))
    proxy = CandidateSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    keys = [model.index(r, column).data(SortRole) for r in range(model.rowCount())]
    shown = [proxy.index(r, 0).data(CandidateRole) for r in range(proxy.rowCount())]
    assert shown == _stable_order(keys, descending)
    for row in range(proxy.rowCount()):
        assert proxy.mapFromSource(proxy.mapToSource(proxy.index(row, column))).row() == row


def test_proxy_moves_persistent_selection_when_figures_reorder(qapp, sample_dataset):
    contest = sample_dataset.contests[0]
    model = CandidateTableModel()
    model.set_tally(tally(contest, None, sample_dataset.turnout))
    proxy = CandidateSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(VOTES, Qt.SortOrder.DescendingOrder)
    selection = QItemSelectionModel(proxy)
    last = proxy.index(proxy.rowCount() - 1, 0)
    candidate = last.data(CandidateRole)
    selection.select(last, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    proxy.sort(VOTES, Qt.SortOrder.AscendingOrder)
    (selected,) = selection.selectedRows()
    assert selected.row() == 0 and selected.data(CandidateRole) == candidate


def test_proxy_over_any_model_follows_inserted_rows(qapp, qtmodeltester):
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    source = QStandardItemModel(0, 1)
    proxy = CandidateSortProxy()
    proxy.setSourceModel(source)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    for value in (3.0, 1.0, 2.0):
        item = QStandardItem(str(value))
        item.setData(value, SortRole)
        source.appendRow(item)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["1.0", "2.0", "3.0"]
    source.item(0).setData(0.5, SortRole)  # the data changes: the row moves
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["3.0", "1.0", "2.0"]
    qtmodeltester.check(proxy, force_py=True)


def test_a_dataset_prepared_in_the_loading_thread_is_shown_as_prepared(qapp, monkeypatch):
    from electview.core import i18n
    from electview.ui.document import ResultsDocument, prepare

    dataset = national_dataset()
    prepared = prepare(dataset)
    assert "party_colours" in vars(prepared.shown)  # worked out already, not on the GUI thread
    document = ResultsDocument()
    document.set_dataset(dataset, prepared=prepared)
    assert document.dataset is prepared.shown and document.source_dataset is dataset
    monkeypatch.setattr(i18n, "_language", "ru")  # the language changed while it loaded: localise again
    # (a file with no names in Russian localises to itself, so watch the call rather than the result)
    from electview.ui import document as document_module

    asked = []
    monkeypatch.setattr(document_module, "localised", lambda data, language: asked.append(language) or data)
    document.set_dataset(dataset, prepared=prepared)
    assert asked == ["ru"]


def test_a_background_open_localises_in_the_loading_thread(window, qtbot, tmp_path, monkeypatch):
    import threading

    from electview.ui import document
    from booth_support import ROWS, write_csv

    threads = []
    original = document.localised
    monkeypatch.setattr(document, "localised", lambda *args: threads.append(threading.current_thread()) or original(*args))
    path = write_csv(tmp_path / "booths.csv", ROWS)
    with qtbot.waitSignal(window.background.opened, timeout=30_000):
        window.open_path(str(path))
    assert threads and threading.main_thread() not in threads
    assert window.document.dataset is not None and "party_colours" in vars(window.document.dataset)
