"""Every importer keeps a count the source reports as 0 a reported 0 (issue 14, item 3).

For each format whose bundled sample has zero counts, the zeros are first found in the raw file
(so the test is about what the source says), then every zero the dataset holds must tally to 0 at
its place — not "—" (NaN, not reported) — and raise no "no votes or share reported" finding.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import numpy as np
import pytest

from electview.core.audit import audit_tally
from electview.core.tally import tally
from electview.formats import load_file

DATA = Path(__file__).parent / "data"


def _json_counts(path: Path) -> list[float]:
    out: list[float] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "Count" and isinstance(value, (int, float)):
                    out.append(float(value))
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(json.loads(path.read_text(encoding="utf-8")))
    return out


def _pattern_counts(pattern: str):
    def read(path: Path) -> list[float]:
        return [float(v) for v in re.findall(pattern, path.read_text(encoding="utf-8", errors="replace"))]

    return read


def _csv_column(column: str):
    def read(path: Path) -> list[float]:
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            return [float(row[column]) for row in csv.DictReader(handle) if (row.get(column) or "").strip()]

    return read


# (sample, how to read its candidates' counts from the raw file)
SAMPLES = [
    ("nist-v2/err-prim-02.json", _json_counts),
    ("nist-v2/err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.json", _json_counts),
    ("nist-v2/err-2022-11-08-Massachusetts-Cambridge.TRIMMED-5-contests.xml", _pattern_counts(r"<Count>(\d+)</Count>")),
    ("clarity/clarify-tests-county.xml", _pattern_counts(r'<[A-Za-z]+ name="[^"]*" votes="(\d+)"')),
    ("clarity/colorado-2024-general-detail.TRIMMED-6-contests.xml", _pattern_counts(r'<[A-Za-z]+ name="[^"]*" votes="(\d+)"')),
    ("medsl/nj22_cleaned.FIRST-1700-LINES.csv", _csv_column("votes")),
    ("openelections/20221108__tx__general__borden__precinct.csv", _csv_column("votes")),
    ("openelections/20241105__pa__general__forest__precinct.csv", _csv_column("votes")),
    ("eml-510/Telling_GR2022_WestMaasenWaal.TRIMMED-3-of-21-units.eml.xml", _pattern_counts(r"<ValidVotes>(\d+)</ValidVotes>")),
    ("eml-510/osv4-3_telling_gr2022_westmaasenwaal.csv", _pattern_counts(r';"(\d+)"')),
]

# Enough zeros per file to cover every contest of the samples without tallying thousands of places.
CHECKED = 60


@pytest.mark.parametrize(("sample", "raw_counts"), SAMPLES, ids=[s for s, _ in SAMPLES])
def test_a_reported_zero_is_zero_not_unreported(sample, raw_counts):
    path = DATA / sample
    assert 0.0 in raw_counts(path), f"{sample}: the raw file has no zero count to test"
    dataset = load_file(path)
    zeros = []
    for contest in dataset.contests:
        # A place's count may come in several rows (vote types): zero where they all are.
        totals: dict[tuple[int, int], float] = {}
        for unit, column, value in zip(
            contest.votes.unit.tolist(), contest.votes.column.tolist(), contest.votes.value.tolist(), strict=True
        ):
            totals[unit, column] = totals.get((unit, column), 0.0) + value
        zeros += [(contest, unit, column) for (unit, column), total in totals.items() if total == 0]
    assert zeros, f"{sample}: the file's zeros are not in the dataset"
    assert not any(np.isnan(c.votes.value).any() for c in dataset.contests)
    for contest, unit, column in zeros[:CHECKED]:
        result = tally(contest, unit, dataset.turnout)
        name = contest.candidates[column].name
        assert result.votes[column] == 0.0, (sample, contest.name, contest.units.names[unit], name, result.votes[column])
        assert result.share[column] == 0.0 or not result.total_valid.value
        missing = [f.message for f in audit_tally(result) if f.code == "votes-missing"]
        assert not any(name in message for message in missing), missing
