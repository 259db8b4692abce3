"""Progress and Cancel for one long import, shared by the thread that loads and the window that waits."""

from __future__ import annotations

import threading

from electview.core.errors import LoadError


class LoadCancelled(LoadError):
    """The user cancelled the load; nothing is wrong with the file."""

    def __init__(self, path) -> None:
        super().__init__(path, "loading was cancelled")


class LoadJob:
    """Thread-safe progress (0…1) and cancel flag for an import.

    An importer that runs a DuckDB query calls :meth:`attach` with its connection, so
    :meth:`progress` can ask DuckDB how far it is and :meth:`cancel` can interrupt it from
    another thread. ``stage`` and ``stages`` let a multi-step import report one steady bar.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection = None
        self._cancelled = False
        self._done = 0.0
        self._stage_weight = 1.0

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._connection is not None:
                _interrupt(self._connection)

    def attach(self, connection, weight: float = 1.0) -> None:
        """Follow ``connection``'s running query as the next ``weight`` of the whole job."""
        with self._lock:
            self._connection = connection
            self._stage_weight = weight
            if self._cancelled:
                _interrupt(connection)

    def stage_done(self) -> None:
        with self._lock:
            self._done = min(1.0, self._done + self._stage_weight)
            self._connection = None

    def advance(self, fraction: float) -> None:
        """Work that isn't a DuckDB query says how far it is (0…1), from its own thread."""
        with self._lock:
            self._done = min(1.0, max(self._done, fraction))

    def progress(self) -> float:
        """How much of the job is done, 0…1; safe to call from any thread."""
        with self._lock:
            done, connection, weight = self._done, self._connection, self._stage_weight
        if connection is None:
            return done
        try:
            percent = connection.query_progress()
        except Exception:  # noqa: BLE001 — a connection closing under us just means "no news"
            percent = -1.0
        return min(1.0, done + weight * max(0.0, percent) / 100.0)

    def check(self, path) -> None:
        """Raise :class:`LoadCancelled` when the user has cancelled."""
        if self._cancelled:
            raise LoadCancelled(path)


def _interrupt(connection) -> None:
    """Stop ``connection``'s query; one that closed meanwhile (its stage just ended) has nothing to stop."""
    try:
        connection.interrupt()
    except Exception:  # noqa: BLE001 — duckdb.ConnectionException "already closed", raised in the GUI thread
        pass
