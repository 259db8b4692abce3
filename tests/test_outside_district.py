"""Drilling into a place a district contest doesn't cover: no crash, no figures from elsewhere."""

from __future__ import annotations

from pathlib import Path

from electview.formats import load_file
from electview.ui.candidate_model import VOTES
from electview.ui.main_window import MainWindow

COLORADO = Path(__file__).parent / "data" / "clarity" / "colorado-2024-general-detail.TRIMMED-6-contests.xml"


def test_denver_under_district_5_shows_nothing_reported_not_a_crash(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    dataset = load_file(COLORADO)
    window.document.set_dataset(dataset, str(COLORADO))
    district = next(i for i, c in enumerate(dataset.contests) if "District 5" in c.name)
    window.document.set_contest(district)
    contest = dataset.contests[district]
    denver = next(i for i, name in enumerate(contest.units.names) if "Denver" in name)
    window.document.set_scope(denver)  # raised TypeError in a slot (format_votes(None))
    assert window.totals_label.text() == "Total valid votes: —"
    model = window.table.model()
    assert all(model.index(row, VOTES).data() in ("—", None) for row in range(model.rowCount()))
