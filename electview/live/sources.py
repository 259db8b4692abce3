"""Where live results come from: a watched file or an HTTP(S) feed, checked one step at a time.

Qt-free, so the window (on a worker thread) and ``electview summary --follow`` share it.
A check reads the whole content once, hashes it, and parses those very bytes through
:func:`electview.formats.load_file`; a read that fails (a torn write, a server error)
is reported and the last good version stays the one to show.
"""

from __future__ import annotations

import hashlib
import os
import socket
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from electview import __version__
from electview.core.errors import LoadError
from electview.core.model import ResultsDataset
from electview.formats import guard, load_file

FEED_TIMEOUT = 20.0  # seconds without a byte from the server before a check fails
MAX_FEED_BYTES = 512 * 1024 * 1024
MAX_FOLLOW_BYTES = MAX_FEED_BYTES  # a followed file is read whole into memory, like a feed's answer
SETTLE_SECONDS = 2.0  # a tabular file untouched this long is taken as finished by its writer


def is_url(text: str) -> bool:
    """An http(s) address with a host (what File → Open URL… and the CLI accept as a feed)."""
    parts = urllib.parse.urlsplit(text)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def content_hash(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def load_bytes(content: bytes, name: str, origin: str) -> ResultsDataset:
    """Parse ``content`` as any format electview reads, sniffed by content.

    The bytes go to a private temporary file named ``name`` (so errors name the file the
    user knows) and the dataset records ``origin`` (the real path or URL) as its source.
    """
    safe_name = safe_file_name(name)
    with tempfile.TemporaryDirectory(prefix="electview-") as folder:
        path = Path(folder) / safe_name
        path.write_bytes(content)
        dataset = load_file(path)
    return replace(dataset, source_path=origin)


_MAX_NAME_BYTES = 120  # well under every file system's 255


def safe_file_name(name: str) -> str:
    """``name`` (a URL's last part, a file's name) as one harmless file name in a private folder.

    No folders (``/``, ``\\``), no ``.`` or ``..``, no control characters, and short enough for
    any file system (a 300-character URL part keeps its start and its extension).
    """
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch if ch.isprintable() else "_" for ch in base).strip(" .")
    if not base:
        return "results"
    if len(base.encode("utf-8", "surrogatepass")) > _MAX_NAME_BYTES:
        stem, dot, suffix = base.rpartition(".")
        suffix = dot + suffix if dot and len(suffix) <= 16 else ""
        stem = stem if suffix else base
        while len((stem + suffix).encode("utf-8", "surrogatepass")) > _MAX_NAME_BYTES:
            stem = stem[:-1]
        base = stem + suffix
    return base


def _plain_reason(text: object) -> str:
    """A server's reason phrase as one short line of printable text (it may hold escapes or markup)."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in str(text or ""))
    return cleaned[:100].strip()


class Outcome(Enum):
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    FAILED = "failed"


@dataclass(frozen=True)
class Version:
    """One distinct content of the source."""

    content: bytes
    sha256: str
    changed_at: float | None  # the source's own time: file mtime or HTTP Last-Modified (epoch seconds)


@dataclass(frozen=True)
class Check:
    """What one look at the source found."""

    outcome: Outcome
    checked_at: float
    version: Version | None = None  # CHANGED only
    dataset: ResultsDataset | None = None  # CHANGED only
    problem: str = ""  # FAILED only: one line naming the source and what went wrong
    error: LoadError | None = None  # FAILED only: the same as an exception (what a one-off read raises)
    repeated: bool = False  # FAILED with the same problem as the check before (say it once)
    busy: bool = False  # FAILED only because the file is being written: the next check may well succeed


class _SourceBase:
    """Remembers the last good hash and the last problem, shared by files and feeds."""

    key: str
    name: str

    def __init__(self) -> None:
        self.last_sha256: str | None = None
        self._last_problem = ""

    def remember(self, sha256: str | None) -> None:
        """Treat ``sha256`` as the version already shown (e.g. restored from history)."""
        self.last_sha256 = sha256

    def describe(self, error: LoadError) -> str:
        """The one-line problem for a status bar or stderr."""
        return error.message

    def _failed(self, error: LoadError | str, now: float, busy: bool = False) -> Check:
        if isinstance(error, str):
            error = LoadError(self.key, error)
        problem = self.describe(error)
        repeated = problem == self._last_problem
        self._last_problem = problem
        return Check(Outcome.FAILED, now, problem=problem, error=error, repeated=repeated, busy=busy)

    def _unchanged(self, now: float) -> Check:
        self._last_problem = ""
        return Check(Outcome.UNCHANGED, now)

    def _parse(self, content: bytes, changed_at: float | None, now: float, load: Callable[[], ResultsDataset]) -> Check:
        """A CHANGED check with ``load()``'s dataset, unless ``content`` is the version already shown."""
        sha256 = content_hash(content)
        if sha256 == self.last_sha256:
            return self._unchanged(now)
        try:
            dataset = load()
        except LoadError as error:
            return self._failed(error, now)
        self.last_sha256 = sha256
        self._last_problem = ""
        return Check(Outcome.CHANGED, now, Version(content, sha256, changed_at), dataset)


class FileSource(_SourceBase):
    """A results file that another program rewrites.

    Tolerates atomic replaces (a new inode), delete-and-recreate (missing for a moment)
    and writes in pieces: a file whose size or times move while it is read, or that
    doesn't parse, is a failed check and the next one tries again.
    """

    def __init__(self, path: str | os.PathLike) -> None:
        super().__init__()
        self.key = os.path.abspath(os.fspath(path))
        self.name = os.path.basename(self.key)
        self._signature: tuple | None = None  # of the content last parsed (good or bad)
        self._signature_error: LoadError | None = None
        self._last_lines: int | None = None  # line breaks in the version last shown

    @staticmethod
    def _stat_signature(stat: os.stat_result) -> tuple:
        return (stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)

    def check(self) -> Check:
        now = time.time()
        try:
            before = os.stat(self.key)
        except FileNotFoundError:
            return self._failed("file not found (it may be being replaced)", now)
        except OSError as error:
            return self._failed(str(error.strerror or error), now)
        signature = self._stat_signature(before)
        if signature == self._signature:
            # Nothing touched the file since it was last read: same answer, without reading.
            return self._failed(self._signature_error, now) if self._signature_error else self._unchanged(now)
        try:
            # A FIFO or device is refused before it is read (it would block or never end), and
            # the size limit applies before the first byte.
            stream, opened = guard.open_regular(self.key, MAX_FOLLOW_BYTES)
            with stream:
                content = guard.read_open(stream, opened.st_size, MAX_FOLLOW_BYTES, self.key)
                after = os.fstat(stream.fileno())
        except LoadError as error:
            if error.problem == "file not found":
                return self._failed("file not found (it may be being replaced)", now)
            return self._failed(error, now)
        if self._stat_signature(after) != signature or len(content) != after.st_size:
            return self._failed("the file is being written", now, busy=True)
        if self._maybe_torn(content, after, now):
            return self._failed("the file is being written (its last line is not finished yet)", now, busy=True)
        result = self._parse(content, before.st_mtime, now, lambda: self._load_unchanged(signature))
        self._signature = signature
        self._signature_error = result.error
        if result.outcome is Outcome.CHANGED:
            self._last_lines = content.count(b"\n")
        return result

    def _maybe_torn(self, content: bytes, info: os.stat_result, now: float) -> bool:
        """True when a tabular file may be caught mid-write (see ``SETTLE_SECONDS``).

        JSON and XML prove they are whole by parsing (a cut document is not valid), but a
        CSV cut at any byte may still parse: ``…,12`` for ``…,1234``. So a text table that was
        modified less than ``SETTLE_SECONDS`` ago counts as complete only when it ends with a
        line break and has at least as many lines as the version shown before; otherwise the
        next check tries again, and once the writer has left the file alone for
        ``SETTLE_SECONDS`` it is taken as it is (the writer has finished).
        """
        if now - info.st_mtime >= SETTLE_SECONDS:
            return False
        start = content[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
        if start[:1] in (b"{", b"[", b"<") or content[:4] == b"PK\x03\x04":  # self-delimiting formats
            return False
        if not content.endswith(b"\n"):
            return True
        return self._last_lines is not None and content.count(b"\n") < self._last_lines

    def _load_unchanged(self, signature: tuple) -> ResultsDataset:
        """Parse the file where it is (no copy; importers' caches keyed by path keep working).

        The file must be as it was when its bytes were hashed, before and after the parse;
        otherwise the dataset might not be the version hashed, and the check fails.
        """
        dataset = load_file(self.key)
        try:
            after = os.stat(self.key)
        except OSError:
            after = None
        if after is None or self._stat_signature(after) != signature:
            raise LoadError(self.key, "the file is being written")
        return dataset


def _http_date(value: str | None) -> float | None:
    if not value:
        return None
    from email.utils import parsedate_to_datetime  # only feeds need it: email's import costs start-up

    try:
        return parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


class FeedSource(_SourceBase):
    """A results file served over HTTP(S), fetched with conditional requests.

    Sends ``If-None-Match`` / ``If-Modified-Since`` from the last good answer, so an
    unchanged feed costs a 304 and no body.
    """

    def __init__(
        self, url: str, timeout: float | None = None, max_bytes: int = MAX_FEED_BYTES, deadline: float | None = None
    ) -> None:
        super().__init__()
        if not is_url(url):
            raise LoadError(url, "not an http:// or https:// address")
        self.key = url
        self.name = os.path.basename(urllib.parse.urlsplit(url).path) or urllib.parse.urlsplit(url).hostname or "feed"
        self.timeout = FEED_TIMEOUT if timeout is None else timeout
        self.max_bytes = max_bytes
        # The whole answer (connect, headers, body) must arrive within this many seconds.
        self.deadline = deadline if deadline is not None else max(self.timeout * 6, 60.0)
        self.etag = ""
        self.last_modified = ""

    def describe(self, error: LoadError) -> str:
        # The whole address, not just its last part: the user may follow several feeds of one name.
        return ": ".join(part for part in (self.key, error.place, error.problem) if part)

    def _request(self) -> urllib.request.Request:
        import urllib.request

        headers = {"User-Agent": f"electview/{__version__}", "Accept-Encoding": "identity"}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return urllib.request.Request(self.key, headers=headers)

    def _read_body(self, response, deadline: _Deadline) -> bytes:
        chunks, size = [], 0
        # read1 returns what one receive brings, so the deadline is looked at even when a
        # server trickles a byte a second (read(n) would wait for all n bytes).
        while chunk := response.read1(256 * 1024):
            size += len(chunk)
            if size > self.max_bytes:
                raise ValueError(f"the answer is larger than {self.max_bytes // (1024 * 1024)} MB")
            deadline.check()
            chunks.append(chunk)
        deadline.check()  # a connection the deadline cut ends like a short answer: it isn't one
        length = response.headers.get("Content-Length")
        if length and length.isdigit() and int(length) != size:
            raise ValueError(f"the answer was cut short ({size} of {length} bytes)")
        return b"".join(chunks)

    def check(self) -> Check:
        # Imported here, not at the top: a window that follows only files never pays for the
        # HTTP stack (http.client, ssl, email), which was a tenth of a second of its start-up.
        import http.client
        import urllib.error

        now = time.time()
        deadline = _Deadline(self.deadline)
        try:
            with _opener(deadline).open(self._request(), timeout=self.timeout) as response:
                content = self._read_body(response, deadline)
                headers = response.headers
        except urllib.error.HTTPError as error:
            if error.code == 304:
                if self.last_sha256 is None or not (self.etag or self.last_modified):
                    # Nothing was asked conditionally, so "unchanged" has nothing to refer to.
                    return self._failed("the server answered 304 Not Modified to a request that had no version to compare", now)
                return self._unchanged(now)
            return self._failed(f"the server answered {error.code} {_plain_reason(error.reason)}".rstrip(), now)
        except _RefusedRedirect as error:
            return self._failed(str(error), now)
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, TimeoutError | socket.timeout) or deadline.expired:
                return self._failed("no answer in time", now)
            return self._failed(_plain_reason(reason) or type(reason).__name__, now)
        except TimeoutError:
            return self._failed("no answer in time", now)
        except http.client.IncompleteRead as error:
            if deadline.expired:
                return self._failed("no answer in time", now)
            return self._failed(f"the answer was cut short ({len(error.partial)} bytes arrived)", now)
        except (OSError, ValueError, http.client.HTTPException) as error:
            if deadline.expired:
                return self._failed("no answer in time", now)
            return self._failed(_plain_reason(error) or type(error).__name__, now)
        finally:
            deadline.cancel()
        result = self._parse(
            content, _http_date(headers.get("Last-Modified")), now, lambda: load_bytes(content, self.name, self.key)
        )
        if result.outcome is not Outcome.FAILED:
            # Only a good answer may be the base of the next conditional request.
            self.etag = headers.get("ETag", "") or ""
            self.last_modified = headers.get("Last-Modified", "") or ""
        return result


class _Deadline:
    """One time limit for a whole answer: connecting, the headers and the body together.

    A socket timeout bounds each receive only, so a server sending a byte every few seconds
    (headers included) would never time out; at the deadline the connection's socket is shut
    down from a timer, which ends whatever receive is waiting.
    """

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds
        self.expired = False
        self._timers: list = []

    def remaining(self) -> float:
        return max(self.at - time.monotonic(), 0.0)

    def watch(self, sock: socket.socket) -> None:
        import threading

        def expire() -> None:
            self.expired = True
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

        timer = threading.Timer(self.remaining(), expire)
        timer.daemon = True
        timer.start()
        self._timers.append(timer)

    def check(self) -> None:
        if self.expired or time.monotonic() > self.at:
            self.expired = True
            raise TimeoutError("the answer took too long to arrive")

    def cancel(self) -> None:
        for timer in self._timers:
            timer.cancel()


class _RefusedRedirect(Exception):
    """A redirect to anything but http(s) (ftp://, file://): never followed."""


def _opener(deadline: _Deadline):
    """A urllib opener whose connections obey ``deadline`` and that follows http(s) redirects only."""
    import functools
    import http.client
    import urllib.request

    def watched(base):
        class Connection(base):
            def connect(self) -> None:
                super().connect()
                deadline.watch(self.sock)

        return Connection

    plain, secure = watched(http.client.HTTPConnection), watched(http.client.HTTPSConnection)

    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(plain, req)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(functools.partial(secure, context=self._context), req)

    class Redirects(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):
            scheme = urllib.parse.urlsplit(newurl).scheme.lower()
            if scheme not in ("http", "https"):
                shown = _plain_reason(newurl)
                raise _RefusedRedirect(f"the server redirected to {shown}, which is not an http(s) address; not followed")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return urllib.request.build_opener(HTTPHandler, HTTPSHandler, Redirects)


def open_source(location: str, timeout: float | None = None) -> FileSource | FeedSource:
    """A FeedSource for http(s) addresses, a FileSource for anything else."""
    return FeedSource(location, timeout) if is_url(location) else FileSource(location)


