"""RCTab detailed reports of ranked-choice counts, JSON and CSV: every round, transfer and winner as tabulated."""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

import numpy as np

from electview.core.errors import LoadError
from electview.core.messages import Message
from electview.core.model import MAX_COUNT, Election, ResultsDataset, Source
from electview.core.ranked import EXHAUSTED, RESIDUAL_SURPLUS, RankedCount, Transfer
from electview.formats import guard
from electview.formats._builder import ContestBuilder, UnitRegistry
from electview.formats._json import read_json

NAME = "RCTab ranked-choice detailed report (JSON or CSV)"
PATTERNS = ("*.json", "*.csv")

_INACTIVE_KINDS = ("exhaustedChoices", "overvotes", "skippedRankings", "repeatedRankings")
_ROUND_VOTES = re.compile(r"round\s+(\d+)\s+votes", re.IGNORECASE)


def sniff(head: bytes) -> bool:
    text = head[:8192].decode("utf-8-sig", errors="replace")
    if text.lstrip().startswith("{"):
        return '"tallyResults"' in text or ('"results"' in text and '"generatedBy"' in text and "RCTab" in text)
    first = text.lstrip().splitlines()[0].strip().strip(",") if text.strip() else ""
    return first == "Contest Information" and "Rounds,Round 1 Votes" in text.replace(" ,", ",")


def load(path: str | Path) -> ResultsDataset:
    path = Path(path)
    head = guard.read_bytes(path, guard.MAX_FILE_BYTES)[:1]
    if head == b"{" or head == b"\xef":  # JSON (maybe after a BOM)
        return _from_json(path)
    return _from_csv(path)


def _number(path: Path, value, place: str, signed: bool = False) -> float:
    """A vote figure from the report; RCTab writes them as decimal strings ("177.5192").

    Only a transfer (``signed``) may be negative: votes a candidate gave up."""
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        raise LoadError(path, f"expected a number of votes, got {str(value)[:40]!r}", place) from None
    if not number.is_finite() or (number < 0 and not signed):
        raise LoadError(path, f"expected a number of votes, got {str(value)[:40]!r}", place)
    as_float = float(number)
    # Decimal holds 1e400 exactly; a float makes it infinity, and every share after it NaN.
    # Past MAX_COUNT no float is whole-number exact and no election has so many.
    if not math.isfinite(as_float) or abs(as_float) > MAX_COUNT:
        raise LoadError(path, f"a number of votes out of range: {str(value)[:40]!r}", place)
    return as_float


# JSON


def _round_number(entry) -> float:
    """A round's number to sort by; a damaged one (null, text, true) sorts as 0 instead of failing the comparison."""
    value = entry.get("round") if isinstance(entry, dict) else None
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0


def _from_json(path: Path) -> ResultsDataset:
    document = read_json(path)
    if not isinstance(document, dict) or not isinstance(document.get("results"), list) or not document["results"]:
        raise LoadError(path, "an RCTab report needs a non-empty list of rounds under 'results'")
    config: dict = document["config"] if isinstance(document.get("config"), dict) else {}
    rounds = sorted(document["results"], key=_round_number)
    candidates: list[str] = []
    for index, entry in enumerate(rounds):
        if not isinstance(entry, dict) or not isinstance(entry.get("tally"), dict):
            raise LoadError(path, "a round without a tally", f"results[{index}]")
        for name in entry["tally"]:
            if name not in candidates:
                candidates.append(str(name))
    count = len(rounds)
    tally = np.zeros((count, len(candidates)))
    threshold = np.full(count, np.nan)
    inactive = np.full(count, np.nan)
    exhausted = np.full(count, np.nan)
    elected: list[tuple[str, ...]] = []
    eliminated: list[tuple[str, ...]] = []
    transfers: list[tuple[Transfer, ...]] = []
    for index, entry in enumerate(rounds):
        place = f"round {entry.get('round', index + 1)}"
        for name, votes in entry["tally"].items():
            tally[index, candidates.index(str(name))] = _number(path, votes, f"{place}, {name}")
        if entry.get("threshold") not in (None, ""):
            threshold[index] = _number(path, entry["threshold"], f"{place}, threshold")
        ballots = entry.get("inactiveBallots")
        if isinstance(ballots, dict) and any(kind in ballots for kind in _INACTIVE_KINDS):
            inactive[index] = sum(_number(path, ballots[k], f"{place}, {k}") for k in _INACTIVE_KINDS if k in ballots)
            if "exhaustedChoices" in ballots:
                exhausted[index] = _number(path, ballots["exhaustedChoices"], f"{place}, exhaustedChoices")
        won: list[str] = []
        lost: list[str] = []
        flows: list[Transfer] = []
        for result in entry.get("tallyResults") or []:
            if not isinstance(result, dict):
                raise LoadError(path, "a tally result that is not an object", place)
            surplus = "elected" in result
            name = str(result.get("elected") or result.get("eliminated") or "")
            if name not in candidates:
                raise LoadError(path, f"{name[:60]!r} is elected or eliminated but not in any round's tally", place)
            (won if surplus else lost).append(name)
            moved = {str(to): _number(path, v, f"{place}, transfer to {to}") for to, v in (result.get("transfers") or {}).items()}
            unknown = [to for to in moved if to not in candidates and to not in (EXHAUSTED, RESIDUAL_SURPLUS)]
            if unknown:
                raise LoadError(path, f"votes transferred to {unknown[0][:60]!r}, who is in no round's tally", place)
            if moved:
                flows.append(Transfer((name,), surplus, moved, {name: sum(moved.values())}))
        elected.append(tuple(won))
        eliminated.append(tuple(lost))
        transfers.append(tuple(flows))
    summary: dict = document["summary"] if isinstance(document.get("summary"), dict) else {}
    seats = int(_number(path, summary["numWinners"], "summary, numWinners")) if summary.get("numWinners") not in (None, "") else max(1, sum(map(len, elected)))
    total = _number(path, summary["totalNumBallots"], "summary, totalNumBallots") if summary.get("totalNumBallots") not in (None, "") else None
    ranked = RankedCount(tuple(candidates), tally, threshold, inactive, exhausted, tuple(elected), tuple(eliminated), tuple(transfers), seats, total)
    return _dataset(path, ranked, {k: str(config.get(k) or "") for k in ("contest", "date", "jurisdiction", "office", "generatedBy")})


# CSV


def _from_csv(path: Path) -> ResultsDataset:
    raw = guard.read_bytes(path, guard.MAX_FILE_BYTES)
    try:
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    except UnicodeDecodeError as error:
        raise LoadError(path, "not UTF-8 text", f"byte {error.start}") from None
    except csv.Error as error:
        raise LoadError(path, f"not a readable CSV table ({error})") from None
    header_at = next((i for i, row in enumerate(rows) if row and row[0].strip() == "Rounds"), None)
    if header_at is None:
        raise LoadError(path, "no 'Rounds' header row: not an RCTab detailed report")
    facts = {row[0].strip(): row[1].strip() for row in rows[:header_at] if len(row) >= 2 and row[0].strip()}
    header = rows[header_at]
    columns = [i for i, cell in enumerate(header) if _ROUND_VOTES.fullmatch(cell.strip())]
    if not columns:
        raise LoadError(path, "the 'Rounds' row names no 'Round N Votes' columns", f"line {header_at + 1}")
    count = len(columns)
    labelled = {row[0].strip(): row for row in rows[header_at + 1 :] if row and row[0].strip()}
    body = [row for row in rows[header_at + 1 :] if row and row[0].strip()]
    stop = next((i for i, row in enumerate(body) if row[0].strip() == "Active Ballots"), None)
    if stop is None:
        raise LoadError(path, "no 'Active Ballots' row after the candidates", f"after line {header_at + 1}")
    candidate_rows = [row for row in body[:stop] if row[0].strip() not in ("Eliminated", "Elected")]
    candidates = [row[0].strip() for row in candidate_rows]

    def cell(row: list[str], column: int) -> str:
        return row[column].strip() if column < len(row) else ""

    def figures(row: list[str] | None, offset: int, what: str) -> np.ndarray:
        out = np.full(count, np.nan)
        if row is None:
            return out
        for r, column in enumerate(columns):
            text = cell(row, column + offset)
            if text:
                out[r] = _number(path, text, f"{what}, round {r + 1}", signed=offset > 0)
        return out

    tally = np.vstack([np.nan_to_num(figures(row, 0, row[0].strip())) for row in candidate_rows]).T if candidates else np.zeros((count, 0))
    moved = np.vstack([np.nan_to_num(figures(row, 2, row[0].strip())) for row in candidate_rows]).T if candidates else np.zeros((count, 0))

    def names(label: str) -> list[tuple[str, ...]]:
        row = labelled.get(label)
        return [tuple(n.strip() for n in cell(row, column).split(";") if n.strip()) if row else () for column in columns]

    elected, eliminated = names("Elected"), names("Eliminated")
    for r, group in enumerate(elected + eliminated):
        for name in group:
            if name not in candidates:
                raise LoadError(path, f"{name[:60]!r} is elected or eliminated but has no row", f"round {r % count + 1}")
    exhausted_flow = np.nan_to_num(figures(labelled.get("Inactive Ballots Total"), 2, "inactive ballots transfer"))
    # The JSON lists the surplus left over once every seat is filled as a transfer to "exhausted";
    # the CSV keeps it (and the residual surplus, lost to rounding) as running totals per round.
    exhausted_flow += _gained(figures(labelled.get("Final Round Surplus"), 0, "final round surplus"))
    residual_flow = np.nan_to_num(figures(labelled.get("Residual surplus"), 2, "residual surplus transfer"))
    if not residual_flow.any():
        residual_flow = _gained(figures(labelled.get("Residual surplus"), 0, "residual surplus"))
    transfers: list[tuple[Transfer, ...]] = []
    for r in range(count):
        sources = tuple(n for n in candidates if moved[r, candidates.index(n)] < 0)
        to = {n: float(moved[r, c]) for c, n in enumerate(candidates) if moved[r, c] > 0}
        if exhausted_flow[r] > 0:
            to[EXHAUSTED] = float(exhausted_flow[r])
        if residual_flow[r] > 0:
            to[RESIDUAL_SURPLUS] = float(residual_flow[r])
        given = {n: float(-moved[r, candidates.index(n)]) for n in sources}
        surplus = bool(sources) and all(n in elected[r] for n in sources)
        transfers.append((Transfer(sources, surplus, to, given),) if sources else ())
    seats_text = facts.get("Number to be Elected", "")
    seats = int(_number(path, seats_text, "Number to be Elected")) if seats_text else max(1, sum(map(len, elected)))
    total_text = facts.get("Total Number of Ballots", "")
    ranked = RankedCount(
        tuple(candidates),
        tally,
        figures(labelled.get("Current Round Threshold"), 0, "threshold"),
        figures(labelled.get("Inactive Ballots Total"), 0, "inactive ballots"),
        figures(labelled.get("Inactive Ballots by Exhausted Choices"), 0, "exhausted ballots"),
        tuple(elected),
        tuple(eliminated),
        tuple(transfers),
        seats,
        _number(path, total_text, "Total Number of Ballots") if total_text else None,
    )
    config = {"contest": facts.get("Contest", ""), "date": facts.get("Date", ""), "jurisdiction": facts.get("Jurisdiction", ""),
              "office": facts.get("Office", ""), "generatedBy": facts.get("Generated By", "")}  # fmt: skip
    return _dataset(path, ranked, config)


def _gained(running: np.ndarray) -> np.ndarray:
    """What a running total per round grew by after each round (a blank counts as 0)."""
    values = np.nan_to_num(running)
    return np.diff(values, append=values[-1:]) if len(values) else values


# both


def _dataset(path: Path, ranked: RankedCount, config: dict[str, str]) -> ResultsDataset:
    """The final round as the contest's counts, every round kept in ``Contest.ranked``."""
    if ranked.rounds == 0 or not ranked.candidates:
        raise LoadError(path, "the report has no rounds or no candidates")
    units = UnitRegistry()
    top = units.add("all", config["jurisdiction"] or config["contest"] or "All")
    name = config["contest"] or path.stem
    builder = ContestBuilder("rcv", name, seats=ranked.seats)
    final = ranked.tally[-1]
    for index, candidate in enumerate(ranked.candidates):
        builder.vote(top, builder.candidate(candidate, candidate), float(final[index]))
    if not np.isnan(ranked.inactive[-1]):
        builder.other(top, "inactive ballots (final round)", float(ranked.inactive[-1]))
    warnings: list[Message] = []
    contest = builder.build(units.table(), warnings)
    contest = replace(contest, ranked=ranked)
    source = Source(authority=config["jurisdiction"], cited_via=" ".join(filter(None, [config["generatedBy"], "detailed report"])))
    election = Election(title=name, office=config["office"], date=config["date"], jurisdiction=config["jurisdiction"], source=source)
    # What the table shows of the rounds is said by the audit (core.audit), in the reader's language.
    return ResultsDataset(election=election, contests=(contest,), source_path=str(path), source_format=NAME, import_warnings=tuple(warnings))
