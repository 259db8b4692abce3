"""Aggregated forms of big files kept in the user cache dir, keyed so that a stale entry is never used.

An entry is found by the file's absolute path, size and modification time, and used only
if the xxh3-128 hash of the file's whole content still matches the one stored with it, so
an edit that keeps size and time (a copy with ``cp -p``, a clock set back) still misses.
xxh3 hashes a gigabyte in a fraction of a second, much less than reading the CSV again.
Entries are numpy ``.npz`` archives (no pickles). Set ``ELECTVIEW_NO_CACHE=1`` to bypass.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import struct
import tempfile
import threading
import zipfile
from typing import Any
from dataclasses import dataclass
from pathlib import Path

import numpy as np

CACHE_VERSION = 3  # 2: entries carry a checksum of their arrays; 3: the checksum is xxh3-128
# 1 MB, not more: xxh3 is as fast, and glibc serves a freed block this big from the heap the
# next time (its mmap threshold rises), which fragmented a long-running process's memory.
_HASH_BLOCK = 1 << 20
_log = logging.getLogger(__name__)
_known_hashes: dict[Stamp, str] = {}
_KNOWN_HASHES = 64


@dataclass(frozen=True, slots=True)
class Stamp:
    """What the file system says about a file: enough to find its entry, not enough to trust it."""

    path: str
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: str | os.PathLike) -> Stamp:
        resolved = Path(path).resolve()
        info = resolved.stat()
        return cls(str(resolved), info.st_size, info.st_mtime_ns)

    def entry_name(self, kind: str) -> str:
        path_key = hashlib.sha256(self.path.encode("utf-8", "surrogateescape")).hexdigest()[:24]
        version_key = hashlib.sha256(f"{self.size}:{self.mtime_ns}:{CACHE_VERSION}".encode()).hexdigest()[:16]
        return f"{path_key}-{version_key}.{kind}.npz"


def enabled() -> bool:
    return not os.environ.get("ELECTVIEW_NO_CACHE")


def cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("electview", appauthor=False)) / "aggregated"


def content_hash(stamp: Stamp) -> str:
    """xxh3-128 of the whole file (remembered for this process while the stamp stays the same)."""
    known = _known_hashes.get(stamp)
    if known is not None:
        return known
    import xxhash

    digest = xxhash.xxh3_128()
    # One reused buffer, not mmap: mapped pages of a 1 GB file would all count as our memory.
    buffer = bytearray(_HASH_BLOCK)
    view = memoryview(buffer)
    with open(stamp.path, "rb", buffering=0) as stream:
        while read := stream.readinto(buffer):
            digest.update(view[:read])
    # Only the latest few files are remembered: a long session (or the fuzzer) that loads
    # thousands of versions must not keep a hash for each of them.
    while len(_known_hashes) >= _KNOWN_HASHES:
        _known_hashes.pop(next(iter(_known_hashes)))
    _known_hashes[stamp] = hexdigest = digest.hexdigest()
    return hexdigest


class BackgroundHash:
    """The content hash worked out in a thread while the file is being parsed."""

    def __init__(self, stamp: Stamp) -> None:
        self.stamp = stamp
        self._digest: str | None = None
        self._thread = threading.Thread(target=self._run, name="electview-content-hash", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._digest = content_hash(self.stamp)
        except OSError as error:
            _log.info("content hash of %s failed: %s", self.stamp.path, error)

    def result(self) -> str | None:
        self._thread.join()
        return self._digest


def arrays_checksum(arrays: dict[str, np.ndarray]) -> str:
    """xxh3-128 over every array's name, type, shape and bytes: an entry whose figures were
    altered, cut or shuffled no longer matches the checksum written with it.

    Not SHA-256: whoever can write the cache folder could write a matching digest of either
    kind, so the checksum guards against damage, and xxh3 does that for a 300 MB entry in
    tens of milliseconds where SHA-256 took 0.4 s of every open.
    """
    import xxhash

    digest = xxhash.xxh3_128()
    for name in sorted(arrays):
        array = np.ascontiguousarray(arrays[name])
        digest.update(f"{name}\0{array.dtype.str}\0{array.shape}\0".encode("utf-8", "surrogateescape"))
        digest.update(array.reshape(-1).data.cast("B") if array.size else b"")
    return digest.hexdigest()


def _entry_limit(stamp: Stamp) -> int:
    """The most an entry may inflate to: aggregates are smaller than the file they came from."""
    return max(64 << 20, 4 * stamp.size)


def read(stamp: Stamp, kind: str) -> dict[str, np.ndarray] | None:
    """The arrays stored for this file's current content, or None (a bad entry is dropped)."""
    if not enabled():
        return None
    entry = cache_dir() / stamp.entry_name(kind)
    if not entry.exists():
        return None
    try:
        with zipfile.ZipFile(entry) as archive:  # checked before anything inflates: no zip bombs
            if sum(info.file_size for info in archive.infolist()) > _entry_limit(stamp):
                raise ValueError("it would inflate past its size limit")
        # The file is hashed while the entry is read: both mostly wait on memory, not the GIL.
        hashing = BackgroundHash(stamp)
        arrays = _read_entry(entry)
        stored_hash, stored_checksum = str(arrays.pop("content_hash")), str(arrays.pop("arrays_checksum"))
        if stored_checksum != arrays_checksum(arrays):
            _log.info("cache entry %s does not match its checksum; rebuilding it", entry.name)
        elif stored_hash == hashing.result():
            return arrays
        else:
            _log.info("cache entry %s is for other content; dropping it", entry.name)
    except Exception as error:  # noqa: BLE001 - any broken entry is rebuilt from the file, never an error
        _log.info("unreadable cache entry %s: %s", entry.name, error)
    drop(stamp, kind)
    return None


def _read_entry(entry: Path) -> dict[str, np.ndarray]:
    """The arrays of an entry that :func:`write` stored (``np.savez``: one uncompressed ``.npy`` per array).

    Each array is read straight into its own memory at its offset in the file: ``np.load``
    went through zipfile's reader, which copies every chunk twice and works out the zip's
    CRC-32 as it goes, 0.9-1.3 s for the precinct entry of a million stations; this takes a
    tenth of that. The checksum stored with the arrays is what proves them whole. Anything
    but a plain array of numbers or fixed-width text is refused (no pickles).
    """
    arrays = {}
    with open(entry, "rb") as stream, zipfile.ZipFile(stream) as archive:
        for info in archive.infolist():
            if info.compress_type != zipfile.ZIP_STORED or not info.filename.endswith(".npy"):
                raise ValueError(f"{info.filename} is not an array stored as it is")
            stream.seek(info.header_offset)
            local = stream.read(30)
            if len(local) != 30 or local[:4] != b"PK\x03\x04":
                raise ValueError(f"{info.filename} has no local header")
            name_length, extra_length = struct.unpack("<HH", local[26:30])
            start = info.header_offset + 30 + name_length + extra_length
            stream.seek(start)
            version = np.lib.format.read_magic(stream)
            read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
            shape, fortran_order, dtype = read_header(stream)
            if dtype.hasobject or dtype.kind not in "biufcU":
                raise ValueError(f"{info.filename} holds {dtype}, not numbers or text")
            array = np.empty(shape, dtype=dtype, order="F" if fortran_order else "C")
            if stream.tell() - start + array.nbytes != info.file_size:
                raise ValueError(f"{info.filename} is not the size its header says")
            if array.nbytes and stream.readinto(array.reshape(-1, order="A").data.cast("B")) != array.nbytes:
                raise ValueError(f"{info.filename} is cut short")
            arrays[info.filename[: -len(".npy")]] = array
    return arrays


def log_dropped(stamp: Stamp, kind: str, error: Exception) -> None:
    """An entry that read well but could not be used: a quiet note, and it is rebuilt."""
    _log.info("cache entry %s could not be used (%s); rebuilding it", stamp.entry_name(kind), error)
    drop(stamp, kind)


def drop(stamp: Stamp, kind: str) -> None:
    """Forget this entry (its arrays turned out unusable): the next load rebuilds it."""
    with contextlib.suppress(OSError):
        (cache_dir() / stamp.entry_name(kind)).unlink(missing_ok=True)


def write(stamp: Stamp, kind: str, arrays: dict[str, np.ndarray], digest: str | None) -> None:
    """Store arrays for this content; a file that changed meanwhile, or a failing disk, just isn't cached."""
    if not enabled() or digest is None:
        return
    try:
        if Stamp.of(stamp.path) != stamp:
            return
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        name = stamp.entry_name(kind)
        # Entries for older versions of the same file are never read again.
        for old in folder.glob(f"{name.split('-')[0]}-*.{kind}.npz"):
            old.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, suffix=".tmp", delete=False) as temporary:
            try:
                named: dict[str, Any] = {"content_hash": np.array(digest), "arrays_checksum": np.array(arrays_checksum(arrays)), **arrays}
                np.savez(temporary, **named)
            except BaseException:
                os.unlink(temporary.name)
                raise
        # Readers see the old entry or the whole new one, never half a file.
        os.replace(temporary.name, folder / name)
    except OSError as error:
        _log.info("could not cache %s: %s", stamp.path, error)
