"""The window at 1024×640 in every language and theme: every candidate row, no sentence cut (issue 16)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from electview.resources import sample_path
from electview.ui import i18n
from electview.ui.fitting_label import MORE
from electview.ui.main_window import MainWindow
from electview.ui.theme import Theme

from contrast_support import contrast

COLORADO = Path(__file__).parent / "data" / "clarity" / "colorado-2024-general-detail.TRIMMED-6-contests.xml"


@pytest.fixture
def small_window(qtbot, request):
    i18n.install_language(getattr(request, "param", "en"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.open(str(sample_path()))
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    # As the user sees it: the opened file is followed a moment later and the History bar takes
    # a row at the bottom. Read before that (a fast run) the window had 33 px more; the ru/kk
    # checks failed only in runs slow enough to see the bar. The first check runs on a worker
    # thread: on a loaded machine (a full suite beside others) it took more than 5 s.
    qtbot.waitUntil(window.live.timeline_bar.isVisible, timeout=30000)
    QApplication.processEvents()
    yield window
    window.theme.choose(Theme.SYSTEM)  # the QApplication outlives the test
    i18n.install_language("en")


def _rows_fully_visible(window) -> list[bool]:
    table, viewport = window.table, window.table.viewport().rect()
    return [viewport.contains(table.visualRect(table.model().index(row, 0))) for row in range(table.model().rowCount())]


def _labels_below_overlap_table(window) -> bool:
    table_bottom = window.table.mapTo(window, window.table.rect().bottomLeft()).y()
    return window.totals_label.mapTo(window, window.totals_label.rect().topLeft()).y() < table_bottom


@pytest.mark.parametrize("small_window", ["en", "ru", "kk"], indirect=True)
def test_every_candidate_row_of_the_sample_is_visible(small_window, qtbot):
    window = small_window
    assert window.size().toTuple() == (1024, 640)
    assert window.table.model().rowCount() == 7
    assert _rows_fully_visible(window) == [True] * 7  # was 3-4 of 7


@pytest.mark.parametrize("small_window", ["en", "ru", "kk"], indirect=True)
def test_the_totals_sit_below_the_table(small_window, qtbot):
    # was drawn over the last rows in ru/kk once the History bar showed (totals at 382, table to 397)
    qtbot.waitUntil(lambda: not _labels_below_overlap_table(small_window), timeout=3000)


@pytest.mark.parametrize("small_window", ["ru"], indirect=True)
@pytest.mark.parametrize("height", [560, 600])
def test_a_shorter_window_scrolls_the_table_and_never_draws_the_totals_over_it(small_window, qtbot, height):
    window = small_window
    window.resize(1024, height)
    qtbot.waitUntil(lambda: window.height() == height, timeout=3000)
    qtbot.waitUntil(lambda: not _labels_below_overlap_table(window), timeout=3000)
    visible = _rows_fully_visible(window)
    assert visible[0] and visible.count(True) >= 2
    if not all(visible):  # the rest are one scroll away
        assert window.table.verticalScrollBar().maximum() > 0


@pytest.mark.parametrize("small_window", ["en", "ru", "kk"], indirect=True)
def test_the_gauge_drops_whole_sentences_and_keeps_them_in_its_tooltip(small_window):
    label = small_window.gauge_label
    full, shown = label.text().split("\n"), label.shown_text()
    assert len(full) >= 3  # the outcome statement, what is not known, the dashed line
    assert shown != label.text()  # at this size they don't all fit
    kept = shown.split("\n")
    # The outcome statement is whole in every language (was elided on one line in ru/kk at
    # 1024x640 until the audit findings took one line each); later sentences give way whole.
    assert kept[-1] == MORE and kept[:-1] == full[: len(kept) - 1] and len(kept) >= 2
    assert "Tokayev" in label.toolTip() or "Токаев" in label.toolTip() or "Тоқаев" in label.toolTip()
    assert label.accessibleName() in ("", label.text())  # screen readers still get all of it


def test_the_gauge_shows_everything_when_there_is_room(small_window):
    small_window.resize(1600, 1100)
    QApplication.processEvents()
    label = small_window.gauge_label
    assert label.shown_text() == label.text()
    assert label.toolTip() == ""


def test_an_empty_commentary_pane_gives_its_width_to_the_results(small_window):
    window = small_window
    assert window.commentary_box.isVisible()  # the sample has quotes
    before = window.table.width()
    window.open_path(str(COLORADO))
    QApplication.processEvents()
    assert not window.commentary_box.isVisible()  # was "No commentary in this file" over a third of the width
    assert window.table.width() > before + 150
    window.open_path(str(sample_path()))
    QApplication.processEvents()
    assert window.commentary_box.isVisible()


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_legend_text_reads_on_its_background_in_every_theme(small_window, theme):
    window = small_window
    window.theme.choose(theme)
    QApplication.processEvents()
    legend = window.pie.legend
    first = legend.visualItemRect(legend.item(0))
    # grabbed from the window: the legend's own background is transparent
    image = window.grab(QRect(legend.viewport().mapTo(window, first.topLeft()), first.size())).toImage()
    # past the swatch: only the name and share on the legend's background
    assert contrast(image, 24) >= 4.5  # was ~1.5: dark grey on dark grey


@pytest.mark.parametrize("theme", [Theme.DARK, Theme.HIGH_CONTRAST])
def test_a_window_started_in_a_dark_theme_draws_legend_and_commentary_dark(qtbot, theme):
    from electview.ui.settings import Settings

    settings = Settings()
    settings.set_theme(theme.value)  # as electview starts with the theme chosen last time
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.document.open(str(sample_path()))
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    try:
        body = window.commentary.widget()
        shot = window.grab(QRect(body.mapTo(window, body.rect().topLeft()), body.size())).toImage()
        assert shot.pixelColor(2, 2).lightness() < 100  # was white behind the cards
        legend = window.pie.legend
        first = legend.visualItemRect(legend.item(0))
        image = window.grab(QRect(legend.viewport().mapTo(window, first.topLeft()), first.size())).toImage()
        assert contrast(image, 24) >= 4.5  # was invisible in high contrast
    finally:
        window.theme.choose(Theme.SYSTEM)


def _legend_entries_shown_whole(pie) -> list[int]:
    legend, height = pie.legend, pie.legend.viewport().height()
    rows = [row for row in range(legend.count()) if not legend.isRowHidden(row)]
    for row in rows:
        rect = legend.visualItemRect(legend.item(row))
        assert rect.top() >= 0 and rect.bottom() < height  # no entry drawn cut
    return rows


@pytest.mark.parametrize("small_window", ["en", "ru", "kk"], indirect=True)
def test_the_legend_shows_whole_entries_and_counts_the_rest(small_window, qtbot):
    pie = small_window.pie
    qtbot.waitUntil(lambda: pie.legend_more.isVisible(), timeout=3000)  # 1024×640: not all six fit
    shown = _legend_entries_shown_whole(pie)
    hidden = pie.hidden_entries()
    assert shown == list(range(len(shown))) and len(shown) >= 1  # the largest first, in order
    assert len(shown) + len(hidden) == pie.legend.count() == 6  # five candidates and "Other (2 candidates)"
    assert pie.legend_more.text() != "" and str(len(hidden)) in pie.legend_more.text()
    for row in hidden:  # was a scroll bar beside two lines, the rest cut off
        assert pie.legend.item(row).text() in pie.legend_more.toolTip()


def test_the_legend_shows_every_entry_when_there_is_room(small_window, qtbot):
    pie = small_window.pie
    small_window.resize(1600, 1100)
    qtbot.waitUntil(lambda: not pie.legend_more.isVisible(), timeout=3000)
    assert _legend_entries_shown_whole(pie) == list(range(6))
    assert pie.hidden_entries() == []
