"""The result in one plain sentence, for screen readers and anyone skimming."""

from __future__ import annotations

import math

from electview.core.model import Status
from electview.core.tally import ContestTally


def _percent(value: float) -> str:
    return f"{value:.1f}%"


def result_sentence(result: ContestTally | None, status: Status = Status.UNKNOWN) -> str:
    """"Preliminary results: Kassym-Jomart Tokayev leads with 70.8% of valid votes, ahead of … ; turnout 77.4%."

    Final and certified results say "came first"; anything else "leads", because the count
    may still change. Figures electview estimated are said to be estimates.
    """
    if result is None:
        return "No results are open."
    order = [i for i in result.order_by_votes() if not math.isnan(result.share[i])]
    if not order:
        return "No votes or shares have been reported yet."
    leader = order[0]
    name = result.candidates[leader].name
    verb = "came first" if status.is_final else "leads"
    share = _percent(result.share[leader])
    estimated = " (computed by electview)" if result.share_derived[leader] else ""
    sentence = f"{name} {verb} with {share} of valid votes{estimated}"
    if len(order) > 1:
        second = order[1]
        sentence += f", ahead of {result.candidates[second].name} with {_percent(result.share[second])}"
    turnout = result.turnout_percent
    sentence += f"; turnout {turnout.value:.1f}%" if turnout.known else "; turnout not reported"
    prefix = {
        Status.PRELIMINARY: "Preliminary results: ",
        Status.UNOFFICIAL: "Unofficial results: ",
        Status.FINAL: "Final results: ",
        Status.CERTIFIED: "Certified results: ",
    }.get(status, "")
    return f"{prefix}{sentence}."
