"""The audit points at the share that most likely carries a typo, and a vote-for-N contest the file doesn't mark raises no alarm (issue 14).

KZ preliminary sample: the shares sum to 100.17%. Two CEC reports give Kosanov 16.02% where the news
report says 16.2%; one dropped digit, and the only change to one share that the audit can't tell from
two others just as good (Yespayeva's 5.2% as 5.02%, Rakhimbekov's 3.2% as 3.02%): all three are said,
the smallest change first. Caldwell County TX 2022: the at-large council contest had 4,853 valid votes
on 4,014 ballots cast and the file says no "vote for"; in each of its 7 precincts the votes fit 2 a
ballot, so it is a note (derived), not "valid votes exceed ballots cast".
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from electview.core.audit import audit, likely_slips, sum_allowance
from electview.core.summary import contest_tallies, render
from electview.core.vote_for import votes_at_least
from electview.formats import load_file

ROOT = Path(__file__).parents[1]
PRELIMINARY = ROOT / "resources" / "samples" / "kazakhstan-2019-presidential.electview.json"
CALDWELL = Path(__file__).parent / "data" / "openelections" / "20221108__tx__general__caldwell__precinct.csv"
AT_LARGE = "City of Lockhart, Councilmembers, At-Large"


def test_the_preliminary_sample_names_kosanovs_share_first():
    dataset = load_file(PRELIMINARY)
    findings = {finding.code: finding.message for finding in audit(dataset, contest_tallies(dataset))}
    assert findings["shares-sum"] == (
        "the reported shares sum to 100.17%, not 100% (+0.17 points). Likeliest slip: Amirjan Kosanov's 16.2% for 16.02% "
        "(sum 99.99%); as likely: Daniya Yespayeva's 5.2% for 5.02%, Toleutai Rakhimbekov's 3.2% for 3.02%."
    )
    text = render(dataset, "text")
    assert "Likeliest slip: Amirjan Kosanov's 16.2% for 16.02% (sum 99.99%)" in text
    markdown = render(dataset, "markdown")
    assert "16.02%" in markdown


def test_the_final_sample_has_no_slip_to_point_at(final_sample):
    dataset = load_file(final_sample)
    assert "shares-sum" not in {finding.code for finding in audit(dataset, contest_tallies(dataset))}


def test_a_share_that_disagrees_with_its_votes_is_a_correction():
    # 500 of 1,000 votes is 50%, written 5.0: the votes say 50.0 (as does a dropped digit).
    slips = likely_slips([5.0, 30.0, 20.0], np.array([500.0, 300.0, 200.0]), 1000.0)
    assert (slips[0].index, slips[0].corrected) == (0, 50.0)


def _edits(text: str) -> list[str]:
    """Every one-digit slip of ``text``: a digit dropped, added (doubled or not), or two neighbours swapped."""
    out = [text[:at] + text[at + 1 :] for at in range(len(text)) if text[at].isdigit()]
    out += [text[:at] + digit + text[at:] for at in range(len(text) + 1) for digit in "0123456789"]
    out += [
        text[:at] + text[at + 1] + text[at] + text[at + 2 :]
        for at in range(len(text) - 1)
        if text[at].isdigit() and text[at + 1].isdigit()
    ]
    return [edit for edit in out if edit.strip(".")]


@settings(max_examples=150, deadline=None)
@given(
    votes=st.lists(st.integers(1, 2_000_000), min_size=2, max_size=9),
    pick=st.integers(0, 10_000),
    edit=st.integers(0, 10_000),
)
def test_one_planted_typo_is_found(votes, pick, edit):
    total = sum(votes)
    written = [f"{round(v / total * 100.0, 2):.2f}" for v in votes]
    shares = [float(text) for text in written]
    assume(abs(sum(shares) - 100.0) <= sum_allowance(shares))  # rounding alone, as published
    index = pick % len(shares)
    slips_of = _edits(written[index])
    typo_text = slips_of[edit % len(slips_of)]
    assume(not re.match(r"0\d", typo_text))  # "00.00" for 100.00 is read as 0.0: no one writes the slip that way
    typo = float(typo_text)
    planted = [*shares[:index], typo, *shares[index + 1 :]]
    assume(0.0 <= typo <= 100.0 and abs(sum(planted) - 100.0) > sum_allowance(planted) + 1e-9)
    slips = likely_slips(planted)
    assert (index, shares[index]) in {(slip.index, slip.corrected) for slip in slips}
    # The one named first is at least as likely as the planted one's correction.
    true = next(slip for slip in slips if (slip.index, slip.corrected) == (index, shares[index]))
    assert slips[0].likelihood >= true.likelihood - 1e-6


def test_caldwell_at_large_is_a_note_not_an_alarm():
    dataset = load_file(CALDWELL)
    tally = next(result for result in contest_tallies(dataset) if result.contest.name == AT_LARGE)
    findings = audit(dataset, [tally])
    assert "votes-exceed-ballots" not in {finding.code for finding in findings}
    note = next(finding for finding in findings if finding.code == "votes-per-ballot")
    assert note.severity == "note"
    assert note.message.startswith(f"{AT_LARGE}: 4,853 valid votes on 4,014 ballots cast")
    assert "fit 2 a ballot" in note.message and "(derived)" in note.message
    text = render(dataset, "text")
    assert "4,853 valid votes exceed 4,014 ballots cast" not in text


def test_votes_that_fit_no_number_a_ballot_stay_an_alarm():
    assert votes_at_least(np.array([401.0, 421.0]), np.array([329.0, 300.0])) == 2
    assert votes_at_least(np.array([401.0, 10.0]), np.array([329.0, np.nan])) == 0  # a place without ballots proves nothing
    assert votes_at_least(np.array([5.0]), np.array([0.0])) == 0  # votes on no ballots
    # A one-candidate contest with more votes than ballots is never "vote for 2".
    dataset = load_file(CALDWELL)
    results = contest_tallies(dataset)
    single = [result for result in results if len(result.candidates) == 1]
    for result in single:
        assert "votes-per-ballot" not in {finding.code for finding in audit(dataset, [result])}


def test_a_negative_share_has_slips_of_its_digits_not_its_sign():
    # Found by the fuzzer (tests/data/bad/fuzz-table-negative-share.csv): "-0.96" gave the variant "0-0.96", a ValueError.
    slips = likely_slips([70.76, -0.96, 16.23])
    assert all(np.isfinite(slip.corrected) for slip in slips)
    assert likely_slips([-5.0, 30.0, 20.0]) is not None
