"""Dates and times in one format, in the reader's language (issue 14, "Labels").

One header showed three raw formats: "2023-05-02T00:00:00Z" (NIST Cambridge's GeneratedDate),
"12/6/2024 1:20:51 PM MST" (Colorado's Clarity Timestamp) and "2019-06-09" (the KZ sample's date).
Now "2 May 2023, 00:00:00 UTC", "6 December 2024, 13:20:51 MST", "9 June 2019" in English,
"6 декабря 2024 г., 13:20:51 MST" in Russian, "2019 ж. 9 маусым" in Kazakh: the window's header,
the text summary's header and the report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from electview.core.formatting import format_when
from electview.core.report_html import build_report_html
from electview.core.summary import contest_tallies, render
from electview.formats import load_file
from electview.translations import catalog
from electview.ui import i18n
from electview.ui.main_window import MainWindow

DATA = Path(__file__).parent / "data"
COLORADO = DATA / "clarity" / "colorado-2024-general-detail.TRIMMED-6-contests.xml"
CAMBRIDGE = DATA / "nist-v2" / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.json"
KZ = Path(__file__).parents[1] / "resources" / "samples" / "kazakhstan-2019-presidential.electview.json"


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("2019-06-09", "9 June 2019"),
        ("2023-05-02T00:00:00Z", "2 May 2023, 00:00:00 UTC"),
        ("12/6/2024 1:20:51 PM MST", "6 December 2024, 13:20:51 MST"),
        ("12/6/2024 12:05:00 AM EST", "6 December 2024, 00:05:00 EST"),
        ("13/6/2024", "13 June 2024"),  # a first number over 12 is the day
        ("2024-11-05T20:15:00-07:00", "5 November 2024, 20:15:00 -07:00"),
        ("2019-06-10, briefing (preliminary results)", "10 June 2019, briefing (preliminary results)"),
        ("2024-02-30", "2024-02-30"),  # no such day: the file's text
        ("June 2019", "June 2019"),
        ("", ""),
    ],
)
def test_a_file_date_in_one_format(given, shown):
    assert format_when(given) == shown


@pytest.mark.parametrize(
    ("code", "shown"),
    [("ru", "6 декабря 2024 г., 13:20:51 MST"), ("kk", "2024 ж. 6 желтоқсан, 13:20:51 MST")],
)
def test_the_month_in_the_readers_language(code, shown):
    words = catalog(code)
    assert format_when("12/6/2024 1:20:51 PM MST", lambda context, text: words.get((context, text), text)) == shown


@pytest.mark.parametrize(("path", "raw", "shown"), [
    (COLORADO, "12/6/2024 1:20:51 PM MST", "6 December 2024, 13:20:51 MST"),
    (CAMBRIDGE, "2023-05-02T00:00:00Z", "2 May 2023, 00:00:00 UTC"),
    (KZ, "2019-06-09", "9 June 2019"),
])
def test_no_raw_timestamp_in_any_header(qtbot, path, raw, shown):
    dataset = load_file(path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.set_dataset(dataset, str(path))
    header = window.header.details_label.text() + " " + window.header.source_label.text()
    assert shown in header and raw not in header
    summary = "\n".join(render(dataset, "text").splitlines()[:3])
    assert shown in summary and raw not in summary
    assert format_when(dataset.election.date) in build_report_html(dataset, contest_tallies(dataset))


def test_the_kazakh_window_says_the_date_in_kazakh(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    chosen = window.language.choose("kk")
    qtbot.addWidget(chosen)
    try:
        chosen.document.open(str(KZ))
        assert chosen.header.details_label.text().startswith("2019 ж. 9 маусым")
        assert "2019 ж. 10 маусым, briefing" in chosen.header.source_label.text()
    finally:
        i18n.install_language("en")
