"""Vote for N (issue 14, item 7): the contest's name carries it, the share's base is said, and an
at-large vote-for-2 contest raises no false "valid votes exceed ballots cast".

DC 2022 (MEDSL): the at-large council contest's magnitude column says 1, yet its own figures say 2:
valid + over + under votes are twice the ballots in every precinct (read from the raw rows here).
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

from electview.core.audit import audit_tally
from electview.core.report_html import build_report_html
from electview.core.summary import render
from electview.core.tally import tally
from electview.core.vote_for import votes_allowed
from electview.formats import load_file

DATA = Path(__file__).parent / "data"
DC = DATA / "medsl" / "dc22_cleaned.FIRST-1550-LINES.csv"
ERR_GEN_01 = DATA / "nist-v2" / "err-gen-01.xml"
AT_LARGE = "AT-LARGE MEMBER OF THE COUNCIL OF THE DISTRICT OF COLUMBIA"


def _raw_dc() -> tuple[dict[str, float], dict[str, float], str]:
    """Per precinct: every vote of the at-large contest (candidates, over, under), the ballots cast; its magnitude."""
    accounted: dict[str, float] = defaultdict(float)
    ballots: dict[str, float] = {}
    magnitudes = set()
    with DC.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["office"] == AT_LARGE:
                accounted[row["precinct"]] += float(row["votes"])
                magnitudes.add(row["magnitude"])
            elif row["office"] == "BALLOTS CAST - TOTAL":
                ballots[row["precinct"]] = float(row["votes"])
    (magnitude,) = magnitudes
    return accounted, ballots, magnitude


def test_the_dc_sample_says_vote_for_1_but_counts_every_ballot_twice():
    accounted, ballots, magnitude = _raw_dc()
    assert magnitude == "1"
    assert all(abs(accounted[p] / ballots[p] - 2) < 0.005 for p in accounted), {p: accounted[p] / ballots[p] for p in accounted}


def test_dc_at_large_is_vote_for_2_and_no_longer_alarms():
    dataset = load_file(DC)
    contest = dataset.contest(AT_LARGE)
    result = tally(contest, None, dataset.turnout)
    assert result.votes_allowed == 2  # was 1 (the magnitude column)
    assert not [
        f for f in audit_tally(result) if f.code == "votes-exceed-ballots"
    ]  # was "53,442 valid votes exceed 33,559 ballots cast"
    mayor = tally(dataset.contest("MAYOR"), None, dataset.turnout)
    assert mayor.votes_allowed == 1
    text = render(dataset, "text")
    assert f"{AT_LARGE} (vote for 2)" in text.splitlines()
    assert "MAYOR (vote for" not in text
    assert "Share: share of votes (each voter had up to 2), not of voters." in text
    assert "exceed" not in text
    assert f"## {AT_LARGE} (vote for 2)" in render(dataset, "markdown")
    entry = next(c for c in json.loads(render(dataset, "json"))["contests"] if c["name"] == AT_LARGE)
    assert (entry["votes_allowed"], entry["share_base"]) == (2, "votes")


def test_a_stated_vote_for_2_is_named_in_the_summary_and_report():
    dataset = load_file(ERR_GEN_01)
    assert "<VotesAllowed>2</VotesAllowed>" in ERR_GEN_01.read_text(encoding="utf-8")
    text = render(dataset, "text")
    assert "County Assessor (vote for 2)" in text.splitlines()  # was "County Assessor"
    assert "Share: share of votes (each voter had up to 2), not of voters." in text
    contests = json.loads(render(dataset, "json"))["contests"]
    assessor = next(c for c in contests if c["name"] == "County Assessor")
    assert (assessor["votes_allowed"], assessor["share_base"]) == (2, "votes")
    assert all(c["share_base"] == "valid votes" for c in contests if c is not assessor)
    html = build_report_html(dataset, [tally(dataset.contest("County Assessor"), None, dataset.turnout)])
    assert "County Assessor (vote for 2)" in html


def test_the_identity_needs_the_under_votes_and_a_whole_multiple():
    assert votes_allowed(1, 53442, 68, 13604, 33559) == 2
    assert votes_allowed(1, 32457, 16, 1084, 33559) == 1  # the mayor, same ballots
    assert votes_allowed(1, 4853, None, None, 4014) == 1  # no under votes: nothing proven
    assert votes_allowed(1, 5000, 0, 1000, 4000) == 1  # 1.5 ballots' worth: not a rule, a problem
    assert votes_allowed(3, 100, 0, 0, 10) == 3  # a stated N is kept


def test_window_header_names_vote_for_2(qtbot):
    from electview.ui.document import ResultsDocument
    from electview.ui.header_bar import HeaderBar

    dataset = load_file(DC)
    document = ResultsDocument()
    bar = HeaderBar()
    qtbot.addWidget(bar)
    document.set_dataset(dataset)
    document.set_contest(dataset.contests.index(dataset.contest(AT_LARGE)))
    bar.update_from(document)
    assert f"{AT_LARGE} (vote for 2)" in bar.details_label.text()


def test_while_counting_the_last_seat_says_whether_the_votes_to_come_can_change_it():
    """Vote for N: the first loser gains at most every vote still to come, so a margin at least that large is decided."""
    from pathlib import Path

    from electview.core.majority import outcome_statement, statement_lines
    from electview.core.outcomes import with_expected_votes, with_seats
    from electview.core.summary import contest_tallies
    from electview.formats import load_file

    path = Path(__file__).parent / "data" / "eml-510" / "Telling_GR2022_WestMaasenWaal.TRIMMED-3-of-21-units.eml.xml"
    dataset = with_seats(load_file(path), 3, None)
    counted = contest_tallies(dataset)[0].total_valid.value  # 9,350 votes counted
    many = contest_tallies(with_expected_votes(dataset, counted + 10_650))[0]
    statement = outcome_statement(many, False, name_of=str)
    assert statement.sentence == "VVD holds the 3rd seat by 188 votes over F.D. Maasdorpen within the ballots counted."
    assert statement.notes == ("Up to ≈ 10,650 votes are still to come, more than the 188 between them: the 3rd seat can still change.",)
    assert statement.notes[0] in statement_lines(many, False)
    few = contest_tallies(with_expected_votes(dataset, counted + 150))[0]
    assert outcome_statement(few, False, name_of=str).notes == (
        "At most ≈ 150 votes are still to come, fewer than the 188 between them: the 3rd seat can no longer change.",
    )
