"""The Kiesraad's CSV rendering of a count ("osv4-3"): metadata lines, then polling stations as columns.

Rows: turnout lines (opgeroepenen, toegelaten kiezers, blanco/ongeldige stembiljetten…), then
each list's row (list number + name) followed by its candidates' rows (blank list number).
``Totaal`` is the municipality's figure and the station columns its parts, so the stations
are the counting level and Totaal is the check.
"""

from __future__ import annotations

import math
from pathlib import Path

from electview.core.errors import LoadError
from electview.core.messages import QT_TRANSLATE_NOOP, Message
from electview.core.model import Election, ResultsDataset, Source, Turnout
from electview.formats import _tabular
from electview.formats._builder import UnitRegistry
from electview.formats._party_lists import PartyLists

NAME = "Kiesraad count (CSV)"
PATTERNS = ("osv4-3_*.csv", "*.csv")
HEADER = ("lijstnummer", "aanduiding", "volgnummer", "naam kandidaat", "totaal")
ROW_KINDS = {
    "opgeroepenen": ("turnout", "registered"),
    "toegelaten kiezers": ("turnout", "ballots"),
    "blanco stembiljetten": ("other", "blank"),
    "ongeldige stembiljetten": ("other", "invalid"),
}


def _is_header(cells: list[str]) -> bool:
    return list(cells[: len(HEADER)]) == list(HEADER)


def sniff(head: bytes) -> bool:
    text = _tabular.head_text(head)
    return text.lstrip().startswith('"Verkiezing"') and '"Lijstnummer";"Aanduiding";"Volgnummer"' in text


def load(path: str | Path) -> ResultsDataset:
    """Read a Kiesraad osv4-3 count CSV."""
    path = Path(path)
    table = _tabular.read_table(path, is_header=_is_header)
    meta = {row[0].strip().casefold(): row[-1].strip() for row in table.preamble if row and row[0].strip()}
    area = meta.get("gebied", "") or "All"
    registry = UnitRegistry()
    area_unit = registry.add(f"area:{meta.get('nummer', area)}", area, "municipality")
    station_columns = list(range(len(HEADER), len(table.header)))
    numbers = {row[0].strip().casefold(): row for row in table.rows if row and row[0].strip().casefold() in ("gebiednummer", "postcode")}
    units = []
    shared_numbers: list[str] = []
    for column in station_columns:
        number = numbers["gebiednummer"][column].strip() if "gebiednummer" in numbers else ""
        name = table.header[column].strip()
        postcode = numbers["postcode"][column].strip() if "postcode" in numbers else ""
        label = f"{name} (SB{number})" if number else name
        unit_id = f"SB{number}" if number else f"column {column + 1}"
        if unit_id in registry:  # two stations under one number are kept apart, never added together
            shared_numbers.append(unit_id)
            unit_id = f"{unit_id}, column {column + 1}"
        units.append(registry.add(unit_id, label + (f", {postcode}" if postcode else ""), "polling station", area_unit))

    election_name = meta.get("verkiezing", "") or path.stem
    lists = PartyLists(election_name, registry)
    party = ""
    unmapped: set[str] = set()
    for row_index, row in enumerate(table.rows):
        cells = row + [""] * (len(table.header) - len(row))
        first = cells[0].strip()
        if first.casefold() in ("gebiednummer", "postcode"):
            continue
        values, bad = _tabular.parse_numbers(cells[len(HEADER) - 1 :])
        if bad:
            raise LoadError(path, f"{cells[len(HEADER) - 1 + bad[0]]!r} is not a number", table.place(row_index))
        total, per_station = values[0], values[1:]
        if first:  # a list: number + name
            party = first
            for unit, value in zip(units, per_station, strict=False):
                lists.party(unit, party, cells[1].strip(), _known(value))
            _check(lists.warnings, cells[1].strip(), total, per_station)
        elif cells[2].strip():  # a candidate of the current list
            if not party:
                raise LoadError(path, "a candidate row comes before any list row", table.place(row_index))
            for unit, value in zip(units, per_station, strict=False):
                lists.candidate(unit, party, cells[2].strip(), cells[3].strip(), _known(value))
        else:
            kind = ROW_KINDS.get(cells[1].strip().casefold())
            if kind is None:
                unmapped.add(cells[1].strip())
                continue
            for unit, value in zip(units, per_station, strict=False):
                if kind[0] == "other":
                    lists.other(unit, kind[1], _known(value))
                elif kind[1] == "registered":
                    registry.set_turnout(unit, registered=_known(value))
                else:
                    registry.set_turnout(unit, ballots_cast=_known(value))
            if kind[0] == "turnout":
                registry.set_turnout(area_unit, **{("registered" if kind[1] == "registered" else "ballots_cast"): _known(total)})
    if shared_numbers:
        lists.warnings.append(
            Message(
                QT_TRANSLATE_NOOP("import", "{count} polling station number(s) used by more than one column (e.g. {number})"),
                count=len(shared_numbers), number=shared_numbers[0],
            )
        )  # fmt: skip
    if unmapped:
        lists.warnings.append(
            Message(QT_TRANSLATE_NOOP("import", "{count} reconciliation row(s) not shown (e.g. {row})"), count=len(unmapped), row=repr(sorted(unmapped)[0]))
        )
    election = Election(
        title=election_name, country="Netherlands", date=meta.get("datum", ""), jurisdiction=area, source=Source(authority="Kiesraad")
    )
    return lists.dataset(election, str(path), NAME, Turnout())


def _known(value: float) -> float | None:
    return None if math.isnan(value) else float(value)


def _check(warnings: list[Message], name: str, total: float, per_station) -> None:
    added = float(sum(v for v in per_station if not math.isnan(v)))
    if not math.isnan(total) and abs(total - added) > 1e-9:
        warnings.append(Message(QT_TRANSLATE_NOOP("import", "{list}: Totaal {total} but the polling stations add up to {added}"), list=name, total=total, added=added))
