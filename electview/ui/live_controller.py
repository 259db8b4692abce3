"""Live results in the window: follows the open file or a feed, keeps the history, replays it.

Owns the session (checks), the :class:`History` (snapshots), the timeline bar, the two
status-bar times and the brief highlight of changed cells. The window only creates it.
A stored version not kept parsed (every one after a restart) is read on a worker before it
is replayed or gives the change column its previous update: seconds each for a big file.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QToolBar

from electview.core.errors import LoadError
from electview.core.model import ResultsDataset
from electview.core.tally import ContestTally, tally_same_place
from electview.ui import errors
from electview.ui.actions import make_action
from electview.ui.document import ResultsDocument
from electview.ui.history_reading import LatestWork, read_versions, unreadable_text
from electview.ui.loading import ProgressIndicator
from electview.ui.text import plain_label
from electview.ui.timeline import TimelineBar

# The session, history (SQLite), sources and comparison are imported when first needed:
# the window's first frame needs none of them, and together they were a fifth of start-up.
if TYPE_CHECKING:
    from electview.live.history import History
    from electview.live.sources import Check, FeedSource, FileSource
    from electview.ui.live_session import LiveSession

HIGHLIGHT_MS = 2500  # how long changed cells stay highlighted after an update
# Following a newly opened file starts this long after it is on screen, so opening the
# history store and the watcher never delays the window's first frame.
FOLLOW_DELAY_MS = 300


class LiveController(QObject):
    """Follows what the document shows and keeps every version of it.

    A local file opened in the window is followed at once (file-system events); a feed is
    followed only after File → Open URL…. New versions show by themselves while the
    timeline is at the latest one; moving the slider back replays an earlier version and
    holds it there until "Latest".

    Signals:
        snapshot_shown(int): the document now shows snapshot ``index`` of :attr:`history`.
        checked(object): a check finished (a :class:`Check`), after the window was updated.
    """

    snapshot_shown = Signal(int)
    checked = Signal(object)

    def __init__(self, window: QMainWindow, document: ResultsDocument, model, comparison_source=None) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._model = model
        self._comparison = comparison_source
        self.session: LiveSession | None = None
        self.history: History | None = None
        self._index: int | None = None  # snapshot in view
        self._applying = False  # the document change is ours (a snapshot), not a newly opened file
        self._opened_at: float | None = None  # when the document read the followed file itself
        self._last_url = ""
        self._last_interval = 60.0
        # While a URL's first version is on its way: the file followed before it (None: none), to go back to.
        self._opening: tuple[str, str | None] | None = None
        self._to_follow: tuple[str, float] | None = None  # (path, when the document read it)
        self._follow_soon = QTimer(self)
        self._follow_soon.setSingleShot(True)
        self._follow_soon.setInterval(FOLLOW_DELAY_MS)
        self._follow_soon.timeout.connect(self._follow_opened_file)
        self._replay_reads = LatestWork(self)  # the version asked for, read before it is shown
        self._previous_reads = LatestWork(self)  # the version before the one shown, for the change column
        self._previous_wanted: str | None = None  # the SHA-256 being read for it
        self._unreadable: set[str] = set()  # versions that failed to read: not asked for again by the change column

        self.open_url_action = make_action(window, self.tr("Open &URL…"), "Ctrl+Shift+U", self.tr("Follow results served over HTTP(S)"))
        self.open_url_action.triggered.connect(self.choose_and_follow_url)
        self.timeline = TimelineBar()
        self.timeline.snapshot_requested.connect(self.show_snapshot)
        self.timeline_bar = QToolBar(self.tr("History"), window)
        self.timeline_bar.setObjectName("historyToolBar")
        self.timeline_bar.setMovable(False)
        self.timeline_bar.addWidget(self.timeline)
        self.timeline_bar.hide()
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.timeline_bar)

        self.changed_label = plain_label()
        self.changed_label.setAccessibleDescription(self.tr("Data last changed"))
        self.checked_label = plain_label()
        self.checked_label.setAccessibleDescription(self.tr("Last checked"))
        self.problem_label = plain_label()
        self.problem_label.setAccessibleDescription(self.tr("Live update problem"))
        self.problem_label.setStyleSheet("QLabel { color: #8A5A00; }")
        # Fetching a URL's first version: a busy bar and Cancel (a stalled server may take a minute to give up).
        self.fetching = ProgressIndicator()
        self.fetching.bar.setRange(0, 0)
        self.fetching.cancel_requested.connect(self.cancel_opening)
        self.replaying = ProgressIndicator()  # reading a stored version to replay it
        self.replaying.bar.setRange(0, 0)
        self.replaying.cancel_requested.connect(self.cancel_replay)
        status_bar = window.statusBar()
        status_bar.addWidget(self.fetching)
        status_bar.addWidget(self.replaying)
        status_bar.addWidget(self.problem_label, 1)  # the room left over: problems can be long
        status_bar.addPermanentWidget(self.changed_label)
        status_bar.addPermanentWidget(self.checked_label)

        self._unhighlight = QTimer(self)
        self._unhighlight.setSingleShot(True)
        self._unhighlight.setInterval(HIGHLIGHT_MS)
        self._unhighlight.timeout.connect(lambda: self._model.set_highlighting(False))

        document.dataset_changed.connect(self._on_document_changed)
        # After the window's own handler and the comparison's: the change column is the live one
        # only when no comparison was asked for.
        document.view_changed.connect(self._refresh_baseline)
        if comparison_source is not None:
            comparison_source.changed.connect(self._refresh_baseline)  # stopping a comparison brings it back

    # what is followed
    @property
    def location(self) -> str:
        return self.session.source.key if self.session else ""

    @property
    def is_feed(self) -> bool:
        if self.session is None:
            return False
        from electview.live.sources import FeedSource

        return isinstance(self.session.source, FeedSource)

    @property
    def index(self) -> int | None:
        return self._index

    def follow_file(self, path: str) -> None:
        """Follow the file the document has just read (its first check is adopted, not shown again)."""
        from electview.live.sources import FileSource

        self._follow(FileSource(path), None)
        self._opened_at = time.time()

    def follow_url(self, url: str, interval: float) -> None:
        """Fetch ``url`` now (on the worker thread) and every ``interval`` seconds; it shows when it arrives."""
        from electview.live.sources import FeedSource

        self._last_url, self._last_interval = url, interval
        followed = self.location if self.session is not None and not self.is_feed else None
        self._follow(FeedSource(url), interval)
        self._opening = (url, followed)
        self._window.statusBar().clearMessage()  # a passing message ("Opened …") would be drawn over the bar
        self.fetching.begin(self.tr("Fetching {0}…").format(url))
        self.fetching.setToolTip(url)

    def cancel_opening(self) -> None:
        """Stop fetching a URL whose first version hasn't come: the window goes on as it was."""
        if self._opening is None:
            return
        url, followed = self._opening
        self._give_up_opening(followed)
        self._window.statusBar().showMessage(self.tr("Stopped fetching {0}: the results on screen are unchanged.").format(url), 10000)

    def _give_up_opening(self, followed: str | None) -> None:
        """Stop following the URL that never answered and follow again the file shown before, if it still is."""
        self.stop()
        if followed and self._document.dataset is not None and self._document.path == followed and os.path.isfile(followed):
            self.follow_file(followed)

    def choose_and_follow_url(self) -> None:
        from electview.ui.open_url_dialog import OpenUrlDialog

        answer = OpenUrlDialog.ask(self._window, self._last_url, self._last_interval)
        if answer is not None:
            self.follow_url(*answer)

    def check_now(self) -> None:
        """Look at the source again now (Reload, for a feed)."""
        if self.session is not None:
            if not self.session.running:
                self.session.start()
            else:
                self.session.check_now()

    def stop(self) -> None:
        self._follow_soon.stop()
        self._to_follow = None
        self.cancel_replay()
        self._previous_reads.cancel()
        self._previous_wanted = None
        self._unreadable = set()
        if self.session is not None:
            self.session.stop()
            self.session.deleteLater()
            self.session = None
        if self.history is not None:
            self.history.close()
            self.history = None
        self._index = None
        self._opening = None
        self.fetching.hide()
        self.problem_label.setText("")
        self.changed_label.setText("")
        self.checked_label.setText("")
        self.timeline_bar.hide()

    def _follow(self, source: FileSource | FeedSource, interval: float | None) -> None:
        from electview.live.history import History
        from electview.ui.live_session import LiveSession

        self.stop()
        self._opened_at = None
        self.history = History.open(source.key, source.name, write_behind=True)  # a big file takes seconds to store
        self.session = LiveSession(source, interval, self)
        self.session.checked.connect(self._on_checked)
        self.session.stopped.connect(self._on_stopped)
        self._update_timeline()
        if self.history.problem:
            self.problem_label.setText("⚠ " + self.history.problem)
        self.session.start()

    # checks arriving
    def _on_checked(self, check: Check) -> None:
        from electview.live.sources import Outcome
        from electview.live.times import clock

        if self._opening is not None:  # the URL's first answer
            url, followed = self._opening
            self._opening = None
            self.fetching.hide()
            if check.outcome is Outcome.FAILED:
                self._give_up_opening(followed)
                kept = self.tr(" The results already on screen are unchanged.") if self._document.dataset else ""
                errors.show_error(
                    self._window,
                    self.tr("Could not open {0}").format(url),
                    self.tr("Could not fetch results from “{0}”:\n{1}.").format(url, check.problem) + kept,
                )
                return
        self.checked_label.setText(self.tr("Checked {0}").format(clock(check.checked_at)))
        if check.outcome is Outcome.FAILED:
            shown = self.tr("showing the last good version") if self._index is not None else self.tr("nothing to show yet")
            self.problem_label.setText(f"⚠ {check.problem} — {shown}; {self.tr('retrying')}")
            self.problem_label.setToolTip(check.problem)
        else:
            self.problem_label.setText("⚠ " + self.history.problem if self.history.problem else "")
            self.problem_label.setToolTip("")
        if check.outcome is Outcome.CHANGED:
            # A version asked for and still being read keeps its place: the user has left the latest.
            at_latest = not self._replay_reads.busy and (self._index is None or self._index >= len(self.history) - 1)
            self.history.add(check.version, check.dataset, seen_at=check.checked_at)
            if self._document_has(check):
                self._adopt(len(self.history) - 1)
            elif at_latest:
                self.show_snapshot(len(self.history) - 1)
            else:
                self._update_timeline()
        self._opened_at = None
        self.checked.emit(check)

    def _document_has(self, check: Check) -> bool:
        """Whether the first check found the very bytes the document shows (so the screen keeps its objects).

        Only when the file is as the document read it (core/file_stamp.py): a time alone can't
        tell, since a copy may keep an old time and a file written just before opening may be
        written again. When in doubt the version is shown anew, which is never wrong.
        """
        stamp = self._document.dataset.source_stamp if self._document.dataset is not None else None
        read = check.dataset.source_stamp if check.dataset is not None else None
        return self._opened_at is not None and stamp is not None and stamp.same_bytes_as(read)

    def _adopt(self, index: int) -> None:
        """Mark snapshot ``index`` as the one on screen without loading it again."""
        self._index = index
        self._update_timeline()
        self._show_times(index, self._document.dataset)
        self._refresh_baseline()

    def _on_stopped(self, reason: str) -> None:
        self.checked_label.setText(self.tr("Stopped checking: {0}").format(reason))

    # showing a snapshot
    def shown_sha256(self) -> str | None:
        """SHA-256 of the version on screen (what a printed report's figures come from), or None."""
        if self.history is None or self._index is None or not 0 <= self._index < len(self.history):
            return None
        return self.history.snapshots[self._index].sha256

    def shown_version(self) -> str:
        """"version 3 of 5, seen 21:04:05": which version of the history is on screen, or "" when not followed."""
        if self.history is None or self._index is None or not 0 <= self._index < len(self.history):
            return ""
        from electview.live.times import clock

        seen = clock(self.history.snapshots[self._index].seen_at)
        return self.tr("version {0} of {1}, seen {2}").format(self._index + 1, len(self.history), seen)

    def show_snapshot(self, index: int) -> None:
        """Put snapshot ``index`` on screen exactly as it was: table, pie, header, commentary.

        A version not kept parsed is read on a worker first (with the one before it, for the change column) while
        the status bar says so; a newer request replaces one still being read, whose version then never shows."""
        if self.history is None or not 0 <= index < len(self.history):
            return
        self._replay_reads.cancel()  # not cancel_replay: the slider stays where the user put it
        self.replaying.hide()
        history = self.history
        dataset = history.cached(index)
        if dataset is not None:
            self._replay(index, dataset)
            return
        wanted = [index] + ([index - 1] if index > 0 and history.cached(index - 1) is None else [])
        self._window.statusBar().clearMessage()  # a passing message would be drawn over the indicator
        self.replaying.begin(self.tr("Reading version {0}…").format(index + 1))
        self._replay_reads.start(
            lambda job: dict(read_versions(history, wanted, job)),
            lambda read: self._on_replay_read(history, index, read),
            lambda error: self._replay_failed(index, error.message),
        )

    def cancel_replay(self) -> None:
        """Stop reading a version to replay: the one on screen stays, and the slider goes back to it."""
        busy = self._replay_reads.busy
        self._replay_reads.cancel()
        self.replaying.hide()
        if busy:
            self._update_timeline()

    def _on_replay_read(self, history: History, index: int, read: dict) -> None:
        self.replaying.hide()
        if history is not self.history:
            return
        for other, found in read.items():
            if other != index and isinstance(found, Exception):
                self._unreadable.add(history.snapshots[other].sha256)
        found = read[index]
        if isinstance(found, Exception):
            self._replay_failed(index, unreadable_text(found))
        else:
            self._replay(index, found)

    def _replay_failed(self, index: int, problem: str) -> None:
        self.replaying.hide()
        self.problem_label.setText(self.tr("⚠ Version {0} can't be replayed: {1}").format(index + 1, problem))
        self._update_timeline()

    def _replay(self, index: int, dataset: ResultsDataset) -> None:
        self._index = index
        self._applying = True
        try:
            self._document.set_dataset(dataset, self.location, keep_view=True)
        finally:
            self._applying = False
        self._update_timeline()
        self._show_times(index, dataset)
        if index > 0:
            self._model.set_highlighting(True)
            self._unhighlight.start()
        self.snapshot_shown.emit(index)

    def _show_times(self, index: int, dataset: ResultsDataset | None) -> None:
        from electview.live.times import changed_text

        text, tip = changed_text(self.history.snapshots[index], dataset, self.is_feed)
        self.changed_label.setText(text)
        self.changed_label.setToolTip(tip)

    def _update_timeline(self) -> None:
        history = self.history
        if history is None:
            self.timeline_bar.hide()
            return
        from electview.live.times import snapshot_line

        lines = [snapshot_line(s) for s in history.snapshots]
        current = self._index if self._index is not None else len(lines) - 1
        self.timeline.set_snapshots(lines, current)
        self.timeline_bar.setVisible(bool(lines))

    # the change column
    def previous_tally(self) -> ContestTally | None:
        """The view's tally (same contest and place) in the snapshot before the one shown, when that version is
        parsed (None otherwise: :meth:`_refresh_baseline` has it read on a worker, then looks again)."""
        current = self._document.tally
        if self.history is None or self._index is None or self._index < 1 or current is None:
            return None
        previous = self.history.cached(self._index - 1)
        if previous is None:
            return None
        try:
            contest = previous.contest(current.contest.name)
        except KeyError:
            return None
        return tally_same_place(previous, contest, current)

    def _read_previous(self) -> None:
        """Read the version before the one shown on a worker, unless it is parsed, failed before or is being read."""
        history, index = self.history, self._index
        if history is None or index is None or index < 1 or history.cached(index - 1) is not None:
            return
        sha256 = history.snapshots[index - 1].sha256
        if sha256 in self._unreadable or sha256 == self._previous_wanted:
            return
        self._previous_wanted = sha256

        def done(read: dict) -> None:
            self._previous_wanted = None
            if history is not self.history:
                return
            if isinstance(read[index - 1], Exception):
                self._unreadable.add(sha256)  # the change column goes without it
            elif self._index == index:
                self._refresh_baseline()

        def failed(_error: LoadError) -> None:
            self._previous_wanted = None
            self._unreadable.add(sha256)

        self._previous_reads.start(lambda job: dict(read_versions(history, [index - 1], job)), done, failed)

    def _refresh_baseline(self) -> None:
        if self._comparison is not None and self._comparison.active:
            return  # a comparison the user asked for owns the change column
        previous = self.previous_tally()
        current = self._document.tally
        if previous is None or current is None:
            if self._model.baseline is not None:
                self._model.set_baseline(None)
            self._read_previous()
            return
        from electview.core.change_column import baseline_from_tallies
        from electview.live.times import clock

        when = clock(self.history.snapshots[self._index - 1].seen_at)
        self._model.set_baseline(baseline_from_tallies(previous, current, self.tr("the previous update ({0})").format(when)))

    # the document
    def _on_document_changed(self) -> None:
        if self._applying:
            return
        path = self._document.path
        if self._document.dataset is None or not path:
            self.stop()
        elif path != self.location and os.path.isfile(path):
            self.stop()  # at once: the old source must not bring its versions back meanwhile
            self._to_follow = (path, time.time())
            self._follow_soon.start()

    def _follow_opened_file(self) -> None:
        path, opened_at = self._to_follow
        if self._document.dataset is not None and self._document.path == path:
            self.follow_file(path)
            self._opened_at = opened_at  # when the document read it, not when following began
