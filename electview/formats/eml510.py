"""OASIS EML 510 count files as the Dutch Kiesraad publishes them (EML_NL 510b/c/d), names from the 230 list.

A 510 file gives the whole area's ``TotalVotes`` and each reporting unit's
``ReportingUnitVotes``. Within each, a Selection with an ``AffiliationIdentifier`` is a
list's total and the Candidate Selections after it are that list's preference votes: they
go to separate contests (see _party_lists). Units are counted at the reporting-unit level;
when a file holds only some units (a trimmed or partial file), the rest of the area's
total is kept as a "not in this file" unit so the area's figures stay the published ones.

Candidate names are not in a 510 file: they come from the EML 230 candidate list for the
same election when one sits in the same folder; otherwise "Kandidaat n (lijst p)".
``Cast`` is the number of eligible voters in Kiesraad files and "toegelaten kiezers" the
admitted voters, so those are the turnout figures; ``TotalCounted`` is producer-dependent
and not used.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from xml.etree.ElementTree import Element

from electview.core.errors import LoadError
from electview.core.messages import QT_TRANSLATE_NOOP, Message
from electview.core.model import Election, ResultsDataset, Source, Turnout
from electview.formats import _xml
from electview.formats._builder import UnitRegistry
from electview.formats._party_lists import PartyLists

NAME = "EML 510 count (Kiesraad, XML)"
PATTERNS = ("*.eml.xml", "*.xml")
REJECTED = {"blanco": "blank", "ongeldig": "invalid"}
ADMITTED = "toegelaten kiezers"
MAX_SIBLINGS = 200  # files looked at for the matching 230 candidate list
MAX_SIBLING_BYTES = 64 * 2**20


def _eml_id(head: bytes) -> str:
    if _xml.root_name(head) != "EML":
        return ""
    start = head.find(b"<")
    while start >= 0:
        end = head.find(b">", start)
        tag = head[start:end]
        if tag[1:].lstrip().startswith((b"EML", b"eml:EML")) or b":EML" in tag[:20]:
            for quote in (b'"', b"'"):
                marker = b" Id=" + quote
                at = tag.find(marker)
                if at >= 0:
                    value = tag[at + len(marker) :]
                    return value[: value.find(quote)].decode("ascii", "replace")
            return ""
        start = head.find(b"<", end)
    return ""


def sniff(head: bytes) -> bool:
    return _eml_id(head).startswith("510")


Key = tuple  # ("list", party) | ("candidate", party, candidate) | ("other", kind) | ("turnout", what)


def _counts(block: Element, path: Path, root: Element) -> dict[Key, float]:
    """The counts in a TotalVotes or ReportingUnitVotes block, keyed by what they count."""
    counts: dict[Key, float] = defaultdict(float)
    party = ""
    for item in block:
        tag = _xml.local(item.tag)
        if tag == "Selection":
            affiliation = _xml.child(item, "AffiliationIdentifier")
            candidate = _xml.child(item, "Candidate")
            votes = _number(_xml.child(item, "ValidVotes"), path, root)
            if affiliation is not None:
                party = affiliation.attrib.get("Id", "").strip()
                counts[("list", party)] += votes
            if candidate is not None:
                identifier = _xml.child(candidate, "CandidateIdentifier")
                candidate_id = "" if identifier is None else identifier.attrib.get("Id", "").strip()
                if not candidate_id and identifier is not None:
                    candidate_id = _xml.text(identifier, "ShortCode")
                counts[("candidate", party, candidate_id)] += votes
        elif tag == "Cast":
            counts[("turnout", "registered")] += _number(item, path, root)
        elif tag == "RejectedVotes":
            reason = item.attrib.get("ReasonCode", "").strip()
            counts[("other", REJECTED.get(reason, reason or "rejected"))] += _number(item, path, root)
        elif tag == "UncountedVotes" and item.attrib.get("ReasonCode", "").strip() == ADMITTED:
            counts[("turnout", "ballots")] += _number(item, path, root)
    return counts


def _number(element: Element | None, path: Path, root: Element) -> float:
    if element is None:
        raise LoadError(path, "a Selection has no ValidVotes", "Selection")
    text = (element.text or "").strip()
    try:
        return float(text)
    except ValueError:
        raise LoadError(path, f"{text[:30]!r} is not a number", _xml.path_of(element, root)) from None


def candidate_names(path: Path, election_id: str) -> dict[tuple[str, str], tuple[str, str]]:
    """{(list id, candidate id): (name as the Kiesraad prints it, first name)} from a 230 file beside ``path``."""
    folder = path.parent
    try:
        siblings = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".xml" and p != path)[:MAX_SIBLINGS]
    except OSError:
        return {}
    for sibling in siblings:
        try:
            if sibling.stat().st_size > MAX_SIBLING_BYTES:
                continue
            with sibling.open("rb") as stream:
                head = stream.read(4096)
        except OSError:
            continue
        if not _eml_id(head).startswith("230"):
            continue
        try:
            root = _xml.parse(sibling)
        except LoadError:
            continue
        identifier = next(iter(_xml.descendants(root, "ElectionIdentifier")), None)
        if identifier is None or identifier.attrib.get("Id", "") != election_id:
            continue
        return _names_from_230(root)
    return {}


def _names_from_230(root: Element) -> dict[tuple[str, str], tuple[str, str]]:
    names = {}
    for affiliation in _xml.descendants(root, "Affiliation"):
        identifier = _xml.child(affiliation, "AffiliationIdentifier")
        party = "" if identifier is None else identifier.attrib.get("Id", "").strip()
        for candidate in _xml.children(affiliation, "Candidate"):
            candidate_identifier = _xml.child(candidate, "CandidateIdentifier")
            if candidate_identifier is None:
                continue
            person = next(iter(_xml.descendants(candidate, "PersonName")), None)
            if person is None:
                continue
            initials = next((_xml.text(line) for line in _xml.children(person, "NameLine") if line.attrib.get("NameType") == "Initials"), "")
            last = " ".join(p for p in (_xml.text(person, "NamePrefix"), _xml.text(person, "LastName")) if p)
            name = f"{last}, {initials}" if initials else last
            names[(party, candidate_identifier.attrib.get("Id", "").strip())] = (name, _xml.text(person, "FirstName"))
    return names


def load(path: str | Path) -> ResultsDataset:
    """Read an EML 510 count file (and the 230 candidate list beside it, if any)."""
    path = Path(path)
    root = _xml.parse(path)
    if _xml.local(root.tag) == "EML" and root.attrib.get("Id", "").startswith("230"):
        raise LoadError(path, "this is an EML 230 candidate list, not a count; open the 510 count file (its names come from this list)", "line 1")
    if _xml.local(root.tag) != "EML" or not root.attrib.get("Id", "").startswith("510"):
        raise LoadError(path, "expected an EML 510 count file (<EML Id=\"510…\">)", "line 1")
    contest = next(iter(_xml.descendants(root, "Contest")), None)
    total = None if contest is None else _xml.child(contest, "TotalVotes")
    if contest is None or total is None:
        raise LoadError(path, "the file has no Contest/TotalVotes", "EML/Count/Election/Contests")
    identifier = next(iter(_xml.descendants(root, "ElectionIdentifier")), None)
    election_id = "" if identifier is None else identifier.attrib.get("Id", "")
    election_name = _xml.text(identifier, "ElectionName") or election_id or "Election"
    authority = next(iter(_xml.descendants(root, "AuthorityIdentifier")), None)
    domain = next(iter(_xml.descendants(root, "ElectionDomain")), None)
    area = _xml.text(domain) or _xml.text(authority) or "All"

    registry = UnitRegistry()
    area_unit = registry.add(f"area:{area}", area, "municipality" if root.attrib["Id"] == "510b" else "area")
    totals = _counts(total, path, root)
    unit_counts: list[tuple[int, dict[Key, float]]] = []
    for block in _xml.children(contest, "ReportingUnitVotes"):
        unit_identifier = _xml.child(block, "ReportingUnitIdentifier")
        unit_id = "" if unit_identifier is None else unit_identifier.attrib.get("Id", "").strip()
        unit_name = _xml.text(unit_identifier) or unit_id
        index = registry.add(unit_id or f"unit-{len(unit_counts) + 1}", unit_name, "polling station", area_unit)
        unit_counts.append((index, _counts(block, path, root)))

    warnings: list[Message] = []
    if unit_counts:
        parts: dict[Key, float] = defaultdict(float)
        for _, counts in unit_counts:
            for key, value in counts.items():
                parts[key] += value
        rest = {key: value - parts.get(key, 0.0) for key, value in totals.items()}
        if any(abs(v) > 1e-9 for v in rest.values()):
            if any(v < -1e-9 for v in rest.values()):
                warnings.append(Message(QT_TRANSLATE_NOOP("import", "{area}: the reporting units add up to more than the area's total votes"), area=area))
            else:
                rest_unit = registry.add("area-rest", f"{area}: units not in this file", "remainder", area_unit)
                unit_counts.append((rest_unit, rest))
                warnings.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "import",
                            "the file breaks down {count} reporting unit(s) but not all of {area}; the rest of the area's total is shown as one unit",
                        ),
                        count=len(unit_counts) - 1, area=area,
                    )
                )  # fmt: skip
    else:
        unit_counts = [(area_unit, totals)]

    names = candidate_names(path, election_id)
    if not names:
        warnings.append(Message(QT_TRANSLATE_NOOP("import", "no EML 230 candidate list for this election beside the file: candidates are shown by number")))
    party_names = {}
    for selection in _xml.descendants(total, "AffiliationIdentifier"):
        party_names[selection.attrib.get("Id", "").strip()] = _xml.text(selection, "RegisteredName")
    lists = PartyLists(election_name, registry)
    turnout_rows: list[tuple[int, str, float]] = []
    for unit, counts in unit_counts:
        for key, value in counts.items():
            if key[0] == "list":
                lists.party(unit, key[1], party_names.get(key[1], ""), value)
    for unit, counts in unit_counts:
        for key, value in counts.items():
            if key[0] == "candidate":
                name, _first = names.get((key[1], key[2]), ("", ""))
                lists.candidate(unit, key[1], key[2], name, value)
            elif key[0] == "other":
                lists.other(unit, key[1], value)
            elif key[0] == "turnout":
                turnout_rows.append((unit, key[1], value))
    for unit, what, value in turnout_rows:
        registry.set_turnout(unit, **({"registered": value} if what == "registered" else {"ballots_cast": value}))
    registry.set_turnout(area_unit, totals.get(("turnout", "registered")), totals.get(("turnout", "ballots")))
    lists.warnings.extend(warnings)
    if any(_xml.local(e.tag) == "Phase" and e.attrib.get("PhaseCode") == "corrigendum" for e in root.iter()):
        lists.warnings.append(Message(QT_TRANSLATE_NOOP("import", "this is a corrigendum: figures correct an earlier count")))
    date = next((_xml.text(e) for e in root.iter() if _xml.local(e.tag) == "ElectionDate"), "")
    created = next((_xml.text(e) for e in root.iter() if _xml.local(e.tag) == "CreationDateTime"), "")
    election = Election(
        title=election_name,
        country="Netherlands",
        date=date,
        jurisdiction=area,
        source=Source(authority=_xml.text(authority) or "Kiesraad", announced_at=created),
    )
    return lists.dataset(election, str(path), NAME, Turnout())
