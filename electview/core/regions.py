"""Finding a reporting unit by name and narrowing a dataset to one region (``summary --region``)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from electview.core.model import Contest, CountTable, ResultsDataset, Turnout, UnitTable


def _depth(units: UnitTable, index: int) -> int:
    depth = 0
    while units.parents[index] >= 0 and depth <= len(units):
        index = int(units.parents[index])
        depth += 1
    return depth


def find_unit(units: UnitTable, name: str) -> int:
    """The unit whose id is ``name``, else whose name matches it (case-insensitive), the highest level first."""
    wanted = name.strip()
    exact = np.flatnonzero(units.ids == wanted)
    if len(exact):
        return int(exact[0])
    folded = wanted.casefold()
    hits = [i for i, unit_name in enumerate(units.names) if str(unit_name).strip().casefold() == folded]
    if not hits:
        raise KeyError(name)
    return min(hits, key=lambda i: _depth(units, i))


def _subtree(units: UnitTable, root: int) -> tuple[UnitTable, np.ndarray]:
    """The units at and below ``root`` re-indexed (root first), and old index → new index (-1 outside)."""
    inside = np.flatnonzero(units.within(root))
    order = np.concatenate(([root], inside[inside != root]))
    new_index = np.full(len(units), -1, dtype=np.int64)
    new_index[order] = np.arange(len(order))
    parents = new_index[units.parents[order].clip(min=0)]
    parents[0] = -1
    table = UnitTable(
        ids=units.ids[order],
        names=units.names[order],
        kinds=units.kinds[order],
        parents=parents.astype(np.int32),
        registered=units.registered[order],
        ballots_cast=units.ballots_cast[order],
        turnout_percent=None if units.turnout_percent is None else units.turnout_percent[order],
    )
    return table, new_index


def _rows_inside(table: CountTable, new_index: np.ndarray) -> CountTable:
    unit = new_index[table.unit] if len(table) else np.zeros(0, dtype=np.int64)
    keep = unit >= 0
    return CountTable(unit[keep].astype(np.int32), table.column[keep], table.value[keep])


def restrict(dataset: ResultsDataset, region: str) -> ResultsDataset:
    """The dataset as seen from one region: its contests with counts there, that region at the root.

    Raises KeyError when no contest has a unit of that name.
    """
    contests: list[Contest] = []
    found = False
    cache: dict[int, tuple[int, UnitTable, np.ndarray]] = {}
    region_name = region
    for contest in dataset.contests:
        try:
            root = find_unit(contest.units, region)
        except KeyError:
            continue
        found = True
        key = id(contest.units)
        if key not in cache or cache[key][0] != root:
            cache[key] = (root, *_subtree(contest.units, root))
        _, units, new_index = cache[key]
        votes = _rows_inside(contest.votes, new_index)
        if not len(votes):
            continue
        region_name = str(units.names[0])
        whole = contest.units.parents[root] < 0
        # The contest's progress per place, re-indexed; the region's own becomes the contest's.
        unit_reporting = {int(new_index[u]): figures for u, figures in contest.unit_reporting.items() if new_index[u] >= 0}
        reported, total = (contest.units_reporting, contest.units_total) if whole else unit_reporting.get(0, (None, None))
        contests.append(
            replace(
                contest,
                units=units,
                votes=votes,
                shares=_rows_inside(contest.shares, new_index),
                other_counts=_rows_inside(contest.other_counts, new_index),
                units_reporting=reported,
                units_total=total,
                unit_reporting=unit_reporting,
            )
        )
    if not found:
        raise KeyError(region)
    if not contests:
        raise KeyError(f"{region} (no contest has results there)")
    election = dataset.election
    is_whole = all(c.units.parents[find_unit(c.units, region)] < 0 for c in dataset.contests if _has(c.units, region))
    return replace(
        dataset,
        election=replace(election, title=election.title if is_whole else f"{election.title} — {region_name}"),
        contests=tuple(contests),
        turnout=dataset.turnout if is_whole else Turnout(),
    )


def _has(units: UnitTable, name: str) -> bool:
    try:
        find_unit(units, name)
    except KeyError:
        return False
    return True


def region_names(dataset: ResultsDataset, limit: int = 12) -> list[str]:
    """Some unit names to suggest when a region isn't found: the top levels first."""
    names: list[str] = []
    for contest in dataset.contests:
        units = contest.units
        for index in sorted(range(len(units)), key=lambda i: _depth(units, i)):
            name = str(units.names[index])
            if name not in names:
                names.append(name)
            if len(names) >= limit:
                return names
    return names
