"""The integrity checks on a booth file: its polling stations, kept apart from the contest's districts, are the stations.

The booth reader keeps a contest's places at region → district and its stations in the precinct tables, so
`electview integrity` and View ▸ Integrity found no stations on any booth file ("has no stations with
registered voters and ballots"), even one with a registered-voters column.
"""

from __future__ import annotations

import pytest

from cli_support import run_in_process
from booth_support import write_csv
from electview.core import integrity
from electview.formats import load_file
from electview.formats.stations import may_have_stations, station_contest
from electview.ui.main_window import MainWindow

HEADER = ["region", "district", "precinct", "office", "candidate", "party", "votes", "registered"]
# Two districts, three stations each; one station reports 100% turnout, every ballot for Ana.
ROWS = [
    ("North", "N1", "s1", "Mayor", "Ana", "Red", 60, 150), ("North", "N1", "s1", "Mayor", "Ben", "Blue", 40, 150),
    ("North", "N1", "s2", "Mayor", "Ana", "Red", 55, 140), ("North", "N1", "s2", "Mayor", "Ben", "Blue", 35, 140),
    ("North", "N1", "s3", "Mayor", "Ana", "Red", 120, 120), ("North", "N1", "s3", "Mayor", "Ben", "Blue", 0, 120),
    ("South", "S1", "s1", "Mayor", "Ana", "Red", 30, 100), ("South", "S1", "s1", "Mayor", "Ben", "Blue", 45, 100),
    ("South", "S1", "s2", "Mayor", "Ana", "Red", 33, 90), ("South", "S1", "s2", "Mayor", "Ben", "Blue", 41, 90),
    ("South", "S1", "s3", "Mayor", "Ana", "Red", 28, 80), ("South", "S1", "s3", "Mayor", "Ben", "Blue", 37, 80),
]


def test_the_stations_are_the_booths(tmp_path):
    path = write_csv(tmp_path / "booth.csv", ROWS, HEADER)
    dataset = load_file(path)
    contest = dataset.contests[0]
    assert not integrity.has_stations(contest) and may_have_stations(dataset, contest)
    found = integrity.stations(station_contest(dataset, contest))
    assert len(found) == 6 and sorted(found.registered.tolist()) == [80, 90, 100, 120, 140, 150]
    assert contest.candidates[found.leader].name == "Ana"  # 326 votes to Ben's 198
    process = run_in_process("integrity", str(path), "--format", "json")
    assert process.returncode == 0, process.stderr
    assert '"stations": 6' in process.stdout


def test_the_window_checks_them_and_a_flagged_station_opens_its_district(tmp_path, qtbot):
    path = write_csv(tmp_path / "booth.csv", ROWS, HEADER)
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.document.contest is not None and window.document.path.endswith("booth.csv"), timeout=20000)
    assert window.integrity.action.isEnabled()
    window.integrity.action.trigger()
    view = window.integrity.integrity_window
    qtbot.waitUntil(lambda: view.report is not None, timeout=20000)
    assert len(view.report.found) == 6
    hundred = next(r for r in range(view.flagged_proxy.rowCount()) if "100" in " ".join(
        str(view.flagged_proxy.index(r, c).data()) for c in range(view.flagged_proxy.columnCount())))
    view._on_double_clicked(view.flagged_proxy.index(hundred, 0))
    scope = window.document.scope
    assert scope is not None and str(window.document.contest.units.names[scope]) == "N1"  # the station's district


def test_the_report_and_the_html_export_check_the_booths(tmp_path):
    # The report's Integrity section used the contest's own units (districts, no electorate): a booth
    # file, whose stations the window and `electview integrity` check, had no section at all.
    import re

    from electview.core.exports import export_html
    from electview.core.report_html import ReportOptions, build_report_html
    from electview.formats.stations import report_stations

    path = write_csv(tmp_path / "booth.csv", ROWS, HEADER)
    dataset = load_file(path)
    assert "Integrity checks" not in build_report_html(dataset)  # no stations without being told where they are
    html = build_report_html(dataset, options=ReportOptions(stations_of=report_stations(dataset)))
    cells = [cell for cell in re.sub(r"<[^>]+>", "|", html[html.index("Integrity checks (derived)") :]).split("|") if cell.strip()]
    assert cells[cells.index("Stations checked") + 1] == "6" and cells[cells.index("Leader across them") + 1] == "Ana"
    assert cells[cells.index("Flagged stations") + 1].startswith("4 (turnout 100%: 1; every ballot for the leader: 1;")
    exported = tmp_path / "booth.html"
    export_html(dataset, exported, stations_of=report_stations(dataset))
    assert exported.read_text(encoding="utf-8").count("<svg") >= 2  # the turnout and leader's-share histograms, inline


def test_the_printed_report_of_a_booth_file_has_its_integrity_section(tmp_path):
    import shutil
    import subprocess

    path = write_csv(tmp_path / "booth.csv", ROWS, HEADER)
    pdf = tmp_path / "booth.pdf"
    process = run_in_process("report", str(path), "-o", str(pdf))
    assert process.returncode == 0, process.stderr
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils, which .ci/run installs) is not on this machine")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Integrity checks (derived)" in text
    line = next(line for line in text.splitlines() if "Stations checked" in line)
    assert line.split()[-1] == "6"
