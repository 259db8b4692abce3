"""The result in one plain sentence, for screen readers and anyone skimming."""

from __future__ import annotations

import numpy as np

from electview.core.formatting import format_number
from electview.core.i18n import translate
from electview.core.majority import statement_lines
from electview.core.model import Status
from electview.core.outcomes import outcome, rule_for
from electview.core.tally import ContestTally
from electview.core.terminal import isolate


def _percent(value: float) -> str:
    """One decimal is enough to say aloud; rounded and marked as every other figure (core.formatting)."""
    return format_number(value, 1) + "%"


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
    if rule_for(result).kind != "plurality" or outcome(result, status.is_final).rule.kind == "declared":
        # Several winners or seats, or winners the file declares: the outcome as the window, summary and report say it.
        said = " ".join(statement_lines(result, status.is_final, with_rule=False)).rstrip(".")
        return _with_prefix(status, said + _turnout_clause(result))
    leader = order[0]
    tied = _tied_at_the_top(result, order)
    if len(tied) > 1:
        return _with_prefix(status, _tie_sentence(result, tied) + _turnout_clause(result))
    if status.is_final:
        template = translate("sentence", "{name} came first with {share} of valid votes")
    else:
        template = translate("sentence", "{name} leads with {share} of valid votes")
    sentence = template.format(name=isolate(result.candidates[leader].name), share=_percent(result.share[leader]))
    if result.share_derived[leader]:
        sentence += translate("sentence", " (computed by electview)")
    if len(order) > 1:
        second = order[1]
        sentence += translate("sentence", ", ahead of {name} with {share}").format(
            name=isolate(result.candidates[second].name), share=_percent(result.share[second])
        )
    return _with_prefix(status, sentence + _turnout_clause(result))


def _tied_at_the_top(result: ContestTally, order: list[int]) -> list[int]:
    """Candidates level with the leader: on votes where known, else on the shares given."""
    votes = result.votes
    first = order[0]
    if not np.isnan(votes[first]):
        return [i for i in order if votes[i] == votes[first]]
    return [i for i in order if np.isnan(votes[i]) and result.share[i] == result.share[first]]


def _tie_sentence(result: ContestTally, tied: list[int]) -> str:
    """"Alice and Bob are tied with 50.0% each of valid votes": no one comes first or leads in a tie."""
    names = [isolate(result.candidates[i].name) for i in tied]
    listed = translate("sentence", "{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])
    return translate("sentence", "{names} are tied with {share} each of valid votes").format(
        names=listed, share=_percent(result.share[tied[0]])
    )


def _turnout_clause(result: ContestTally) -> str:
    turnout = result.turnout_percent
    if turnout.known:
        return translate("sentence", "; turnout {0}").format(_percent(float(turnout.value or 0.0)))
    return translate("sentence", "; turnout not reported")


def _with_prefix(status: Status, sentence: str) -> str:
    prefixes = {
        Status.PRELIMINARY: translate("sentence", "Preliminary results: "),
        Status.UNOFFICIAL: translate("sentence", "Unofficial results: "),
        Status.FINAL: translate("sentence", "Final results: "),
        Status.CERTIFIED: translate("sentence", "Certified results: "),
    }
    return f"{prefixes.get(status, '')}{sentence}."
