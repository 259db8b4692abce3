"""The file's own totals kept and cross-checked (issue 14, "dropped or unchecked figures").

Clarity gives each choice a ``totalVotes`` beside its vote types broken down by county; MEDSL gives
each row the contest's ``totalvotes`` in that place. Expected figures are read from the raw files here.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path
from xml.etree import ElementTree

from electview.core.tally import tally
from electview.formats import load_file

DATA = Path(__file__).parent / "data"
ARKANSAS = DATA / "clarity" / "clarify-tests-county.xml"
COLORADO = DATA / "clarity" / "colorado-2024-general-detail.TRIMMED-6-contests.xml"
MEDSL_PRESIDENT = DATA / "medsl" / "1976-2016-president.FIRST-2000-LINES.csv"


def _raw_choices(path: Path) -> list[tuple[str, str, float, float]]:
    """(contest, choice, totalVotes, sum of the vote types' county rows) per Choice."""
    out = []
    for contest in ElementTree.parse(path).getroot().iter("Contest"):
        for choice in contest.findall("Choice"):
            rows = sum(float(unit.get("votes")) for vote_type in choice.findall("VoteType") for unit in vote_type)
            out.append((contest.get("text"), choice.get("text"), float(choice.get("totalVotes")), rows))
    return out


def test_clarity_keeps_totalvotes_and_says_what_the_breakdown_misses():
    (contest_name, choice, stated, broken_down), = _raw_choices(ARKANSAS)
    assert (stated, broken_down) == (477734, 462123)
    dataset = load_file(ARKANSAS)
    contest = dataset.contests[0]
    result = tally(contest, None, dataset.turnout)
    cotton = next(i for i, c in enumerate(result.candidates) if c.name == choice)
    assert result.votes[cotton] == 477734  # was 462,123, the vote types' sum
    rest = next(i for i, name in enumerate(contest.units.names) if "not broken down" in name)
    assert tally(contest, rest).votes[cotton] == 15611
    counties = [i for i, kind in enumerate(contest.units.kinds) if kind == "county"]
    assert sum(tally(contest, i).votes[cotton] for i in counties if i in set(contest.votes.unit.tolist())) == 462123
    assert any("15,611" in warning and "477,734" in warning for warning in dataset.import_warnings), dataset.import_warnings


def test_clarity_totals_that_agree_change_nothing():
    dataset = load_file(COLORADO)
    by_name = {(c.name, cand.name): (c, i) for c in dataset.contests for i, cand in enumerate(c.candidates)}
    for contest_name, choice, stated, broken_down in _raw_choices(COLORADO):
        assert stated == broken_down
        contest, index = by_name[(contest_name, choice)]
        assert tally(contest).votes[index] == stated
    assert not any("not broken down" in name for c in dataset.contests for name in c.units.names)
    assert dataset.import_warnings == ()


def test_medsl_totalvotes_cross_checked():
    sums: dict[tuple[str, str], int] = defaultdict(int)
    stated: dict[tuple[str, str], int] = {}
    with MEDSL_PRESIDENT.open(newline="") as handle:
        for row in csv.DictReader(handle):
            sums[(row["year"], row["state"])] += int(row["candidatevotes"])
            stated[(row["year"], row["state"])] = int(row["totalvotes"])
    differing = {key: stated[key] - sums[key] for key in sums if stated[key] != sums[key]}
    assert differing == {("1996", "Utah"): 111}
    dataset = load_file(MEDSL_PRESIDENT)
    notes = [w for w in dataset.import_warnings if "totalvotes" in w]
    assert len(notes) == 1 and "Utah" in notes[0] and "665,629" in notes[0] and "111" in notes[0], dataset.import_warnings
    contest = next(c for c in dataset.contests if c.name.startswith("1996"))
    utah = next(i for i, name in enumerate(contest.units.names) if name == "Utah")
    result = tally(contest, utah)
    assert result.total_valid.value == 665518
    assert result.other_counts["not attributed to a candidate"].value == 111
