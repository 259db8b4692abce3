"""Derived figures: totals, shares and estimated votes for one contest in one scope.

Every figure made here carries whether it was derived and how, so the table, the chart,
the summary and the report can say so. Nothing here changes the reported dataset.
"""

from __future__ import annotations

import math

from dataclasses import dataclass, field

import numpy as np

from electview.core.formatting import format_as_given, format_count
from electview.core.i18n import translate
from electview.core.model import MAX_COUNT, VOTE_MODE, Candidate, Contest, ResultsDataset, Turnout
from electview.core.palette import candidate_colours
from electview.core.vote_for import votes_allowed as _votes_allowed


@dataclass(frozen=True, slots=True)
class Figure:
    """A number with its provenance: reported by the source, or derived by electview."""

    value: float | None
    derived: bool = False
    how: str = ""  # for derived figures: how electview worked it out

    @property
    def known(self) -> bool:
        return self.value is not None and not np.isnan(self.value)

    @property
    def as_float(self) -> float:
        """The value, NaN when unknown (arithmetic on it stays NaN)."""
        return math.nan if self.value is None else float(self.value)


UNKNOWN = Figure(None)


@dataclass(frozen=True)
class ContestTally:
    """A contest's figures in one scope, per candidate in the contest's own order.

    Arrays are aligned with ``candidates``. ``votes`` is NaN where neither reported nor
    estimable. ``share`` is the reported share where the source gave one, else computed.
    """

    contest: Contest
    scope: int | None
    candidates: tuple[Candidate, ...]
    colours: tuple[str, ...]
    votes: np.ndarray
    votes_estimated: np.ndarray
    share: np.ndarray
    share_reported: np.ndarray
    share_derived: np.ndarray
    total_valid: Figure
    estimate_note: str = ""
    other_counts: dict[str, Figure] = field(default_factory=dict)
    turnout: Turnout = field(default_factory=Turnout)
    turnout_percent: Figure = UNKNOWN
    # In a place (``scope``), which candidates the source has any row for there (votes, a blank
    # count or a share): a national contest's candidate who doesn't stand in this district isn't
    # "unreported" here. None means every candidate (the whole contest).
    on_ballot: np.ndarray | None = None
    # The file's reporting progress for this contest at this place (sub-units reported, in all); None: not said.
    units_reporting: int | None = None
    units_total: int | None = None
    # Votes each voter could cast: the file's figure, or the one its own figures prove (core.vote_for).
    votes_allowed: int = 1

    def order_by_votes(self) -> list[int]:
        """Candidate indices, most votes first (share breaks ties and unknown votes)."""
        votes = np.nan_to_num(self.votes, nan=-1.0)
        share = np.nan_to_num(self.share, nan=-1.0)
        # lexsort is stable: equal votes and shares keep the contest's order.
        return np.lexsort((-share, -votes)).tolist()

    def order_shown(self) -> list[int]:
        """:meth:`order_by_votes` without the candidates who don't stand in this place (``on_ballot``)."""
        order = self.order_by_votes()
        if self.on_ballot is None:
            return order
        return [index for index in order if self.on_ballot[index]]

    def leader(self) -> int | None:
        order = self.order_by_votes()
        return order[0] if order else None


def other_count_label(kind: str, tr=translate) -> str:
    """An uncounted-ballot kind ("overvotes", "inactive ballots (final round)") in the reader's language.

    Importers name the kinds they know in English; a kind a file names itself (a Clarity vote
    type) has no translation and is shown as the file gives it.
    """
    return tr("other_counts", kind)


# Colours depend only on the candidates and the file's party colours; a drill-down re-tallies
# the same contest again and again, and a national contest has thousands of candidates.
# Keyed by identity (both objects are kept alive with their entry, so no id is reused while
# cached): pass the same party_colours dict each time (ResultsDocument does) to hit it.
_COLOURS_CACHED = 16
_colours_cache: dict[tuple[int, int], tuple[tuple[Candidate, ...], dict | None, tuple[str, ...]]] = {}


def _colours(candidates: tuple[Candidate, ...], party_colours: dict[str, str] | None) -> tuple[str, ...]:
    key = (id(candidates), id(party_colours))
    cached = _colours_cache.get(key)
    if cached is not None and cached[0] is candidates and cached[1] is party_colours:
        return cached[2]
    colours = candidate_colours(candidates, party_colours)
    if len(_colours_cache) >= _COLOURS_CACHED:
        _colours_cache.clear()
    _colours_cache[key] = (candidates, party_colours, colours)
    return colours


def _sum_by_column(column: np.ndarray, value: np.ndarray, rows: np.ndarray, width: int):
    """Per-column sum of the present values and count of rows present / missing."""
    column = column[rows]
    value = value[rows]
    present = ~np.isnan(value)
    sums = np.bincount(column[present], weights=value[present], minlength=width)[:width]
    n_present = np.bincount(column[present], minlength=width)[:width]
    n_missing = np.bincount(column[~present], minlength=width)[:width]
    return sums, n_present, n_missing


def _rows_in_scope(contest: Contest, unit_rows: np.ndarray, scope: int | None) -> np.ndarray:
    if scope is None:
        return np.ones(len(unit_rows), dtype=bool)
    return contest.units.within(scope)[unit_rows]


def _on_ballot(contest: Contest, scope: int, rows_inside: np.ndarray, width: int) -> np.ndarray:
    """Candidates that stand in ``scope``: the source has counts for them here, or none anywhere else below the top.

    A candidate with counts in other places of the same contest but none here doesn't stand
    here (a constituency's candidate, seen from another constituency). One whose counts are
    only at the places above (the country's total) may well stand here unreported: kept.
    """
    votes = contest.votes
    units = contest.units
    ancestors = np.zeros(len(units), dtype=bool)
    unit, steps = int(units.parents[scope]), 0
    while unit >= 0 and steps < len(units):  # bounded: a cycle in a bad file can't spin
        ancestors[unit] = True
        unit, steps = int(units.parents[unit]), steps + 1
    elsewhere = ~rows_inside & ~ancestors[votes.unit]
    here = np.bincount(votes.column[rows_inside], minlength=width)[:width] > 0
    counted_elsewhere = np.bincount(votes.column[elsewhere], minlength=width)[:width] > 0
    return here | ~counted_elsewhere


def _share_rows(contest: Contest, scope: int | None) -> np.ndarray:
    """Reported shares apply only to the unit they were reported for."""
    units = contest.shares.unit
    if scope is None:
        return contest.units.parents[units] < 0 if len(units) else np.zeros(0, dtype=bool)
    return units == scope


def _covers_every_unit_with_turnout(contest: Contest, counting: np.ndarray) -> bool:
    """Whether every unit with a turnout figure is at, below or above a unit the contest is counted in.

    A district contest counted in a few of the file's units doesn't cover the others: the
    file's (national, statewide) turnout isn't the contest's.
    """
    units = contest.units
    with_turnout = ~np.isnan(units.registered) | ~np.isnan(units.ballots_cast)
    if not with_turnout.any():
        return True
    covered = counting.copy()  # at or below a counting unit
    above = np.zeros(len(units), dtype=bool)  # an ancestor of a counting unit
    ancestor = units.parents.copy()
    climbing = counting.copy()
    for _ in range(len(units)):  # one level a pass; bounded, so a cycle in a bad file can't spin
        live = ancestor >= 0
        if not live.any():
            break
        covered[live] |= counting[ancestor[live]]
        above[ancestor[climbing & live]] = True
        climbing &= live
        ancestor[live] = units.parents[ancestor[live]]
    return bool((covered | above)[with_turnout].all())


def _scope_turnout(contest: Contest, scope: int | None, national: Turnout) -> Turnout:
    units = contest.units
    counting = np.zeros(len(units), dtype=bool)
    counting[np.unique(contest.votes.unit)] = True
    # A contest counted everywhere the file has turnout owns every unit's figures; one counted in
    # part of them owns only the figures of units wholly inside its area (counted_units_whole).
    needed = scope is None or not contest.counted_units_whole
    whole = _covers_every_unit_with_turnout(contest, counting) if needed else True
    if not whole and not contest.counted_units_whole:
        return Turnout()  # the units it is counted in hold voters of other contests' areas too
    has_national = national.registered is not None or national.ballots_cast is not None or national.percent is not None
    if scope is None and whole and has_national:
        return national
    if scope is None and whole:
        inside = units.parents < 0
    elif scope is None:
        inside = np.zeros(len(units), dtype=bool)  # the top unit's figures are the whole file's, not this contest's
    else:
        inside = np.zeros(len(units), dtype=bool)
        inside[scope] = True

    def total(values: np.ndarray, fallback_mask: np.ndarray) -> float | None:
        chosen = values[inside]
        if len(chosen) and not np.isnan(chosen).any():
            return float(chosen.sum())
        # Not reported at this unit: add up the counting-level units below it, if complete.
        below = values[fallback_mask]
        if len(below) and not np.isnan(below).any():
            return float(below.sum())
        return None

    if scope is not None:
        counting &= units.within(scope)
    # A vote mode's pseudo-precinct ("Early Voting") has ballots but no registered voters of its own:
    # its blank leaves the real precincts' sum whole (Borden County: 476 registered, 334 ballots cast).
    registered = total(units.registered, counting & ~((units.kinds == VOTE_MODE) & np.isnan(units.registered)))
    ballots_cast = total(units.ballots_cast, counting)
    # The definition describes a percentage electview can work out; with no figures there is none.
    computable = registered is not None and ballots_cast is not None
    # The place's turnout as the file reports it (one place: the scope, or a region cut out as the top).
    reported = units.turnout_percent[inside] if units.turnout_percent is not None else np.empty(0)
    percent = float(reported[0]) if len(reported) == 1 and not np.isnan(reported[0]) else None
    return Turnout(
        registered=registered,
        ballots_cast=ballots_cast,
        percent=percent,  # else worked out from the place's figures (derived)
        definition="ballots cast as a share of registered voters" if computable or percent is not None else "",
    )


def _reporting(contest: Contest, scope: int | None) -> tuple[int | None, int | None]:
    """The contest's progress at ``scope``: the contest's own figure for the whole, the place's where the file gives one."""
    if scope is None:
        if contest.units_total is not None:
            return contest.units_reporting, contest.units_total
        roots = contest.units.roots()
        scope = int(roots[0]) if len(roots) == 1 else None
    if scope is None or scope not in contest.unit_reporting:
        return None, None  # a contest-wide figure says nothing about one place
    return contest.unit_reporting[scope]


def tally(
    contest: Contest,
    scope: int | None = None,
    national_turnout: Turnout | None = None,
    party_colours: dict[str, str] | None = None,
) -> ContestTally:
    """Work out the contest's figures in ``scope`` (a unit index, or None for the whole contest).

    ``party_colours`` (from :attr:`ResultsDataset.party_colours`) keeps a party's colour the same
    across the file's contests.
    """
    width = len(contest.candidates)
    votes_table = contest.votes
    rows = _rows_in_scope(contest, votes_table.unit, scope)
    sums, n_present, n_missing = _sum_by_column(votes_table.column, votes_table.value, rows, width)
    votes = np.where(n_present > 0, sums, np.nan)

    share_rows = _share_rows(contest, scope)
    share_sums, share_present, _ = _sum_by_column(contest.shares.column, contest.shares.value, share_rows, width)
    share_reported = np.where(share_present > 0, share_sums, np.nan)
    on_ballot = None if scope is None else _on_ballot(contest, scope, rows, width)

    votes_estimated = np.zeros(width, dtype=bool)
    estimate_note = ""
    unknown = np.isnan(votes)
    anchors = ~unknown & ~np.isnan(share_reported) & (share_reported > 0)
    anchor_votes = float(votes[anchors].sum())
    anchor_share = float(share_reported[anchors].sum())
    # A share too tiny to divide by (5e-324 %) implies no believable total: estimate nothing.
    implied = anchor_votes / anchor_share * 100.0 if anchors.any() else np.inf
    if unknown.any() and implied <= MAX_COUNT:
        # Votes the source gave, over the shares it gave for the same candidates,
        # imply the total of valid votes; the other shares of that total are estimates.
        implied_total = round(implied)
        estimable = unknown & ~np.isnan(share_reported)
        votes = votes.copy()
        votes[estimable] = np.round(share_reported[estimable] / 100.0 * implied_total)
        votes_estimated = estimable
        anchor_names = ", ".join(c.name for c, a in zip(contest.candidates, anchors, strict=True) if a)
        estimate_note = translate(
            "tally", "reported share × {total} valid votes, the total implied by {votes} votes = {share}% for {names}"
        ).format(
            total=format_count(implied_total), votes=format_count(anchor_votes), share=format_as_given(anchor_share), names=anchor_names
        )
        total_valid = Figure(
            float(implied_total),
            derived=True,
            how=translate("tally", "implied by {votes} votes being {share}% of valid votes").format(
                votes=format_count(anchor_votes), share=format_as_given(anchor_share)
            ),
        )
    else:
        known = votes[~np.isnan(votes)]
        total_valid = (
            Figure(float(known.sum()), derived=True, how=translate("tally", "sum of the candidates' votes")) if len(known) else UNKNOWN
        )

    share = share_reported.copy()
    share_derived = np.isnan(share_reported)
    if total_valid.known and total_valid.as_float > 0:
        computed = votes / total_valid.as_float * 100.0
        share = np.where(share_derived, computed, share)

    national = national_turnout or Turnout()
    turnout = _scope_turnout(contest, scope, national)
    if turnout.percent is not None:
        turnout_percent = Figure(turnout.percent)
    elif turnout.registered and turnout.ballots_cast is not None:
        turnout_percent = Figure(
            turnout.ballots_cast / turnout.registered * 100.0, derived=True, how=translate("tally", "ballots cast ÷ registered voters")
        )
    else:
        turnout_percent = UNKNOWN

    other_rows = _rows_in_scope(contest, contest.other_counts.unit, scope)
    other_sums, other_present, _ = _sum_by_column(
        contest.other_counts.column, contest.other_counts.value, other_rows, len(contest.other_kinds)
    )
    other_counts = {
        kind: Figure(float(other_sums[i])) for i, kind in enumerate(contest.other_kinds) if other_present[i] > 0
    }

    units_reporting, units_total = _reporting(contest, scope)

    def other(kind: str) -> float | None:
        figure = other_counts.get(kind)
        return figure.value if figure is not None else None

    # A ranked ballot counts once in every round, however many are elected from it.
    allowed = _votes_allowed(1 if contest.ranked is not None else contest.seats, total_valid.value, other("overvotes"), other("undervotes"), turnout.ballots_cast)
    return ContestTally(
        contest=contest,
        scope=scope,
        candidates=contest.candidates,
        colours=_colours(contest.candidates, party_colours),
        votes=votes,
        votes_estimated=votes_estimated,
        share=share,
        share_reported=share_reported,
        share_derived=share_derived,
        total_valid=total_valid,
        estimate_note=estimate_note,
        other_counts=other_counts,
        turnout=turnout,
        turnout_percent=turnout_percent,
        on_ballot=on_ballot,
        units_reporting=units_reporting,
        units_total=units_total,
        votes_allowed=allowed,
    )


def tally_same_place(dataset: ResultsDataset, contest: Contest, current: ContestTally) -> ContestTally | None:
    """``contest`` of another version of the results (``dataset``) tallied at the place ``current`` shows.

    None when that version doesn't have the place: comparing a district with the whole country is no comparison.
    """
    scope = None
    if current.scope is not None:
        try:
            scope = contest.units.index_of(str(current.contest.units.ids[current.scope]))
        except KeyError:
            return None
    return tally(contest, scope, dataset.turnout if scope is None else None, dataset.party_colours)
