"""The majority gauge: the leader against a threshold, the winning margin, and whether the outcome is safe.

"Safe" is the worst case for the leader: every ballot whose destination electview doesn't
know from the source — votes it estimated from shares, invalid or blank ballots, ballots
cast but not in the count — is given to someone else. If the leader still leads (and still
has a majority), the outcome stands whatever those ballots turn out to be.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

import numpy as np

from electview.core.formatting import format_as_given, format_count, format_number, format_percent, format_share
from electview.core.i18n import translate
from electview.core.outcomes import (
    Outcome,
    decisive_margin,
    ordinal,
    keep_apart,
    majority_line,
    outcome,
    outcome_lines,
    parliament,
    parliament_lines,
    seat_margin_sentence,
    tie_sentence,
)
from electview.core.measures import side_label
from electview.core.ranked import elected_lines
from electview.core.tally import ContestTally
from electview.core.terminal import isolate

DEFAULT_THRESHOLD = 50.0


class Base(StrEnum):
    """What the threshold is a share of."""

    VALID_VOTES = "valid"
    BALLOTS_CAST = "ballots"

    @property
    def label(self) -> str:
        if self is Base.VALID_VOTES:
            return translate("majority", "valid votes")
        return translate("majority", "ballots cast")


@dataclass(frozen=True)
class MajorityGauge:
    """The leader against the threshold. Figures are None where the source doesn't allow them."""

    threshold: float
    base: Base
    leader: int | None
    runner_up: int | None
    leader_share: float | None  # percent of the base
    base_total: float | None  # the base's size in votes
    margin_votes: float | None
    margin_points: float | None
    margin_estimated: bool
    uncertain_votes: float  # estimated + invalid/blank + uncounted
    worst_share: float | None  # the leader's share with every uncertain ballot elsewhere
    lead_stands: bool | None
    majority_stands: bool | None
    unknown: tuple[str, ...] = ()  # what the source didn't report, so the worst case can't include it

    @property
    def above(self) -> bool | None:
        return None if self.leader_share is None else self.leader_share > self.threshold

    def threshold_fraction(self, result: ContestTally) -> float | None:
        """Where the threshold falls on a pie of valid votes, as a fraction of the whole (0–1)."""
        if self.base_total is None or not result.total_valid.known or not result.total_valid.value:
            return None
        return min(1.0, self.threshold / 100.0 * self.base_total / result.total_valid.value)


def _known(value: float | None) -> bool:
    return value is not None and not math.isnan(value)


def majority_gauge(
    result: ContestTally, threshold: float = DEFAULT_THRESHOLD, base: Base = Base.VALID_VOTES, final: bool = False
) -> MajorityGauge:
    """Work out the gauge for one tally; ``final`` results have no invalid, blank or uncounted ballots left to go anywhere."""
    unknown_votes = np.isnan(result.votes).tolist()  # one pass, not a numpy scalar per candidate
    order = [i for i in result.order_by_votes() if not unknown_votes[i]]
    leader = order[0] if order else None
    runner_up = order[1] if len(order) > 1 else None
    turnout = result.turnout
    valid = result.total_valid.value if result.total_valid.known else None
    other_ballots = sum(figure.as_float for figure in result.other_counts.values() if figure.known)
    unknown = []
    if base is Base.BALLOTS_CAST:
        base_total = turnout.ballots_cast
        if base_total is None:
            unknown.append(translate("majority", "ballots cast"))
    else:
        base_total = valid

    if leader is None:
        return MajorityGauge(threshold, base, None, None, None, base_total, None, None, False, 0.0, None, None, None, tuple(unknown))

    votes = result.votes
    leader_votes = float(votes[leader])
    leader_share = leader_votes / base_total * 100.0 if base_total else None
    if base is Base.VALID_VOTES and not result.share_derived[leader]:
        leader_share = float(result.share[leader])  # as the source reported it
    margin_votes = margin_points = None
    if runner_up is not None:
        margin_votes = leader_votes - float(votes[runner_up])
        margin_points = float(result.share[leader] - result.share[runner_up])
    margin_estimated = bool(result.votes_estimated[leader] or (runner_up is not None and result.votes_estimated[runner_up]))

    estimated = float(np.nansum(np.where(result.votes_estimated, votes, 0.0)))
    uncounted = 0.0
    if final:
        # Final or certified: undervotes, blank and invalid ballots were judged and counted for no one;
        # they can't overturn anything. Only electview's own estimates remain uncertain.
        other_ballots = 0.0
    else:
        if not result.other_counts:
            unknown.append(translate("majority", "invalid and blank ballots"))
        if turnout.ballots_cast is not None and valid is not None:
            uncounted = max(0.0, turnout.ballots_cast - valid - other_ballots)
        elif turnout.ballots_cast is None:
            unknown.append(translate("majority", "ballots cast but not counted"))
    uncertain = estimated + other_ballots + uncounted

    if result.votes_estimated[leader]:
        # The leader's own count is an estimate: nothing about it is certain.
        lead_stands = majority_stands = worst_share = None
    else:
        others_certain = float(np.nansum(np.where(result.votes_estimated, 0.0, votes))) - leader_votes
        runner_up_certain = 0.0 if runner_up is None or result.votes_estimated[runner_up] else float(votes[runner_up])
        lead_stands = leader_votes > runner_up_certain + uncertain
        worst_base = leader_votes + others_certain + uncertain
        if base is Base.BALLOTS_CAST and base_total is not None:
            worst_base = max(worst_base, base_total)
        worst_share = leader_votes / worst_base * 100.0 if worst_base else None
        majority_stands = None if worst_share is None else worst_share > threshold
    return MajorityGauge(
        threshold=threshold,
        base=base,
        leader=leader,
        runner_up=runner_up,
        leader_share=leader_share,
        base_total=base_total,
        margin_votes=margin_votes,
        margin_points=margin_points,
        margin_estimated=margin_estimated,
        uncertain_votes=uncertain,
        worst_share=worst_share,
        lead_stands=lead_stands,
        majority_stands=majority_stands,
        unknown=tuple(unknown),
    )


# ---------------------------------------------------------------------------------------------
# The outcome statement: one plain sentence on who wins and how safely, under the contest's rule.


@dataclass(frozen=True)
class Remaining:
    """A bound on the valid votes still to come while the count isn't final."""

    votes: float
    approximate: bool  # the user's expected total ("~"), not an upper bound from the file
    formula: str  # how it was worked out, with its figures


@dataclass(frozen=True)
class Hurdle:
    """What the runner-up would need of the remaining votes to overtake the leader."""

    remaining: Remaining
    lead: float
    needed_votes: float | None  # the least that puts the runner-up ahead however the rest goes; None: more than all of them
    needed_share: float  # percent of the remaining, 0–100 (100 when even all of it isn't enough)
    formula: str

    @property
    def can_overtake(self) -> bool:
        return self.needed_votes is not None


def hurdle_votes(lead: float, remaining: float) -> float | None:
    """The fewest of ``remaining`` votes a runner-up ``lead`` votes behind needs to be sure to end ahead.

    "Sure" is whatever the rest of the remaining votes do: at worst all of them go to the leader,
    so with k of them the runner-up is ahead exactly when ``k > (remaining + lead) / 2``. Whole
    counts give the least whole k; estimated (fractional) ones the limit itself. None when even
    all the remaining votes are not enough.
    """
    if remaining <= 0 or lead < 0:
        return None
    if float(lead).is_integer() and float(remaining).is_integer():
        needed = math.floor((remaining + lead) / 2) + 1
        return float(needed) if needed <= remaining else None
    needed_limit = (remaining + lead) / 2
    return needed_limit if needed_limit < remaining else None


def remaining_votes(result: ContestTally, final: bool, tr=None) -> tuple[Remaining | None, str]:
    """The valid votes that may still come (None when none can be bounded) and, if so, why not, as a note."""
    tr = tr or translate
    if final:
        return None, ""
    counted = result.total_valid.value if result.total_valid.known else None
    if counted is None:
        return None, tr("majority", "How many votes remain is not known: the valid votes counted are not reported.")
    expected = result.contest.expected_votes
    if expected is not None:
        left = float(expected) - counted
        if left < 0:
            return None, tr("majority", "The expected {0} valid votes are fewer than the {1} already counted, so they bound nothing.").format(
                format_count(expected), format_count(counted)
            )
        formula = tr("majority", "expected valid votes {0} − valid votes counted {1} = {2}").format(
            format_count(expected), format_count(counted), format_count(left)
        )
        return Remaining(left, True, formula), ""
    registered = result.turnout.registered
    if registered is not None:
        possible = registered * max(1, result.votes_allowed)
        spent = _counted_not_valid(result, counted)
        left = possible - counted - spent
        if left < 0:
            return None, tr("majority", "More valid votes are counted than there are registered voters, so the votes still to come can't be bounded.")
        if spent:
            formula = tr("majority", "registered voters {0} − valid votes counted {1} − blank and invalid counted {2} = at most {3}").format(
                format_count(registered), format_count(counted), format_count(spent), format_count(left)
            )
        else:
            formula = tr("majority", "registered voters {0} − valid votes counted {1} = at most {2}").format(
                format_count(registered), format_count(counted), format_count(left)
            )
        return Remaining(left, False, formula), ""
    return None, tr("majority", "How many votes remain is not known: no registered voters or expected total given.")


#: Kinds of counted ballots (or votes) that are not valid votes for any candidate. A kind a file names
#: itself, or write-ins (which some files count among the candidates too), is not taken.
NOT_VALID_KINDS = frozenset({"blank", "invalid", "overvotes", "undervotes", "none of the above", "rejected write-ins", "rejected"})


def _counted_not_valid(result: ContestTally, counted: float) -> float:
    """Ballots already counted as not valid (blank, invalid…), which can never become valid votes.

    Their sum only where the file's own ballots cast are exactly valid + those (so no kind holds
    another, as an "invalid" total holding the blanks would); else the largest one alone, which
    every reading of the file allows.
    """
    others = [figure.as_float for kind, figure in result.other_counts.items() if figure.known and kind in NOT_VALID_KINDS]
    if not others:
        return 0.0
    ballots = result.turnout.ballots_cast
    if result.votes_allowed <= 1 and ballots is not None and abs(ballots - counted - sum(others)) < 0.5:
        return float(sum(others))
    return float(max(others))


@dataclass(frozen=True)
class Statement:
    """The outcome in one plain sentence, with what can't be known said apart."""

    sentence: str
    notes: tuple[str, ...] = ()
    tooltip: str = ""  # the formula behind a bound or a hurdle
    hurdle: Hurdle | None = None
    majority_bound: int | None = None  # the leader's votes are above the threshold of any total below this
    # The sentence as shorter sentences, for a window that keeps whole sentences only: a short
    # window then keeps who leads, not an elided half of the whole sentence.
    parts: tuple[str, ...] = ()

    @property
    def lines(self) -> list[str]:
        return [self.sentence, *self.notes]

    @property
    def short_lines(self) -> list[str]:
        """:attr:`lines` with the sentence given as its parts, where it has them."""
        return [*(self.parts or (self.sentence,)), *self.notes]

    def as_dict(self) -> dict:
        """The summary JSON's ``"outcome_statement"``."""
        hurdle = self.hurdle
        return {
            "sentence": self.sentence,
            "notes": list(self.notes),
            "majority_bound_votes": self.majority_bound,
            "hurdle": None
            if hurdle is None
            else {
                "remaining_votes": whole(hurdle.remaining.votes),
                "remaining_approximate": hurdle.remaining.approximate,
                "remaining_formula": hurdle.remaining.formula,
                "lead_votes": whole(hurdle.lead),
                "needed_votes": None if hurdle.needed_votes is None else whole(hurdle.needed_votes),
                "needed_share_percent": round(hurdle.needed_share, 4),
                "can_overtake": hurdle.can_overtake,
            },
        }


def whole(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(float(value), 2)


def _points(value: float) -> str:
    return format_number(value, 2)


def majority_bound(votes: float, threshold: float) -> int:
    """The total below which ``votes`` are more than ``threshold`` percent of it: ``votes`` × 100 ÷ ``threshold``, rounded up.

    A total T is below the bound exactly when votes > threshold % of T (totals are whole, so for a
    bound that isn't whole "below" its ceiling is the same as below it). Exact in fractions.
    """
    limit = Fraction(round(votes)) * 100 / Fraction(str(threshold))
    return math.ceil(limit)


def _runner_up(result: ContestTally, decided: Outcome) -> int | None:
    if decided.first_loser is not None:
        return decided.first_loser
    ranking = result.share if result.votes_estimated.any() else result.votes
    rest = [i for i in result.order_shown() if i not in decided.winners and not np.isnan(ranking[i])]
    return max(rest, key=lambda i: ranking[i]) if rest else None


def outcome_statement(
    result: ContestTally,
    final: bool,
    threshold: float = DEFAULT_THRESHOLD,
    base: Base = Base.VALID_VOTES,
    tr=None,
    name_of: Callable[[str], str] = isolate,
) -> Statement:
    """Who wins under the contest's rule and how safely, in one sentence (core.outcomes decides).

    Only the contest's own ballots count (the tally is scoped to its district, a primary to its
    party's ballots). While the results aren't final, the votes still to come are bounded where
    the file or the user allows (:func:`remaining_votes`) and the runner-up's hurdle given;
    where they can't be, the sentence gives the true bound of the leader's majority instead and
    a note says what isn't known. Names go in through ``name_of``: isolated (FSI…PDI) for people
    to read, as they are for the JSON.
    """
    tr = tr or translate
    decided = outcome(result, final)
    final = decided.final
    rule = decided.rule
    if rule.kind == "declared":
        return Statement(declared_sentence(result, decided, tr, name_of))
    if rule.kind == "ranked-choice" and decided.final and decided.winners:
        return ranked_statement(result, tr, name_of)
    if rule.kind == "party-totals":
        return races_statement(result, decided, tr)
    if rule.kind == "measure" and not decided.problem and decided.yes_side is not None:
        return Statement(measure_sentence(result, decided, tr, name_of))
    if rule.kind == "runoff" and not decided.problem and (decided.winners or decided.tied):
        return Statement(runoff_sentence(result, decided, tr, name_of))
    if rule.kind == "declared-seats" and decided.winners:
        house = parliament(result, decided.final)
        lines = parliament_lines(house, tr)[1:] if house is not None else []
        return Statement(lines[0], notes=tuple(lines[1:])) if lines else Statement(tr("majority", "No candidate has votes yet."))
    if rule.method is not None:
        if decided.problem:
            return Statement(tr("outcomes", "No outcome: {0}.").format(tr("outcomes", decided.problem)))
        return Statement(majority_line(result, decided, tr, name_of))
    if decided.problem:
        return Statement(tr("majority", "No winner can be named yet: {0}.").format(tr("outcomes", decided.problem)))
    if rule.seats > 1:
        return _several_winners_statement(result, decided, tr, name_of)
    if decided.has_tie:
        return Statement(_tie(result, decided, tr, name_of))
    if not decided.winners:
        return Statement(tr("majority", "No candidate has votes yet."))
    return _one_winner(result, decided, threshold, base, tr, name_of)


def ranked_statement(result: ContestTally, tr, name_of: Callable[[str], str] = isolate) -> Statement:
    """Who the tabulator's rounds elected, and in which round with how many continuing ballots.

    The final round's shares are of the ballots still continuing, not of valid votes, and the
    report's word is the outcome whatever the status says: no "final, so the outcome stands".
    """
    count = result.contest.ranked
    assert count is not None
    lines = elected_lines(count, format_count, tr, name_of)
    sentences = tuple(line.rstrip(".") + "." for line in lines)
    return Statement(" ".join(sentences), parts=sentences if len(sentences) > 1 else ())


def measure_sentence(result: ContestTally, decided: Outcome, tr, name_of: Callable[[str], str] = isolate) -> str:
    """"Proposition A passes: For 59.38% of the votes on it, more than half." (a projection while not final)."""
    yes = decided.yes_side
    assert yes is not None
    passing = decided.winners == (yes,)
    threshold = decided.rule.threshold
    simple = threshold == 50.0
    # Whole sentences, one per case, so each language words them its own way: (final, passing, simple majority).
    templates = {
        (True, True, True): tr("majority", "{0} passes: {1} {2} of the votes on it, more than half."),
        (True, True, False): tr("majority", "{0} passes: {1} {2} of the votes on it, at least the {3}% needed."),
        (True, False, True): tr("majority", "{0} fails: {1} {2} of the votes on it, not more than half."),
        (True, False, False): tr("majority", "{0} fails: {1} {2} of the votes on it, below the {3}% needed."),
        (False, True, True): tr("majority", "{0} is passing within the ballots counted: {1} {2} of the votes on it, more than half."),
        (False, True, False): tr("majority", "{0} is passing within the ballots counted: {1} {2} of the votes on it, at least the {3}% needed."),
        (False, False, True): tr("majority", "{0} is failing within the ballots counted: {1} {2} of the votes on it, not more than half."),
        (False, False, False): tr("majority", "{0} is failing within the ballots counted: {1} {2} of the votes on it, below the {3}% needed."),
    }
    template = templates[(bool(decided.final), passing, simple)]
    return template.format(
        name_of(result.contest.name), name_of(side_label(result.candidates[yes].name, result.contest.name)),
        format_share(result.share[yes]), f"{threshold:g}",
    )


def runoff_sentence(result: ContestTally, decided: Outcome, tr, name_of: Callable[[str], str] = isolate) -> str:
    """Two rounds: who wins outright, or who goes to the run-off; a projection while the count isn't final."""
    rule = decided.rule
    def named(i: int) -> str:
        return tr("majority", "{0} ({1})").format(name_of(result.candidates[i].name), format_share(result.share[i]))
    if not decided.tied and len(decided.winners) == 1:
        leader = decided.winners[0]
        if rule.threshold == 50.0:
            template = (tr("majority", "{0} wins with {1} of valid votes, more than half: no run-off.") if decided.final
                        else tr("majority", "{0} leads with {1} of valid votes, more than half within the ballots counted: no run-off if it holds."))
        else:
            template = (tr("majority", "{0} wins with {1} of valid votes, at least {2}%: no run-off.") if decided.final
                        else tr("majority", "{0} leads with {1} of valid votes, at least {2}% within the ballots counted: no run-off if it holds."))
        return template.format(name_of(result.candidates[leader].name), format_share(result.share[leader]), f"{rule.threshold:g}")
    if rule.threshold == 50.0:
        nobody = tr("majority", "No candidate has more than half of valid votes") if decided.final else tr(
            "majority", "Within the ballots counted no candidate has more than half of valid votes")
    else:
        nobody = (tr("majority", "No candidate has {0}% of valid votes") if decided.final else tr(
            "majority", "Within the ballots counted no candidate has {0}% of valid votes")).format(f"{rule.threshold:g}")
    if decided.tied:
        tied = ", ".join(named(i) for i in decided.tied)
        if decided.winners:
            template = tr("majority", "{0}: {1} goes to the run-off; {2} are tied for the other place, which the law decides, not the count.")
            return template.format(nobody, named(decided.winners[0]), tied)
        return tr("majority", "{0}: {1} are tied for the run-off's two places, which the law decides, not the count.").format(nobody, tied)
    first, second = decided.winners[:2]
    template = tr("majority", "{0}: {1} and {2} go to a run-off.") if decided.final else tr("majority", "{0}: {1} and {2} would go to a run-off.")
    return template.format(nobody, named(first), named(second))


def races_statement(result: ContestTally, decided: Outcome, tr) -> Statement:
    """Party totals elect no one: the sentence says so, and the notes give the seats the races themselves give."""
    house = parliament(result, decided.final)
    notes = tuple(parliament_lines(house, tr)[1:]) if house is not None else ()
    return Statement(tr("majority", "No one is elected by these party totals: each seat is won in its own race."), notes=notes)


def declared_sentence(result: ContestTally, decided: Outcome, tr, name_of: Callable[[str], str] = isolate) -> str:
    """Who the file declares elected and, where the figures shown put someone else first, that they don't decide it."""
    names = [name_of(result.candidates[i].name) for i in decided.winners]
    if len(names) == 1:
        sentence = tr("majority", "{0} is elected, as the file declares, with {1} of valid votes in these figures.").format(
            names[0], format_share(result.share[decided.winners[0]])
        )
    else:
        sentence = tr("majority", "Elected, as the file declares: {0}.").format(", ".join(names))
    if decided.overruled:
        ahead = ", ".join(
            tr("majority", "{0} ({1})").format(name_of(result.candidates[i].name), format_share(result.share[i])) for i in decided.overruled
        )
        sentence += " " + tr(
            "majority",
            "{0} has more votes here, so these figures are not the deciding count (preferences or a later round decided it).",
        ).format(ahead)
    return sentence


def _several_winners_statement(result: ContestTally, decided: Outcome, tr, name_of: Callable[[str], str]) -> Statement:
    """Vote for N: the winners or the decisive margin and, while counting, whether the votes still to come can change it.

    The first loser gains at most every vote still to come and the last winner none, so a margin
    at least as large as what remains is decided; a smaller one is not (a bound, not a forecast).
    """
    sentence = _several_winners(result, decided, tr, name_of)
    margin = decisive_margin(result, decided)
    if decided.final or decided.has_tie or margin is None or not math.isfinite(margin) or decided.last_winner is None:
        return Statement(sentence)
    remaining, unknown = remaining_votes(result, decided.final, tr)
    if remaining is None:
        return Statement(sentence, notes=(unknown,) if unknown else ())
    place = ordinal(len(decided.winners), tr)
    left = ("≈ " if remaining.approximate else "") + format_count(remaining.votes)
    if remaining.votes < margin:
        note = tr("majority", "At most {0} votes are still to come, fewer than the {1} between them: the {2} seat can no longer change.")
    else:
        note = tr("majority", "Up to {0} votes are still to come, more than the {1} between them: the {2} seat can still change.")
    return Statement(sentence, notes=(note.format(left, format_count(margin), place),), tooltip=remaining.formula)


def _several_winners(result: ContestTally, decided: Outcome, tr, name_of: Callable[[str], str]) -> str:
    if decided.has_tie:
        return tie_sentence(result, decided, tr, name_of)
    said = seat_margin_sentence(result, decided, tr, name_of)
    if said:
        return said
    names = ", ".join(name_of(result.candidates[i].name) for i in decided.winners)
    if decided.final:
        return tr("majority", "Every candidate with votes is elected: {0}.").format(names)
    return tr("majority", "Every candidate with votes leads for a seat: {0}.").format(names)


def _tie(result: ContestTally, decided: Outcome, tr, name_of: Callable[[str], str]) -> str:
    names = [name_of(result.candidates[i].name) for i in decided.tied]
    listed = tr("majority", "{0} and {1}").format(", ".join(names[:-1]), names[-1])
    first = decided.tied[0]
    if result.votes_estimated.any():
        level = tr("majority", "{0} each on the reported shares").format(format_share(result.share[first]))
    else:
        level = tr("majority", "{0} votes each").format(format_count(result.votes[first]))
    if decided.final:
        return tr("majority", "{0} are tied on {1}: no one wins on the count; the law decides (e.g. by lot).").format(listed, level)
    return tr("majority", "{0} are tied on {1} within the ballots counted: no one leads.").format(listed, level)


def _one_winner(result: ContestTally, decided: Outcome, threshold: float, base: Base, tr, name_of: Callable[[str], str]) -> Statement:
    final = decided.final
    leader = decided.winners[0]
    runner = _runner_up(result, decided)
    name = name_of(result.candidates[leader].name)
    share = format_share(result.share[leader])
    votes = result.votes
    estimated = bool(result.votes_estimated[leader] or (runner is not None and result.votes_estimated[runner]))
    if runner is not None:
        other = name_of(result.candidates[runner].name)
        lead = float(votes[leader] - votes[runner])
        points = _points(float(result.share[leader] - result.share[runner]))
        lead_text = ("≈ " if estimated else "") + format_count(lead)
    if final:
        if runner is None:
            return Statement(tr("majority", "{0} wins with {1} of valid votes, the only candidate with votes; the results are final.").format(name, share))
        return Statement(
            tr("majority", "{0} wins with {1} of valid votes, {2} votes ({3} points) ahead of {4}; the results are final, so the outcome stands.").format(
                name, share, lead_text, points, other
            )
        )
    if result.votes_estimated[leader]:
        return Statement(
            tr("majority", "{0} leads with {1} of valid votes on the reported shares; its own vote count is an estimate, so no bound can be given.").format(
                name, share
            )
        )
    remaining, missing = remaining_votes(result, final, tr)
    if remaining is not None and runner is not None:
        return _with_hurdle(result, name, other, lead, lead_text, remaining, tr)
    gauge = majority_gauge(result, threshold, base, final)
    leader_votes = float(votes[leader])
    notes = (missing,) if missing else ()
    if runner is None:
        return Statement(tr("majority", "{0} is the only candidate with votes counted so far.").format(name), notes)
    if not math.isfinite(leader_votes):  # a share with no count beside it (a damaged or partial file): no bound from nothing
        return Statement(
            tr("majority", "{0} leads with {1} of valid votes; its vote count is not reported, so no bound can be given.").format(name, share),
            notes,
        )
    if gauge.above is False or not leader_votes:  # None: the base isn't reported, but the bound below still holds
        return Statement(
            tr("majority", "{0} leads with {1} of valid votes, {2} points ahead of {3}, not above the {4} threshold of {5}.").format(
                name, share, points, other, format_percent(threshold), base.label
            ),
            notes,
        )
    bound = majority_bound(leader_votes, threshold)
    if threshold == DEFAULT_THRESHOLD and base is Base.VALID_VOTES:
        clause = tr("majority", "{0} votes are a majority of any total below {1}").format(format_count(leader_votes), format_count(bound))
    else:
        clause = tr("majority", "{0} votes are more than {1} of any total of {2} below {3}").format(
            format_count(leader_votes), format_percent(threshold), base.label, format_count(bound)
        )
    # The margin over the runner-up is in the table; the sentence stays short enough for the report's two pages.
    sentence = tr("majority", "{0} leads with {1} of valid votes; {2}.").format(name, share, clause)
    parts = (tr("majority", "{0} leads with {1} of valid votes.").format(name, share), clause[:1].upper() + clause[1:] + ".")
    tooltip = tr("majority", "{0} × 100 ÷ {1} = {2}: whatever the rest of the count, {3} stays above {1}% while the total stays below it.").format(
        format_count(leader_votes), format_as_given(threshold), format_count(bound), name
    )
    return Statement(sentence, notes, tooltip, majority_bound=bound, parts=parts)


def _with_hurdle(result: ContestTally, name: str, other: str, lead: float, lead_text: str, remaining: Remaining, tr) -> Statement:
    needed = hurdle_votes(lead, remaining.votes)
    left = ("~" if remaining.approximate else "") + format_count(remaining.votes)
    if needed is None:
        share = 100.0
        sentence = tr("majority", "{0} leads {1} by {2} votes, more than the {3} votes still to come could undo: the lead stands.").format(  # noqa: E501
            name, other, lead_text, left
        )
    else:
        share = min(100.0, max(0.0, needed / remaining.votes * 100.0))
        if remaining.approximate:
            template = tr("majority", "{0} leads {1} by {2} votes; {1} would need {3} of the {4} votes still to come to overtake.")
        else:  # an upper bound: fewer votes still to come would need a larger share
            template = tr("majority", "{0} leads {1} by {2} votes; {1} would need at least {3} of the at most {4} votes still to come to overtake.")
        sentence = template.format(name, other, lead_text, format_share(share), left)
    formula = tr(
        "majority",
        "Votes still to come: {0}. Needed: more than (votes still to come + lead) ÷ 2 = ({1} + {2}) ÷ 2, "
        "so that {3} is ahead even if every other vote still to come goes to {4}; as a share of the votes still to come, 0–100%.",
    ).format(remaining.formula, format_count(remaining.votes), format_count(lead), other, name)
    hurdle = Hurdle(remaining, lead, needed, share, formula)
    return Statement(sentence, (), formula, hurdle)


def statement_lines(
    result: ContestTally, final: bool, threshold: float = DEFAULT_THRESHOLD, base: Base = Base.VALID_VOTES, tr=None, with_rule: bool = True
) -> list[str]:
    """The outcome for the summary, the report and the window: the rule, then who wins and how safely.

    One-winner contests: the statement and its notes. Vote for N and party-list seats: the
    winners or the seats (core.outcomes.outcome_lines), whose last sentence is the statement.
    """
    tr = tr or translate
    decided = outcome(result, final)
    # A ranked count's rounds and a file's declared seats are said by their statement, not as winners listed.
    own = bool(decided.winners or decided.tied) and (
        decided.rule.kind in ("declared-seats", "runoff", "measure") or (decided.rule.kind == "ranked-choice" and decided.final)
    )
    if not own and (decided.rule.method is not None or decided.rule.seats > 1 or decided.problem):
        lines = outcome_lines(result, final, tr)
        if decided.rule.kind == "vote-for-n":  # whether the votes still to come can change the last seat
            lines += list(outcome_statement(result, final, threshold, base, tr).notes)
        return lines if with_rule else lines[1:]
    rule = [tr("outcomes", "Rule: {0}.").format(decided.rule.describe(tr))] if with_rule else []
    return rule + outcome_statement(result, final, threshold, base, tr).lines


def lift_pool(result: ContestTally, final: bool) -> float:
    """Votes that could still go to anyone: those still to come (:func:`remaining_votes`) where they can be
    bounded, else the ballots the file says were cast but are not in the count; 0 once final."""
    if final:
        return 0.0
    remaining, _ = remaining_votes(result, final)
    if remaining is not None:
        return remaining.votes
    ballots = result.turnout.ballots_cast
    if ballots is None or not result.total_valid.known:
        return 0.0
    others = sum(figure.value for figure in result.other_counts.values() if figure.known and figure.value is not None)
    return max(0.0, ballots * max(1, result.votes_allowed) - result.total_valid.as_float - others)


def within_reach(result: ContestTally, decided: Outcome) -> np.ndarray:
    """Per candidate, True for a non-winner whom the votes still to come could lift to the lowest winning figure.

    The lowest winning figure is the fewest votes among the winners (the last seat-holder for seats).
    Final results lift no one; where nothing bounds the votes still to come, only the ballots the
    file says are uncounted are counted in (see :func:`lift_pool`).
    """
    count = len(result.candidates)
    reach = np.zeros(count, dtype=bool)
    pool = lift_pool(result, decided.final)
    if pool <= 0 or not decided.winners:
        return reach
    votes = result.votes
    lowest = float(np.nanmin(votes[list(decided.winners)]))
    if not math.isfinite(lowest):
        return reach
    with np.errstate(invalid="ignore"):
        reach = np.isfinite(votes) & (votes + pool >= lowest)
    reach[list(decided.winners)] = False
    return reach


def outcome_safe_keep(result: ContestTally, decided: Outcome) -> np.ndarray:
    """Who a chart must never fold into "Other": winners, seat-holders, the tied, the leader, and anyone the
    votes still to come could lift to the lowest winning figure."""
    shown = result.order_shown()
    return keep_apart(decided, shown[0] if shown else None) | within_reach(result, decided)
