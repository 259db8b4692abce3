"""NIST SP 1500-100 Election Results Reporting, read from its JSON shape (XML is converted to it first).

One reader serves V2 JSON, V2 XML, V1 XML and Google's V1-derived civics feeds. Counting is
chosen on purpose: per unit and selection a ``total`` row wins over vote-mode rows; a unit
whose sub-units also have counts is an aggregate and gives way to them (see _builder).
The GpUnit graph is not a tree (districts and polling places overlap the administrative
units), so the region tree keeps the election scope as root and only the units whose
precinct sets nest: administrative units first, districts only where they fit.
"""

from __future__ import annotations

import math
from collections import defaultdict, deque
from typing import Any, NamedTuple

from electview.core.errors import LoadError
from electview.core.messages import QT_TRANSLATE_NOOP, Message
from electview.core.model import Election, Names, ResultsDataset, Source, Status
from electview.core.palette import normalise_colour
from electview.formats._builder import ContestBuilder, UnitRegistry, unique_contest_names
from electview.formats.guard import MAX_UNIT_DEPTH

STATUS = {
    "certified": Status.CERTIFIED,
    "unofficial-complete": Status.UNOFFICIAL,
    "unofficial-partial": Status.PRELIMINARY,
    "recount": Status.UNOFFICIAL,
    "correction": Status.UNOFFICIAL,
    "pre-election": Status.PRE_ELECTION,
}
# Units that make up the place hierarchy; districts, polling places, devices and "other"
# units (Cambridge's Governor's Council districts) overlap it and join only if they have counts.
_KIND_RANK = {
    "country": 0,
    "state": 1,
    "county": 2,
    "city": 3,
    "town": 3,
    "township": 3,
    "village": 3,
    "borough": 3,
    "municipality": 3,
    "ward": 4,
    "combined-precinct": 6,
    "precinct": 7,
    "split-precinct": 8,
}
# Leaf-set entries allowed per unit and link in the file: real hierarchies (precinct → county →
# state, districts over precincts) stay under ten; a unit composed into thousands of others does not.
LEAF_SET_BUDGET = 16
OTHER_COUNT_FIELDS = {"Overvotes": "overvotes", "Undervotes": "undervotes", "WriteIns": "write-ins"}


class NistError(Exception):
    """A problem at a place in the report; the importer turns it into a LoadError."""

    def __init__(self, place: str, problem: str) -> None:
        super().__init__(problem)
        self.place = place
        self.problem = problem


def many(obj: Any, key: str) -> list:
    """The value(s) at ``key`` as a list, whether the source gave one item or an array."""
    if not isinstance(obj, dict):
        return []
    value = obj.get(key)
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def records(obj: Any, key: str, place: str) -> list[dict]:
    """The element(s) at ``key``, each of which must have fields: XML text or a JSON scalar where
    an element belongs is a damaged file, named at its place rather than failing later."""
    items = many(obj, key)
    for position, item in enumerate(items):
        if not isinstance(item, dict):
            raise NistError(f"{place}.{key}[{position}]", f"expected {key} with its parts, got {_shown(item)}")
    return items


def _shown(value: Any) -> str:
    """A value from the file as a message shows it: a kind for containers, a short quote for text."""
    if isinstance(value, (dict, list)):
        return "a list" if isinstance(value, list) else "an object"
    return repr(str(value)[:40])


def text_id(value: Any) -> str | None:
    """An ``@id`` or single IDREF as a key: only text is an id (a JSON list or object is not)."""
    return value if isinstance(value, str) and value else None


def one(obj: Any, key: str) -> Any:
    values = many(obj, key)
    return values[0] if values else None


def type_name(obj: Any) -> str:
    """``ElectionResults.CandidateContest`` / ``enr:CandidateContest`` → ``CandidateContest``."""
    raw = obj.get("@type", "") if isinstance(obj, dict) else ""
    return str(raw).rsplit(".", 1)[-1].rsplit(":", 1)[-1]


def itext(value: Any, language: str = "en") -> str:
    """Plain text from an InternationalizedText (or a plain string): the ``language`` entry, else the first."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = value[0] if value else None
        return itext(value, language)
    if isinstance(value, str):
        return value.strip()
    if not isinstance(value, dict):
        return str(value)
    if "Content" in value and "Text" not in value:
        return str(value.get("Content") or "").strip()
    entries = many(value, "Text")
    best = ""
    for entry in entries:
        content = itext(entry)
        entry_language = str(entry.get("Language", "")) if isinstance(entry, dict) else ""
        if entry_language.casefold().startswith(language) and content:
            return content
        best = best or content
    return best


def itexts(value: Any) -> Names:
    """Every language of an InternationalizedText: language tag → text (empty for plain strings)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, dict) or "Text" not in value:
        return Names()
    found: dict[str, str] = {}
    for entry in many(value, "Text"):
        if isinstance(entry, dict) and entry.get("Language"):
            found.setdefault(str(entry["Language"]), itext(entry.get("Content", "")))
    return Names(found)


def joined_names(parts: list[tuple[str, Names]], separator: str = " / ") -> Names:
    """Per language, the parts' names joined (each part falling back to its default text)."""
    tags = sorted({tag for _, names in parts for tag in names})
    return Names({tag: separator.join(names.get(tag) or default for default, names in parts) for tag in tags})


def id_list(value: Any) -> list[str]:
    """IDREFS: a JSON array or XML's space-separated text."""
    out: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            out.extend(item.split())
    return out


def idref(value: Any, place: str, default: str) -> str:
    """One IDREF; a repeated element (a list in the parsed tree) or an object is an error."""
    if value is None or value == "":
        return default
    if not isinstance(value, str):
        raise NistError(place, "expected one reporting-unit id")
    return value


def number(value: Any, place: str) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, dict):
        value = value.get("Content")
    try:
        result = float(value)
    except (TypeError, ValueError):
        raise NistError(place, f"expected a number, got {_shown(value)}") from None
    except OverflowError:  # a JSON integer of hundreds of digits
        raise NistError(place, "expected a number, got one too large to count") from None
    if not math.isfinite(result):
        raise NistError(place, f"expected a number, got {value!r}")
    return result


def _person_name(person: dict) -> str:
    full = itext(person.get("FullName"))
    if full:
        return full
    parts = [itext(person.get(k)) for k in ("FirstName", "LastName")]
    return " ".join(p for p in parts if p)


def _by_id(items: list) -> dict[str, dict]:
    """Objects by their text ``@id``; an object without one can't be referred to."""
    return {item["@id"]: item for item in items if isinstance(item, dict) and text_id(item.get("@id"))}


class _Report:
    """Look-ups over one ElectionReport."""

    def __init__(self, report: dict) -> None:
        self.report = report
        self.parties = _by_id(many(report, "Party"))
        self.people = _by_id(many(report, "Person"))
        self.gpunits = _by_id(many(report, "GpUnit"))
        self.leaf_sets: dict[str, frozenset[str]] | None = None  # worked out when a district needs them

    def party_name(self, party_id: str) -> str:
        party = self.parties.get(party_id)
        if not party:
            return ""
        return itext(party.get("Name")) or itext(party.get("Abbreviation")) or party_id

    def party_names(self, party_id: str) -> Names:
        party = self.parties.get(party_id) or {}
        return itexts(party.get("Name")) or itexts(party.get("Abbreviation"))

    def party_colour(self, party_id: str) -> str:
        party = self.parties.get(party_id) or {}
        colour = party.get("Color")
        return normalise_colour(colour) if isinstance(colour, str) else ""


def _leaf_sets(gpunits: dict[str, dict]) -> dict[str, frozenset[str]]:
    """Each unit's set of leaf units, following ComposingGpUnitIds (cycles cut).

    Walked with an explicit stack: a hostile file's chain of thousands of units must not hit
    Python's recursion limit. Nesting deeper than the guard's limit, or sets adding up to far
    more than the file's own links (one unit composed into thousands of others), is refused
    rather than filling memory.
    """
    composing = {uid: [c for c in id_list(g.get("ComposingGpUnitIds")) if c in gpunits] for uid, g in gpunits.items()}
    budget = LEAF_SET_BUDGET * (len(composing) + sum(map(len, composing.values()))) + 1_000_000
    memo: dict[str, frozenset[str]] = {}
    for start in gpunits:
        if start in memo:
            continue
        stack = [(start, iter(composing[start]))]
        on_path = {start}
        while stack:
            uid, parts = stack[-1]
            part = next((p for p in parts if p not in memo and p not in on_path), None)
            if part is not None:
                if len(stack) >= MAX_UNIT_DEPTH:
                    raise NistError(f"GpUnit[{part}]", f"ComposingGpUnitIds nest more than {MAX_UNIT_DEPTH} levels deep")
                stack.append((part, iter(composing[part])))
                on_path.add(part)
                continue
            stack.pop()
            on_path.discard(uid)
            # Parts still on the path lead back here (a cycle): they are left out.
            kids = list(dict.fromkeys(memo[c] for c in composing[uid] if c in memo))
            memo[uid] = frozenset([uid]) if not kids else kids[0] if len(kids) == 1 else frozenset().union(*kids)
            budget -= len(memo[uid]) if len(kids) != 1 else 0
            if budget < 0:
                raise NistError("GpUnit", "ComposingGpUnitIds overlap too much to build a region tree (units inside thousands of others)")
    return memo


def _tree_units(gpunits: dict[str, dict], scope_id: str, counted: set[str]) -> UnitRegistry | None:
    """The file's own hierarchy when ComposingGpUnitIds already form one tree under the scope reaching every count."""
    composers: dict[str, int] = defaultdict(int)
    for unit in gpunits.values():
        for part in id_list(unit.get("ComposingGpUnitIds")):
            composers[part] += 1
    if scope_id not in gpunits or any(n > 1 for n in composers.values()):
        return None
    order: dict[str, None] = {}  # breadth-first, parents before children
    parent_of: dict[str, str] = {}
    queue = deque([scope_id])
    while queue:
        uid = queue.popleft()
        if uid not in gpunits or uid in order:
            continue
        order[uid] = None
        for part in id_list(gpunits[uid].get("ComposingGpUnitIds")):
            if part not in order:
                parent_of.setdefault(part, uid)
                queue.append(part)
    if not all(uid in order for uid in counted if uid in gpunits):
        return None
    wanted = {scope_id}
    for uid in counted:  # counted units and their ancestors; other units would be empty branches
        while uid in gpunits and uid not in wanted:
            wanted.add(uid)
            uid = parent_of.get(uid, scope_id)
    registry = UnitRegistry()
    for uid in order:
        if uid in wanted:
            parent = registry.get(parent_of[uid]) if uid in parent_of else None
            unit = gpunits[uid]
            registry.add(uid, itext(unit.get("Name")) or uid, str(unit.get("Type", "")), -1 if parent is None else parent, itexts(unit.get("Name")))
    return registry


def build_units(report: _Report, scope_id: str, counted: set[str]) -> UnitRegistry:
    """The region tree: the file's own when its units form one, else the scope at the root and the
    units whose leaf sets nest, largest first."""
    gpunits = report.gpunits
    tree = _tree_units(gpunits, scope_id, counted)
    if tree is not None:
        return tree
    leafsets = _leaf_sets(gpunits)
    registry = UnitRegistry()
    if scope_id not in gpunits:
        scope_id = scope_id or "scope"
    scope_unit = gpunits.get(scope_id, {})
    root = registry.add(
        scope_id, itext(scope_unit.get("Name")) or scope_id, str(scope_unit.get("Type", "")), names=itexts(scope_unit.get("Name"))
    )

    def rank(uid: str) -> tuple:
        kind = str(gpunits[uid].get("Type", ""))
        return (-len(leafsets[uid]), _KIND_RANK.get(kind, 9), uid not in counted)

    owner: dict[str, int] = {}  # leaf id -> deepest accepted unit containing it
    for leaf in leafsets.get(scope_id, ()):
        owner[leaf] = root
    counted_leaves = frozenset().union(*(leafsets[u] for u in counted if u in leafsets))
    candidates = [
        uid
        for uid in gpunits
        if uid != scope_id
        and (uid in counted or (str(gpunits[uid].get("Type", "")) in _KIND_RANK and leafsets[uid] & counted_leaves))
    ]
    sizes: dict[int, int] = {root: len(leafsets.get(scope_id, ()))}
    for uid in sorted(candidates, key=rank):
        members = leafsets[uid]
        owners = {owner.get(leaf) for leaf in members}
        if owners == {None}:
            parent = root  # outside every unit placed so far: part of the election's scope
        elif len(owners) == 1:
            (only,) = owners
            assert only is not None  # {None} is the branch above
            parent = only
            if sizes.get(parent) == len(members) and uid not in counted:
                continue  # the same precincts as its parent under another name
        elif uid in counted:
            parent = root
        else:
            continue  # straddles units already placed: a district, not a place
        unit = gpunits[uid]
        index = registry.add(uid, itext(unit.get("Name")) or uid, str(unit.get("Type", "")), parent, itexts(unit.get("Name")))
        sizes[index] = len(members)
        for leaf in members:
            owner[leaf] = index
    return registry


def _turnout(report: _Report, election: dict, registry: UnitRegistry) -> None:
    for uid, unit in report.gpunits.items():
        index = registry.get(uid)
        if index is None:
            continue
        registered = number(unit.get("VotersRegistered"), f"GpUnit[{uid}].VotersRegistered")
        participated = number(unit.get("VotersParticipated"), f"GpUnit[{uid}].VotersParticipated")
        ballots = None
        for summary in records(unit, "SummaryCounts", f"GpUnit[{uid}]"):  # V1
            ballots = number(summary.get("BallotsCast"), f"GpUnit[{uid}].SummaryCounts.BallotsCast")
        registry.set_turnout(index, registered, participated if participated is not None else ballots)
    by_unit: dict[str, dict[str, float]] = defaultdict(dict)
    for position, counts in enumerate(records(election, "BallotCounts", "Election")):
        place = f"Election.BallotCounts[{position}]"
        value = number(counts.get("BallotsCast"), place + ".BallotsCast")
        unit_id = idref(counts.get("GpUnitId"), place + ".GpUnitId", "")
        if value is not None and unit_id:
            kind = str(counts.get("Type") or "total")
            by_unit[unit_id][kind] = by_unit[unit_id].get(kind, 0.0) + value
    for uid, kinds in by_unit.items():
        index = registry.get(uid)
        if index is not None:
            registry.set_turnout(index, ballots_cast=kinds.get("total", sum(kinds.values())))


class _Label(NamedTuple):
    """What a ContestSelection shows: its name and party, each also in the languages the file gives."""

    name: str
    party: str = ""
    colour: str = ""
    names: Names = Names()
    party_names: Names = Names()


def _selection_label(report: _Report, candidates: dict, selection: dict) -> _Label:
    """The name, party and colour of a ContestSelection of any kind."""
    kind = type_name(selection)
    if kind == "BallotMeasureSelection" or "Selection" in selection and kind != "CandidateSelection":
        text = selection.get("Selection")
        return _Label(itext(text) or str(selection.get("@id", "")), names=itexts(text))
    if kind == "PartySelection" or ("PartyIds" in selection and "CandidateIds" not in selection):
        party_ids = id_list(selection.get("PartyIds"))
        parts = [(report.party_name(p), report.party_names(p)) for p in party_ids if report.party_name(p)]
        colour = report.party_colour(party_ids[0]) if party_ids else ""
        return _Label(" / ".join(n for n, _ in parts) or "Party", "", colour, joined_names(parts))
    parts, party_ids = [], []
    for candidate_id in id_list(selection.get("CandidateIds")):
        candidate = candidates.get(candidate_id, {})
        name = itext(candidate.get("BallotName")) or _person_name(report.people.get(text_id(candidate.get("PersonId")) or "", {}))
        parts.append((name or candidate_id, itexts(candidate.get("BallotName"))))
        party_ids.extend(id_list(candidate.get("PartyId"))[:1])
    for party_id in id_list(selection.get("EndorsementPartyIds")):
        if party_id not in party_ids:
            party_ids.append(party_id)
    if not parts:
        write_in = str(selection.get("IsWriteIn", "")).casefold() in ("true", "1")
        parts = [("Write-in" if write_in else str(selection.get("@id", "Selection")), Names())]
    named_parties = {p: report.party_name(p) for p in dict.fromkeys(party_ids) if report.party_name(p)}
    party_parts = list({name: (name, report.party_names(p)) for p, name in named_parties.items()}.values())
    colour = report.party_colour(party_ids[0]) if party_ids else ""
    return _Label(
        " / ".join(name for name, _ in parts),
        " / ".join(name for name, _ in party_parts),
        colour,
        joined_names(parts),
        joined_names(party_parts),
    )


# electview's export marks (formats.export_nist): a reported share on the Candidate, and the
# votes electview estimated from it. The estimate is read back from the share, not as a count,
# so it stays an estimate (marked) and the figures are those of the file it was exported from.
SHARE_ID = "electview-reported-share"
ESTIMATE_TYPE = "electview-estimate"
MAX_SHARE = 100.0


# Candidate.PostElectionStatus: the file's word on who won. A projection is not a declaration.
_ELECTED_STATUS = {"winner": True, "defeated": False, "withdrawn": False, "advanced-to-runoff": False}


def _post_election_status(candidates: dict, selection: dict) -> bool | None:
    """Whether the file declares the selection's candidate elected (True), not elected (False), or says nothing (None)."""
    said = None
    for candidate_id in id_list(selection.get("CandidateIds")):
        status = candidates.get(candidate_id, {}).get("PostElectionStatus")
        status = str(status or "").strip().casefold()
        if status in _ELECTED_STATUS:
            said = (said or False) or _ELECTED_STATUS[status]
    return said


def _reported_shares(candidates: dict, selection: dict, place: str) -> list[tuple[str, float]]:
    """(GpUnit id, percent) of the shares electview's export carried on the selection's candidate."""
    ids = id_list(selection.get("CandidateIds"))
    if len(ids) != 1:  # a ticket's share is its first candidate's: electview exports one per selection
        return []
    out = []
    for position, external in enumerate(records(candidates.get(ids[0], {}), "ExternalIdentifier", place)):
        if external.get("OtherType") != SHARE_ID:
            continue
        where = f"{place}.ExternalIdentifier[{position}].Value"
        unit, _, text = str(external.get("Value") or "").strip().rpartition(" ")
        share = number(text, where)
        if not unit or share is None or not 0.0 <= share <= MAX_SHARE:
            raise NistError(where, f"expected '<GpUnitId> <share 0-100>', got {_shown(external.get('Value'))}")
        out.append((unit, share))
    return out


def _contest_counts(contest: dict, place: str, default_unit: str) -> dict[tuple[str, int], dict[str, float]]:
    """{(unit id, selection position): {count type: value}} for one contest."""
    counts: dict[tuple[str, int], dict[str, float]] = defaultdict(dict)
    for position, selection in enumerate(records(contest, "ContestSelection", place)):
        for row, vote in enumerate(records(selection, "VoteCounts", f"{place}.ContestSelection[{position}]")):
            where = f"{place}.ContestSelection[{position}].VoteCounts[{row}]"
            value = number(vote.get("Count"), where + ".Count")
            if value is None:
                continue
            unit = idref(vote.get("GpUnitId"), where + ".GpUnitId", default_unit)
            kind = str(vote.get("Type") or "total")
            if kind == "other" and vote.get("OtherType") == ESTIMATE_TYPE:
                continue  # electview's own estimate: the share it came from is read instead
            if kind == "other" and vote.get("OtherType"):
                kind = f"other:{vote['OtherType']}"
            counts[(unit, position)][kind] = counts[(unit, position)].get(kind, 0.0) + value
    return counts


def _mode_choice(kinds: dict[str, float]) -> float:
    """The ``total`` row when given, otherwise the sum of the vote-mode rows."""
    return kinds["total"] if "total" in kinds else sum(kinds.values())


def _other_counts(contest: dict, place: str, default_unit: str) -> list[tuple[str, str, float]]:
    rows = []
    for key in ("OtherCounts", "SummaryCounts"):
        for position, other in enumerate(records(contest, key, place)):
            unit = idref(other.get("GpUnitId"), f"{place}.{key}[{position}].GpUnitId", default_unit)
            for field, kind in OTHER_COUNT_FIELDS.items():
                value = number(other.get(field), f"{place}.{key}[{position}].{field}")
                if value is not None:
                    rows.append((unit, kind, value))
    return rows


def _inside_district(
    report: _Report,
    contest: dict,
    district: str,
    counts: dict[tuple[str, int], dict[str, float]],
    others: list[tuple[str, str, float]],
    warnings: list[Message],
) -> tuple[dict[tuple[str, int], dict[str, float]], list[tuple[str, str, float]]]:
    """The contest's counts at units inside its district (ElectionDistrictId's ComposingGpUnitIds).

    Real files (Cambridge 2022) list a write-in row for every precinct of the city under each
    district contest; counting those puts votes from other districts into this one. A unit
    is inside when all its leaf units are the district's. When the district's composition
    reaches none of the counts, it says nothing about them and everything is kept.
    """
    gpunits = report.gpunits
    if district not in gpunits or not id_list(gpunits[district].get("ComposingGpUnitIds")):
        return counts, others
    if report.leaf_sets is None:
        report.leaf_sets = _leaf_sets(gpunits)
    leaves = report.leaf_sets
    members = leaves[district]

    def inside(unit: str) -> bool:
        # An id the file doesn't define is left to the unknown-unit warning, not judged here.
        return unit not in leaves or leaves[unit] <= members

    kept = {key: kinds for key, kinds in counts.items() if inside(key[0])}
    kept_others = [row for row in others if inside(row[0])]
    if not kept and not kept_others:
        return counts, others
    outside = {key: kinds for key, kinds in counts.items() if key not in kept}
    if outside:
        votes = sum(_mode_choice(kinds) for kinds in outside.values())
        units = len({unit for unit, _ in outside})
        name = itext(contest.get("Name")) or str(contest.get("@id") or "") or Message(QT_TRANSLATE_NOOP("import", "a contest"))
        district_name = itext(gpunits[district].get("Name")) or district
        warnings.append(
            Message(
                QT_TRANSLATE_NOOP("import", "{contest}: {votes} votes at {units} unit(s) outside its district {district} were left out"),
                contest=name, votes=votes, units=units, district=district_name,
            )
        )  # fmt: skip
    return kept, kept_others


def read_report(report: Any, path: str, format_name: str) -> ResultsDataset:
    """Build the dataset from an ElectionReport in JSON shape; raise LoadError naming the place."""
    try:
        return _read(report, path, format_name)
    except NistError as error:
        raise LoadError(path, error.problem, error.place) from None


def _read(report: dict, path: str, format_name: str) -> ResultsDataset:
    if not isinstance(report, dict):
        raise NistError("top level", "expected an ElectionReport object")
    elections = [e for e in many(report, "Election") if isinstance(e, dict)]
    if not elections:
        raise NistError("ElectionReport", "the report has no Election")
    lookups = _Report(report)
    warnings: list[Message] = []
    if len(elections) > 1:
        warnings.append(Message(QT_TRANSLATE_NOOP("import", "the report has {count} elections; only the first is shown"), count=len(elections)))
    election = elections[0]
    scope_id = str(election.get("ElectionScopeId") or "")
    candidates = _by_id(many(election, "Candidate"))

    contest_counts = []
    counted: set[str] = set()
    for position, contest in enumerate(records(election, "Contest", "Election")):
        place = f"Election.Contest[{position}]"
        district = str(contest.get("ElectionDistrictId") or scope_id)
        counts = _contest_counts(contest, place, district)
        others = _other_counts(contest, place, district)
        counts, others = _inside_district(lookups, contest, district, counts, others, warnings)
        counted.update(unit for unit, _ in counts)
        counted.update(unit for unit, _, _ in others)
        contest_counts.append((contest, place, counts, others))
    for position, ballot_counts in enumerate(records(election, "BallotCounts", "Election")):
        if unit_id := idref(ballot_counts.get("GpUnitId"), f"Election.BallotCounts[{position}].GpUnitId", ""):
            counted.add(unit_id)

    registry = build_units(lookups, scope_id, counted)
    unknown_units: set[str] = set()
    builders: list[ContestBuilder] = []
    hints: dict[str, list[str]] = {}
    for contest, place, counts, others in contest_counts:
        contest_id = str(contest.get("@id") or place)
        name = itext(contest.get("Name")) or itext(contest.get("BallotTitle")) or contest_id
        names = itexts(contest.get("Name")) or itexts(contest.get("BallotTitle"))
        seats = number(contest.get("NumberElected"), place + ".NumberElected") or number(
            contest.get("VotesAllowed"), place + ".VotesAllowed"
        )
        builder = ContestBuilder(contest_id, name, int(seats or 1), names)
        selections = records(contest, "ContestSelection", place)
        columns = []
        for position, selection in enumerate(selections):
            label = _selection_label(lookups, candidates, selection)
            key = str(selection.get("@id") or f"selection-{position}")
            columns.append(
                builder.candidate(key, label.name, label.party, label.colour, names=label.names, party_names=label.party_names)
            )
        for position, selection in enumerate(selections):
            said = _post_election_status(candidates, selection)
            if said is not None:
                builder.declare(columns[position], said)
        for (unit_id, position), kinds in counts.items():
            unit = registry.get(unit_id)
            if unit is None:
                unknown_units.add(unit_id)
                continue
            builder.vote(unit, columns[position], _mode_choice(kinds))
        for position, selection in enumerate(selections):
            for unit_id, share in _reported_shares(candidates, selection, f"{place}.ContestSelection[{position}]"):
                unit = registry.get(unit_id)
                if unit is None:
                    unknown_units.add(unit_id)
                    continue
                builder.share(unit, columns[position], share)
        for unit_id, kind, value in others:
            unit = registry.get(unit_id)
            if unit is None:
                unknown_units.add(unit_id)
                continue
            builder.other(unit, kind, value)
        reported = number(contest.get("SubUnitsReported"), place + ".SubUnitsReported")
        total = number(contest.get("TotalSubUnits"), place + ".TotalSubUnits")
        builder.units_reporting = None if reported is None else int(reported)
        builder.units_total = None if total is None else int(total)
        district_unit = lookups.gpunits.get(text_id(contest.get("ElectionDistrictId")) or "", {})
        parties = {c.party for c in builder.candidates if c.party}
        hints[contest_id] = [itext(district_unit.get("Name")), parties.pop() if len(parties) == 1 else ""]
        builders.append(builder)
    if unknown_units:
        shown = ", ".join(sorted(unknown_units)[:5])
        warnings.append(Message(QT_TRANSLATE_NOOP("import", "counts for {count} unknown GpUnit id(s) were left out ({ids})"), count=len(unknown_units), ids=shown))

    _turnout(lookups, election, registry)
    units = registry.table()
    unique_contest_names(builders, hints)
    contests = tuple(builder.build(units, warnings) for builder in builders)
    status_text = str(report.get("Status", "")).strip()
    if status_text == "pre-election" or (contests and not any(len(c.votes) for c in contests)):
        warnings.append(Message(QT_TRANSLATE_NOOP("import", "no results yet: the report has no vote counts (a pre-election report)")))
    if str(report.get("IsTest", "")).casefold() in ("true", "1"):
        warnings.append(Message(QT_TRANSLATE_NOOP("import", "the report is marked as test data (IsTest)")))
    title = itext(election.get("Name")) or str(report.get("Issuer") or "Election results")
    if status_text and status_text not in STATUS:
        warnings.append(Message(QT_TRANSLATE_NOOP("import", "unknown results status {status}"), status=repr(status_text)))
    return ResultsDataset(
        election=Election(
            title=title,
            titles=itexts(election.get("Name")),
            date=str(election.get("StartDate") or ""),
            status=STATUS.get(status_text, Status.UNKNOWN),
            jurisdiction=units.names[0] if len(units) else "",
            office=contests[0].name if len(contests) == 1 else "",
            source=Source(
                authority=str(report.get("Issuer") or ""),
                announced_at=str(report.get("GeneratedDate") or ""),
            ),
        ),
        contests=contests,
        source_path=path,
        source_format=format_name,
        import_warnings=tuple(warnings),
    )
