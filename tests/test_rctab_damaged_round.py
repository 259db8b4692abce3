"""A damaged round number in an RCTab report ("round": null, found by the hostile property test) is a dataset or a LoadError, not a TypeError."""

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
