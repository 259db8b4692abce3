"""A contest whose stations live in its precinct table (booth files) as one whose units go down to those stations.

The booth reader keeps a contest's units at country → region → district and its million precincts in a
:class:`~electview.core.precincts.PrecinctTable` for the browser, so the station checks (core.integrity), which
look at a contest's lowest counted units, find only districts and no registered voters. :func:`with_stations`
gives them the precincts as units, each with its registered voters and votes. A by-party total (``totals_of``)
takes its candidates' precinct table, each candidate's votes counted for their party.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from electview.core.model import Contest, CountTable, UnitTable
from electview.core.party_totals import party_label
from electview.core.precincts import PrecinctTable

STATION_KIND = "precinct"


def with_stations(contest: Contest, table: PrecinctTable) -> Contest:
    """``contest`` with each precinct of ``table`` a unit below its district, counted there instead of the districts.

    The votes are the precincts' rows only (a booth file's district totals are their sums), so totals at any place
    stay what they were. A table whose precincts already are the contest's units (``table.unit``) or an empty one
    changes nothing. For a by-party total, ``table`` is the precinct table of the contest it totals."""
    if table.unit is not None or not len(table):
        return contest
    units, count = contest.units, len(table)
    names = np.asarray(table.names).astype(object)
    # Station names repeat across districts ("Booth 1" in each): the district's id keeps the station's unique.
    ids = units.ids[table.district].astype(str).astype(object) + "/" + names
    ballots = table.ballots if table.ballots is not None else np.full(count, np.nan)
    extended = UnitTable(
        ids=np.concatenate([units.ids, ids]),
        names=np.concatenate([units.names, names]),
        kinds=np.concatenate([units.kinds, np.full(count, STATION_KIND, dtype=object)]),
        parents=np.concatenate([units.parents, np.asarray(table.district, dtype=units.parents.dtype)]),
        registered=np.concatenate([units.registered, np.asarray(table.registered, dtype=np.float64)]),
        ballots_cast=np.concatenate([units.ballots_cast, np.asarray(ballots, dtype=np.float64)]),
        names_in={tag: np.concatenate([given, np.full(count, "", dtype=object)]) for tag, given in units.names_in.items()},
        turnout_percent=None if units.turnout_percent is None else np.concatenate([units.turnout_percent, np.full(count, np.nan)]),
    )
    column = np.asarray(table.column)
    if contest.totals_of is not None:  # a candidate's votes are their party's: the column of their party's total
        party_column = {candidate.name: i for i, candidate in enumerate(contest.candidates)}
        column = np.array([party_column[party_label(c)] for c in contest.totals_of.candidates], dtype=np.int64)[column]
    votes = CountTable(unit=len(units) + table.row_precinct, column=column, value=np.asarray(table.value))
    return replace(contest, units=extended, votes=votes)
