"""Qt glue for following one source: checks on a worker thread, file-system events, timers.

Each check runs :meth:`FileSource.check` / :meth:`FeedSource.check` (Qt-free) on a daemon
thread; the GUI thread collects the finished check with a short timer, so no Qt object is
ever touched off the GUI thread, and a hung server blocks neither the window nor quitting.
"""

from __future__ import annotations

import logging
import os
import threading
import time

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from electview.core.errors import LoadError
from electview.live.polling import PollSchedule, schedule_for
from electview.live.sources import Check, FeedSource, FileSource, Outcome

DEBOUNCE_MS = 120  # editors and tools write in bursts: look once the burst is over
COLLECT_MS = 20  # how often the GUI thread looks for a finished check


class LiveSession(QObject):
    """Checks ``source`` whenever it may have changed and reports each check.

    Files are checked on file-system events (debounced), on a slow poll as a safety net
    (network drives miss events), and again soon after a failed read. Feeds are checked on
    the schedule's interval, backing off after errors, until the results are final.

    Signals:
        checked(object): a :class:`Check`, on the GUI thread.
        stopped(str): polling ended by itself; the reason (e.g. "the results are final").
    """

    checked = Signal(object)
    stopped = Signal(str)

    def __init__(self, source: FileSource | FeedSource, interval: float | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.schedule: PollSchedule = schedule_for(source, interval)
        self._worker: _Worker | None = None
        self._again = False  # a check was asked for while one was running
        self._running = False
        self._collector = QTimer(self)
        self._collector.setInterval(COLLECT_MS)
        self._collector.timeout.connect(self._collect)
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.timeout.connect(self.check_now)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_now)
        self._watcher: QFileSystemWatcher | None = None
        if isinstance(source, FileSource):
            self._watcher = QFileSystemWatcher(self)
            self._watcher.fileChanged.connect(self._on_file_event)
            self._watcher.directoryChanged.connect(self._on_file_event)

    @property
    def running(self) -> bool:
        return self._running

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def start(self) -> None:
        """Check now, then keep checking."""
        self._running = True
        self._watch()
        self.check_now()

    def stop(self) -> None:
        """No more checks; a check in flight is dropped (its thread ends by itself, bounded by the timeout)."""
        self._running = False
        for timer in (self._next, self._debounce, self._collector):
            timer.stop()
        if self._watcher is not None and (self._watcher.files() or self._watcher.directories()):
            self._watcher.removePaths(self._watcher.files() + self._watcher.directories())
        self._worker = None  # its result, when it comes, goes nowhere

    def check_now(self) -> None:
        if not self._running:
            return
        if self._worker is not None:
            self._again = True
            return
        self._next.stop()
        self._worker = _Worker(self.source)
        self._collector.start()

    def _collect(self) -> None:
        worker = self._worker
        if worker is None or not worker.done.is_set():
            return
        self._collector.stop()
        self._worker = None
        check = worker.result
        if not self._running:
            return
        self._watch()
        self.checked.emit(check)
        if not self._running:  # a receiver stopped us
            return
        delay = self.schedule.next_delay(check)
        if delay is None:
            self._running = False
            self.stopped.emit(self.schedule.stopped_reason)
            return
        if self._again:
            self._again = False
            self.check_now()
            return
        self._next.start(round(delay * 1000))

    def _on_file_event(self, _path: str) -> None:
        self._debounce.start()

    def _watch(self) -> None:
        """(Re)watch the file and its folder: an atomic replace or a delete drops the file from the watch."""
        if self._watcher is None:
            return
        path = self.source.key
        folder = os.path.dirname(path)
        if os.path.exists(path) and path not in self._watcher.files():
            self._watcher.addPath(path)
        if os.path.isdir(folder) and folder not in self._watcher.directories():
            self._watcher.addPath(folder)


class _Worker:
    """One check on its own daemon thread; ``result`` is set before ``done``."""

    def __init__(self, source: FileSource | FeedSource) -> None:
        self.result: Check | None = None
        self.done = threading.Event()
        self._source = source
        threading.Thread(target=self._run, name="electview-live-check", daemon=True).start()

    def _run(self) -> None:
        try:
            self.result = self._source.check()  # expected failures come back as a Check
        except Exception as error:  # a bug must not stop the following: log it, report a failed check
            logging.getLogger("electview").exception("checking %s failed", self._source.key)
            problem = LoadError(self._source.key, f"unexpected error while checking ({type(error).__name__}: {error})")
            self.result = Check(Outcome.FAILED, time.time(), problem=problem.message, error=problem)
        finally:
            self.done.set()
