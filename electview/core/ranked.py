"""A ranked-choice count as its tabulator reported it: the rounds, who left or won in each, and the transfers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from electview.core.i18n import translate

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
        if not (0 < total < np.inf):
            return np.full(len(self.candidates), np.nan)
        return self.tally[round_number - 1] / total * 100.0

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
                "tally": {name: ranked_number(count.tally[index, c]) for c, name in enumerate(count.candidates) if continuing[c]},
                "threshold": ranked_number(count.threshold[index]),
                "elected": list(count.elected[index]),
                "eliminated": list(count.eliminated[index]),
                "transfers": {"; ".join(flow.sources): {to: ranked_number(v) for to, v in flow.to.items()} for flow in count.transfers[index]},
                # whose transfers above are an elected candidate's surplus, not an eliminated one's votes
                "surplus": ["; ".join(flow.sources) for flow in count.transfers[index] if flow.surplus],
                "exhausted": ranked_number(exhausted),
                "inactive": ranked_number(count.inactive[index]),
            }
        )
    return out


def reach_order(count: RankedCount) -> list[int]:
    """Candidate indices as a results page lists them: by the last round they reached, then by their votes there."""
    continuing = count.continuing
    last_round = [int(np.flatnonzero(continuing[:, c]).max()) for c in range(len(count.candidates))]
    return sorted(range(len(count.candidates)), key=lambda c: (-last_round[c], -count.tally[last_round[c], c], count.candidates[c]))


def round_status(count: RankedCount, round_number: int, name: str) -> str:
    """"elected" or "eliminated" in that round (from 1), else "continuing"."""
    if name in count.elected[round_number - 1]:
        return "elected"
    return "eliminated" if name in count.eliminated[round_number - 1] else "continuing"


@dataclass(frozen=True)
class RoundRow:
    """One candidate in one round: what a round-by-round table or a CSV row shows."""

    round: int  # from 1
    candidate: str
    votes: float
    share: float  # percent of the round's continuing ballots (derived)
    transfer: float | None  # votes gained (+) or given up (−) after the round; None after the last
    status: str  # round_status()


def round_rows(count: RankedCount) -> list[RoundRow]:
    """Every round's candidates still in the count, by their votes in it, round by round."""
    net = count.net_transfer()
    continuing = count.continuing
    rows = []
    for index in range(count.rounds):
        share = count.share(index + 1)
        for c in sorted(reach_order(count), key=lambda c: -count.tally[index, c]):  # stable: ties keep the table's order
            if continuing[index, c]:
                transfer = float(net[index, c]) if index < count.rounds - 1 else None
                name = count.candidates[c]
                rows.append(RoundRow(index + 1, name, float(count.tally[index, c]), float(share[c]), transfer,
                                     round_status(count, index + 1, name)))  # fmt: skip
    return rows


#: The rows of :func:`round_table` besides the candidates', in order.
TABLE_TOTALS = ("continuing", "inactive", "threshold", "elected", "eliminated")


def round_table(count: RankedCount, first: int, last: int, format_count, format_share) -> list[tuple[str, str, list[tuple[str, str, str]]]]:
    """A round-by-round table of rounds ``first``..``last`` (from 1) as text: ``(kind, name, cells)`` rows.

    ``kind`` is "candidate" (``name`` set) or one of :data:`TABLE_TOTALS`; ``cells`` per round are
    (votes, share of continuing ballots, transfer after the round), "" where there is none. Only
    the candidates still in the count in round ``first`` have rows; elected and eliminated rows
    give the names in the votes cell.
    """
    net = count.net_transfer()
    continuing = count.continuing
    span = range(first - 1, last)
    rows: list[tuple[str, str, list[tuple[str, str, str]]]] = []
    for c in reach_order(count):
        if not continuing[first - 1, c]:
            continue
        cells = []
        for r in span:
            if not continuing[r, c]:
                cells.append(("", "", ""))
                continue
            moved = "" if r == count.rounds - 1 else format_count(float(net[r, c]))
            cells.append((format_count(float(count.tally[r, c])), format_share(float(count.share(r + 1)[c])),
                          f"+{moved}" if net[r, c] > 0 and moved else moved))  # fmt: skip
        rows.append(("candidate", count.candidates[c], cells))
    rows.append(("continuing", "", [(format_count(count.continuing_ballots(r + 1)), "", "") for r in span]))
    rows.append(("inactive", "", [(format_count(float(count.inactive[r]), ""), "", "") for r in span]))
    rows.append(("threshold", "", [(format_count(float(count.threshold[r]), ""), "", "") for r in span]))
    rows.append(("elected", "", [("; ".join(count.elected[r]), "", "") for r in span]))
    rows.append(("eliminated", "", [("; ".join(count.eliminated[r]), "", "") for r in span]))
    return rows


def elected_lines(count: RankedCount, format_count, tr=None, name_of: Callable[[str], str] = str) -> list[str]:
    """"Mills, Janet T. elected in round 4 with 63,387 of 117,253 continuing ballots", one per winner.

    ``tr`` (context, English) → text words them in another language (core.i18n.translate by default);
    names go in through ``name_of`` (isolated for a terminal, as core.majority does).
    """
    tr = tr or translate
    lines = []
    template = tr("ranked", "{0} elected in round {1} with {2} of {3} continuing ballots")
    for name, round_number in count.elected_in().items():
        votes = count.tally[round_number - 1, count.candidates.index(name)]
        lines.append(template.format(name_of(name), round_number, format_count(votes), format_count(count.continuing_ballots(round_number))))
    return lines or [tr("ranked", "No one elected in the rounds the report gives")]


def transfer_lines(count: RankedCount, round_number: int, format_count) -> list[str]:
    """"surplus of ANNIE YOUNG → exhausted 177.52, …" or "votes of …": what moved after the round."""
    lines = []
    for flow in count.transfers[round_number - 1]:
        what = "surplus of" if flow.surplus else "votes of"
        moved = ", ".join(f"{to} {format_count(votes)}" for to, votes in flow.to.items())
        lines.append(f"{what} {'; '.join(flow.sources)} → {moved or 'nowhere (none transferred)'}")
    return lines


def ranked_number(value: float) -> int | float | None:
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
        lines += [f"  {line}" for line in transfer_lines(count, index + 1, format_count)]
    if winners:
        lines.append("Elected: " + ", ".join(f"{name} (round {n})" for name, n in winners.items()))
    return lines
