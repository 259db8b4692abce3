"""Results tables saved from a spreadsheet (CSV/TSV), whatever the language, encoding or number style.

Columns are recognised by their header in English, Russian, Kazakh, Dutch, Spanish, French or
German; when they can't be, :class:`ColumnsNeeded` (a LoadError) lists the headers so the
window can ask with its column-mapping dialog and the command line can take
``--columns name=COL,party=COL,votes=COL``. Long tables (a row per candidate, optionally per
place and contest) and wide ones (a row per place, a column per candidate) are both read.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from electview.core.errors import LoadError
from electview.core.model import Election, ResultsDataset, Source
from electview.formats import _tabular, _xml
from electview.formats._longform import LongForm, fold, turnout_role

NAME = "Spreadsheet table (CSV/TSV)"
PATTERNS = ("*.csv", "*.tsv", "*.txt")
PREVIEW_ROWS = 8
ROLES = ("name", "party", "votes", "share", "region", "contest")
# Header words per role, case-folded; a header matches when it equals one or starts with one.
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "name": (
        "candidate", "candidate name", "name", "choice", "option", "list", "кандидат", "фио", "фио кандидата",
        "ф.и.о.", "кандидаты", "үміткер", "кандидаттар", "kandidaat", "naam", "kandidaat naam", "candidato",
        "candidata", "nombre", "candidat", "nom", "nom du candidat", "liste", "kandidat", "bewerber",
    ),
    "party": (
        "party", "affiliation", "nominated by", "партия", "политическая партия", "выдвинут", "субъект выдвижения",
        "кем выдвинут", "партиясы", "ұсынған", "partij", "lijst", "partido", "agrupación", "parti", "nuance",
        "étiquette", "partei",
    ),
    "votes": (
        "votes", "vote", "vote count", "number of votes", "total votes", "count", "голоса", "голосов",
        "число голосов", "количество голосов", "голосов избирателей", "дауыс", "дауыстар", "дауыс саны",
        "дауыстар саны", "stemmen", "aantal stemmen", "votos", "número de votos", "voix", "nombre de voix",
        "suffrages", "stimmen", "anzahl",
    ),
    "share": (
        "%", "share", "percent", "percentage", "pct", "vote share", "процент", "доля", "% голосов", "пайыз",
        "үлесі", "percentage stemmen", "porcentaje", "% votos", "pourcentage", "% exprimés", "% voix/exp",
        "% des exprimés", "anteil", "prozent",
    ),
    "region": (
        "region", "area", "place", "district", "county", "province", "state", "precinct", "unit", "регион",
        "субъект", "субъект рф", "область", "округ", "район", "участок", "тик", "облыс", "аймақ", "өңір",
        "аудан", "gemeente", "provincie", "stembureau", "regio", "kieskring", "región", "provincia", "municipio",
        "comunidad", "mesa", "circunscripción", "département", "commune", "circonscription", "bureau",
        "gemeinde", "wahlkreis", "land",
    ),
    "contest": ("contest", "race", "office", "election", "выборы", "должность", "сайлау", "verkiezing", "elección", "cargo", "élection", "scrutin", "wahl"),
}


class ColumnsNeeded(LoadError):
    """The columns couldn't be worked out; ``headers`` are the file's column names to choose from."""

    def __init__(self, path, headers: list[str], found: dict[str, int], preview: list[list[str]] | None = None) -> None:
        self.headers = headers
        self.found = found
        self.preview = preview or []  # the first rows, for the window's column-mapping dialog
        shown = ", ".join(repr(h if len(h) <= 40 else h[:37] + "…") for h in headers[:12])
        if len(headers) > 12:
            shown += f", … ({len(headers)} in all)"
        super().__init__(
            path,
            f"can't tell which column holds the candidates' names and votes (columns: {shown}); "
            "choose them with --columns name=COL,votes=COL[,party=COL,share=COL,region=COL,contest=COL]",
        )


@dataclass(frozen=True)
class Mapping:
    """Column index per role (None: not in the file)."""

    name: int | None = None
    party: int | None = None
    votes: int | None = None
    share: int | None = None
    region: int | None = None
    contest: int | None = None

    @property
    def complete(self) -> bool:
        return self.name is not None and (self.votes is not None or self.share is not None)


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


def match_role(header: str) -> str | None:
    """The role a header names, if any."""
    folded = _tabular.normalise_header(header)
    folded = re.sub(r"\s*\(.*?\)\s*$", "", folded) or folded  # "votes (total)" → "votes"
    for role in ("share", "votes", "party", "name", "region", "contest"):
        words = HEADER_WORDS[role]
        if folded in words:
            return role
    if "%" in folded:
        return "share"
    for role in ("votes", "party", "name", "region", "contest"):
        if any(folded.startswith(word + " ") for word in HEADER_WORDS[role] if len(word) > 2):
            return role
    return None


def guess_mapping(headers: list[str]) -> Mapping:
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        role = match_role(header)
        if role and role not in found:
            found[role] = index
    if "name" not in found and "party" in found:
        found["name"] = found.pop("party")  # a party-list table: the parties are the choices
    return Mapping(**found)


def parse_columns_option(text: str, headers: list[str], path: str | Path = "") -> Mapping:
    """``name=Candidate,votes=Total`` (header names, or 1-based column numbers) → Mapping."""
    chosen: dict[str, int] = {}
    folded = [_tabular.normalise_header(h) for h in headers]
    for part in filter(None, (p.strip() for p in text.split(","))):
        role, _, column = part.partition("=")
        role = role.strip().casefold()
        if role not in ROLES or not column.strip():
            raise LoadError(path, f"--columns: expected ROLE=COLUMN with ROLE one of {', '.join(ROLES)}, got {part!r}")
        column = column.strip()
        if _tabular.normalise_header(column) in folded:
            chosen[role] = folded.index(_tabular.normalise_header(column))
        elif _column_number(column, len(headers)):
            chosen[role] = int(column) - 1
        else:
            raise LoadError(path, f"--columns: no column {column!r} (columns: {', '.join(headers)})")
    return Mapping(**chosen)


def _column_number(text: str, count: int) -> bool:
    """Whether ``text`` numbers one of ``count`` columns ("²" is a digit to str.isdigit, and int() refuses 5,000 digits)."""
    return text.isascii() and text.isdigit() and len(text) <= 9 and 1 <= int(text) <= count


def load(path: str | Path, columns: str | Mapping | None = None) -> ResultsDataset:
    """Read a spreadsheet export; ``columns`` overrides the guessed column roles."""
    path = Path(path)
    table = _tabular.read_table(path)
    if isinstance(columns, str):
        mapping = parse_columns_option(columns, table.header, path)
    elif isinstance(columns, Mapping):
        mapping = columns
    else:
        mapping = guess_mapping(table.header)
    if not mapping.complete and columns is None:
        wide = _wide_candidates(table, mapping)
        if wide:
            return _read_wide(table, mapping, wide)
    if not mapping.complete:
        found = {k: v for k, v in mapping.__dict__.items() if v is not None}
        raise ColumnsNeeded(path, table.header, found, table.rows[:PREVIEW_ROWS])
    return _read_long(table, mapping)


def _numbers(table: _tabular.Table, column: int, whole: bool, what: str) -> np.ndarray:
    values, bad = _tabular.parse_numbers(table.column(column), whole)
    if bad:
        cell = table.rows[bad[0]][column] if column < len(table.rows[bad[0]]) else ""
        raise LoadError(table.path, f"{what} column {table.header[column]!r}: {cell!r} is not a number", table.place(bad[0]))
    return values


def _title(table: _tabular.Table) -> str:
    for row in table.preamble:
        cells = [c.strip() for c in row if c.strip()]
        if cells:
            return cells[0]
    return Path(table.path).stem


def _election(table: _tabular.Table) -> Election:
    return Election(title=_title(table), source=Source(authority=""))


def _read_long(table: _tabular.Table, mapping: Mapping) -> ResultsDataset:
    data = LongForm("All", "")
    votes = _numbers(table, mapping.votes, True, "votes") if mapping.votes is not None else None
    shares = _numbers(table, mapping.share, False, "share") if mapping.share is not None else None
    shares_seen: dict[tuple[str, int, int], float] = {}
    for row_index, row in enumerate(table.rows):
        cell = lambda column, row=row: row[column].strip() if column is not None and column < len(row) else ""  # noqa: E731
        name = cell(mapping.name)
        unit = data.unit([("region", cell(mapping.region))])
        value = None if votes is None or np.isnan(votes[row_index]) else float(votes[row_index])
        role = turnout_role(name)
        if role:
            data.turnout(unit, role, value)
            continue
        contest_name = cell(mapping.contest) or _title(table)
        contest = data.contest(fold(contest_name), contest_name)
        column = data.add(contest, unit, name, cell(mapping.party), value)
        if shares is not None and not np.isnan(shares[row_index]) and column is not None:
            shares_seen[(contest.id, unit, column)] = float(shares[row_index])
    if votes is None:
        data.note("the table gives shares only; votes are unknown")
    for (contest_id, unit, column), share in shares_seen.items():
        data.contests[contest_id].share(unit, column, share)
    return data.dataset(_election(table), table.path, NAME, None)


def _wide_candidates(table: _tabular.Table, mapping: Mapping) -> list[int]:
    """Columns holding counts per candidate in a place-per-row table: numeric, not a known role."""
    if not table.rows:
        return []
    known = {v for v in mapping.__dict__.values() if v is not None}
    numeric = []
    for column, header in enumerate(table.header):
        if column in known or not header.strip():
            continue
        values, bad = _tabular.parse_numbers(table.column(column))
        if not bad and not np.isnan(values).all():
            numeric.append(column)
    text_columns = [c for c in range(len(table.header)) if c not in numeric]
    return numeric if len(numeric) >= 2 and text_columns else []


def _read_wide(table: _tabular.Table, mapping: Mapping, candidate_columns: list[int]) -> ResultsDataset:
    region = mapping.region
    if region is None:
        region = next(c for c in range(len(table.header)) if c not in candidate_columns)
    data = LongForm("All", "")
    contest = data.contest("results", _title(table))
    for column in candidate_columns:
        header = table.header[column].strip()
        values = _numbers(table, column, True, "votes")
        for row_index, row in enumerate(table.rows):
            unit = data.unit([("region", row[region] if region < len(row) else "")])
            value = None if np.isnan(values[row_index]) else float(values[row_index])
            role = turnout_role(header)
            if role:
                data.turnout(unit, role, value)
            else:
                data.add(contest, unit, header, "", value)
    return data.dataset(_election(table), table.path, NAME, None)
