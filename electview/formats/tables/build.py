"""Stage 6: a reading that passed its checks, as a ResultsDataset (units, contests, turnout, notes on what was set apart)."""

from __future__ import annotations

import math
from dataclasses import replace
from collections import Counter
from pathlib import Path

import numpy as np

from electview.core.errors import LoadError
from electview.core.messages import QT_TRANSLATE_NOOP, Listed, Message, word_table
from electview.core.model import Election, ResultsDataset, Source, Turnout
from electview.formats._longform import LongForm, fold, totals_place, turnout_role
from electview.formats.tables import parties
from electview.formats.tables.checks import Check
from electview.formats.tables.layout import Reading, Table, elected_mark

FORMAT_NAME = "Spreadsheet table (CSV/TSV)"
_TURNOUT = {"registered": "registered", "ballots": "ballots"}
_OTHERS = {"invalid": "invalid", "blank": "blank"}


def title_of(table: Table) -> str:
    for row in table.header.preamble:
        cells = [c.strip() for c in row if c.strip()]
        if cells:
            return cells[0]
    return Path(table.grid.path).stem


def build(table: Table, reading: Reading, checks: list[Check], names: dict[int, str] | None = None) -> ResultsDataset:
    """The dataset for ``reading``; ``names`` names numbered candidate columns (from a code list)."""
    data = LongForm(_root_name(table, reading), "")
    units = _Units(table, reading, data)
    if reading.layout == "wide":
        _wide(table, reading, data, units, names or {})
    elif reading.layout == "blocks":
        _blocks(table, reading, data, units)
    else:
        _long(table, reading, data, units)
    for note in reading.notes:
        data.note(note)
    set_apart = _set_apart(table, reading)
    if set_apart:
        data.note(
            Message(
                QT_TRANSLATE_NOOP("import", "{count} columns are protocol figures, not candidates: {columns}"), count=len(reading.protocol), columns=Listed(tuple(set_apart))
            )
        )
    election = Election(title=title_of(table), source=Source(authority=""))
    return _file_turnout(data.dataset(election, table.grid.path, FORMAT_NAME, None))


def _file_turnout(dataset: ResultsDataset) -> ResultsDataset:
    """Where the contests are seats, the file's electorate and ballots: each seat's figures once, added."""
    if len(dataset.contests) < 2:
        return dataset
    units = dataset.contests[0].units
    parents = [int(p) for p in units.parents]
    figures: dict[str, float | None] = {}
    for name, values in (("registered", units.registered), ("ballots_cast", units.ballots_cast)):
        known = {i for i, value in enumerate(values) if not np.isnan(value)}
        # Only units with no counted ancestor (a region's own figure would count its seats twice).
        top = [i for i in known if not _has_ancestor_in(parents, i, known)]
        figures[name] = float(sum(values[i] for i in top)) if top else None
    if figures["registered"] is None and figures["ballots_cast"] is None:
        return dataset
    return replace(dataset, turnout=Turnout(registered=figures["registered"], ballots_cast=figures["ballots_cast"]))


def _has_ancestor_in(parents: list[int], unit: int, units: set[int]) -> bool:
    parent = parents[unit]
    for _ in range(len(parents)):
        if parent < 0:
            return False
        if parent in units:
            return True
        parent = parents[parent]
    return False


def _root_name(table: Table, reading: Reading) -> str:
    # A text column with one value in every row ("Maharashtra", "ЦИК России") names the whole table,
    # unless it says something of a candidate: a column of the repeated candidate blocks (the French
    # tables' first "Sexe" is "M" in every row, Macron's) or a candidate's name or party.
    rows = len(table.body)
    blocks = reading.blocks
    in_blocks = set(range(blocks.start, blocks.start + blocks.width * blocks.count)) if blocks is not None else set()
    of_candidates = in_blocks | set(reading.name) | {reading.party, reading.party_full} | set(reading.candidates)
    constant = [
        c for c in table.columns
        if c.constant and c.filled == rows and not c.numeric and c.index not in reading.areas and c.index not in of_candidates
    ]
    return constant[0].cells[0] if constant and rows else "All"


def _set_apart(table: Table, reading: Reading) -> list[Message]:
    """The protocol columns, for one short note: those electview shows by name, the rest counted by kind."""
    shown: list[Message] = []
    others: list[Message] = []
    for kind, column, _ in reading.protocol:
        words = _KIND_WORDS.get(kind, _A_PROTOCOL_FIGURE)
        if kind in ("registered", "ballots", "valid", "invalid", "blank") and len(shown) < 4:
            label = table.columns[column].label
            shown.append(Message(QT_TRANSLATE_NOOP("import", "{label} ({what})"), label=repr(label if len(label) <= 40 else label[:39] + "…"), what=words))
        else:
            others.append(words)
    if others:
        counted = tuple(Message(QT_TRANSLATE_NOOP("import", "{what} ×{count}"), what=words, count=n) if n > 1 else words for words, n in Counter(others).items())
        shown.append(Message(QT_TRANSLATE_NOOP("import", "{count} more ({what})"), count=len(others), what=Listed(counted, ", ")))
    return shown


# What each kind of protocol column holds, in the note that sets them apart (translated where shown).
_KIND_WORDS = word_table(
    {
        "registered": QT_TRANSLATE_NOOP("import", "registered voters"), "ballots": QT_TRANSLATE_NOOP("import", "ballots cast"),
        "valid": QT_TRANSLATE_NOOP("import", "valid votes"), "invalid": QT_TRANSLATE_NOOP("import", "invalid"),
        "blank": QT_TRANSLATE_NOOP("import", "blank"), "majority": QT_TRANSLATE_NOOP("import", "majority"),
        "units": QT_TRANSLATE_NOOP("import", "a number of areas"), "issued": QT_TRANSLATE_NOOP("import", "ballots issued"),
        "received": QT_TRANSLATE_NOOP("import", "ballots received"), "unused": QT_TRANSLATE_NOOP("import", "ballots not used"),
        "lost": QT_TRANSLATE_NOOP("import", "ballots lost"), "abstentions": QT_TRANSLATE_NOOP("import", "abstentions"),
    }
)  # fmt: skip
_A_PROTOCOL_FIGURE = Message(QT_TRANSLATE_NOOP("import", "a protocol figure"))


class _Units:
    """Each row's unit: by its code where the table has one (names repeat), in its area levels, empty names their own."""

    def __init__(self, table: Table, reading: Reading, data: LongForm) -> None:
        self.table = table
        self.reading = reading
        self.data = data
        self.codes = set(table.columns[reading.code].cells) if reading.code is not None else set()
        self._by_code: dict[str, int] = {}
        self.turnout_seen: set[tuple[int, str]] = set()

    def of(self, row: int) -> int:
        table, reading = self.table, self.reading
        if reading.parent_code is not None and reading.code is not None:
            return self._coded(row)
        registry, data = self.data.registry, self.data
        parent, key = data.root, ""
        levels = reading.areas
        for depth, level in enumerate(levels):
            name = table.columns[level].cells[row]
            finest = depth == len(levels) - 1
            if not name and not finest:
                continue
            if name and totals_place(name) == "":
                return parent
            kind = table.columns[level].label
            seat_code = table.columns[reading.contest_code].cells[row] if level == reading.seat and reading.contest_code is not None else ""
            if seat_code:
                # The seat's place is its code, as its contest is: a row that misspells it ("YeoYeovil" beside
                # "Yeovil", one ONS code) would be a place of its own in the tree. Its first spelling names it.
                key, name = f"{key}/#{seat_code}", name or seat_code
            elif finest:
                code = table.columns[reading.code].cells[row] if reading.code is not None else ""
                if not name:
                    # An unnamed row is an area of its own (a city with its own powiat), never a total.
                    name = code or f"(unnamed, line {table.line(row)})"
                    key = f"{key}/#{code or table.line(row)}"
                else:
                    key = f"{key}/{fold(name)}" + (f"#{code}" if code else "")
            else:
                key = f"{key}/{fold(name)}"
            parent = registry.add(key, name, kind, parent)
        return parent

    def _coded(self, row: int) -> int:
        table, reading = self.table, self.reading
        assert reading.code is not None and reading.parent_code is not None
        code = table.columns[reading.code].cells[row]
        unit = self._unit_for_code(code, row)
        return unit

    def _unit_for_code(self, code: str, row: int | None) -> int:
        """The unit of a code, its parents made first; walked in a loop, as a parent chain can be long or circular."""
        table, reading = self.table, self.reading
        assert reading.code is not None and reading.parent_code is not None
        rows = table.columns[reading.code].cells
        chain: list[tuple[str, int]] = []
        seen: set[str] = set()
        while code not in self._by_code:
            at = row if row is not None else rows.index(code)
            if code in seen:
                raise LoadError(
                    table.grid.path, f"area {code!r} is its own parent through its parents' codes: the areas can't be nested",
                    f"line {table.line(at)}",
                )
            seen.add(code)
            chain.append((code, at))
            parent_code = table.columns[reading.parent_code].cells[at]
            if parent_code not in self.codes or parent_code == code:
                break
            code, row = parent_code, None
        if not chain:
            return self._by_code[code]
        # Stopped at a unit already made (the chain's parent) or at a top-level area.
        parent = self._by_code[code] if code != chain[-1][0] else self.data.root
        for code_here, at in reversed(chain):
            names = [table.columns[level].cells[at] for level in reading.areas if table.columns[level].cells[at]]
            parent = self.data.registry.add(f"#{code_here}", names[-1] if names else code_here, "", parent)
            self._by_code[code_here] = parent
        return parent

    def turnout(self, unit: int, kind: str, value: float) -> None:
        """A turnout figure once per unit (long tables repeat it on every candidate's row)."""
        if (unit, kind) in self.turnout_seen or math.isnan(value):
            return
        self.turnout_seen.add((unit, kind))
        self.data.turnout(unit, kind, value)


def _value(value: float) -> float | None:
    return None if math.isnan(value) else float(value)


def _contest_names(table: Table, reading: Reading) -> dict[str, str]:
    title = title_of(table)
    return {contest: (contest or title) for contest in dict.fromkeys(reading.contests_of or ("",))}


def _wide(table: Table, reading: Reading, data: LongForm, units: _Units, names: dict[int, str]) -> None:
    contests = {key: data.contest(fold(name), name) for key, name in _contest_names(table, reading).items()}
    columns = [table.columns[i] for i in reading.candidates]
    labels = [names.get(i, name) for i, name in zip(reading.candidates, reading.candidate_names, strict=True)]
    row_units = _unnamed_totals([units.of(row) for row in range(len(table.body))], table, reading, data)
    for column, label, contest in zip(columns, labels, reading.contests_of, strict=True):
        data.add_column(contests[contest], row_units, label, "", column.values)
    for row, unit in enumerate(row_units):
        _protocol_row(table, reading, data, units, contests, unit, row)


def _unnamed_totals(row_units: list[int], table: Table, reading: Reading, data: LongForm) -> list[int]:
    """An unnamed row is an area of its own, unless every candidate's figure in it is the sum of the
    other rows of its parent area: then it is that area's total (and the builder checks it against them)."""
    if not reading.areas or reading.parent_code is not None:
        return row_units
    finest = table.columns[reading.areas[-1]].cells
    parents = data.registry.parents
    values = np.vstack([np.nan_to_num(table.columns[c].values) for c in reading.candidates]) if reading.candidates else None
    if values is None:
        return row_units
    by_parent: dict[int, list[int]] = {}
    for row, unit in enumerate(row_units):
        by_parent.setdefault(parents[unit], []).append(row)
    for row, cell in enumerate(finest):
        if cell:
            continue
        parent = parents[row_units[row]]
        siblings = [other for other in by_parent.get(parent, ()) if row_units[other] != row_units[row]]
        if parent >= 0 and siblings and np.array_equal(values[:, siblings].sum(axis=1), values[:, row]):
            data.note(
                Message(
                    QT_TRANSLATE_NOOP("import", "line {line} has no name and its figures are the sum of the other rows of {area}: read as that area's total, checked against them"),
                    line=str(table.line(row)), area=repr(data.registry.names[parent]),
                )
            )  # fmt: skip
            row_units[row] = parent
    return row_units


def _protocol_row(table: Table, reading: Reading, data: LongForm, units: _Units, contests, unit: int, row: int) -> None:
    for kind, column, contest in reading.protocol:
        value = table.columns[column].values[row]
        if kind in _TURNOUT and contest in ("", next(iter(contests))):
            units.turnout(unit, _TURNOUT[kind], value)
        elif kind in _OTHERS and not math.isnan(value):
            for key in ([contest] if contest in contests and contest else list(contests)):
                if (unit, f"{kind}|{key}") not in units.turnout_seen:
                    units.turnout_seen.add((unit, f"{kind}|{key}"))
                    data.add(contests[key], unit, _OTHERS[kind], "", float(value))


def _blocks(table: Table, reading: Reading, data: LongForm, units: _Units) -> None:
    assert reading.blocks is not None and reading.block_votes is not None
    blocks = reading.blocks
    contest = data.contest("results", title_of(table))
    contests = {"": contest}
    for row in range(len(table.body)):
        unit = units.of(row)
        cells = table.body[row]
        for block in range(blocks.count):
            start = blocks.start + block * blocks.width

            def cell(offset: int | None, start: int = start, cells: list[str] = cells) -> str:
                return cells[start + offset].strip() if offset is not None and start + offset < len(cells) else ""

            name = " ".join(part for part in (cell(offset) for offset in reading.block_name) if part)
            if not name:
                continue
            number, head = cell(reading.block_number), cell(reading.block_head)
            label = " ".join(part for part in (number, name) if part) + (f" ({head})" if head else "")
            votes = table.columns[start + reading.block_votes].values[row]
            data.add(contest, unit, label, cell(reading.block_party), _value(votes))
        _protocol_row(table, reading, data, units, contests, unit, row)


def _long(table: Table, reading: Reading, data: LongForm, units: _Units) -> None:
    title = title_of(table)
    name_cells = [_joined(table.columns[i].cells[row] for i in reading.name) for row in range(len(table.body))]
    party_cells = table.columns[reading.party].cells if reading.party is not None else None
    if party_cells is None:
        split = parties.split_party_suffix(name_cells, [table.columns[reading.contest[-1]].cells[r] for r in range(len(table.body))] if reading.contest else None)
        if split is not None:
            name_cells, party_cells = split
            data.note(Message(QT_TRANSLATE_NOOP("import", "the party is written at the end of each candidate's name; it was split off")))
    votes = table.columns[reading.votes].values if reading.votes is not None else None
    modes = [] if votes is not None else [table.columns[i] for i in reading.modes]
    missing_modes: dict[str, int] = {}
    fractions = reading.share is not None and _fractions(table, reading)
    seat_names: dict[str, str] = {}
    misspelt: set[tuple[str, str]] = set()  # (seat code, the other spelling) already warned of
    shares: dict[tuple[str, int, int], float] = {}  # a merged candidate's share: the last row's (as written)
    valid_kinds = {kind for kind, _, _ in reading.protocol}
    for row in range(len(table.body)):
        unit = units.of(row)
        name = name_cells[row]
        role = turnout_role(name)
        value = _value(votes[row]) if votes is not None else None
        if role:
            units.turnout(unit, role, value if value is not None else math.nan)
            continue
        contest_name = " · ".join(table.columns[i].cells[row] for i in reading.contest if table.columns[i].cells[row]) or title
        contest_key = fold(contest_name)
        if reading.contest_code is not None:
            # The seat's code decides which contest a row is in; its name as first written names it.
            code = table.columns[reading.contest_code].cells[row]
            contest_key = f"#{code}"
            first_name = seat_names.setdefault(contest_key, contest_name)
            if first_name != contest_name:
                if (code, contest_name) not in misspelt:  # once for each other spelling, however many rows have it
                    misspelt.add((code, contest_name))
                    data.note(
                        Message(
                            QT_TRANSLATE_NOOP("import", "line {line} names seat {code} {name}, elsewhere {first}; the code decides"),
                            line=str(table.line(row)), code=code, name=repr(contest_name), first=repr(first_name),
                        )
                    )  # fmt: skip
                contest_name = first_name
        contest = data.contest(contest_key, contest_name)
        party = party_cells[row] if party_cells is not None else ""
        if votes is not None:
            column = data.add(contest, unit, name, party, value)
        else:
            column = None
            for mode in modes:
                mode_value = _value(mode.values[row])
                if mode_value is None:
                    missing_modes[mode.label] = missing_modes.get(mode.label, 0) + 1
                column = data.add(contest, unit, name, party, mode_value, mode.label)
        if column is not None and reading.elected is not None:
            contest.declare(column, elected_mark(table.columns[reading.elected].cells[row]))
        if column is not None and reading.party_full is not None:
            _describe(contest, column, table.columns[reading.party_full].cells[row])
        if column is not None and reading.share is not None:
            share = table.columns[reading.share].values[row]
            if not math.isnan(share):
                shares[(contest.id, unit, column)] = float(share) * (100.0 if fractions else 1.0)
        for kind, protocol_column, _ in reading.protocol:
            figure = table.columns[protocol_column].values[row]
            if kind in _TURNOUT:
                units.turnout(unit, _TURNOUT[kind], figure)
            elif kind in _OTHERS and kind in valid_kinds and not math.isnan(figure) and (unit, f"{kind}|{contest.id}") not in units.turnout_seen:
                units.turnout_seen.add((unit, f"{kind}|{contest.id}"))
                data.add(contest, unit, _OTHERS[kind], "", float(figure))
    for (contest_id, unit, column), share in shares.items():
        data.contests[contest_id].share(unit, column, share)
    for mode_label, count in missing_modes.items():
        data.note(
            Message(
                QT_TRANSLATE_NOOP("import", "{count} rows have no {mode} figure (blank: not reported, not zero); their totals count only the vote modes given"),
                count=count, mode=repr(mode_label),
            )
        )  # fmt: skip


def _joined(parts) -> str:
    """Name parts joined, a part repeated in the next column once ("Informal" as given name and surname)."""
    kept: list[str] = []
    for part in parts:
        if part and (not kept or part.casefold() != kept[-1].casefold()):
            kept.append(part)
    return " ".join(kept)


def _describe(contest, column: int, full_name: str) -> None:
    candidate = contest.candidates[column]
    if full_name and not candidate.description:
        contest.candidates[column] = replace(candidate, description=full_name)


def _fractions(table: Table, reading: Reading) -> bool:
    assert reading.share is not None
    values = table.columns[reading.share].values
    finite = values[~np.isnan(values)]
    return bool(len(finite)) and float(finite.max()) <= 1.0
