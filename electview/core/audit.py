"""The consistency audit: what in the reported figures doesn't add up, said in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from electview.core.formatting import format_count, format_number, format_percent, format_share, format_signed
from electview.core.i18n import translate
from electview.core.model import ResultsDataset
from electview.core.tally import ContestTally
from electview.core.terminal import isolate


class Severity(StrEnum):
    WARNING = "warning"  # the figures disagree with each other
    NOTE = "note"  # electview derived something the reader should know about


@dataclass(frozen=True, slots=True)
class Finding:
    severity: Severity
    code: str
    message: str


# Published shares are rounded: a share printed to d decimals is off by at most half a unit of
# its last digit (0.005 for "70.76", 0.05 for "16.2"); beyond that a share doesn't match its votes.
# The sum of n rounded shares strays by at most the sum of those halves, but only if every share
# sits at its rounding limit; the errors are independent and uniform, so three standard
# deviations (sqrt(sum h²/3)) bound what rounding produces in all but 3 in 1,000 cases. The
# smaller of the two is the allowance. (Fixed tolerances of 0.06 points per share and 0.1 for
# the sum let a wrong count, the final sample's Tugel 88,277 for 84,582, pass.)
MAX_SHARE_DECIMALS = 6


def sum_allowance(shares) -> float:
    """How far rounding alone plausibly moves the sum of ``shares`` from 100 (see above)."""
    halves = [rounding_allowance(float(share)) for share in shares]
    worst = sum(halves)
    spread = 3.0 * float(np.sqrt(sum(h * h for h in halves) / 3.0))
    return min(worst, spread)


def rounding_allowance(share: float) -> float:
    """Half a unit of the last digit ``share`` is given to: how far rounding alone can move it."""
    digits = repr(float(share)).partition(".")[2]
    if "e" in digits or not np.isfinite(share):
        return 0.5 * 10.0**-MAX_SHARE_DECIMALS
    decimals = min(len(digits.rstrip("0")), MAX_SHARE_DECIMALS)
    return 0.5 * 10.0**-decimals
# Candidates named in the "no votes reported" finding before it only counts the others.
MISSING_NAMED = 20


def audit_tally(result: ContestTally, name_contest: bool = False) -> list[Finding]:
    """Findings for one contest in one scope; ``name_contest`` prefixes each with the contest's name."""
    findings: list[Finding] = []
    prefix = f"{isolate(result.contest.name)}: " if name_contest and result.contest.name else ""
    reported = result.share_reported[~np.isnan(result.share_reported)]
    # Shares given for every candidate should add up to 100 within rounding.
    if len(reported) == len(result.candidates) and len(reported) > 1:
        total = float(reported.sum())
        if abs(total - 100.0) > sum_allowance(reported) + 1e-9:
            findings.append(
                Finding(
                    Severity.WARNING,
                    "shares-sum",
                    prefix
                    + translate("audit", "the reported shares sum to {total}%, not 100% ({difference} points).").format(
                        total=format_number(total, 2), difference=format_signed(total - 100.0)
                    ),
                )
            )
    estimated = int(result.votes_estimated.sum())
    if estimated:
        findings.append(
            Finding(
                Severity.NOTE,
                "votes-estimated",
                prefix
                + translate(
                    "audit", "votes for {estimated} of {candidates} candidates were not reported; electview estimated them as {how}."
                ).format(estimated=estimated, candidates=len(result.candidates), how=result.estimate_note),
            )
        )
    unreported = np.isnan(result.votes) if result.on_ballot is None else np.isnan(result.votes) & result.on_ballot
    missing = np.flatnonzero(unreported)
    if len(missing):
        # A place in a national contest can leave thousands of candidates without a vote:
        # name the first few and count the rest, so the finding stays readable (and cheap).
        names = ", ".join(isolate(result.candidates[i].name) for i in missing[:MISSING_NAMED].tolist())
        if len(missing) > MISSING_NAMED:
            names = translate("audit", "{names} and {count} more").format(names=names, count=format_count(len(missing) - MISSING_NAMED))
        findings.append(
            Finding(Severity.WARNING, "votes-missing", prefix + translate("audit", "no votes or share reported for {0}.").format(names))
        )
    # Where the source gave both a count and a share, and the total wasn't implied by those
    # same figures, they should agree.
    if result.total_valid.known and result.total_valid.value and not result.votes_estimated.any():
        computed = result.votes / result.total_valid.value * 100.0
        both = ~np.isnan(result.share_reported) & ~np.isnan(result.votes)
        for index in np.flatnonzero(both):
            if abs(computed[index] - result.share_reported[index]) > rounding_allowance(result.share_reported[index]) + 1e-9:
                findings.append(
                    Finding(
                        Severity.WARNING,
                        "share-mismatch",
                        f"{prefix}{isolate(result.candidates[index].name)}: reported share {format_percent(result.share_reported[index])} "
                        f"but {format_count(result.votes[index])} votes are {format_share(computed[index])} of "
                        f"{format_count(result.total_valid.value)}.",
                    )
                )
    turnout = result.turnout
    if turnout.percent is not None and turnout.registered and turnout.ballots_cast is not None:
        computed = turnout.ballots_cast / turnout.registered * 100.0
        if abs(computed - turnout.percent) > 0.1:
            findings.append(
                Finding(
                    Severity.WARNING,
                    "turnout-mismatch",
                    f"{prefix}reported turnout {format_percent(turnout.percent)} but {format_count(turnout.ballots_cast)} ballots of "
                    f"{format_count(turnout.registered)} registered is {format_share(computed)}.",
                )
            )
    if turnout.ballots_cast is not None and result.total_valid.known:
        # In a vote-for-N race each ballot may carry up to N votes: N as the file says it or as its
        # own figures prove it (core.vote_for), so an at-large vote-for-2 contest is no alarm.
        seats = max(1, result.votes_allowed)
        if result.total_valid.value > turnout.ballots_cast * seats + 0.5:
            allowance = f" (up to {seats} votes per ballot)" if seats > 1 else ""
            findings.append(
                Finding(
                    Severity.WARNING,
                    "votes-exceed-ballots",
                    f"{prefix}{format_count(result.total_valid.value)} valid votes exceed {format_count(turnout.ballots_cast)} ballots cast"
                    f"{allowance}.",
                )
            )
    if turnout.registered is not None and turnout.ballots_cast is not None and turnout.ballots_cast > turnout.registered:
        findings.append(
            Finding(
                Severity.WARNING,
                "ballots-exceed-registered",
                f"{prefix}{format_count(turnout.ballots_cast)} ballots cast exceed {format_count(turnout.registered)} registered voters.",
            )
        )
    return findings


def audit(dataset: ResultsDataset, results: list[ContestTally]) -> list[Finding]:
    """Findings for the dataset: import warnings first, then each contest's."""
    findings = [Finding(Severity.WARNING, "import", message) for message in dataset.import_warnings]
    for result in results:
        findings.extend(audit_tally(result, name_contest=len(dataset.contests) > 1))
    return findings
