"""Stage 5: hold a reading to the file's own figures, mend it where the figures say how, or fail it.

In every area the candidates must add up to the file's valid votes (where it gives them); vote modes
to their total; in a long table, each contest's candidates (with its none-of-the-above or informal
row where the valid figure includes it) to its valid votes. A column that the figures show to be a
total of the candidates is the valid figure, never a candidate; a column equal to the surplus is a
subset counted twice ("of which …") and is set apart. What can't be mended fails the reading.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from electview.core.messages import QT_TRANSLATE_NOOP, Message
from electview.formats._longform import candidate_role
from electview.formats.tables.layout import Reading, Table

TOLERANCE = 0.5  # counts are whole numbers; a decimal comma misread shows as far more than this


@dataclass(frozen=True)
class Check:
    """One cross-check: what was compared, whether it held, and the figures."""

    what: str
    passed: bool
    detail: str
    failing_rows: int = 0
    first_failing_line: int | None = None


def reconcile(table: Table, reading: Reading) -> tuple[Reading, list[Check]]:
    """The reading, mended where the file's figures show how, and the checks it was held to."""
    if reading.layout == "wide":
        return _wide(table, reading)
    if reading.layout == "blocks":
        return reading, [_rows_add_up(table, reading, _block_sums(table, reading), "")]
    return _long(table, reading)


def passed(checks: list[Check]) -> bool:
    return all(check.passed for check in checks)


def _sum(table: Table, columns: list[int]) -> np.ndarray:
    if not columns:
        return np.zeros(len(table.body))
    return np.nansum(np.vstack([table.columns[i].values for i in columns]), axis=0)


def _agree(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Rows where both are known and equal (a row with the figure missing doesn't count against it)."""
    known = ~np.isnan(b)
    return ~known | (np.abs(a - np.nan_to_num(b)) <= TOLERANCE)


def _failing(table: Table, ok: np.ndarray) -> tuple[int, int | None]:
    bad = np.flatnonzero(~ok)
    return len(bad), (table.line(int(bad[0])) if len(bad) else None)


def _wide(table: Table, reading: Reading) -> tuple[Reading, list[Check]]:
    checks = []
    for contest in dict.fromkeys(reading.contests_of):
        reading, check = _wide_contest(table, reading, contest)
        checks.append(check)
    return reading, checks


def _wide_contest(table: Table, reading: Reading, contest: str) -> tuple[Reading, Check]:
    candidates = [c for c, of in zip(reading.candidates, reading.contests_of, strict=True) if of == contest]
    label = f" ({contest})" if contest else ""
    added = _sum(table, candidates)
    valid = reading.protocol_columns("valid", contest)
    for column in valid:
        if _agree(added, table.columns[column].values).all():
            return _keep_valid(reading, column, contest), _held(table, column, added, label, reading.parent_code is not None)
    # A column the candidates add up to is the valid figure, whatever its header says.
    used = set(reading.candidates) | {c for _, c, _ in reading.protocol} | set(reading.ignored)
    for other in table.columns:
        if other.index in used or not other.numeric or other.empty:
            continue
        if _agree(added, other.values).all() and np.nansum(other.values) > 0:
            reading = replace(reading, protocol=reading.protocol + (("valid", other.index, contest),))
            return reading, _held(table, other.index, added, label, reading.parent_code is not None)
    # One candidate column equal to the others' sum is their total; one equal to the surplus is a subset.
    for target in valid:
        surplus = added - np.nan_to_num(table.columns[target].values)
        for column in candidates:
            if _agree(surplus, table.columns[column].values).all() and np.nansum(table.columns[column].values) > 0:
                reading = _drop_candidate(reading, column)
                part = Message(
                    QT_TRANSLATE_NOOP("import", "column {column} is part of the other columns (with it the candidates add up to more than {total}); it is shown apart, not as a candidate"),
                    column=repr(table.columns[column].label), total=repr(table.columns[target].label),
                )  # fmt: skip
                reading = replace(reading, notes=reading.notes + (part,))
                return _wide_contest(table, reading, contest)
    # A column short of the valid figure by exactly one column's worth: that column is a candidate whose
    # name reads like a protocol line ("FREIE WÄHLER" is a party, not the voters).
    unused = [c.index for c in table.columns if c.numeric and not c.empty and c.index not in used]
    for target in valid:
        deficit = np.nan_to_num(table.columns[target].values) - added
        spare = [column for kind, column, of in reading.protocol if of in ("", contest) and kind not in ("valid", "registered")]
        for column in spare + unused:
            if column != target:
                values = table.columns[column].values
                if _agree(deficit, values).all() and np.nansum(values) > 0:
                    reading = replace(
                        reading,
                        protocol=tuple(p for p in reading.protocol if p[1] != column),
                        candidates=reading.candidates + (column,),
                        candidate_names=reading.candidate_names + (_top_label(table, column),),
                        contests_of=reading.contests_of + (contest,),
                    )
                    return _wide_contest(table, reading, contest)
    for column in candidates:
        others = [c for c in candidates if c != column]
        if others and _agree(_sum(table, others), table.columns[column].values).all() and len(others) >= 2:
            reading = _drop_candidate(reading, column)
            reading = replace(reading, protocol=reading.protocol + (("valid", column, contest),))
            return _wide_contest(table, reading, contest)
    if not valid:
        # A column the candidates add up to nearly everywhere is the valid figure with rows that disagree
        # (one they match everywhere was taken above, unless it is all zeros: that says nothing).
        near = [
            other.index for other in table.columns
            if other.index not in used and other.numeric and not other.empty and 0.9 <= _agree(added, other.values).mean() < 1
        ]
        if not near:
            return reading, _bounded(table, reading, added, contest, label)
        valid = near[:1]
    target = valid[0]
    ok = _agree(added, table.columns[target].values)
    count, line = _failing(table, ok)
    first = int(np.flatnonzero(~ok)[0])
    return reading, Check(
        f"candidates add up to {table.columns[target].label!r}{label}",
        False,
        f"the {len(candidates)} candidate columns add up to {added[first]:,.0f} but {table.columns[target].label!r} says "
        f"{table.columns[target].values[first]:,.0f} at line {line} ({count:,} of {len(table.body):,} rows disagree)",
        count,
        line,
    )


def _top_label(table: Table, column: int) -> str:
    parts = table.header.labels[column]
    return parts[0] if parts else table.columns[column].label


def _held(table: Table, column: int, added: np.ndarray, label: str, totals_inside: bool = False) -> Check:
    # Added up over the rows the figure means something only where no row totals others.
    overall = "" if totals_inside else f" ({np.nansum(table.columns[column].values):,.0f} in all rows)"
    return Check(
        f"candidates add up to {table.columns[column].label!r}{label}",
        True,
        f"in all {len(table.body):,} rows the candidates add up to {table.columns[column].label!r}{overall}",
    )


def _bounded(table: Table, reading: Reading, added: np.ndarray, contest: str, label: str) -> Check:
    """Without a valid-votes figure the candidates must at least fit within the electorate and the ballots."""
    for kind in ("registered", "ballots"):
        for column in reading.protocol_columns(kind, contest):
            limit = table.columns[column].values
            ok = np.isnan(limit) | (added <= limit + TOLERANCE)
            if not ok.all():
                count, line = _failing(table, ok)
                return Check(
                    f"candidates within {table.columns[column].label!r}{label}",
                    False,
                    f"the candidate columns add up to more than {table.columns[column].label!r} at line {line} ({count:,} rows)",
                    count,
                    line,
                )
    return Check(f"candidates{label}", True, "the file gives no valid-votes figure to check the candidates against")


def _keep_valid(reading: Reading, column: int, contest: str) -> Reading:
    """The valid figure that held; other "valid" columns (valid ballots beside valid votes) are protocol lines."""
    protocol = tuple((kind if not (kind == "valid" and c != column and of in ("", contest)) else "count", c, of) for kind, c, of in reading.protocol)
    return replace(reading, protocol=protocol)


def _drop_candidate(reading: Reading, column: int) -> Reading:
    keep = [i for i, c in enumerate(reading.candidates) if c != column]
    return replace(
        reading,
        candidates=tuple(reading.candidates[i] for i in keep),
        candidate_names=tuple(reading.candidate_names[i] for i in keep),
        contests_of=tuple(reading.contests_of[i] for i in keep),
        ignored=reading.ignored + (column,),
    )


def _block_sums(table: Table, reading: Reading) -> np.ndarray:
    assert reading.blocks is not None and reading.block_votes is not None
    return _sum(table, reading.blocks.columns(reading.block_votes))


def _rows_add_up(table: Table, reading: Reading, added: np.ndarray, contest: str) -> Check:
    valid = reading.protocol_columns("valid", contest)
    if not valid:
        return _bounded(table, reading, added, contest, "")
    column = valid[0]
    ok = _agree(added, table.columns[column].values)
    if ok.all():
        return _held(table, column, added, "")
    count, line = _failing(table, ok)
    first = int(np.flatnonzero(~ok)[0])
    return Check(
        f"candidates add up to {table.columns[column].label!r}",
        False,
        f"the candidates add up to {added[first]:,.0f} but {table.columns[column].label!r} says "
        f"{table.columns[column].values[first]:,.0f} at line {line} ({count:,} rows disagree)",
        count,
        line,
    )


def group_keys(table: Table, columns: tuple[int, ...]) -> np.ndarray:
    """An integer per row naming its group of ``columns``' values."""
    if not columns:
        return np.zeros(len(table.body), dtype=np.int64)
    keys = ["\x1f".join(table.columns[i].cells[row] for i in columns) for row in range(len(table.body))]
    _, inverse = np.unique(np.asarray(keys, dtype=object), return_inverse=True)
    return inverse.astype(np.int64)


def _long(table: Table, reading: Reading) -> tuple[Reading, list[Check]]:
    checks: list[Check] = []
    votes = _long_votes(table, reading)
    if reading.votes is not None and reading.modes:
        added = _sum(table, list(reading.modes))
        ok = _agree(added, table.columns[reading.votes].values)
        count, line = _failing(table, ok)
        checks.append(Check(
            f"vote modes add up to {table.columns[reading.votes].label!r}",
            bool(ok.all()),
            f"the vote modes add up to {table.columns[reading.votes].label!r} in all {len(table.body):,} rows" if ok.all()
            else f"the vote-mode columns don't add up to {table.columns[reading.votes].label!r} at line {line} ({count:,} rows)",
            count,
            line,
        ))
    groups = group_keys(table, reading.contest + reading.areas)
    names = [" ".join(table.columns[i].cells[row] for i in reading.name) for row in range(len(table.body))]
    pseudo = np.array([candidate_role(name) != "candidate" for name in names])
    for column in reading.protocol_columns("valid"):
        stated = table.columns[column].values
        by_group_candidates = np.bincount(groups, weights=np.where(pseudo, 0.0, np.nan_to_num(votes)))
        by_group_all = np.bincount(groups, weights=np.nan_to_num(votes))
        first_of: dict[int, int] = {}
        for row, group in enumerate(groups):
            first_of.setdefault(int(group), row)
        rows = np.array(sorted(first_of.values()))
        stated_by_group = stated[rows]
        group_ids = groups[rows]
        with_all = _agree(by_group_all[group_ids], stated_by_group)
        without = _agree(by_group_candidates[group_ids], stated_by_group)
        ok = with_all | without
        count = int((~ok).sum())
        line = table.line(int(rows[~ok][0])) if count else None
        checks.append(Check(
            f"each contest's candidates add up to {table.columns[column].label!r}",
            count == 0,
            f"in all {len(rows):,} contest areas the candidates add up to {table.columns[column].label!r}" if count == 0
            else f"in {count:,} of {len(rows):,} contest areas the candidates don't add up to {table.columns[column].label!r} (first at line {line})",
            count,
            line,
        ))
    if reading.share is not None:
        reading, share_check = _shares(table, reading, votes, groups, pseudo)
        if share_check is not None:
            checks.append(share_check)
    if not checks:
        checks.append(Check("candidates", True, "the file gives no totals or shares to check the candidates against"))
    return reading, checks


def _long_votes(table: Table, reading: Reading) -> np.ndarray:
    if reading.votes is not None:
        return table.columns[reading.votes].values
    return _sum(table, list(reading.modes))


def _shares(table: Table, reading: Reading, votes: np.ndarray, groups: np.ndarray, pseudo: np.ndarray) -> tuple[Reading, Check | None]:
    """Shares the file gives must be votes over the contest's total (as fractions or percent); else they are not shares of this."""
    assert reading.share is not None
    stated = table.columns[reading.share].values
    base_all = np.bincount(groups, weights=np.nan_to_num(votes))[groups]
    base_candidates = np.bincount(groups, weights=np.where(pseudo, 0.0, np.nan_to_num(votes)))[groups]
    known = ~np.isnan(stated) & ~np.isnan(votes) & ~pseudo
    if not known.any():
        return reading, None
    # The file's shares are kept as reported (the audit compares them); only a column that is plainly a
    # share of something else (turnout, of the electorate) is set aside: typically off by points, not decimals.
    best = np.inf
    for base in (base_all, base_candidates):
        with np.errstate(divide="ignore", invalid="ignore"):
            computed = np.where(base > 0, votes / base * 100.0, np.nan)
        for scale in (100.0, 1.0):
            differences = np.abs(computed[known] - stated[known] * scale)
            differences = differences[~np.isnan(differences)]
            if len(differences):
                best = min(best, float(np.median(differences)))
    if best <= 1.0:
        return reading, Check(
            f"shares in {table.columns[reading.share].label!r}", True,
            f"the shares in {table.columns[reading.share].label!r} match the votes over each contest's total",
        )
    # Kept as the file's own figures (a table of some parties gives shares of the national total).
    own = Message(
        QT_TRANSLATE_NOOP("import", "the shares in {column} are not the votes over this table's totals; shown as the file's own figures"),
        column=repr(table.columns[reading.share].label),
    )  # fmt: skip
    reading = replace(reading, notes=reading.notes + (own,))
    return reading, None
