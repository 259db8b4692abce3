"""Two results for one race side by side: candidates matched across spellings, changes per candidate.

The usual pairs are the preliminary and the final count of one election, or one election and
the one before it. Candidates are matched by an explicit mapping first, then by name modulo
transliteration (Amirjan / Amirzhan / Амиржан Kosanov), then by party; what stays unmatched
is listed as only in the old or only in the new results, never forced into a pair.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Indel

from electview.core.formatting import format_count, format_percent, format_share, is_missing, whole_or_none
from electview.core.i18n import translate
from electview.core.majority import DEFAULT_THRESHOLD
from electview.core.model import Candidate, ResultsDataset
from electview.core.names import NameForm, form_similarity, name_key, party_key
from electview.core.tally import ContestTally, tally

#: Names at least this similar (0–1, spelling-neutral) are the same person.
NAME_MATCH = 0.8
#: With the same party, a weaker name likeness is enough ("K. Tokayev" and "Kassym-Jomart Tokayev").
NAME_MATCH_SAME_PARTY = 0.6

FORMATS = ("text", "json")
COMPARE_FORMAT_VERSION = 1

MATCHED_BY_MAPPING = "mapping"
MATCHED_BY_NAME = "name"
MATCHED_BY_SIMILAR_NAME = "similar name"
MATCHED_BY_PARTY = "party"


@dataclass(frozen=True)
class Comparison:
    """Old and new figures per candidate, row by row; arrays are aligned with ``names``.

    Rows are matched pairs (in the new results' order by votes), then candidates only in the
    new results, then those only in the old ones. ``old_index`` / ``new_index`` are candidate
    indices in each contest, -1 where the candidate is absent on that side. Votes and shares
    are NaN where absent or unknown; ranks are 1-based, 0 where absent.
    """

    old: ContestTally
    new: ContestTally
    names: tuple[str, ...]
    old_names: tuple[str, ...]
    parties: tuple[str, ...]
    matched_by: tuple[str, ...]
    old_index: np.ndarray
    new_index: np.ndarray
    old_votes: np.ndarray
    new_votes: np.ndarray
    old_share: np.ndarray
    new_share: np.ndarray
    old_rank: np.ndarray
    new_rank: np.ndarray
    threshold: float = DEFAULT_THRESHOLD
    mapping: dict[str, str | None] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.names)

    @property
    def change_votes(self) -> np.ndarray:
        return self.new_votes - self.old_votes

    @property
    def change_points(self) -> np.ndarray:
        """Change in share, in percentage points (NaN where either side is unknown)."""
        return self.new_share - self.old_share

    @property
    def rank_change(self) -> np.ndarray:
        """Places gained (positive) or lost; 0 where either side is absent."""
        both = (self.old_rank > 0) & (self.new_rank > 0)
        return np.where(both, self.old_rank - self.new_rank, 0)

    def crossing(self, row: int) -> str:
        """"up" or "down" when the share crossed the majority threshold, else ""."""
        old, new = self.old_share[row], self.new_share[row]
        if math.isnan(old) or math.isnan(new):
            return ""
        if old <= self.threshold < new:
            return "up"
        if new <= self.threshold < old:
            return "down"
        return ""

    def unmatched(self) -> tuple[list[int], list[int]]:
        """Rows only in the old results and rows only in the new ones."""
        return [int(r) for r in np.flatnonzero(self.new_index < 0)], [int(r) for r in np.flatnonzero(self.old_index < 0)]

    def change_for_new_candidates(self) -> np.ndarray:
        """Change in points per candidate of the *new* contest, in its own order (NaN: no match)."""
        change = np.full(len(self.new.candidates), np.nan)
        rows = np.flatnonzero(self.new_index >= 0)
        change[self.new_index[rows]] = self.change_points[rows]
        return change


# matching


def _candidate_keys(candidate: Candidate) -> set[str]:
    return {candidate.id.casefold(), candidate.name.casefold(), name_key(candidate.name)}


def _find(candidates: tuple[Candidate, ...], wanted: str) -> int | None:
    """Index of the candidate whose id or name (any spelling) is ``wanted``."""
    wanted_keys = {wanted.casefold(), name_key(wanted)}
    for index, candidate in enumerate(candidates):
        if _candidate_keys(candidate) & wanted_keys:
            return index
    return None


def match_candidates(
    old: tuple[Candidate, ...],
    new: tuple[Candidate, ...],
    mapping: Mapping[str, str | None] | None = None,
) -> list[tuple[int, int, str]]:
    """Pairs (old index, new index, how matched).

    ``mapping`` maps an old candidate (id or name) to a new one (id or name), or to None to
    keep it unmatched; it wins over everything else. Then the exact same name (so an exact
    name is never paired with a look-alike listed first), then names that are the
    same modulo spelling, then similar names (best pairs first), then the one candidate of a
    party on each side. The pairing of two candidate lists is worked out once and remembered:
    drilling into a place while comparing asks again for the same lists.
    """
    key = (_identity(old), _identity(new), tuple((mapping or {}).items()))
    if key not in _PAIRINGS:
        if len(_PAIRINGS) >= 16:
            _PAIRINGS.pop(next(iter(_PAIRINGS)))
        _PAIRINGS[key] = tuple(_match(old, new, mapping or {}))
    return list(_PAIRINGS[key])


_PAIRINGS: dict[tuple, tuple[tuple[int, int, str], ...]] = {}


def _identity(candidates: tuple[Candidate, ...]) -> tuple[tuple[str, str, str], ...]:
    return tuple((candidate.id, candidate.name, candidate.party) for candidate in candidates)


def _match(old: tuple[Candidate, ...], new: tuple[Candidate, ...], mapping: Mapping[str, str | None]) -> list[tuple[int, int, str]]:
    pairs: list[tuple[int, int, str]] = []
    free_old = set(range(len(old)))
    free_new = set(range(len(new)))

    def take(i: int, j: int, how: str) -> None:
        pairs.append((i, j, how))
        free_old.discard(i)
        free_new.discard(j)

    for old_name, new_name in mapping.items():
        i = _find(old, old_name)
        if i is None or i not in free_old:
            continue
        if new_name is None:
            free_old.discard(i)  # deliberately left unmatched
            continue
        j = _find(new, new_name)
        if j is not None and j in free_new:
            take(i, j, MATCHED_BY_MAPPING)

    for exact in (lambda c: c.name.casefold(), lambda c: name_key(c.name)):
        wanted: dict[str, int] = {}
        for j in sorted(free_new):
            wanted.setdefault(exact(new[j]), j)
        for i in sorted(free_old):
            j = wanted.get(exact(old[i]))
            if exact(old[i]) and j is not None and j in free_new:
                take(i, j, MATCHED_BY_NAME)

    for _, i, j in _similar_pairs(old, new, sorted(free_old), sorted(free_new)):
        if i in free_old and j in free_new:
            take(i, j, MATCHED_BY_SIMILAR_NAME)

    by_party_old: dict[str, list[int]] = {}
    by_party_new: dict[str, list[int]] = {}
    for i in free_old:
        by_party_old.setdefault(party_key(old[i].party), []).append(i)
    for j in free_new:
        by_party_new.setdefault(party_key(new[j].party), []).append(j)
    for party, olds in by_party_old.items():
        news = by_party_new.get(party, [])
        if party and len(olds) == 1 and len(news) == 1:
            take(olds[0], news[0], MATCHED_BY_PARTY)
    # Candidates the mapping set aside were dropped from free_old without a pair; keep it so.
    return pairs


def _codes(values: list, codes: dict) -> np.ndarray:
    return np.fromiter((codes.setdefault(value, len(codes)) for value in values), dtype=np.int64, count=len(values))


def _similar_pairs(
    old: tuple[Candidate, ...], new: tuple[Candidate, ...], olds: list[int], news: list[int]
) -> list[tuple[float, int, int]]:
    """(−similarity, old index, new index) of every pair similar enough, best first.

    The whole-name scores of all pairs come from rapidfuzz in C, a block of rows at a time;
    Python looks only at pairs that clear the bar or share a word (whose score the shared word
    can lift), so thousands of candidates on each side take a fraction of a second.
    """
    if not olds or not news:
        return []
    forms_old = [NameForm.of(old[i].name) for i in olds]
    forms_new = [NameForm.of(new[j].name) for j in news]
    number_codes: dict = {}
    numbers_old, numbers_new = _codes([f.numbers for f in forms_old], number_codes), _codes([f.numbers for f in forms_new], number_codes)
    party_codes: dict = {"": -1}
    parties_old = _codes([party_key(old[i].party) for i in olds], party_codes)
    parties_new = _codes([party_key(new[j].party) for j in news], party_codes)
    sharing = _pairs_sharing_a_word(forms_old, forms_new)
    texts_new = [form.text for form in forms_new]
    scored: list[tuple[float, int, int]] = []
    for start in range(0, len(olds), _BLOCK):
        rows = range(start, min(start + _BLOCK, len(olds)))
        whole = process.cdist([forms_old[a].text for a in rows], texts_new, scorer=Indel.normalized_similarity, dtype=np.float64, workers=-1)
        same_party = (parties_old[start : rows.stop, None] == parties_new[None, :]) & (parties_new[None, :] >= 0)
        needed = np.where(same_party, NAME_MATCH_SAME_PARTY, NAME_MATCH)
        plain = (whole >= needed) & (numbers_old[start : rows.stop, None] == numbers_new[None, :])
        for a, b in zip(*np.nonzero(plain), strict=True):
            if (start + a, b) not in sharing:
                scored.append((-float(whole[a, b]), olds[start + a], news[b]))
        for a in rows:
            for b in sharing.get_row(a):
                similarity = form_similarity(forms_old[a], forms_new[b], float(whole[a - start, b]))
                if similarity >= needed[a - start, b]:
                    scored.append((-similarity, olds[a], news[b]))
    scored.sort()
    return scored


_BLOCK = 512


class _SharedWordPairs:
    """Positions (old, new) of names with a word in common, an initial counting as a word it starts."""

    def __init__(self) -> None:
        self.by_row: dict[int, set[int]] = {}

    def add(self, a: int, b: int) -> None:
        self.by_row.setdefault(a, set()).add(b)

    def get_row(self, a: int) -> list[int]:
        return sorted(self.by_row.get(a, ()))

    def __contains__(self, pair: tuple[int, int]) -> bool:
        return pair[1] in self.by_row.get(pair[0], ())


def _pairs_sharing_a_word(forms_old: list[NameForm], forms_new: list[NameForm]) -> _SharedWordPairs:
    by_word: dict[str, list[int]] = {}
    by_initial: dict[str, list[int]] = {}
    initials_new: dict[str, list[int]] = {}
    for b, form in enumerate(forms_new):
        for word in set(form.tokens):
            by_word.setdefault(word, []).append(b)
            by_initial.setdefault(word[0], []).append(b)
            if len(word) == 1:
                initials_new.setdefault(word, []).append(b)
    pairs = _SharedWordPairs()
    for a, form in enumerate(forms_old):
        for word in set(form.tokens):
            for b in by_word.get(word, ()):
                pairs.add(a, b)
            # An initial on either side may stand for the other side's word.
            for b in by_initial.get(word, ()) if len(word) == 1 else initials_new.get(word[0], ()):
                pairs.add(a, b)
    return pairs


def _ranks(result: ContestTally) -> np.ndarray:
    ranks = np.zeros(len(result.candidates), dtype=np.int32)
    for place, index in enumerate(result.order_by_votes(), start=1):
        if not (math.isnan(result.votes[index]) and math.isnan(result.share[index])):
            ranks[index] = place
    return ranks


def compare_tallies(
    old: ContestTally,
    new: ContestTally,
    mapping: Mapping[str, str | None] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> Comparison:
    """Compare two tallies of the same race (or of successive races)."""
    pairs = match_candidates(old.candidates, new.candidates, mapping)
    matched_new = {j: (i, how) for i, j, how in pairs}
    matched_old = {i for i, _, _ in pairs}
    rows: list[tuple[int, int, str]] = []
    for j in new.order_by_votes():
        i, how = matched_new.get(j, (-1, ""))
        rows.append((i, j, how))
    rows += [(i, -1, "") for i in old.order_by_votes() if i not in matched_old]

    old_ranks, new_ranks = _ranks(old), _ranks(new)

    def pick(values: np.ndarray, indices: list[int], fill) -> np.ndarray:
        out = np.full(len(indices), fill, dtype=values.dtype)
        for row, index in enumerate(indices):
            if index >= 0:
                out[row] = values[index]
        return out

    old_idx = [r[0] for r in rows]
    new_idx = [r[1] for r in rows]
    return Comparison(
        old=old,
        new=new,
        names=tuple(new.candidates[j].name if j >= 0 else old.candidates[i].name for i, j, _ in rows),
        old_names=tuple(old.candidates[i].name if i >= 0 else "" for i, _, _ in rows),
        parties=tuple((new.candidates[j].party if j >= 0 else "") or (old.candidates[i].party if i >= 0 else "") for i, j, _ in rows),
        matched_by=tuple(how for _, _, how in rows),
        old_index=np.asarray(old_idx, dtype=np.int32),
        new_index=np.asarray(new_idx, dtype=np.int32),
        old_votes=pick(old.votes, old_idx, np.nan),
        new_votes=pick(new.votes, new_idx, np.nan),
        old_share=pick(old.share, old_idx, np.nan),
        new_share=pick(new.share, new_idx, np.nan),
        old_rank=pick(old_ranks, old_idx, 0),
        new_rank=pick(new_ranks, new_idx, 0),
        threshold=threshold,
        mapping=dict(mapping or {}),
    )


def _matching_contest(old: ResultsDataset, new: ResultsDataset, contest_name: str | None):
    """The contest to compare on each side: the one named, the same name, or the first."""
    new_contest = new.contest(contest_name)
    try:
        old_contest = old.contest(contest_name or new_contest.name)
    except KeyError:
        if contest_name:
            raise
        old_contest = old.contest(None)
    return old_contest, new_contest


def compare_datasets(
    old: ResultsDataset,
    new: ResultsDataset,
    contest_name: str | None = None,
    mapping: Mapping[str, str | None] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> Comparison:
    """Compare one contest of two results files (KeyError when a named contest is missing)."""
    old_contest, new_contest = _matching_contest(old, new, contest_name)
    return compare_tallies(
        tally(old_contest, None, old.turnout), tally(new_contest, None, new.turnout), mapping, threshold
    )


def parse_mapping_argument(text: str) -> tuple[str, str | None]:
    """"OLD=NEW" (match them) or "OLD=" (leave OLD unmatched), as given on the command line."""
    old, sep, new = text.partition("=")
    if not sep or not old.strip():
        raise ValueError(f"expected OLD=NEW (a name or id on each side), got {text!r}")
    return old.strip(), new.strip() or None


# output


def _round(value: float, digits: int = 4) -> float | None:
    return None if is_missing(value) else round(float(value), digits)


def comparison_dict(comparison: Comparison, old: ResultsDataset, new: ResultsDataset) -> dict:
    """The JSON contract of ``electview compare --format json``."""
    rows = []
    for row in range(len(comparison)):
        rows.append(
            {
                "name": comparison.names[row],
                "party": comparison.parties[row] or None,
                "old_votes": whole_or_none(comparison.old_votes[row]),
                "new_votes": whole_or_none(comparison.new_votes[row]),
                "old_share": _round(comparison.old_share[row]),
                "new_share": _round(comparison.new_share[row]),
                "change_points": _round(comparison.change_points[row]),
                "change_votes": whole_or_none(comparison.change_votes[row]),
                "old_votes_estimated": _estimated(comparison.old, comparison.old_index[row]),
                "new_votes_estimated": _estimated(comparison.new, comparison.new_index[row]),
                "old_rank": int(comparison.old_rank[row]) or None,
                "new_rank": int(comparison.new_rank[row]) or None,
                "old_name": comparison.old_names[row] or None,
                "matched_by": comparison.matched_by[row] or None,
                "crossed_threshold": comparison.crossing(row) or None,
            }
        )
    return {
        "format_version": COMPARE_FORMAT_VERSION,
        "old": _side(old, comparison.old),
        "new": _side(new, comparison.new),
        "threshold": comparison.threshold,
        "candidates": rows,
    }


def _estimated(result: ContestTally, index: int) -> bool:
    return bool(index >= 0 and result.votes_estimated[index])


def _side(dataset: ResultsDataset, result: ContestTally) -> dict:
    return {
        "title": dataset.election.title,
        "status": dataset.election.status.value,
        "contest": result.contest.name,
        "source_path": dataset.source_path or None,
        "turnout_percent": _round(result.turnout_percent.value) if result.turnout_percent.known else None,
    }


def format_points(value: float, unknown: str = "—") -> str:
    """"+0.20", "−1.05", "0.00" (points, two decimals, sign always shown)."""
    if is_missing(value):
        return unknown
    value = round(float(value), 2)
    if value == 0:
        return "0.00"
    return f"{value:+.2f}".replace("-", "−")


def format_change(value: float, unknown: str = "—") -> str:
    """A change in votes: "+35,661", "−8,102"."""
    if is_missing(value):
        return unknown
    return ("+" if value > 0 else "") + format_count(value).replace("-", "−")


def format_rank(comparison: Comparison, row: int) -> str:
    """"1 → 1", "3 → 2 (up 1)", "new", "dropped"."""
    old, new = int(comparison.old_rank[row]), int(comparison.new_rank[row])
    if not old and not new:
        return "—"
    if not old:
        return translate("compare", "{0} (new)").format(new)
    if not new:
        return translate("compare", "{0} (gone)").format(old)
    moved = old - new
    if moved == 0:
        return f"{old} → {new}"
    direction = translate("compare", "up {0}") if moved > 0 else translate("compare", "down {0}")
    return f"{old} → {new} ({direction.format(abs(moved))})"


def _votes_cell(result: ContestTally, index: int, value: float) -> str:
    text = format_count(value)
    return f"~{text}*" if _estimated(result, index) else text


def comparison_rows(comparison: Comparison) -> list[tuple[str, ...]]:
    """Text cells per row: candidate, party, old votes, new votes, change, old share, new share, points, rank."""
    rows = []
    for row in range(len(comparison)):
        rows.append(
            (
                comparison.names[row],
                comparison.parties[row],
                _votes_cell(comparison.old, int(comparison.old_index[row]), comparison.old_votes[row]),
                _votes_cell(comparison.new, int(comparison.new_index[row]), comparison.new_votes[row]),
                format_change(comparison.change_votes[row]),
                format_share(comparison.old_share[row]),
                format_share(comparison.new_share[row]),
                format_points(comparison.change_points[row]),
                format_rank(comparison, row),
            )
        )
    return rows


ROW_HEADERS = ("Candidate", "Party", "Old votes", "New votes", "Change", "Old share", "New share", "Points", "Rank")


def comparison_notes(comparison: Comparison) -> list[str]:
    """Plain sentences: how names were matched, what stayed unmatched, threshold crossings, turnout."""
    notes = []
    for row in range(len(comparison)):
        how = comparison.matched_by[row]
        # Only a pair under two names is news: the window's Match Candidates… maps every
        # candidate, and an unchanged name can still be matched as merely "similar".
        if how and comparison.old_names[row] != comparison.names[row]:
            reason = "the same name in another spelling" if how == MATCHED_BY_NAME else how
            notes.append(f"{comparison.old_names[row]} (old) is {comparison.names[row]} (new): matched by {reason}.")
        crossing = comparison.crossing(row)
        if crossing:
            direction = "rose above" if crossing == "up" else "fell to or below"
            notes.append(
                f"{comparison.names[row]} {direction} the {format_percent(comparison.threshold)} majority threshold "
                f"({format_share(comparison.old_share[row])} → {format_share(comparison.new_share[row])})."
            )
    only_old, only_new = comparison.unmatched()
    if only_old:
        notes.append("Only in the old results: " + ", ".join(comparison.names[r] for r in only_old) + ".")
    if only_new:
        notes.append("Only in the new results: " + ", ".join(comparison.names[r] for r in only_new) + ".")
    old_turnout, new_turnout = comparison.old.turnout_percent, comparison.new.turnout_percent
    if old_turnout.known and new_turnout.known:
        notes.append(
            f"Turnout: {format_percent(old_turnout.value)} → {format_percent(new_turnout.value)} "
            f"({format_points(new_turnout.value - old_turnout.value)} points)."
        )
    if comparison.old.votes_estimated.any() or comparison.new.votes_estimated.any():
        notes.append("* Estimated by electview from the reported shares; changes in those votes are estimates too.")
    return notes


def render_text(comparison: Comparison, old: ResultsDataset, new: ResultsDataset) -> str:
    """An aligned plain-text table with the notes under it."""
    lines = [
        f"Old: {old.election.title} [{old.election.status.label}] — {comparison.old.contest.name}",
        f"New: {new.election.title} [{new.election.status.label}] — {comparison.new.contest.name}",
        "",
    ]
    rows = comparison_rows(comparison)
    widths = [max(len(r[i]) for r in [ROW_HEADERS, *rows]) for i in range(len(ROW_HEADERS))]
    left = {0, 1, 8}

    def line(cells) -> str:
        return "  ".join(
            f"{cell:<{widths[i]}}" if i in left else f"{cell:>{widths[i]}}" for i, cell in enumerate(cells)
        ).rstrip()

    lines.append(line(ROW_HEADERS))
    lines.append("  ".join("-" * w for w in widths))
    lines += [line(row) for row in rows]
    notes = comparison_notes(comparison)
    if notes:
        lines += ["", *notes]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Baseline:
    """Change per candidate against earlier figures, aligned with the *current* contest's candidates.

    The one shape a table's change column reads, whatever the earlier figures are: another
    results file (File → Compare With…) or the previous update of a live feed.
    ``change_points`` / ``change_votes`` are NaN where a candidate has no earlier figure;
    ``details`` is one plain sentence per candidate for a tooltip.
    """

    label: str
    change_points: np.ndarray
    change_votes: np.ndarray
    details: tuple[str, ...]
    crossings: tuple[str, ...]


def _matched_by_label(how: str) -> str:
    return {
        MATCHED_BY_MAPPING: translate("compare", "your mapping"),
        MATCHED_BY_NAME: translate("compare", "the same name in another spelling"),
        MATCHED_BY_SIMILAR_NAME: translate("compare", "a similar name"),
        MATCHED_BY_PARTY: translate("compare", "party"),
    }.get(how, how)


def baseline_from_comparison(comparison: Comparison, label: str) -> Baseline:
    """The comparison seen from the new results: one entry per candidate of ``comparison.new``."""
    width = len(comparison.new.candidates)
    points = np.full(width, np.nan)
    votes = np.full(width, np.nan)
    details = [translate("compare", "Not in {0}").format(label)] * width
    crossings = [""] * width
    for row in np.flatnonzero(comparison.new_index >= 0):
        index = int(comparison.new_index[row])
        points[index] = comparison.change_points[row]
        votes[index] = comparison.change_votes[row]
        crossings[index] = comparison.crossing(int(row))
        if comparison.old_index[row] < 0:
            continue
        parts = [
            translate("compare", "{old} → {new} ({points} points)").format(
                old=format_share(comparison.old_share[row]),
                new=format_share(comparison.new_share[row]),
                points=format_points(comparison.change_points[row]),
            ),
            translate("compare", "votes {old} → {new} ({change})").format(
                old=_votes_cell(comparison.old, int(comparison.old_index[row]), comparison.old_votes[row]),
                new=_votes_cell(comparison.new, index, comparison.new_votes[row]),
                change=format_change(comparison.change_votes[row]),
            ),
            translate("compare", "rank {0}").format(format_rank(comparison, int(row))),
        ]
        if comparison.old_names[row] != comparison.names[row]:
            parts.append(
                translate("compare", "{name} in {label}, matched by {how}").format(
                    name=comparison.old_names[row], label=label, how=_matched_by_label(comparison.matched_by[row])
                )
            )
        if crossings[index]:
            crossed = translate("compare", "rose above {0}") if crossings[index] == "up" else translate("compare", "fell to or below {0}")
            parts.append(crossed.format(format_percent(comparison.threshold)))
        details[index] = translate("compare", "Since {label}: {details}").format(label=label, details="; ".join(parts))
    return Baseline(label, points, votes, tuple(details), tuple(crossings))


def baseline_from_tallies(previous: ContestTally, current: ContestTally, label: str) -> Baseline:
    """Change since ``previous`` (e.g. a live feed's last update) for the candidates of ``current``."""
    return baseline_from_comparison(compare_tallies(previous, current), label)
