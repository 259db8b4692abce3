"""The snapshot history: distinct versions only, kept across restarts, replayed exactly."""

import sqlite3
import threading

import pytest
from live_helpers import results_json

from electview.live.history import History, SnapshotStore, default_store_path
from electview.live.sources import Version, content_hash, load_bytes


def _version(votes: int, changed_at: float | None = None) -> Version:
    content = results_json(votes)
    return Version(content, content_hash(content), changed_at)


def _add(history: History, votes: int, seen_at: float):
    version = _version(votes, changed_at=seen_at - 5)
    return history.add(version, load_bytes(version.content, "night.json", history.source), seen_at=seen_at)


def test_store_is_in_the_user_data_dir(tmp_path):
    assert str(default_store_path()).startswith(str(tmp_path / "home"))  # conftest points XDG_DATA_HOME there


@pytest.mark.parametrize("write_behind", [False, True])
def test_distinct_versions_only_and_kept_across_restarts(tmp_path, write_behind):
    store_path = tmp_path / "history.sqlite3"
    history = History.open("/night/results.json", "results.json", store_path, write_behind=write_behind)
    assert _add(history, 100, 1000.0) is not None
    assert _add(history, 100, 1001.0) is None  # same as the latest: not a new snapshot
    _add(history, 200, 1002.0)
    _add(history, 100, 1003.0)  # back to an earlier count is a change worth keeping
    history.flush()
    history.close()

    restarted = History.open("/night/results.json", "results.json", store_path)
    assert [s.seen_at for s in restarted.snapshots] == [1000.0, 1002.0, 1003.0]
    assert restarted.snapshots[0].changed_at == 995.0
    votes = [restarted.dataset(i).contests[0].votes.value[0] for i in range(len(restarted))]
    assert votes == [100, 200, 100]
    assert restarted.dataset(1).source_path == "/night/results.json"
    other = History.open("/elsewhere.json", "elsewhere.json", store_path)
    assert len(other) == 0
    with sqlite3.connect(store_path) as db:  # identical contents are stored once
        assert db.execute("SELECT COUNT(*) FROM contents").fetchone()[0] == 2
    for h in (restarted, other):
        h.close()


def test_unusable_store_keeps_history_in_memory(tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    history = History.open("/night/results.json", "results.json", blocked / "history.sqlite3")
    assert history.store is None and "in memory" in history.problem
    _add(history, 100, 1.0)
    _add(history, 200, 2.0)
    assert history.dataset(0).contests[0].votes.value[0] == 100


@pytest.mark.parametrize("write_behind", [False, True])
def test_store_failing_mid_night_falls_back(tmp_path, monkeypatch, write_behind):
    history = History.open("/night/results.json", "results.json", tmp_path / "h.sqlite3", write_behind=write_behind)
    _add(history, 100, 1.0)

    def disk_full(*args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(history.store, "add", disk_full)
    _add(history, 200, 2.0)
    _add(history, 300, 3.0)
    history.flush()
    assert "database or disk is full" in history.problem and "in memory" in history.problem
    history._datasets.clear()  # replay from the bytes, not the parsed cache
    assert [history.dataset(i).contests[0].votes.value[0] for i in range(3)] == [100, 200, 300]
    history.close()


def test_writing_behind_returns_at_once_and_replays_from_memory_meanwhile(tmp_path, monkeypatch):
    history = History.open("/night/results.json", "results.json", tmp_path / "h.sqlite3", write_behind=True)
    release = threading.Event()
    store_add = history.store.add
    monkeypatch.setattr(history.store, "add", lambda *args: release.wait(10) and store_add(*args))
    snapshot = _add(history, 100, 1.0)  # returns while the (slow) write waits
    history._datasets.clear()
    assert history.dataset(0).contests[0].votes.value[0] == 100  # from memory
    release.set()
    history.flush()
    assert snapshot.sha256 not in history._contents  # stored: no second copy kept
    history._datasets.clear()
    assert history.dataset(0).contests[0].votes.value[0] == 100  # from the store
    history.close()


def test_store_rows_need_their_content(tmp_path):
    store = SnapshotStore(tmp_path / "h.sqlite3")
    with pytest.raises(KeyError):
        store.content("0" * 64)
    store.close()


def test_live_core_imports_no_qt():
    import subprocess
    import sys

    code = (
        "import sys, electview.live.sources, electview.live.history, electview.live.polling, electview.commands.summary; "
        "bad=[m for m in sys.modules if m.startswith(('PySide6','pyqtgraph'))]; print(bad); sys.exit(bool(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_status_bar_times_prefer_the_sources_clock():
    from datetime import datetime

    from electview.live.history import Snapshot
    from electview.live.times import changed_text, clock, snapshot_line

    now = datetime(2026, 11, 25, 21, 30).timestamp()
    seen = datetime(2026, 11, 25, 21, 4, 5).timestamp()
    modified = datetime(2026, 11, 25, 21, 3, 0).timestamp()
    assert clock(seen, now) == "21:04:05"
    assert clock(datetime(2026, 6, 9, 21, 4).timestamp(), now) == "9 Jun 21:04"
    text, tip = changed_text(Snapshot("x", seen, modified, "final"), None, is_feed=True, now=now)
    assert text == "Data changed 21:03:00"
    assert "Last-Modified" in tip and "21:04:05" in tip
    text, tip = changed_text(Snapshot("x", seen, None, "final"), None, is_feed=True, now=now)
    assert text == "Data changed 21:04:05" and "gave no time" in tip
    assert snapshot_line(Snapshot("x", seen, None, "certified"), now) == "seen 21:04:05 · CERTIFIED"
