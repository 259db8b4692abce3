"""Stage 1: a file's bytes as rows of cells — encoding and delimiter sniffed, blank and separator-only lines dropped."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from electview.core.errors import LoadError
from electview.formats import _tabular


@dataclass(frozen=True)
class Grid:
    """Every non-blank row of a delimited file, with the line each starts on."""

    path: str
    encoding: str
    delimiter: str
    rows: list[list[str]]
    lines: list[int]

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


def read_grid(path: str | Path) -> Grid:
    text, encoding = _tabular.read_text(path)
    return grid_from_text(text, str(path), encoding)


def grid_from_text(text: str, path: str = "", encoding: str = "utf-8") -> Grid:
    delimiter = _tabular.sniff_delimiter(text)
    all_rows, all_lines = _tabular.split_rows(text, delimiter, path)
    rows: list[list[str]] = []
    lines: list[int] = []
    for row, line in zip(all_rows, all_lines, strict=True):
        # Blank lines and separator-only lines (";;;;" between groups of rows) carry nothing.
        if any(cell.strip() for cell in row):
            rows.append([cell.replace("\ufeff", "") for cell in row])
            lines.append(line)
    if not rows:
        raise LoadError(path, "the file has no rows")
    return Grid(path, encoding, delimiter, rows, lines)
