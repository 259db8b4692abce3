"""``--columns``: a reading written out by the user (or proposed by electview), parsed and printed back.

Items are ``ROLE=COLUMNS`` separated by commas; a column is its header text or its 1-based number,
``A..B`` is a range and ``+`` joins several. Long tables: ``name=`` (given name + surname as
``name=3+4``), ``party=``, ``votes=`` (``votes=7+8+9`` adds vote modes), ``share=``, ``contest=``,
``region=`` (levels coarse to fine with ``>``). Wide tables: ``candidates=19..31``. Protocol
figures, never candidates: ``valid=``, ``registered=``, ``ballots=``, ``invalid=``, ``blank=``,
``ignore=``. The header: ``header=3`` (its line) or ``header=3-5`` (over three lines). Blocks
repeated per candidate: ``block=17:6`` (from column 17, six columns each) with ``name=``, ``votes=``
and ``number=`` then numbering the columns inside one block (``name=2+3,votes=4``).
"""

from __future__ import annotations

from electview.core.errors import LoadError
from electview.formats import _tabular
from electview.formats.tables.grid import Grid
from electview.formats.tables.header import Blocks
from electview.formats.tables.layout import Reading, Table, read_table

ROLES = (
    "name", "party", "votes", "share", "region", "contest", "candidates", "valid", "registered", "ballots", "invalid",
    "blank", "ignore", "header", "block", "number", "code", "parent",
)
PROTOCOL_ROLES = ("valid", "registered", "ballots", "invalid", "blank")


def _items(text: str, path: str) -> list[tuple[str, str]]:
    items = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        role, _, value = part.partition("=")
        role = role.strip().casefold()
        if role == "area":
            role = "region"
        if role not in ROLES or not value.strip():
            raise LoadError(path, f"--columns: expected ROLE=COLUMN with ROLE one of {', '.join(ROLES)}, got {part!r}")
        items.append((role, value.strip()))
    return items


def _column_number(text: str, count: int) -> bool:
    """Whether ``text`` numbers one of ``count`` columns ("²" is a digit to str.isdigit, and int() refuses 5,000 digits)."""
    return text.isascii() and text.isdigit() and len(text) <= 9 and 1 <= int(text) <= count


def column_index(text: str, headers: list[str], path: str = "") -> int:
    """A column by its header (case and spacing ignored) or its 1-based number."""
    folded = [_tabular.normalise_header(h) for h in headers]
    wanted = _tabular.normalise_header(text)
    if wanted in folded:
        return folded.index(wanted)
    if _column_number(text.strip(), len(headers)):
        return int(text) - 1
    raise LoadError(path, f"--columns: no column {text!r} (columns: {', '.join(headers)})")


def _columns(text: str, headers: list[str], path: str) -> list[int]:
    chosen: list[int] = []
    for part in text.split("+"):
        first, dots, last = part.partition("..")
        if dots:
            start, end = column_index(first, headers, path), column_index(last, headers, path)
            chosen.extend(range(min(start, end), max(start, end) + 1))
        else:
            chosen.append(column_index(part, headers, path))
    return chosen


def _header_lines(value: str, path: str) -> tuple[int, int]:
    first, _, last = value.partition("-")
    try:
        start = int(first)
        end = int(last) if last else start
    except ValueError:
        raise LoadError(path, f"--columns: header=LINE or header=FIRST-LAST, got {value!r}") from None
    if not 1 <= start <= end or end - start > 5:
        raise LoadError(path, f"--columns: header=LINE or header=FIRST-LAST (up to six lines), got {value!r}")
    return start, end - start + 1


def parse(text: str, grid: Grid) -> tuple[Table, Reading]:
    """The table (its header where ``header=`` puts it) and the reading ``text`` describes."""
    path = grid.path
    items = _items(text, path)
    header = next((value for role, value in items if role == "header"), None)
    if header is not None:
        first_line, count = _header_lines(header, path)
        table = read_table(grid, first_line, count)
    else:
        table = read_table(grid)
    headers = table.labels
    block_item = next((value for role, value in items if role == "block"), None)
    if block_item is not None:
        return table, _block_reading(items, block_item, table, path)
    return table, _reading(items, table, headers, path)


def _reading(items: list[tuple[str, str]], table: Table, headers: list[str], path: str) -> Reading:
    chosen: dict[str, list[int]] = {}
    protocol: list[tuple[str, int, str]] = []
    levels: list[int] = []
    for role, value in items:
        if role == "header":
            continue
        if role == "region":
            levels.extend(column_index(level, headers, path) for level in value.split(">"))
            continue
        columns = _columns(value, headers, path)
        if role in PROTOCOL_ROLES:
            protocol.extend((role, column, "") for column in columns)
        else:
            chosen.setdefault(role, []).extend(columns)
    one = lambda role: chosen[role][0] if role in chosen else None  # noqa: E731
    if "candidates" in chosen:
        candidates = tuple(chosen["candidates"])
        return Reading(
            layout="wide",
            areas=tuple(levels) or tuple(i for i in range(len(headers)) if not table.columns[i].numeric and i not in candidates)[:1],
            code=one("code"),
            parent_code=one("parent"),
            candidates=candidates,
            candidate_names=tuple(headers[i] for i in candidates),
            contests_of=("",) * len(candidates),
            protocol=tuple(protocol),
            ignored=tuple(chosen.get("ignore", ())),
        )
    if "name" not in chosen or not ({"votes", "share"} & chosen.keys()):
        raise LoadError(path, "--columns: a long table needs name= and votes= (or share=); a wide one candidates=FIRST..LAST")
    votes = chosen.get("votes", [])
    return Reading(
        layout="long",
        areas=tuple(levels),
        code=one("code"),
        contest=tuple(chosen.get("contest", ())),
        name=tuple(chosen["name"]),
        party=one("party"),
        votes=votes[0] if len(votes) == 1 else None,
        modes=tuple(votes) if len(votes) > 1 else (),
        share=one("share"),
        protocol=tuple(protocol),
    )


def _block_reading(items: list[tuple[str, str]], block: str, table: Table, path: str) -> Reading:
    start_text, _, width_text = block.partition(":")
    headers = table.labels
    try:
        start, width = column_index(start_text, headers, path), int(width_text)
    except ValueError:
        raise LoadError(path, f"--columns: block=FIRST_COLUMN:WIDTH, got {block!r}") from None
    if width < 2 or start + 2 * width > len(headers):
        raise LoadError(path, f"--columns: block={block}: blocks of {width} columns from column {start + 1} don't fit {len(headers)} columns")
    count = (len(headers) - start) // width
    inside = {role: [int(v) - 1 for v in value.split("+") if v.strip().isdigit()] for role, value in items if role in ("name", "votes", "number", "party")}
    if not inside.get("name") or not inside.get("votes") or any(not 0 <= o < width for offsets in inside.values() for o in offsets):
        raise LoadError(path, f"--columns: with block=, name= and votes= number the columns inside one block (1 to {width})")
    protocol = tuple((role, column, "") for role, value in items if role in PROTOCOL_ROLES for column in _columns(value, headers, path))
    levels = [column_index(level, headers, path) for role, value in items if role == "region" for level in value.split(">")]
    return Reading(
        layout="blocks",
        areas=tuple(levels),
        protocol=protocol,
        blocks=Blocks(start, width, count, tuple(headers[start : start + width])),
        block_name=tuple(inside["name"]),
        block_votes=inside["votes"][0],
        block_number=inside["number"][0] if inside.get("number") else None,
        block_party=inside["party"][0] if inside.get("party") else None,
    )


def describe(table: Table, reading: Reading) -> str:
    """The ``--columns`` text for ``reading``, by column number (headers hold commas)."""
    parts = []
    header = table.header
    if header.preamble or len(header.rows) > 1:
        first = header.first_line
        parts.append(f"header={first}" if len(header.rows) == 1 else f"header={first}-{table.grid.lines[header.body_start - 1]}")
    number = lambda columns: "+".join(str(i + 1) for i in columns)  # noqa: E731
    if reading.layout == "blocks" and reading.blocks is not None:
        blocks = reading.blocks
        parts.append(f"block={blocks.start + 1}:{blocks.width}")
        parts.append("name=" + "+".join(str(o + 1) for o in reading.block_name))
        parts.append(f"votes={(reading.block_votes or 0) + 1}")
        if reading.block_number is not None:
            parts.append(f"number={reading.block_number + 1}")
    elif reading.layout == "wide":
        parts.append("candidates=" + _ranges(reading.candidates))
    else:
        if reading.name:
            parts.append("name=" + number(reading.name))
        if reading.party is not None:
            parts.append(f"party={reading.party + 1}")
        if reading.votes is not None:
            parts.append(f"votes={reading.votes + 1}")
        elif reading.modes:
            parts.append("votes=" + number(reading.modes))
        if reading.contest:
            parts.append("contest=" + number(reading.contest))
    if reading.areas:
        parts.append("region=" + ">".join(str(i + 1) for i in reading.areas))
    for kind, column, _ in reading.protocol:
        if kind in PROTOCOL_ROLES:
            parts.append(f"{kind}={column + 1}")
    return ",".join(parts)


def _ranges(columns: tuple[int, ...]) -> str:
    runs: list[list[int]] = []
    for column in sorted(columns):
        if runs and column == runs[-1][-1] + 1:
            runs[-1].append(column)
        else:
            runs.append([column])
    return "+".join(f"{run[0] + 1}..{run[-1] + 1}" if len(run) > 1 else str(run[0] + 1) for run in runs)
