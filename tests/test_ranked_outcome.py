"""A ranked-choice count's outcome is its rounds': "elected in round N with X of Y continuing ballots", everywhere.

Before, the summary said "Mills, Janet T. wins with 54.06% of valid votes … the results are final,
so the outcome stands" under a [STATUS UNKNOWN] badge: the final round's shares are of the ballots
still continuing (117,253 of 126,139 first choices), not of valid votes, and nothing said final.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from electview.core.majority import outcome_statement, statement_lines
from electview.core.model import Status
from electview.core.outcomes import rule_of
from electview.core.sentence import result_sentence
from electview.core.summary import contest_tallies, render
from electview.formats import load_file
from electview.ui.main_window import MainWindow

DATA = Path(__file__).parent / "data" / "rcv"
MAINE = "2018_maine_governor_primary"
PARK = "2013_minneapolis_park"
MILLS = "Mills, Janet T. elected in round 4 with 63,387 of 117,253 continuing ballots."


def _result(name: str, suffix: str = "json"):
    dataset = load_file(DATA / f"{name}.rctab-detailed-report.{suffix}")
    return dataset, contest_tallies(dataset)[0]


@pytest.mark.parametrize("suffix", ["json", "csv"])
def test_the_statement_names_the_round_and_the_continuing_ballots(suffix):
    dataset, result = _result(MAINE, suffix)
    assert rule_of(result.contest).kind == "ranked-choice"
    statement = outcome_statement(result, dataset.election.status.is_final, name_of=str)
    assert statement.sentence == MILLS
    lines = statement_lines(result, False)
    assert lines == ["Rule: ranked choice, 1 to elect: as the tabulator's rounds decided.", MILLS]
    assert not any("valid votes" in line or "final" in line for line in lines)


def test_three_winners_each_get_their_round():
    dataset, result = _result(PARK)
    statement = outcome_statement(result, False, name_of=str)
    assert statement.parts == (
        "JOHN ERWIN elected in round 3 with 14,866 of 58,876 continuing ballots.",
        "ANNIE YOUNG elected in round 10 with 15,044 of 42,155 continuing ballots.",
        "MEG FORNEY elected in round 10 with 12,245 of 42,155 continuing ballots.",
    )
    assert statement.sentence == " ".join(statement.parts)


def test_the_screen_reader_sentence_says_elected_not_came_first():
    dataset, result = _result(MAINE)
    for status in (Status.UNKNOWN, Status.FINAL):
        said = result_sentence(result, status)
        assert "Mills, Janet T. elected in round 4 with 63,387 of 117,253 continuing ballots" in said
        assert "came first" not in said and "leads" not in said and "valid votes" not in said


def test_the_summaries_call_the_total_what_it_is():
    dataset, _ = _result(MAINE, "csv")
    text = render(dataset)
    assert "Continuing ballots (final round): 117,253" in text and "Total valid votes" not in text
    assert "Share: share of the final round's continuing ballots." in text
    assert "| **Continuing ballots (final round)** | | 117,253 | |" in render(dataset, "markdown")
    contest = json.loads(render(dataset, "json"))["contests"][0]
    assert contest["share_base"] == "final-round continuing ballots"
    assert contest["outcome_statement"]["sentence"] == MILLS


def test_the_window_says_it_in_the_gauge_and_the_totals(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(str(DATA / f"{MAINE}.rctab-detailed-report.json"))
    qtbot.waitUntil(lambda: window.document.contest is not None and window.document.contest.ranked is not None, timeout=10000)
    assert window.gauge_label.text().splitlines()[0] == MILLS
    assert window.totals_label.text().startswith("Continuing ballots (final round): 117,253")
    assert "continuing ballots (final round) 117,253" in window.header.turnout_label.text()
    assert "valid votes" not in window.header.turnout_label.text()
    assert window.majority.gauge is None  # no 50%-of-valid-votes line on the final round's pie


def test_uncounted_ballot_kinds_are_in_the_reader_s_language(sample_dataset):
    from electview.core.report_languages import ReportLanguages
    from electview.core.tally import other_count_label

    assert other_count_label("overvotes") == "overvotes"  # no translator: English, as the JSON and CLI
    catalog = {("Report", "{0} (not in the shares)"): "{0} (не входят в доли)", ("other_counts", "overvotes"): "перебор отметок"}
    both = ReportLanguages(("ru", "en"), (catalog, {}))
    assert both.translate_filled("Report", "{0} (not in the shares)", "other_counts", "overvotes") == (
        "Перебор отметок (не входят в доли) / Overvotes (not in the shares)"
    )
    assert both.translate_filled("Report", "{0} (not in the shares)", "other_counts", "Early Voting") == (
        "Early Voting (не входят в доли) / Early Voting (not in the shares)"  # a file's own word stays as given
    )


@pytest.mark.parametrize("code", ["en", "ru"])
def test_the_header_says_who_was_elected_when_and_the_note_is_in_the_reader_s_language(qtbot, code):
    from electview.ui import i18n

    try:
        i18n.install_language(code)
        window = MainWindow()
        qtbot.addWidget(window)
        window.document.open(str(DATA / f"{MAINE}.rctab-detailed-report.json"))
        details = window.header.details_label.text() if hasattr(window.header.details_label, "text") else ""
        findings = window.header.findings_text()
    finally:
        i18n.install_language("en")
    if code == "en":
        assert "Mills, Janet T. elected in round 4 with 63,387 of 117,253 continuing ballots" in details
        assert "Ranked-choice count in 4 rounds: the table shows the final round" in findings
    else:
        assert "Mills, Janet T.: избран(а) в туре 4" in details and "Ranked-choice" not in findings
        assert "Подсчёт с ранжированием в 4 турах" in findings
