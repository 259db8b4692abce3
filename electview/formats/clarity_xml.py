"""Clarity / Scytl election-night reporting ``detail.xml`` (root ``ElectionResult``).

Each choice carries its total three times: ``Choice@totalVotes``, the sum of its
``VoteType@votes`` (election day, early, absentee… or one "Total Votes"), and the sum of the
county or precinct children of each VoteType. Counts are taken at the unit level (modes
added up per unit) and checked against ``totalVotes``; contest-level Undervotes/Overvotes
VoteTypes are non-candidate counts. Units are matched by name, the only key the file has.
"""

from __future__ import annotations

import math
import re
from typing import Literal, overload
from dataclasses import replace
from pathlib import Path
from xml.etree.ElementTree import Element

from electview.core.errors import LoadError
from electview.core.messages import QT_TRANSLATE_NOOP, Message
from electview.core.model import Election, ResultsDataset, Source, Turnout
from electview.formats import _xml
from electview.formats._builder import ContestBuilder, UnitRegistry, unique_contest_names

NAME = "Clarity election night results (detail.xml)"
PATTERNS = ("detail.xml", "*.xml")
_UNIT_TAGS = ("County", "Precinct")
_OTHER_VOTE_TYPES = {"undervotes": "undervotes", "overvotes": "overvotes"}


def sniff(head: bytes) -> bool:
    return _xml.root_name(head) == "ElectionResult"


def us_date(text: str) -> str:
    """"11/5/2024" → "2024-11-05"; anything else is kept as given."""
    match = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*", text or "")
    if not match:
        return (text or "").strip()
    month, day, year = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def meaningful_party(party: str) -> str:
    """Clarity overloads the party field: "Y"/"N" on questions, "1", "2"… on non-partisan races."""
    party = (party or "").strip()
    return "" if party.isdigit() or party in ("Y", "N") else party


class _Reader:
    def __init__(self, path: Path, root: Element) -> None:
        self.path = path
        self.root = root

    @overload
    def number(self, element: Element, name: str, required: Literal[True]) -> float: ...
    @overload
    def number(self, element: Element, name: str, required: bool = False) -> float | None: ...

    def number(self, element: Element, name: str, required: bool = False) -> float | None:
        """The attribute as a finite number; None when blank (a LoadError when ``required``)."""
        raw = element.attrib.get(name)
        if raw is None or not raw.strip():
            if required:
                raise LoadError(self.path, f"attribute {name} is missing", _xml.path_of(element, self.root))
            return None
        try:
            value = float(raw.replace(",", ""))
        except ValueError:
            value = math.nan
        if not math.isfinite(value):  # "NaN", "inf" and "1e999" parse as floats but count nothing
            raise LoadError(
                self.path, f"attribute {name}={raw[:30]!r} is not a number", _xml.path_of(element, self.root)
            )
        return value


def _turnout_units(reader: _Reader, registry: UnitRegistry, root_unit: int) -> Turnout:
    """Units and turnout from ElectionVoterTurnout (state files) or VoterTurnout (county files)."""
    element = _xml.child(reader.root, "ElectionVoterTurnout") or _xml.child(reader.root, "VoterTurnout")
    if element is None:
        return Turnout()
    for unit in element.iter():
        tag = _xml.local(unit.tag)
        if tag not in _UNIT_TAGS or not unit.attrib.get("name"):
            continue
        index = registry.add(unit.attrib["name"].strip(), unit.attrib["name"], tag.lower(), root_unit)
        registered = reader.number(unit, "totalVoters")
        ballots = reader.number(unit, "ballotsCast")
        # Precinct rows often say totalVoters="0" beside real ballots: not reported, not zero.
        # The county's own voterTurnout, so a drill-down says it as reported rather than working it out.
        percent = reader.number(unit, "voterTurnout") if registered else None
        registry.set_turnout(index, registered if registered else None, ballots, percent if percent is None or 0 <= percent <= 100 else None)
    registered = reader.number(element, "totalVoters")
    registry.set_turnout(root_unit, registered if registered else None, reader.number(element, "ballotsCast"))
    return Turnout(
        registered=registered if registered else None,
        ballots_cast=reader.number(element, "ballotsCast"),
        percent=reader.number(element, "voterTurnout") if registered else None,
        definition="ballots cast as a share of registered voters",
    )


def _unit_counts(reader: _Reader, vote_type: Element, registry: UnitRegistry, root_unit: int) -> list[tuple[int, float]]:
    """(unit, votes) under one VoteType: its County/Precinct children, or the VoteType itself."""
    rows = []
    for unit in vote_type:
        tag = _xml.local(unit.tag)
        if tag in _UNIT_TAGS:
            name = unit.attrib.get("name", "").strip()
            rows.append((registry.add(name, name, tag.lower(), root_unit), reader.number(unit, "votes", True)))
    if not rows:
        rows.append((root_unit, reader.number(vote_type, "votes", True)))
    return rows


def _contest(
    reader: _Reader,
    element: Element,
    registry: UnitRegistry,
    root_unit: int,
    warnings: list[Message],
    reporting: dict[int, tuple[int | None, int]],
) -> ContestBuilder:
    """One Contest; its per-county progress (ParticipatingCounties) goes into ``reporting``."""
    key = element.attrib.get("key", "")
    name = (element.attrib.get("text") or key or "Contest").strip()
    seats = reader.number(element, "voteFor")
    builder = ContestBuilder(key or name, name, int(seats or 1))
    reported = reader.number(element, "precinctsReported")
    total = reader.number(element, "precinctsParticipating")
    if total is not None:
        builder.units_total = int(total)
        builder.units_reporting = None if reported is None else int(reported)
    participating = _xml.child(element, "ParticipatingCounties")
    for county in [] if participating is None else _xml.children(participating, "County"):
        county_name = county.attrib.get("name", "").strip()
        county_total = reader.number(county, "precinctsParticipating")
        if county_name and county_total is not None:
            county_reported = reader.number(county, "precinctsReported")
            unit = registry.add(county_name, county_name, "county", root_unit)
            reporting[unit] = (None if county_reported is None else int(county_reported), int(county_total))
    for vote_type in _xml.children(element, "VoteType"):
        kind = vote_type.attrib.get("name", "").strip()
        other_kind = _OTHER_VOTE_TYPES.get(kind.casefold(), kind.casefold() or "other")
        for unit, value in _unit_counts(reader, vote_type, registry, root_unit):
            builder.other(unit, other_kind, value)
    for choice in _xml.children(element, "Choice"):
        label = (choice.attrib.get("text") or choice.attrib.get("key") or "").strip()
        column = builder.candidate(choice.attrib.get("key") or label, label, meaningful_party(choice.attrib.get("party", "")))
        modes = _xml.children(choice, "VoteType")
        stated = reader.number(choice, "totalVotes")
        if not modes:
            builder.vote(root_unit, column, stated)
            continue
        added = 0.0
        at_root = True
        for vote_type in modes:
            for unit, value in _unit_counts(reader, vote_type, registry, root_unit):
                builder.vote(unit, column, value)
                added += value
                at_root &= unit == root_unit
        if stated is not None and abs(stated - added) > 1e-6:
            _unbroken_down(builder, registry, root_unit, column, stated - added, at_root)
            if stated > added:
                missing = Message(QT_TRANSLATE_NOOP("import", "{count} votes are not broken down by place"), count=stated - added)
            else:
                missing = Message(QT_TRANSLATE_NOOP("import", "the breakdown has more"))
            warnings.append(
                Message(
                    QT_TRANSLATE_NOOP("import", "{contest}: {choice} has totalVotes {stated} but its vote types add up to {added} ({missing})"),
                    contest=name, choice=label, stated=stated, added=added, missing=missing,
                )
            )  # fmt: skip
    return builder


def _unbroken_down(builder: ContestBuilder, registry: UnitRegistry, root: int, column: int, missing: float, at_root: bool) -> None:
    """Keep a choice's own ``totalVotes`` where its vote types add up to less.

    The votes the breakdown misses are the choice's (the file says so) but no county's: they go to
    a place of their own under the top, so the total is the file's and each county stays its own.
    A breakdown adding up to more is kept as it is (only the warning says so): no negative votes.
    """
    if missing <= 0:
        return
    if at_root:  # vote types without places: the top's own rows, so the difference is the top's too
        builder.vote(root, column, missing)
        return
    unit = registry.add("clarity:not-broken-down", "not broken down by place (totalVotes − vote types)", "remainder", root)
    builder.vote(unit, column, missing)


def load(path: str | Path) -> ResultsDataset:
    """Read a Clarity detail.xml."""
    path = Path(path)
    root = _xml.parse(path)
    if _xml.local(root.tag) != "ElectionResult":
        raise LoadError(path, f"expected an ElectionResult root element, found <{_xml.local(root.tag)}>", "line 1")
    reader = _Reader(path, root)
    region = _xml.text(root, "Region") or "All"
    registry = UnitRegistry()
    has_counties = _xml.descendants(root, "County")
    root_unit = registry.add(f"region:{region}", region, "state" if has_counties else "county")
    turnout = _turnout_units(reader, registry, root_unit)
    warnings: list[Message] = []
    reporting: list[dict[int, tuple[int | None, int]]] = []  # per contest, in the builders' order
    builders = []
    for element in _xml.children(root, "Contest"):
        reporting.append({})
        builders.append(_contest(reader, element, registry, root_unit, warnings, reporting[-1]))
    if not builders:
        raise LoadError(path, "the file has no Contest elements", "ElectionResult")
    unique_contest_names(builders, {b.id: [b.id] for b in builders})
    units = registry.table()
    # A state file counts every contest by county; a district fills only part of some of its
    # counties, so a county's ballots and voters aren't the district contest's.
    contests = tuple(
        replace(builder.build(units, warnings), counted_units_whole=not has_counties, unit_reporting=progress)
        for builder, progress in zip(builders, reporting, strict=True)
    )
    return ResultsDataset(
        election=Election(
            title=_xml.text(root, "ElectionName") or "Election results",
            date=us_date(_xml.text(root, "ElectionDate")),
            jurisdiction=region,
            source=Source(authority=f"{region} election night reporting (Clarity)", announced_at=_xml.text(root, "Timestamp")),
        ),
        contests=contests,
        turnout=turnout,
        source_path=str(path),
        source_format=NAME,
        import_warnings=tuple(warnings),
    )

