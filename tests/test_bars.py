"""What the bar, change and count-over-time charts show (core/bars.py), without a QApplication."""

import math
from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from electview.core.bars import BARS, PIE, PIE_MAX_SLICES, bar_rows, count_series, default_chart, seat_change
from electview.core.change_column import baseline_from_comparison
from electview.core.compare import compare_datasets, compare_tallies
from electview.core.seats import Method, allocate
from electview.core.tally import tally
from electview.formats import load_file
from chart_support import bundestag_ballots
from live_helpers import SAMPLE_SHARES, results_json

DATA = Path(__file__).parent / "data"
SAMPLES = Path(__file__).parent.parent / "resources" / "samples"
BUNDESTAG = DATA / "national" / "de-bundeswahlleiter" / "btw21_kerg.csv"
PRELIMINARY = SAMPLES / "kazakhstan-2019-presidential.electview.json"
FINAL = SAMPLES / "kazakhstan-2019-presidential-final.electview.json"


def _tally(path, contest=0):
    dataset = load_file(path)
    return tally(dataset.contests[contest], None, dataset.turnout)


def test_the_sample_opens_on_a_pie_and_forty_five_parties_on_bars():
    sample = _tally(PRELIMINARY)
    assert len(sample.candidates) == PIE_MAX_SLICES == 7
    assert default_chart(sample.share, sample.on_ballot) == PIE
    bundestag = _tally(BUNDESTAG)
    assert default_chart(bundestag.share, bundestag.on_ballot) == BARS


def test_a_candidate_without_a_share_gets_no_slice_so_does_not_count():
    share = np.array([40.0, 30.0, 10.0, 5.0, 5.0, 5.0, 5.0, math.nan, 0.0])
    assert default_chart(share) == PIE  # seven with a share, one unknown, one at zero
    assert default_chart(np.append(share, 1.0)) == BARS
    shown = np.ones(10, dtype=bool)
    shown[0] = False  # not standing here
    assert default_chart(np.append(share, 1.0), shown) == PIE


def test_top_bars_and_an_honest_rest_on_the_bundestag_file():
    result = _tally(BUNDESTAG)
    order = result.order_by_votes()
    rows = bar_rows(order, result.votes, result.share, room=10)
    assert rows.rows == tuple(order[:9])  # nine bars and the "+36 more" line
    assert rows.more == len(order) - 9
    rest = order[9:]
    assert rows.rest_votes == sum(result.votes[i] for i in rest)
    assert math.isclose(rows.rest_share, sum(result.share[i] for i in rest))
    everything = bar_rows(order, result.votes, result.share, room=len(order))
    assert everything.more == 0 and math.isnan(everything.rest_votes)


def test_a_winner_further_down_the_table_still_gets_a_bar():
    votes = np.array([5.0, 4.0, 3.0, 2.0, 1.0])
    keep = np.array([False, False, False, False, True])
    rows = bar_rows([0, 1, 2, 3, 4], votes, votes, room=3, keep=keep)
    assert rows.rows == (0, 4) and rows.rest == (1, 2, 3)
    assert rows.rest_votes == 9.0
    pinned = bar_rows([0, 1, 2, 3, 4], votes, votes, room=3, keep=np.ones(5, dtype=bool), pinned=[3])
    assert pinned.rows == (0, 3)  # the selection first, then the first of those kept


@given(
    st.lists(st.one_of(st.just(math.nan), st.floats(0, 1e9)), min_size=0, max_size=60),
    st.integers(1, 70),
    st.data(),
)
def test_every_candidate_is_a_bar_or_in_the_rest_once(values, room, data):
    votes = np.array(values, dtype=float)
    order = data.draw(st.permutations(list(range(len(values)))))
    keep = np.array(data.draw(st.lists(st.booleans(), min_size=len(values), max_size=len(values))), dtype=bool)
    pinned = data.draw(st.lists(st.sampled_from(order), max_size=3, unique=True)) if order else []
    rows = bar_rows(order, votes, votes, room, keep, pinned)
    if len(pinned) <= max(room - 1, 1) or not rows.rest:
        assert set(pinned) <= set(rows.rows)  # the selection always has its bars
    assert sorted(rows.rows + rows.rest) == list(range(len(values)))
    assert len(rows.rows) + (1 if rows.rest else 0) <= max(room, 2)
    position = {row: i for i, row in enumerate(order)}
    assert list(rows.rows) == sorted(rows.rows, key=position.__getitem__)  # bars in the table's order
    if not pinned:
        shown_kept = [r for r in rows.rows if keep[r]]
        assert len(shown_kept) == min(int(keep.sum()), len(rows.rows)) if rows.rest else True
    known = [votes[r] for r in rows.rest if not math.isnan(votes[r])]
    assert rows.rest_unknown == len(rows.rest) - len(known)
    if known:
        assert math.isclose(rows.rest_votes, sum(known), rel_tol=1e-9, abs_tol=1e-6)


def test_seats_gained_and_lost_between_two_party_counts():
    first, second = bundestag_ballots()
    comparison = compare_tallies(first, second)
    change = seat_change(comparison)
    assert change is not None
    old_seats = allocate(first.votes, 598, Method.DHONDT).seats
    new_seats = allocate(second.votes, 598, Method.DHONDT).seats
    for row in range(len(comparison)):
        before = old_seats[comparison.old_index[row]] if comparison.old_index[row] >= 0 else 0
        after = new_seats[comparison.new_index[row]] if comparison.new_index[row] >= 0 else 0
        assert change[row] == after - before
    assert change.sum() == 0 and np.abs(change).sum() > 0  # the same 598 seats, moved
    baseline = baseline_from_comparison(comparison, "Erststimmen")
    assert baseline.change_seats is not None
    for row in np.flatnonzero(comparison.new_index >= 0):
        assert baseline.change_seats[comparison.new_index[row]] == change[row]


def test_no_seat_change_without_seats_on_both_sides():
    comparison = compare_datasets(load_file(PRELIMINARY), load_file(FINAL))
    assert seat_change(comparison) is None
    assert baseline_from_comparison(comparison, "x").change_seats is None
    first, second = bundestag_ballots()
    plain = load_file(BUNDESTAG)
    assert seat_change(compare_tallies(tally(plain.contests[0], None, plain.turnout), second)) is None


def _version(tmp_path, number, votes, shares):
    path = tmp_path / f"v{number}.electview.json"
    path.write_bytes(results_json(votes, shares=shares))
    dataset = load_file(path)
    return tally(dataset.contests[0], None, dataset.turnout)


def test_count_series_follows_each_candidate_by_id_across_versions(tmp_path):
    early = _version(tmp_path, 1, 6_000_000, [60.0, 26.0, 5.2, 3.2, 2.07, 1.82, 1.71])
    late = _version(tmp_path, 3, 6_504_054, SAMPLE_SHARES)
    series = count_series([early, None, late], ["v1", "v2", "v3"])
    assert len(series) == 3 and series.names == tuple(c.name for c in late.candidates)
    for c, candidate_id in enumerate(series.ids):
        index = [x.id for x in early.candidates].index(candidate_id)
        assert series.share[0, c] == early.share[index]
        assert math.isnan(series.share[1, c])
        assert series.share[2, c] == late.share[c]
        assert series.votes[2, c] == late.votes[c] or math.isnan(late.votes[c])
    assert series.share[0, 0] == 60.0 and series.share[2, 0] == 70.76
    assert series.counted[2] == late.total_valid.value
    assert math.isnan(series.counted[1])
    leaders = series.leaders(2)
    assert [series.names[i] for i in leaders] == [late.candidates[i].name for i in late.order_by_votes()[:2]]


def test_count_series_of_nothing():
    series = count_series([None, None], ["a", "b"])
    assert len(series) == 2 and series.ids == () and series.leaders(3) == []
