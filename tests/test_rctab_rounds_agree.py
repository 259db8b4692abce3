"""Each real RCTab report, JSON and CSV: the window and ``summary --format json`` give every round as the report does.

The expected figures are read straight from the tabulator's JSON report (its own decimal
strings), so the CSV of the same contest is held to the JSON's figures too. A CSV merges a
batch elimination's transfers into one, so transfers are compared per round, summed over
whoever gave them; who gave them and how much each gave up is compared exactly.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from electview.ui.main_window import MainWindow
from electview.ui.rounds_model import PER_ROUND
from electview.ui.text import format_percent, format_votes

DATA = Path(__file__).parent / "data" / "rcv"  # from BrightSpots/rcv (MPL-2.0): see data/rcv/SOURCE.txt
REPORTS = ["2018_maine_governor_primary", "2013_minneapolis_park", "2013_minneapolis_mayor"]
FILES = [(name, suffix) for name in REPORTS for suffix in ("json", "csv")]


def _report(name: str) -> list[dict]:
    """Per round as the tabulator's JSON gives it: tally, threshold, elected, eliminated, transfers summed by target."""
    document = json.loads((DATA / f"{name}.rctab-detailed-report.json").read_text())
    rounds = []
    for entry in sorted(document["results"], key=lambda e: e["round"]):
        moved: dict[str, Decimal] = {}
        given: dict[str, Decimal] = {}
        for result in entry["tallyResults"]:
            source = result.get("elected") or result["eliminated"]
            for target, votes in result.get("transfers", {}).items():
                moved[target] = moved.get(target, Decimal(0)) + Decimal(votes)
                given[source] = given.get(source, Decimal(0)) + Decimal(votes)
        rounds.append(
            {
                "tally": {name: Decimal(votes) for name, votes in entry["tally"].items()},
                "threshold": Decimal(entry["threshold"]),
                "elected": {r["elected"] for r in entry["tallyResults"] if "elected" in r},
                "eliminated": {r["eliminated"] for r in entry["tallyResults"] if "eliminated" in r},
                "moved": moved,
                "given": given,
            }
        )
    return rounds


def _summary(path: Path, capsys) -> dict:
    from electview.cli import main

    assert main(["summary", "--format", "json", str(path)]) == 0
    return json.loads(capsys.readouterr().out)["contests"][0]


@pytest.mark.parametrize(("name", "suffix"), FILES)
def test_summary_json_gives_every_round_as_the_report(name, suffix, capsys):
    report = _report(name)
    contest = _summary(DATA / f"{name}.rctab-detailed-report.{suffix}", capsys)
    assert len(contest["rounds"]) == len(report)
    for number, (got, want) in enumerate(zip(contest["rounds"], report, strict=True), start=1):
        assert got["round"] == number
        assert {n: Decimal(str(v)) for n, v in got["tally"].items()} == want["tally"], f"round {number}"
        assert Decimal(str(got["threshold"])) == want["threshold"]
        assert set(got["elected"]) == want["elected"] and set(got["eliminated"]) == want["eliminated"]
        summed: dict[str, Decimal] = {}
        for targets in got["transfers"].values():
            for target, votes in targets.items():
                summed[target] = summed.get(target, Decimal(0)) + Decimal(str(votes))
        assert summed == want["moved"], f"transfers after round {number}"
        sources = {n for key in got["transfers"] for n in key.split("; ")}
        assert sources == set(want["given"]), f"who transferred after round {number}"
        assert set(got["surplus"]) == ({n for n in want["elected"] if n in want["given"]} & set(got["transfers"]))
    winners = {n for r in report for n in r["elected"]}
    assert {c["name"] for c in contest["candidates"] if c["status"] == "elected"} == winners
    assert all(c["elected"] is (c["name"] in winners) for c in contest["candidates"])
    assert contest["elected_in_round"] == {n: i for i, r in enumerate(report, start=1) for n in r["elected"]}
    assert contest["rule"]["kind"] == "ranked-choice" and contest["votes_allowed"] == 1


@pytest.mark.parametrize("name", REPORTS)
def test_json_and_csv_summaries_agree_round_by_round(name, capsys):
    from_json = _summary(DATA / f"{name}.rctab-detailed-report.json", capsys)
    from_csv = _summary(DATA / f"{name}.rctab-detailed-report.csv", capsys)
    for a, b in zip(from_json["rounds"], from_csv["rounds"], strict=True):
        assert a["tally"] == b["tally"] and a["threshold"] == b["threshold"] and a["elected"] == b["elected"]
        assert (a["exhausted"], a["inactive"], a["surplus"]) == (b["exhausted"], b["inactive"], b["surplus"])
        if len(a["transfers"]) <= 1:  # one source: the CSV gives the same flow, not only its sum
            assert a["transfers"] == b["transfers"]
    assert [c["status"] for c in from_json["candidates"]] == [c["status"] for c in from_csv["candidates"]]


@pytest.fixture
def open_rounds(qtbot):
    def opened(path: Path):
        window = MainWindow()
        qtbot.addWidget(window)
        window.open_path(str(path))
        qtbot.waitUntil(lambda: window.document.contest is not None and window.document.contest.ranked is not None, timeout=20000)
        window.rounds.action.trigger()
        return window.rounds.rounds_window

    return opened


@pytest.mark.parametrize(("name", "suffix"), FILES)
def test_the_window_gives_every_round_as_the_report(name, suffix, open_rounds):
    report = _report(name)
    rounds = open_rounds(DATA / f"{name}.rctab-detailed-report.{suffix}")
    proxy = rounds.proxy
    names = [proxy.headerData(row, Qt.Orientation.Vertical) for row in range(proxy.rowCount())]
    for number, want in enumerate(report, start=1):
        rounds.slider.setValue(number)  # as a user drags it
        assert sorted(rounds.bars.shown) == sorted((n, float(v)) for n, v in want["tally"].items())
        assert [v for _, v in rounds.bars.shown] == sorted((v for _, v in rounds.bars.shown), reverse=True)  # largest on top
        assert f"Round {number} of {len(report)}" in rounds.round_label.text()
        assert f"threshold {format_votes(float(want['threshold']))}" in rounds.round_label.text()
        continuing = sum(want["tally"].values())
        column = 1 + PER_ROUND * (number - 1)
        for candidate, votes in want["tally"].items():
            row = names.index(candidate)
            assert proxy.index(row, column).data() == format_votes(float(votes))
            assert proxy.index(row, column + 1).data() == format_percent(float(votes / continuing * 100))
        threshold_row = names.index("Threshold")
        assert proxy.index(threshold_row, column).data() == format_votes(float(want["threshold"]))
        for candidate in want["eliminated"]:
            tip = proxy.index(names.index(candidate), 0).data(Qt.ItemDataRole.ToolTipRole)
            assert tip == f"eliminated in round {number}"
            given = want["given"].get(candidate)
            if given is not None and len(want["eliminated"]) == 1:
                assert proxy.index(names.index(candidate), column + 2).data() == format_votes(-float(given))
    winners = {n: i for i, r in enumerate(report, start=1) for n in r["elected"]}
    assert rounds.outcome.text().splitlines()[0].split(" elected in round ")[0] in winners
    for line in rounds.outcome.text().splitlines():
        winner, _, rest = line.partition(" elected in round ")
        assert int(rest.split(" ")[0]) == winners[winner]
        round_tally = report[winners[winner] - 1]["tally"]
        assert f"with {format_votes(float(round_tally[winner]))} of {format_votes(float(sum(round_tally.values())))} continuing" in line
    assert len(rounds.outcome.text().splitlines()) == len(winners)
    # The Sankey: every transfer the report gives, drawn, and hovering one names its votes.
    flows = [flow for flow, _ in rounds.sankey.flow_items if flow.transferred]
    for number, want in enumerate(report[:-1], start=1):
        drawn = sum(f.votes for f in flows if f.round_index == number - 1)
        assert drawn == pytest.approx(float(sum(want["moved"].values())))
