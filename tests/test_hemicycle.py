"""The parliament chart: seat layout, seats per party from a real party-list file, and the coalition builder driven by clicks."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from electview.core.model import ElectoralSystem
from electview.core.outcomes import TIED_SEATS_COLOUR, Parliament, parliament, with_system
from electview.core.tally import tally
from electview.formats import load_file
from electview.ui.hemicycle import NO_PARTY, HemicycleChart, seat_positions
from electview.ui.main_window import MainWindow

EML = Path(__file__).parent / "data" / "eml-510" / "Telling_GR2022_WestMaasenWaal.TRIMMED-3-of-21-units.eml.xml"
# D'Hondt, 19 seats, on the trimmed file's party votes (1,893; 1,372; 1,345; 1,157; 999; 972; 941; 671):
# the 19th quotient is VVD's 1,345/3 = 448.3, the 20th F.D. Maasdorpen's 1,157/3 = 385.7.
SEATS_19 = {
    "FD Partij Beneden-Leeuwen": 4, "F.D. Dreumel": 3, "VVD": 3, "F.D. Maasdorpen": 2,
    "Sociaal Maas en Waal": 2, "CDA": 2, "F.D. Wamel": 2, "F.D. Boven-Leeuwen": 1,
}  # fmt: skip


def _council(seats=19, method="dhondt"):
    dataset = load_file(EML)
    return with_system(dataset, ElectoralSystem(method, seats, 0.0, "user"), dataset.contests[0].name)


@pytest.mark.parametrize("total", [1, 2, 5, 7, 19, 150, 650, 751])
def test_seat_positions_hold_every_seat_on_the_half_disc_left_to_right(total):
    positions, angles, spacing = seat_positions(total)
    assert positions.shape == (total, 2)
    radius = np.hypot(positions[:, 0], positions[:, 1])
    assert (positions[:, 1] >= -1e-9).all() and (radius <= 1 + 1e-9).all() and (radius >= 0.4 - 1e-9).all()
    assert (np.diff(angles) <= 1e-12).all()  # from the left end (π) to the right (0)
    # No two seats overlap: every pair is at least most of a spacing apart.
    if total > 1:
        gaps = np.hypot(*(positions[:, None, :] - positions[None, :, :]).transpose(2, 0, 1))
        np.fill_diagonal(gaps, math.inf)
        assert gaps.min() > spacing * 0.8


def test_party_list_seats_make_a_parliament_largest_first():
    dataset = _council()
    result = tally(dataset.contests[0], None, dataset.turnout, dataset.party_colours)
    house = parliament(result, final=False)
    assert dict(zip(house.parties, house.seats, strict=True)) == SEATS_19
    assert house.total_seats == 19 and house.majority == 10 and house.tied_seats == 0
    assert list(house.seats) == sorted(house.seats, reverse=True)
    colour = dict(zip((c.name for c in result.candidates), result.colours, strict=True))
    assert house.colours == tuple(colour[name] for name in house.parties)  # coloured as the table
    assert house.rule == "19 seats by D'Hondt (chosen by the user)"


def test_a_vote_for_one_contest_is_no_parliament():
    dataset = load_file(EML)
    assert parliament(tally(dataset.contests[0], None, dataset.turnout), final=False) is None


def test_seats_tied_between_quotients_belong_to_no_party(qtbot):
    house = Parliament(("A", "B"), ("#ff0000", "#0000ff"), (1, 0), 2, tied_seats=1)
    chart = HemicycleChart()
    qtbot.addWidget(chart)
    chart.set_parliament(house)
    assert chart.seat_party.tolist() == [0, NO_PARTY]
    assert chart.seats_item.points()[1].brush().color().name() == TIED_SEATS_COLOUR.lower()
    chart.toggle_party(0)
    assert "1 short of a majority of 2" in chart.summary.text()


@pytest.fixture
def parliament_window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.set_dataset(load_file(EML), str(EML))
    assert not window.parliament.action.isEnabled()  # one winner by the file: no seats to draw
    window.document.set_dataset(_council(), str(EML))
    assert window.parliament.action.isEnabled()
    assert window.parliament.action in window.view_menu.actions()
    window.parliament.action.trigger()
    return window.parliament.parliament_window


def test_the_chart_draws_every_seat_in_the_tables_colours(parliament_window):
    chart = parliament_window.chart
    assert "19 seats by D'Hondt" in parliament_window.heading.text()
    assert "projected within the ballots counted" in parliament_window.heading.text()
    points = chart.seats_item.points()
    assert len(points) == 19
    house = chart.parliament
    drawn = [p.brush().color().name() for p in points]
    expected = [house.colours[p].lower() for p in chart.seat_party.tolist()]
    assert drawn == expected
    assert chart.seat_party.tolist()[:4] == [0, 0, 0, 0]  # the largest party from the left
    # The majority line runs between the 10th and 11th seats from the left.
    assert chart.majority_angle is not None
    _, angles, _ = seat_positions(19)
    assert angles[10] < chart.majority_angle < angles[9]
    assert chart.summary.text() == "Click parties (or tick them) to build a coalition: 10 seats are a majority of 19."


def test_clicking_seats_builds_a_coalition_against_the_majority(parliament_window, qtbot):
    chart = parliament_window.chart
    parliament_window.show()
    qtbot.waitExposed(parliament_window)
    house = chart.parliament
    vvd = house.parties.index("VVD")
    # Click a VVD seat on the chart itself.
    seat = chart.seat_party.tolist().index(vvd)
    QTest.mouseClick(chart.view.viewport(), Qt.MouseButton.LeftButton, pos=chart.seat_scene_position(seat).toPoint())
    assert chart.coalition == (vvd,)
    assert chart.summary.text() == "VVD: 3 seats, 7 short of a majority of 10."
    assert chart.seat_party.tolist()[:3] == [vvd] * 3  # the coalition's seats move to the left end
    faded = [p.brush().color().alpha() for p in chart.seats_item.points()]
    assert faded[:3] == [255] * 3 and set(faded[3:]) == {60}
    # Add the two largest lists by the API, then CDA by ticking it in the list.
    largest, dreumel, cda = (house.parties.index(name) for name in ("FD Partij Beneden-Leeuwen", "F.D. Dreumel", "CDA"))
    chart.toggle_party(largest)
    chart.toggle_party(dreumel)
    chart.parties.item(cda).setCheckState(Qt.CheckState.Checked)
    assert chart.coalition == (vvd, largest, dreumel, cda)
    assert chart.summary.text() == "VVD + FD Partij Beneden-Leeuwen + F.D. Dreumel + CDA: 12 seats, a majority (10 of 19 needed)."
    # Clicking a member's seat again takes it out.
    seat = chart.seat_party.tolist().index(largest)
    QTest.mouseClick(chart.view.viewport(), Qt.MouseButton.LeftButton, pos=chart.seat_scene_position(seat).toPoint())
    assert chart.coalition == (vvd, dreumel, cda)
    assert chart.parties.item(largest).checkState() == Qt.CheckState.Unchecked
    assert chart.summary.text() == "VVD + F.D. Dreumel + CDA: 8 seats, 2 short of a majority of 10."


def test_the_chart_follows_the_contest_on_screen(parliament_window):
    window = parliament_window.parent()
    window.document.set_contest(1)  # the preference votes of one list: no seats
    assert parliament_window.chart.parliament is None
    assert parliament_window.heading.text() == "The contest on screen allocates no seats."
    assert not window.parliament.action.isEnabled()


def test_the_outcome_says_whether_the_largest_list_has_a_majority():
    from electview.core.outcomes import outcome_lines

    dataset = _council()
    lines = outcome_lines(tally(dataset.contests[0], None, dataset.turnout), final=False)
    assert "No party has a majority: FD Partij Beneden-Leeuwen, the largest, needs 6 more seats for a majority of 10." in lines
    # 3 seats: FD Partij 1,893, F.D. Dreumel 1,372, VVD 1,345 take one each (FD's 946.5 comes 4th): level at the top.
    three = _council(seats=3)
    lines = outcome_lines(tally(three.contests[0], None, three.turnout), final=True)
    assert "No party has a majority: the largest have 1 seats each, 1 short of a majority of 2." in lines
    one = _council(seats=1)
    assert "FD Partij Beneden-Leeuwen has a majority: 1 seats, 1 needed of 1." in outcome_lines(tally(one.contests[0]), final=True)
