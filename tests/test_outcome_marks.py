"""Winners marked in the table, the pie's legend and the printed report; "Other" never hides a winner."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from electview.core import CountTable, UnitTable
from electview.core.model import Candidate, Contest, Election, ElectoralSystem, ResultsDataset, Status
from electview.core.outcomes import with_seats, with_system
from electview.core.report_html import ReportOptions, build_report_html
from electview.core.tally import tally
from electview.formats import load_file
from electview.resources import sample_path
from electview.ui.candidate_model import NAME, OUTCOME, CandidateTableModel
from electview.ui.main_window import MainWindow
from electview.ui.pie_chart import PieChart
from outcome_support import tie_dataset

DATA = Path(__file__).parent / "data"
EML = DATA / "eml-510" / "Telling_GR2022_WestMaasenWaal.TRIMMED-3-of-21-units.eml.xml"
PARK = DATA / "rcv" / "2013_minneapolis_park.rctab-detailed-report.json"


def _window(qtbot, dataset):
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.set_dataset(dataset, dataset.source_path)
    return window


def _column(window, column):
    model = window.model
    return {model.index(r, NAME).data(): model.index(r, column).data() for r in range(model.rowCount())}


def _legend(window):
    return [window.pie.legend.item(r).text() for r in range(window.pie.legend.count())]


def test_party_list_seats_are_marked_leading_until_final(qtbot):
    dataset = load_file(EML)
    council = with_system(dataset, ElectoralSystem("dhondt", 19, 0.0, "user"), dataset.contests[0].name)
    window = _window(qtbot, council)
    marks = _column(window, OUTCOME)
    assert window.model.headerData(OUTCOME, Qt.Orientation.Horizontal) == "Outcome"
    assert marks["FD Partij Beneden-Leeuwen"] == "leading, seats: 4"
    assert marks["F.D. Boven-Leeuwen"] == "leading, seats: 1"
    tooltip = window.model.index(0, OUTCOME).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "<qt>Rule: 19 seats by D&#x27;Hondt (chosen by the user).</qt>"  # plain text, escaped
    certified = replace(council, election=replace(council.election, status=Status.CERTIFIED))
    window.document.set_dataset(certified, str(EML))
    assert _column(window, OUTCOME)["FD Partij Beneden-Leeuwen"] == "elected, seats: 4"
    assert "FD Partij Beneden-Leeuwen  (elected, seats: 4)  20.25%" in _legend(window)


def test_the_sample_leader_is_leading_while_preliminary_and_the_rest_unmarked(qtbot, sample_dataset):
    window = _window(qtbot, sample_dataset)
    marks = _column(window, OUTCOME)
    assert marks["Kassym-Jomart Tokayev"] == "leading"
    assert {mark for name, mark in marks.items() if name != "Kassym-Jomart Tokayev"} == {""}
    assert _legend(window)[0] == "Kassym-Jomart Tokayev  (leading)  70.76%"


def test_a_tie_is_marked_tied_in_the_table_the_legend_and_the_report(qtbot):
    dataset = tie_dataset()  # LA County council, vote for 3, certified: LINARES and POLZIN level for the 3rd seat
    window = _window(qtbot, dataset)
    marks = _column(window, OUTCOME)
    assert marks["JORGE A. MARQUEZ"] == "elected" and marks["JOHN C. KING"] == "elected"
    assert marks["VICTOR LINARES"] == "tied" and marks["NEIL L. POLZIN"] == "tied"
    legend = _legend(window)
    assert any(text.startswith("VICTOR LINARES  (tied)") for text in legend)
    assert any(text.startswith("NEIL L. POLZIN  (tied)") for text in legend)
    html = build_report_html(dataset, [tally(dataset.contests[0], None, dataset.turnout)], ReportOptions(chart_src=None))
    assert "VICTOR LINARES <b>(tied)</b>" in html and "JORGE A. MARQUEZ <b>(elected)</b>" in html
    assert "Tie for the last seat between VICTOR LINARES, NEIL L. POLZIN: the law decides" in html
    assert "Rule: vote for 3: the 3 most voted win." in html


def test_winners_the_file_names_are_elected_whatever_the_status(qtbot):
    # RCTab's report names the 3 elected; the final round has ERWIN and YOUNG level on 14,866.
    dataset = load_file(PARK)
    assert not dataset.election.status.is_final
    window = _window(qtbot, dataset)
    marks = _column(window, OUTCOME)
    assert sorted(name for name, mark in marks.items() if mark) == ["ANNIE YOUNG", "JOHN ERWIN", "MEG FORNEY"]
    assert {marks[name] for name in ("ANNIE YOUNG", "JOHN ERWIN", "MEG FORNEY")} == {"elected"}


def test_the_report_marks_the_sample_leader_in_each_language(sample_dataset):
    html = build_report_html(sample_dataset, options=ReportOptions(chart_src=None))
    assert "Kassym-Jomart Tokayev <b>(leading)</b>" in html
    assert ("<b>Outcome:</b> Rule: one winner: most votes (assumed: the file doesn&#x27;t say how many are elected)."
            " Kassym-Jomart Tokayev leads with 70.76% of valid votes;"
            " 6,504,054 votes are a majority of any total below 13,008,108.") in html


# "Other" that is outcome-safe


def test_vote_for_six_keeps_the_sixth_winner_out_of_other(qtbot, sample_dataset):
    window = _window(qtbot, sample_dataset)
    assert window.pie.slices[-1].label == "Other (2 candidates)"  # Akhmetbekov 1.82% and Tugel 0.92%: both lose
    window.document.set_dataset(with_seats(sample_dataset, 6), str(sample_path()))
    labels = [piece.label for piece in window.pie.slices]
    assert "Jambyl Akhmetbekov" in labels  # 6th of 6 winners, at 1.82%
    assert not any(piece.is_group for piece in window.pie.slices)  # Tugel alone: no group of one


def _crowd(count: int, seats: int = 1) -> ResultsDataset:
    """``count`` candidates, each well under 2% (votes 100, 101, …): no one above the fold-into-Other line."""
    candidates = tuple(Candidate(id=f"c{i}", name=f"Candidate {i:02d}") for i in range(count))
    contest = Contest(
        id="crowd", name="Crowded race", candidates=candidates,
        units=UnitTable.from_lists(["all"], ["Everywhere"], ["country"], [-1]),
        votes=CountTable.from_rows([(0, i, 100 + i) for i in range(count)]), seats=seats,
    )  # fmt: skip
    return ResultsDataset(election=Election(title="Crowd"), contests=(contest,))


@pytest.mark.parametrize("seats", [1, 12])
def test_when_everyone_is_under_two_percent_the_winners_still_have_slices(qtbot, seats):
    model = CandidateTableModel()
    pie = PieChart(model)
    qtbot.addWidget(pie)
    model.set_tally(tally(_crowd(80, seats).contests[0]), final=True)  # the largest: 179 of 11,160 votes, 1.6%
    alone = [piece for piece in pie.slices if not piece.is_group]
    # The most voted (79, 78, …) keep their own slices; everyone else is one "Other".
    assert sorted(piece.label for piece in alone) == sorted(f"Candidate {79 - k:02d}" for k in range(seats))
    assert pie.slices[-1].is_group and len(pie.slices[-1].rows) == 80 - seats
    assert all("(elected)" in pie.legend.item(r).text() for r in range(len(alone)))
