"""The stations the integrity checks look at, for files that keep them apart from the contest's units.

A booth CSV's contests stop at districts; its polling stations are in the precinct tables the
format reads on demand (``load_precincts``). For the checks, the contest is given those stations as
units below its districts (core.precinct_stations). Every other format's stations are its own units.
"""

from __future__ import annotations

from electview.core import integrity
from electview.core.model import Contest, ResultsDataset
from electview.core.precinct_stations import with_stations
from electview.core.report_integrity import StationsOf, stations_lookup
from electview.core.errors import LoadError
from electview.formats import FORMATS


def _precinct_reader(dataset: ResultsDataset):
    if not dataset.source_path:
        return None
    return next(
        (fmt.load_precincts for fmt in FORMATS if fmt.NAME == dataset.source_format and hasattr(fmt, "load_precincts")), None
    )


def may_have_stations(dataset: ResultsDataset | None, contest: Contest | None) -> bool:
    """Cheap: whether the checks may find stations (units with electors, or a format that keeps stations apart)."""
    if dataset is None or contest is None:
        return False
    return integrity.has_stations(contest) or _precinct_reader(dataset) is not None


def station_contest(dataset: ResultsDataset, contest: Contest, job=None) -> Contest:
    """``contest`` with the stations the checks look at: its own, or those the format's precinct tables hold."""
    if integrity.has_stations(contest):
        return contest
    read = _precinct_reader(dataset)
    if read is None:
        return contest
    tables = read(dataset.source_path, dataset, job)
    table = tables.get((contest.totals_of or contest).id)
    return contest if table is None else with_stations(contest, table)


def report_stations(dataset: ResultsDataset) -> StationsOf:
    """Where a report's Integrity sections find each contest's stations (``ReportOptions.stations_of``):
    None when the contests' own units are the stations. Stations that can't be read (the file changed
    or went since it was opened) leave the contest as it is: its section is then left out, not the report."""
    if _precinct_reader(dataset) is None:
        return None

    def find(contest: Contest) -> Contest:
        try:
            return station_contest(dataset, contest)
        except LoadError:
            return contest

    return stations_lookup(find)
