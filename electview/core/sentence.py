"""The result in one plain sentence, for screen readers and anyone skimming."""

from __future__ import annotations

import numpy as np

from electview.core.i18n import translate
from electview.core.model import Status
from electview.core.tally import ContestTally


def _percent(value: float) -> str:
    return f"{value:.1f}%"


def result_sentence(result: ContestTally | None, status: Status = Status.UNKNOWN) -> str:
    """"Preliminary results: Kassym-Jomart Tokayev leads with 70.8% of valid votes, ahead of … ; turnout 77.4%."

    Final and certified results say "came first"; anything else "leads", because the count
    may still change. A share electview computed is said to be computed.
    """
    if result is None:
        return translate("sentence", "No results are open.")
    unknown_share = np.isnan(result.share).tolist()  # one pass, not a numpy scalar per candidate
    order = [i for i in result.order_by_votes() if not unknown_share[i]]
    if not order:
        return translate("sentence", "No votes or shares have been reported yet.")
    leader = order[0]
    if status.is_final:
        template = translate("sentence", "{name} came first with {share} of valid votes")
    else:
        template = translate("sentence", "{name} leads with {share} of valid votes")
    sentence = template.format(name=result.candidates[leader].name, share=_percent(result.share[leader]))
    if result.share_derived[leader]:
        sentence += translate("sentence", " (computed by electview)")
    if len(order) > 1:
        second = order[1]
        sentence += translate("sentence", ", ahead of {name} with {share}").format(
            name=result.candidates[second].name, share=_percent(result.share[second])
        )
    turnout = result.turnout_percent
    if turnout.known:
        sentence += translate("sentence", "; turnout {0}").format(_percent(turnout.value))
    else:
        sentence += translate("sentence", "; turnout not reported")
    prefixes = {
        Status.PRELIMINARY: translate("sentence", "Preliminary results: "),
        Status.UNOFFICIAL: translate("sentence", "Unofficial results: "),
        Status.FINAL: translate("sentence", "Final results: "),
        Status.CERTIFIED: translate("sentence", "Certified results: "),
    }
    return f"{prefixes.get(status, '')}{sentence}."
