"""Limits every imported file must stay within, and the checks that enforce them.

A results file can come from anywhere, so electview states what it will accept and refuses
the rest with a :class:`LoadError` before it can hang the app or eat the machine's memory:

* :func:`check_file` — the path is a regular file (not a folder, pipe or device that would
  block or never end);
* :func:`read_bytes` — a file is read whole only up to :data:`MAX_FILE_BYTES`, even if it
  grows while it is read;
* :func:`check_dataset` — whatever an importer built holds counts that are whole-or-fractional,
  finite and ≥ 0, text of sane length, at most :data:`MAX_CANDIDATES` candidates (and seats) per
  contest, unique candidate ids and a reporting-unit graph without cycles, so the table, the pie,
  the tally and the report never meet a value they can't show.

Memory bound: formats parsed in Python read at most ``MAX_FILE_BYTES`` and build a tree a small
multiple of that (tests/test_hostile_memory.py measures the ratio); tabular formats that stream
through DuckDB set their own ``MAX_FILE_BYTES = None`` and are bounded by DuckDB's memory limit.
"""

from __future__ import annotations

import math
import os
import re
import stat
from pathlib import Path
from collections.abc import Callable
from typing import IO, NoReturn

import numpy as np

from electview.core.errors import LoadError
from electview.core.model import MAX_COUNT, Contest, CountTable, ResultsDataset, UnitTable

MAX_FILE_BYTES = 256 * 2**20
_CHUNK_BYTES = 16 * 2**20
MAX_CANDIDATES = 10_000  # per contest; the longest real ballots have a few hundred names
MAX_CONTESTS = 100_000
MAX_LANGUAGES = 100  # languages one name is given in; the EU has 24 official ones
MAX_NAME_CHARS = 2_000  # names, parties, ids, titles: anything shown in one table cell or line
MAX_TEXT_CHARS = 200_000  # descriptions and quotes
MAX_XML_DEPTH = 200  # real results files nest fewer than 20 levels
MAX_UNIT_DEPTH = 64  # country → region → district → … → booth is under 10 in real files


# Half of a UTF-16 pair on its own (JSON's "\ud800") is no character: it can't be printed,
# written to a UTF-8 file or shown, so it is refused like any other broken text.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _size_text(size: int) -> str:
    return f"{size / 2**20:,.0f} MB" if size >= 2**20 else f"{size:,} bytes"


def check_file(path: str | os.PathLike) -> os.stat_result:
    """The file's stat, or a LoadError when it is missing, a folder or not a regular file.

    Opening a named pipe blocks until someone writes to it and /dev/zero never ends, so both
    are refused before anything opens them.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise LoadError(path, "file not found") from None
    except OSError as error:
        raise LoadError(path, error.strerror or str(error)) from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(path, "is a folder, not a results file")
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(path, "is not a regular file (a device, pipe or socket)")
    return info


def check_size(path: str | os.PathLike, limit: int | None = MAX_FILE_BYTES) -> None:
    """Refuse a file larger than ``limit`` bytes (None: the format streams and has no limit)."""
    size = check_file(path).st_size
    if limit is not None and size > limit:
        raise LoadError(path, f"file is {_size_text(size)}, more than the {_size_text(limit)} electview reads in this format")


def open_regular(path: str | os.PathLike, limit: int | None = MAX_FILE_BYTES) -> tuple[IO[bytes], os.stat_result]:
    """The file opened for reading and its stat, refusing anything but a regular file within ``limit``.

    Opened without blocking and checked on the open descriptor (not the name), so a file swapped
    for a FIFO or a link to a device between a stat and the open can't hang the reader, and the
    size limit applies before a single byte is read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise LoadError(path, "file not found") from None
    except IsADirectoryError:
        raise LoadError(path, "is a folder, not a results file") from None
    except OSError as error:
        raise LoadError(path, error.strerror or str(error)) from None
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise LoadError(path, "is a folder, not a results file")
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(path, "is not a regular file (a device, pipe or socket)")
        if limit is not None and info.st_size > limit:
            raise LoadError(
                path, f"file is {_size_text(info.st_size)}, more than the {_size_text(limit)} electview reads in this format"
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb"), info
    except BaseException:
        os.close(descriptor)
        raise


def read_open(stream: IO[bytes], size: int, limit: int, path: str | os.PathLike) -> bytes:
    """Everything in ``stream`` (``size`` bytes when it was opened), never more than ``limit``."""
    try:
        # Ask for the size seen, not the limit: read(n) reserves n bytes up front.
        chunks = [stream.read(min(size, limit) + 1)]
        total = len(chunks[0])
        while total <= limit:
            more = stream.read(min(_CHUNK_BYTES, limit + 1 - total))
            if not more:
                break
            chunks.append(more)
            total += len(more)
    except OSError as error:
        raise LoadError(path, error.strerror or str(error)) from None
    if total > limit:
        raise LoadError(path, f"file grew past {_size_text(limit)} while it was read")
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_bytes(path: str | os.PathLike, limit: int = MAX_FILE_BYTES) -> bytes:
    """The whole file, read once, refusing more than ``limit`` bytes even if it grows meanwhile."""
    stream, info = open_regular(path, limit)
    with stream:
        return read_open(stream, info.st_size, limit, path)


def _units_on_cycles(parents: np.ndarray) -> np.ndarray:
    """Mask of units whose walk up the parents never reaches the top (pointer doubling, O(n log n))."""
    count = len(parents)
    top = count  # an extra node standing for "above the top", its own parent
    jump = np.append(np.where(parents < 0, top, parents), top)
    for _ in range(max(1, count.bit_length() + 1)):
        jump = jump[jump]
    return jump[:count] != top


def _number_text(value: float) -> str:
    """A figure as the message shows it: ``-0.96``, ``inf``, never numpy's ``np.float64(-0.96)``."""
    number = float(value)
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)


def _naming(contest: Contest, table: CountTable) -> Callable[[int], str]:
    """Row → "candidate 'Nur Otan' in 'Astana', contest 'President'": where a figure is, in the file's own names."""

    def where(row: int) -> str:
        candidate, unit = int(table.column[row]), int(table.unit[row])
        who = contest.candidates[candidate].name if 0 <= candidate < len(contest.candidates) else f"column {candidate}"
        place = str(contest.units.names[unit]) if 0 <= unit < len(contest.units.names) else f"unit {unit}"
        return f"candidate {_quoted(who)} in {_quoted(place)}, contest {_quoted(contest.name)}"

    return where


def _quoted(text: str) -> str:
    return repr(" ".join(str(text).split())[:60])


def _at(place: str, where: Callable[[int], str] | None, row: int) -> str:
    return place if where is None else f"{place} ({where(row)})"


class _Checker:
    """Walks one dataset; the first problem becomes a LoadError naming its place."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = path
        self._units_checked: list[UnitTable] = []

    def fail(self, place: str, problem: str) -> NoReturn:
        raise LoadError(self.path, problem, place)

    def text(self, value: object, place: str, limit: int = MAX_NAME_CHARS) -> None:
        if not isinstance(value, str):
            self.fail(place, f"expected text, got {type(value).__name__}")
        if len(value) > limit:
            self.fail(place, f"text is {len(value):,} characters long; electview reads at most {limit:,}")
        if _LONE_SURROGATE.search(value):
            self.fail(place, "text holds an invalid character (half of a UTF-16 surrogate pair)")

    def names(self, names, place: str) -> None:
        """A name's other languages: a bounded number of tags, each tag and text like any name."""
        if len(names) > MAX_LANGUAGES:
            self.fail(place, f"{len(names):,} languages; electview reads at most {MAX_LANGUAGES}")
        for tag, text in names.items():
            self.text(tag, f"{place}.{tag or 'source'}")
            self.text(text, f"{place}.{tag or 'source'}")

    def number(self, value: float | None, place: str, low: float, high: float, what: str) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
            self.fail(place, f"expected {what}, got {type(value).__name__}")
        if math.isnan(value):
            return  # NaN means "not reported"
        if not low <= value <= high:
            self.fail(place, f"expected {what}, got {_number_text(value)}")

    def counts(self, values: np.ndarray, place: str, where: Callable[[int], str] | None = None) -> None:
        """Counts from 0 to MAX_COUNT or NaN; ``where(row)`` names the first bad one's candidate and place."""
        bad = ~np.isnan(values) & ~((values >= 0) & (values <= MAX_COUNT))
        if bad.any():
            row = int(np.argmax(bad))
            self.fail(_at(place, where, row), f"expected counts between 0 and {MAX_COUNT:.0e}, got {_number_text(values[row])}")

    def indices(self, values: np.ndarray, width: int, place: str) -> None:
        if len(values) and (values.min() < 0 or values.max() >= width):
            self.fail(place, f"refers to entry {int(values.max() if values.max() >= width else values.min())} of {width}")

    def units(self, units: UnitTable, place: str) -> None:
        # Every contest of a file usually shares one table: check it once, not once per contest.
        if any(units is checked for checked in self._units_checked):
            return
        self._units_checked.append(units)
        count = len(units)
        if count == 0:
            self.fail(place, "no reporting units")
        parents = units.parents.astype(np.int64)
        if (parents >= count).any() or (parents < -1).any():
            self.fail(f"{place}.parent", "refers to a unit that does not exist")
        on_cycle = _units_on_cycles(parents)
        if on_cycle.any():
            first = int(np.flatnonzero(on_cycle)[0])
            self.fail(f"{place}[{units.ids[first]}].parent", "units' parents form a cycle")
        # UnitTable.within and the tally walk up one level per step, so depth bounds their time.
        ancestor = parents.copy()
        for _ in range(MAX_UNIT_DEPTH):
            live = ancestor >= 0
            if not live.any():
                break
            ancestor[live] = parents[ancestor[live]]
        else:
            if (ancestor >= 0).any():
                self.fail(f"{place}.parent", f"reporting units nest more than {MAX_UNIT_DEPTH} levels deep")
        if len(units.names_in) > MAX_LANGUAGES:
            self.fail(f"{place}.names", f"{len(units.names_in):,} languages; electview reads at most {MAX_LANGUAGES}")
        columns = [(column, getattr(units, column)) for column in ("ids", "names", "kinds")]
        columns += [(f"names.{tag}", names) for tag, names in units.names_in.items()]
        for column, column_values in columns:
            values = [str(v) for v in column_values]
            longest = max(map(len, values), default=0)
            if longest > MAX_NAME_CHARS:
                self.fail(f"{place}.{column}", f"text is {longest:,} characters long; electview reads at most {MAX_NAME_CHARS:,}")
            self.text("".join(values), f"{place}.{column}", limit=longest * len(values))
        self.counts(units.registered, f"{place}.registered")
        self.counts(units.ballots_cast, f"{place}.ballots_cast")

    def contest(self, contest: Contest, place: str) -> None:
        self.text(contest.name, f"{place}.name")
        self.names(contest.names, f"{place}.names")
        self.text(contest.id, f"{place}.id")
        if not contest.candidates:
            self.fail(f"{place}.candidates", "no candidates")
        if len(contest.candidates) > MAX_CANDIDATES:
            self.fail(f"{place}.candidates", f"{len(contest.candidates):,} candidates; electview reads at most {MAX_CANDIDATES:,} per contest")
        seen: set[str] = set()
        for index, candidate in enumerate(contest.candidates):
            at = f"{place}.candidates[{index}]"
            for field in ("name", "id", "party", "colour"):
                self.text(getattr(candidate, field), f"{at}.{field}")
            self.text(candidate.description, f"{at}.description", MAX_TEXT_CHARS)
            self.names(candidate.names, f"{at}.names")
            self.names(candidate.party_names, f"{at}.party_names")
            if candidate.id in seen:
                self.fail(f"{at}.id", f"duplicate candidate id {candidate.id[:40]!r}")
            seen.add(candidate.id)
        for kind_index, kind in enumerate(contest.other_kinds):
            self.text(kind, f"{place}.other_counts[{kind_index}]")
        if isinstance(contest.seats, bool) or not isinstance(contest.seats, int) or contest.seats < 1:
            self.fail(f"{place}.seats", f"expected a whole number ≥ 1, got {contest.seats!r}")
        if contest.seats > MAX_CANDIDATES:  # more seats than any ballot has names: a damaged "vote for"
            self.fail(f"{place}.seats", f"{contest.seats:.3g} seats; electview reads at most {MAX_CANDIDATES:,} per contest")
        self.units(contest.units, f"{place}.units")
        width = len(contest.candidates)
        for table_name, table, columns in (
            ("votes", contest.votes, width),
            ("shares", contest.shares, width),
            ("other_counts", contest.other_counts, len(contest.other_kinds)),
        ):
            self.indices(table.unit, len(contest.units), f"{place}.{table_name}.unit")
            self.indices(table.column, columns, f"{place}.{table_name}.column")
        self.counts(contest.votes.value, f"{place}.votes", _naming(contest, contest.votes))
        self.counts(contest.other_counts.value, f"{place}.other_counts")
        shares = contest.shares.value
        bad = ~np.isnan(shares) & ~((shares >= 0) & (shares <= 100))
        if bad.any():
            row = int(np.argmax(bad))
            where = _at(f"{place}.shares", _naming(contest, contest.shares), row)
            self.fail(where, f"expected a percentage between 0 and 100, got {_number_text(shares[row])}")

    def dataset(self, dataset: ResultsDataset) -> None:
        election = dataset.election
        for field in ("title", "country", "office", "date", "jurisdiction"):
            self.text(getattr(election, field), f"election.{field}")
        self.names(election.titles, "election.titles")
        self.names(election.offices, "election.offices")
        self.names(election.countries, "election.countries")
        for field in ("authority", "announced_by", "announced_at", "cited_via", "url"):
            self.text(getattr(election.source, field), f"election.source.{field}")
        if not dataset.contests:
            self.fail("contests", "the file has no contests")
        if len(dataset.contests) > MAX_CONTESTS:
            self.fail("contests", f"{len(dataset.contests):,} contests; electview reads at most {MAX_CONTESTS:,}")
        for index, contest in enumerate(dataset.contests):
            self.contest(contest, f"contests[{index}]")
        turnout = dataset.turnout
        for field in ("registered", "ballots_cast", "valid_votes"):
            self.number(getattr(turnout, field), f"turnout.{field}", 0, MAX_COUNT, "a count ≥ 0")
        self.number(turnout.percent, "turnout.percent", 0, 100, "a percentage between 0 and 100")
        for index, item in enumerate(dataset.commentary):
            at = f"commentary[{index}]"
            for field in ("speaker", "role", "organisation", "outlet", "date"):
                self.text(getattr(item, field), f"{at}.{field}")
            self.text(item.quote, f"{at}.quote", MAX_TEXT_CHARS)


def check_dataset(dataset: ResultsDataset, path: str | os.PathLike) -> ResultsDataset:
    """The dataset (with a warning for look-alike names), or a LoadError naming the first value electview can't show."""
    _Checker(Path(path)).dataset(dataset)
    from dataclasses import replace

    from electview.core.lookalikes import lookalike_warnings

    if warnings := lookalike_warnings(dataset):
        return replace(dataset, import_warnings=(*dataset.import_warnings, *warnings))
    return dataset
