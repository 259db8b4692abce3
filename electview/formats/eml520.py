"""OASIS EML 520 results (EML_NL 520, the Kiesraad's "Resultaat"): who is elected, and so each list's seats.

A 520 file is the declared outcome, not a count. Each Contest holds a Selection per list (an
``AffiliationIdentifier``, ``Elected`` yes/no) followed by the Selections of that list's
candidates (``Candidate``, optional ``Votes``, ``Ranking``, ``Elected``). electview shows two
contests per Contest: the lists, with the seats the file declares (its elected candidates per
list), and the candidates, elected or not as declared. ``Votes`` are shown where the file gives
them and are otherwise unknown (the count is in the EML 510 files): nothing is worked out of them.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from xml.etree.ElementTree import Element

import numpy as np

from electview.core.errors import LoadError
from electview.core.messages import QT_TRANSLATE_NOOP, Message
from electview.core.model import Contest, Election, ResultsDataset, Source, Status
from electview.formats import _xml
from electview.formats._builder import ContestBuilder, UnitRegistry
from electview.formats.eml510 import _eml_id

NAME = "EML 520 result (Kiesraad, XML)"
PATTERNS = ("*.eml.xml", "*.xml")
YES = {"yes", "true", "1", "ja"}
NO = {"no", "false", "0", "nee"}


def sniff(head: bytes) -> bool:
    return _eml_id(head).startswith("520")


def _elected(selection: Element, path: Path, root: Element) -> bool | None:
    element = _xml.child(selection, "Elected")
    if element is None:
        return None
    word = (element.text or "").strip().casefold()
    if word in YES:
        return True
    if word in NO:
        return False
    raise LoadError(path, f"Elected is {word[:20]!r}, expected yes or no", _xml.path_of(element, root))


def _votes(selection: Element, path: Path, root: Element) -> float | None:
    element = _xml.child(selection, "Votes")
    if element is None:  # an Element without children is falsy: no `or` between lookups
        element = _xml.child(selection, "ValidVotes")
    if element is None:
        return None
    text = (element.text or "").strip()
    if not text.isdigit():
        raise LoadError(path, f"{text[:30]!r} is not a whole number of votes", _xml.path_of(element, root))
    return float(text)


def _person(candidate: Element) -> str:
    """"André Bakker" from xNL's PersonName (first name, prefix, last name), else its initials line."""
    person = next(iter(_xml.descendants(candidate, "PersonName")), None)
    if person is None:
        return ""
    parts = [_xml.text(person, "FirstName") or _xml.text(person, "NameLine"), _xml.text(person, "NamePrefix"), _xml.text(person, "LastName")]
    return " ".join(part for part in parts if part)


def load(path: str | Path) -> ResultsDataset:
    """Read an EML 520 result file: the lists with their declared seats, and the candidates elected or not."""
    path = Path(path)
    root = _xml.parse(path)
    if _xml.local(root.tag) != "EML" or not root.attrib.get("Id", "").startswith("520"):
        raise LoadError(path, 'expected an EML 520 result file (<EML Id="520">)', "line 1")
    identifier = next(iter(_xml.descendants(root, "ElectionIdentifier")), None)
    election_name = _xml.text(identifier, "ElectionName") or ("" if identifier is None else identifier.attrib.get("Id", "")) or "Election"
    authority = next(iter(_xml.descendants(root, "AuthorityIdentifier")), None)
    registry = UnitRegistry()
    top = registry.add("all", election_name, "area")
    contests: list[Contest] = []
    warnings: list[Message] = []
    found = _xml.descendants(root, "Contest")
    for number, contest in enumerate(found, start=1):
        contest_identifier = _xml.child(contest, "ContestIdentifier")
        contest_id = (contest_identifier.attrib.get("Id", "") if contest_identifier is not None else "") or str(number)
        # One contest is the election's (the Kiesraad's "alle"); several are its districts, named.
        label = election_name if len(found) == 1 else f"{election_name} — {_xml.text(contest_identifier, 'ContestName') or contest_id}"
        lists = ContestBuilder(f"{contest_id}:lists", label)
        people = ContestBuilder(f"{contest_id}:candidates", f"{label} — candidates")
        seats: dict[int, int] = {}
        said: dict[int, bool | None] = {}  # each list's own Elected, checked against its candidates'
        current: int | None = None
        current_name = ""
        for selection in _xml.children(contest, "Selection"):
            affiliation = _xml.child(selection, "AffiliationIdentifier")
            candidate = _xml.child(selection, "Candidate")
            if affiliation is not None:
                list_id = affiliation.attrib.get("Id", "").strip() or f"list-{len(seats) + 1}"
                current_name = _xml.text(affiliation, "RegisteredName") or f"List {list_id}"
                current = lists.candidate(list_id, current_name)
                seats.setdefault(current, 0)
                said[current] = _elected(selection, path, root)
                lists.vote(top, current, _votes(selection, path, root))
            elif candidate is not None:
                if current is None:
                    raise LoadError(path, "a candidate's Selection comes before any list's", _xml.path_of(selection, root))
                candidate_identifier = _xml.child(candidate, "CandidateIdentifier")
                short = "" if candidate_identifier is None else candidate_identifier.attrib.get("ShortCode", "")
                key = f"{current}:{short or (candidate_identifier.attrib.get('Id', '') if candidate_identifier is not None else '')}"
                column = people.candidate(key, _person(candidate) or short or key, party=current_name)
                people.vote(top, column, _votes(selection, path, root))
                elected = _elected(selection, path, root)
                if elected is not None:
                    people.declare(column, elected)
                    seats[current] += int(elected)
        if not seats:
            continue
        built = lists.build(registry.table(), warnings)
        for index, elected in said.items():
            if elected is not None and elected != (seats[index] > 0):
                warnings.append(
                    Message(
                        QT_TRANSLATE_NOOP("import", "{list}: the list is marked elected but {count} of its candidates are elected; the seats follow the candidates")
                        if elected
                        else QT_TRANSLATE_NOOP("import", "{list}: the list is marked not elected but {count} of its candidates are elected; the seats follow the candidates"),
                        list=built.candidates[index].name, count=seats[index],
                    )
                )  # fmt: skip
        declared = np.array([float(seats.get(i, 0)) for i in range(len(built.candidates))])
        # Seats are the file's: its elected candidates per list. A file naming no one elected declares none.
        contests.append(replace(built, declared_seats=declared if declared.sum() > 0 else None))
        if people.candidates:
            contests.append(people.build(registry.table(), warnings))
    if not contests:
        raise LoadError(path, "the file names no lists (Result/Election/Contest/Selection)", "EML/Result")
    date = next((_xml.text(e) for e in root.iter() if _xml.local(e.tag) == "ElectionDate"), "")
    created = next((_xml.text(e) for e in root.iter() if _xml.local(e.tag) == "CreationDateTime"), "")
    election = Election(
        title=election_name,
        date=date,
        # A 520 is the result the central electoral committee establishes: the declared outcome.
        status=Status.FINAL,
        source=Source(authority=_xml.text(authority) or "Kiesraad", announced_at=created, cited_via="EML 520 result"),
    )
    return ResultsDataset(election=election, contests=tuple(contests), source_path=str(path), source_format=NAME, import_warnings=tuple(warnings))
