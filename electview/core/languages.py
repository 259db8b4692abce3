"""Names in the reader's language: pick one of the texts a source gave in several languages, with fallbacks.

A source may name a candidate, party, contest, place or the election in several languages
(NIST InternationalizedText, the ``names`` of electview's own format). The records keep
every language (:class:`~electview.core.model.Names`) beside ``name``, the source's default;
:func:`display_name` picks one for a language, and :func:`localised` gives a whole dataset
whose ``name`` fields read in that language, so every view, summary and report shows it
without knowing about languages.
"""

from __future__ import annotations

from typing import Any, cast

import dataclasses
from collections.abc import Mapping

import numpy as np

from electview.core.model import Candidate, Contest, Election, Names, ResultsDataset, UnitTable, language_tag

#: The tag under which :func:`localised` keeps a source's own text.
SOURCE_DEFAULT = ""


def pick(names: Mapping[str, str], language: str, default: str) -> str:
    """The text for ``language`` from ``names``: the exact tag, then its base language ("ru-RU" → "ru"),
    then a regional form of that base ("ru" → "ru-KZ"), else the source's own text (``default``)."""
    wanted = language_tag(language)
    if wanted:
        if names.get(wanted):
            return names[wanted]
        base = wanted.split("-")[0]
        if names.get(base):
            return names[base]
        for tag, text in names.items():
            if tag.split("-")[0] == base and text:
                return text
    return names.get(SOURCE_DEFAULT) or default


def display_name(item: object, language: str) -> str:
    """The name of a candidate, contest or election (its title) — or plain text — in ``language``."""
    if isinstance(item, str):
        return item
    if isinstance(item, Election):
        return pick(item.titles, language, item.title)
    return pick(getattr(item, "names", Names()), language, str(cast(Any, item).name))


def party_name(candidate: Candidate, language: str) -> str:
    return pick(candidate.party_names, language, candidate.party)


def unit_name(units: UnitTable, index: int, language: str) -> str:
    return pick(units.unit_names(index), language, str(units.names[index]))


def _keeping_source(names: Names, source_text: str) -> Names:
    """``names`` with the source's own text under the empty tag, so a later language can still fall back to it."""
    if SOURCE_DEFAULT in names or not source_text:
        return names
    return Names({**names, SOURCE_DEFAULT: source_text})


def _tag_preference(tags, language: str) -> list[str]:
    """The tags :func:`pick` would try for ``language``, best first, among ``tags``."""
    wanted = language_tag(language)
    if not wanted:
        return []
    base = wanted.split("-")[0]
    order = [wanted, base] + sorted(tag for tag in tags if tag.split("-")[0] == base)
    return [tag for tag in dict.fromkeys(order) if tag in tags]


def _localised_units(units: UnitTable, language: str) -> UnitTable:
    """Every unit's name in ``language`` at once: each column, worst first, overwrites where it has a name."""
    if not units.names_in:
        return units
    source = units.names_in.get(SOURCE_DEFAULT, units.names)
    shown = np.array(source, dtype=object)
    for tag in reversed(_tag_preference(units.names_in, language)):
        column = units.names_in[tag]
        given = column != ""
        shown[given] = column[given]
    if np.array_equal(shown, units.names):
        return units
    return dataclasses.replace(units, names=shown, names_in={**units.names_in, SOURCE_DEFAULT: source})


def _localised_candidate(candidate: Candidate, language: str) -> Candidate:
    if not candidate.names and not candidate.party_names:
        return candidate
    name, party = display_name(candidate, language), party_name(candidate, language)
    if name == candidate.name and party == candidate.party:
        return candidate  # already reads so (English in an English NIST file): no copy
    return dataclasses.replace(
        candidate,
        name=name,
        names=_keeping_source(candidate.names, candidate.name),
        party=party,
        party_names=_keeping_source(candidate.party_names, candidate.party),
    )


def localised(dataset: ResultsDataset, language: str) -> ResultsDataset:
    """The dataset with every name, party, contest, place and the title shown in ``language`` where the source gave it.

    Everything else — ids, counts, the other languages — is unchanged, so the result can be
    localised again into another language. Contests sharing one unit table still share it.
    """
    units_done: dict[int, UnitTable] = {}

    def units_for(units: UnitTable) -> UnitTable:
        if id(units) not in units_done:
            units_done[id(units)] = _localised_units(units, language)
        return units_done[id(units)]

    def contest_in(contest: Contest) -> Contest:
        name = display_name(contest, language)
        candidates = tuple(_localised_candidate(c, language) for c in contest.candidates)
        units = units_for(contest.units)
        unchanged = name == contest.name and units is contest.units
        if unchanged and all(new is old for new, old in zip(candidates, contest.candidates, strict=True)):
            return contest  # nothing in another language: a file of 100,000 contests isn't copied
        return dataclasses.replace(
            contest,
            name=name,
            names=_keeping_source(contest.names, contest.name) if contest.names else contest.names,
            candidates=candidates,
            units=units,
        )

    election = dataset.election
    shown = (
        display_name(election, language),
        pick(election.offices, language, election.office),
        pick(election.countries, language, election.country),
    )
    if shown != (election.title, election.office, election.country):
        election = dataclasses.replace(
            election,
            title=shown[0],
            titles=_keeping_source(election.titles, election.title),
            office=shown[1],
            offices=_keeping_source(election.offices, election.office),
            country=shown[2],
            countries=_keeping_source(election.countries, election.country),
        )
    contests = tuple(contest_in(c) for c in dataset.contests)
    if election is dataset.election and all(new is old for new, old in zip(contests, dataset.contests, strict=True)):
        return dataset
    return dataclasses.replace(dataset, election=election, contests=contests)
