"""Which bytes of a file a dataset was read from: the file's identity (inode, size, times) while it was read.

A follower must tell "the file the window already shows" from "a new version" before it has
the window's bytes to compare. Modification times alone can't: a file written a moment before
it was opened may have been written again since, and a copy that keeps its times (``cp -p``,
``rsync -t``, an unpacked archive) arrives with an old time and new figures.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

# File times come from the kernel's coarse clock (one tick, a few milliseconds, behind the
# fine one): a file written again within the same tick keeps its times. A read that began at
# least this long after the last write can't have been followed by such a rewrite unseen.
SAME_TICK_NS = 50_000_000


@dataclass(frozen=True, slots=True)
class FileStamp:
    """The file's identity, the same before and after it was read, and when the read began."""

    inode: int
    size: int
    mtime_ns: int
    ctime_ns: int
    read_started_ns: int

    @staticmethod
    def identity(info: os.stat_result) -> tuple[int, int, int, int]:
        return (info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)

    @property
    def key(self) -> tuple[int, int, int, int]:
        return (self.inode, self.size, self.mtime_ns, self.ctime_ns)

    @property
    def settled(self) -> bool:
        """True when the read began a clock tick or more after the file's last change, so no
        rewrite can hide behind the same times."""
        return self.read_started_ns - max(self.mtime_ns, self.ctime_ns) >= SAME_TICK_NS

    def same_bytes_as(self, other: FileStamp | None) -> bool:
        """True when ``other`` (a later read) surely read the bytes this read did."""
        return other is not None and other.key == self.key and self.settled


def before_reading(path: str | os.PathLike) -> tuple[os.stat_result, int] | None:
    """The file's stat and the time, taken just before a read (None if it can't be stat'ed)."""
    started = time.time_ns()
    try:
        return os.stat(path), started
    except OSError:
        return None


def after_reading(path: str | os.PathLike, before: tuple[os.stat_result, int] | None) -> FileStamp | None:
    """The stamp of a read that ``before`` began, or None if the file moved meanwhile (no claim is made)."""
    if before is None:
        return None
    info, started = before
    try:
        after = os.stat(path)
    except OSError:
        return None
    if FileStamp.identity(after) != FileStamp.identity(info):
        return None
    return FileStamp(info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns, started)
