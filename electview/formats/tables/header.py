"""Stage 2: where the header is — below a preamble, over one to four rows — and which columns repeat as blocks.

A header that spans rows names a group once ("Wahlberechtigte" over four columns) and the rows
below split it ("Erststimmen" / "Zweitstimmen", then "Endgültig" / "Vorperiode"); each column's
label is the path down those rows. A block is a run of columns repeated across the row — one per
candidate — labelled every time or only the first time (the rest of the header left empty).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from electview.formats.tables.grid import Grid

MAX_HEADER_ROWS = 4
_NUMBER = re.compile(r"^[+-]?[\d\s\u00a0\u202f.,']+%?$")


@dataclass(frozen=True)
class Header:
    """The header rows, each column's label path, and where the body starts."""

    preamble: list[list[str]]
    rows: list[list[str]]
    labels: list[tuple[str, ...]]
    body_start: int  # index into Grid.rows
    first_line: int  # the header's first line in the file

    @property
    def texts(self) -> list[str]:
        """One label per column, the rows joined with " · "."""
        return [" · ".join(parts) for parts in self.labels]


@dataclass(frozen=True)
class Blocks:
    """``count`` blocks of ``width`` columns from column ``start``; ``labels`` name the columns of one block."""

    start: int
    width: int
    count: int
    labels: tuple[str, ...]

    def columns(self, offset: int) -> list[int]:
        return [self.start + block * self.width + offset for block in range(self.count)]


def numeric_like(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and bool(_NUMBER.match(stripped)) and any(ch.isdigit() for ch in stripped)


def find_header(grid: Grid, first_line: int | None = None, row_count: int | None = None) -> Header:
    """The header at ``first_line`` (1-based file line) over ``row_count`` rows, else found from the content."""
    widths = Counter(len(row) for row in grid.rows)
    common = widths.most_common(1)[0][0]
    if first_line is not None:
        start = next((i for i, line in enumerate(grid.lines) if line >= first_line), len(grid.rows) - 1)
    else:
        start = _first_header_row(grid.rows, common)
    count = row_count if row_count is not None else _header_row_count(grid.rows, start)
    count = max(1, min(count, len(grid.rows) - start))
    rows = [row + [""] * (grid.width - len(row)) for row in grid.rows[start : start + count]]
    labels = _labels(rows)
    return Header(grid.rows[:start], rows, labels, start + count, grid.lines[start])


def _first_header_row(rows: list[list[str]], width: int) -> int:
    """The first row as wide as most rows whose filled cells are mostly text (a title line is narrower)."""
    for index, row in enumerate(rows[:100]):
        cells = [c for c in row if c.strip()]
        if len(row) >= width * 0.9 and cells and sum(not numeric_like(c) for c in cells) >= max(1, len(cells) * 0.6):
            return index
    return 0


def _header_row_count(rows: list[list[str]], start: int) -> int:
    """Rows below the first header row that are header too: no numbers, and the first row leaves spans to split."""
    first = rows[start]
    if not any(not cell.strip() for cell in first[1:]):
        return 1
    count = 1
    while count < MAX_HEADER_ROWS and start + count < len(rows):
        row = rows[start + count]
        filled = [cell for cell in row if cell.strip()]
        if not filled or any(numeric_like(cell) for cell in filled):
            break
        count += 1
    # A lone text row under the header (a data row of names) would need another header row under it.
    return count if count == 1 or start + count < len(rows) else 1


def _labels(rows: list[list[str]]) -> list[tuple[str, ...]]:
    """Each column's label path; an upper row's label spans the empty cells to its right."""
    width = len(rows[0])
    filled: list[list[str]] = []
    for level, row in enumerate(rows):
        cells = [cell.strip() for cell in row]
        if level < len(rows) - 1:
            current = ""
            for column in range(width):
                if cells[column]:
                    current = cells[column]
                elif current and _spans_below(rows, level, column):
                    cells[column] = current
        filled.append(cells)
    return [tuple(part for part in (filled[level][column] for level in range(len(rows))) if part) for column in range(width)]


def _spans_below(rows: list[list[str]], level: int, column: int) -> bool:
    """An empty upper cell continues the label to its left only where the rows below say something."""
    return any(rows[lower][column].strip() for lower in range(level + 1, len(rows)))


def find_blocks(labels: list[tuple[str, ...]], body: list[list[str]]) -> Blocks | None:
    """Repeated column groups: the same labels over and over, or one labelled group followed by empty labels."""
    texts = [" · ".join(parts) for parts in labels]
    width = len(texts)
    best: Blocks | None = None
    for size in range(2, 13):
        for start in range(0, width - 2 * size + 1):
            unit = texts[start : start + size]
            if not all(unit) or len(set(unit)) < size:
                continue
            count = 1
            while texts[start + count * size : start + (count + 1) * size] == unit:
                count += 1
            if count >= 2 and (best is None or count * size > best.count * best.width):
                best = Blocks(start, size, count, tuple(unit))
        if best is not None:
            break
    if best is not None:
        return best
    return _unlabelled_blocks(texts, body)


def _unlabelled_blocks(texts: list[str], body: list[list[str]]) -> Blocks | None:
    """One labelled group, then only empty labels whose cells repeat its pattern of text and numbers."""
    last = max((i for i, text in enumerate(texts) if text), default=-1)
    trailing = len(texts) - last - 1
    if trailing < 2 or not body:
        return None
    sample = body[: min(len(body), 20)]
    for size in range(2, 13):
        start = last + 1 - size
        if start < 1 or trailing % size or not all(texts[start : last + 1]):
            continue
        count = 1 + trailing // size
        if all(_same_kinds(row, start, size, count) for row in sample):
            return Blocks(start, size, count, tuple(texts[start : last + 1]))
    return None


def _same_kinds(row: list[str], start: int, size: int, count: int) -> bool:
    def kinds(block: int) -> tuple[bool, ...]:
        cells = row[start + block * size : start + (block + 1) * size]
        return tuple(numeric_like(cell) for cell in cells + [""] * (size - len(cells)))

    first = kinds(0)
    return all(kinds(block) == first or not any(cell.strip() for cell in row[start + block * size : start + (block + 1) * size]) for block in range(1, count))
