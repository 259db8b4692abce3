"""One view state, replaced whole: nothing of one file survives opening another (issue 16)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from electview.resources import sample_path

DATA = Path(__file__).parent / "data"
COLORADO = DATA / "clarity" / "colorado-2024-general-detail.TRIMMED-6-contests.xml"
PRE_ELECTION = DATA / "nist-v2" / "pe-err-gen-03.json"


def _comparing(window) -> tuple[int, bool, str]:
    # Columns: candidate, party, votes, share, outcome (5); a comparison adds the change column (6).
    return window.model.columnCount(), window.comparison.stop_action.isEnabled(), window.comparison.status_label.text()


def test_opening_another_election_ends_the_comparison(window, final_sample):
    assert window.open_path(str(final_sample))
    assert window.comparison.compare_with(str(sample_path()))
    assert _comparing(window)[0] == 6
    assert window.open_path(str(COLORADO))
    # was: ± column, Stop Comparing and "Comparing with the preliminary results" over Colorado
    assert _comparing(window) == (5, False, "")
    assert window.comparison.source.dataset is None


def test_closing_the_file_ends_the_comparison(window, final_sample):
    window.open_path(str(final_sample))
    window.comparison.compare_with(str(sample_path()))
    window.document.close()
    assert _comparing(window) == (5, False, "")


def test_another_version_of_the_same_election_keeps_the_comparison_and_says_so(window, tmp_path, final_sample):
    copy = tmp_path / "kazakhstan-downloaded-again.json"
    shutil.copyfile(sample_path(), copy)
    window.open_path(str(sample_path()))
    window.comparison.compare_with(str(final_sample))
    assert "→ later: the final results (kazakhstan-2019-presidential-final" in window.comparison.status_label.text()
    window.open_path(str(copy))
    columns, stop_enabled, status = _comparing(window)
    assert (columns, stop_enabled) == (6, True)
    assert status.startswith("Still comparing with the final results (kazakhstan-2019-presidential-final.electview.json)")
    assert "the file opened before" in status


def test_opening_the_compared_file_itself_ends_the_comparison(window, final_sample):
    window.open_path(str(sample_path()))
    window.comparison.compare_with(str(final_sample))
    window.open_path(str(final_sample))
    assert _comparing(window) == (5, False, "")


def test_a_reload_keeps_the_comparison_as_it_was(window, final_sample):
    window.open_path(str(final_sample))
    window.comparison.compare_with(str(sample_path()))
    window.reload()
    assert _comparing(window)[:2] == (6, True)
    assert window.comparison.status_label.text().startswith("Comparing earlier: the preliminary results")


def test_a_view_that_fails_to_work_out_leaves_the_state_exactly(window, monkeypatch):
    window.open_path(str(COLORADO))
    before, totals = window.document.state, window.totals_label.text()

    def broken(*args, **kwargs):
        raise TypeError("float() argument must be a real number, not 'NoneType'")

    monkeypatch.setattr("electview.ui.document.tally", broken)
    with pytest.raises(TypeError):
        window.document.set_contest(1)
    assert window.document.state is before
    assert window.totals_label.text() == totals
    assert window.contest_picker.currentIndex() == 0


def test_a_pre_election_file_after_results_leaves_none_of_them_on_screen(window, qtbot, final_sample):
    window.open_path(str(final_sample))
    old_totals = window.totals_label.text()
    assert "9,216,410" in old_totals
    old_header = window.header.turnout_label.text()
    window.open_path(str(PRE_ELECTION))
    qtbot.waitUntil(lambda: window.document.path == str(PRE_ELECTION.resolve()), timeout=10000)
    assert window.totals_label.text() == "Total valid votes: —"
    assert window.header.turnout_label.text() != old_header
    assert window.model.tally is window.document.tally
    names = {window.model.index(r, 0).data() for r in range(window.model.rowCount())}
    assert "Kassym-Jomart Tokayev" not in names
    assert "Tokayev" not in window.gauge_label.text()
    legend = [window.pie.legend.item(row).text() for row in range(window.pie.legend.count())]
    assert not any("Tokayev" in text for text in legend)
