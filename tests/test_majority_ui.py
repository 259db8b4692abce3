"""The majority gauge in the window: the line on the pie, the sentence under it, the settings."""

import pytest

from electview.core.majority import Base
from electview.resources import sample_path
from electview.ui.main_window import MainWindow
from electview.ui.pie_painter import threshold_angle


@pytest.fixture
def window(qtbot):  # not conftest's: never shown, so the gauge's text is cut and carries a tooltip
    win = MainWindow()
    qtbot.addWidget(win)
    win.document.open(str(sample_path()))
    return win


def test_threshold_line_and_sentence(window):
    pie_total = sum(piece.value for piece in window.pie.slices)
    assert window.pie.item.threshold == pytest.approx(50.0 / pie_total)  # just short of 6 o'clock (shares sum to 100.17)
    text = window.gauge_label.text()
    assert "50% of valid votes" in text
    # The outcome statement first (a short window drops the last lines), percentages as the table prints them.
    # Two sentences, so a short window keeps the first whole (the report and summary have it as one).
    assert text.startswith(
        "Kassym-Jomart Tokayev leads with 70.76% of valid votes.\n"
        "6,504,054 votes are a majority of any total below 13,008,108."
    )
    assert "no registered voters or expected total given" in text
    assert "2,703,282" not in text and "70.64%" not in text  # the old "worst case" of nothing
    assert "6,504,054 × 100 ÷ 50 = 13,008,108" in window.gauge_label.toolTip()
    assert window.gauge_label.accessibleDescription() == "Majority gauge"


def test_threshold_is_configurable_and_remembered(window, monkeypatch):
    monkeypatch.setattr("electview.ui.majority.QInputDialog.getDouble", lambda *a, **k: (75.0, True))
    window.majority.threshold_action.trigger()
    assert window.settings.majority_threshold() == 75.0
    assert "not above the 75% threshold of valid votes" in window.gauge_label.text()
    assert window.pie.item.threshold > 0.7


def test_ballots_base_without_ballots_is_unknown(window):
    window.majority.base_actions[Base.BALLOTS_CAST].trigger()
    assert window.settings.majority_base() == "ballots"
    assert window.pie.item.threshold is None  # ballots cast not reported: no line to draw
    # The share of ballots is unknown, but the bound holds whatever their number.
    assert "6,504,054 votes are more than 50% of any total of ballots cast below 13,008,108" in window.gauge_label.text()


def test_threshold_angle():
    assert threshold_angle(0.5) == -90.0  # 6 o'clock in Qt's counter-clockwise degrees
    assert threshold_angle(0.0) == 90.0


def test_a_rule_the_file_does_not_give_is_said_to_be_assumed(qtbot):
    """A party-list vote read from a table that gives no seats (the Duma's federal lists) was judged as
    one race ("… would need 57.45% to overtake") with nothing saying that was electview's assumption."""
    from electview.core.summary import render
    from electview.resources import sample_path
    from electview.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.document.open(str(sample_path()))
    assert "One winner by most votes is assumed: the file doesn't say how many are elected" in window.gauge_label.text()
    assert "Rule: one winner: most votes (assumed: the file doesn't say how many are elected)." in render(window.document.dataset)
