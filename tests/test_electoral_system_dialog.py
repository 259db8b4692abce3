"""Contest → Electoral System…: the dialog (exec monkeypatched) sets the contest's rule; the rule shows with the outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from electview.core.model import ElectoralSystem
from electview.formats import load_file
from electview.ui.electoral_system_dialog import ElectoralSystemDialog
from electview.ui.main_window import MainWindow

EML = Path(__file__).parent / "data" / "eml-510" / "Telling_GR2022_WestMaasenWaal.TRIMMED-3-of-21-units.eml.xml"
NIST = Path(__file__).parent / "data" / "nist-v2" / "ttv-lacounty-2017-GpU08CQ0.v2.cdf.xml"
CAMBRIDGE = Path(__file__).parent / "data" / "nist-v2" / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.json"


def _answer(monkeypatch, seats=None, method=None, threshold=None, reset=False, cancel=False):
    """Make the dialog answer as a user would, without showing it."""
    seen = {}

    def fake_exec(dialog):
        seen["seats"], seen["method"], seen["threshold_enabled"] = dialog.seats.value(), dialog.method.currentData(), dialog.threshold.isEnabled()
        seen["reset_enabled"] = dialog.reset_button.isEnabled()
        if cancel:
            return QDialog.DialogCode.Rejected
        if seats is not None:
            dialog.seats.setValue(seats)
        if method is not None:
            dialog.method.setCurrentIndex(dialog.method.findData(method))
        if threshold is not None:
            dialog.threshold.setValue(threshold)
        if reset:
            dialog.reset_button.click()
            return dialog.result()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ElectoralSystemDialog, "exec", fake_exec)
    return seen


@pytest.fixture
def window(window):
    window.document.set_dataset(load_file(EML), str(EML))
    return window


def test_the_action_is_in_the_contest_menu(window):
    assert window.electoral_system.action in window.contest_menu.actions()
    assert window.electoral_system.action.isEnabled()


def test_choosing_dhondt_gives_the_contest_seats_everywhere_an_outcome_is(window, monkeypatch):
    seen = _answer(monkeypatch, seats=19, method="dhondt", threshold=5)
    window.electoral_system.action.trigger()
    # The dialog started from the file's rule: one winner, most votes, no threshold to set.
    assert seen == {"seats": 1, "method": "", "threshold_enabled": False, "reset_enabled": False}
    contest = window.document.contest
    assert contest.system == ElectoralSystem("dhondt", 19, 5.0, "user")
    assert window.document.contest_index == 0
    text = window.gauge_label.text()
    # The outcome statement first (a short window drops the last lines), then the rule chosen.
    first, second = text.splitlines()[:2]
    assert first.startswith("No party has a majority: FD Partij Beneden-Leeuwen, the largest, needs ")
    assert second == "Rule: 19 seats by D'Hondt, threshold 5% of valid votes (chosen by the user)."
    # Every list has over 5% of the 9,350 valid votes, so all take part; seats as D'Hondt gives them.
    assert "Seats (projected within the ballots counted): FD Partij Beneden-Leeuwen 4, " in text
    assert "not above the 50%" not in text  # no single-winner gauge for a council
    assert window.parliament.action.isEnabled()
    chart = window.parliament.show_parliament()
    assert "19 seats by D'Hondt, threshold 5% of valid votes (chosen by the user)" in chart.heading.text()
    assert sum(chart.chart.parliament.seats) == 19


def test_a_threshold_takes_seats_from_lists_below_it(window, monkeypatch):
    # F.D. Boven-Leeuwen has 671 of 9,350 valid votes = 7.18%: an 8% threshold leaves it out.
    _answer(monkeypatch, seats=19, method="sainte-lague", threshold=8)
    window.electoral_system.action.trigger()
    house = window.parliament.show_parliament().chart.parliament
    assert "F.D. Boven-Leeuwen" not in house.parties and sum(house.seats) == 19


def test_the_choice_survives_a_reload_and_goes_with_another_file(window, monkeypatch):
    _answer(monkeypatch, seats=19, method="hare")
    window.electoral_system.action.trigger()
    window.reload()
    assert window.document.contest.system == ElectoralSystem("hare", 19, 0.0, "user")
    window.document.set_dataset(load_file(NIST), str(NIST))
    assert all(contest.system is None for contest in window.document.dataset.contests)


def test_reset_and_cancel(window, monkeypatch):
    _answer(monkeypatch, seats=19, method="droop")
    window.electoral_system.action.trigger()
    seen = _answer(monkeypatch, cancel=True)
    window.electoral_system.action.trigger()
    assert seen["seats"] == 19 and seen["method"] == "droop" and seen["threshold_enabled"] and seen["reset_enabled"]
    assert window.document.contest.system.method == "droop"  # cancelled: unchanged
    _answer(monkeypatch, reset=True)
    window.electoral_system.action.trigger()
    assert window.document.contest.system is None
    assert "Rule:" not in window.gauge_label.text() and "Dashed line: 50% of valid votes." in window.gauge_label.text()


def test_vote_for_n_chosen_by_the_user_names_the_winners(qtbot, monkeypatch):
    win = MainWindow()
    qtbot.addWidget(win)
    win.document.set_dataset(load_file(EML), str(EML))
    _answer(monkeypatch, seats=3)
    win.electoral_system.action.trigger()
    text = win.gauge_label.text()
    assert text.splitlines()[:2] == [
        "VVD holds the 3rd seat by 188 votes over F.D. Maasdorpen within the ballots counted.",
        "Rule: vote for 3: the 3 most voted win (chosen by the user).",
    ]
    assert "Leading (within the ballots counted): FD Partij Beneden-Leeuwen, F.D. Dreumel, VVD." in text
    assert "VVD holds the 3rd seat by 188 votes over F.D. Maasdorpen within the ballots counted." in text


def test_expected_votes_give_the_runner_up_a_hurdle_in_the_window(qtbot, monkeypatch):
    # Cambridge's certified governor race, taken as preliminary: the figures are the file's, the expected total the user's.
    from dataclasses import replace

    from electview.core.model import Status

    dataset = load_file(CAMBRIDGE)
    dataset = replace(dataset, election=replace(dataset.election, status=Status.PRELIMINARY))
    win = MainWindow()
    qtbot.addWidget(win)
    win.document.set_dataset(dataset, str(CAMBRIDGE))
    assert "no registered voters or expected total given" in win.gauge_label.text()

    def fake_exec(dialog):
        assert dialog.expected.specialValueText() == "not given" and dialog.expected.value() == 0
        dialog.expected.setValue(40_000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ElectoralSystemDialog, "exec", fake_exec)
    win.electoral_system.action.trigger()
    contest = win.document.contest
    assert contest.expected_votes == 40_000 and contest.system is None  # the file's rule stays the file's
    # 33,312 - 2,768 = 30,544 ahead; 40,000 - 36,560 counted = 3,440 to come: fewer than the lead.
    text = win.gauge_label.text()
    assert text.startswith("HEALEY AND DRISCOLL leads DIEHL AND ALLEN by 30,544 votes, more than the ~3,440 votes still to come")
    assert "expected valid votes 40,000 − valid votes counted 36,560 = 3,440" in win.gauge_label.toolTip()
    assert "Rule:" not in text
