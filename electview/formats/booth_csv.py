"""Booth-level long CSV (``region,district,precinct,office,candidate,party,votes``) read and totalled by DuckDB.

One row per precinct × candidate; a national file has millions of rows, so no row ever
becomes a Python object. :func:`load` makes DuckDB read the file once and total it per
district × candidate in SQL (about as fast as DuckDB can total the file at all); the
dataset's units are country → region → district. :func:`load_precincts` reads the file
again for the precinct browser and returns every precinct's votes as flat numpy arrays.

``office`` and ``party`` are optional (one contest, no parties), so is ``registered``
(registered voters per precinct, repeated on each of its rows). Columns may come in any
order; the delimiter may be ``,``, ``;`` or a tab. Region and district ids are DuckDB
hashes of their names, which is how the precinct pass finds them again.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from electview.core.errors import LoadError
from electview.core.model import Candidate, Contest, CountTable, Election, ResultsDataset, UnitTable
from electview.core.party_totals import NO_PARTY_COLOUR, NO_PARTY_TOTAL, party_label
from electview.core.precincts import DERIVED_NAMES, ORDER_NAMES, TABLE_KINDS, PrecinctOrders, PrecinctTable
from electview.formats import guard
from electview.formats.job import LoadCancelled, LoadJob

if TYPE_CHECKING:  # the cache (hashlib, zipfile, tempfile) is imported by the loads, not by sniffing at start-up
    from electview.formats import cache

NAME = "Booth-level results (long CSV)"
# DuckDB streams the file, so its size is no limit; the window loads it in the background.
MAX_FILE_BYTES = None
LOADS_IN_BACKGROUND = True
PATTERNS = ("*.csv", "*.tsv", "*.txt")
REQUIRED = ("region", "district", "precinct", "candidate", "votes")
OPTIONAL = ("office", "party", "registered")
DELIMITERS = (",", ";", "\t")
BY_PARTY = " — by party"  # suffix of the contest that totals an office by party
NUMERIC = ("votes", "registered")
# The first pass is one scan of the file; the precinct pass scans again and groups a million keys.
DETAIL_STAGES = (0.8, 0.2)


def _header(head: bytes) -> tuple[str, dict[str, str]] | None:
    """The delimiter and {our column name: the file's column name}, or None if this isn't our CSV."""
    first_line = head.split(b"\n", 1)[0].decode("utf-8-sig", errors="replace").rstrip("\r")
    for delimiter in DELIMITERS:
        if delimiter not in first_line:
            continue
        try:
            names = next(csv.reader(io.StringIO(first_line), delimiter=delimiter), [])
        except csv.Error:  # a lone carriage return mid-line in binary bytes: not a CSV header
            return None
        by_key = {name.strip().casefold(): name for name in names}
        if all(key in by_key for key in REQUIRED):
            return delimiter, {key: by_key[key] for key in REQUIRED + OPTIONAL if key in by_key}
    return None


def sniff(head: bytes) -> bool:
    """True when the first line names at least region, district, precinct, candidate and votes."""
    return _header(head) is not None


def _quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class _Source:
    """The SQL that reads one booth CSV: ``read_csv`` with the file's own header, nothing guessed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        stream, _ = guard.open_regular(path, None)
        with stream:
            try:
                head = stream.read(64 * 1024)
            except OSError as error:
                raise LoadError(path, error.strerror or str(error)) from None
        self._literal: _LiteralPath | None = None
        found = _header(head)
        if found is None:
            raise LoadError(path, f"the header must name the columns {', '.join(REQUIRED)}", "line 1")
        self.delimiter, self.columns = found
        try:
            first_line = head.split(b"\n", 1)[0].decode("utf-8-sig").rstrip("\r")
        except UnicodeDecodeError as error:  # DuckDB reads UTF-8 only; found by fuzz/fuzz_importers.py
            raise LoadError(path, "the header is not UTF-8 text", f"line 1, byte {error.start + 1}") from None
        all_names = next(csv.reader(io.StringIO(first_line), delimiter=self.delimiter))
        wanted = {name: key for key, name in self.columns.items()}
        # Explicit types skip DuckDB's sniffing pass; columns we don't use stay text and unread.
        types = ", ".join(
            f"{_quote_text(name)}: '{'BIGINT' if wanted.get(name) in NUMERIC else 'VARCHAR'}'" for name in all_names
        )
        self.table = (
            f"read_csv({_quote_text(self.literal)}, header = true, auto_detect = false, delim = {_quote_text(self.delimiter)}, "
            f"quote = '\"', escape = '\"', columns = {{{types}}})"
        )

    @property
    def literal(self) -> str:
        """A name for this very file that DuckDB can't read as a pattern (made once, kept open)."""
        if self._literal is None:
            self._literal = _LiteralPath(self.path)
        return self._literal.name

    def column(self, key: str) -> str:
        """The column as an SQL expression; an absent optional column is NULL."""
        return _quote_identifier(self.columns[key]) if key in self.columns else "NULL::VARCHAR"

    def run(self, sql: str, job: LoadJob | None, weight: float):
        """Run ``sql`` on a fresh connection, following it in ``job``; returns the connection."""
        import duckdb  # imported here: a second or so of start-up nobody else should pay

        # Progress is tracked for LoadJob but never printed: DuckDB would draw its bar on stdout,
        # into the middle of `electview summary --format json`.
        connection = duckdb.connect()
        connection.execute("SET enable_progress_bar = true; SET enable_progress_bar_print = false")
        if job is not None:
            job.attach(connection, weight)
        try:
            connection.execute(sql)
        except duckdb.InterruptException:
            raise LoadCancelled(self.path) from None
        except duckdb.Error as error:
            raise _load_error(self.path, error, self.literal) from None
        return connection


_PATTERN_CHARACTERS = frozenset("*?[]{}")


class _LiteralPath:
    """A path to one file that no library expands as a glob.

    DuckDB reads ``booth*.csv`` as every file matching it (and ``?``, ``[…]``, ``{…}`` too), so a
    file whose name holds such characters would add in other files' figures. The file is opened
    here and DuckDB given ``/proc/self/fd/N`` (Linux), or a link named ``results.csv`` in a
    private folder; a plain name is passed as it is.
    """

    def __init__(self, path: Path) -> None:
        self._descriptor: int | None = None
        self._folder: tempfile.TemporaryDirectory | None = None
        absolute = os.path.abspath(path)
        if not _PATTERN_CHARACTERS.intersection(absolute):
            self.name = absolute
            return
        stream, _ = guard.open_regular(path, None)
        self._descriptor = os.dup(stream.fileno())
        stream.close()
        by_descriptor = f"/proc/self/fd/{self._descriptor}"
        if os.path.exists(by_descriptor):
            self.name = by_descriptor
        else:
            os.close(self._descriptor)
            self._descriptor = None
            self._folder = tempfile.TemporaryDirectory(prefix="electview-")
            self.name = os.path.join(self._folder.name, "results.csv")
            try:
                os.symlink(absolute, self.name)
            except OSError:
                raise LoadError(path, "the name holds one of * ? [ ] { }, which DuckDB reads as a pattern", "rename the file") from None
        weakref.finalize(self, _LiteralPath._release, self._descriptor, self._folder)

    @staticmethod
    def _release(descriptor: int | None, folder) -> None:
        if descriptor is not None:
            os.close(descriptor)
        if folder is not None:
            folder.cleanup()


_LINE = re.compile(r"\bLine: (\d+)")


def _load_error(path: Path, error: Exception, literal: str = "") -> LoadError:
    """DuckDB's CSV error as one line: the problem in its own words, the line as the place."""
    text = str(error).replace(literal, path.name) if literal else str(error)
    line = _LINE.search(text)
    problem = next((part.strip() for part in text.splitlines() if part.strip()), type(error).__name__)
    problem = re.sub(r"^[A-Za-z ]+Error: ", "", problem)
    return LoadError(path, problem, f"line {line.group(1)}" if line else "")


def _check_job(job: LoadJob | None, path: Path) -> None:
    if job is not None:
        job.check(path)


def _totals_sql(source: _Source) -> str:
    col = source.column
    grouped = (
        f"SELECT {col('office')} AS office, {col('region')} AS region, {col('district')} AS district, "
        f"{col('candidate')} AS candidate, {col('party')} AS party, sum({col('votes')}) AS votes, "
        f"min({col('votes')}) AS lowest FROM {source.table} GROUP BY ALL"
    )
    # Hashing after grouping costs a few thousand hashes, not one per row.
    return (
        "SELECT *, hash(region, district) AS district_key, hash(office, candidate, party) AS candidate_key "
        f"FROM ({grouped})"
    )


def load(path: str | Path, job: LoadJob | None = None) -> ResultsDataset:
    """Read the file and total it per district × candidate: one DuckDB scan, or the cached totals."""
    from electview.formats import cache

    path = Path(path)
    source = _Source(path)
    stamp = _stamp(path)
    rows = _cached(stamp, "totals", _rows_from_arrays)
    if rows is None:
        hashing = cache.BackgroundHash(stamp) if cache.enabled() else None
        connection = source.run(_totals_sql(source), job, 1.0)
        rows = connection.fetchall()
        connection.close()
        if hashing is not None:
            cache.write(stamp, "totals", _rows_to_arrays(rows), hashing.result())
    if job is not None:
        job.stage_done()
    _check_job(job, path)
    return _dataset(path, source, rows)


def _cached(stamp: cache.Stamp, kind: str, build):
    """``build(arrays)`` from the cache entry, or None: an entry that doesn't build (wrong shape,
    missing arrays) is dropped and the file read again, never an error for a good file."""
    from electview.formats import cache

    stored = cache.read(stamp, kind)
    if stored is None:
        return None
    try:
        return build(stored)
    except Exception as error:  # noqa: BLE001 - whatever is wrong with the entry, the file itself is fine
        cache.log_dropped(stamp, kind, error)
        return None


def _stamp(path: Path) -> cache.Stamp:
    from electview.formats import cache

    try:
        return cache.Stamp.of(path)
    except OSError as error:
        raise LoadError(path, error.strerror or str(error)) from None


_TEXT_COLUMNS = ("office", "region", "district", "candidate", "party")


def _rows_to_arrays(rows: list[tuple]) -> dict[str, np.ndarray]:
    columns = list(zip(*rows, strict=True)) if rows else [()] * 9
    arrays = {name: np.array([_text(v) for v in columns[i]], dtype=str) for i, name in enumerate(_TEXT_COLUMNS)}
    for i, name in ((5, "votes"), (6, "lowest")):
        arrays[name] = np.array([np.nan if v is None else float(v) for v in columns[i]], dtype=np.float64)
    arrays["district_key"] = np.array(columns[7], dtype=np.uint64)
    arrays["candidate_key"] = np.array(columns[8], dtype=np.uint64)
    return arrays


def _rows_from_arrays(arrays: dict[str, np.ndarray]) -> list[tuple]:
    texts = [arrays[name].tolist() for name in _TEXT_COLUMNS]
    numbers = [[None if np.isnan(v) else v for v in arrays[name].tolist()] for name in ("votes", "lowest")]
    keys = [arrays["district_key"].tolist(), arrays["candidate_key"].tolist()]
    return list(zip(*texts, *numbers, *keys, strict=True))


def _text(value) -> str:
    return "" if value is None else str(value)


def _dataset(path: Path, source: _Source, rows: list[tuple]) -> ResultsDataset:
    if not rows:
        raise LoadError(path, "the file has a header but no results")
    for _office, region, district, candidate, _party, _votes, lowest, _dk, _ck in rows:
        if lowest is not None and lowest < 0:
            raise LoadError(path, f"negative vote count {lowest}", f"{_text(region)} › {_text(district)}, {_text(candidate)}")
    region_names = sorted({_text(row[1]) for row in rows})
    district_keys = sorted({(_text(row[1]), _text(row[2]), row[7]) for row in rows})
    root_name = "All regions"
    ids = ["all"] + [f"region:{name}" for name in region_names] + [f"{key:016x}" for _, _, key in district_keys]
    names = [root_name] + region_names + [district for _, district, _ in district_keys]
    kinds = ["country"] + ["region"] * len(region_names) + ["district"] * len(district_keys)
    region_index = {name: 1 + i for i, name in enumerate(region_names)}
    parents = [-1] + [0] * len(region_names) + [region_index[region] for region, _, _ in district_keys]
    units = UnitTable.from_lists(ids, names, kinds, parents)
    district_index = {key: 1 + len(region_names) + i for i, (_, _, key) in enumerate(district_keys)}

    contests = []
    offices = sorted({_text(row[0]) for row in rows})
    for office in offices:
        office_rows = [row for row in rows if _text(row[0]) == office]
        by_candidate: dict[int, list] = {}
        for row in office_rows:
            entry = by_candidate.setdefault(row[8], [_text(row[3]), _text(row[4]), 0.0])
            entry[2] += 0.0 if row[5] is None else float(row[5])
        order = sorted(by_candidate, key=lambda key: (-by_candidate[key][2], by_candidate[key][0]))
        column_of = {key: i for i, key in enumerate(order)}
        candidates = tuple(
            Candidate(id=f"{key:016x}", name=by_candidate[key][0] or "(no name)", party=by_candidate[key][1]) for key in order
        )
        votes = CountTable(
            unit=np.fromiter((district_index[row[7]] for row in office_rows), np.int32, len(office_rows)),
            column=np.fromiter((column_of[row[8]] for row in office_rows), np.int32, len(office_rows)),
            value=np.fromiter((np.nan if row[5] is None else row[5] for row in office_rows), np.float64, len(office_rows)),
        )
        name = office or path.stem
        contest = Contest(id=name, name=name, candidates=candidates, units=units, votes=votes)
        by_party = _party_contest(contest) if "party" in source.columns else None
        contests += [by_party, contest] if by_party is not None else [contest]
    title = path.stem if len(offices) > 1 or not offices[0] else f"{path.stem}: {offices[0]}"
    return ResultsDataset(
        election=Election(title=title, office=offices[0] if len(offices) == 1 else ""),
        contests=tuple(contests),
        source_path=str(path),
        source_format=NAME,
    )


def _party_contest(contest: Contest) -> Contest | None:
    """The same office totalled by party, when each party has many candidates (one per district).

    A national file of constituency races has thousands of candidates, which no table or pie
    can show; by party it has a few dozen, which is how such an election is reported. Files
    whose candidates stand everywhere (a presidential race) have no need of it and get none.
    """
    parties = sorted({c.party for c in contest.candidates if c.party})
    if len(parties) < 2 or len(contest.candidates) <= 2 * len(parties):
        return None
    labels = [party_label(c) for c in contest.candidates]  # independents added up apart, not as a party
    names = sorted(set(labels))
    column_of_party = {name: i for i, name in enumerate(names)}
    party_of = np.array([column_of_party[label] for label in labels], dtype=np.int64)
    votes = contest.votes
    key = votes.unit.astype(np.int64) * len(names) + party_of[votes.column]
    groups, which = np.unique(key, return_inverse=True)
    present = ~np.isnan(votes.value)
    sums = np.bincount(which[present], weights=votes.value[present], minlength=len(groups))
    reported = np.bincount(which[present], minlength=len(groups)) > 0
    totals = np.bincount(party_of[votes.column[present]], weights=votes.value[present], minlength=len(names))
    order = np.argsort(-totals, kind="stable")
    new_column = np.empty(len(names), dtype=np.int32)
    new_column[order] = np.arange(len(names))
    candidates = tuple(
        Candidate(
            id=f"party:{names[i]}",
            name=names[i],
            description="candidates without a party, added together: not a party" if names[i] == NO_PARTY_TOTAL
            else "all of the party's candidates together",
            colour=NO_PARTY_COLOUR if names[i] == NO_PARTY_TOTAL else "",
        )
        for i in order
    )
    return Contest(
        id=contest.id + BY_PARTY,
        name=contest.name + BY_PARTY,
        candidates=candidates,
        units=contest.units,
        votes=CountTable(
            unit=(groups // len(names)).astype(np.int32),
            column=new_column[groups % len(names)],
            value=np.where(reported, sums, np.nan),
        ),
        totals_of=contest,
    )


def _keys(ids) -> np.ndarray:
    return np.array([int(unit_id, 16) for unit_id in ids], dtype=np.uint64)


def _lookup(sorted_keys: np.ndarray, positions: np.ndarray, wanted: np.ndarray, path: Path) -> np.ndarray:
    """Index of each wanted key; a key the first pass never saw means the file changed under us."""
    at = np.searchsorted(sorted_keys, wanted)
    at[at == len(sorted_keys)] = 0
    if len(wanted) and not np.array_equal(sorted_keys[at], wanted):
        raise LoadError(path, "the file changed while it was being read; open it again")
    return positions[at]


def load_precincts(path: str | Path, dataset: ResultsDataset, job: LoadJob | None = None) -> dict[str, PrecinctTable]:
    """Every precinct's votes for each contest of ``dataset`` (which :func:`load` made from this file).

    Keyed by contest id; a by-party contest has no table of its own (its office's table has
    each candidate's party).
    """
    from electview.formats import cache

    path = Path(path)
    stamp = _stamp(path)
    contests = _candidate_contests(dataset)

    def tables_from(stored: dict[str, np.ndarray]) -> dict[str, PrecinctTable]:
        if set(stored) != {name for i in range(len(contests)) for name in _entry_names(i)}:
            raise ValueError("the entry is for other contests")
        return {contest.id: _table_from_arrays(stored, i, len(contest.candidates)) for i, contest in enumerate(contests)}

    tables = _cached(stamp, "precincts", tables_from)
    if tables is not None:
        if job is not None:
            job.stage_done()
        return tables
    hashing = cache.BackgroundHash(stamp) if cache.enabled() else None
    heads, counts = _precinct_arrays(path, job)
    tables = _precinct_tables(path, dataset, heads, counts)
    for contest in contests:
        # Worked out here, once, so the cache keeps them too: opening the browser from the cache
        # then only reads (the leader and margin columns and their orders took seconds each time).
        PrecinctOrders(tables[contest.id], contest).prepare(TABLE_KINDS)
    if hashing is not None:
        arrays: dict[str, np.ndarray] = {}
        for i, contest in enumerate(contests):
            arrays |= _table_to_arrays(tables[contest.id], i)
        cache.write(stamp, "precincts", arrays, hashing.result())
    return tables


_TABLE_ARRAYS = ("names", "long_rows", "long_text", "long_ends", "district", "offsets", "column", "value", "registered")


def _entry_names(number: int) -> list[str]:
    """The arrays a cache entry holds for contest ``number``: the table's, then what was derived from it."""
    return [f"c{number}_{name}" for name in (*_TABLE_ARRAYS, *DERIVED_NAMES, *ORDER_NAMES)]


def _table_to_arrays(table: PrecinctTable, number: int) -> dict[str, np.ndarray]:
    names, long_rows, long_text, long_ends = _names_for_storage(table.names)
    own = {
        "names": names,
        "long_rows": long_rows,
        "long_text": long_text,
        "long_ends": long_ends,
        "district": table.district,
        "offsets": table.offsets,
        "column": table.column,
        "value": table.value,
        "registered": table.registered,
    }
    return {f"c{number}_{name}": array for name, array in (own | table.derived()).items()}


#: Names are stored fixed-width (.npz keeps them without pickling) up to this many characters; longer
#: ones go apart, whole, as UTF-8: one 2,000-character station name among a million made every name
#: 2,000 characters wide, an 8 GB array.
STORED_NAME_CHARS = 200


def _names_for_storage(names: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The names fixed-width (cut at STORED_NAME_CHARS), and the rows, UTF-8 bytes and byte ends of those cut."""
    lengths = np.strings.str_len(names) if len(names) else np.zeros(0, dtype=np.int64)
    width = int(min(lengths.max(), STORED_NAME_CHARS)) if len(names) else 1
    long_rows = np.flatnonzero(lengths > STORED_NAME_CHARS).astype(np.int64)
    encoded = [str(names[row]).encode("utf-8") for row in long_rows.tolist()]
    long_text = np.frombuffer(b"".join(encoded), dtype=np.uint8).copy()
    long_ends = np.cumsum([len(part) for part in encoded], dtype=np.int64)
    return names.astype(f"U{max(width, 1)}"), long_rows, long_text, long_ends


def _names_from_storage(names: np.ndarray, long_rows: np.ndarray, long_text: np.ndarray, long_ends: np.ndarray) -> np.ndarray:
    """The names as stored, the long ones made whole again (then variable-width, as when read from the file)."""
    if not len(long_rows):
        return names
    whole = names.astype(np.dtypes.StringDType())
    text = long_text.tobytes()
    starts = np.r_[0, long_ends[:-1]]
    for row, start, end in zip(long_rows.tolist(), starts.tolist(), long_ends.tolist(), strict=True):
        whole[row] = text[start:end].decode("utf-8", "replace")
    return whole


def _table_from_arrays(arrays: dict[str, np.ndarray], number: int, candidates: int) -> PrecinctTable:
    def part(name: str) -> np.ndarray:
        return arrays[f"c{number}_{name}"]

    stored = [part(name) for name in ("long_rows", "long_text", "long_ends")]
    table = PrecinctTable(
        # Fixed-width as stored (as wide as the longest name up to STORED_NAME_CHARS): making a million
        # of them numpy strings again took 0.2 s of every open, and nothing here needs them variable-width.
        _names_from_storage(part("names"), *stored),
        part("district"),
        part("offsets"),
        part("column"),
        part("value"),
        part("registered"),
        candidates,
    )
    table.restore({name: part(name) for name in (*DERIVED_NAMES, *ORDER_NAMES)})
    return table


def _precinct_arrays(path: Path, job: LoadJob | None) -> tuple[dict, dict]:
    """Precinct heads (district key, name, registered, row count) and their rows (candidate key, votes)."""
    source = _Source(path)
    col = source.column
    registered = f"any_value({col('registered')})" if "registered" in source.columns else "NULL::BIGINT"
    connection = source.run(
        "CREATE TEMP TABLE precincts AS SELECT hash(region, district) AS district_key, "
        "coalesce(precinct, '') AS name, reg, candidate_keys, votes FROM ("
        f"SELECT {col('region')} AS region, {col('district')} AS district, {col('precinct')} AS precinct, "
        f"{registered} AS reg, list(hash({col('office')}, {col('candidate')}, {col('party')})) AS candidate_keys, "
        # Ordered by the three keys alone: ORDER BY ALL also compared the list columns, 10-30 % of the pass.
        f"list({col('votes')}) AS votes FROM {source.table} GROUP BY ALL ORDER BY region, district, precinct)",
        job,
        DETAIL_STAGES[0],
    )
    try:
        if job is not None:
            job.stage_done()
            job.attach(connection, DETAIL_STAGES[1])
        _check_job(job, path)
        heads = connection.execute(
            "SELECT district_key, name, coalesce(reg::DOUBLE, 'NaN'::DOUBLE) AS reg, len(votes) AS n FROM precincts"
        ).fetchnumpy()
        _check_job(job, path)
        counts = connection.execute(
            "SELECT unnest(candidate_keys) AS k, coalesce(unnest(votes)::DOUBLE, 'NaN'::DOUBLE) AS v FROM precincts"
        ).fetchnumpy()
    except Exception as error:
        import duckdb

        if isinstance(error, duckdb.InterruptException):
            raise LoadCancelled(path) from None
        if isinstance(error, duckdb.Error):
            raise _load_error(path, error, source.literal) from None
        raise
    finally:
        connection.close()
    if job is not None:
        job.stage_done()
    return heads, counts


def _candidate_contests(dataset: ResultsDataset) -> list[Contest]:
    """The contests whose candidates are the file's own (not the by-party totals)."""
    return [c for c in dataset.contests if not c.id.endswith(BY_PARTY)]


def _precinct_tables(path: Path, dataset: ResultsDataset, heads: dict, counts: dict) -> dict[str, PrecinctTable]:
    contests = _candidate_contests(dataset)
    units = contests[0].units
    district_units = np.flatnonzero(units.kinds == "district")
    district_keys = _keys(units.ids[district_units])
    by_key = np.argsort(district_keys)
    precinct_district = _lookup(district_keys[by_key], district_units[by_key], heads["district_key"], path)
    names = np.asarray(heads["name"], dtype=np.dtypes.StringDType())
    registered = np.asarray(heads["reg"], dtype=np.float64)
    lengths = np.asarray(heads["n"], dtype=np.int64)
    row_keys = np.asarray(counts["k"], dtype=np.uint64)
    values = np.asarray(counts["v"], dtype=np.float64)

    # Candidates of every contest in one lookup: contest number and column within the contest.
    all_keys = np.concatenate([_keys([c.id for c in contest.candidates]) for contest in contests])
    owner = np.concatenate([np.full(len(c.candidates), i, np.int32) for i, c in enumerate(contests)])
    within = np.concatenate([np.arange(len(c.candidates), dtype=np.int32) for c in contests])
    by_key = np.argsort(all_keys)
    flat = _lookup(all_keys[by_key], np.arange(len(all_keys))[by_key], row_keys, path)

    tables = {}
    if len(contests) == 1:
        contest = contests[0]
        offsets = np.concatenate([[0], np.cumsum(lengths)])
        tables[contest.id] = PrecinctTable(names, precinct_district, offsets, within[flat], values, registered, len(contest.candidates))
        return tables
    row_precinct = np.repeat(np.arange(len(names)), lengths)
    for number, contest in enumerate(contests):
        rows = owner[flat] == number
        precincts, per_precinct = np.unique(row_precinct[rows], return_counts=True)
        offsets = np.concatenate([[0], np.cumsum(per_precinct)])
        tables[contest.id] = PrecinctTable(
            names[precincts],
            precinct_district[precincts],
            offsets,
            within[flat[rows]],
            values[rows],
            registered[precincts],
            len(contest.candidates),
        )
    return tables
