"""Hostile input, second round (issue 17): caches, history, following, duplicate keys."""

import hashlib
import os
import threading
import time
import zlib
from pathlib import Path

import numpy as np
import pytest
from live_helpers import results_json

from electview.core import tally
from electview.core.errors import LoadError
from electview.formats import booth_csv, cache, load_file
from electview.live.history import History, SnapshotStore
from electview.live.sources import FileSource, Outcome

from booth_support import ROWS, write_csv

BAD = Path(__file__).parent / "data" / "bad"


def _totals(dataset):
    result = tally(dataset.contests[0])
    return dict(zip([c.name for c in result.candidates], result.votes.tolist(), strict=True))


# 3. caches and history verified on read


def _entry(kind="totals"):
    (entry,) = cache.cache_dir().glob(f"*.{kind}.npz")
    return entry


def _rewrite_entry(entry, change):
    with np.load(entry, allow_pickle=False) as archive:
        arrays = {name: archive[name] for name in archive.files}
    change(arrays)
    with entry.open("wb") as stream:
        np.savez(stream, **arrays)


def test_cache_entry_with_altered_votes_is_rebuilt(tmp_path):
    path = write_csv(tmp_path / "a.csv", ROWS)
    booth_csv.load(path)
    _rewrite_entry(_entry(), lambda arrays: arrays.__setitem__("votes", arrays["votes"] * 1000))
    assert _totals(booth_csv.load(path)) == {"Ana": 43, "Ben": 45, "Cy, Jr.": 40}


@pytest.mark.parametrize("kind", ["totals", "precincts"])
def test_empty_or_wrongly_shaped_cache_entry_is_rebuilt(tmp_path, kind):
    path = write_csv(tmp_path / "a.csv", ROWS)
    dataset = booth_csv.load(path)
    booth_csv.load_precincts(path, dataset)
    digest = cache.content_hash(cache.Stamp.of(path))

    def cut(arrays):
        name = "votes" if kind == "totals" else "c0_offsets"
        arrays[name] = arrays[name][:1]
        # a consistent checksum: only the shapes are wrong
        arrays["arrays_checksum"] = np.array(
            cache.arrays_checksum({k: v for k, v in arrays.items() if k not in ("content_hash", "arrays_checksum")})
        )
        arrays["content_hash"] = np.array(digest)

    _rewrite_entry(_entry(kind), cut)
    again = booth_csv.load(path)
    assert _totals(again) == {"Ana": 43, "Ben": 45, "Cy, Jr.": 40}
    assert booth_csv.load_precincts(path, again)["President"].names.tolist() == (
        booth_csv.load_precincts(path, dataset)["President"].names.tolist()
    )
    _entry(kind).write_bytes(b"")
    assert _totals(booth_csv.load(path))["Ben"] == 45


def test_cache_entry_that_would_inflate_hugely_is_dropped(tmp_path):
    path = write_csv(tmp_path / "a.csv", ROWS)
    booth_csv.load(path)
    entry = _entry()
    import zipfile

    with zipfile.ZipFile(entry, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("votes.npy", b"\0" * (70 << 20))
    assert _totals(booth_csv.load(path))["Ben"] == 45
    assert entry.stat().st_size < 1 << 20  # rebuilt, the bomb is gone


def _store_with(tmp_path, sha256, data, seen_at=1000.0):
    store = SnapshotStore(tmp_path / "h.sqlite3")
    with store._db:
        store._db.execute("INSERT INTO contents VALUES (?, ?)", (sha256, data))
        store._db.execute(
            "INSERT INTO snapshots (source, sha256, seen_at, changed_at, status) VALUES ('s', ?, ?, NULL, 'final')",
            (sha256, seen_at),
        )
    return store


def test_history_content_not_matching_its_key_is_not_replayed(tmp_path):
    good, forged = results_json(100), results_json(999999)
    store = _store_with(tmp_path, hashlib.sha256(good).hexdigest(), zlib.compress(forged))
    history = History("s", "night.json", store)
    with pytest.raises(KeyError):
        history.dataset(0)
    assert store._db.execute("SELECT count(*) FROM contents").fetchone()[0] == 0  # dropped


def test_history_zlib_garbage_is_a_missing_version_not_an_error(tmp_path):
    store = _store_with(tmp_path, "a" * 64, b"\x78\x9c garbage")
    with pytest.raises(KeyError):
        History("s", "night.json", store).dataset(0)


@pytest.mark.parametrize("seen_at", [1e20, -5.0, "noon"])
def test_history_row_with_impossible_time_is_skipped(tmp_path, seen_at):
    content = results_json(100)
    store = _store_with(tmp_path, hashlib.sha256(content).hexdigest(), zlib.compress(content), seen_at)
    assert History("s", "night.json", store).snapshots == []


def test_history_row_inflating_past_the_limit_is_refused(tmp_path, monkeypatch):
    from electview.live import history

    monkeypatch.setattr(history, "MAX_CONTENT_BYTES", 1 << 20)
    monkeypatch.setattr(history._inflate, "__defaults__", (1 << 20,))
    bomb = b"\0" * (8 << 20)
    store = _store_with(tmp_path, hashlib.sha256(bomb).hexdigest(), zlib.compress(bomb, 9))
    with pytest.raises(KeyError):
        History("s", "night.json", store).dataset(0)


# 4. following: no torn versions, no blocking on special files, size limit first


def _old(path: Path) -> Path:
    past = time.time() - 60
    os.utime(path, (past, past))
    return path


def test_following_a_csv_cut_mid_number_shows_no_version(tmp_path):
    path = write_csv(tmp_path / "night.csv", ROWS)
    source = FileSource(path)
    _old(path)
    assert source.check().outcome is Outcome.CHANGED
    whole = path.read_bytes()
    path.write_bytes(whole[: whole.rindex(b",40") + 2])  # "…,4" of "…,40": parses, but is torn
    check = source.check()
    assert check.outcome is Outcome.FAILED and "being written" in check.problem
    path.write_bytes(whole.split(b"\r\n", 3)[0] + b"\r\n")  # cut at a line end: fewer rows, still fresh
    assert source.check().outcome is Outcome.FAILED
    path.write_bytes(whole.replace(b",40", b",41"))
    check = source.check()
    assert check.outcome is Outcome.CHANGED and _totals(check.dataset)["Cy, Jr."] == 41


def test_a_settled_csv_is_taken_as_it_is(tmp_path):
    path = tmp_path / "night.csv"
    write_csv(path, ROWS)
    path.write_bytes(path.read_bytes().rstrip(b"\r\n"))  # a writer that ends without a line break
    assert FileSource(path).check().outcome is Outcome.FAILED
    _old(path)
    assert FileSource(path).check().outcome is Outcome.CHANGED


def _check_in_thread(source):
    found = []
    worker = threading.Thread(target=lambda: found.append(source.check()), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "the check blocked"
    return found[0]


def test_following_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "night.csv"
    os.mkfifo(fifo)
    check = _check_in_thread(FileSource(fifo))
    assert check.outcome is Outcome.FAILED and "not a regular file" in check.problem


def test_following_a_link_to_dev_zero_is_refused(tmp_path):
    link = tmp_path / "night.json"
    link.symlink_to("/dev/zero")
    check = _check_in_thread(FileSource(link))
    assert check.outcome is Outcome.FAILED and "not a regular file" in check.problem


def test_a_file_swapped_for_a_fifo_after_the_stat_does_not_block(tmp_path, monkeypatch):
    path = tmp_path / "night.json"
    path.write_bytes(results_json(1))
    real_stat = os.stat
    swapped = []

    def stat_then_swap(target, *args, **kwargs):
        info = real_stat(target, *args, **kwargs)
        if not swapped and os.fspath(target) == os.fspath(path):
            swapped.append(True)
            path.unlink()
            os.mkfifo(path)
        return info

    source = FileSource(path)
    monkeypatch.setattr(os, "stat", stat_then_swap)
    check = _check_in_thread(source)
    assert check.outcome is Outcome.FAILED


def test_size_limit_applies_before_reading_a_followed_file(tmp_path, monkeypatch):
    from electview.live import sources

    sparse = tmp_path / "night.json"
    with sparse.open("wb") as stream:
        stream.truncate(1536 << 20)  # 1.5 GB, no blocks on disk
    reads = []
    monkeypatch.setattr(sources.guard, "read_open", lambda *a: reads.append(a) or b"")
    check = FileSource(sparse).check()
    assert check.outcome is Outcome.FAILED and "more than the" in check.problem
    assert reads == []


# 8. duplicate JSON keys refused, with the place


@pytest.mark.parametrize(
    ("name", "key", "place"),
    [
        ("duplicate-votes-key.electview.json", "votes", "line 2, column 17"),
        ("duplicate-candidates-list.electview.json", "candidates", "line 1, column 1"),
        ("duplicate-status.electview.json", "status", "line 2, column 14"),
        ("duplicate-keys.electview.json", "votes", "line 1, column 82"),
    ],
)
def test_duplicate_json_keys_are_refused_with_the_place(name, key, place):
    with pytest.raises(LoadError) as caught:
        load_file(BAD / name)
    assert f"the key '{key}' is given twice" in caught.value.message
    assert caught.value.place == place
