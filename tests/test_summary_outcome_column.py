"""The text and markdown summaries mark who is elected, leading or tied, as the JSON's and CSV's "status" do."""

from __future__ import annotations

from pathlib import Path

from electview.core.summary import render
from electview.formats import load_file

PARK = Path(__file__).parent / "data" / "rcv" / "2013_minneapolis_park.rctab-detailed-report.json"


def test_the_sample_s_leader_is_marked_leading_while_preliminary(sample_dataset):
    lines = render(sample_dataset).splitlines()
    header = next(line for line in lines if line.startswith("Candidate"))
    assert header.split()[-1] == "Outcome"
    tokayev = next(line for line in lines if line.startswith("Kassym-Jomart Tokayev"))
    assert tokayev.endswith("70.76%  leading")
    assert next(line for line in lines if line.startswith("Amirjan Kosanov")).endswith("16.20%")  # no word for the rest


def test_the_park_board_s_three_winners_are_marked_elected_in_markdown():
    lines = render(load_file(PARK), "markdown").splitlines()
    start = lines.index("| Candidate | Party | Votes | Share | Outcome |")
    table = lines[start : lines.index("", start)]  # the candidate table, not the rounds table below it
    assert table[0] == "| Candidate | Party | Votes | Share | Outcome |"
    elected = [line.split(" | ")[0].lstrip("| ") for line in table if line.endswith("| elected |")]
    assert sorted(elected) == ["ANNIE YOUNG", "JOHN ERWIN", "MEG FORNEY"]
    assert all(line.count("|") == 6 for line in table)  # the total row has the column too
