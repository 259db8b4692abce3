"""Times for the status bar and the timeline, said the way a newsroom reads them."""

from __future__ import annotations

import time
from datetime import datetime

from electview.core.i18n import translate
from electview.core.model import ResultsDataset, Status
from electview.live.history import Snapshot


def clock(epoch: float, now: float | None = None) -> str:
    """"21:04:05" today, "9 Jun 21:04" on another day (local time)."""
    moment = datetime.fromtimestamp(epoch)
    today = datetime.fromtimestamp(time.time() if now is None else now).date()
    return moment.strftime("%H:%M:%S") if moment.date() == today else f"{moment.day} {moment:%b %H:%M}"


def changed_text(snapshot: Snapshot, dataset: ResultsDataset | None, is_feed: bool, now: float | None = None) -> tuple[str, str]:
    """(label, tooltip) for when the data shown last changed, by the source's own clock where it has one."""
    # Each sentence is written out in its own translate() call so that lupdate finds it.
    if snapshot.changed_at is None:
        text = translate("live", "Data changed {0}").format(clock(snapshot.seen_at, now))
        whose = translate("live", "{0}: when electview first saw this version (the server gave no time).")
    else:
        text = translate("live", "Data changed {0}").format(clock(snapshot.changed_at, now))
        if is_feed:
            whose = translate("live", "{0}: the server's Last-Modified time.")
        else:
            whose = translate("live", "{0}: the file's modification time.")
    first_seen = translate("live", "First seen by electview at {0}.").format(clock(snapshot.seen_at, now))
    tip = [whose.format(text), first_seen]
    announced = dataset.election.source.announced_at if dataset is not None else ""
    if announced:  # the header shows it in full; the status bar has no room to repeat it
        tip.append(translate("live", "The results themselves say they were announced: {0}.").format(announced))
    return text, "\n".join(tip)


def snapshot_line(snapshot: Snapshot, now: float | None = None) -> str:
    """One timeline entry: "seen 21:04:05 · PRELIMINARY"."""
    try:
        status = Status(snapshot.status).label
    except ValueError:
        status = snapshot.status.upper()
    return translate("live", "seen {0} · {1}").format(clock(snapshot.seen_at, now), status)
