"""Reading the live history's stored versions off the GUI thread: the newest request wins, failures become words.

A stored version of a big file takes seconds to inflate and parse, and after a restart none is
kept parsed, so the window never reads one on the GUI thread: :class:`LatestWork` runs the read
on the loader's :class:`~electview.ui.loading.BackgroundTask` (a worker thread, polled by a timer)
and drops the outcome of a request overtaken by a newer one; :class:`CountSeriesReader` builds
the count over time's series that way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from electview.core.bars import count_series
from electview.core.errors import LoadError
from electview.core.tally import ContestTally, tally_same_place
from electview.ui.loading import BackgroundTask

if TYPE_CHECKING:
    from electview.core.model import ResultsDataset
    from electview.formats.job import LoadJob
    from electview.live.history import History
    from electview.ui.count_history_chart import CountSeriesModel

_log = logging.getLogger(__name__)
Result = TypeVar("Result")


class LatestWork(QObject):
    """One piece of work on a worker thread at a time: starting another cancels the one running and drops its outcome.

    ``done`` gets the work's result and ``failed`` a LoadError, on the GUI thread, only for the latest work started.
    An unexpected exception in the work is logged with its traceback and reaches ``failed`` as a LoadError saying
    what went wrong, so the window says it in words instead of raising a traceback in the user's face.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: BackgroundTask | None = None
        self._then: tuple[Callable[[Any], None], Callable[[LoadError], None], dict] | None = None
        app = QCoreApplication.instance()
        if app is not None:  # quitting waits for the worker: let it stop after the version in hand, not read them all
            app.aboutToQuit.connect(self.cancel)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(
        self,
        work: Callable[[LoadJob], Result],
        done: Callable[[Result], None],
        failed: Callable[[LoadError], None],
        progress: Callable[[float], None] | None = None,
    ) -> None:
        """Run ``work`` on a worker; ``progress`` hears how far it is (0…1, what it gives its job) while it is the latest."""
        self.cancel()
        outcome: dict = {}  # filled on the worker: what wait() hands over without waiting for the task's timer

        def run(job: LoadJob) -> Result:
            try:
                outcome["result"] = work(job)
            except LoadError as error:
                outcome["error"] = error
                raise
            except Exception as error:  # noqa: BLE001 — said in words and logged with its traceback, never raised at the user
                _log.exception("reading stored versions failed")
                outcome["error"] = LoadError(None, f"{type(error).__name__}: {error}")
                raise outcome["error"] from error
            return outcome["result"]

        task = BackgroundTask(run, self)
        self._task, self._then = task, (done, failed, outcome)
        for signal in (task.finished, task.failed):
            signal.connect(lambda *_args, task=task: self._on_task_done(task))
        task.cancelled.connect(task.deleteLater)
        if progress is not None:
            task.progress_changed.connect(lambda fraction, task=task: task is self._task and progress(fraction))
        task.start()

    def cancel(self) -> None:
        """Drop the work running (it stops at its next job.check; its outcome is never delivered)."""
        if self._task is not None:
            self._task.cancel()
        self._task, self._then = None, None

    def wait(self) -> None:
        """Block until the latest work is done and deliver its outcome now (for an export that needs it)."""
        if self._task is not None:
            self._task.wait()
            self._deliver()

    def _on_task_done(self, task: BackgroundTask) -> None:
        task.deleteLater()
        if task is self._task:
            self._deliver()

    def _deliver(self) -> None:
        assert self._then is not None
        done, failed, outcome = self._then
        self._task, self._then = None, None
        if "result" in outcome:
            done(outcome["result"])
        elif "error" in outcome:
            failed(outcome["error"])


def unreadable_text(error: Exception) -> str:
    """Why a stored version can't be read again, in the user's words."""
    import sqlite3

    if isinstance(error, LoadError):
        return error.message
    if isinstance(error, sqlite3.Error):
        return QCoreApplication.translate("LatestWork", "the history store failed: {0}").format(error)
    return QCoreApplication.translate("LatestWork", "its stored copy is missing or damaged")


def read_versions(history: History, indices: Sequence[int], job: LoadJob) -> Iterator[tuple[int, ResultsDataset | Exception]]:
    """Each of ``indices`` with its dataset, or the error that kept it from being read, as each is read; on a worker
    thread (cancellable between versions through ``job``, its progress the share of versions read)."""
    from electview.live.history import READ_ERRORS

    for done, index in enumerate(indices):
        job.check(history.source)
        try:
            yield index, history.dataset(index)
        except READ_ERRORS as error:
            yield index, error
        job.advance((done + 1) / len(indices))


class CountSeriesReader(QObject):
    """Fills a :class:`CountSeriesModel` with the view's contest and place in every stored version.

    Each version's tally is kept (by its SHA-256) as soon as the worker has it, so a new version costs one read,
    not one per version kept, even when it comes while the others are read (the request it overtakes has kept
    what it read); what has to be read is read on a worker (:class:`LatestWork`). Another file, contest or place
    empties the model at once: the old lines never stand for the new request while it is read.

    Signals:
        status_changed(str): what the chart says meanwhile ("Reading 12 stored versions…"), why versions are
            missing from the lines, or "".
    """

    status_changed = Signal(str)

    def __init__(self, model: CountSeriesModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._work = LatestWork(self)
        self._place: tuple = ()  # the history, contest and place the kept tallies are of
        self._built: tuple = ()  # the place and number of versions the model's series is of
        self._wanted: tuple = ()  # … and of the request being read
        # By the version's SHA-256, written by the worker as it goes (one dict per place: a worker overtaken by
        # another place writes into the one it was given, never into the new place's).
        self._tallies: dict[str, ContestTally | None] = {}  # None: not in that version, or not read
        self._problems: dict[str, Exception] = {}  # versions that could not be read: why
        self.status = ""

    @property
    def reading(self) -> bool:
        return self._work.busy

    def request(self, history: History, current: ContestTally, scope: object, labels: Sequence[str]) -> None:
        """The series of ``current``'s contest and place (the document's ``scope``) over ``history``'s versions,
        ``labels`` naming them; in the model at once when every version's tally is kept, else once read."""
        place = (id(history), history.source, current.contest.name, scope)
        wanted = (place, len(history))
        if wanted in (self._built, self._wanted):
            return
        self._work.cancel()
        if place != self._place:
            self._place, self._tallies, self._problems, self._built = place, {}, {}, ()
            self._model.set_series(None)
        self._wanted = wanted
        snapshots = list(history.snapshots)
        todo = [index for index, snapshot in enumerate(snapshots) if snapshot.sha256 not in self._tallies]
        shas = [snapshot.sha256 for snapshot in snapshots]
        labels = list(labels)
        if not todo:
            self._show(shas, labels)
            return
        name, tallies, problems = current.contest.name, self._tallies, self._problems

        def work(job: LoadJob) -> None:
            for index, dataset in read_versions(history, todo, job):
                found = None  # the version lacks the contest, or can't be read: a gap in the lines
                if isinstance(dataset, Exception):
                    problems[shas[index]] = dataset
                else:
                    try:
                        found = tally_same_place(dataset, dataset.contest(name), current)
                    except KeyError:
                        pass
                tallies[shas[index]] = found

        reading = self.tr("Reading a stored version…") if len(todo) == 1 else self.tr("Reading {0} stored versions…").format(len(todo))
        self._set_status(reading)

        def progress(fraction: float) -> None:  # a long read moves: "Reading 12 stored versions… 4 read"
            read = int(fraction * len(todo) + 1e-9)
            text = self.tr("{0} {1} read").format(reading, read) if 0 < read < len(todo) else reading
            if text != self.status:
                self._set_status(text)

        self._work.start(work, lambda _none: self._show(shas, labels), self._on_failed, progress)

    def clear(self) -> None:
        """Nothing to show (the view went): drop the reading, the kept tallies and the series."""
        self._work.cancel()
        self._place, self._built, self._wanted, self._tallies, self._problems = (), (), (), {}, {}
        self._model.set_series(None)
        self._set_status("")

    def wait(self) -> None:
        """Block until the series being read is in the model (an export writes every version)."""
        self._work.wait()

    def _on_failed(self, error: LoadError) -> None:
        self._wanted = ()  # asked again, read again
        self._set_status(self.tr("The count over time could not be read: {0}").format(error.message))

    def _show(self, shas: list[str], labels: list[str]) -> None:
        self._built, self._wanted = self._wanted, ()
        self._model.set_series(count_series([self._tallies.get(sha256) for sha256 in shas], labels))
        unreadable = [sha256 for sha256 in shas if sha256 in self._problems]
        status = ""
        if unreadable:
            status = self.tr("{0} of {1} stored versions could not be read and have no points: {2}").format(
                len(unreadable), len(shas), unreadable_text(self._problems[unreadable[0]])
            )
        self._set_status(status)

    def _set_status(self, text: str) -> None:
        self.status = text
        self.status_changed.emit(text)
