"""The aggregated-form cache: a second open skips DuckDB, and no edit, however sneaky, gets stale figures."""

import os

import numpy as np
import pytest

from electview.core import tally
from electview.formats import booth_csv, cache

from booth_support import ROWS, write_csv


def totals(dataset):
    result = tally(dataset.contests[0])
    return dict(zip([c.name for c in result.candidates], result.votes.tolist(), strict=True))


@pytest.fixture
def no_duckdb(monkeypatch):
    """Make any DuckDB scan fail, so a passing load proves the cache answered."""

    def refuse(self, sql, job, weight):
        raise AssertionError("DuckDB was asked to read the file")

    def allow():
        monkeypatch.undo()

    monkeypatch.setattr(booth_csv._Source, "run", refuse)
    return allow


def test_second_open_comes_from_the_cache(tmp_path, monkeypatch):
    path = write_csv(tmp_path / "a.csv", ROWS)
    first = booth_csv.load(path)
    first_precincts = booth_csv.load_precincts(path, first)
    entries = sorted(p.name.split(".", 1)[1] for p in cache.cache_dir().iterdir())
    assert entries == ["precincts.npz", "totals.npz"]
    assert str(cache.cache_dir()).startswith(os.environ["XDG_CACHE_HOME"])

    monkeypatch.setattr(booth_csv._Source, "run", lambda *a: pytest.fail("DuckDB read the file again"))
    second = booth_csv.load(path)
    assert totals(second) == totals(first) == {"Ana": 43, "Ben": 45, "Cy, Jr.": 40}
    assert [c.id for c in second.contests[0].candidates] == [c.id for c in first.contests[0].candidates]
    assert list(second.contests[0].units.names) == list(first.contests[0].units.names)
    again = booth_csv.load_precincts(path, second)["President"]
    before = first_precincts["President"]
    assert again.names.tolist() == before.names.tolist()
    for name in ("district", "offsets", "column", "value", "registered"):
        np.testing.assert_array_equal(getattr(again, name), getattr(before, name))


def test_same_size_and_time_but_other_content_misses(tmp_path):
    path = write_csv(tmp_path / "a.csv", ROWS)
    booth_csv.load(path)
    info = path.stat()
    # Same length, same modification time, one vote count changed: only the content hash can tell.
    path.write_bytes(path.read_bytes().replace(b",30\r\n", b",39\r\n"))
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert path.stat().st_size == info.st_size and path.stat().st_mtime_ns == info.st_mtime_ns
    cache._known_hashes.clear()  # a new process would not remember the old hash either
    assert totals(booth_csv.load(path))["Ana"] == 52


def test_an_edit_replaces_the_old_entry(tmp_path):
    path = write_csv(tmp_path / "a.csv", ROWS)
    booth_csv.load(path)
    write_csv(path, ROWS + [("South", "S1", "p9", "President", "Ben", "Blue", 1000)])
    assert totals(booth_csv.load(path))["Ben"] == 1045
    assert len(list(cache.cache_dir().glob("*.totals.npz"))) == 1


def test_broken_entry_is_read_again_from_the_file(tmp_path):
    path = write_csv(tmp_path / "a.csv", ROWS)
    booth_csv.load(path)
    (entry,) = cache.cache_dir().glob("*.totals.npz")
    entry.write_bytes(b"not a zip")
    assert totals(booth_csv.load(path))["Ben"] == 45


def test_cache_can_be_switched_off(tmp_path, monkeypatch):
    monkeypatch.setenv("ELECTVIEW_NO_CACHE", "1")
    path = write_csv(tmp_path / "a.csv", ROWS)
    booth_csv.load(path)
    assert not cache.cache_dir().exists()
