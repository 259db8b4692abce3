"""Names for numbered candidate columns from a code list beside the file (a results file that says "votes 07", not "Zeman")."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from electview.core.errors import LoadError
from electview.formats.tables.grid import read_grid
from electview.formats.tables.layout import Reading, Table, column_number, read_table, role_of

MAX_CODE_LIST_BYTES = 2 * 1024 * 1024
SUFFIXES = {".csv", ".tsv", ".txt"}


def names_beside(table: Table, reading: Reading) -> tuple[dict[int, str], str]:
    """{candidate column: name} from a small table in the same folder whose numbers cover the voted columns, and its file name."""
    numbers = {}
    for column in reading.candidates:
        number = column_number(table.columns[column].label)
        if number is not None and np.nansum(table.columns[column].values) > 0:
            numbers[column] = number
    if not numbers:
        return {}, ""
    here = Path(table.grid.path)
    try:
        siblings = sorted(p for p in here.parent.iterdir() if p != here and p.suffix.lower() in SUFFIXES and p.is_file())
    except OSError:
        return {}, ""
    for sibling in siblings:
        try:
            if sibling.stat().st_size > MAX_CODE_LIST_BYTES:
                continue
            names = _names_in(sibling, set(numbers.values()))
        except (LoadError, OSError, ValueError):
            continue
        if names:
            return {column: f"{number} {names[number]}" for column, number in numbers.items() if number in names}, sibling.name
    return {}, ""


def _names_in(path: Path, wanted: set[int]) -> dict[int, str]:
    table = read_table(read_grid(path))
    roles = [role_of(column) for column in table.columns]
    given = next((c for c, r in zip(table.columns, roles, strict=True) if r == "first name"), None)
    surname = next((c for c, r in zip(table.columns, roles, strict=True) if r == "surname"), None)
    named = next((c for c, r in zip(table.columns, roles, strict=True) if r in ("name", "party")), None)
    parts = [c for c in (given, surname) if c is not None] or ([named] if named is not None else [])
    if not parts:
        return {}
    for column in table.columns:
        if not column.numeric or not column.whole or column.distinct != column.filled:
            continue
        numbers = {int(v) for v in column.values[~np.isnan(column.values)]}
        if wanted <= numbers and len(numbers) <= 4 * len(wanted):
            return {
                int(column.values[row]): " ".join(p.cells[row] for p in parts if p.cells[row])
                for row in range(len(table.body))
                if not np.isnan(column.values[row])
            }
    return {}
