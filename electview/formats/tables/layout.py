"""Stage 4: how a table is laid out — wide, long or in blocks — and the role of every column.

Roles come from what a header says (:mod:`.words`) and from what the column holds (:mod:`.profile`):
protocol lines (electorate, ballots, valid, invalid…) are never candidates; area codes stay text; a
long table's constituency column makes one contest per seat when the candidates differ from seat to
seat. The reading this stage infers is only a proposal: :mod:`.checks` holds it to the file's figures.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
from dataclasses import dataclass, field, replace

from electview.core.messages import Message
from electview.formats.tables import words
from electview.formats.tables.grid import Grid
from electview.formats.tables.header import Blocks, Header, find_blocks, find_header
from electview.formats.tables.profile import Column, profile

# A family of numbered columns ("HLASY_01" … "HLASY_20", "Votes 1" …): the prefix and the number.
_NUMBERED = re.compile(r"^(?P<prefix>.*?\D)[\s_\-.#]*(?P<number>\d{1,3})$")


@dataclass(frozen=True)
class Table:
    """The grid with its header found and its body's columns measured."""

    grid: Grid
    header: Header
    columns: list[Column]

    @property
    def body(self) -> list[list[str]]:
        return self.grid.rows[self.header.body_start :]

    @property
    def body_lines(self) -> list[int]:
        return self.grid.lines[self.header.body_start :]

    @property
    def labels(self) -> list[str]:
        return [column.label for column in self.columns]

    def line(self, row: int) -> int:
        return self.body_lines[row]


def read_table(grid: Grid, first_line: int | None = None, row_count: int | None = None) -> Table:
    header = find_header(grid, first_line, row_count)
    body = grid.rows[header.body_start :]
    width = max(len(header.labels), grid.width)
    texts = header.texts + [""] * (width - len(header.labels))
    return Table(grid, header, profile(texts, body))


@dataclass(frozen=True)
class Reading:
    """One way to read the table: a layout and a role per column (indices into the table's columns)."""

    layout: str  # "wide" (a column per candidate), "long" (a row per candidate) or "blocks"
    areas: tuple[int, ...] = ()  # area levels, coarse to fine
    code: int | None = None  # the row's own area code (kept as text)
    parent_code: int | None = None  # the code of the row's parent area (totals inside the table)
    contest: tuple[int, ...] = ()  # long: the columns that name a row's contest
    contest_code: int | None = None  # long: a code that identifies the seat where its name is misspelt in a row
    seat: int | None = None  # long: the column naming the seat (a contest and an area level), ``contest_code`` its code
    name: tuple[int, ...] = ()  # long: the candidate's name, in parts (given name, surname)
    party: int | None = None
    party_full: int | None = None  # a party's full name beside the abbreviation in ``party``
    votes: int | None = None
    modes: tuple[int, ...] = ()  # vote-mode columns, added up where ``votes`` is absent
    share: int | None = None
    elected: int | None = None  # long: a yes/no column saying whether the row's candidate was elected
    candidates: tuple[int, ...] = ()  # wide: a column per candidate
    candidate_names: tuple[str, ...] = ()  # wide: each candidate column's name
    contests_of: tuple[str, ...] = ()  # wide: each candidate column's contest ("" for the only one)
    protocol: tuple[tuple[str, int, str], ...] = ()  # (kind, column, contest) of each protocol figure
    blocks: Blocks | None = None
    block_name: tuple[int, ...] = ()  # offsets inside a block
    block_votes: int | None = None
    block_number: int | None = None
    block_party: int | None = None
    block_head: int | None = None  # the head of a list, shown after its name
    ignored: tuple[int, ...] = ()
    notes: tuple[Message, ...] = field(default=(), compare=False)  # import warnings, said once the table is read

    def protocol_columns(self, kind: str, contest: str = "") -> list[int]:
        return [column for k, column, c in self.protocol if k == kind and c in ("", contest)]


def role_of(column: Column) -> str:
    """What the header says a column is; "" when it says nothing electview knows."""
    if declares_elected(column):
        return "elected"
    role = _role_of_header(column)
    if role == "" and column.numeric and column.leading_zero:
        return "code"  # "01", "020101": counts are never written with leading zeros
    if role == "" and _row_numbers(column):
        return "code"  # 1, 2, 3 … down the rows: a row number ("Lp.", "#"), not votes
    return role


def declares_elected(column: Column) -> bool:
    """An "Elected" column of yes/no marks, at least one yes: the file's own word on who won each seat."""
    if words.fold(column.label) not in words.ELECTED or column.empty:
        return False
    marks = {words.fold(cell) for cell in column.cells if cell.strip()}
    return bool(marks & words.ELECTED_YES) and marks <= words.ELECTED_YES | words.ELECTED_NO


def elected_mark(cell: str) -> bool:
    return words.fold(cell) in words.ELECTED_YES


def _row_numbers(column: Column) -> bool:
    values = column.values
    if not column.numeric or column.filled < 3 or column.filled != len(values) or np.isnan(values).any():
        return False
    steps = np.diff(values)
    return bool(np.all(steps == 1)) and values[0] in (0, 1)


def _role_of_header(column: Column) -> str:
    label = column.label.split(" · ")[0]
    parts = [label.split("/")[0]] if "/" in label and not column.numeric else []
    for text in parts + [label]:
        role = _role_of_text(text, column)
        if role:
            return role
    return ""


def _role_of_text(text: str, column: Column) -> str:
    if column.empty:
        return "ignore"
    if column.url:
        return "ignore"
    if words.says(text, words.IGNORE):
        return "ignore"
    if words.says(text, words.SHARE):
        return "share" if column.numeric else "ignore"
    if words.says(text, words.HEAD_OF_LIST) and not column.numeric:
        return "head"
    if words.says(text, words.FIRST_NAME) and not column.numeric:
        return "first name"
    if words.says(text, words.SURNAME) and not column.numeric:
        return "surname"
    if words.says(text, words.PARTY_SHORT) and not column.numeric:
        return "party short"
    if words.says(text, words.PARTY_LONG) and not column.numeric:
        return "party full"
    if words.says(text, words.HEAD_OF_LIST) and not column.numeric:
        return "head"
    if column.numeric:
        kind = words.protocol_kind(text)
        if kind and kind not in ("count", "units"):
            return f"protocol:{kind}"
    if words.says(text, words.CODE) and len(words.fold(text).split()) <= 4:
        return "code"  # "Party ID", "Kod TERYT"; a long name that happens to hold "ab" or "no" is not a code
    if words.says(text, words.CONTEST) and not column.numeric:
        return "contest"
    if words.says(text, words.AREA):
        return "constituency" if words.says(text, words.CONSTITUENCY) and not column.numeric else "area"
    if words.says(text, words.PARTY) and not column.numeric:
        return "party"
    if words.says(text, words.NAME) and not column.numeric:
        return "name"
    if column.numeric:
        kind = words.protocol_kind(text)
        if kind and kind != "count":
            return f"protocol:{kind}"
        if words.says(text, words.VOTES):
            if words.says(text, words.MODES):
                return "mode"
            return "votes"
        if words.says(text, words.MODES):
            return "mode"
        if kind:
            return f"protocol:{kind}"
    return ""


def infer(table: Table) -> Reading:
    """The most likely reading of the table (blocks, long, then wide)."""
    roles = [role_of(column) for column in table.columns]
    blocks = find_blocks(table.header.labels, table.body)
    if blocks is not None:
        reading = _blocks(table, roles, blocks)
        if reading is not None:
            return reading
    long = _long(table, roles)
    if long is not None:
        return long
    return _wide(table, roles)


def _areas(table: Table, roles: list[str], taken: set[int]) -> tuple[tuple[int, ...], int | None, int | None]:
    """(area levels coarse to fine, the row's own code column, the parent-code column)."""
    columns = table.columns
    code = parent = None
    codes = [c.index for c in columns if roles[c.index] == "code" and c.index not in taken and not c.empty]
    levels = [
        c.index
        for c in columns
        if c.index not in taken and not c.empty and not c.constant
        and (roles[c.index] in ("area", "constituency") or (roles[c.index] == "" and not c.numeric))
    ]
    # A code column naming other rows' codes is the parent of each row: the table holds its own totals.
    for candidate in codes + levels:
        values = {cell for cell in columns[candidate].cells if cell}
        for other in codes + levels:
            if other == candidate:
                continue
            referenced = {cell for cell in columns[other].cells if cell}
            if referenced and len(referenced) < len(values) and referenced <= values and columns[candidate].distinct == columns[candidate].filled:
                code, parent = candidate, other
                break
        if code is not None:
            break
    if code is None:
        unique = [i for i in codes if columns[i].distinct == columns[i].filled == len(table.body)]
        code = unique[0] if unique else None
    levels = [i for i in levels if i not in (code, parent)]
    levels.sort(key=lambda i: (columns[i].distinct, i))
    return tuple(levels), code, parent


def _long(table: Table, roles: list[str]) -> Reading | None:
    """A row per candidate: a name column (or given name + surname) and a votes column (or vote modes)."""
    columns = table.columns
    first = [i for i, role in enumerate(roles) if role == "first name"]
    last = [i for i, role in enumerate(roles) if role == "surname"]
    names = [i for i, role in enumerate(roles) if role == "name"]
    parties = [i for i, role in enumerate(roles) if role == "party"]
    short = [i for i, role in enumerate(roles) if role == "party short"]
    if first and last:
        name: tuple[int, ...] = (first[0], last[0])
    elif last:
        name = (last[0],)
    elif names:
        name = (names[0],)
    elif parties or short:
        name = ((short or parties)[0],)  # a party-list table: the parties are the choices
    else:
        return None
    votes = [i for i, role in enumerate(roles) if role == "votes"]
    modes = [i for i, role in enumerate(roles) if role == "mode"]
    # A turnout or margin percentage is not the candidate's share.
    shares = [i for i, role in enumerate(roles) if role == "share" and words.protocol_kind(columns[i].label) in (None, "valid")]
    if not votes and not modes and not shares:
        return None
    party = full = None
    if name[0] not in short + parties:
        party = (short or parties)[0] if short or parties else None
        if short and parties:
            full = parties[0]
    total = _total_of(table, votes, modes) if votes or modes else None
    taken = set(name) | set(votes) | set(modes) | {i for i in (party, full) if i is not None}
    protocol = tuple((roles[i].split(":")[1], i, "") for i in range(len(roles)) if roles[i].startswith("protocol:"))
    contest = tuple(i for i, role in enumerate(roles) if role == "contest" and not columns[i].constant)
    areas, code, parent = _areas(table, roles, taken | set(contest))
    reading = Reading(
        layout="long",
        areas=areas,
        code=code if code is not None and columns[code].distinct < len(table.body) else None,
        parent_code=parent,
        contest=contest,
        name=name,
        party=party,
        party_full=full,
        votes=total,
        modes=tuple(i for i in modes + votes if i != total),
        share=shares[0] if shares else None,
        elected=next((i for i, role in enumerate(roles) if role == "elected"), None),
        protocol=protocol,
    )
    return _seats_as_contests(table, roles, reading, shares)


def _total_of(table: Table, votes: list[int], modes: list[int]) -> int | None:
    """The votes column; among several, the one the others add up to (the rest are vote modes)."""
    if len(votes) == 1 and not modes:
        return votes[0]
    everything = votes + modes
    for candidate in everything:
        parts = [i for i in everything if i != candidate]
        if not parts:
            continue
        added = np.nansum([table.columns[i].values for i in parts], axis=0)
        if np.allclose(added, np.nan_to_num(table.columns[candidate].values), atol=0.5):
            return candidate
    total_named = [i for i in votes if words.says(table.columns[i].label, words.TOTAL)]
    if total_named:
        return total_named[0]
    return votes[0] if len(votes) == 1 else None


def _seats_as_contests(table: Table, roles: list[str], reading: Reading, shares: list[int]) -> Reading:
    """One contest per seat: the finest area whose candidates differ from value to value (a constituency)."""
    name_keys = [" ".join(table.columns[i].cells[row] for i in reading.name).casefold() for row in range(len(table.body))]
    distinct_names = len(set(name_keys))
    seat = None
    valid = [column for kind, column, _ in reading.protocol if kind == "valid"]
    named = [level for level in reading.areas if roles[level] in ("area", "constituency") or _groups_share_a_figure(table, level, valid)]
    # Finest first; among equally fine, a column of names before one of numbers.
    for level in sorted(named, key=lambda i: (table.columns[i].distinct, not table.columns[i].numeric), reverse=True):
        cells = table.columns[level].cells
        pairs = len(set(zip(cells, name_keys, strict=True)))
        if pairs and distinct_names >= 0.5 * pairs:
            seat = level
            break
    if seat is None:
        return reading
    finer = tuple(level for level in reading.areas if level != seat and table.columns[level].distinct > table.columns[seat].distinct)
    reading = replace(reading, seat=seat, contest_code=_seat_code(table, roles, seat))
    coarser = tuple(level for level in reading.areas if level != seat and level not in finer)
    return replace(reading, contest=reading.contest + (seat,), areas=coarser + (seat,) + finer)


def _groups_share_a_figure(table: Table, level: int, figures: list[int]) -> bool:
    """Whether a column whose header says nothing groups rows the way a seat does: a figure such as the
    valid votes is the same on every row of each of its values (a residence or an occupation never is)."""
    cells = table.columns[level].cells
    for figure in figures:
        values = table.columns[figure].values
        seen: dict[str, float] = {}
        if all(seen.setdefault(cell, value) == value for cell, value in zip(cells, values, strict=True)) and len(seen) < len(cells):
            return True
    return False


def _seat_code(table: Table, roles: list[str], seat: int) -> int | None:
    """A code column that names the same seats as ``seat`` (one name per code, nearly one code per name)."""
    names = table.columns[seat].cells
    for column in table.columns:
        if roles[column.index] != "code" or column.empty or column.index == seat:
            continue
        pairs = set(zip(column.cells, names, strict=True))
        if column.distinct >= 0.98 * table.columns[seat].distinct and len({code for code, _ in pairs}) >= 0.98 * len(pairs):
            return column.index
    return None


def _numbered_family(table: Table, candidates: list[int]) -> list[int]:
    """The largest family of numbered columns sharing a prefix ("HLASY_01"…): candidates by number."""
    families: dict[str, list[int]] = {}
    for index in candidates:
        match = _NUMBERED.match(table.columns[index].label)
        if match:
            families.setdefault(words.fold(match.group("prefix")), []).append(index)
    best = max(families.values(), key=len, default=[])
    return best if len(best) >= 3 else []


def column_number(label: str) -> int | None:
    match = _NUMBERED.match(label)
    return int(match.group("number")) if match else None


def _wide(table: Table, roles: list[str]) -> Reading:
    """A row per area and a column per candidate; protocol figures and codes set apart."""
    columns = table.columns
    levels_deep = max(len(parts) for parts in table.header.labels) if table.header.labels else 1
    previous = {
        c.index for c in columns if levels_deep > 1 and any(words.says(part, words.PREVIOUS) for part in table.header.labels[c.index][1:])
    } if levels_deep > 1 else set()
    unclaimed = [c.index for c in columns if roles[c.index] in ("", "votes", "name") and c.numeric and not c.empty and c.index not in previous]
    family = _numbered_family(table, unclaimed)
    if family:
        unclaimed = family
    # Constant columns (a round number, a year) are not votes, except zeros: a candidate nobody voted for.
    rows = len(table.body)
    candidates = [i for i in unclaimed if not (columns[i].constant and columns[i].filled == rows and columns[i].values[0] != 0)]
    if family:
        candidates = [i for i in candidates if not (columns[i].constant and np.nansum(columns[i].values) == 0)]
    protocol = []
    for column in columns:
        if column.index in previous or not column.numeric:
            continue
        top = table.header.labels[column.index][0] if table.header.labels[column.index] else column.label
        kind = words.protocol_kind(top) if roles[column.index].startswith("protocol:") else None
        if kind:
            protocol.append((kind, column.index, _dimension(table, column.index)))
    protocol_columns = {column for _, column, _ in protocol}
    taken = set(candidates) | protocol_columns | previous
    areas, code, parent = _areas(table, roles, taken)
    names = tuple(_candidate_name(table, i) for i in candidates)
    contests = tuple(_dimension(table, i) for i in candidates)
    return Reading(
        layout="wide",
        areas=areas,
        code=code,
        parent_code=parent,
        candidates=tuple(candidates),
        candidate_names=names,
        contests_of=contests,
        protocol=tuple(protocol),
        ignored=tuple(sorted(previous)),
    )


def _candidate_name(table: Table, column: int) -> str:
    parts = table.header.labels[column]
    return parts[0] if parts else table.columns[column].label


def _dimension(table: Table, column: int) -> str:
    """A multi-row header's lower labels for a column ("Zweitstimmen"), without parts every column shares."""
    labels = table.header.labels
    if max(len(parts) for parts in labels) < 2:
        return ""
    kept = [parts for parts in labels if len(parts) > 1 and not any(words.says(part, words.PREVIOUS) for part in parts[1:])]
    shared = Counter(part for parts in kept for part in set(parts[1:]))
    lower = [part for part in labels[column][1:] if shared[part] < len(kept) and not words.says(part, words.PREVIOUS)]
    return " · ".join(lower)


def _blocks(table: Table, roles: list[str], blocks: Blocks) -> Reading | None:
    """Repeated candidate blocks: within each, the name parts, votes, and optionally a number and a party."""
    offsets = {}
    block_columns = set()
    for offset in range(blocks.width):
        indices = blocks.columns(offset)
        block_columns.update(indices)
        first = table.columns[indices[0]]
        text = blocks.labels[offset]
        probe = replace(first, label=text)
        offsets[offset] = (role_of(probe), first)
    name: list[int] = []
    votes = number = party = head = None
    for offset, (role, column) in offsets.items():
        if role == "head" and name:
            head = offset
            continue
        if role in ("share", "ignore", "code") and not (role == "code" and column.numeric and words.says(blocks.labels[offset], words.NUMBER)):
            continue
        if column.numeric:
            if role in ("votes", "") and votes is None and column.whole:
                votes = offset
            elif words.says(blocks.labels[offset], words.NUMBER) or role == "code":
                number = offset
            continue
        if role == "party full":
            continue
        if role in ("party", "party short") and party is None and name:
            party = offset
            continue
        name.append(offset)
    if votes is None or not name:
        return None
    lead_roles = roles[: blocks.start]
    protocol = tuple((r.split(":")[1], i, "") for i, r in enumerate(lead_roles) if r.startswith("protocol:"))
    taken = block_columns | {i for _, i, _ in protocol}
    areas, code, parent = _areas(table, roles[: blocks.start] + ["ignore"] * (len(roles) - blocks.start), taken | set(range(blocks.start, len(roles))))
    return Reading(
        layout="blocks",
        areas=areas,
        code=code,
        parent_code=parent,
        protocol=protocol,
        blocks=blocks,
        block_name=tuple(name),
        block_votes=votes,
        block_number=number,
        block_party=party,
        block_head=head,
    )
