"""Long-form results rows (contest × place × candidate [× vote mode]) into a dataset, without double counting.

OpenElections, MEDSL and spreadsheet imports all come down to rows like these. Here is
where the traps are handled once: a ``total`` mode row beats the mode rows beside it; rows
named like totals ("Totals", "Burlington Totals", "Итого") are attached to the place they
total, so the builder drops them in favour of their parts; non-candidate rows (over/under
votes, invalid, blank) go to other counts; registered-voter and ballots-cast pseudo-rows
become turnout.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable

from electview.core.messages import QT_TRANSLATE_NOOP, Message
from electview.core.model import Election, ResultsDataset, Turnout
from electview.formats._builder import ContestBuilder, UnitRegistry, unique_contest_names

# Pseudo-candidate names, case-folded, in the languages the issue asks for.
TOTAL_WORDS = {
    "total", "totals", "total votes", "grand total", "sum", "итого", "всего", "барлығы", "жиыны", "totaal",
    "totaal generaal", "total general", "total général", "total geral", "gesamt", "summe",
}
WRITE_IN_TOTALS = {"write-in totals", "write-ins total", "total write-ins", "write-in total"}
OTHER_KINDS = {
    "overvotes": ("over votes", "overvotes", "over vote", "overvote"),
    "undervotes": ("under votes", "undervotes", "under vote", "undervote"),
    "invalid": (
        "invalid", "invalid votes", "invalid ballots", "spoiled", "spoiled ballots", "rejected", "rejected ballots",
        "void", "недействительные", "недействительные бюллетени", "недействительных бюллетеней", "жарамсыз",
        "жарамсыз бюллетеньдер", "ongeldig", "ongeldige stemmen", "nulos", "votos nulos", "nuls", "bulletins nuls",
        "ungültig", "ungültige stimmen", "informal", "informal votes", "informal ballots",
    ),
    "none of the above": ("nota", "none of the above", "против всех", "against all", "none of these candidates"),
    "blank": ("blank", "blank votes", "blank ballots", "blanco", "blanco stemmen", "blancos", "en blanco", "votos en blanco", "blancs", "bulletins blancs", "leer"),
    "rejected write-ins": ("rejected write-ins", "rejected write-in", "unassigned write-ins", "unassigned write-in"),
}
_OTHER_LOOKUP = {word: kind for kind, words in OTHER_KINDS.items() for word in words}
REGISTERED_WORDS = (
    "registered voters", "registered", "voters registered", "registered voters - total", "electorate",
    "избирателей", "число избирателей", "зарегистрировано избирателей", "сайлаушылар саны", "kiesgerechtigden",
    "opgeroepenen", "inscrits", "électeurs inscrits", "electores", "censo", "wahlberechtigte",
)
BALLOTS_WORDS = (
    "ballots cast", "ballots cast - total", "ballots cast total", "total ballots cast", "turnout", "votantes",
    "votants", "opkomst", "бюллетеней выдано", "проголосовало", "дауыс бергендер", "wähler",
)
_TOTAL_SUFFIX = re.compile(r"^(?P<place>.*\S)\s+totals?$", re.IGNORECASE)


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", (text or "").strip()).casefold()


def candidate_role(name: str) -> str:
    """"candidate", "total", or the other-count kind a pseudo-candidate name stands for."""
    folded = fold(name)
    if folded in TOTAL_WORDS:
        return "total"
    if folded in WRITE_IN_TOTALS:
        return "write-in total"
    return _OTHER_LOOKUP.get(folded, "candidate")


def turnout_role(office: str) -> str:
    """"registered", "ballots", "blank ballots" or "" for an office name used as a turnout pseudo-row."""
    folded = fold(office)
    if folded in REGISTERED_WORDS:
        return "registered"
    if folded in BALLOTS_WORDS:
        return "ballots"
    if folded.startswith("ballots cast") and "blank" in folded:
        return "blank ballots"
    return ""


def totals_place(name: str) -> str | None:
    """For a place named like a total: "" (the whole scope) or the place it totals ("Burlington"); else None."""
    folded = fold(name)
    if folded in TOTAL_WORDS:
        return ""
    match = _TOTAL_SUFFIX.match(name.strip())
    return match.group("place") if match else None


class LongForm:
    """Collects long-form rows; :meth:`dataset` chooses the counting level and vote modes on purpose."""

    def __init__(self, root_name: str, root_kind: str = "", merge_party_lines: bool = False) -> None:
        self.merge_party_lines = merge_party_lines  # fusion voting: one candidate on several party lines
        self.registry = UnitRegistry()
        self.root = self.registry.add("", root_name, root_kind)
        self.contests: dict[str, ContestBuilder] = {}
        self.hints: dict[str, Iterable[str]] = {}
        self.warnings: list[Message] = []
        self._cells: dict[tuple[str, int, int], dict[str, float]] = defaultdict(dict)
        self._others: dict[tuple[str, int, str], dict[str, float]] = defaultdict(dict)
        self._turnout: dict[tuple[int, str], dict[str, float]] = defaultdict(dict)
        self._write_in_totals: dict[tuple[str, int, str], dict[str, float]] = defaultdict(dict)
        self._notes: set[Message] = set()
        self._total_rows: dict[tuple[str, int, str], dict[str, float]] = defaultdict(dict)
        self._parties: dict[tuple[str, int], list[str]] = defaultdict(list)

    def note(self, message: Message) -> None:
        """A warning given once however many rows it applies to."""
        if message not in self._notes:
            self._notes.add(message)
            self.warnings.append(message)

    def unit(self, path: list[tuple[str, str]]) -> int:
        """The unit at the end of ``path`` [(kind, name), …] below the root; blank names are skipped.

        A name like "Totals" stands for its parent, and "Burlington Totals" for the sibling
        "Burlington", so such rows are treated as the aggregates they are.
        """
        parent = self.root
        key = ""
        ancestors: list[tuple[str, int]] = [("", self.root)]
        for kind, name in path:
            name = (name or "").strip()
            if not name:
                continue
            place = totals_place(name)
            if place == "":
                return parent
            if place is not None:
                return self._totalled_place(fold(place), key, ancestors, name)
            key = f"{key}/{fold(name)}"
            parent = self.registry.add(key, name, kind, parent)
            ancestors.append((fold(name), parent))
        return parent

    def _totalled_place(self, place: str, key: str, ancestors: list[tuple[str, int]], row_name: str) -> int:
        """The unit a "<place> Totals" row totals: an enclosing unit, a sibling, else the whole file."""
        for ancestor_name, index in reversed(ancestors):
            if ancestor_name == place:
                return index
        sibling = self.registry.get(f"{key}/{place}")
        if sibling is not None:
            return sibling
        self.note(Message(QT_TRANSLATE_NOOP("import", "rows for {row} were taken as totals of the whole area and not added to it"), row=repr(row_name)))
        return self.root

    def contest(self, key: str, name: str, seats: int = 1, hints: list[str] | None = None) -> ContestBuilder:
        builder = self.contests.get(key)
        if builder is None:
            builder = self.contests[key] = ContestBuilder(key, name, seats)
            self.hints[key] = hints or []
        return builder

    def add(self, contest: ContestBuilder, unit: int, name: str, party: str, value: float | None, mode: str = "total") -> int | None:
        """One row: a candidate's (or pseudo-candidate's) votes in one unit and vote mode (None: not reported).

        Returns the candidate's column in ``contest`` (None for pseudo-candidates): names are
        stored folded and blank ones labelled, so the caller can't find the column by name.
        """
        role = candidate_role(name)
        if value is None and role != "candidate":
            return None
        column = None
        if role == "total":
            assert value is not None  # a pseudo-candidate without a figure returned above
            cell = self._total_rows[(contest.id, unit, name.strip())]
            cell[fold(mode) or "total"] = cell.get(fold(mode) or "total", 0.0) + value
            return None
        mode = fold(mode) or "total"
        if role == "write-in total":
            cell = self._write_in_totals[(contest.id, unit, name.strip())]
        elif role != "candidate":
            cell = self._others[(contest.id, unit, role)]
        else:
            label = name.strip() or "(no name)"
            key = fold(label) if self.merge_party_lines else f"{fold(label)}|{fold(party)}"
            column = contest.candidate(key, label, party)
            parties = self._parties[(contest.id, column)]
            if party.strip() and party.strip() not in parties:
                parties.append(party.strip())
            if value is None:
                return column  # listed, with its votes unknown rather than 0
            cell = self._cells[(contest.id, unit, column)]
        assert value is not None  # only a candidate is listed without a figure, and it returned above
        cell[mode] = cell.get(mode, 0.0) + value
        return column

    def add_column(self, contest: ContestBuilder, units: list[int], name: str, party: str, values) -> None:
        """A wide table's candidate column at once: ``values[i]`` in ``units[i]`` (NaN: not reported there)."""
        column = self.add(contest, units[0], name, party, None) if units else None
        if column is None or candidate_role(name) != "candidate":
            for unit, value in zip(units, values, strict=True):
                self.add(contest, unit, name, party, None if math.isnan(value) else float(value))
            return
        for unit, value in zip(units, values, strict=True):
            if not math.isnan(value):
                cell = self._cells[(contest.id, unit, column)]
                cell["total"] = cell.get("total", 0.0) + float(value)

    def turnout(self, unit: int, role: str, value: float | None, mode: str = "total") -> None:
        if value is not None:
            cell = self._turnout[(unit, role)]
            mode = fold(mode) or "total"
            cell[mode] = cell.get(mode, 0.0) + value

    def dataset(self, election: Election, path: str, format_name: str, turnout: Turnout | None = None) -> ResultsDataset:
        mixed = 0
        unit_sums: dict[tuple[str, int], float] = defaultdict(float)
        for (contest_id, unit, column), modes in self._cells.items():
            value, was_mixed = _one_mode_set(modes)
            mixed += was_mixed
            unit_sums[(contest_id, unit)] += value
            self.contests[contest_id].vote(unit, column, value)
        self._check_total_rows(unit_sums)
        for (contest_id, unit, label), modes in self._write_in_totals.items():
            contest = self.contests[contest_id]
            if any("write" in fold(c.name) for c in contest.candidates if c.name != label):
                self.note(Message(QT_TRANSLATE_NOOP("import", "{contest}: {label} rows repeat the write-in rows and were left out"), contest=contest.name, label=repr(label)))
                continue
            contest.vote(unit, contest.candidate(f"{fold(label)}|", label), _one_mode_set(modes)[0])
        for (contest_id, unit, kind), modes in self._others.items():
            self.contests[contest_id].other(unit, kind, _one_mode_set(modes)[0])
        if mixed:
            self.warnings.append(
                Message(QT_TRANSLATE_NOOP("import", "{count} count(s) had a TOTAL row beside vote-mode rows; the TOTAL was used, not the sum of both"), count=mixed)
            )
        for (unit, role), modes in self._turnout.items():
            value = _one_mode_set(modes)[0]
            if role == "registered":
                self.registry.set_turnout(unit, registered=value)
            elif role == "ballots":
                self.registry.set_turnout(unit, ballots_cast=value)
            else:
                what = Message(QT_TRANSLATE_NOOP("import", "blank ballots")) if role == "blank ballots" else role  # electview's own word
                self.note(Message(QT_TRANSLATE_NOOP("import", "{role} rows are not shown (electview has no place for them)"), role=what))
        if self.merge_party_lines:
            self._name_party_lines()
        builders = list(self.contests.values())
        unique_contest_names(builders, self.hints)
        units = self.registry.table()
        contests = tuple(builder.build(units, self.warnings) for builder in builders)
        return ResultsDataset(
            election=election,
            contests=contests,
            turnout=turnout or Turnout(),
            source_path=path,
            source_format=format_name,
            import_warnings=tuple(self.warnings),
        )


    def _check_total_rows(self, unit_sums: dict[tuple[str, int], float]) -> None:
        """Total rows are left out; say so, and whether they agree with the candidates beside them."""
        for (contest_id, unit, label), modes in self._total_rows.items():
            stated, _ = _one_mode_set(modes)
            added = unit_sums.get((contest_id, unit), 0.0)
            name = self.contests[contest_id].name
            if abs(stated - added) <= 1e-6:
                self.note(
                    Message(QT_TRANSLATE_NOOP("import", "{contest}: rows named {label} are totals of the other rows (they agree) and were left out"), contest=name, label=repr(label))
                )
            else:
                self.warnings.append(
                    Message(
                        QT_TRANSLATE_NOOP("import", "{contest}: the {label} row says {stated} but the candidates beside it add up to {added}; the candidates' figures are used"),
                        contest=name, label=repr(label), stated=stated, added=added,
                    )
                )  # fmt: skip

    def _name_party_lines(self) -> None:
        """A fusion candidate's party is every line they stood on ("republican / conservative")."""
        from dataclasses import replace

        for (contest_id, column), parties in self._parties.items():
            contest = self.contests[contest_id]
            if len(parties) > 1:
                contest.candidates[column] = replace(contest.candidates[column], party=" / ".join(parties))


def _one_mode_set(modes: dict[str, float]) -> tuple[float, bool]:
    """The total when given, else the sum of the vote modes; and whether both were present."""
    if "total" in modes:
        return modes["total"], len(modes) > 1
    return sum(modes.values()), False
