"""The night's history: every distinct version of a source, in memory and in a small SQLite store.

The store lives in the user data dir (platformdirs), keyed by the file's absolute path or
the feed's URL; contents are stored once per SHA-256 (zlib-compressed), so a restart keeps
the night and replaying a snapshot parses exactly the bytes that were seen. Every write is
one transaction. If the store can't be opened or written, history carries on in memory
and says so once. The window writes behind (``write_behind=True``): compressing and storing
a big file takes seconds, on a thread of its own, while the version is replayable from
memory at once. Reading a version back may happen on any thread (the window reads on workers).
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import sqlite3
import threading
import time
import zlib
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from electview import APP_NAME
from electview.core.errors import LoadError
from electview.core.model import ResultsDataset
from electview.live.sources import MAX_FEED_BYTES, Version, load_bytes

_SCHEMA = """
CREATE TABLE IF NOT EXISTS contents (
    sha256 TEXT PRIMARY KEY,
    data BLOB NOT NULL            -- zlib-compressed file content
);
CREATE TABLE IF NOT EXISTS snapshots (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,         -- absolute path or URL
    sha256 TEXT NOT NULL REFERENCES contents(sha256),
    seen_at REAL NOT NULL,        -- when electview first saw this version (epoch seconds)
    changed_at REAL,              -- the source's own time (file mtime, HTTP Last-Modified)
    status TEXT NOT NULL          -- the results' status then (preliminary, final, …)
);
CREATE INDEX IF NOT EXISTS snapshots_by_source ON snapshots(source, id);
"""
_log = logging.getLogger(__name__)
_YEAR_3000 = 32503680000.0
MAX_CONTENT_BYTES = MAX_FEED_BYTES  # no version bigger than a feed's answer or a followed file was stored
_CACHED_DATASETS = 32  # parsed snapshots kept for quick replay; older ones are re-parsed
# What History.dataset raises for a version that can't be read again: the file no longer parses, its
# content is missing or damaged in the store, or the store itself failed.
READ_ERRORS = (LoadError, KeyError, sqlite3.Error)


def default_store_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "history.sqlite3"


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One distinct version as seen: which content, when electview saw it, the source's own time, its status."""

    sha256: str
    seen_at: float
    changed_at: float | None
    status: str = "unknown"


class SnapshotStore:
    """The SQLite file behind :class:`History`; one lock around the connection, so any thread may use it."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, timeout=5.0, check_same_thread=False)
        with self._db:
            self._db.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def snapshots(self, source: str) -> list[Snapshot]:
        with self._lock:
            rows = self._db.execute(
                "SELECT sha256, seen_at, changed_at, status FROM snapshots WHERE source = ? ORDER BY id", (source,)
            ).fetchall()
        return [snapshot for row in rows if (snapshot := _snapshot(row)) is not None]

    def add(self, source: str, snapshot: Snapshot, content: bytes) -> None:
        with self._lock:
            stored = self._db.execute("SELECT 1 FROM contents WHERE sha256 = ?", (snapshot.sha256,)).fetchone()
        # Compressed outside the lock (zlib lets other threads run): seconds for a big file.
        data = None if stored else zlib.compress(content, 6)
        with self._lock, self._db:  # one transaction: the content and its snapshot row land together or not at all
            if data is not None:
                self._db.execute("INSERT OR IGNORE INTO contents (sha256, data) VALUES (?, ?)", (snapshot.sha256, data))
            self._db.execute(
                "INSERT INTO snapshots (source, sha256, seen_at, changed_at, status) VALUES (?, ?, ?, ?, ?)",
                (source, snapshot.sha256, snapshot.seen_at, snapshot.changed_at, snapshot.status),
            )

    def content(self, sha256: str) -> bytes:
        with self._lock:
            row = self._db.execute("SELECT data FROM contents WHERE sha256 = ?", (sha256,)).fetchone()
        if row is None:
            raise KeyError(sha256)
        content = _inflate(row[0])
        if content is None or hashlib.sha256(content).hexdigest() != sha256:
            # Garbage or other bytes under this key: never replayed as the version it names.
            _log.info("history content %s is damaged; dropping it", sha256[:12])
            with self._lock, self._db:
                self._db.execute("DELETE FROM contents WHERE sha256 = ?", (sha256,))
            raise KeyError(sha256)
        return content


def _inflate(data: object, limit: int = MAX_CONTENT_BYTES) -> bytes | None:
    """The decompressed bytes, or None for anything that isn't zlib data of at most ``limit`` bytes
    (a small row must not inflate to gigabytes)."""
    if not isinstance(data, bytes):
        return None
    inflater = zlib.decompressobj()
    try:
        content = inflater.decompress(data, limit + 1)
    except zlib.error:
        return None
    if len(content) > limit or not inflater.eof:
        return None
    return content


_SHA256 = re.compile(r"[0-9a-f]{64}")


def _snapshot(row: tuple) -> Snapshot | None:
    """A stored row as a Snapshot, or None (noted quietly) when any field is out of its range."""
    sha256, seen_at, changed_at, status = row
    good = (
        isinstance(sha256, str)
        and _SHA256.fullmatch(sha256) is not None
        and _plausible_time(seen_at)
        and (changed_at is None or _plausible_time(changed_at))
        and isinstance(status, str)
        and len(status) <= 100
    )
    if not good:
        _log.info("skipping a damaged history record")
        return None
    return Snapshot(sha256, float(seen_at), None if changed_at is None else float(changed_at), status)


def _plausible_time(value: object) -> bool:
    """Epoch seconds a clock could show: finite, after 1970 and before the year 3000."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and 0 <= value < _YEAR_3000


class History:
    """The versions of one source, oldest first.

    ``store`` may be None (memory only). ``problem`` says why the store isn't in use, if not.
    With ``write_behind`` the store is written on a thread of its own (in order); a version
    stays in memory until it is stored, and :meth:`flush` waits for the writes. :meth:`dataset`
    may be called from any thread; :meth:`add` and :meth:`close` belong to the thread that owns it.
    """

    def __init__(self, source: str, name: str, store: SnapshotStore | None = None, write_behind: bool = False) -> None:
        self.source = source
        self.name = name
        self.store = store
        self.problem = ""
        self._store_failed = False
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="electview-history") if write_behind and store else None
        # The cache, the unstored contents and the list of snapshots are shared with the threads that read
        # versions and write them behind; one lock around them, never held while a version is parsed.
        self._lock = threading.Lock()
        self._contents: dict[str, bytes] = {}  # versions the store doesn't have (yet), for replay
        self._datasets: OrderedDict[str, ResultsDataset] = OrderedDict()
        self._parsing: dict[str, threading.Lock] = {}  # by SHA-256: two threads asking for one version parse it once
        self.snapshots: list[Snapshot] = []
        if store is not None:
            try:
                self.snapshots = store.snapshots(source)
            except sqlite3.Error as error:
                self._drop_store(error)

    @classmethod
    def open(cls, source: str, name: str, store_path: str | Path | None = None, write_behind: bool = False) -> History:
        """History backed by the store at ``store_path`` (default: the user data dir), or in memory if it can't open."""
        try:
            store = SnapshotStore(store_path)
        except (sqlite3.Error, OSError) as error:
            history = cls(source, name)
            history.problem = f"the history store could not be opened ({error}); keeping this session's history in memory"
            return history
        return cls(source, name, store, write_behind)

    def _drop_store(self, error: Exception) -> None:
        self.problem = f"the history store failed ({error}); keeping this session's history in memory"
        self.close()

    def close(self) -> None:
        """Let go of the store; writes still queued finish first (without waiting for them here)."""
        store, self.store = self.store, None
        if store is None:
            return
        if self._writer is not None:
            self._writer.submit(store.close)
            self._writer.shutdown(wait=False)
        else:
            store.close()

    def stored(self) -> Future | None:
        """Done once every version added so far is in the store (or failed to get there); None: no writes behind."""
        if self._writer is None or self.store is None:
            return None
        return self._writer.submit(lambda: None)

    def flush(self) -> None:
        """Wait until every version added so far is in the store (or has failed to get there)."""
        if (stored := self.stored()) is not None:
            stored.result()

    def _write(self, store: SnapshotStore, snapshot: Snapshot, content: bytes) -> None:
        """Store one version (on the writer thread when writing behind); on failure keep it in memory."""
        if self._store_failed:
            return
        try:
            store.add(self.source, snapshot, content)
        except sqlite3.Error as error:
            # Keep reading what it already has; from now on new versions stay in memory.
            self._store_failed = True
            self.problem = f"the history store failed ({error}); keeping new versions in memory"
            return
        with self._lock:
            self._contents.pop(snapshot.sha256, None)  # the store has the bytes: no second copy (files can be big)

    def __len__(self) -> int:
        return len(self.snapshots)

    @property
    def latest_sha256(self) -> str | None:
        return self.snapshots[-1].sha256 if self.snapshots else None

    def add(self, version: Version, dataset: ResultsDataset, seen_at: float | None = None) -> Snapshot | None:
        """Record ``version`` unless it is the latest already; returns the new snapshot."""
        if version.sha256 == self.latest_sha256:
            return None
        seen_at = time.time() if seen_at is None else seen_at
        snapshot = Snapshot(version.sha256, seen_at, version.changed_at, dataset.election.status.value)
        with self._lock:
            self._remember(version.sha256, dataset)
            self.snapshots.append(snapshot)
            self._contents[version.sha256] = version.content
        if self.store is not None and not self._store_failed:
            if self._writer is not None:
                self._writer.submit(self._write, self.store, snapshot, version.content)
            else:
                self._write(self.store, snapshot, version.content)
        return snapshot

    def cached(self, index: int) -> ResultsDataset | None:
        """Snapshot ``index``'s dataset if it is parsed and kept, else None: never reads or parses."""
        with self._lock:
            return self._cached(self.snapshots[index].sha256)

    def dataset(self, index: int) -> ResultsDataset:
        """The dataset exactly as it was at snapshot ``index`` (raises one of :data:`READ_ERRORS` if it can't be read
        again). A version not kept parsed is inflated and parsed: seconds for a big file, so the window asks on a worker."""
        with self._lock:
            sha256 = self.snapshots[index].sha256
            cached = self._cached(sha256)
            if cached is not None:
                return cached
            parsing = self._parsing.setdefault(sha256, threading.Lock())
        with parsing:  # another thread parsing this version: wait for it, then take what it kept
            with self._lock:
                cached = self._cached(sha256)
                content = self._contents.get(sha256)
            if cached is not None:
                return cached
            store = self.store  # closed by its owner meanwhile: the store says so (sqlite3.ProgrammingError)
            if content is None and store is not None:
                content = store.content(sha256)
            if content is None:
                raise KeyError(sha256)
            dataset = load_bytes(content, self.name, self.source)
            with self._lock:
                self._remember(sha256, dataset)
        return dataset

    def _cached(self, sha256: str) -> ResultsDataset | None:
        cached = self._datasets.get(sha256)
        if cached is not None:
            self._datasets.move_to_end(sha256)
        return cached

    def _remember(self, sha256: str, dataset: ResultsDataset) -> None:
        self._datasets[sha256] = dataset
        self._datasets.move_to_end(sha256)
        while len(self._datasets) > _CACHED_DATASETS:
            self._datasets.popitem(last=False)
