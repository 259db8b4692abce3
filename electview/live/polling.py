"""When to look again: the interval, backoff after failures, and stopping once results are final.

Qt-free: the window's timers and ``electview summary --follow`` ask the same schedule.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from electview.live.sources import Check, FeedSource, FileSource, Outcome

DEFAULT_FEED_INTERVAL = 60.0
DEFAULT_FILE_INTERVAL = 1.0  # a stat() per second; the window also gets file-system events
MIN_FEED_INTERVAL = 5.0  # the window's least interval: be a polite client of a commission's server
MAX_BACKOFF = 15 * 60.0
MAX_FILE_BACKOFF = 8.0  # a half-written file is finished within moments; don't wait minutes


@dataclass
class PollSchedule:
    """Delay before the next check, given how the last one went.

    Failures double the delay (interval × 2ⁿ, at most ``max_backoff``); a good answer resets
    it. With ``stop_when_final``, a version whose status is final or certified ends polling.
    """

    interval: float
    stop_when_final: bool = False
    max_backoff: float = MAX_BACKOFF
    failures: int = 0
    stopped_reason: str = ""

    def next_delay(self, check: Check) -> float | None:
        """Seconds until the next check, or None to stop (``stopped_reason`` says why)."""
        if check.outcome is Outcome.FAILED:
            self.failures += 1
            return min(self.interval * 2 ** min(self.failures, 16), max(self.max_backoff, self.interval))
        self.failures = 0
        dataset = check.dataset
        if self.stop_when_final and check.outcome is Outcome.CHANGED and dataset is not None and dataset.election.status.is_final:
            self.stopped_reason = f"the results are {dataset.election.status.value}"
            return None
        return self.interval


def schedule_for(source: FileSource | FeedSource, interval: float | None) -> PollSchedule:
    """Feeds default to a minute and stop when final; files are cheap to check and keep being followed."""
    if isinstance(source, FeedSource):
        return PollSchedule(max(interval or DEFAULT_FEED_INTERVAL, 0.0), stop_when_final=True)
    return PollSchedule(interval or DEFAULT_FILE_INTERVAL, max_backoff=MAX_FILE_BACKOFF)


def follow(
    source: FileSource | FeedSource,
    schedule: PollSchedule,
    on_check: Callable[[Check], None],
    max_changes: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Check ``source`` until the schedule stops or ``max_changes`` versions arrived; returns the count.

    The first check counts as a change when it finds a version (it is what gets shown first).
    """
    changes = 0
    while True:
        check = source.check()
        on_check(check)
        if check.outcome is Outcome.CHANGED:
            changes += 1
            if max_changes is not None and changes >= max_changes:
                return changes
        delay = schedule.next_delay(check)
        if delay is None:
            return changes
        sleep(delay)
