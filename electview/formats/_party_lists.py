"""List-vote results (party lists with preference votes for their candidates), as the Dutch Kiesraad publishes them.

A party's list total is the sum of its candidates' preference votes, so the two never share
a contest: the main contest has the lists as its choices, and each list gets a contest of
its own for its candidates' preference votes ("Voorkeurstemmen — VVD").
"""

from __future__ import annotations

from electview.core.messages import Message
from electview.core.model import Election, ResultsDataset, Turnout
from electview.formats._builder import ContestBuilder, UnitRegistry


class PartyLists:
    """Collects list and preference votes per unit; :meth:`dataset` builds the contests."""

    def __init__(self, election_name: str, registry: UnitRegistry) -> None:
        self.registry = registry
        self.lists = ContestBuilder("lists", election_name)
        self.preferences: dict[str, ContestBuilder] = {}
        self.warnings: list[Message] = []

    def party(self, unit: int, party_id: str, name: str, votes: float | None) -> None:
        column = self.lists.candidate(party_id, name or f"Lijst {party_id}")
        self.lists.vote(unit, column, votes)

    def candidate(self, unit: int, party_id: str, candidate_id: str, name: str, votes: float | None) -> None:
        contest = self.preferences.get(party_id)
        if contest is None:
            party_name = self.party_name(party_id)
            contest = self.preferences[party_id] = ContestBuilder(f"list-{party_id}", f"Voorkeurstemmen — {party_name}")
        column = contest.candidate(f"{party_id}:{candidate_id}", name or f"Kandidaat {candidate_id} (lijst {party_id})")
        contest.vote(unit, column, votes)

    def party_name(self, party_id: str) -> str:
        for candidate in self.lists.candidates:
            if candidate.id == party_id:
                return candidate.name
        return f"Lijst {party_id}"

    def other(self, unit: int, kind: str, value: float | None) -> None:
        self.lists.other(unit, kind, value)

    def dataset(self, election: Election, path: str, format_name: str, turnout: Turnout | None = None) -> ResultsDataset:
        for builder in self.preferences.values():
            party = self.party_name(builder.id.removeprefix("list-"))
            builder.candidates[:] = [
                candidate if candidate.party else type(candidate)(candidate.id, candidate.name, party, candidate.description)
                for candidate in builder.candidates
            ]
        units = self.registry.table()
        contests = [self.lists.build(units, self.warnings)]
        contests += [builder.build(units, self.warnings) for builder in self.preferences.values()]
        return ResultsDataset(
            election=election,
            contests=tuple(contests),
            turnout=turnout or Turnout(),
            source_path=path,
            source_format=format_name,
            import_warnings=tuple(self.warnings),
        )
