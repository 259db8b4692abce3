"""Outcomes: winners, ties, vote for N and party-list seats, from real files and small fixtures."""

import json
from dataclasses import replace
from pathlib import Path

import numpy as np

from electview.core.model import ElectoralSystem, Status
from electview.core.outcomes import Standing, decisive_margin, outcome, with_system
from electview.core.summary import summary_dict
from electview.core.tally import tally
from electview.formats import load_file
from outcome_support import tie_dataset

DATA = Path(__file__).parent / "data"


def _contest(dataset, word):
    return next(c for c in dataset.contests if word.casefold() in c.name.casefold())


def test_vote_for_three_council_names_three_winners_and_the_decisive_margin():
    # LA County 2017 (NIST V2 test data): Covina council, vote for 3: MARQUEZ 2,600; KING 2,450; LINARES 2,232; POLZIN 1,006.
    dataset = load_file(DATA / "nist-v2" / "ttv-lacounty-2017-GpU08CQ0.v2.cdf.xml")
    result = tally(_contest(dataset, "council"), None, dataset.turnout)
    decided = outcome(result, final=True)
    assert decided.rule.kind == "vote-for-n" and decided.rule.seats == 3
    assert sorted(result.candidates[i].name for i in decided.winners) == ["JOHN C. KING", "JORGE A. MARQUEZ", "VICTOR LINARES"]
    assert decisive_margin(result, decided) == 2_232 - 1_006
    assert result.candidates[decided.first_loser].name == "NEIL L. POLZIN"


def test_not_final_means_leading_not_elected():
    dataset = load_file(DATA / "nist-v2" / "ttv-lacounty-2017-GpU08CQ0.v2.cdf.xml")
    result = tally(_contest(dataset, "council"), None, dataset.turnout)
    decided = outcome(result, final=False)
    assert {decided.standing[i] for i in decided.winners} == {Standing.LEADING}
    assert decided.elected(decided.winners[0]) is None


def test_a_tie_for_the_last_seat_is_a_tie_everywhere():
    dataset = tie_dataset()
    result = tally(dataset.contests[0], None, dataset.turnout)
    decided = outcome(result, final=True)
    assert decided.has_tie and decided.tied_places == 1
    assert sorted(result.candidates[i].name for i in decided.tied) == ["NEIL L. POLZIN", "VICTOR LINARES"]
    assert len(decided.winners) == 2
    summary = summary_dict(dataset)
    contest = summary["contests"][0]
    assert contest["tie"] is True and contest["decisive_margin_votes"] == 0
    statuses = {c["name"]: c["status"] for c in contest["candidates"]}
    assert statuses["VICTOR LINARES"] == "tied" and statuses["NEIL L. POLZIN"] == "tied"
    assert {c["name"]: c["elected"] for c in contest["candidates"]}["VICTOR LINARES"] is None


def test_party_list_seats_in_the_summary_json():
    dataset = load_file(DATA / "nist-v2" / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.json")
    name = _contest(dataset, "governor").name
    dataset = with_system(dataset, ElectoralSystem("dhondt", 10, 5.0), name)
    contest = next(c for c in summary_dict(dataset)["contests"] if c["name"] == name)
    assert contest["seats"] == 10 and contest["rule"]["method"] == "dhondt" and contest["rule"]["threshold_percent"] == 5.0
    seats = {c["name"]: c["seats_won"] for c in contest["candidates"]}
    # 33,312 / 2,768 / 423 / 57: only the first two pass 5% of 36,560 valid votes.
    assert sum(seats.values()) == 10
    assert seats["REED AND EVERETT"] == 0 and seats["Write-in"] == 0
    assert seats["HEALEY AND DRISCOLL"] == 10  # 33,312/10 = 3,331 still beats 2,768
    assert contest["majority_seats"] == 6
    json.dumps(contest)  # plain JSON types only


def _summary(capsys, *args):
    from electview.cli import main

    code = main(["summary", *args])
    return code, capsys.readouterr()


def test_cli_seats_method_threshold_give_seats_in_json(capsys):
    path = str(DATA / "nist-v2" / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.json")
    code, out = _summary(capsys, path, "--format", "json", "--contest", "GOVERNOR AND LIEUTENANT GOVERNOR",
                         "--seats", "100", "--method", "sainte-lague", "--threshold", "1")
    assert code == 0
    contest = json.loads(out.out)["contests"][0]
    seats = {c["name"]: c["seats_won"] for c in contest["candidates"]}
    # 33,312 / 2,768 / 423 of 36,560 valid (write-in 57 is under 1%): Sainte-Laguë gives 91 / 8 / 1.
    assert seats == {"HEALEY AND DRISCOLL": 91, "DIEHL AND ALLEN": 8, "REED AND EVERETT": 1, "Write-in": 0}
    assert {c["status"] for c in contest["candidates"]} == {"elected", "defeated"}
    assert contest["rule"] == {"kind": "party-list", "method": "sainte-lague", "threshold_percent": 1.0,
                               "base": "valid votes", "source": "user"}


def test_cli_seats_alone_is_vote_for_n_and_text_names_winners(capsys):
    path = str(DATA / "nist-v2" / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.json")
    code, out = _summary(capsys, path, "--contest", "GOVERNOR AND LIEUTENANT GOVERNOR", "--seats", "2")
    assert code == 0
    assert "Elected: HEALEY AND DRISCOLL, DIEHL AND ALLEN." in out.out
    assert "DIEHL AND ALLEN wins the 2nd seat by 2,345 votes over REED AND EVERETT." in out.out


def test_cli_refuses_a_threshold_without_method(capsys):
    code, out = _summary(capsys, "--threshold", "5", "--seats", "3")
    assert code == 2 and "give --method too" in out.err


def test_sample_names_the_leader_ranked_by_its_reported_shares():
    # The sample reports shares for all, votes for the leader only: ranked by shares, no vote margin invented.
    from electview.resources import sample_path

    dataset = load_file(sample_path())
    contest = summary_dict(dataset)["contests"][0]
    assert contest["candidates"][0]["status"] == "leading"
    assert contest["candidates"][0]["elected"] is None
    assert contest["decisive_margin_votes"] is None


def test_screen_reader_sentence_says_tie_not_came_first():
    from electview.core.sentence import result_sentence

    dataset = load_file(DATA / "nist-v2" / "ttv-lacounty-2017-GpU08CQ0.v2.cdf.xml")
    measure = _contest(dataset, "measure")
    rows = measure.votes
    value = np.where(rows.column == 1, 0.0, rows.value)  # NO gets YES's count in every row
    value = np.concatenate([value, rows.value[rows.column == 0]])
    # Judged as a race between two choices (a yes/no question tied fails: tests/test_measures.py).
    tied = replace(measure, system=ElectoralSystem("", 1, 0.0, "user"),
                   votes=replace(rows, unit=np.concatenate([rows.unit, rows.unit[rows.column == 0]]),
                                 column=np.concatenate([rows.column, np.ones((rows.column == 0).sum(), rows.column.dtype)]),
                                 value=value))
    result = tally(tied, None, dataset.turnout)
    assert result.votes[0] == result.votes[1] == 2_740
    sentence = result_sentence(result, Status.CERTIFIED)
    assert "are tied with 50.0% each of valid votes" in sentence and "came first" not in sentence


def _cambridge_rep():
    dataset = load_file(DATA / "nist-v2" / "err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.xml")
    return dataset, tally(_contest(dataset, "general court"), None, dataset.turnout)


def test_certified_race_stands_undervotes_not_counted_as_able_to_overturn():
    from electview.core.majority import majority_gauge, outcome_statement

    dataset, result = _cambridge_rep()
    assert dataset.election.status.is_final
    gauge = majority_gauge(result, final=True)
    assert gauge.uncertain_votes == 0 and gauge.lead_stands
    statement = outcome_statement(result, final=True)
    # 1,558 - 13 write-ins of the district (was 1,395 with the city's 163); the 303 undervotes can't overturn anything.
    assert statement.sentence == (
        "DANIEL JOSEPH RYAN wins with 99.17% of valid votes, 1,545 votes (98.35 points) ahead of Write-in; "
        "the results are final, so the outcome stands."
    )
    assert statement.notes == () and statement.hurdle is None
    # Before: the undervotes counted as ballots that could still overturn the lead.
    assert majority_gauge(result, final=False).uncertain_votes > 0


def _tied_measure():
    dataset = load_file(DATA / "nist-v2" / "ttv-lacounty-2017-GpU08CQ0.v2.cdf.xml")
    measure = _contest(dataset, "measure")
    rows = measure.votes
    yes = rows.column == 0
    # NO gets YES's count in every row: 2,740 each.
    # Judged as a race between two choices, by the user's rule (a yes/no question tied fails: tests/test_measures.py).
    tied = replace(measure, system=ElectoralSystem("", 1, 0.0, "user"),
                   votes=replace(rows, unit=np.concatenate([rows.unit[yes], rows.unit[yes]]),
                                 column=np.concatenate([rows.column[yes], np.ones(yes.sum(), rows.column.dtype)]),
                                 value=np.concatenate([rows.value[yes], rows.value[yes]])))
    return replace(dataset, contests=(tied,))


def test_a_tie_says_tie_in_the_statement_the_sentence_the_summary_and_the_report():
    from electview.core.majority import outcome_statement
    from electview.core.report_html import ReportOptions, build_report_html
    from electview.core.sentence import result_sentence
    from electview.core.summary import render_text

    dataset = _tied_measure()
    result = tally(dataset.contests[0], None, dataset.turnout)
    assert result.votes[0] == result.votes[1] == 2_740
    said = "YES and NO are tied on 2,740 votes each: no one wins on the count; the law decides (e.g. by lot)."
    assert outcome_statement(result, final=True).sentence == said
    assert "are tied with 50.0% each" in result_sentence(result, Status.CERTIFIED)
    assert said in render_text(dataset)
    assert said in build_report_html(dataset, options=ReportOptions(chart_src=None))
    contest = summary_dict(dataset)["contests"][0]
    assert contest["tie"] and {c["status"] for c in contest["candidates"]} == {"tied"}
    assert contest["outcome_statement"]["sentence"] == said
    for text in (said, result_sentence(result, Status.CERTIFIED)):
        assert "came first" not in text and " wins with" not in text and "leads" not in text


def test_vote_for_n_takes_its_winners_from_the_votes_each_voter_had():
    # DC 2022 (MEDSL): the at-large council's magnitude says 1, its figures prove 2 votes per ballot,
    # so two are elected (before: one, as if a single-winner race). Expected winners from the raw rows.
    import csv
    from collections import defaultdict

    path = DATA / "medsl" / "dc22_cleaned.FIRST-1550-LINES.csv"
    office = "AT-LARGE MEMBER OF THE COUNCIL OF THE DISTRICT OF COLUMBIA"
    totals: dict[str, float] = defaultdict(float)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["office"] == office and row["candidate"] not in ("OVER VOTES", "UNDER VOTES", ""):
                totals[row["candidate"]] += float(row["votes"])
    ranked = sorted(totals, key=lambda name: -totals[name])
    dataset = load_file(path)
    result = tally(_contest(dataset, "AT-LARGE MEMBER"), None, dataset.turnout)
    assert result.contest.seats == 1 and result.votes_allowed == 2
    decided = outcome(result, final=False)
    assert decided.rule.kind == "vote-for-n" and decided.rule.seats == 2
    assert [result.candidates[i].name for i in decided.winners] == ranked[:2]
    assert decisive_margin(result, decided) == totals[ranked[1]] - totals[ranked[2]]


def test_csv_summary_says_the_outcome_as_the_json_does():
    import csv

    from electview.core.summary import render

    dataset = load_file(DATA / "nist-v2" / "ttv-lacounty-2017-GpU08CQ0.v2.cdf.xml")  # certified; council vote for 3
    rows = [row for row in csv.DictReader(render(dataset, "csv").splitlines()) if "Council" in row["contest"]]
    contest = next(c for c in summary_dict(dataset)["contests"] if "Council" in c["name"])
    assert [(r["candidate"], r["status"], r["elected"], r["seats_won"]) for r in rows] == [
        (c["name"], c["status"], str(c["elected"]).lower(), str(c["seats_won"])) for c in contest["candidates"]
    ]
    assert [r["candidate"] for r in rows if r["elected"] == "true"] == ["JORGE A. MARQUEZ", "JOHN C. KING", "VICTOR LINARES"]
    assert {r["status"] for r in rows if r["elected"] == "false"} == {"defeated"}
