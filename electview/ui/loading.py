"""Loading big files without freezing the window: a worker thread, a progress bar and Cancel.

The worker never touches Qt. A timer on the GUI thread polls the job's progress and the
future's completion every :data:`POLL_MS`, so no signal crosses threads and the event loop
keeps running while DuckDB reads (it releases the GIL while it works).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QStatusBar, QWidget

from electview.core.errors import LoadError
from electview.formats import detect, load_file
from electview.formats.job import LoadCancelled, LoadJob
from electview.ui.document import PreparedDataset, prepare
from electview.ui.text import plain_label

POLL_MS = 50


class BackgroundTask(QObject):
    """Runs ``work(job)`` in a thread; reports progress, the result, a LoadError or a cancel.

    Signals:
        progress_changed(float): 0…1, while the work runs.
        finished(object): the work's result.
        failed(object): the LoadError it raised (a bug in the work is re-raised on the GUI thread).
        cancelled(): the user cancelled and the work has stopped.
    """

    progress_changed = Signal(float)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, work: Callable[[LoadJob], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.job = LoadJob()
        self._future: Future | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="electview-load")
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def running(self) -> bool:
        return self._future is not None and not self._future.done()

    def start(self) -> None:
        self._future = self._executor.submit(self._work, self.job)
        self._timer.start()

    def cancel(self) -> None:
        self.job.cancel()

    def wait(self) -> None:
        """Block until the worker is done (for closing the window while it runs)."""
        self._executor.shutdown(wait=True)

    def _poll(self) -> None:
        future = self._future
        if future is None:
            return
        if not future.done():
            self.progress_changed.emit(self.job.progress())
            return
        self._timer.stop()
        self._future = None
        self._executor.shutdown(wait=False)
        error = future.exception()
        if isinstance(error, LoadCancelled) or (error is None and self.job.cancelled):
            self.cancelled.emit()
        elif isinstance(error, LoadError):
            self.failed.emit(error)
        elif error is not None:
            raise error  # an importer bug: the app's one excepthook shows and logs it
        else:
            self.progress_changed.emit(1.0)
            self.finished.emit(future.result())


class ProgressIndicator(QWidget):
    """What is loading, how far it is, and a Cancel button: lives in the status bar while needed."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label()
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(220)
        self.bar.setAccessibleName(self.tr("Loading progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.row = QHBoxLayout(self)  # kept: a pane that holds the indicator adds its stretch
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.label)
        self.row.addWidget(self.bar)
        self.row.addWidget(self.cancel_button)
        self.hide()

    def begin(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.show()

    def set_progress(self, fraction: float) -> None:
        self.bar.setValue(round(fraction * 1000))


def loads_in_background(path: str) -> bool:
    """True for formats big enough to need the worker thread (their importer takes a LoadJob)."""
    try:
        return bool(getattr(detect(path), "LOADS_IN_BACKGROUND", False))
    except LoadError:
        return False  # the ordinary path reports it


class BackgroundOpener(QObject):
    """Opens files in the background for the main window and hands the dataset to its document.

    Signals:
        opened(str): the dataset from this path is now in the document.
        failed(object): a LoadError; the data on screen is unchanged.
    """

    opened = Signal(str)
    failed = Signal(object)

    def __init__(self, document, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._status_bar = status_bar
        self.indicator = ProgressIndicator()
        status_bar.addWidget(self.indicator)
        self.indicator.cancel_requested.connect(self.cancel)
        self.task: BackgroundTask | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def open(self, path: str) -> None:
        """Start loading ``path``; a load already running is cancelled first."""
        self.cancel()
        task = BackgroundTask(lambda job: prepare(load_file(path, job)), self)
        self.task = task
        task.progress_changed.connect(self.indicator.set_progress)
        task.finished.connect(lambda dataset: self._on_finished(task, dataset, path))
        task.failed.connect(lambda error: self._on_done(task) or self.failed.emit(error))
        task.cancelled.connect(lambda: self._on_cancelled(task, path))
        self._status_bar.clearMessage()  # a passing message ("Opened …") would be drawn over the bar and its Cancel
        self.indicator.begin(self.tr("Reading {name}…").format(name=os.path.basename(path)))
        task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.indicator.cancel_button.setEnabled(False)
            self.task.cancel()

    def _on_done(self, task: BackgroundTask) -> None:
        if self.task is task:
            self.task = None
            self.indicator.hide()

    def _on_finished(self, task: BackgroundTask, prepared: PreparedDataset, path: str) -> None:
        self._on_done(task)
        self._document.set_dataset(prepared.source, os.path.abspath(path), prepared=prepared)
        self.opened.emit(path)

    def _on_cancelled(self, task: BackgroundTask, path: str) -> None:
        self._on_done(task)
        self._status_bar.showMessage(self.tr("Cancelled opening {name}").format(name=os.path.basename(path)), 5000)
