"""MIT Election Data + Science Lab returns CSV: constituency (state), county and precinct files.

A contest is year × office × district × stage (× special); places run state → county →
jurisdiction → precinct. MEDSL keeps the modes each state reports, so a ``TOTAL`` row can sit
beside the mode rows it sums: per place and candidate the TOTAL is used when present,
else the modes are added. Precinct names like "Burlington Totals" or "TOTAL" are aggregates
and give way to their parts; pseudo-offices (REGISTERED VOTERS, BALLOTS CAST) are turnout.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import numpy as np

from electview.core.errors import LoadError
from electview.core.messages import QT_TRANSLATE_NOOP, Message
from electview.core.model import Contest, CountTable, Election, ResultsDataset, Source
from electview.formats import _tabular
from electview.formats._longform import LongForm, fold, turnout_role

NAME = "MEDSL election returns (CSV)"
PATTERNS = ("*.csv",)
_STAGES = {"gen": "", "general": "", "pri": "primary", "primary": "primary", "runoff": "runoff"}
_NA = {"", "na", "n/a", "statewide", "none"}


def sniff(head: bytes) -> bool:
    header = set(_tabular.first_row(head))
    if "candidatevotes" in header and {"year", "office", "candidate"} <= header:
        return True
    return {"precinct", "office", "candidate", "votes", "mode", "state_po"} <= header


def load(path: str | Path) -> ResultsDataset:
    """Read a MEDSL returns CSV."""
    path = Path(path)
    table = _tabular.read_table(path, header_row=0)
    columns = {_tabular.normalise_header(name): i for i, name in enumerate(table.header)}
    votes_name = "candidatevotes" if "candidatevotes" in columns else "votes"
    for needed in ("office", "candidate", votes_name):
        if needed not in columns:
            raise LoadError(path, f"missing column {needed!r}", f"line {table.header_line}")

    def cells(name: str) -> list[str]:
        return table.column(columns[name]) if name in columns else [""] * len(table.rows)

    values, bad = _tabular.parse_numbers(table.column(columns[votes_name]))
    if bad:
        raise LoadError(path, f"{votes_name}: {table.rows[bad[0]][columns[votes_name]]!r} is not a number", table.place(bad[0]))
    year, office, district = cells("year"), cells("office"), cells("district")
    stage, special, mode = cells("stage"), cells("special"), cells("mode")
    candidate, writein = cells("candidate"), cells("writein")
    party = cells("party_detailed") if "party_detailed" in columns else cells("party")
    state = cells("state")
    county = cells("county_name") if "county_name" in columns else cells("county")
    jurisdiction, precinct = cells("jurisdiction_name"), cells("precinct")
    years = sorted({y for y in year if y.strip()})
    states = sorted({s.strip() for s in state if s.strip()})
    root_name = states[0].title() if len(states) == 1 else "United States"
    data = LongForm(root_name, "state" if len(states) == 1 else "country", merge_party_lines=True)
    magnitude = cells("magnitude")
    stated = _StatedTotals(cells("totalvotes"), mode) if "totalvotes" in columns else None
    for row in range(len(table.rows)):
        path_parts = [] if len(states) == 1 else [("state", state[row].title())]
        path_parts.append(("county", county[row]))
        if fold(jurisdiction[row]) != fold(county[row]):
            path_parts.append(("jurisdiction", jurisdiction[row]))
        path_parts.append(("precinct", precinct[row]))
        unit = data.unit(path_parts)
        value = None if values[row] != values[row] else float(values[row])
        role = turnout_role(office[row])
        if role:
            data.turnout(unit, role, value, mode[row])
            continue
        name, key = _contest(year[row] if len(years) > 1 else "", office[row], district[row], stage[row], special[row])
        seats_text = magnitude[row].strip()
        # isascii: "²".isdigit() is true too; the length keeps a 400-digit magnitude from int().
        seats = int(seats_text) if seats_text.isascii() and seats_text.isdigit() and len(seats_text) <= 6 else None
        contest = data.contest(key, name, seats or 1)
        label = candidate[row].replace('""', '"').strip()
        if not label and fold(writein[row]) == "true":
            label = "Write-in"
        data.add(contest, unit, label or "Other (no name given)", party[row], value, mode[row])
        if stated is not None:
            stated.add(row, key, unit, value)
    election = Election(
        title=f"{' / '.join(states) or 'US'} {'–'.join(dict.fromkeys([years[0], years[-1]])) if years else ''} returns (MEDSL)".replace("  ", " "),
        date=(cells("date")[0] if "date" in columns and table.rows else ""),
        country="United States",
        source=Source(authority="MIT Election Data and Science Lab"),
    )
    dataset = data.dataset(election, str(path), NAME)
    return dataset if stated is None else stated.checked(dataset)


UNATTRIBUTED = "not attributed to a candidate"


class _StatedTotals:
    """MEDSL's ``totalvotes`` (the contest's votes in the row's place) against the candidates' rows.

    Where the candidates add up to less, the rest is an other count ("not attributed to a
    candidate", never in the shares) and a warning gives both figures; more is only warned about.
    """

    def __init__(self, column: list[str], modes: list[str]) -> None:
        self.values, _ = _tabular.parse_numbers(column)
        self.modes = modes
        self.stated: dict[tuple[str, int], float] = {}
        self.added: dict[tuple[str, int], dict[str, float]] = {}  # per mode, as the rows give them

    def add(self, row: int, contest: str, unit: int, value: float | None) -> None:
        total = float(self.values[row])
        if not math.isnan(total):  # NaN: "NA", no total given
            self.stated.setdefault((contest, unit), total)
        modes = self.added.setdefault((contest, unit), {})
        mode = fold(self.modes[row]) or "total"
        modes[mode] = modes.get(mode, 0.0) + (value or 0.0)

    def checked(self, dataset: ResultsDataset) -> ResultsDataset:
        extra: dict[str, list[tuple[int, float]]] = {}
        warnings = list(dataset.import_warnings)
        names = {contest.id: contest for contest in dataset.contests}
        for (key, unit), stated in self.stated.items():
            modes = self.added.get((key, unit), {})
            added = modes["total"] if "total" in modes else sum(modes.values())  # a TOTAL row already sums the modes
            if abs(stated - added) <= 1e-6 or key not in names:
                continue
            contest = names[key]
            place = str(contest.units.names[unit])
            missing = stated - added
            if missing > 0:
                detail = Message(QT_TRANSLATE_NOOP("import", "{count} not attributed to a candidate"), count=missing)
            else:
                detail = Message(QT_TRANSLATE_NOOP("import", "the candidates have more"))
            warnings.append(
                Message(
                    QT_TRANSLATE_NOOP("import", "{contest}, {place}: totalvotes {stated} but the candidates' votes add up to {added} ({detail})"),
                    contest=contest.name, place=place, stated=stated, added=added, detail=detail,
                )
            )  # fmt: skip
            if missing > 0:
                extra.setdefault(key, []).append((unit, missing))
        contests = tuple(_with_unattributed(contest, extra[contest.id]) if contest.id in extra else contest for contest in dataset.contests)
        return replace(dataset, contests=contests, import_warnings=tuple(warnings))


def _with_unattributed(contest: Contest, rows: list[tuple[int, float]]) -> Contest:
    kinds = contest.other_kinds if UNATTRIBUTED in contest.other_kinds else (*contest.other_kinds, UNATTRIBUTED)
    column = kinds.index(UNATTRIBUTED)
    others = contest.other_counts
    return replace(
        contest,
        other_kinds=kinds,
        other_counts=CountTable(
            np.concatenate([others.unit, np.array([unit for unit, _ in rows], dtype=np.int32)]),
            np.concatenate([others.column, np.full(len(rows), column, dtype=np.int32)]),
            np.concatenate([others.value, np.array([value for _, value in rows], dtype=np.float64)]),
        ),
    )


def _contest(year: str, office: str, district: str, stage: str, special: str) -> tuple[str, str]:
    """(display name, key) of a contest."""
    parts = [year.strip(), office.strip()]
    if fold(district) not in _NA:
        parts.append(f"District {district.strip().lstrip('0') or '0'}")
    stage_word = _STAGES.get(fold(stage), fold(stage))
    if stage_word:
        parts.append(stage_word)
    if fold(special) == "true":
        parts.append("special")
    name = " ".join(p for p in parts if p)
    return name, fold(name)
