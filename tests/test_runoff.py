"""Two-round contests: one winner with more than half of valid votes (or a threshold), else a run-off (issue #15,
"single winner (plurality, absolute majority with a run-off, or a threshold)").

France 2017, first round: electview said "MACRON Emmanuel leads LE PEN Marine by 977,855 votes; LE PEN Marine
would need at least 54.62% … to overtake", a one-round race; under the two-round rule the true statement is
that no one has a majority and the top two go to a run-off.
"""

from __future__ import annotations

import json
from pathlib import Path


from cli_support import run_in_process
from electview.core.majority import outcome_statement, statement_lines
from electview.core.model import RUNOFF_METHOD, ElectoralSystem
from electview.core.outcomes import outcome, status_label, with_system
from electview.core.sentence import result_sentence
from electview.core.summary import contest_tallies, render
from electview.formats import load_file, native
from electview.ui.main_window import MainWindow

FRANCE = Path(__file__).parent / "data" / "national" / "fr-interieur" / "Presidentielle_2017_Resultats_Tour_1_c-Departements_Tour_1.csv"
KZ_FINAL = Path(__file__).parents[1] / "resources" / "samples" / "kazakhstan-2019-presidential-final.electview.json"


def _runoff(dataset, threshold: float = 50.0):
    return with_system(dataset, ElectoralSystem(RUNOFF_METHOD, 1, threshold, "user"))


def _final(votes: dict[str, int]):
    return native.parse({
        "format": "electview", "version": 1, "election": {"title": "T", "status": "final"},
        "candidates": [{"name": name, "votes": count} for name, count in votes.items()],
    })


def test_no_majority_sends_the_top_two_to_a_run_off():
    result = contest_tallies(_runoff(load_file(FRANCE)))[0]
    decided = outcome(result, False)
    names = [result.candidates[i].name for i in decided.winners]
    assert names == ["MACRON Emmanuel", "LE PEN Marine"] and int(decided.seats_won.sum()) == 0
    statement = outcome_statement(result, False, name_of=str).sentence
    assert statement == ("Within the ballots counted no candidate has more than half of valid votes: "
                         "MACRON Emmanuel (24.01%) and LE PEN Marine (21.30%) would go to a run-off.")
    assert "overtake" not in " ".join(statement_lines(result, False))
    assert status_label(decided, decided.winners[0]) == "run-off (projected)"
    assert "would go to a run-off" in result_sentence(result)


def test_a_majority_wins_outright_and_the_final_count_says_so():
    result = contest_tallies(_runoff(load_file(KZ_FINAL)))[0]
    assert outcome_statement(result, True, name_of=str).sentence == (
        "Kassym-Jomart Tokayev wins with 70.96% of valid votes, more than half: no run-off."
    )


def test_half_is_not_a_majority_but_a_threshold_is_reached_at_itself():
    even = contest_tallies(_runoff(_final({"A": 50, "B": 30, "C": 20})))[0]
    assert outcome_statement(even, True, name_of=str).sentence == (
        "No candidate has more than half of valid votes: A (50.00%) and B (30.00%) go to a run-off."
    )
    forty = contest_tallies(_runoff(_final({"A": 40, "B": 35, "C": 25}), threshold=40))[0]
    assert outcome_statement(forty, True, name_of=str).sentence == "A wins with 40.00% of valid votes, at least 40%: no run-off."


def test_a_tie_for_the_second_place_is_left_to_the_law():
    result = contest_tallies(_runoff(_final({"A": 40, "B": 30, "C": 30})))[0]
    assert outcome_statement(result, True, name_of=str).sentence == (
        "No candidate has more than half of valid votes: A (40.00%) goes to the run-off; "
        "B (30.00%), C (30.00%) are tied for the other place, which the law decides, not the count."
    )


def test_the_command_line_and_the_json():
    process = run_in_process("summary", str(FRANCE), "--method", "runoff", "--format", "json")
    assert process.returncode == 0, process.stderr
    contest = json.loads(process.stdout)["contests"][0]
    assert contest["rule"] == {"kind": "runoff", "method": None, "threshold_percent": 50.0, "base": "valid votes", "source": "user"}
    assert [c["status"] for c in contest["candidates"][:3]] == ["runoff", "runoff", "trailing"]
    assert all(c["elected"] is None for c in contest["candidates"])
    refused = run_in_process("summary", str(FRANCE), "--method", "runoff", "--seats", "3")
    assert refused.returncode == 2 and "leave out --seats" in refused.stderr
    text = render(_runoff(load_file(FRANCE)))
    assert "MACRON Emmanuel" in text and "run-off (projected)" in text


def test_the_window_s_electoral_system_dialog_offers_two_rounds(qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from electview.ui.electoral_system_dialog import ElectoralSystemDialog

    def answer(dialog):
        dialog.method.setCurrentIndex(dialog.method.findData(RUNOFF_METHOD))
        assert dialog.seats.value() == 1 and not dialog.seats.isEnabled() and dialog.threshold.value() == 50.0
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ElectoralSystemDialog, "exec", answer)
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.set_dataset(load_file(FRANCE), str(FRANCE))
    window.electoral_system.action.trigger()
    assert window.gauge_label.text().splitlines()[0].endswith("would go to a run-off.")
    assert window.document.contest.system == ElectoralSystem(RUNOFF_METHOD, 1, 50.0, "user")
