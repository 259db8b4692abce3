"""``electview summary --follow`` as a script uses it: one JSON document per change, torn writes survived."""

import json
import subprocess
import sys

from live_helpers import results_json


def _follow(*args):
    return subprocess.Popen(
        [sys.executable, "-m", "electview", "summary", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _leader_votes(line: str) -> int:
    return json.loads(line)["contests"][0]["candidates"][0]["votes"]


def test_follow_file_json_lines_through_a_torn_write(tmp_path):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(100))
    process = _follow(str(path), "--follow", "--format", "json", "--interval", "0.05", "--max-updates", "2")
    try:
        assert _leader_votes(process.stdout.readline()) == 100
        newer = results_json(200)
        path.write_bytes(newer[: len(newer) // 3])
        warning = process.stderr.readline()
        assert warning.startswith("electview: warning: night.electview.json: ")
        assert "keeping the last good version" in warning
        path.write_bytes(newer)
        assert _leader_votes(process.stdout.readline()) == 200
        path.write_bytes(results_json(300))
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert [_leader_votes(line) for line in out.splitlines()] == [300]
    assert process.returncode == 0 and "Traceback" not in err


def test_follow_feed_stops_when_final(feed_server):
    feed_server.state.publish(results_json(100, status="final"), etag='"v1"')
    process = _follow(feed_server.url(), "--follow", "--format", "json")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 0
    assert [_leader_votes(line) for line in out.splitlines()] == [100]
    assert err == "electview: stopped following: the results are final\n"


def test_follow_text_marks_each_update(tmp_path):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(100))
    process = _follow(str(path), "--follow", "--interval", "0.05", "--max-updates", "1")
    try:
        first_line = process.stdout.readline()
        path.write_bytes(results_json(200))
        out, _err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert first_line.startswith("2019 Kazakhstan presidential election")
    assert "--- night.electview.json changed (seen " in out
    assert "200" in out


def test_follow_bad_file_exits_2_with_one_line(tmp_path):
    path = tmp_path / "bad.electview.json"
    path.write_text("{", encoding="utf-8")
    process = _follow(str(path), "--follow")
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert err.startswith("electview: error: bad.electview.json: ") and err.count("\n") == 1


def test_summary_of_a_url_without_follow(feed_server):
    feed_server.state.publish(results_json(4321))
    process = _follow(feed_server.url(), "--format", "json")
    out, _err = process.communicate(timeout=60)
    assert _leader_votes(out) == 4321


def test_interval_needs_follow(tmp_path):
    process = _follow("--interval", "5")
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 2 and "--follow" in err


def test_follow_with_region_and_unknown_contest(tmp_path):
    path = tmp_path / "night.electview.json"
    path.write_bytes(results_json(100))
    process = _follow(str(path), "--follow", "--contest", "Mayor")
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 2 and "no contest named 'Mayor'" in err
    process = _follow(str(path), "--follow", "--region", "Atlantis")
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 2 and "no region named 'Atlantis'" in err
