"""``electview integrity`` in-process: the JSON contract of docs/FORMAT.md on the real CIK station files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from electview.cli import main

CIK_2018 = Path(__file__).parent / "data" / "national" / "ru-cik" / "2018-president-uik.5-regions.csv"


def _json(capsys, *argv: str) -> dict:
    assert main(["integrity", str(CIK_2018), "--format", "json", *argv]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_contract_on_the_cik_file(capsys):
    data = _json(capsys)
    assert data["format_version"] == 1 and data["stations"] == 904 and data["seed"] == 0
    assert data["leader"] == "Путин Владимир Владимирович"
    turnout = data["integer_percent"]["turnout"]
    assert (turnout["observed"], turnout["stations"]) == (91, 860)
    assert set(turnout) == {"observed", "expected", "sd", "excess", "p_value", "stations"}
    assert 0 < turnout["p_value"] <= 1 and turnout["excess"] == round(turnout["observed"] - turnout["expected"], 2)
    assert data["integer_percent"]["leader_share"]["observed"] == 183
    assert set(data["round_percent"]) == {"5", "10"}
    digits = data["last_digit"]
    assert sum(digits["digits"]) == digits["counts"] == 1071 and len(digits["by_candidate"]) == 8
    reasons = [reason for flag in data["flagged"] for reason in flag["reasons"]]
    assert reasons.count("turnout 100%") == 309 and reasons.count("every ballot for the leader") == 13
    first = data["flagged"][0]
    assert first["name"].startswith("Республика Ингушетия / ") and first["reasons"]
    assert any("Kobak" in citation for citation in data["citations"]) and "not proof" in data["caveats"]["integer_percent"]


def test_the_seed_repeats_and_moves_only_the_simulated_p_value(capsys):
    first, again, other = _json(capsys), _json(capsys), _json(capsys, "--seed", "5")
    assert first == again
    turnout, reseeded = first["integer_percent"]["turnout"], other["integer_percent"]["turnout"]
    assert other["seed"] == 5 and reseeded["observed"] == 91
    # The expectation and its spread are computed exactly (93.56 +- 7.60 at any seed); only the p-value is drawn.
    assert (reseeded["expected"], reseeded["sd"]) == (turnout["expected"], turnout["sd"]) == (93.56, 7.6)
    assert reseeded["p_value"] != turnout["p_value"]


def test_region_keeps_its_stations(capsys):
    data = _json(capsys, "--region", "Республика Тыва")
    assert data["stations"] == 183  # Tuva's rows in the file


def test_text_names_the_figures_and_the_caveat(capsys):
    assert main(["integrity", str(CIK_2018), "--simulations", "50"]) == 0
    text = capsys.readouterr().out
    assert "Stations: 904" in text and "turnout: 91 of 860 stations" in text and "not proof" in text


def test_unknown_contest_region_and_a_file_without_stations_fail_cleanly(capsys, tmp_path):
    assert main(["integrity", str(CIK_2018), "--contest", "nope"]) == 2
    assert main(["integrity", str(CIK_2018), "--region", "Atlantis"]) == 2
    national = tmp_path / "national.json"
    national.write_text(
        json.dumps(
            {
                "format": "electview",
                "version": 1,
                "election": {"title": "T"},
                "contests": [{"name": "C", "candidates": [{"name": "A", "votes": 5}]}],
            }
        ),
        encoding="utf-8",
    )
    assert main(["integrity", str(national)]) == 2
    assert "no stations with registered voters" in capsys.readouterr().err


def test_csv_has_one_line_per_station(capsys):
    assert main(["integrity", str(CIK_2018), "--format", "csv", "--simulations", "20"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 904 and list(rows[0]) == [
        "unit",
        "name",
        "registered",
        "ballots",
        "turnout_percent",
        "leader_share_percent",
        "flags",
    ]
    assert sum("turnout 100%" in row["flags"].split("; ") for row in rows) == 309
    full = [row for row in rows if row["turnout_percent"] == "100.00" and row["registered"] == row["ballots"]]
    assert len(full) == 309 and rows[0]["name"].startswith("Республика Ингушетия / ")
