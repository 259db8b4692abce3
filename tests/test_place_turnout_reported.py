"""A place's turnout the file reports is shown as reported, not as electview's own working (issue #14, "labels").

Colorado 2024 (Clarity detail.xml) gives each county's voterTurnout: Denver 77.83% (474,650
registered, 369,436 ballots cast). Drilled down to Denver, the header said "Turnout 77.83%
(derived: ballots cast ÷ registered voters)" and the JSON 77.8334, electview's figure, not the file's.
"""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

from cli_support import run_in_process
from electview.core.tally import tally
from electview.formats import load_file
from electview.ui.main_window import MainWindow

COLORADO = Path(__file__).parent / "data" / "clarity" / "colorado-2024-general-detail.TRIMMED-6-contests.xml"


def _reported(county: str) -> float:
    turnout = ElementTree.parse(COLORADO).getroot().find("ElectionVoterTurnout")
    return float(next(c for c in turnout.iter("County") if c.get("name") == county).get("voterTurnout"))


def _denver(dataset) -> int:
    return next(i for i, name in enumerate(dataset.contests[0].units.names) if name == "Denver")


def test_the_tally_of_a_county_takes_its_reported_turnout():
    dataset = load_file(COLORADO)
    result = tally(dataset.contests[0], _denver(dataset), dataset.turnout)
    assert result.turnout_percent.value == _reported("Denver") == 77.83
    assert not result.turnout_percent.derived


def test_the_header_and_the_summary_say_it_as_reported(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    dataset = load_file(COLORADO)
    window.document.set_dataset(dataset, str(COLORADO))
    window.document.set_contest(0)
    window.document.set_scope(_denver(dataset))
    header = window.header.turnout_label.text()
    assert "77.83% (as reported)" in header and "derived" not in header
    process = run_in_process("summary", str(COLORADO), "--format", "json", "--region", "Denver", "--contest", "Presidential Electors")
    assert json.loads(process.stdout)["turnout"] == {"percent": 77.83, "ballots_cast": 369436, "registered": 474650}


def test_a_place_without_a_reported_percentage_is_worked_out_and_says_so():
    from electview.formats._builder import UnitRegistry

    registry = UnitRegistry()
    top = registry.add("all", "All", "state", -1)
    reported = registry.add("a", "A", "county", top)
    worked = registry.add("b", "B", "county", top)
    registry.set_turnout(reported, 200, 150, percent=75.0)
    registry.set_turnout(worked, 300, 100)
    units = registry.table()
    assert units.turnout_percent[reported] == 75.0 and units.turnout_percent[worked] != units.turnout_percent[worked]  # NaN
    plain = UnitRegistry()
    plain.add("all", "All", "state", -1)
    assert plain.table().turnout_percent is None  # no file percentages: no array
