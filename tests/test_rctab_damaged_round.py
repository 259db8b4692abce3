"""Damaged RCTab reports (found by the hostile property test): a null or text round number, a vote figure too big for a float — a dataset or a LoadError, never a TypeError or NaN shares."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from electview.core.errors import LoadError
from electview.formats import rctab

MAINE = Path(__file__).parent / "data" / "rcv" / "2018_maine_governor_primary.rctab-detailed-report.json"


@pytest.mark.parametrize("damaged", [None, "2", True])
def test_a_null_or_text_round_number_does_not_break_sorting(tmp_path, damaged):
    report = json.loads(MAINE.read_text(encoding="utf-8"))
    report["results"][1]["round"] = damaged
    path = tmp_path / "maine.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    try:
        dataset = rctab.load(path)
    except LoadError:
        return
    assert dataset.contests


@pytest.mark.parametrize("huge", ["1e400", "-1e400", "1e300"])
def test_a_vote_figure_too_big_for_a_float_is_refused_with_its_place(tmp_path, huge):
    """Decimal holds "1e400" but float makes it infinity: every share became NaN (CI's hostile property run)."""
    report = json.loads(MAINE.read_text(encoding="utf-8"))
    report["results"][0]["tally"]["Write-in"] = huge
    path = tmp_path / "maine.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    with pytest.raises(LoadError, match="out of range|expected a number"):
        rctab.load(path)
