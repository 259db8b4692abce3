"""The ranked-choice rounds window in Russian and Kazakh: no English left in its texts, tooltips and table (issue #21)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from electview.ui import i18n

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")  # as test_languages finds English in the main window

RCV = Path(__file__).parent / "data" / "rcv"
MAINE = RCV / "2018_maine_governor_primary.rctab-detailed-report.json"
PARK = RCV / "2013_minneapolis_park.rctab-detailed-report.json"  # 3 winners: surplus transfers and their notes


@pytest.fixture
def english(window, qtbot, request):
    window.open_path(str(getattr(request, "param", MAINE)))
    qtbot.waitUntil(lambda: window.document.contest is not None and window.document.contest.ranked is not None, timeout=10000)
    yield window
    i18n.install_language("en")


def _rounds(window):
    window.rounds.action.trigger()
    rounds = window.rounds.rounds_window
    rounds.slider.setValue(1)  # a round with eliminations and transfers, as well as the final one
    rounds.slider.setValue(rounds.slider.maximum())
    return rounds


def _rounds_in(english, qtbot, code: str):
    """The rounds window of the main window rebuilt in language ``code``."""
    translated = english.language.choose(code)
    qtbot.addWidget(translated)
    qtbot.waitUntil(lambda: translated.document.contest is not None and translated.document.contest.ranked is not None, timeout=10000)
    return _rounds(translated)


def rounds_texts(rounds) -> dict[str, str]:
    """Every text of the rounds window a reader sees or hears: labels, buttons, tooltips, names, the table and the charts."""
    shown = {"title": rounds.windowTitle()}
    for widget in [rounds, *rounds.findChildren(QWidget)]:
        kind = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton) and widget.isVisibleTo(rounds):
            shown[f"text of {kind} {widget.text()[:30]!r}"] = widget.text()
        shown[f"tooltip of {kind} {widget.toolTip()[:30]!r}"] = widget.toolTip()
        shown[f"name of {kind}"] = widget.accessibleName()
        shown[f"description of {kind}"] = widget.accessibleDescription()
    model = rounds.model
    for column in range(model.columnCount()):
        shown[f"header {column}"] = model.headerData(column, Qt.Orientation.Horizontal)
    for row in range(model.rowCount()):
        shown[f"row {row}"] = model.headerData(row, Qt.Orientation.Vertical)
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                shown[f"cell {row},{column} {role.name}"] = model.index(row, column).data(role)
    sankey = rounds.sankey
    for (round_index, name), item in sankey.node_items.items():
        shown[f"sankey node {round_index} {name}"] = item.toolTip()
    for flow, item in sankey.flow_items:
        shown[f"sankey flow {flow.round_index} {flow.source} → {flow.target}"] = item.toolTip()
    for label in sankey.labels:
        shown[f"sankey label {label.toPlainText()!r}"] = label.toPlainText()
    for chart in (sankey, rounds.bars):
        for level in chart.getPlotItem().getAxis("bottom")._tickLevels or []:
            for _, text in level:
                shown[f"{type(chart).__name__} axis {text!r}"] = text
    return {where: str(text) for where, text in shown.items() if text}


def english_left(rounds) -> dict[str, str]:
    names = sorted(rounds.count.candidates, key=len, reverse=True)  # the file's, in its own spelling
    left = {}
    for where, text in rounds_texts(rounds).items():
        for name in names:
            text = text.replace(name, " ")
        if words := ENGLISH_WORD.findall(text):
            left[where] = " ".join(words)
    return left


def test_the_check_finds_english_in_the_english_window(english):
    left = english_left(_rounds(english))
    assert "title" in left and "header 1" in left and any(where.startswith("sankey flow") for where in left)
    assert english.rounds.rounds_window.count.rounds == 4


@pytest.mark.parametrize("english", [MAINE, PARK], indirect=True, ids=lambda path: path.name.split("_")[1])
@pytest.mark.parametrize("code", ["ru", "kk"])
def test_the_rounds_window_has_no_english_left(english, qtbot, code):
    rounds = _rounds_in(english, qtbot, code)
    assert rounds.count.rounds > 1 and rounds.sankey.flow_items
    assert english_left(rounds) == {}


@pytest.mark.parametrize("english", [PARK], indirect=True, ids=["park"])
def test_a_surplus_flow_says_so_in_russian(english, qtbot):
    rounds = _rounds_in(english, qtbot, "ru")
    tips = [item.toolTip() for flow, item in rounds.sankey.flow_items if flow.note.startswith("surplus")]
    assert tips and all(tip.startswith("После тура ") and "(излишек избранного кандидата: голоса сверх порога переходят дальше)" in tip for tip in tips)


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_the_sankeys_names_end_inside_the_chart_at_1024(english, qtbot, code):
    # "выбывшие бюллетени" beside the final round was cut at the chart's edge: its room was a fixed share of a round.
    rounds = _rounds_in(english, qtbot, code)
    rounds.resize(1024, 640)
    qtbot.waitExposed(rounds)
    qtbot.waitUntil(lambda: rounds.sankey.width() < 700)
    view = rounds.sankey.getPlotItem().getViewBox()
    metrics = rounds.sankey.fontMetrics()
    # Where each name starts (its position on the axes, in the scene) plus its drawn width.
    ends = {label.toPlainText(): view.mapViewToScene(label.pos()).x() + metrics.horizontalAdvance(label.toPlainText())
            for label in rounds.sankey.labels}  # fmt: skip
    right = view.sceneBoundingRect().right()
    assert len(ends) == 3 and all(end <= right for end in ends.values()), (right, ends)
