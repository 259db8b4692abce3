"""Clarity / Scytl election-night reporting ``summary.csv``: one row per choice, contest-wide figures repeated.

Over and under votes repeat on every row of a contest, so they are taken once. The
registered-voter, ballots-cast and areas-reporting columns read 0 even in final files, so a
0 there means "not given" rather than zero.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from electview.core.errors import LoadError
from electview.core.messages import Message
from electview.core.model import Election, ResultsDataset, Source, UnitTable
from electview.formats import _tabular
from electview.formats._builder import ContestBuilder, unique_contest_names
from electview.formats.clarity_xml import meaningful_party

NAME = "Clarity election night results (summary.csv)"
PATTERNS = ("summary.csv", "*.csv")
REQUIRED = ("contest name", "choice name", "total votes")
MAX_SEATS_DIGITS = 6
_VOTE_FOR = re.compile(r"\s*\(vote for (\d+)\)\s*$", re.IGNORECASE)


def sniff(head: bytes) -> bool:
    header = _tabular.first_row(head)
    return "line number" in header and all(name in header for name in REQUIRED)


def load(path: str | Path) -> ResultsDataset:
    """Read a Clarity summary.csv."""
    table = _tabular.read_table(path, header_row=0)
    columns = {_tabular.normalise_header(name): i for i, name in enumerate(table.header)}
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise LoadError(path, f"missing column(s): {', '.join(missing)}", f"line {table.header_line}")

    def numbers(name: str, whole: bool = True):
        if name not in columns:
            return None
        values, bad = _tabular.parse_numbers(table.column(columns[name]), whole)
        if bad:
            raise LoadError(path, f"{name}: {table.rows[bad[0]][columns[name]]!r} is not a number", table.place(bad[0]))
        return values

    votes = numbers("total votes")
    shares = numbers("percent of votes", whole=False)
    over, under = numbers("over votes"), numbers("under votes")
    areas_total, areas_reporting = numbers("num area total"), numbers("num area rptg")
    units = UnitTable.single("All areas", kind="")
    builders: dict[str, ContestBuilder] = {}
    party_column = columns.get("party name")
    needed = max(columns["contest name"], columns["choice name"]) + 1
    for row_index, row in enumerate(table.rows):
        if len(row) < needed:  # a cut-off line (a torn download, a hand edit)
            raise LoadError(path, f"the line has {len(row)} fields, too few for the header's columns", table.place(row_index))
        contest_text = row[columns["contest name"]].strip()
        builder = builders.get(contest_text)
        if builder is None:
            match = _VOTE_FOR.search(contest_text)
            name = _VOTE_FOR.sub("", contest_text) if match else contest_text
            seats = _seats(match.group(1), path, table.place(row_index)) if match else 1
            builder = builders[contest_text] = ContestBuilder(contest_text, name, seats)
            for kind, values in (("overvotes", over), ("undervotes", under)):
                if values is not None:
                    builder.other(0, kind, _known(values[row_index]))
            if areas_total is not None and areas_reporting is not None:
                total, reporting = areas_total[row_index], areas_reporting[row_index]
                if reporting > 0 and not math.isnan(total):  # "12 of (blank)" areas says nothing
                    builder.units_total, builder.units_reporting = int(total), int(reporting)
        choice = row[columns["choice name"]].strip()
        party = meaningful_party(row[party_column]) if party_column is not None and party_column < len(row) else ""
        column = builder.candidate(f"{choice}|{party}", choice, party)
        builder.vote(0, column, _known(votes[row_index]))
        if shares is not None:
            builder.share(0, column, _known(shares[row_index]))
    unique_contest_names(list(builders.values()), {})
    warnings: list[Message] = []
    contests = [builder.build(units, warnings) for builder in builders.values()]
    return ResultsDataset(
        election=Election(title=Path(path).stem, source=Source(authority="election night reporting (Clarity summary)")),
        contests=tuple(contests),
        source_path=str(path),
        source_format=NAME,
        import_warnings=tuple(warnings),
    )


def _seats(digits: str, path: str | Path, place: str) -> int:
    """The "(Vote For N)" number; a number of seats no ballot has is a damaged name, not a count to trust."""
    if len(digits) > MAX_SEATS_DIGITS:  # also keeps int() below Python's 4,300-digit limit
        raise LoadError(path, f"contest name: 'Vote For {digits[:12]}…' is not a number of seats", place)
    return int(digits)


def _known(value: float) -> float | None:
    return None if math.isnan(value) else float(value)

