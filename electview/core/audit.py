"""The consistency audit: what in the reported figures doesn't add up, said in plain words."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from electview.core.formatting import format_count, format_number, format_percent, format_share, format_signed
from electview.core.i18n import translate
from electview.core.model import EDITOR_MARK, ResultsDataset
from electview.core.tally import ContestTally
from electview.core.terminal import isolate
from electview.core.vote_for import votes_at_least


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


def pie_scale(shares) -> float | None:
    """The sum a pie of ``shares`` is drawn to when it isn't 100 beyond rounding (the sample's 100.17), else None.

    Each slice is then its share of that sum, which the window and the report say under the pie.
    """
    shown = [float(share) for share in shares if math.isfinite(float(share)) and float(share) > 0]
    total = float(sum(shown))  # computed shares sum to 100 but for float dust; reported ones to their digits
    if not shown or abs(total - 100.0) <= max(sum_allowance(shown), 1e-6):
        return None
    return total


def rounding_allowance(share: float) -> float:
    """Half a unit of the last digit ``share`` is given to: how far rounding alone can move it."""
    digits = repr(float(share)).partition(".")[2]
    if "e" in digits or not np.isfinite(share):
        return 0.5 * 10.0**-MAX_SHARE_DECIMALS
    decimals = min(len(digits.rstrip("0")), MAX_SHARE_DECIMALS)
    return 0.5 * 10.0**-decimals


# A share that makes the sum miss 100 by more than rounding allows most often carries one slip of
# the pen: a digit dropped ("16.2" for 16.02), doubled or added ("70.776"), two neighbours swapped
# ("61.02"); or it disagrees with its own votes. Each such correction of each share is tried; one
# that brings the sum back within rounding explains it, and the likeliest is the one under which
# the sum's remaining error is most probable as rounding (the sum of the rounding errors is close
# to normal with variance sum h²/3). Equally likely ones are all said: the figures alone can't
# tell them apart (the KZ preliminary 16.2, 5.2 and 3.2 each fit as 16.02, 5.02 or 3.02).
@dataclass(frozen=True, slots=True)
class Slip:
    index: int  # the candidate whose share is most likely mistyped
    given: float
    corrected: float
    total: float  # the shares' sum with this one corrected
    likelihood: float


def _decimals(share: float) -> int:
    digits = repr(float(share)).partition(".")[2]
    return len(digits.rstrip("0")) if digits.isdigit() else MAX_SHARE_DECIMALS


def _retyped(share: float) -> set[float]:
    """Every value one dropped, added or swapped digit away from how ``share`` is written."""
    text = repr(abs(float(share)))
    if "e" in text or not np.isfinite(share):
        return set()
    sign = -1.0 if share < 0 else 1.0  # a digit slips, not the sign: "-5.0" has no variant "0-5.0"
    variants = [text[:at] + digit + text[at:] for at in range(len(text) + 1) for digit in "0123456789"]  # a digit dropped
    variants += [text[:at] + text[at + 1 :] for at in range(len(text)) if text[at].isdigit()]  # one added or doubled
    variants += [
        text[:at] + text[at + 1] + text[at] + text[at + 2 :]  # two neighbours swapped
        for at in range(len(text) - 1)
        if text[at].isdigit() and text[at + 1].isdigit()
    ]
    return {sign * float(variant) for variant in variants if variant.strip(".")}


def likely_slips(shares, votes=None, total_valid: float | None = None) -> list[Slip]:
    """Single-share corrections that bring ``shares``' sum back within rounding of 100, likeliest first.

    ``votes`` and ``total_valid`` (a total not implied by the shares themselves) add each share
    its votes give as a correction too.
    """
    given = [float(share) for share in shares]
    if len(given) < 2 or not all(np.isfinite(given)):
        return []
    places = max(max(_decimals(share) for share in given), 2)
    total = sum(given)
    slips: dict[tuple[int, float], Slip] = {}
    for index, share in enumerate(given):
        candidates = _retyped(share)
        if votes is not None and total_valid and np.isfinite(votes[index]):
            candidates.add(round(float(votes[index]) / total_valid * 100.0, _decimals(share)))
        for corrected in candidates:
            if corrected == share or not 0.0 <= corrected <= 100.0 or _decimals(corrected) > places:
                continue
            shares_then = [*given[:index], corrected, *given[index + 1 :]]
            summed = total - share + corrected
            error = summed - 100.0
            if abs(error) > sum_allowance(shares_then) + 1e-9:
                continue
            variance = sum(rounding_allowance(value) ** 2 for value in shares_then) / 3.0
            likelihood = float(np.exp(-error * error / (2.0 * variance)) / np.sqrt(variance))
            slips[(index, corrected)] = Slip(index, share, corrected, summed, likelihood)
    # Likeliest first; among equals the smaller change to the share (relative), then the contest's order.
    return sorted(
        slips.values(),
        key=lambda slip: (-round(slip.likelihood, 6), abs(slip.corrected - slip.given) / max(slip.given, 1e-9), slip.index),
    )


def equally_likely(slips: list[Slip]) -> list[Slip]:
    """The slips as likely as the first (one per share): the ones the figures can't tell apart."""
    if not slips:
        return []
    best = round(slips[0].likelihood, 6)
    seen: set[int] = set()
    tied = []
    for slip in slips:
        if round(slip.likelihood, 6) == best and slip.index not in seen:
            seen.add(slip.index)
            tied.append(slip)
    return tied


# Candidates named in the "no votes reported" finding before it only counts the others.
MISSING_NAMED = 20


def _slip_sentence(result: ContestTally, slips: list[Slip]) -> str:
    """ "Kosanov's 16.2% is most likely 16.02%: that alone brings the sum to 99.99%", and the equally likely."""
    tied = equally_likely(slips)
    if not tied:
        return ""

    def name(slip: Slip) -> str:
        return isolate(result.candidates[slip.index].name)

    best, others = tied[0], tied[1:]
    figures = {
        "name": name(best),
        "given": format_percent(best.given),
        "corrected": format_percent(best.corrected),
        "total": format_number(best.total, 2),
    }
    if not others:
        return translate("audit", "{name}'s {given} is most likely {corrected}: that alone brings the sum to {total}%.").format(
            **figures
        )
    # As likely by the sum: the smallest change to a share goes first, and the others are said too.
    alternatives = ", ".join(_as_corrected(name(slip), slip) for slip in others)
    return translate(
        "audit",
        "Likeliest slip: {name}'s {given} for {corrected} (sum {total}%); as likely: {alternatives}.",
    ).format(alternatives=alternatives, **figures)


def _as_corrected(name: str, slip: Slip) -> str:
    return translate("audit", "{name}'s {given} for {corrected}").format(
        name=name, given=format_percent(slip.given), corrected=format_percent(slip.corrected)
    )


def _votes_per_ballot_proven(result: ContestTally) -> int:
    """The fewest votes a ballot that every counted place's valid votes and ballots cast fit (core.vote_for)."""
    contest = result.contest
    if "undervotes" in result.other_counts or not contest.counted_units_whole:
        return 0  # under votes prove N exactly (votes_allowed); a unit shared with other areas proves nothing
    counts = contest.votes
    inside = np.ones(len(counts.unit), dtype=bool) if result.scope is None else contest.units.within(result.scope)[counts.unit]
    present = inside & ~np.isnan(counts.value)
    places = np.unique(counts.unit[present])
    if not len(places):
        return 0
    valid = np.bincount(counts.unit[present], weights=counts.value[present], minlength=len(contest.units))
    return votes_at_least(valid[places], contest.units.ballots_cast[places])


def audit_tally(result: ContestTally, name_contest: bool = False) -> list[Finding]:
    """Findings for one contest in one scope; ``name_contest`` prefixes each with the contest's name."""
    findings: list[Finding] = []
    prefix = f"{isolate(result.contest.name)}: " if name_contest and result.contest.name else ""
    ranked = result.contest.ranked
    if ranked is not None and ranked.rounds > 1:
        template = translate(
            "audit",
            "Ranked-choice count in {0} rounds: the table shows the final round; candidates eliminated earlier have 0 there, "
            "as the tabulator reports it.",
        )
        findings.append(Finding(Severity.NOTE, "ranked-final-round", prefix + template.format(ranked.rounds)))
    reported = result.share_reported[~np.isnan(result.share_reported)]
    # Shares given for every candidate should add up to 100 within rounding.
    if len(reported) == len(result.candidates) and len(reported) > 1:
        total = float(reported.sum())
        if abs(total - 100.0) > sum_allowance(reported) + 1e-9:
            message = translate("audit", "the reported shares sum to {total}%, not 100% ({difference} points).").format(
                total=format_number(total, 2), difference=format_signed(total - 100.0)
            )
            independent = result.total_valid.value if result.total_valid.known and not result.votes_estimated.any() else None
            slip = _slip_sentence(result, likely_slips(reported, result.votes, independent))
            findings.append(Finding(Severity.WARNING, "shares-sum", prefix + message + (" " + slip if slip else "")))
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
                        prefix
                        + translate("audit", "{name}: reported share {share} but {votes} votes are {computed} of {valid}.").format(
                            name=isolate(result.candidates[index].name),
                            share=format_percent(result.share_reported[index]),
                            votes=format_count(result.votes[index]),
                            computed=format_share(computed[index]),
                            valid=format_count(result.total_valid.value),
                        ),
                    )
                )
    turnout = result.turnout
    if turnout.percent is not None and turnout.registered and turnout.ballots_cast is not None:
        turnout_computed = turnout.ballots_cast / turnout.registered * 100.0
        if abs(turnout_computed - turnout.percent) > 0.1:
            findings.append(
                Finding(
                    Severity.WARNING,
                    "turnout-mismatch",
                    prefix
                    + translate("audit", "reported turnout {turnout} but {ballots} ballots of {registered} registered is {computed}.").format(
                        turnout=format_percent(turnout.percent),
                        ballots=format_count(turnout.ballots_cast),
                        registered=format_count(turnout.registered),
                        computed=format_share(turnout_computed),
                    ),
                )
            )
    if turnout.ballots_cast is not None and result.total_valid.known:
        # In a vote-for-N race each ballot may carry up to N votes: N as the file says it or as its
        # own figures prove it (core.vote_for), so an at-large vote-for-2 contest is no alarm.
        seats = max(1, result.votes_allowed)
        at_least = _votes_per_ballot_proven(result) if seats == 1 else 0
        if result.total_valid.as_float > turnout.ballots_cast * seats + 0.5 and 2 <= at_least <= len(result.candidates):
            # No "vote for" in the file, but every place's votes fit N a ballot: a vote-for-N contest, said as derived.
            findings.append(
                Finding(
                    Severity.NOTE,
                    "votes-per-ballot",
                    prefix
                    + translate(
                        "audit",
                        "{valid} valid votes on {ballots} ballots cast: the file doesn't say how many votes each voter had, "
                        "but in every place counted the votes fit {count} a ballot, so this reads as a contest of {count} or "
                        "more votes each (derived); its shares are of votes, not of voters.",
                    ).format(valid=format_count(result.total_valid.value), ballots=format_count(turnout.ballots_cast), count=at_least),
                )
            )
        elif result.total_valid.as_float > turnout.ballots_cast * seats + 0.5:
            if seats > 1:
                template = translate("audit", "{valid} valid votes exceed {ballots} ballots cast (up to {seats} votes per ballot).")
            else:
                template = translate("audit", "{valid} valid votes exceed {ballots} ballots cast.")
            findings.append(
                Finding(
                    Severity.WARNING,
                    "votes-exceed-ballots",
                    prefix
                    + template.format(
                        valid=format_count(result.total_valid.value), ballots=format_count(turnout.ballots_cast), seats=format_count(seats)
                    ),
                )
            )
    if turnout.registered is not None and turnout.ballots_cast is not None and turnout.ballots_cast > turnout.registered:
        findings.append(
            Finding(
                Severity.WARNING,
                "ballots-exceed-registered",
                prefix
                + translate("audit", "{ballots} ballots cast exceed {registered} registered voters.").format(
                    ballots=format_count(turnout.ballots_cast), registered=format_count(turnout.registered)
                ),
            )
        )
    return findings


def audit(dataset: ResultsDataset, results: list[ContestTally]) -> list[Finding]:
    """Findings for the dataset: import warnings first, then each contest's, then what the file's editor added."""
    findings = import_findings(dataset)
    for result in results:
        findings.extend(audit_tally(result, name_contest=len(dataset.contests) > 1))
    findings.extend(editor_added_finding(dataset, results))
    return findings


def import_findings(dataset: ResultsDataset) -> list[Finding]:
    """What the importer warned of, in the interface language (English on the command line)."""
    return [Finding(Severity.WARNING, "import", message.text(translate)) for message in dataset.import_warnings]


def editor_added_finding(dataset: ResultsDataset, results: list[ContestTally]) -> list[Finding]:
    """The note that says what ‡ marks: the facts the file's editor added (none: no note)."""
    added = editor_added_facts(dataset, results)
    if not added:
        return []
    message = translate("audit", "{0} Added by the file's editor, not in the source it cites: {1}").format(EDITOR_MARK, "; ".join(added))
    return [Finding(Severity.NOTE, "editor-added", message)]


def editor_added_facts(dataset: ResultsDataset, results: list[ContestTally]) -> list[str]:
    """"Kassym-Jomart Tokayev's party “Nur Otan”": each fact the file's editor filled in (FORMAT.md "editor_added")."""
    facts: list[str] = []
    template = translate("audit", "{0}'s {1} “{2}”")
    seen: set[tuple[str, str]] = set()
    for result in results:
        for candidate in result.candidates:
            for name in candidate.editor_added:
                if (candidate.id, name) not in seen:
                    seen.add((candidate.id, name))
                    facts.append(template.format(isolate(candidate.name), translate("audit", name), isolate(getattr(candidate, name))))
    for comment in dataset.commentary:
        for name in comment.editor_added:
            fact = template.format(isolate(comment.speaker), translate("audit", name), isolate(getattr(comment, name)))
            if fact not in facts:  # one speaker quoted twice through the same outlet is said once
                facts.append(fact)
    return facts
