"""A pie of reported shares that don't sum to 100 says what its slices are (issue #14, "labels").

The sample's shares sum to 100.17%: the pie drew Tokayev at 70.64% of the circle beside a legend
saying 70.76%, with no word why.
"""

from __future__ import annotations

import html
from pathlib import Path

from electview.resources import sample_path
from electview.ui.main_window import MainWindow

CAMBRIDGE = Path(__file__).parent / "data" / "nist-v2" / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.json"


def _window(qtbot, path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.open(str(path))
    return window


def test_the_sample_pie_says_its_slices_are_shares_of_100_17(qtbot):
    pie = _window(qtbot, sample_path()).pie
    assert not pie.scale_note.isHidden()
    assert pie.scale_note.text() == "The shares sum to 100.17%: each slice is its share of that sum."
    assert "Kassym-Jomart Tokayev: 70.76% of valid votes, drawn as 70.64% of the circle." in html.unescape(pie.scale_note.toolTip())
    assert pie.slices[0].value == 70.76  # the legend's figure is the share itself


def test_computed_shares_sum_to_100_and_need_no_note(qtbot):
    assert _window(qtbot, CAMBRIDGE).pie.scale_note.isHidden()


def test_a_slice_s_hover_text_is_in_the_window_s_language(qtbot):
    from electview.ui import i18n

    i18n.install_language("ru")
    try:
        window = _window(qtbot, sample_path())
        text = window.pie._describe(window.pie.slices[1])
    finally:
        i18n.install_language("en")
    assert "голосов (оценка)" in text and " votes" not in text and "(estimated)" not in text


def test_the_report_s_pie_says_it_too():
    from electview.core.report_html import build_report_html
    from electview.core.summary import contest_tallies
    from electview.formats import load_file

    dataset = load_file(sample_path())
    assert "The shares sum to 100.17%: each slice is its share of that sum." in build_report_html(dataset, contest_tallies(dataset))
    cambridge = load_file(CAMBRIDGE)
    assert "each slice is its share" not in build_report_html(cambridge, contest_tallies(cambridge))
