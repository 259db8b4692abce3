"""The pie glides from one count to the next on dataChanged, and jumps on a reset."""

import pytest
from PySide6.QtCore import QAbstractAnimation

from electview.core import tally
from electview.ui.candidate_model import CandidateTableModel
from electview.ui.pie_chart import PieChart


def _with_share(dataset, leader_share: float):
    from dataclasses import replace

    contest = dataset.contests[0]
    shares = contest.shares
    value = shares.value.copy()
    value[(shares.column == 0)] = leader_share
    return replace(contest, shares=replace(shares, value=value))


@pytest.fixture
def chart(qtbot, sample_dataset):
    model = CandidateTableModel()
    model.set_tally(tally(sample_dataset.contests[0], None, sample_dataset.turnout))
    pie = PieChart(model)
    qtbot.addWidget(pie)
    return pie, model


def test_update_glides_to_the_exact_new_figures(chart, qtbot, sample_dataset):
    pie, model = chart
    legend_item = pie.legend.item(0)
    before = pie.item.slices[0].value
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_tally(tally(_with_share(sample_dataset, 70.0)))
    assert pie.slices[0].value == pytest.approx(70.0)  # the target is known at once
    assert pie.animation.state() == QAbstractAnimation.State.Running
    assert pie.item.slices[0].value == pytest.approx(before)  # drawn: still where it was
    qtbot.waitUntil(lambda: pie.animation.state() == QAbstractAnimation.State.Stopped)
    assert [s.value for s in pie.item.slices] == [s.value for s in pie.slices]
    assert pie.legend.item(0) is legend_item  # legend updated in place, not rebuilt
    assert legend_item.text().endswith("70.00%")


def test_midway_frames_lie_between_the_two_counts(chart, sample_dataset):
    pie, model = chart
    model.set_tally(tally(_with_share(sample_dataset, 70.0)))
    pie.animation.stop()
    pie._on_animation_step(0.5)
    assert pie.item.slices[0].value == pytest.approx((70.76 + 70.0) / 2)


def test_highlight_only_changes_start_no_animation(chart, qtbot):
    pie, model = chart
    model.set_highlighting(True)
    assert pie.animation.state() == QAbstractAnimation.State.Stopped


def test_reset_jumps_without_gliding(chart, sample_dataset):
    pie, model = chart
    model.set_tally(None)
    assert pie.slices == [] and pie.item.slices == []
    model.set_tally(tally(sample_dataset.contests[0], None, sample_dataset.turnout))
    assert pie.animation.state() == QAbstractAnimation.State.Stopped
    assert pie.item.slices[0].value == pytest.approx(70.76)
