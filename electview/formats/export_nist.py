"""Export a dataset as NIST SP 1500-100 Election Results Reporting V2 JSON, which electview reads back to the same figures.

Each contest becomes a CandidateContest whose selections carry ``total`` VoteCounts at the
units the dataset counts at; the units become ReportingUnits composing their children, under
one election scope. What V2 has no place for (non-candidate counts other than over/under votes
and write-ins) is listed in the report's ``Notes`` and returned as warnings, never silently dropped.

V2 has no field for a reported share. A source that gives some candidates only a share (the KZ
preliminary count: Tokayev's votes, everyone's shares) would otherwise export as Tokayev alone,
at 100% in any reader. So each reported share rides on its Candidate as an ExternalIdentifier
(``OtherType`` :data:`SHARE_ID`, ``Value`` "<GpUnitId> <share>"), and electview's estimate of the
candidate's votes there as a VoteCounts of ``Type`` "other", ``OtherType`` :data:`ESTIMATE_TYPE`:
a reader that sums every count sees the estimate, one that reads only ``total`` sees what was
reported, and electview reads the shares back and estimates the same votes again, marked.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from typing import Any
from collections.abc import Mapping

import numpy as np

from electview import __version__
from electview.core.atomic import write_text_atomic
from electview.core.model import ResultsDataset, Status, UnitTable
from electview.core.tally import tally
from electview.formats._nist import ESTIMATE_TYPE, SHARE_ID

STATUS = {
    Status.CERTIFIED: "certified",
    Status.FINAL: "unofficial-complete",
    Status.UNOFFICIAL: "unofficial-complete",
    Status.PRELIMINARY: "unofficial-partial",
    Status.PRE_ELECTION: "pre-election",
    Status.UNKNOWN: "unofficial-partial",
}
UNIT_TYPES = {
    "ballot-batch", "ballot-style-area", "borough", "city", "city-council", "combined-precinct", "congressional",
    "country", "county", "county-council", "drop-box", "judicial", "municipality", "polling-place", "precinct",
    "school", "special", "split-precinct", "state", "state-house", "state-senate", "town", "township", "utility",
    "village", "vote-center", "ward", "water",
}
OTHER_FIELDS = {"overvotes": "Overvotes", "undervotes": "Undervotes", "write-ins": "WriteIns"}
# Issuer is required; the source's authority when known. (Not the bare word "electview", which
# would make the file look like electview's own format to a sniffer.)
ISSUER_NOT_STATED = "not stated (exported by electview)"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _text(value: str, names: Mapping[str, str] | None = None) -> dict:
    """An InternationalizedText: the default text (as English, as before; "und" if English is taken) and every language."""
    names = names or {}
    given = {tag: text for tag, text in names.items() if tag}
    default = names.get("", value)  # a dataset shown in another language keeps the source's text under ""
    texts = list(given.items())
    if default not in given.values():
        texts.insert(0, ("und" if "en" in given else "en", default))
    return {
        "@type": "ElectionResults.InternationalizedText",
        "Text": [{"@type": "ElectionResults.LanguageString", "Content": text, "Language": tag} for tag, text in texts],
    }


def _count(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


class _Units:
    """GpUnit ids for every unit table the contests use; one scope unit over all roots."""

    def __init__(self) -> None:
        self.tables: list[UnitTable] = []
        self.gpunits: list[dict] = []
        self.roots: list[str] = []

    def ids_for(self, units: UnitTable) -> list[str]:
        for position, table in enumerate(self.tables):
            if table is units:
                return [f"gpu-{position}-{i}" for i in range(len(units))]
        position = len(self.tables)
        self.tables.append(units)
        ids = [f"gpu-{position}-{i}" for i in range(len(units))]
        for index in range(len(units)):
            kind = str(units.kinds[index] or "")
            unit: dict[str, Any] = {
                "@type": "ElectionResults.ReportingUnit",
                "@id": ids[index],
                "Name": _text(str(units.names[index]), units.unit_names(index)),
                "Type": kind if kind in UNIT_TYPES else "other",
                "ExternalIdentifier": [
                    {"@type": "ElectionResults.ExternalIdentifier", "Type": "other", "OtherType": "electview-id", "Value": str(units.ids[index])}
                ],
            }
            if unit["Type"] == "other" and kind:
                unit["OtherType"] = kind
            children = np.flatnonzero(units.parents == index)
            if len(children):
                unit["ComposingGpUnitIds"] = [ids[c] for c in children]
            if not np.isnan(units.registered[index]):
                unit["VotersRegistered"] = int(units.registered[index])
            self.gpunits.append(unit)
            if units.parents[index] < 0:
                self.roots.append(ids[index])
        return ids

    def scope(self, title: str) -> str:
        if len(self.roots) == 1:
            return self.roots[0]
        self.gpunits.append(
            {"@type": "ElectionResults.ReportingUnit", "@id": "gpu-scope", "Name": _text(title), "Type": "other",
             "OtherType": "all", "ComposingGpUnitIds": list(self.roots)}
        )
        return "gpu-scope"


def _estimates(contest) -> dict[int, dict[int, float]]:
    """{column: {unit: votes}} electview estimates from reported shares, at each unit that reports shares."""
    out: dict[int, dict[int, float]] = {}
    for unit in sorted(set(contest.shares.unit.tolist())):
        result = tally(contest, unit)
        for column in np.flatnonzero(result.votes_estimated).tolist():
            out.setdefault(int(column), {})[int(unit)] = float(result.votes[column])
    return out


def to_nist_json(dataset: ResultsDataset, now: dt.datetime | None = None) -> tuple[dict, list[str]]:
    """(the ElectionReport as JSON-ready data, what could not be carried over)."""
    now = (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    lost: list[str] = []
    units = _Units()
    parties: dict[str, dict] = {}
    candidates: list[dict] = []
    contests: list[dict] = []
    ballot_counts: dict[str, float] = {}
    for number, contest in enumerate(dataset.contests):
        ids = units.ids_for(contest.units)
        for index in range(len(contest.units)):
            if not np.isnan(contest.units.ballots_cast[index]):
                ballot_counts[ids[index]] = float(contest.units.ballots_cast[index])
        shares: dict[int, dict[int, float]] = {}  # column -> {unit: reported share}
        for unit, column, value in zip(contest.shares.unit.tolist(), contest.shares.column.tolist(), contest.shares.value.tolist(), strict=True):
            if not np.isnan(value):
                shares.setdefault(int(column), {})[int(unit)] = float(value)
        estimates = _estimates(contest)
        selections = []
        for column, candidate in enumerate(contest.candidates):
            candidate_id = f"can-{number}-{column}"
            entry = {"@type": "ElectionResults.Candidate", "@id": candidate_id, "BallotName": _text(candidate.name, candidate.names)}
            if candidate.party:
                party_id = parties.setdefault(
                    candidate.party,
                    {"@type": "ElectionResults.Party", "@id": f"par-{len(parties)}", "Name": _text(candidate.party, candidate.party_names)},
                )["@id"]
                entry["PartyId"] = party_id
                if candidate.colour and "Color" not in parties[candidate.party]:
                    parties[candidate.party]["Color"] = candidate.colour.lstrip("#").lower()
            if column in shares:
                entry["ExternalIdentifier"] = [
                    {"@type": "ElectionResults.ExternalIdentifier", "Type": "other", "OtherType": SHARE_ID, "Value": f"{ids[unit]} {share!r}"}
                    for unit, share in sorted(shares[column].items())
                ]
            candidates.append(entry)
            rows = contest.votes.column == column
            sums: dict[int, float] = {}
            for unit, value in zip(contest.votes.unit[rows], contest.votes.value[rows], strict=True):
                if not np.isnan(value):
                    sums[int(unit)] = sums.get(int(unit), 0.0) + float(value)
            estimated = {unit: value for unit, value in estimates.get(column, {}).items() if unit not in sums}
            if not sums and not estimated and column not in shares:
                lost.append(f"{contest.name}: {candidate.name} has no reported votes")
            elif not sums and not estimated:
                lost.append(f"{contest.name}: {candidate.name} has only a share, and no votes to estimate its count from")
            selections.append(
                {
                    "@type": "ElectionResults.CandidateSelection",
                    "@id": f"cs-{number}-{column}",
                    "CandidateIds": [candidate_id],
                    "VoteCounts": [
                        {"@type": "ElectionResults.VoteCounts", "GpUnitId": ids[unit], "Type": "total", "Count": _count(value)}
                        for unit, value in sorted(sums.items())
                    ]
                    + [
                        {"@type": "ElectionResults.VoteCounts", "GpUnitId": ids[unit], "Type": "other", "OtherType": ESTIMATE_TYPE,
                         "Count": _count(value)}
                        for unit, value in sorted(estimated.items())
                    ],
                }
            )
        other_counts: dict[int, dict[str, Any]] = {}
        for unit, column, value in zip(contest.other_counts.unit, contest.other_counts.column, contest.other_counts.value, strict=True):
            kind = contest.other_kinds[int(column)]
            field = OTHER_FIELDS.get(kind)
            if field is None:
                lost.append(f"{contest.name}: {kind} counts have no place in NIST V2 and are not exported")
                continue
            unit_counts = other_counts.setdefault(int(unit), {"@type": "ElectionResults.OtherCounts", "GpUnitId": ids[int(unit)]})
            unit_counts[field] = _count(unit_counts.get(field, 0) + float(value))
        record: dict[str, Any] = {
            "@type": "ElectionResults.CandidateContest",
            "@id": f"con-{number}",
            "Name": contest.names.get("", contest.name),  # the source's own text when shown in another language
            "ElectionDistrictId": ids[int(contest.units.roots()[0])] if len(contest.units.roots()) == 1 else None,
            "VotesAllowed": contest.seats,
            "ContestSelection": selections,
        }
        if contest.names:  # Name is plain text in V2; BallotTitle carries the other languages
            record["BallotTitle"] = _text(contest.name, contest.names)
        if other_counts:
            record["OtherCounts"] = [other_counts[u] for u in sorted(other_counts)]
        if contest.units_reporting is not None:
            record["SubUnitsReported"] = contest.units_reporting
        if contest.units_total is not None:
            record["TotalSubUnits"] = contest.units_total
        contests.append(record)
    if dataset.turnout.percent is not None:  # V2 has ballots and registered voters, not a reported percentage
        lost.append(f"the reported turnout {dataset.turnout.percent!r}% has no place in NIST V2 and is not exported")
    election = dataset.election
    scope = units.scope(election.jurisdiction or election.country or election.title)
    for record in contests:
        record["ElectionDistrictId"] = record["ElectionDistrictId"] or scope
    date = election.date if _ISO_DATE.match(election.date or "") else now.date().isoformat()
    if not _ISO_DATE.match(election.date or ""):
        lost.append(f"the election date {election.date!r} is not a calendar date; the export date stands in for it")
    report = {
        "@type": "ElectionResults.ElectionReport",
        "Format": "precinct-level" if any(len(t) > 1 for t in units.tables) else "summary-contest",
        "GeneratedDate": now.isoformat().replace("+00:00", "Z"),
        "Issuer": election.source.authority or ISSUER_NOT_STATED,
        "IssuerAbbreviation": (election.source.authority or ISSUER_NOT_STATED)[:20],
        "Status": STATUS[election.status],
        "VendorApplicationId": f"electview {__version__}",
        "SequenceStart": 1,
        "SequenceEnd": 1,
        "Election": [
            {
                "@type": "ElectionResults.Election",
                "Name": _text(election.title, election.titles),
                "StartDate": date,
                "EndDate": date,
                "Type": "general",
                "ElectionScopeId": scope,
                "Candidate": candidates,
                "Contest": contests,
                **(
                    {"BallotCounts": [
                        {"@type": "ElectionResults.BallotCounts", "GpUnitId": unit, "Type": "total", "BallotsCast": _count(value)}
                        for unit, value in ballot_counts.items()
                    ]}
                    if ballot_counts
                    else {}
                ),
            }
        ],
        "GpUnit": units.gpunits,
        "Party": list(parties.values()),
    }
    lost = list(dict.fromkeys(lost))
    if lost:
        report["Notes"] = "Not exported by electview: " + "; ".join(lost)
    return report, lost


def write_nist_json(dataset: ResultsDataset, path: str | os.PathLike) -> list[str]:
    """Write the export atomically; returns what could not be carried over."""
    import json

    report, lost = to_nist_json(dataset)
    write_text_atomic(path, json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    return lost
