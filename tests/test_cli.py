"""The command line as scripts use it: exit status, stdout and stderr (in-process; a real process where that is the point)."""

import json
import subprocess
import sys

import pytest
from cli_support import run_in_process


run_cli = run_in_process


def test_summary_json_contract():
    result = run_cli("summary", "--format", "json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["election"]["status"] == "preliminary"
    contest = summary["contests"][0]
    first = contest["candidates"][0]
    assert (first["name"], first["votes"], first["share"], first["votes_estimated"]) == (
        "Kassym-Jomart Tokayev", 6504054, 70.76, False
    )
    assert [c["votes_estimated"] for c in contest["candidates"]].count(True) == 6
    votes = [c["votes"] for c in contest["candidates"]]
    assert votes == sorted(votes, reverse=True)
    assert summary["turnout"] == {"percent": 77.4, "ballots_cast": None, "registered": None}
    assert any("100.17%" in warning for warning in summary["warnings"])


@pytest.mark.parametrize("fmt", ["text", "markdown", "csv"])
def test_summary_formats_name_the_leader(fmt):
    result = run_cli("summary", "--format", fmt)
    assert result.returncode == 0
    assert "Kassym-Jomart Tokayev" in result.stdout
    assert "6,504,054" in result.stdout or "6504054" in result.stdout


def test_bad_file_exit_2_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "electview", "version": 1, "election": {"title": "x"}, "candidates": [{"name": "a", "votes": -5}]}')
    result = run_cli("summary", str(bad))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["electview: error: bad.json: candidates[0].votes: expected a whole number ≥ 0, got -5"]
    assert "Traceback" not in result.stderr


def test_missing_file_and_unknown_contest(tmp_path):
    assert run_cli("summary", str(tmp_path / "nope.json")).returncode == 2
    result = run_cli("summary", "--contest", "Senate")
    assert result.returncode == 2 and "no contest named 'Senate'" in result.stderr


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("electview ")


def test_window_without_display_is_one_line(monkeypatch):
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "electview"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("electview: error: no display")


def test_bad_screenshot_size():
    result = run_cli("--screenshot", "/tmp/never.png", "--size", "big")
    assert result.returncode == 2 and "--size expects WIDTHxHEIGHT" in result.stderr
