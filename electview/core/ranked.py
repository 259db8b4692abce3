"""A ranked-choice count as its tabulator reported it: the rounds, who left or won in each, and the transfers."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

#: Where transferred votes can go besides a candidate.
EXHAUSTED = "exhausted"
RESIDUAL_SURPLUS = "residual surplus"


@dataclass(frozen=True)
class Transfer:
    """Votes moved after a round from one candidate (or a batch eliminated together) to others."""

    sources: tuple[str, ...]  # one candidate, or several eliminated at once whose flows the file merges
    surplus: bool  # an elected candidate's surplus, not an eliminated candidate's votes
    to: dict[str, float]  # candidate name, EXHAUSTED or RESIDUAL_SURPLUS → votes (fractions kept)
    given: dict[str, float]  # source → votes it gave up


@dataclass(frozen=True)
class RankedCount:
    """Every round of one ranked-choice contest; arrays are (round, candidate), rounds counted from 1.

    ``tally`` is 0 for a candidate no longer in the count; ``continuing`` says who still is.
    ``inactive`` is the ballots no longer counted for anyone by that round (exhausted, overvotes,
    skipped or repeated rankings), NaN where the report doesn't say.
    """

    candidates: tuple[str, ...]
    tally: np.ndarray
    threshold: np.ndarray
    inactive: np.ndarray
    exhausted: np.ndarray  # ballots with no continuing choice left, part of ``inactive``
    elected: tuple[tuple[str, ...], ...]  # per round
    eliminated: tuple[tuple[str, ...], ...]
    transfers: tuple[tuple[Transfer, ...], ...]  # per round: what moved after it
    seats: int = 1
    total_ballots: float | None = None

    @property
    def rounds(self) -> int:
        return int(self.tally.shape[0])

    @property
    def continuing(self) -> np.ndarray:
        """(round, candidate) True while the candidate is still counted (elected ones stay)."""
        out = np.ones(self.tally.shape, dtype=bool)
        for round_index, names in enumerate(self.eliminated):
            for name in names:
                out[round_index + 1 :, self.candidates.index(name)] = False
        return out

    def elected_in(self) -> dict[str, int]:
        """Winner → the round (from 1) they were elected in."""
        return {name: index + 1 for index, names in enumerate(self.elected) for name in names}

    def continuing_ballots(self, round_number: int) -> float:
        return float(self.tally[round_number - 1].sum())

    def share(self, round_number: int) -> np.ndarray:
        """Percent of the round's continuing ballots per candidate."""
        total = self.continuing_ballots(round_number)
        return self.tally[round_number - 1] / total * 100.0 if total > 0 else np.full(len(self.candidates), np.nan)

    def net_transfer(self) -> np.ndarray:
        """(round, candidate) votes gained (+) or given up (−) after each round, as tabulators print them."""
        net = np.zeros(self.tally.shape)
        for round_index, flows in enumerate(self.transfers):
            for flow in flows:
                for name, votes in flow.to.items():
                    if name in self.candidates:
                        net[round_index, self.candidates.index(name)] += votes
                for name, votes in flow.given.items():
                    net[round_index, self.candidates.index(name)] -= votes
        return net


def rounds_dict(count: RankedCount) -> list[dict]:
    """The ``rounds`` of ``summary --format json``: per round the tally, threshold, winners, losers, transfers."""
    out = []
    for index in range(count.rounds):
        continuing = count.continuing[index]
        exhausted = count.exhausted[index]
        out.append(
            {
                "round": index + 1,
                "tally": {name: _number(count.tally[index, c]) for c, name in enumerate(count.candidates) if continuing[c]},
                "threshold": _number(count.threshold[index]),
                "elected": list(count.elected[index]),
                "eliminated": list(count.eliminated[index]),
                "transfers": {"; ".join(flow.sources): {to: _number(v) for to, v in flow.to.items()} for flow in count.transfers[index]},
                "exhausted": _number(exhausted),
                "inactive": _number(count.inactive[index]),
            }
        )
    return out


def _number(value: float) -> int | float | None:
    if value is None or np.isnan(value):
        return None
    return int(value) if float(value).is_integer() else round(float(value), 6)


def rounds_lines(count: RankedCount, format_count) -> list[str]:
    """Plain-text rounds for the text summary: one line per round, then who moved and where."""
    lines = [f"Ranked-choice count: {count.rounds} rounds, {count.seats} to elect"]
    winners = count.elected_in()
    continuing = count.continuing
    for index in range(count.rounds):
        total = count.continuing_ballots(index + 1)
        order = sorted((c for c in range(len(count.candidates)) if continuing[index, c]), key=lambda c: -count.tally[index, c])
        tally = ", ".join(f"{count.candidates[c]} {format_count(count.tally[index, c])}" for c in order)
        lines.append(f"Round {index + 1} ({format_count(total)} continuing; threshold {format_count(count.threshold[index])}): {tally}")
        for name in count.elected[index]:
            lines.append(f"  elected: {name}")
        for name in count.eliminated[index]:
            lines.append(f"  eliminated: {name}")
        for flow in count.transfers[index]:
            what = "surplus of" if flow.surplus else "votes of"
            moved = ", ".join(f"{to} {format_count(votes)}" for to, votes in flow.to.items())
            lines.append(f"  {what} {'; '.join(flow.sources)} → {moved}")
    if winners:
        lines.append("Elected: " + ", ".join(f"{name} (round {n})" for name, n in winners.items()))
    return lines
