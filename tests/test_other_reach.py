""""Other" never folds in anyone the votes still to come could lift to the lowest winning figure (issue 15, item 5)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from electview.core.majority import lift_pool, outcome_safe_keep, within_reach
from electview.core.model import Candidate, Contest, CountTable, Turnout, UnitTable
from electview.core.outcomes import outcome
from electview.core.tally import tally
from electview.formats import load_file
from electview.ui.pie_painter import build_slices

NAMES = ("A", "B", "C", "D", "E", "F", "G")
VOTES = (1_000, 900, 15, 12, 10, 5, 3)  # 1,945 counted; C-G each under 2%


def _tally(registered=None, ballots=None):
    candidates = tuple(Candidate(id=name, name=name) for name in NAMES)
    contest = Contest(
        id="x", name="Mayor", candidates=candidates, units=UnitTable.single("Town"),
        votes=CountTable.from_rows((0, i, v) for i, v in enumerate(VOTES)),
    )
    return tally(contest, None, Turnout(registered=registered, ballots_cast=ballots))


def test_the_votes_still_to_come_keep_the_reachable_out_of_other():
    # 2,935 registered - 1,945 counted = at most 990 still to come; A's 1,000 is the lowest winning figure.
    result = _tally(registered=2_935)
    decided = outcome(result, final=False)
    assert lift_pool(result, final=False) == 990
    reach = within_reach(result, decided)
    # B 1,890, C 1,005, D 1,002, E 1,000 (a tie is within reach) can get there; F 995 and G 993 can't.
    assert [name for name, near in zip(NAMES, reach, strict=True) if near] == ["B", "C", "D", "E"]
    keep = outcome_safe_keep(result, decided)
    assert keep.tolist() == [True, True, True, True, True, False, False]
    slices = build_slices(list(NAMES), [float(v) for v in VOTES], ["#000000"] * 7, keep=keep)
    other = [piece for piece in slices if piece.label == "Other"]
    assert [NAMES[i] for i in other[0].rows] == ["F", "G"]
    # Before (keep_apart alone): C, D, E, F and G all went into "Other".
    assert len(build_slices(list(NAMES), [float(v) for v in VOTES], ["#000000"] * 7, keep=np.array([True] + [False] * 6))) == 3


def test_without_a_bound_the_uncounted_ballots_the_file_gives_count():
    result = _tally(ballots=1_950)  # 5 ballots cast but not in the count: no one below A can reach 1,000 with them
    assert lift_pool(result, final=False) == 5
    assert within_reach(result, outcome(result, final=False)).tolist() == [False] * 7


def test_final_results_lift_no_one():
    result = _tally(registered=2_935)
    assert not within_reach(result, outcome(result, final=True)).any()


def test_window_pie_keeps_the_reachable_apart(qtbot):
    # DC 2022 (MEDSL, status not given, so not final): 79,431 registered; the at-large write-ins (0.75%
    # of the delegate race) could still be lifted past the lowest winner by the votes still to come.
    from electview.ui.main_window import MainWindow

    path = Path(__file__).parent / "data" / "medsl" / "dc22_cleaned.FIRST-1550-LINES.csv"
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.set_dataset(load_file(path), str(path))
    keep = window.model.keep_apart()
    result = window.document.tally
    assert keep.all()  # 46,688 votes may still come in the delegate race: every candidate could reach 27,084
    assert all(piece.label != "Other" for piece in window.pie.slices)
    assert result.turnout.registered == 79_431
