"""electview's own results format: versioned JSON simple enough to write by hand from a news report.

The format is documented in docs/FORMAT.md and described by resources/electview-results.schema.json.
Validation here gives each error its place (``contests[0].candidates[3].votes``) and its
problem in words, which a generic schema validator can't.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from electview.core.errors import LoadError
from electview.core.model import (
    EDITOR_FIELDS,
    Candidate,
    Commentary,
    Contest,
    CountTable,
    Election,
    Names,
    ResultsDataset,
    Source,
    Status,
    Turnout,
    UnitTable,
)
from electview.core.mentions import detect_mentions
from electview.core.palette import normalise_colour
from electview.formats._json import read_json

FORMAT_NAME = "electview"
FORMAT_VERSION = 1
NAME = "electview results (JSON)"
PATTERNS = ("*.electview.json", "*.json")
# Counts beyond this are not whole-number exact in float64 and no real election has them.
MAX_COUNT = 1e15
MAX_FILE_BYTES = 512 * 1024 * 1024
# A BCP 47 language tag as files write them: "ru", "kk", "ru-KZ", "zh-Hant-TW" (underscores tolerated).
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$")


class _Invalid(Exception):
    def __init__(self, place: str, problem: str) -> None:
        super().__init__(problem)
        self.place = place
        self.problem = problem


def _describe(value: Any) -> str:
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "…"
        return json.dumps(shown, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


class _Reader:
    """Typed access to a JSON object, each failure naming its place."""

    def __init__(self, data: Any, place: str) -> None:
        if not isinstance(data, dict):
            raise _Invalid(place or "top level", f"expected an object, got {_describe(data)}")
        self.data = data
        self.place = place

    def at(self, key: str) -> str:
        return f"{self.place}.{key}" if self.place else key

    def text(self, key: str, required: bool = False, default: str = "") -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                raise _Invalid(self.at(key), "required, but missing")
            return default
        if not isinstance(value, str):
            raise _Invalid(self.at(key), f"expected text, got {_describe(value)}")
        if required and not value.strip():
            raise _Invalid(self.at(key), "must not be empty")
        return value.strip()

    def count(self, key: str) -> float | None:
        return _count(self.data.get(key), self.at(key))

    def percent(self, key: str) -> float | None:
        value = self.data.get(key)
        if value is None:
            return None
        # The range test comes first: it also refuses NaN and infinity, and math.isfinite
        # would overflow on an integer too big for a float (1e400 written out).
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
            raise _Invalid(self.at(key), f"expected a percentage between 0 and 100, got {_describe(value)}")
        return float(value)

    def items(self, key: str, required: bool = False) -> list[tuple[str, Any]]:
        value = self.data.get(key)
        if value is None:
            if required:
                raise _Invalid(self.at(key), "required, but missing")
            return []
        if not isinstance(value, list):
            raise _Invalid(self.at(key), f"expected a list, got {_describe(value)}")
        return [(f"{self.at(key)}[{i}]", item) for i, item in enumerate(value)]

    def editor_added(self, kind: str) -> tuple[str, ...]:
        """``"editor_added": ["party"]``: the fields of this entry the file's editor filled in, not its source.

        Only descriptive fields the entry has (core.model.EDITOR_FIELDS): a figure is never an editor's.
        """
        allowed = EDITOR_FIELDS[kind]
        fields = []
        for place, name in self.items("editor_added"):
            if not isinstance(name, str) or name not in allowed:
                raise _Invalid(place, f"expected one of {', '.join(allowed)} (the facts an editor may add), got {_describe(name)}")
            if not self.text(name):
                raise _Invalid(place, f"names {name!r}, which this entry doesn't give")
            fields.append(name)
        return tuple(dict.fromkeys(fields))

    def names(self, key: str) -> Names:
        """An optional object of language tag → text ({"ru": "Токаев", "kk": "Тоқаев"})."""
        entry = self.obj(key)
        for tag in entry.data:
            if not LANGUAGE_TAG.match(tag):
                raise _Invalid(entry.at(tag), f"expected a language tag such as \"ru\" or \"kk\", got {_describe(tag)}")
        return Names({tag: entry.text(tag) for tag in entry.data})

    def obj(self, key: str) -> _Reader:
        value = self.data.get(key)
        return _Reader({} if value is None else value, self.at(key))


def _count(value: Any, place: str) -> float | None:
    if value is None:
        return None
    ok = (
        not isinstance(value, bool)
        and isinstance(value, (int, float))
        and 0 <= value <= MAX_COUNT  # first: refuses NaN, infinity and ints too big for a float
        and float(value).is_integer()
    )
    if not ok:
        raise _Invalid(place, f"expected a whole number ≥ 0, got {_describe(value)}")
    return float(value)


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.casefold()).strip("-") or "candidate"


def _election(reader: _Reader) -> Election:
    status_text = reader.text("status", default="unknown").casefold()
    try:
        status = Status(status_text)
    except ValueError:
        choices = ", ".join(s.value for s in Status)
        raise _Invalid(reader.at("status"), f"expected one of {choices}, got {_describe(status_text)}") from None
    round_value = reader.data.get("round")
    if round_value is not None and (isinstance(round_value, bool) or not isinstance(round_value, int) or round_value < 1):
        raise _Invalid(reader.at("round"), f"expected a whole number ≥ 1, got {_describe(round_value)}")
    source = reader.obj("source")
    return Election(
        title=reader.text("title", required=True),
        country=reader.text("country"),
        office=reader.text("office"),
        date=reader.text("date"),
        round=round_value,
        status=status,
        jurisdiction=reader.text("jurisdiction"),
        titles=reader.names("titles"),
        offices=reader.names("offices"),
        countries=reader.names("countries"),
        source=Source(
            authority=source.text("authority"),
            announced_by=source.text("announced_by"),
            announced_at=source.text("announced_at"),
            cited_via=source.text("cited_via"),
            url=source.text("url"),
        ),
    )


def _turnout(reader: _Reader) -> Turnout:
    return Turnout(
        registered=reader.count("registered"),
        ballots_cast=reader.count("ballots_cast"),
        valid_votes=reader.count("valid_votes"),
        percent=reader.percent("percent"),
        definition=reader.text("definition"),
    )


def _candidates(reader: _Reader) -> tuple[list[Candidate], list[float | None], list[float | None]]:
    candidates, votes, shares = [], [], []
    seen: dict[str, str] = {}
    for place, item in reader.items("candidates", required=True):
        entry = _Reader(item, place)
        name = entry.text("name", required=True)
        candidate_id = entry.text("id") or _slug(name)
        if candidate_id in seen:
            raise _Invalid(entry.at("id"), f"duplicate candidate id {_describe(candidate_id)} (also at {seen[candidate_id]})")
        seen[candidate_id] = place
        colour_text = entry.text("colour")
        colour = normalise_colour(colour_text)
        if colour_text and not colour:
            raise _Invalid(entry.at("colour"), f"expected a colour like \"#1f77b4\", got {_describe(colour_text)}")
        candidates.append(
            Candidate(
                id=candidate_id,
                name=name,
                party=entry.text("party"),
                description=entry.text("description"),
                colour=colour,
                names=entry.names("names"),
                party_names=entry.names("party_names"),
                editor_added=entry.editor_added("candidate"),
            )
        )
        votes.append(entry.count("votes"))
        shares.append(entry.percent("share"))
    if not candidates:
        raise _Invalid(reader.at("candidates"), "expected at least one candidate")
    return candidates, votes, shares


def _units(reader: _Reader, fallback_name: str) -> UnitTable:
    rows = reader.items("units")
    if not rows:
        return UnitTable.single(fallback_name)
    ids, names, kinds, parent_ids, registered, ballots, names_in = [], [], [], [], [], [], []
    seen: set[str] = set()  # a set, not `in ids`: a list scan made 100,000 units take minutes
    for place, item in rows:
        entry = _Reader(item, place)
        unit_id = entry.text("id", required=True)
        if unit_id in seen:
            raise _Invalid(entry.at("id"), f"duplicate unit id {_describe(unit_id)}")
        seen.add(unit_id)
        ids.append(unit_id)
        names.append(entry.text("name") or unit_id)
        names_in.append(entry.names("names"))
        kinds.append(entry.text("kind"))
        parent_ids.append((entry.text("parent"), entry.at("parent")))
        registered.append(entry.count("registered"))
        ballots.append(entry.count("ballots_cast"))
    index = {unit_id: i for i, unit_id in enumerate(ids)}
    parents = []
    for parent_id, place in parent_ids:
        if parent_id and parent_id not in index:
            raise _Invalid(place, f"no unit has id {_describe(parent_id)}")
        parents.append(index[parent_id] if parent_id else -1)
    _check_acyclic(parents, [place for _, place in parent_ids])
    nan = float("nan")
    return UnitTable.from_lists(
        ids,
        names,
        kinds,
        parents,
        [nan if v is None else v for v in registered],
        [nan if v is None else v for v in ballots],
        names_in,
    )


def _check_acyclic(parents: list[int], places: list[str]) -> None:
    state = [0] * len(parents)  # 0 unseen, 1 on the current path, 2 done
    for start in range(len(parents)):
        path, node = [], start
        while node >= 0 and state[node] == 0:
            state[node] = 1
            path.append(node)
            node = parents[node]
        if node >= 0 and state[node] == 1:
            raise _Invalid(places[node], "units' parents form a cycle")
        for visited in path:
            state[visited] = 2


def _contest(reader: _Reader, election: Election, default_name: str) -> Contest:
    candidates, votes, shares = _candidates(reader)
    name = reader.text("name") or default_name
    units = _units(reader, election.country or election.jurisdiction or "All")
    by_id = {c.id: i for i, c in enumerate(candidates)}
    other_kinds: list[str] = []
    other_rows: list[tuple[int, int, float]] = []
    vote_rows: list[tuple[int, int, float | None]] = []
    result_rows = reader.items("results")
    top = int(units.roots()[0])
    if result_rows:
        given = [c.name for c, v in zip(candidates, votes, strict=True) if v is not None]
        if given:
            raise _Invalid(reader.at("results"), f"votes are given both per candidate ({given[0]}) and in results")
        unit_index = {unit_id: i for i, unit_id in enumerate(units.ids)}
        for place, item in result_rows:
            entry = _Reader(item, place)
            unit_id = entry.text("unit", required=True)
            if unit_id not in unit_index:
                raise _Invalid(entry.at("unit"), f"no unit has id {_describe(unit_id)}")
            counts = entry.obj("votes")
            for candidate_id, value in counts.data.items():
                if candidate_id not in by_id:
                    raise _Invalid(counts.at(candidate_id), "no candidate has this id")
                vote_rows.append((unit_index[unit_id], by_id[candidate_id], _count(value, counts.at(candidate_id))))
            _other_counts(entry.obj("other"), unit_index[unit_id], other_kinds, other_rows)
    else:
        vote_rows = [(top, i, v) for i, v in enumerate(votes)]
    _other_counts(reader.obj("other_counts"), top, other_kinds, other_rows)
    seats = reader.data.get("seats", 1)
    if isinstance(seats, bool) or not isinstance(seats, int) or seats < 1:
        raise _Invalid(reader.at("seats"), f"expected a whole number ≥ 1, got {_describe(seats)}")
    return Contest(
        id=reader.text("id") or _slug(name),
        name=name,
        candidates=tuple(candidates),
        units=units,
        votes=CountTable.from_rows(vote_rows),
        shares=CountTable.from_rows((top, i, s) for i, s in enumerate(shares) if s is not None),
        other_kinds=tuple(other_kinds),
        other_counts=CountTable.from_rows(other_rows),
        seats=seats,
        names=reader.names("names") or _default_names(reader, election),
    )


def _default_names(reader: _Reader, election: Election) -> Names:
    """A contest without a name of its own is named after the office (else the title), in their languages too."""
    if reader.text("name"):
        return Names()
    return election.offices if election.office else election.titles


def _other_counts(reader: _Reader, unit: int, kinds: list[str], rows: list) -> None:
    for kind, value in reader.data.items():
        count = _count(value, reader.at(kind))
        if count is None:
            continue
        if kind not in kinds:
            kinds.append(kind)
        rows.append((unit, kinds.index(kind), count))


def _commentary(reader: _Reader, candidates: list[Candidate]) -> list[Commentary]:
    known = {c.id: c.id for c in candidates} | {c.name.casefold(): c.id for c in candidates}
    known |= {name.casefold(): c.id for c in candidates for name in c.names.values() if name.casefold() not in known}
    items = []
    for place, item in reader.items("commentary"):
        entry = _Reader(item, place)
        mentions = []
        quote = entry.text("quote", required=True)
        if "mentions" not in entry.data:
            mentions = list(detect_mentions(quote, candidates))
        for mention_place, mention in entry.items("mentions"):
            if not isinstance(mention, str) or mention.casefold() not in known and mention not in known:
                raise _Invalid(mention_place, f"no candidate has id or name {_describe(mention)}")
            mentions.append(known[mention] if mention in known else known[mention.casefold()])
        items.append(
            Commentary(
                speaker=entry.text("speaker", required=True),
                quote=quote,
                role=entry.text("role"),
                organisation=entry.text("organisation"),
                outlet=entry.text("outlet"),
                date=entry.text("date"),
                mentions=tuple(mentions),
                editor_added=entry.editor_added("commentary"),
            )
        )
    return items


def parse(data: Any, path: str = "") -> ResultsDataset:
    """Build a dataset from decoded JSON, or raise LoadError naming the place."""
    try:
        reader = _Reader(data, "")
        if reader.data.get("format") != FORMAT_NAME:
            raise _Invalid("format", f"expected \"{FORMAT_NAME}\", got {_describe(reader.data.get('format'))}")
        version = reader.data.get("version")
        if version != FORMAT_VERSION:
            raise _Invalid("version", f"this electview reads version {FORMAT_VERSION}, got {_describe(version)}")
        election = _election(reader.obj("election"))
        default_name = election.office or election.title
        if "candidates" in reader.data:
            if "contests" in reader.data:
                raise _Invalid("contests", "give either top-level candidates or contests, not both")
            contests = [_contest(reader, election, default_name)]
        else:
            contests = [_contest(_Reader(item, place), election, default_name) for place, item in reader.items("contests", required=True)]
            if not contests:
                raise _Invalid("contests", "expected at least one contest")
        all_candidates = [c for contest in contests for c in contest.candidates]
        return ResultsDataset(
            election=election,
            contests=tuple(contests),
            turnout=_turnout(reader.obj("turnout")),
            commentary=tuple(_commentary(reader, all_candidates)),
            source_path=path,
            source_format=NAME,
        )
    except _Invalid as invalid:
        raise LoadError(path, invalid.problem, invalid.place) from None


def sniff(head: bytes) -> bool:
    """True when the first bytes look like an electview JSON file."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith(b"{") and b'"electview"' in head


def load(path: str | Path) -> ResultsDataset:
    """Read an electview JSON file."""
    path = Path(path)
    return parse(read_json(path, MAX_FILE_BYTES), str(path))
