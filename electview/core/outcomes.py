"""Who won: the contest's rule (vote for N or party-list seats), winners, seats and each candidate's status."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

import numpy as np

from electview.core.formatting import format_count, format_number
from electview.core.i18n import translate
from electview.core.measures import SIMPLE_MAJORITY, measure_sides
from electview.core.measures import passes as measure_passes
from electview.core.model import MEASURE_METHOD, RUNOFF_METHOD, Contest, ElectoralSystem, ResultsDataset
from electview.core.palette import party_key
from electview.core.party_totals import NO_PARTY_TOTAL, race_seats
from electview.core.seats import Method, SeatAllocation, allocate, majority_of
from electview.core.tally import ContestTally
from electview.core.terminal import isolate


#: (context, English text) → the text in the reader's language: core.i18n.translate, or a report's catalogs.
Translate = Callable[[str, str], str]


class Standing(StrEnum):
    """A candidate's or party's status in the outcome (the JSON ``status``)."""

    ELECTED = "elected"  # final results: won (a seat)
    LEADING = "leading"  # not final: would win within the ballots counted so far
    TIED = "tied"  # ties for the last winning place or seat: the law decides, not the count
    TRAILING = "trailing"  # not final: would not win within the ballots counted so far
    RUNOFF = "runoff"  # no one won outright: one of the two who go to the run-off (projected while not final)
    DEFEATED = "defeated"  # final results: did not win
    UNDECIDED = "undecided"  # its count is not known (or only estimated), so nothing can be said


@dataclass(frozen=True)
class Rule:
    """The rule a contest is decided by and where it came from."""

    kind: str  # "plurality" (one winner), "vote-for-n", "party-list", "ranked-choice" (the tabulator's rounds), "declared" (the file's word)
    seats: int
    method: Method | None = None
    threshold: float = 0.0
    source: str = "file"  # "file", "user", or "default" (the file says nothing: one winner)

    def as_dict(self) -> dict:
        return {
            "kind": self.kind,
            "method": self.method.value if self.method else None,
            "threshold_percent": self.threshold if self.method or self.kind in ("runoff", "measure") else None,
            "base": "votes on the question" if self.kind == "measure" else "valid votes" if self.method or self.kind == "runoff" else None,
            "source": self.source,
        }

    def describe(self, tr: Translate | None = None) -> str:
        """The rule in a few words, shown wherever an outcome is (in ``tr``'s language; English without one)."""
        tr = tr or translate
        by_user = tr("outcomes", " (chosen by the user)") if self.source == "user" else ""
        if self.method is not None:
            text = tr("outcomes", "{0} seats by {1}").format(self.seats, tr("outcomes", self.method.label))
            if self.threshold:
                text += tr("outcomes", ", threshold {0}% of valid votes").format(f"{self.threshold:g}")
            return text + by_user
        if self.kind == "ranked-choice":
            return tr("outcomes", "ranked choice, {0} to elect: as the tabulator's rounds decided").format(self.seats)
        if self.kind == "declared":
            return tr("outcomes", "elected as the file declares")
        if self.kind == "measure":
            if self.threshold == SIMPLE_MAJORITY:
                return tr("outcomes", "yes or no: passes with more than half of the votes on it") + by_user
            return tr("outcomes", "yes or no: passes with at least {0}% of the votes on it").format(f"{self.threshold:g}") + by_user
        if self.kind == "runoff":
            if self.threshold == 50.0:
                return tr("outcomes", "one winner: more than half of valid votes, else a run-off between the top two") + by_user
            return tr("outcomes", "one winner: at least {0}% of valid votes, else a run-off between the top two").format(f"{self.threshold:g}") + by_user
        if self.kind == "declared-seats":
            return tr("outcomes", "{0} seats as the file declares them").format(self.seats)
        if self.kind == "party-totals":
            return tr("outcomes", "party totals of constituency races, added up by electview: each seat is won in its own race, by most votes")
        if self.seats > 1:
            return tr("outcomes", "vote for {0}: the {0} most voted win").format(self.seats) + by_user
        if self.source == "default":  # the file says nothing: an assumption, said as one (a party-list vote may need seats)
            return tr("outcomes", "one winner: most votes (assumed: the file doesn't say how many are elected)")
        return tr("outcomes", "one winner: most votes") + by_user


@dataclass(frozen=True)
class Outcome:
    """The outcome of one tally under its rule. Arrays are aligned with the tally's candidates."""

    rule: Rule
    final: bool
    standing: tuple[Standing, ...]
    seats_won: np.ndarray  # int64; for a vote-for-N contest 1 per winner
    winners: tuple[int, ...]  # candidates certainly winning (within the ballots counted, if not final)
    tied: tuple[int, ...]  # candidates tied for the last winning place(s)
    tied_places: int  # how many places/seats the tie is for
    last_winner: int | None  # vote for N: the last winner; the decisive margin is to first_loser
    first_loser: int | None
    allocation: SeatAllocation | None = None
    problem: str = ""  # why no outcome can be given (e.g. no party reaches the threshold)
    # Declared outcomes: who has the most votes in these figures but is not declared elected (the
    # counts are first preferences, a first round…): the figures alone don't decide the contest.
    overruled: tuple[int, ...] = ()
    yes_side: int | None = None  # a ballot measure's "yes" choice: the measure passes when it prevails

    @property
    def has_tie(self) -> bool:
        return self.tied_places > 0

    def elected(self, index: int) -> bool | None:
        """True/False once the results are final; None while undecided (the JSON ``elected``)."""
        status = self.standing[index]
        if status is Standing.ELECTED:
            return True
        if status is Standing.DEFEATED:
            return False
        return None

    @property
    def majority(self) -> int | None:
        """Seats needed for a majority of a party-list contest; None for other rules."""
        return majority_of(self.rule.seats) if self.rule.method else None


def rule_of(contest: Contest, votes_allowed: int = 1) -> Rule:
    """The contest's rule: its electoral system where one is set, else vote for N (1 = plurality).

    A ranked-choice count is decided by its rounds. N is the contest's ``seats`` or, when a tally proved more (``votes_allowed``, core.vote_for:
    valid + over + under votes = N x ballots), that: each voter choosing N means N winners.
    """
    system = contest.system
    if system is not None and system.method == RUNOFF_METHOD:  # one winner: a majority (or the threshold), else a run-off
        return Rule("runoff", 1, None, system.threshold or 50.0, system.source)
    if system is not None and system.method == MEASURE_METHOD and measure_sides(contest) is not None:
        return Rule("measure", 1, None, system.threshold or SIMPLE_MAJORITY, system.source)
    if system is not None and not system.method:  # the user said how many are elected, no method: vote for N
        return Rule("vote-for-n" if system.seats > 1 else "plurality", system.seats, source=system.source)
    if system is not None:
        return Rule("party-list", system.seats, Method(system.method), system.threshold, system.source)
    if system is None and measure_sides(contest) is not None:  # a yes/no question: passes or fails, no one "leads"
        return Rule("measure", 1, None, SIMPLE_MAJORITY, source="file")
    if contest.declared_seats is not None:  # the seats as the file declares them (EML 520)
        return Rule("declared-seats", int(np.nansum(contest.declared_seats)), source="file")
    if contest.totals_of is not None:  # party totals of constituency races: the races give the seats
        return Rule("party-totals", 1, source="file")
    if contest.ranked is not None:  # the tabulator's rounds decide, not the most votes of any one round
        return Rule("ranked-choice", max(1, contest.ranked.seats), source="file")
    seats = max(contest.seats, votes_allowed)
    if seats > 1:
        return Rule("vote-for-n", seats, source="file")
    return Rule("plurality", 1, source="default")


def rule_for(result: ContestTally) -> Rule:
    """The rule of the tally's contest, with the votes each voter had as the tally found them."""
    return rule_of(result.contest, result.votes_allowed)


def with_system(dataset: ResultsDataset, system: ElectoralSystem | None, contest_name: str | None = None) -> ResultsDataset:
    """The dataset with ``system`` set on one contest (``contest_name``) or all of them; None clears it."""
    target = dataset.contest(contest_name) if contest_name else None
    contests = tuple(
        replace(contest, system=system) if target is None or contest is target else contest for contest in dataset.contests
    )
    return replace(dataset, contests=contests)


def with_seats(dataset: ResultsDataset, seats: int, contest_name: str | None = None) -> ResultsDataset:
    """The dataset with one contest (or all) decided as vote for ``seats``, as the user says."""
    return with_system(dataset, ElectoralSystem("", seats, 0.0, "user"), contest_name)


def with_expected_votes(dataset: ResultsDataset, votes: float | None, contest_name: str | None = None) -> ResultsDataset:
    """The dataset with the valid votes the user expects in all for one contest (or all); None clears it."""
    target = dataset.contest(contest_name) if contest_name else None
    contests = tuple(
        replace(contest, expected_votes=votes) if target is None or contest is target else contest for contest in dataset.contests
    )
    return replace(dataset, contests=contests)


def outcome(result: ContestTally, final: bool) -> Outcome:
    """Decide ``result`` by its contest's rule; ``final`` when the source says the results are final or certified."""
    rule = rule_for(result)
    said = _elected_in_file(result, rule)
    if said is not None:
        return said
    declared = _declared_in_file(result, rule, final)
    if declared is not None:
        return declared
    if rule.kind == "party-totals":
        return _race_by_race(result, rule, final)
    if rule.kind == "declared-seats" and result.scope is None:
        return _seats_declared(result, rule)
    if rule.kind == "vote-for-n" or rule.kind == "plurality":
        return _most_voted(result, rule, final)
    if rule.kind == "runoff":
        return _runoff(result, rule, final)
    if rule.kind == "measure":
        return _measure(result, rule, final)
    if rule.method is not None:
        return _party_list(result, rule, final)
    return _most_voted(result, rule, final)


def _elected_in_file(result: ContestTally, rule: Rule) -> Outcome | None:
    """The winners the file itself names (a ranked-choice tabulation's "elected"), for the whole contest; else None.

    The file's word is the outcome: a tabulator's final round can leave a winner below a
    rival's first-round count, so the counts on screen must not re-decide it.
    """
    ranked = result.contest.ranked
    if ranked is None or result.scope is not None or rule.method is not None:
        return None
    named = {name for names in ranked.elected for name in names}
    index = {candidate.name: i for i, candidate in enumerate(result.candidates)}
    if not named or not named <= set(index):
        return None
    winners = tuple(sorted((index[name] for name in named), key=lambda i: -np.nan_to_num(result.votes[i], nan=-1.0)))
    standing = tuple(Standing.ELECTED if i in winners else Standing.DEFEATED for i in range(len(result.candidates)))
    seats_won = np.zeros(len(result.candidates), np.int64)
    seats_won[list(winners)] = 1
    said = Rule("ranked-choice", max(ranked.seats, len(winners)), source="file")
    return Outcome(said, True, standing, seats_won, winners, (), 0, None, None)


def _seats_declared(result: ContestTally, rule: Rule) -> Outcome:
    """The seats the file declares per list: its word is the outcome, whatever the status or the counts."""
    declared = result.contest.declared_seats
    assert declared is not None
    won = np.nan_to_num(declared).astype(np.int64)
    standing = tuple(Standing.ELECTED if seats else Standing.DEFEATED for seats in won.tolist())
    winners = tuple(sorted(np.flatnonzero(won).tolist(), key=lambda i: -won[i]))
    return Outcome(rule, True, standing, won, winners, (), 0, None, None)


def _race_by_race(result: ContestTally, rule: Rule, final: bool) -> Outcome:
    """A party-totals contest: each party's seats are the races its candidates win (in the place shown)."""
    won = race_seats(result.contest, None if result.scope is None else result.contest.units.within(result.scope)).seats
    standing = tuple(
        (Standing.ELECTED if final else Standing.LEADING) if seats else (Standing.DEFEATED if final else Standing.TRAILING)
        for seats in won.tolist()
    )
    winners = tuple(sorted(np.flatnonzero(won).tolist(), key=lambda i: -won[i]))
    return Outcome(rule, final, standing, won, winners, (), 0, None, None)


def _declared_in_file(result: ContestTally, rule: Rule, final: bool) -> Outcome | None:
    """The winners the file declares (an "Elected" column, NIST PostElectionStatus) for the whole contest; else None.

    A preferential count's first preferences, or a first round, can leave the winner behind a
    rival in the figures shown: the file's word decides, and who it overrules is said.
    """
    declared = result.contest.declared_elected
    if declared is None or result.scope is not None or rule.method is not None:
        return None
    by_id = {candidate.id: i for i, candidate in enumerate(result.contest.candidates)}
    said = np.array([declared[by_id[c.id]] if c.id in by_id else np.nan for c in result.candidates])
    chosen = np.flatnonzero(said == 1.0).tolist()
    if not chosen:
        return None
    votes = np.nan_to_num(result.votes, nan=-1.0)
    winners = tuple(sorted(chosen, key=lambda i: -votes[i]))
    seats = max(rule.seats, len(winners))
    filled = len(winners) >= seats
    standing = tuple(
        Standing.ELECTED if i in winners else Standing.DEFEATED if said[i] == 0.0 or filled else Standing.UNDECIDED
        for i in range(len(result.candidates))
    )
    seats_won = np.zeros(len(result.candidates), np.int64)
    seats_won[list(winners)] = 1
    counted = _most_voted(result, Rule("vote-for-n" if seats > 1 else "plurality", seats, source="file"), final)
    overruled = tuple(i for i in counted.winners if i not in winners) if not counted.problem else ()
    return Outcome(Rule("declared", seats, source="file"), final, standing, seats_won, winners, (), 0, None, None,
                   overruled=overruled)


def _shown(result: ContestTally) -> list[int]:
    on_ballot = result.on_ballot
    return [i for i in range(len(result.candidates)) if on_ballot is None or on_ballot[i]]


def _most_voted(result: ContestTally, rule: Rule, final: bool) -> Outcome:
    count = len(result.candidates)
    standing = [Standing.UNDECIDED] * count
    shown = _shown(result)
    votes = result.votes
    if any(result.votes_estimated[i] or np.isnan(votes[i]) for i in shown):
        # Votes estimated from reported shares keep the shares' order, and shares the source
        # reported for everyone rank them truly; anything less and no winner can be named.
        if any(result.share_derived[i] or np.isnan(result.share[i]) for i in shown):
            return Outcome(rule, final, tuple(standing), np.zeros(count, np.int64), (), (), 0, None, None,
                           problem="some counts are unknown or estimated, so no winner can be named")
        votes = result.share
    known = shown
    order = sorted(known, key=lambda i: -votes[i])  # stable: equal votes keep the contest's order
    places = rule.seats
    win, lose = (Standing.ELECTED, Standing.DEFEATED) if final else (Standing.LEADING, Standing.TRAILING)
    winners: list[int] = []
    tied: list[int] = []
    tied_places = 0
    if len(order) <= places:
        winners = order
    else:
        cut = votes[order[places - 1]]
        above = [i for i in order if votes[i] > cut]
        at_cut = [i for i in order if votes[i] == cut]
        if len(above) + len(at_cut) == places:
            winners = above + at_cut
        else:
            winners, tied, tied_places = above, at_cut, places - len(above)
    for i in order:
        standing[i] = lose
    for i in winners:
        standing[i] = win
    for i in tied:
        standing[i] = Standing.TIED
    seats_won = np.zeros(count, np.int64)
    seats_won[winners] = 1
    last = winners[-1] if winners and not tied else None
    rest = [i for i in order if i not in set(winners)]
    first_loser = rest[0] if rest and not tied else None
    return Outcome(rule, final, tuple(standing), seats_won, tuple(winners), tuple(tied), tied_places, last, first_loser)


def _measure(result: ContestTally, rule: Rule, final: bool) -> Outcome:
    """A yes/no question: the side that prevails against the threshold, judged on the shares of the votes on it."""
    sides = measure_sides(result.contest)
    count = len(result.candidates)
    unknown = Outcome(rule, final, (Standing.UNDECIDED,) * count, np.zeros(count, np.int64), (), (), 0, None, None,
                      problem="the votes on the question are not known")
    if sides is None or np.isnan(result.share[list(sides)]).any():
        return unknown
    yes, no = sides
    prevails, loses = (yes, no) if measure_passes(float(result.share[yes]), rule.threshold) else (no, yes)
    standing = [Standing.UNDECIDED] * count
    standing[prevails] = Standing.ELECTED if final else Standing.LEADING
    standing[loses] = Standing.DEFEATED if final else Standing.TRAILING
    return Outcome(rule, final, tuple(standing), np.zeros(count, np.int64), (prevails,), (), 0, None, None, yes_side=yes)


def wins_outright(share: float, rule: Rule) -> bool:
    """An absolute majority is more than half; any other threshold is reached at it (40% is enough at 40.00%)."""
    return bool(share > rule.threshold) if rule.threshold == 50.0 else bool(share >= rule.threshold)


def _runoff(result: ContestTally, rule: Rule, final: bool) -> Outcome:
    """Two rounds: the leader wins outright above the threshold; otherwise the top two go to a run-off.

    While not final it is a projection within the ballots counted, said as one.
    """
    single = _most_voted(result, replace(rule, seats=1), final)
    if single.problem or not single.winners:
        return single
    if wins_outright(float(result.share[single.winners[0]]), rule):
        return single
    pair = _most_voted(result, replace(rule, seats=2), final)
    if pair.problem:
        return pair
    standing = tuple(Standing.RUNOFF if status in (Standing.ELECTED, Standing.LEADING) else status for status in pair.standing)
    count = len(result.candidates)
    return Outcome(rule, final, standing, np.zeros(count, np.int64), pair.winners, pair.tied, pair.tied_places, None, None)


def _party_list(result: ContestTally, rule: Rule, final: bool) -> Outcome:
    count = len(result.candidates)
    votes = result.votes
    empty = np.zeros(count, np.int64)
    undecided = tuple([Standing.UNDECIDED] * count)
    if np.isnan(votes).any() or result.votes_estimated.any():
        return Outcome(rule, final, undecided, empty, (), (), 0, None, None,
                       problem="some parties' votes are unknown or estimated, so seats can't be allocated")
    base = result.total_valid.value if result.total_valid.known else None
    assert rule.method is not None  # only party-list rules come here
    try:
        allocation = allocate(votes, rule.seats, rule.method, rule.threshold, None if base is None else int(round(base)))
    except ValueError as error:
        return Outcome(rule, final, undecided, empty, (), (), 0, None, None, problem=str(error))
    win, lose = (Standing.ELECTED, Standing.DEFEATED) if final else (Standing.LEADING, Standing.TRAILING)
    standing = [win if allocation.seats[i] > 0 else lose for i in range(count)]
    for i in np.flatnonzero(allocation.tied & (allocation.seats == 0)).tolist():
        standing[i] = Standing.TIED  # a party with seats that also ties for one more keeps "elected"; ``tied`` says the rest
    winners = tuple(np.flatnonzero(allocation.seats > 0).tolist())
    tied = tuple(np.flatnonzero(allocation.tied).tolist())
    return Outcome(rule, final, tuple(standing), allocation.seats.copy(), winners, tied, allocation.tied_seats,
                   allocation.last_party, allocation.next_party, allocation)


def outcome_dict(result: ContestTally, final: bool) -> tuple[dict, dict[int, dict]]:
    """The outcome fields of the summary JSON: the contest's, and each candidate's by index."""
    decided = outcome(result, final)
    contest = {
        "seats": decided.rule.seats,
        "rule": decided.rule.as_dict(),
        "tie": decided.has_tie,
        "outcome_problem": decided.problem or None,
    }
    if decided.allocation is not None:
        contest["majority_seats"] = decided.majority
    margin = decisive_margin(result, decided)
    # A margin over unreported votes is NaN: not known, so null (int() of NaN raised; found by hypothesis).
    contest["decisive_margin_votes"] = None if margin is None or not math.isfinite(margin) else int(margin)
    candidates = {
        index: {
            "elected": decided.elected(index),
            "seats_won": int(decided.seats_won[index]) if decided.standing[index] is not Standing.UNDECIDED else None,
            "status": decided.standing[index].value,
            "tied": index in decided.tied,
        }
        for index in range(len(result.candidates))
    }
    return contest, candidates


def decisive_margin(result: ContestTally, decided: Outcome) -> float | None:
    """Votes between the last winner and the first loser (vote for N or one winner); 0 on a tie; None when not known."""
    if decided.rule.method is not None or decided.problem:
        return None
    if result.votes_estimated.any():  # ranked by reported shares: the votes between them are estimates
        return None
    if decided.has_tie:
        return 0.0
    if decided.last_winner is None or decided.first_loser is None:
        return None
    return float(result.votes[decided.last_winner] - result.votes[decided.first_loser])


def majority_line(result: ContestTally, decided: Outcome, tr: Translate | None = None, name_of: Callable[[str], str] = isolate) -> str:
    """Whether the largest party has a majority of the seats, or how many it still needs."""
    tr = tr or translate
    majority = majority_of(decided.rule.seats)
    largest = int(np.argmax(decided.seats_won))
    name, seats = name_of(result.candidates[largest].name), int(decided.seats_won[largest])
    if seats >= majority:
        return tr("outcomes", "{0} has a majority: {1} seats, {2} needed of {3}.").format(name, seats, majority, decided.rule.seats)
    if int((decided.seats_won == seats).sum()) > 1:  # level at the top: no one party is "the largest"
        return tr("outcomes", "No party has a majority: the largest have {0} seats each, {1} short of a majority of {2}.").format(
            seats, majority - seats, majority
        )
    return tr("outcomes", "No party has a majority: {0}, the largest, needs {1} more seats for a majority of {2}.").format(
        name, majority - seats, majority
    )


def outcome_lines(result: ContestTally, final: bool, tr: Translate | None = None) -> list[str]:
    """The outcome in plain sentences for the text summary, the window and the report: rule, winners or seats, ties, margin."""
    tr = tr or translate
    decided = outcome(result, final)
    final = decided.final  # the file may name its winners whatever the status says
    names = result.candidates
    lines = [tr("outcomes", "Rule: {0}.").format(decided.rule.describe(tr))]
    if decided.problem:
        return lines + [tr("outcomes", "No outcome: {0}.").format(tr("outcomes", decided.problem))]
    if decided.allocation is not None:
        seats = ", ".join(f"{isolate(names[i].name)} {int(decided.seats_won[i])}" for i in sorted(
            decided.winners, key=lambda i: -decided.seats_won[i]))
        template = tr("outcomes", "Seats: {0}.") if final else tr("outcomes", "Seats (projected within the ballots counted): {0}.")
        lines.append(template.format(seats or tr("outcomes", "none")))
        allocation = decided.allocation
        if allocation.last_party is not None and allocation.last_value is not None:
            template = (
                tr("outcomes", "Last seat: {0}, quotient {1}") if allocation.method.is_divisor else tr("outcomes", "Last seat: {0}, remainder {1}")
            )
            line = template.format(isolate(names[allocation.last_party].name), format_count(float(allocation.last_value)))
            if allocation.next_party is not None and allocation.next_value is not None:
                line += tr("outcomes", "; next: {0}, {1}").format(isolate(names[allocation.next_party].name), format_count(float(allocation.next_value)))
            lines.append(line + ".")
        lines.append(majority_line(result, decided, tr))
    elif decided.winners:
        template = tr("outcomes", "Elected: {0}.") if final else tr("outcomes", "Leading (within the ballots counted): {0}.")
        lines.append(template.format(", ".join(isolate(names[i].name) for i in decided.winners)))
    if decided.has_tie:
        lines.append(tie_sentence(result, decided, tr))
    seat = seat_margin_sentence(result, decided, tr)
    if seat:
        lines.append(seat)
    return lines


def tie_sentence(result: ContestTally, decided: Outcome, tr: Translate | None = None, name_of: Callable[[str], str] = isolate) -> str:
    """"Tie for the last seat between A, B: the law decides (e.g. by lot), not the count."; empty without a tie."""
    tr = tr or translate
    if not decided.has_tie:
        return ""
    tied = ", ".join(name_of(result.candidates[i].name) for i in decided.tied)
    if not (decided.rule.method or decided.rule.seats > 1):
        template = tr("outcomes", "Tie for first place between {0}: the law decides (e.g. by lot), not the count.")
    elif decided.tied_places == 1:
        template = tr("outcomes", "Tie for the last seat between {0}: the law decides (e.g. by lot), not the count.")
    else:
        template = tr("outcomes", "Tie for the last {1} seats between {0}: the law decides (e.g. by lot), not the count.")
    return template.format(tied, decided.tied_places)


def ordinal(number: int, tr: Translate | None = None) -> str:
    """"1st", "2nd", "3rd", "11th", "22nd": a seat's place, in ``tr``'s language."""
    tr = tr or translate
    if number % 100 in (11, 12, 13):
        template = tr("outcomes", "{0}th")
    elif number % 10 == 1:
        template = tr("outcomes", "{0}st")
    elif number % 10 == 2:
        template = tr("outcomes", "{0}nd")
    elif number % 10 == 3:
        template = tr("outcomes", "{0}rd")
    else:
        template = tr("outcomes", "{0}th")
    return template.format(number)


def seat_margin_sentence(result: ContestTally, decided: Outcome, tr: Translate | None = None, name_of: Callable[[str], str] = isolate) -> str:
    """Vote for N: the decisive margin as one sentence ("Bell wins the 2nd seat by 208 votes over Hemphill.").

    The margin that decides a vote-for-N contest is between the last winner and the first
    loser; empty for one-winner and party-list contests, ties (said apart) and contests with
    no loser. Ranked by reported shares (votes estimated), the gap is given in points.
    """
    tr = tr or translate
    last, loser = decided.last_winner, decided.first_loser
    if decided.rule.method is not None or decided.rule.seats < 2 or decided.has_tie or last is None or loser is None:
        return ""
    place = ordinal(len(decided.winners), tr)
    first, second = name_of(result.candidates[last].name), name_of(result.candidates[loser].name)
    margin = decisive_margin(result, decided)
    if margin is None or not math.isfinite(margin):
        points = format_number(float(result.share[last] - result.share[loser]), 2)
        return tr("outcomes", "{0} takes the {1} seat, {2} points ahead of {3} on the reported shares.").format(first, place, points, second)
    if decided.final:
        template = tr("outcomes", "{0} wins the {1} seat by {2} votes over {3}.")
    else:
        template = tr("outcomes", "{0} holds the {1} seat by {2} votes over {3} within the ballots counted.")
    return template.format(first, place, format_count(margin), second)


# Seats nobody holds yet because a tie for them is for the law to break: drawn apart, never given to a party.
TIED_SEATS_COLOUR = "#BDBDBD"


@dataclass(frozen=True)
class Parliament:
    """Seats per party for the parliament chart and the coalition builder, largest party first.

    ``tied_seats`` are seats the count leaves to the law (equal quotients or remainders):
    part of ``total_seats`` but no party's, so no coalition can count on them.
    """

    parties: tuple[str, ...]
    colours: tuple[str, ...]
    seats: tuple[int, ...]
    total_seats: int
    tied_seats: int = 0
    final: bool = False
    rule: str = ""  # the rule in words (Rule.describe), shown with the chart
    undecided_seats: int = 0  # constituencies whose winner can't be named yet (counts unknown): no one's seats
    note: str = ""  # where the file's declared winners and the figures shown part ways

    @property
    def majority(self) -> int:
        return majority_of(self.total_seats)

    def coalition_seats(self, members) -> int:
        """Seats of the parties at ``members`` (indices into ``parties``) together."""
        return sum(self.seats[i] for i in set(members))

    def seats_short(self, members) -> int:
        """Seats the coalition still needs for a majority; 0 when it has one."""
        return max(0, self.majority - self.coalition_seats(members))


def parliament(result: ContestTally, final: bool) -> Parliament | None:
    """The seats of a party-list contest, or those a party-totals contest's races give, as a parliament; else None."""
    decided = outcome(result, final)
    if decided.rule.kind == "party-totals":
        return _races_parliament(result, decided)
    if decided.rule.kind == "declared-seats" and result.scope is None:
        order = list(decided.winners)
        return Parliament(
            parties=tuple(result.candidates[i].name for i in order),
            colours=tuple(result.colours[i] for i in order),
            seats=tuple(int(decided.seats_won[i]) for i in order),
            total_seats=decided.rule.seats,
            final=True,
            rule=decided.rule.describe(),
        )
    if decided.allocation is None:
        return None
    order = sorted(np.flatnonzero(decided.seats_won > 0).tolist(), key=lambda i: -decided.seats_won[i])
    return Parliament(
        parties=tuple(result.candidates[i].name for i in order),
        colours=tuple(result.colours[i] for i in order),
        seats=tuple(int(decided.seats_won[i]) for i in order),
        total_seats=decided.rule.seats,
        tied_seats=decided.tied_places,
        final=final,
        rule=decided.rule.describe(),
    )


def _races_parliament(result: ContestTally, decided: Outcome) -> Parliament:
    """The seats a party-totals contest's races give, as the hemicycle and the summary show them."""
    counted = race_seats(result.contest, None if result.scope is None else result.contest.units.within(result.scope))
    order = [i for i in decided.winners if result.candidates[i].name != NO_PARTY_TOTAL]
    order += [i for i in decided.winners if result.candidates[i].name == NO_PARTY_TOTAL]  # the independents last: not a party
    return Parliament(
        parties=tuple(result.candidates[i].name for i in order),
        colours=tuple(result.colours[i] for i in order),
        seats=tuple(int(counted.seats[i]) for i in order),
        total_seats=counted.races,
        tied_seats=counted.tied,
        final=decided.final,
        rule=translate("outcomes", "{0} constituency races: most votes wins each").format(counted.races),
        undecided_seats=counted.undecided,
    )


def status_label(decided: Outcome, index: int, tr: Translate | None = None) -> str:
    """What the table, the pie legend and the report say of one candidate or party: "elected", "leading", "tied"…

    Empty for those who don't win (or can't be judged): a column of "defeated" says nothing
    the winners' marks don't. Party-list parties also say their seats.
    """
    tr = tr or translate
    status = decided.standing[index]
    if decided.rule.kind == "measure":  # the question passes or fails, said on its "yes" row only
        if index != decided.yes_side:
            return ""
        passing = decided.winners == (index,)
        if decided.final:
            return tr("outcomes", "passes") if passing else tr("outcomes", "fails")
        return tr("outcomes", "passing") if passing else tr("outcomes", "failing")
    if decided.rule.kind == "party-totals":  # seats won race by race, not a party elected by its total
        seats = int(decided.seats_won[index])
        return "" if not seats else (tr("outcomes", "won {0} seats") if decided.final else tr("outcomes", "leads in {0} seats")).format(seats)
    if decided.rule.kind == "declared-seats":
        seats = int(decided.seats_won[index])
        return tr("outcomes", "{0}, seats: {1}").format(tr("outcomes", "elected"), seats) if seats else ""
    word = {
        Standing.RUNOFF: tr("outcomes", "run-off") if decided.final else tr("outcomes", "run-off (projected)"),
        Standing.ELECTED: tr("outcomes", "elected"),
        Standing.LEADING: tr("outcomes", "leading"),
        Standing.TIED: tr("outcomes", "tied"),
    }.get(status, "")
    if decided.allocation is None:
        return word
    seats = int(decided.seats_won[index])
    if seats == 0:
        return word  # "tied" for a seat, or nothing
    text = tr("outcomes", "{0}, seats: {1}").format(word, seats)
    if index in decided.tied:
        text += tr("outcomes", ", tied for one more")
    return text


def keep_apart(decided: Outcome, leader: int | None = None) -> np.ndarray:
    """Per candidate, True for whoever a chart must never fold into "Other": winners, seat-holders, the tied, the leader."""
    keep = np.zeros(len(decided.standing), dtype=bool)
    keep[list(decided.winners)] = True
    keep[list(decided.tied)] = True
    keep[decided.seats_won > 0] = True
    if leader is not None:
        keep[leader] = True
    return keep


NO_PARTY_LABEL = "(no party)"  # a winner the file gives no party for: still a seat, counted apart


def _voted_units(contest: Contest) -> set[str]:
    return {str(contest.units.ids[unit]) for unit in np.unique(contest.votes.unit).tolist()}


def is_district_parliament(dataset: ResultsDataset) -> bool:
    """True when the file's contests are single-member constituencies of one assembly.

    That is: two or more one-winner contests, mostly between party candidates, each counted
    in places of its own. Several offices on one ballot (president, senator, a measure) are
    counted in the same places, so they never add up to a parliament.
    """
    contests = dataset.contests
    if len(contests) < 2 or any(rule_of(contest).kind != "plurality" for contest in contests):
        return False
    candidates = [candidate for contest in contests for candidate in contest.candidates]
    if not candidates or sum(bool(candidate.party) for candidate in candidates) * 2 < len(candidates):
        return False
    seen: set[str] = set()
    counted = 0
    for contest in contests:
        units = _voted_units(contest)
        if units & seen:
            return False
        seen |= units
        counted += bool(units)  # a constituency with nothing counted yet is still one of them
    return counted >= 2


def district_parliament(dataset: ResultsDataset, final: bool | None = None) -> Parliament | None:
    """Seats won per party across the file's single-member constituencies; None if the file isn't one assembly's.

    Each constituency is decided by its own rule (most votes); a tie leaves its seat to the
    law and a constituency whose counts are unknown leaves its seat undecided, so neither is
    given to anyone.
    """
    from electview.core.tally import tally

    if not is_district_parliament(dataset):
        return None
    final = dataset.election.status.is_final if final is None else final
    colours = dataset.party_colours
    seats: dict[str, int] = {}
    colour_of: dict[str, str] = {}
    tied = undecided = declared = overruled = 0
    for contest in dataset.contests:
        result = tally(contest, None, None, colours)
        decided = outcome(result, final)
        if decided.problem or (not decided.winners and not decided.has_tie):
            undecided += 1
            continue
        declared += decided.rule.kind == "declared"
        overruled += bool(decided.overruled)
        tied += decided.tied_places
        for index in decided.winners:
            party = result.candidates[index].party or NO_PARTY_LABEL
            seats[party] = seats.get(party, 0) + 1
            # The party's colour across the file: inside one constituency a party whose colour another
            # took there gives way to a free one, and the chart must not pick up that stand-in.
            colour_of.setdefault(party, colours.get(party_key(party)) or result.colours[index])
    order = sorted(seats, key=lambda party: -seats[party])  # stable: equal seats keep the file's order
    total = len(dataset.contests)
    if declared == total:
        rule = translate("outcomes", "{0} single-member constituencies: the elected as the file declares them").format(total)
    elif declared:
        rule = translate("outcomes", "{0} single-member constituencies: {1} as the file declares them elected, the rest by most votes").format(
            total, declared
        )
    else:
        rule = translate("outcomes", "{0} single-member constituencies: most votes wins each").format(total)
    note = ""
    if overruled:
        note = translate(
            "outcomes",
            "In {0} of them the member declared elected does not have the most votes in these figures: they are not the "
            "deciding count (first preferences, or a first round); the seats follow the file's declaration.",
        ).format(overruled)
    return Parliament(
        parties=tuple(order), colours=tuple(colour_of[party] for party in order), seats=tuple(seats[party] for party in order),
        total_seats=total, tied_seats=tied, final=final or declared == total, rule=rule, undecided_seats=undecided, note=note,
    )


def parliament_lines(house: Parliament, tr: Translate | None = None) -> list[str]:
    """The assembly in plain sentences: seats per party, the majority, who has one, what is left to the law."""
    tr = tr or translate
    seats = ", ".join(f"{party} {count}" for party, count in zip(house.parties, house.seats, strict=True))
    template = tr("outcomes", "Seats won: {0}.") if house.final else tr("outcomes", "Seats won (within the ballots counted): {0}.")
    lines = [tr("outcomes", "Parliament: {0}.").format(house.rule), template.format(seats or tr("outcomes", "none"))]
    if house.parties:
        largest, count = house.parties[0], house.seats[0]
        if count >= house.majority:
            lines.append(tr("outcomes", "{0} has a majority: {1} seats, {2} needed of {3}.").format(largest, count, house.majority, house.total_seats))
        else:
            lines.append(
                tr("outcomes", "No party has a majority: {0}, the largest, needs {1} more seats for a majority of {2}.").format(
                    largest, house.majority - count, house.majority
                )
            )
    if house.tied_seats:
        lines.append(tr("outcomes", "{0} seats tied between candidates: the law decides, not the count.").format(house.tied_seats))
    if house.undecided_seats:
        lines.append(tr("outcomes", "{0} seats not decided: their counts are unknown.").format(house.undecided_seats))
    if house.note:
        lines.append(house.note)
    return lines


def parliament_dict(house: Parliament) -> dict:
    """The summary JSON's ``"parliament"``: seats per party across the constituencies."""
    return {
        "kind": "single-member-districts",
        "total_seats": house.total_seats,
        "majority_seats": house.majority,
        "final": house.final,
        "seats": dict(zip(house.parties, house.seats, strict=True)),
        "tied_seats": house.tied_seats,
        "undecided_seats": house.undecided_seats,
        "note": house.note or None,
    }
