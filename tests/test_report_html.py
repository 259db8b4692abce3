"""The report HTML from core: every required part present, file text escaped, unknowns said."""

import hashlib
import html
import subprocess
import sys
from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from electview.core import tally
from electview.core.report_html import ReportOptions, build_report_html, build_report_pages, format_generated_at
from electview.formats import native
from electview.resources import sample_path

FIXED_TIME = datetime(2026, 11, 25, 17, 30, 5, tzinfo=timezone(timedelta(hours=5), "ALMT"))


def _document(**changes):
    data = {
        "format": "electview",
        "version": 1,
        "election": {"title": "Town vote", "status": "unknown"},
        "candidates": [{"name": "Ann", "votes": 60}, {"name": "Bob", "votes": 40}],
    }
    for key, value in changes.items():
        data[key] = value
    return native.parse(data, "town.json")


def test_sample_report_has_every_part(sample_dataset):
    text = build_report_html(sample_dataset, options=ReportOptions(generated_at=FIXED_TIME))
    digest = hashlib.sha256(sample_path().read_bytes()).hexdigest()
    for expected in [
        "2019 Kazakhstan presidential election",
        "PRELIMINARY",
        "Central Election Commission of Kazakhstan",
        "TASS",
        "77.4% (as reported)",
        "voter turnout as reported",
        "Registered voters</td><td>unknown (not reported)",
        "Kassym-Jomart Tokayev",
        "6,504,054",
        "70.76%",
        "100.17%",
        "kazakhstan-2019-presidential.electview.json",
        digest,
        "2026-11-25 17:30:05 UTC+05:00 (ALMT)",
        "Andrei Chebotarev, Director, Alternativa Center for Topical Studies — to Vestnik Kavkaza",
        "Votes for 6 of 7 candidates were not reported; electview estimated them as reported share × 9,191,710 valid votes",
        "Shares are percentages of valid votes",
        "src='electview-pie:0'",
    ]:
        assert expected in text, expected
    assert text.count("~") >= 6 and text.count("*</td>") == 6


def test_status_and_unknowns_never_omitted():
    text = build_report_html(_document())
    assert "STATUS UNKNOWN" in text
    assert "Turnout</td><td>unknown (not reported)" in text
    assert "country or jurisdiction not stated" in text and "date not stated" in text
    assert ">0<" not in text


def test_file_text_is_escaped():
    dataset = _document(
        election={"title": "<i>Vote</i>", "source": {"authority": "A & B"}},
        candidates=[{"name": "<b>x</b>", "party": "<script>alert(1)</script>", "votes": 5}],
        commentary=[{"speaker": "<u>Sam</u>", "quote": "Line one\n<img src=x>"}],
    )
    text = build_report_html(dataset)
    assert "<b>x</b>" not in text and "&lt;b&gt;x&lt;/b&gt;" in text
    assert "<script>" not in text and "<img src=x>" not in text and "<u>" not in text
    assert "&lt;i&gt;Vote&lt;/i&gt;" in text and "A &amp; B" in text
    assert "Line one<br>&lt;img src=x&gt;" in text


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=30).filter(lambda s: s.strip()))
def test_any_candidate_name_appears_escaped(name):
    dataset = _document(candidates=[{"name": name, "votes": 5}])
    assert html.escape(name.strip(), quote=True).replace("\n", "<br>") in build_report_html(dataset)


def test_many_contests_each_start_a_page():
    contests = [{"name": f"Seat {n}", "candidates": [{"name": "A", "votes": n + 1}]} for n in range(3)]
    dataset = native.parse({"format": "electview", "version": 1, "election": {"title": "T"}, "contests": contests})
    pages = build_report_pages(dataset, contests_per_document=2)
    assert len(pages) == 2 and "Provenance" in pages[0] and "Seat 1" in pages[0] and "About these figures" in pages[1]
    assert pages[0].count("page-break-before: always") == 1 and pages[1].count("page-break-before: always") == 0
    assert build_report_html(dataset).count("page-break-before: always") == 2


def test_generated_at_always_names_the_offset():
    assert format_generated_at(datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)) == "2026-01-02 03:04:05 UTC+00:00"
    assert "UTC" in format_generated_at(datetime(2026, 1, 2, 3, 4, 5))  # naive: the local zone is named


def test_report_modules_stay_qt_free():
    code = (
        "import sys, electview.core.report_html, electview.core.exports; "
        "sys.exit(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_report_of_a_scope_names_it():
    data = {
        "format": "electview",
        "version": 1,
        "election": {"title": "Town vote", "status": "final"},
        "contests": [
            {
                "name": "Mayor",
                "candidates": [{"id": "a", "name": "Ann"}, {"id": "b", "name": "Bob"}],
                "units": [
                    {"id": "town", "name": "Town", "kind": "city"},
                    {"id": "p1", "name": "North precinct", "parent": "town", "registered": 100, "ballots_cast": 60},
                    {"id": "p2", "name": "South precinct", "parent": "town", "registered": 50, "ballots_cast": 40},
                ],
                "results": [{"unit": "p1", "votes": {"a": 30, "b": 25}}, {"unit": "p2", "votes": {"a": 10, "b": 28}}],
            }
        ],
    }
    dataset = native.parse(data, "town.json")
    contest = dataset.contests[0]
    text = build_report_html(dataset, [tally(contest, contest.units.index_of("p1"), dataset.turnout)])
    assert "Scope: North precinct" in text
    assert "30</td>" in text and "40</td>" not in text  # Ann's North votes, not the town's
    assert "60%" in text  # turnout in the precinct: 60 of 100, derived
    assert "FINAL" in text and "class='watermark'" not in text
