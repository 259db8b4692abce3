"""OpenElections CSV (``county, precinct, office, district, party, candidate, votes`` + vote-mode columns).

Columns are mapped by name (real files order them differently, swap candidate and party,
say ``election_district`` for ``precinct``). ``votes`` is the total; the mode columns are
used only where it is blank. Pseudo-offices (Registered Voters, Ballots Cast) become
turnout, pseudo-candidates (OVER/UNDER VOTES) other counts, and pseudo-precincts that are
really vote modes ("Early Voting", "Mail") are kept as units marked as such.
"""

from __future__ import annotations

import math
import re

import numpy as np
from pathlib import Path

from electview.core.errors import LoadError
from electview.core.messages import QT_TRANSLATE_NOOP, Message
from electview.core.model import VOTE_MODE, Election, ResultsDataset, Source
from electview.formats import _tabular
from electview.formats._longform import LongForm, fold, turnout_role
from electview.formats.tables import words

NAME = "OpenElections results (CSV)"
PATTERNS = ("*.csv",)
MODE_COLUMNS = (
    "absentee", "early_voting", "election_day", "mail", "mail_in", "mail-in", "provisional", "late_mail",
    "limited", "one_stop", "early", "absentee_mail", "absentee_in_person", "in_person",
)
PRECINCT_COLUMNS = ("precinct", "election_district", "ward", "parish")
MODE_PRECINCTS = {"early voting", "early", "mail", "mail-in", "absentee", "provisional", "election day", "one stop", "early vote", "absentee by mail"}
_FILE_NAME = re.compile(r"^_?(?P<date>\d{8})__(?P<state>[a-z]{2})__(?P<rest>[^.]+)", re.IGNORECASE)
_NA = {"", "na", "n/a", "none"}


def sniff(head: bytes) -> bool:
    header = set(_tabular.first_row(head))
    if {"candidatevotes", "state_po", "party_detailed", "line number"} & header:
        return False  # MEDSL and Clarity share some names
    has_votes = "votes" in header or any(_is_mode(name) for name in header)
    return {"office", "candidate"} <= header and has_votes and bool(header & {"county", *PRECINCT_COLUMNS})


def _is_mode(name: str) -> bool:
    """A vote-mode column ("early_voting", "absentee_by_mail_votes"): votes cast one way, part of the total."""
    return name in MODE_COLUMNS or (words.says(name, words.MODES) and name not in ("county", "office", "candidate", "party"))


def _file_facts(path: Path) -> tuple[str, str, str]:
    """(ISO date, state, election words) from OpenElections' file naming, or blanks."""
    match = _FILE_NAME.match(path.name)
    if not match:
        return "", "", ""
    date = match.group("date")
    words = [w for w in match.group("rest").split("__") if w]
    return f"{date[:4]}-{date[4:6]}-{date[6:]}", match.group("state").upper(), " ".join(words)


def _contest_name(office: str, district: str) -> str:
    if fold(district) in _NA or district.strip() in office:
        return office.strip()
    return f"{office.strip()}, District {district.strip()}"


def load(path: str | Path) -> ResultsDataset:
    """Read an OpenElections CSV."""
    path = Path(path)
    table = _tabular.read_table(path, header_row=0)
    columns = {_tabular.normalise_header(name): i for i, name in enumerate(table.header)}
    for needed in ("office", "candidate"):
        if needed not in columns:
            raise LoadError(path, f"missing column {needed!r}", f"line {table.header_line}")
    date, state, words = _file_facts(path)
    data = LongForm(state or "All", "state" if state else "")

    def cells(name: str) -> list[str] | None:
        return table.column(columns[name]) if name in columns else None

    def numbers(name: str):
        values, bad = _tabular.parse_numbers(table.column(columns[name]))
        if bad:
            raise LoadError(path, f"{name}: {table.rows[bad[0]][columns[name]]!r} is not a number", table.place(bad[0]))
        return values

    modes = {name: numbers(name) for name in columns if _is_mode(name)}
    if "votes" not in columns and not modes:
        raise LoadError(path, "missing column 'votes' (and no vote-mode columns to add up)", f"line {table.header_line}")
    votes = numbers("votes") if "votes" in columns else np.full(len(table.rows), np.nan)
    blank_modes: dict[tuple[str, str], int] = {}
    county = cells("county")
    precinct_name = next((name for name in PRECINCT_COLUMNS if name in columns), None)
    precinct = cells(precinct_name) if precinct_name else None
    office, candidate = table.column(columns["office"]), table.column(columns["candidate"])
    district, party = cells("district"), cells("party")
    by_party = _party_primaries(office, district, party, candidate) if "primary" in words.split() else set()
    for row in range(len(table.rows)):
        path_parts = [("county", county[row] if county else "")]
        place = precinct[row] if precinct else ""
        if fold(place) in MODE_PRECINCTS:
            data.note(
                Message(
                    QT_TRANSLATE_NOOP("import", "precinct rows named {place} are a vote mode, not a place; they count in the county's total"), place=repr(place.strip())
                )
            )
            path_parts.append((VOTE_MODE, place))
        else:
            path_parts.append(("precinct", place))
        unit = data.unit(path_parts)
        role = turnout_role(office[row])
        if role:
            data.turnout(unit, role, _value(votes[row]))
            continue
        contest_district = district[row] if district else ""
        party_text = "" if party is None or fold(party[row]) in _NA else party[row]
        name = _contest_name(office[row], contest_district)
        key = f"{fold(office[row])}|{fold(contest_district)}"
        if key in by_party and party_text:
            key, name = f"{key}|{fold(party_text)}", f"{name} ({party_text})"
        contest = data.contest(key, name)
        value = _value(votes[row])
        if value is not None:
            data.add(contest, unit, candidate[row], party_text, value)
        else:
            for mode, values in modes.items():
                mode_value = _value(values[row])
                if mode_value is None:
                    blank_modes[(contest.name, mode)] = blank_modes.get((contest.name, mode), 0) + 1
                data.add(contest, unit, candidate[row], party_text, mode_value, mode)
    for (contest_name, mode), count in blank_modes.items():
        # A blank mode is not reported, not zero: the contest's totals are short of that mode.
        data.note(
            Message(
                QT_TRANSLATE_NOOP("import", "{contest}: {mode} is blank in {count} rows (not reported, not zero); those totals count only the other vote modes"),
                contest=contest_name, mode=repr(mode), count=count,
            )
        )  # fmt: skip
    title = " ".join(part for part in (state, date[:4], words) if part) or path.stem
    election = Election(
        title=f"{title} (OpenElections)",
        date=date,
        jurisdiction=state,
        source=Source(authority="OpenElections (volunteer-converted official results)"),
    )
    return data.dataset(election, str(path), NAME)


def _party_primaries(office, district, party, candidate) -> set[str]:
    """Contests of a primary file that are really one race per party: some party has two or more candidates.

    The file name alone can't decide: OpenElections' DE "primary" file of 2020 holds general-election rows.
    """
    if party is None:
        return set()
    names: dict[tuple[str, str], set[str]] = {}
    for row in range(len(office)):
        key = f"{fold(office[row])}|{fold(district[row]) if district else ''}"
        names.setdefault((key, fold(party[row])), set()).add(fold(candidate[row]))
    return {key for (key, party_name), people in names.items() if party_name not in _NA and len(people) > 1}


def _value(value: float) -> float | None:
    return None if math.isnan(value) else float(value)
