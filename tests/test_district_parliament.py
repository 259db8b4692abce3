"""Parliaments of single-member constituencies: seats won per party across them (UK 2024), in the summary and the chart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from electview.core import CountTable, UnitTable
from electview.core.model import Candidate, Contest, Election, ResultsDataset, Status
from electview.core.outcomes import district_parliament, is_district_parliament
from electview.core.summary import render_text, summary_dict
from electview.formats import load_file
from electview.ui.main_window import MainWindow

DATA = Path(__file__).parent / "data"
UK = DATA / "national" / "uk-hoc-library" / "HoC-GE2024-results-by-candidate.csv"
COLORADO = DATA / "clarity" / "colorado-2024-general-detail.TRIMMED-6-contests.xml"
# House of Commons Library, GE 4 July 2024, "First party" of the 650 constituencies (see ../shared/formats/national/EXPECTED.md).
UK_SEATS = {"Lab": 411, "Con": 121, "LD": 72, "SNP": 9, "SF": 7, "Ind": 6, "RUK": 5, "DUP": 5, "Green": 4, "PC": 4,
            "SDLP": 2, "Spk": 1, "APNI": 1, "TUV": 1, "UUP": 1}  # fmt: skip


@pytest.fixture(scope="module")
def uk():
    return load_file(UK)


def test_uk_2024_seats_per_party_are_the_official_result(uk):
    house = district_parliament(uk)
    assert dict(zip(house.parties, house.seats, strict=True)) == UK_SEATS
    assert house.total_seats == 650 and house.majority == 326
    assert house.tied_seats == 0 and house.undecided_seats == 0
    assert house.parties[:3] == ("Lab", "Con", "LD")  # largest first


def test_uk_summary_says_the_seats_first_and_in_json(uk):
    text = render_text(uk)
    assert "Seats won (within the ballots counted): Lab 411, Con 121, LD 72, SNP 9, SF 7," in text
    assert "Lab has a majority: 411 seats, 326 needed of 650." in text
    assert text.index("Lab has a majority") < text.index("Aberafan Maesteg")
    parliament = json.loads(json.dumps(summary_dict(uk)))["parliament"]
    assert parliament["seats"] == UK_SEATS and parliament["majority_seats"] == 326
    assert parliament["kind"] == "single-member-districts" and parliament["total_seats"] == 650
    assert "parliament" not in summary_dict(uk, "Clacton")  # one constituency is no parliament


def test_several_offices_on_one_ballot_are_no_parliament():
    # Colorado's president, congress and measures are counted in the same counties.
    assert not is_district_parliament(load_file(COLORADO))
    assert "parliament" not in summary_dict(load_file(COLORADO))


def _districts(votes_by_district, status=Status.CERTIFIED) -> ResultsDataset:
    """One contest per district, each counted in its own unit; votes_by_district: [[(party, votes), …], …]."""
    contests = []
    for d, standing in enumerate(votes_by_district):
        candidates = tuple(Candidate(id=f"{d}-{p}", name=f"{party} candidate {d}", party=party) for p, (party, _) in enumerate(standing))
        rows = [(0, p, votes) for p, (_, votes) in enumerate(standing) if votes is not None]
        contests.append(Contest(
            id=f"d{d}", name=f"District {d}", candidates=candidates,
            units=UnitTable.from_lists([f"district-{d}"], [f"District {d}"], ["district"], [-1]),
            votes=CountTable.from_rows(rows),
        ))  # fmt: skip
    return ResultsDataset(election=Election(title="Small assembly", status=status), contests=tuple(contests))


def test_a_tied_constituency_is_no_ones_seat_and_an_uncounted_one_is_undecided():
    dataset = _districts([
        [("A", 500), ("B", 400)],
        [("A", 300), ("B", 300)],  # tied: the law decides
        [("B", 700), ("C", 100)],
        [("A", 200), ("C", 250)],
        [("A", None), ("B", None)],  # no counts yet
    ])  # fmt: skip
    house = district_parliament(dataset)
    assert dict(zip(house.parties, house.seats, strict=True)) == {"A": 1, "B": 1, "C": 1}
    assert house.total_seats == 5 and house.tied_seats == 1 and house.undecided_seats == 1 and house.final
    text = render_text(dataset)
    assert "Seats won: A 1, B 1, C 1." in text
    assert "No party has a majority: A, the largest, needs 2 more seats for a majority of 3." in text
    assert "1 seats tied between candidates: the law decides, not the count." in text
    assert "1 seats not decided: their counts are unknown." in text


def test_the_chart_shows_the_commons_and_builds_a_coalition(qtbot, uk):
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.set_dataset(uk, str(UK))
    assert window.parliament.action.isEnabled()
    shown = window.parliament.show_parliament()
    chart = shown.chart
    assert len(chart.seats_item.points()) == 650
    assert "650 single-member constituencies" in shown.heading.text()
    assert shown.heading.text().startswith("HoC-GE2024-results-by-candidate:")
    colours = dict(zip(chart.parliament.parties, chart.parliament.colours, strict=True))
    labour = chart.parliament.parties.index("Lab")
    assert chart.seats_item.points()[0].brush().color().name() == colours["Lab"].lower()
    chart.toggle_party(chart.parliament.parties.index("Con"))
    chart.toggle_party(chart.parliament.parties.index("LD"))
    assert chart.summary.text() == "Con + LD: 193 seats, 133 short of a majority of 326."
    chart.toggle_party(labour)
    assert chart.summary.text() == "Con + LD + Lab: 604 seats, a majority (326 of 650 needed)."
    # Another constituency on screen: the same assembly, the coalition kept.
    window.document.set_contest(5)
    assert chart.coalition == (1, 2, 0) and len(chart.seats_item.points()) == 650


def test_each_party_has_the_files_colour_for_it_not_a_constituencys_stand_in(uk):
    # In a constituency where LD's colour is already another party's, its candidate gets a free one there.
    from electview.core.palette import party_key

    house = district_parliament(uk)
    coloured = [(party, colour) for party, colour in zip(house.parties, house.colours, strict=True) if party_key(party)]
    assert len(coloured) == 14  # all but the independents, who are no party and have no party colour
    assert all(colour == uk.party_colours[party_key(party)] for party, colour in coloured)
