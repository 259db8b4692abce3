"""Stage 3: what each column holds — numbers, codes, names, links — measured over the whole body, in arrays."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from electview.formats import _tabular
from electview.formats.tables import words
from electview.formats.tables.header import numeric_like

_URL = re.compile(r"^(https?://|www\.)", re.IGNORECASE)
_LEADING_ZERO = re.compile(r"^0\d")


@dataclass(frozen=True)
class Column:
    """One column of the body: its label, cells, numbers (NaN where blank) and what they look like."""

    index: int
    label: str
    cells: list[str]
    values: np.ndarray
    numeric: bool  # every filled cell is a number
    filled: int
    whole: bool  # every number is a whole number
    leading_zero: bool  # "01", "020101": a code, not a count
    url: bool
    distinct: int

    @property
    def empty(self) -> bool:
        return self.filled == 0

    @property
    def constant(self) -> bool:
        return self.distinct <= 1

    def says(self, entries: tuple[str, ...]) -> bool:
        return words.says(self.label, entries)


_DIGITS = re.compile(r"-?\d{1,15}")


def _plain_integers(cells: list[str], filled: list[str]) -> np.ndarray | None:
    """A column of bare whole numbers ("4719", "-3") read at once; None for anything else (the careful parser)."""
    if not filled or not all(_DIGITS.fullmatch(cell) for cell in filled):
        return None
    values = np.full(len(cells), np.nan)
    present = [i for i, cell in enumerate(cells) if cell and cell.upper() not in _tabular.MISSING]
    values[present] = np.array([cells[i] for i in present], dtype=np.float64)
    return values


def profile(labels: list[str], body: list[list[str]]) -> list[Column]:
    columns = []
    for index, label in enumerate(labels):
        cells = [row[index].strip() if index < len(row) else "" for row in body]
        filled = [cell for cell in cells if cell and cell.upper() not in _tabular.MISSING]
        whole_numbers = _plain_integers(cells, filled)
        if whole_numbers is not None:
            values, numeric = whole_numbers, True
        else:
            numeric = bool(filled) and all(numeric_like(cell) for cell in filled)
        if numeric and whole_numbers is None:
            values, bad = _tabular.parse_numbers(cells)
            numeric = not bad
        if not numeric:
            values = np.full(len(cells), np.nan)
        finite = values[~np.isnan(values)]
        columns.append(
            Column(
                index=index,
                label=label,
                cells=cells,
                values=values,
                numeric=numeric,
                filled=len(filled),
                whole=bool(numeric and np.all(finite == np.round(finite))),
                leading_zero=any(_LEADING_ZERO.match(cell) for cell in filled[:200]),
                url=bool(filled) and sum(bool(_URL.match(cell)) for cell in filled[:50]) > len(filled[:50]) / 2,
                distinct=len(set(filled)),
            )
        )
    return columns
