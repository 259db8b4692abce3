"""The results dataset: election, contests, candidates, reporting units and counts as reported.

Everything here is what a source *reported*. Figures electview works out (estimated votes,
computed shares, totals) live in :mod:`electview.core.tally`, never in these objects, so
the reported and the derived can't be confused.

Counts are long-form numpy arrays (one row per reporting unit × column), not one Python
object per row: a booth-level national file has millions of rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from enum import StrEnum

import numpy as np

from electview.core.file_stamp import FileStamp
from electview.core.formatting import format_when
from electview.core.i18n import translate
from electview.core.messages import Message
from electview.core.palette import party_colours
from electview.core.ranked import RankedCount

# Counts beyond this are not whole-number exact in float64, and no electorate is that big.
MAX_COUNT = 1e15


def language_tag(tag: str) -> str:
    """A language tag compared as BCP 47 says: case-insensitive, "ru_RU" and "ru-RU" alike → "ru-ru"."""
    return tag.strip().replace("_", "-").casefold()


class Names(Mapping[str, str]):
    """A name given in several languages: language tag → text (frozen and hashable, so it can sit in frozen records).

    Tags are kept as normalised by :func:`language_tag`. The empty tag ``""`` holds the
    source's own text when the record's ``name`` was changed to show a chosen language
    (:func:`electview.core.languages.localised`), so the original is never lost.
    """

    __slots__ = ("_texts",)

    def __init__(self, texts: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        pairs = texts.items() if isinstance(texts, Mapping) else texts
        cleaned = {language_tag(str(tag)): str(text).strip() for tag, text in pairs}
        self._texts = {tag: text for tag, text in sorted(cleaned.items()) if text}

    def __getitem__(self, tag: str) -> str:
        return self._texts[tag]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __hash__(self) -> int:
        return hash(tuple(self._texts.items()))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mapping) and dict(self._texts) == dict(other.items())

    def __repr__(self) -> str:
        return f"Names({self._texts!r})"


class Status(StrEnum):
    """How final the results are, as the source declares it."""

    PRELIMINARY = "preliminary"
    UNOFFICIAL = "unofficial"
    FINAL = "final"
    CERTIFIED = "certified"
    PRE_ELECTION = "pre-election"  # contests and candidates published before any count
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        """The badge text: PRELIMINARY, …, or "STATUS UNKNOWN" (never omitted)."""
        return self.label_with(translate)

    def label_with(self, translate) -> str:
        """The badge text through ``translate(context, text)`` (the printed report picks its own languages)."""
        return {
            Status.PRELIMINARY: translate("Status", "PRELIMINARY"),
            Status.UNOFFICIAL: translate("Status", "UNOFFICIAL"),
            Status.FINAL: translate("Status", "FINAL"),
            Status.CERTIFIED: translate("Status", "CERTIFIED"),
            Status.PRE_ELECTION: translate("Status", "PRE-ELECTION"),
            Status.UNKNOWN: translate("Status", "STATUS UNKNOWN"),
        }[self]

    @property
    def is_final(self) -> bool:
        return self in (Status.FINAL, Status.CERTIFIED)


@dataclass(frozen=True, slots=True)
class Source:
    """Who published the figures, who announced them, when, and through whom we have them."""

    authority: str = ""
    announced_by: str = ""
    announced_at: str = ""
    cited_via: str = ""
    url: str = ""

    def describe(self) -> str:
        """One readable line, e.g. "Central Election Commission · announced by … · via TASS"."""
        parts = []
        if self.authority:
            parts.append(self.authority)
        if self.announced_by:
            parts.append(translate("Source", "announced by {0}").format(self.announced_by))
        if self.announced_at:
            parts.append(format_when(self.announced_at))
        if self.cited_via:
            parts.append(translate("Source", "via {0}").format(self.cited_via))
        return " · ".join(parts) if parts else translate("Source", "source not stated")


@dataclass(frozen=True, slots=True)
class Election:
    """The election as a whole."""

    title: str
    country: str = ""
    office: str = ""
    date: str = ""  # ISO 8601 date as given; kept as text so partial dates survive
    round: int | None = None
    status: Status = Status.UNKNOWN
    source: Source = field(default_factory=Source)
    jurisdiction: str = ""
    titles: Names = field(default_factory=Names)  # the title in other languages
    offices: Names = field(default_factory=Names)  # the office in other languages
    countries: Names = field(default_factory=Names)  # the country in other languages


#: Marks a fact the file's editor added that the source it cites doesn't give (FORMAT.md "editor_added").
EDITOR_MARK = "‡"
#: The fields an editor may add: descriptive facts only, never a figure (votes, shares, turnout).
EDITOR_FIELDS = {"candidate": ("party", "description"), "commentary": ("role", "organisation", "outlet", "date")}


def with_editor_mark(text: str, added: bool) -> str:
    """``text`` marked ‡ when the file's editor added it; empty text stays empty."""
    return f"{text} {EDITOR_MARK}" if text and added else text


@dataclass(frozen=True, slots=True)
class Candidate:
    """One choice on the ballot."""

    id: str
    name: str
    party: str = ""  # party or nominating organisation
    description: str = ""
    colour: str = ""  # "#rrggbb" when the source gives one; the palette fills the rest
    names: Names = field(default_factory=Names)  # the name in other languages
    party_names: Names = field(default_factory=Names)
    # Fields the file's editor filled in that the source it cites doesn't give ("party"): shown marked.
    editor_added: tuple[str, ...] = ()

    @property
    def party_shown(self) -> str:
        """The party as every output prints it: marked ‡ where the file's editor added it (:data:`EDITOR_MARK`)."""
        return with_editor_mark(self.party, "party" in self.editor_added)


@dataclass(frozen=True, slots=True)
class Turnout:
    """Turnout as reported; ``None`` means the source did not say (never 0)."""

    registered: float | None = None
    ballots_cast: float | None = None
    valid_votes: float | None = None
    percent: float | None = None
    definition: str = ""  # what the reported percentage is a share of


@dataclass(frozen=True, slots=True)
class Commentary:
    """One attributed quote about the election."""

    speaker: str
    quote: str
    role: str = ""
    organisation: str = ""
    outlet: str = ""
    date: str = ""
    mentions: tuple[str, ...] = ()  # candidate ids
    editor_added: tuple[str, ...] = ()  # fields the file's editor filled in that the source doesn't give ("outlet")

    def attribution(self) -> str:
        """"Andrei Grozin, head of …, CIS Institute — to Vestnik Kavkaza"; what the file's editor added is marked ‡."""
        role, organisation, outlet = (with_editor_mark(getattr(self, name), name in self.editor_added) for name in ("role", "organisation", "outlet"))
        who = ", ".join(part for part in (self.speaker, role, organisation) if part)
        return translate("Commentary", "{0} — to {1}").format(who, outlet) if outlet else who


# A unit kind for rows that are a way of voting, not a place ("Early Voting", "Mail" as precincts):
# their ballots count in the place above, and no voter is registered there.
VOTE_MODE = "vote mode"


@dataclass(frozen=True)
class UnitTable:
    """Reporting units (country → region → district → precinct), parents by index.

    ``parents[i]`` is the index of unit *i*'s parent, or -1 at the top. ``registered`` and
    ``ballots_cast`` are per-unit turnout figures, NaN where not reported; ``turnout_percent``
    the turnout a file reports for a unit (Clarity's county voterTurnout), None if it gives none.
    """

    ids: np.ndarray
    names: np.ndarray
    kinds: np.ndarray
    parents: np.ndarray
    registered: np.ndarray
    ballots_cast: np.ndarray
    #: language tag → unit names in that language ("" where a unit has none), for files that give them
    names_in: Mapping[str, np.ndarray] = field(default_factory=dict)
    turnout_percent: np.ndarray | None = None

    def __post_init__(self) -> None:
        count = len(self.ids)
        if self.turnout_percent is not None and len(self.turnout_percent) != count:
            raise ValueError(f"UnitTable.turnout_percent has {len(self.turnout_percent)} rows, ids has {count}")
        for name in ("names", "kinds", "parents", "registered", "ballots_cast"):
            if len(getattr(self, name)) != count:
                raise ValueError(f"UnitTable.{name} has {len(getattr(self, name))} rows, ids has {count}")
        for tag, names in self.names_in.items():
            if len(names) != count:
                raise ValueError(f"UnitTable.names_in[{tag!r}] has {len(names)} rows, ids has {count}")

    def unit_names(self, index: int) -> Names:
        """Unit ``index``'s name in every language the file gave."""
        return Names((tag, names[index]) for tag, names in self.names_in.items())

    @classmethod
    def single(cls, name: str, kind: str = "country", unit_id: str = "all") -> UnitTable:
        """One unit standing for the whole election, as a news report gives it."""
        return cls.from_lists([unit_id], [name], [kind], [-1])

    @classmethod
    def from_lists(cls, ids, names, kinds, parents, registered=None, ballots_cast=None, names_in=None) -> UnitTable:
        """``names_in``: per unit a mapping language tag → name (empty where none), or None."""
        count = len(ids)
        nan = np.full(count, np.nan)
        given = [Names(texts) for texts in names_in or ()]
        tags = sorted({tag for texts in given for tag in texts})
        return cls(
            names_in={tag: np.asarray([texts.get(tag, "") for texts in given], dtype=object) for tag in tags},
            ids=np.asarray(ids, dtype=object),
            names=np.asarray(names, dtype=object),
            kinds=np.asarray(kinds, dtype=object),
            parents=np.asarray(parents, dtype=np.int32),
            registered=nan.copy() if registered is None else np.asarray(registered, dtype=np.float64),
            ballots_cast=nan.copy() if ballots_cast is None else np.asarray(ballots_cast, dtype=np.float64),
        )

    def __len__(self) -> int:
        return len(self.ids)

    def roots(self) -> np.ndarray:
        return np.flatnonzero(self.parents < 0)

    def children(self, index: int) -> np.ndarray:
        return np.flatnonzero(self.parents == index)

    def within(self, index: int) -> np.ndarray:
        """Boolean mask of the unit and everything below it (vectorised walk up the parents)."""
        inside = np.arange(len(self)) == index
        ancestor = self.parents.copy()
        # Each pass moves every unit one level up; depth is small (≤ ~6) in real files.
        for _ in range(len(self)):
            live = ancestor >= 0
            if not live.any():
                break
            inside[live] |= ancestor[live] == index
            ancestor[live] = self.parents[ancestor[live]]
        return inside

    def index_of(self, unit_id: str) -> int:
        hits = np.flatnonzero(self.ids == unit_id)
        if not len(hits):
            raise KeyError(unit_id)
        return int(hits[0])


@dataclass(frozen=True)
class CountTable:
    """Long-form counts: row *r* says unit ``unit[r]`` had ``value[r]`` for column ``column[r]``.

    ``value`` is float64 so that NaN can mean "not reported" and fractional counts (some
    formats have them) survive; whole numbers are exact up to 2**53.
    """

    unit: np.ndarray
    column: np.ndarray
    value: np.ndarray

    def __post_init__(self) -> None:
        if not (len(self.unit) == len(self.column) == len(self.value)):
            raise ValueError("CountTable columns differ in length")

    @classmethod
    def from_rows(cls, rows) -> CountTable:
        """Rows of (unit index, column index, value or None)."""
        rows = list(rows)
        return cls(
            unit=np.fromiter((r[0] for r in rows), dtype=np.int32, count=len(rows)),
            column=np.fromiter((r[1] for r in rows), dtype=np.int32, count=len(rows)),
            value=np.fromiter((np.nan if r[2] is None else r[2] for r in rows), dtype=np.float64, count=len(rows)),
        )

    @classmethod
    def empty(cls) -> CountTable:
        return cls(np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0, np.float64))

    def __len__(self) -> int:
        return len(self.value)


#: ElectoralSystem.method of a two-round contest (``--method runoff``).
RUNOFF_METHOD = "runoff"
#: ElectoralSystem.method of a yes/no question passing above ``threshold`` (``--method measure``).
MEASURE_METHOD = "measure"


@dataclass(frozen=True, slots=True)
class ElectoralSystem:
    """How the winners are found when it isn't one seat per most votes: a party-list method or two rounds.

    ``method`` is a :class:`electview.core.seats.Method` value, or :data:`RUNOFF_METHOD` (one
    winner with more than half of valid votes, or at least ``threshold`` percent when that isn't
    50, else a run-off between the top two); ``threshold`` is in percent of valid votes;
    ``source`` says who chose it ("file" or "user"), shown with the outcome.
    """

    method: str
    seats: int
    threshold: float = 0.0
    source: str = "user"


@dataclass(frozen=True)
class Contest:
    """One race: its candidates and their counts at one counting level, chosen on purpose.

    ``votes`` holds candidate counts; ``shares`` holds shares the source reported (percent),
    usually only at the top unit; ``other_counts`` holds non-candidate counts (invalid,
    blank, over/under votes) whose columns are named by ``other_kinds``: they are shown
    apart and never enter the shares.
    """

    id: str
    name: str
    candidates: tuple[Candidate, ...]
    units: UnitTable
    votes: CountTable
    shares: CountTable = field(default_factory=CountTable.empty)
    other_kinds: tuple[str, ...] = ()
    other_counts: CountTable = field(default_factory=CountTable.empty)
    seats: int = 1
    units_reporting: int | None = None
    units_total: int | None = None
    names: Names = field(default_factory=Names)  # the contest's name in other languages
    ranked: RankedCount | None = None  # a ranked-choice count's rounds; the counts above are its final round
    system: ElectoralSystem | None = None  # party-list seats; None: the ``seats`` most voted win (vote for N)
    # Valid votes the user expects the contest to have in all (Contest → Electoral System…, --expected-votes):
    # bounds the votes still to come while results are preliminary. Never from the file; None: not given.
    expected_votes: float | None = None
    # Each unit the contest is counted in lies wholly inside the contest's area (precincts of a district),
    # so those units' ballots and registered voters are the contest's. False when the file counts a district
    # contest by units it only partly fills (Clarity's counties): their turnout isn't the contest's.
    counted_units_whole: bool = True
    # Per place, the file's own progress for this contest: unit index -> (sub-units reported or None, sub-units in all).
    unit_reporting: Mapping[int, tuple[int | None, int]] = field(default_factory=dict)
    # Per candidate, who the file itself declares elected for the whole contest: 1.0 elected, 0.0 not,
    # NaN where it says nothing (an "Elected" Y/N column, NIST PostElectionStatus). None: the file says
    # nothing at all. The file's word decides: the counts shown may be first preferences only.
    declared_elected: np.ndarray | None = None
    # A contest of party totals: the contest whose constituency races it adds up by party
    # (core.party_totals). Nobody is elected by the totals; the races give the seats.
    totals_of: Contest | None = None
    # Per candidate (a party list), the seats the file declares it won (EML 520: its elected
    # candidates); None: the file declares no seats. The file's word is the outcome.
    declared_seats: np.ndarray | None = None

    def candidate_index(self, candidate_id: str) -> int:
        for index, candidate in enumerate(self.candidates):
            if candidate.id == candidate_id:
                return index
        raise KeyError(candidate_id)


@dataclass(frozen=True)
class ResultsDataset:
    """Everything one results file says."""

    election: Election
    contests: tuple[Contest, ...]
    turnout: Turnout = field(default_factory=Turnout)
    commentary: tuple[Commentary, ...] = ()
    source_path: str = ""
    source_format: str = ""
    import_warnings: tuple[Message, ...] = ()  # English as str(); worded in the interface language where shown
    # The file as it was read (formats.load_file), None when unknown; not part of what the file says.
    source_stamp: FileStamp | None = field(default=None, compare=False)

    @cached_property
    def party_colours(self) -> dict[str, str]:
        """Each party's colour in every contest of the file (see :func:`electview.core.palette.party_colours`)."""
        return party_colours(self.contests)

    def contest(self, name: str | None) -> Contest:
        """The contest called ``name`` (case-insensitive, in any of its languages) or with that id; the first when None."""
        if not self.contests:
            raise KeyError("the file has no contests")
        if name is None:
            return self.contests[0]
        wanted = name.casefold()
        for contest in self.contests:
            if contest.name.casefold() == wanted or contest.id == name:
                return contest
        for contest in self.contests:  # its name in another language the file gives (or the source's own)
            if any(text.casefold() == wanted for text in contest.names.values()):
                return contest
        raise KeyError(name)
