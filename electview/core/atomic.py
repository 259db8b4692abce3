"""Write a file so that a crash mid-write never leaves it broken: temporary file, fsync, rename.

Exports, the snapshot store and settings all go through :func:`atomic_write`. The new content is
written to a temporary file in the destination's own folder (a rename is atomic only within one
file system), flushed to disk, then moved over the destination with :func:`os.replace`. Readers
see the old file or the new one, never half of either; on any failure the temporary file is
removed and the old file is untouched.
"""

from __future__ import annotations

import atexit
import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO


_pending: set[str] = set()  # temporary files being written, removed on any exit (see remove_pending)


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temporary file to write; on leaving the block without error it replaces ``path``.

    ``mode`` is ``"w"`` (text, ``encoding``) or ``"wb"`` (bytes). The destination keeps its
    permission bits when it already exists. A symlink is followed (its target is replaced,
    the link stays); a device or a FIFO (``-o /dev/stdout``, a pipe) is written through, never
    replaced by a regular file, and a FIFO nobody reads is refused rather than waited on.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_write writes whole files: mode must be 'w' or 'wb', not {mode!r}")
    path = Path(os.path.realpath(path))
    try:
        info = os.stat(path)
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(path))
    if info is not None and not stat.S_ISREG(info.st_mode):
        with _open_special(path, mode, encoding) as stream:
            yield stream
        return
    folder = path.parent
    descriptor, temporary = _create_temporary(folder, path.name)
    _pending.add(temporary)
    try:
        with os.fdopen(descriptor, mode, encoding=None if "b" in mode else encoding) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(FileNotFoundError):
            os.chmod(temporary, os.stat(path).st_mode & 0o7777)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    finally:
        _pending.discard(temporary)
    _fsync_folder(folder)


def _open_special(path: Path, mode: str, encoding: str | None) -> IO:
    """A device or FIFO opened to write into (no temporary file, no rename: that would delete it)."""
    flags = os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ENXIO:  # a FIFO with no reader: writing would wait for ever
            raise OSError(errno.ENXIO, "nothing is reading from this pipe", str(path)) from None
        raise
    if hasattr(os, "set_blocking"):
        os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, mode, encoding=None if "b" in mode else encoding)


def remove_pending() -> None:
    """Delete temporary files still being written (an exit by signal, atexit): nothing left behind."""
    for temporary in list(_pending):
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        _pending.discard(temporary)


atexit.register(remove_pending)


def _create_temporary(folder: Path, name: str) -> tuple[int, str]:
    """A new file beside the destination, created with the umask's permissions (mkstemp's are 0600)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temporary = os.path.join(folder, f".{name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(f"could not create a temporary file in {folder}")


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_text_atomic(path: str | os.PathLike, text: str, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` atomically."""
    with atomic_write(path, "w", encoding) as stream:
        stream.write(text)


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically."""
    with atomic_write(path, "wb") as stream:
        stream.write(data)
