"""Results tables saved from a spreadsheet or published by a commission (CSV/TSV), read in stages (see :mod:`.tables`).

Wide (an area per row, a column per candidate), long (a row per candidate, one contest per seat
where the candidates differ), blocks repeated per candidate, headers below a preamble or over
several rows, protocol figures that are never candidates. A reading that fails the file's own
cross-checks is never shown: :class:`ColumnsNeeded` (a LoadError) then asks — the window with its
layout dialog, the command line with the ``--columns`` text that would read the file.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

from electview.core.errors import LoadError
from electview.core.messages import QT_TRANSLATE_NOOP, Message
from electview.core.model import ResultsDataset
from electview.formats import _tabular, _xml
from electview.formats.tables import build, checks, codelist, layout, option
from electview.formats.tables.grid import read_grid

NAME = build.FORMAT_NAME
PATTERNS = ("*.csv", "*.tsv", "*.txt")
PREVIEW_ROWS = 8
RAW_ROWS = 40  # rows of the file the layout dialog shows, preamble and header included
ROLES = option.ROLES
MAX_LISTED_HEADERS = 12


class ColumnsNeeded(LoadError):
    """The table couldn't be read with confidence; what was found, for the layout dialog and the command line.

    ``headers`` are the column labels, ``found`` {role: column} what electview could tell, ``preview``
    the first rows, ``checks`` the cross-checks (failed ones say why), ``suggestion`` the ``--columns``
    text of electview's best reading (to correct, not to trust), ``roles`` a role per column.
    """

    def __init__(
        self,
        path,
        headers: list[str],
        found: dict[str, int],
        preview: list[list[str]] | None = None,
        failed: list[checks.Check] | None = None,
        suggestion: str = "",
        roles: list[str] | None = None,
        raw: list[tuple[int, list[str]]] | None = None,
        header_at: tuple[int, int] = (1, 1),
    ) -> None:
        self.headers = headers
        self.raw = raw or []  # (line, cells) of the file's first rows, header and preamble included
        self.header_at = header_at  # (first line, number of rows) of the header as found
        self.found = found
        self.preview = preview or []
        self.checks = failed or []
        self.suggestion = suggestion
        self.roles = roles or []
        shown = ", ".join(f"{i + 1}: {h if len(h) <= 40 else h[:37] + '…'}" for i, h in enumerate(headers[:MAX_LISTED_HEADERS]))
        if len(headers) > MAX_LISTED_HEADERS:
            shown += f", … ({len(headers)} in all)"
        problem = next((c.detail for c in self.checks if not c.passed), "")
        if problem:
            message = f"the table doesn't add up as electview read it: {problem}; columns: {shown}; "
        else:
            message = f"can't tell which columns hold the candidates and their votes (columns: {shown}); "
        fix = f"--columns {suggestion}" if suggestion else "--columns name=COL,votes=COL"
        message += f"say how to read it with {fix} (adjust it: see README, 'Reading tables')"
        super().__init__(path, message)


def sniff(head: bytes) -> bool:
    """Any delimited text with a header and two or more columns (the catch-all, tried last)."""
    if _xml.root_name(head) or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"[")):
        return False
    text = _tabular.head_text(head)
    if "\x00" in text:
        return False
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    if len(lines) > 2:
        lines = lines[:-1]  # the last line may be cut short
    delimiter = _tabular.sniff_delimiter("\n".join(lines))
    widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
    return len(lines) >= 2 and sum(width >= 2 for width in widths) >= 2


def parse_columns_option(text: str, headers: list[str], path: str | Path = "") -> dict[str, list[int]]:
    """``ROLE=COLUMN`` items checked against ``headers`` ({role: columns}); every column must exist."""
    chosen: dict[str, list[int]] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        role, _, value = part.partition("=")
        role = role.strip().casefold()
        if role not in ROLES or not value.strip():
            raise LoadError(path, f"--columns: expected ROLE=COLUMN with ROLE one of {', '.join(ROLES)}, got {part!r}")
        if role in ("header", "block"):
            continue
        chosen[role] = [option.column_index(v.partition("..")[0], headers, str(path)) for v in value.replace(">", "+").split("+")]
    return chosen


def load(path: str | Path, columns: str | None = None) -> ResultsDataset:
    """Read a table; ``columns`` (``--columns`` text) says how instead of working it out."""
    path = Path(path)
    grid = read_grid(path)
    if columns:
        table, reading = option.parse(columns, grid)
    else:
        table = layout.read_table(grid)
        reading = layout.infer(table)
    reading, held = checks.reconcile(table, reading)
    if not _usable(reading) or not checks.passed(held):
        if columns:
            failed = next((c for c in held if not c.passed), None)
            raise LoadError(path, f"--columns {columns}: {failed.detail if failed else 'no candidates and votes in those columns'}")
        _refuse_broken_votes(table)
        raise _needed(table, reading, held)
    names: dict[int, str] = {}
    if reading.layout == "wide":
        names, source = codelist.names_beside(table, reading)
        if names:
            voted = set(names)
            reading = _only(reading, voted)
            reading = replace(reading, notes=reading.notes + (Message(QT_TRANSLATE_NOOP("import", "candidate names from {source}"), source=source),))
    return build.build(table, reading, held, names)


def _only(reading: layout.Reading, columns: set[int]) -> layout.Reading:
    """The wide reading with only ``columns`` as candidates (numbered columns nobody stood in are left out)."""
    keep = [i for i, c in enumerate(reading.candidates) if c in columns]
    return replace(
        reading,
        candidates=tuple(reading.candidates[i] for i in keep),
        candidate_names=tuple(reading.candidate_names[i] for i in keep),
        contests_of=tuple(reading.contests_of[i] for i in keep),
    )


def _usable(reading: layout.Reading) -> bool:
    if reading.layout == "wide":
        return len(reading.candidates) >= 2
    if reading.layout == "blocks":
        return True
    return bool(reading.name) and (reading.votes is not None or bool(reading.modes) or reading.share is not None)


def _refuse_broken_votes(table: layout.Table) -> None:
    """A votes column that is numbers but for a few cells is a damaged file, not a question of layout: name the cell."""
    from electview.formats.tables import words
    from electview.formats.tables.header import numeric_like

    for column in table.columns:
        if column.numeric or not words.says(column.label, words.VOTES):
            continue
        filled = [row for row, cell in enumerate(column.cells) if cell and cell.upper() not in _tabular.MISSING]
        bad = [row for row in filled if not numeric_like(column.cells[row])]
        if filled and 0 < len(bad) <= len(filled) / 2:
            row = bad[0]
            raise LoadError(table.grid.path, f"votes column {column.label!r}: {column.cells[row]!r} is not a number", f"line {table.line(row)}")


def _needed(table: layout.Table, reading: layout.Reading, held: list[checks.Check]) -> ColumnsNeeded:
    found: dict[str, int] = {}
    if reading.layout == "long":
        if reading.name:
            found["name"] = reading.name[0]
        for role in ("party", "votes", "share"):
            if getattr(reading, role) is not None:
                found[role] = getattr(reading, role)
        if reading.contest:
            found["contest"] = reading.contest[0]
    roles = [layout.role_of(column) for column in table.columns]
    said = [i for i in reading.areas if roles[i] in ("area", "constituency")]
    if said:
        found["region"] = said[-1]
    suggestion = option.describe(table, reading) if _usable(reading) else ""
    header = table.header
    raw = list(zip(table.grid.lines[:RAW_ROWS], table.grid.rows[:RAW_ROWS], strict=True))
    return ColumnsNeeded(
        table.grid.path, table.labels, found, table.body[:PREVIEW_ROWS], held, suggestion, roles, raw, (header.first_line, len(header.rows))
    )
