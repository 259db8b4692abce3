"""The precinct entry keeps what opening the browser works out (leader, margin, orders), and gives back the same."""

import zipfile

import numpy as np
import pytest

from electview.core.precincts import FIXED_KINDS, TABLE_KINDS, PrecinctOrders, PrecinctTable, name_ranks
from electview.formats import booth_csv, cache

from booth_support import ROWS, write_csv

HEADER = ["region", "district", "precinct", "office", "candidate", "party", "votes", "registered"]
# Two offices, a tie (p3: Ana and Ben 12 each), an unopposed precinct (p9 for Mayor), registered voters.
ROWS_TWO_OFFICES = [(*row, 100) for row in ROWS] + [
    ("North", "N2", "p3", "President", "Ana", "Red", 12, 40),
    ("North", "N2", "p3", "President", "Ben", "Blue", 12, 40),
    ("North", "N1", "p1", "Mayor", "Dee", "Red", 9, 100),
    ("North", "N1", "p1", "Mayor", "Eve", "Blue", 11, 100),
    ("South", "S1", "p9", "Mayor", "Dee", "Red", 3, 80),
]


def _detail(path, dataset):
    """Per contest id: the table, and its orders as the browser's loader makes them."""
    contests = {contest.id: contest for contest in dataset.contests}
    tables = booth_csv.load_precincts(path, dataset)
    return {cid: (table, PrecinctOrders(table, contests[cid]).prepare()) for cid, table in tables.items()}


def test_cached_precincts_give_the_same_columns_and_orders(tmp_path, monkeypatch):
    path = write_csv(tmp_path / "booth.csv", ROWS_TWO_OFFICES, HEADER)
    dataset = booth_csv.load(path)
    monkeypatch.setenv("ELECTVIEW_NO_CACHE", "1")
    fresh = _detail(path, dataset)  # worked out from the counts, nothing cached
    monkeypatch.delenv("ELECTVIEW_NO_CACHE")
    booth_csv.load_precincts(path, dataset)  # writes the entry
    monkeypatch.setattr(booth_csv._Source, "run", lambda *a: pytest.fail("DuckDB read the file again"))
    cached = _detail(path, dataset)
    assert sorted(cached) == sorted(fresh) == ["Mayor", "President"]
    for cid, (table, orders) in cached.items():
        # Taken from the entry, not worked out again: the cached properties are already there.
        assert {"totals", "_top_two", "name_rank", "_all_candidates"} <= set(vars(table))
        assert {kind for kind, _, _ in table.orders} == set(TABLE_KINDS)
        before, before_orders = fresh[cid]
        for column in ("totals", "leader", "margin", "margin_share", "turnout", "name_rank"):
            np.testing.assert_array_equal(getattr(table, column), getattr(before, column))
        np.testing.assert_array_equal(table.candidates_in(), before.candidates_in())
        for kind in FIXED_KINDS:
            for descending in (False, True):
                np.testing.assert_array_equal(orders.rows(kind, descending), before_orders.rows(kind, descending))
    president, _ = cached["President"]
    names = president.names.tolist()
    # Real values: p3's tie goes to the earlier candidate with a margin of 0; N1's p1 is Ana's by 10.
    assert president.margin[names.index("p3")] == 0
    assert president.turnout[names.index("p3")] == pytest.approx(60.0)
    first = names.index("p1")
    assert dataset.contests[[c.id for c in dataset.contests].index("President")].candidates[president.leader[first]].name == "Ana"
    assert president.margin[first] == 10


def test_an_entry_not_stored_plainly_is_rebuilt(tmp_path):
    """Compressed members, or an array whose header claims more than the member holds, are not read."""
    path = write_csv(tmp_path / "booth.csv", ROWS)
    dataset = booth_csv.load(path)
    expected = booth_csv.load_precincts(path, dataset)["President"].totals.tolist()
    (entry,) = cache.cache_dir().glob("*.precincts.npz")
    with np.load(entry, allow_pickle=False) as archive:
        arrays = {name: archive[name] for name in archive.files}
    np.savez_compressed(entry, **arrays)  # the same arrays, checksum and hash, deflated
    with pytest.raises(ValueError, match="not an array stored as it is"):
        cache._read_entry(entry)
    assert booth_csv.load_precincts(path, dataset)["President"].totals.tolist() == expected == [50.0, 30.0, 7.0, 41.0]

    np.savez(entry, **(arrays | {"c0_value": arrays["c0_value"][:2]}))
    with zipfile.ZipFile(entry) as archive:
        member = archive.getinfo("c0_value.npy")
    raw = bytearray(entry.read_bytes())
    header_at = raw.index(b"'shape': (2,)", member.header_offset)
    raw[header_at : header_at + 13] = b"'shape': (9,)"  # the header promises 9 values, the member has 2
    entry.write_bytes(bytes(raw))
    with pytest.raises(ValueError, match="not the size its header says"):
        cache._read_entry(entry)
    assert booth_csv.load_precincts(path, dataset)["President"].totals.tolist() == expected


def test_name_ranks_are_narrow_and_alphabetical():
    ranks = name_ranks(["b", "A", "a", "c"])
    assert ranks.dtype == np.uint8
    assert ranks.tolist() == [2, 0, 1, 3]  # casefolded, then as written
    assert name_ranks([f"n{i:05d}" for i in range(70_000)]).dtype == np.uint32


def test_an_entry_holding_objects_is_refused_unread(tmp_path):
    """A pickled array (np.savez writes one for dtype=object) is never unpickled: the entry is refused."""
    entry = tmp_path / "x.npz"
    np.savez(entry, names=np.array(["a", None], dtype=object), votes=np.arange(3.0))
    with pytest.raises(ValueError, match="holds object, not numbers or text"):
        cache._read_entry(entry)
    np.savez(entry, names=np.array(["a", "bc"]), votes=np.arange(3.0), empty=np.zeros((0, 2)))
    read = cache._read_entry(entry)
    assert read["names"].tolist() == ["a", "bc"] and read["votes"].tolist() == [0.0, 1.0, 2.0] and read["empty"].shape == (0, 2)


def _two_precincts() -> PrecinctTable:
    """p0: candidate 0 has 5, candidate 1 has 3; p1: candidate 1 alone has 4."""
    return PrecinctTable(
        names=np.array(["p0", "p1"]),
        district=np.array([1, 1]),
        offsets=np.array([0, 2, 3]),
        column=np.array([0, 1, 1], dtype=np.int32),
        value=np.array([5.0, 3.0, 4.0]),
        registered=np.array([10.0, np.nan]),
        candidates=2,
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda arrays: arrays.__setitem__("totals", arrays["totals"][:1]), "differ in length"),
        (lambda arrays: arrays.__setitem__("candidates_by_votes", np.array([0, 2])), "candidates out of range"),
        (lambda arrays: arrays.__setitem__("order_votes_up", np.array([0.0, 1.0])), "order of votes does not fit"),
    ],
    ids=["short-column", "no-such-candidate", "float-order"],
)
def test_derived_arrays_that_do_not_fit_are_refused(change, message):
    source = _two_precincts()
    PrecinctOrders(source, contest=None).prepare(TABLE_KINDS)  # table kinds need no contest
    arrays = source.derived()
    assert arrays["totals"].tolist() == [8.0, 4.0] and arrays["leader"].tolist() == [0, 1]
    assert arrays["order_votes_down"].tolist() == [0, 1] and arrays["candidates_by_votes"].tolist() == [1, 0]
    change(arrays)
    with pytest.raises(ValueError, match=message):
        _two_precincts().restore(arrays)


def test_one_very_long_station_name_does_not_widen_every_stored_name(tmp_path, monkeypatch):
    """A 2,000-character station name made the entry store every name 2,000 characters wide (a million
    stations: 8 GB); it is kept apart, whole, and the rest stay as narrow as they are."""
    long_name = "Station " + "x" * 2_000
    rows = [*ROWS, ("North", "N1", long_name, "President", "Ana", "Red", 5)]
    path = write_csv(tmp_path / "long.csv", rows)
    dataset = booth_csv.load(path)
    booth_csv.load_precincts(path, dataset)  # writes the entry
    stored = booth_csv._table_to_arrays(booth_csv.load_precincts(path, dataset)["President"], 0)
    assert stored["c0_names"].dtype.itemsize <= booth_csv.STORED_NAME_CHARS * 4
    monkeypatch.setattr(booth_csv._Source, "run", lambda *a: pytest.fail("DuckDB read the file again"))
    names = [str(name) for name in booth_csv.load_precincts(path, dataset)["President"].names]
    assert long_name in names and "p1" in names
