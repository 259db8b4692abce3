"""A contest with too many stations × candidates for the checks' table is refused with the way out, never run out of memory.

The checks hold a station × candidate table of counts: a national contest of 8,076 candidates counted at a million
stations would need about 64 GB. CIK 2018's 904 stations × 8 candidates stand in for it with the limit lowered.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_support import run_in_process
from electview.core import integrity
from electview.core.report_integrity import integrity_section
from electview.core.report_languages import ENGLISH
from electview.core.summary import contest_tallies
from electview.formats import load_file
from electview.ui.main_window import MainWindow

CIK_2018 = Path(__file__).parent / "data" / "national" / "ru-cik" / "2018-president-uik.5-regions.csv"
REFUSAL = "904 stations × 8 candidates are too many to check at once"


@pytest.fixture
def small_limit(monkeypatch):
    monkeypatch.setattr(integrity, "MAX_STATION_CELLS", 1_000)


def test_the_checks_refuse_it_and_the_command_says_how_to_go_on(small_limit):
    contest = load_file(CIK_2018).contests[0]
    assert integrity.has_stations(contest)
    with pytest.raises(integrity.TooManyToCheck, match=REFUSAL):
        integrity.check(contest)
    process = run_in_process("integrity", str(CIK_2018))
    assert process.returncode == 2 and REFUSAL in process.stderr and "choose a place" in process.stderr


def test_the_report_says_it_instead_of_the_figures(small_limit):
    result = contest_tallies(load_file(CIK_2018))[0]
    assert REFUSAL in integrity_section(result, ENGLISH)


def test_the_window_says_it_in_the_integrity_view(small_limit, qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(str(CIK_2018))
    qtbot.waitUntil(lambda: window.document.contest is not None and window.document.path.endswith(CIK_2018.name), timeout=20000)
    assert window.integrity.action.isEnabled()
    window.integrity.action.trigger()
    view = window.integrity.integrity_window
    qtbot.waitUntil(lambda: REFUSAL in view.heading.text(), timeout=20000)
    assert view.report is None and not view.export_button.isEnabled()
