"""The majority gauge: the leader against a threshold, the winning margin, and whether the outcome is safe.

"Safe" is the worst case for the leader: every ballot whose destination electview doesn't
know from the source — votes it estimated from shares, invalid or blank ballots, ballots
cast but not in the count — is given to someone else. If the leader still leads (and still
has a majority), the outcome stands whatever those ballots turn out to be.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from electview.core.formatting import format_count, format_percent
from electview.core.i18n import translate
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
    other_ballots = sum(figure.value for figure in result.other_counts.values() if figure.known)
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


def describe_gauge(result: ContestTally, gauge: MajorityGauge) -> list[str]:
    """Plain sentences for the header and the report."""
    if gauge.leader is None:
        return [translate("majority", "No candidate has votes yet.")]
    name = isolate(result.candidates[gauge.leader].name)
    if gauge.runner_up is not None and gauge.margin_votes == 0 and not gauge.margin_estimated:
        # Level on votes: no one leads, and no ballot "overturns" a lead that isn't there.
        return [
            translate("majority", "{first} and {second} are tied on {votes} votes each: no one leads.").format(
                first=name, second=isolate(result.candidates[gauge.runner_up].name), votes=format_count(result.votes[gauge.leader])
            )
        ]
    lines = []
    if gauge.leader_share is None:
        lines.append(
            translate("majority", "{name} leads; the share of {base} is unknown (not reported).").format(
                name=name, base=gauge.base.label
            )
        )
    else:
        template = (
            translate("majority", "{name} has {share} of {base}, above the {threshold} threshold.")
            if gauge.above
            else translate("majority", "{name} has {share} of {base}, not above the {threshold} threshold.")
        )
        lines.append(
            template.format(
                name=name, share=format_percent(gauge.leader_share), base=gauge.base.label, threshold=format_percent(gauge.threshold)
            )
        )
    if gauge.margin_votes is not None and gauge.runner_up is not None:
        approx = "≈ " if gauge.margin_estimated else ""
        lines.append(
            translate("majority", "Margin over {name}: {votes} votes, {points} points.").format(
                name=isolate(result.candidates[gauge.runner_up].name),
                votes=approx + format_count(gauge.margin_votes),
                points=f"{gauge.margin_points:.2f}",
            )
        )
    if gauge.lead_stands is None:
        lines.append(
            translate("majority", "Whether the outcome is safe can't be told: {name}'s own vote count is an estimate.").format(name=name)
        )
    else:
        pool = format_count(round(gauge.uncertain_votes))
        worst = format_percent(gauge.worst_share)
        if pool == "0" and gauge.lead_stands:  # "even if all 0 ballots went elsewhere" says nothing
            verdict = (
                translate("majority", "No estimated, invalid or uncounted ballots are known that could change the outcome.")
                if gauge.majority_stands
                else translate("majority", "No estimated, invalid or uncounted ballots are known that could change the lead.")
            )
        elif gauge.lead_stands and gauge.majority_stands:
            verdict = translate(
                "majority",
                "The outcome stands even if all {count} estimated, invalid or uncounted ballots went elsewhere (at worst {worst}).",
            )
        elif gauge.lead_stands:
            verdict = translate(
                "majority",
                "The lead stands even if all {count} estimated, invalid or uncounted ballots went elsewhere, but the majority would not ({worst} at worst).",  # noqa: E501
            )
        else:
            verdict = translate(
                "majority", "The outcome could change: {count} estimated, invalid or uncounted ballots could still overturn the lead."
            )
        lines.append(verdict.format(count=pool, worst=worst))
        if gauge.unknown:
            lines.append(translate("majority", "Not reported, so not included: {0}.").format(", ".join(gauge.unknown)))
    return lines
