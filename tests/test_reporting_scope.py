"""Reporting progress per contest, scoped to the place shown (issue 14, "scope").

Colorado 2024 (Clarity detail.xml): each contest lists its ParticipatingCounties with the precincts
participating and reported there. Statewide the presidential contest is 3,202 of 3,202; in
Denver it is the county's own 303 of 303 (the file's ElectionVoterTurnout says Denver has 304
precincts in all; one of them has no presidential ballot). Expected figures are read from the file here.
"""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

from cli_support import run_in_process
from electview.core.summary import render, summary_dict
from electview.core.tally import tally
from electview.formats import load_file
from electview.ui.main_window import MainWindow

DATA = Path(__file__).parent / "data"
COLORADO = DATA / "clarity" / "colorado-2024-general-detail.TRIMMED-6-contests.xml"
CAMBRIDGE = DATA / "nist-v2" / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.json"


def _raw_denver_presidential() -> tuple[int, int]:
    root = ElementTree.parse(COLORADO).getroot()
    contest = next(c for c in root.iter("Contest") if c.get("text") == "Presidential Electors")
    denver = next(c for c in contest.find("ParticipatingCounties") if c.get("name") == "Denver")
    return int(denver.get("precinctsReported")), int(denver.get("precinctsParticipating"))


def _summary_json(*args: str) -> dict:
    process = run_in_process("summary", "--format", "json", *args)
    assert process.returncode == 0, process.stderr
    return json.loads(process.stdout)


def test_tally_reporting_is_the_contests_own_in_the_place():
    dataset = load_file(COLORADO)
    president = dataset.contests[0]
    whole = tally(president, None, dataset.turnout)
    assert (whole.units_reporting, whole.units_total) == (3202, 3202)
    denver = next(i for i, name in enumerate(president.units.names) if name == "Denver")
    scoped = tally(president, denver)
    assert (scoped.units_reporting, scoped.units_total) == _raw_denver_presidential() == (303, 303)  # was 3,202 of 3,202


def test_summary_json_has_reporting_per_contest_and_null_where_the_file_says_nothing():
    colorado = summary_dict(load_file(COLORADO))
    assert colorado["contests"][0]["reporting"] == {"units_reported": 3202, "units_total": 3202}
    district = next(c for c in colorado["contests"] if "District 5" in c["name"])
    assert district["reporting"] == {"units_reported": 316, "units_total": 316}
    cambridge = summary_dict(load_file(CAMBRIDGE))
    assert all(contest["reporting"] is None for contest in cambridge["contests"])


def test_summary_region_denver_reports_denvers_precincts():
    summary = _summary_json(str(COLORADO), "--region", "Denver", "--contest", "Presidential Electors")
    assert summary["contests"][0]["reporting"] == {"units_reported": 303, "units_total": 303}


def test_text_markdown_and_csv_say_the_reporting_progress():
    dataset = load_file(COLORADO)
    assert "Reporting: 3,202 of 3,202 units" in render(dataset, "text", "Presidential Electors")
    assert "Reporting: 3,202 of 3,202 units" in render(dataset, "markdown", "Presidential Electors")
    lines = render(dataset, "csv", "Presidential Electors").splitlines()
    assert lines[0].endswith(",units_reported,units_total,status,elected,seats_won")
    import csv

    rows = list(csv.DictReader(lines))
    assert all((row["units_reported"], row["units_total"]) == ("3202", "3202") for row in rows)
    cambridge = list(csv.DictReader(render(load_file(CAMBRIDGE), "csv").splitlines()))
    assert all((row["units_reported"], row["units_total"]) == ("", "") for row in cambridge)


def test_window_header_says_denvers_progress(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    dataset = load_file(COLORADO)
    window.document.set_dataset(dataset, str(COLORADO))
    window.document.set_contest(0)
    denver = next(i for i, name in enumerate(dataset.contests[0].units.names) if name == "Denver")
    window.document.set_scope(denver)
    header = window.header.turnout_label.text()
    assert "303 of 303 reporting units" in header and "3,202" not in header


def test_the_report_says_the_progress_at_the_place_printed():
    from electview.core.report_html import build_report_html

    dataset = load_file(COLORADO)
    president = dataset.contests[0]
    denver = next(i for i, name in enumerate(president.units.names) if name == "Denver")
    assert "Reporting: 3,202 of 3,202 units" in build_report_html(dataset, contest_name="Presidential Electors")
    html = build_report_html(dataset, [tally(president, denver)])
    assert "Reporting: 303 of 303 units" in html and "3,202" not in html
