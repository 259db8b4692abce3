"""``electview convert`` never misstates (issue 14, item 5): the KZ preliminary sample gives Tokayev's
votes and every candidate's share; its NIST export used to carry Tokayev's count alone, so any reader
showed him at 100%. Now every candidate has a count or an estimate marked as such, and electview reads
the export back to the same figures, the estimates still marked.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from cli_support import run_in_process
from electview.core.tally import tally
from electview.formats import load_file, nist_json
from electview.formats._nist import ESTIMATE_TYPE, SHARE_ID

SAMPLES = Path(__file__).parent.parent / "resources" / "samples"
PRELIMINARY = SAMPLES / "kazakhstan-2019-presidential.electview.json"


def _raw_candidates(path: Path) -> list[dict]:
    """The sample's own candidate entries, read as plain JSON."""
    return json.loads(path.read_text(encoding="utf-8"))["candidates"]


def _convert(path: Path, tmp_path: Path) -> tuple[Path, str]:
    out = tmp_path / "out.json"
    done = run_in_process("convert", str(path), "-o", str(out))
    assert done.returncode == 0, done.stderr
    return out, done.stderr


def _counts(report: dict) -> dict[str, list[tuple[str, str | None, float]]]:
    """Per candidate ballot name: (Type, OtherType, Count) of each VoteCounts in the export."""
    names = {c["@id"]: c["BallotName"]["Text"][0]["Content"] for c in report["Election"][0]["Candidate"]}
    out = {}
    for contest in report["Election"][0]["Contest"]:
        for selection in contest["ContestSelection"]:
            name = names[selection["CandidateIds"][0]]
            out[name] = [(v["Type"], v.get("OtherType"), v["Count"]) for v in selection["VoteCounts"]]
    return out


def test_kz_preliminary_export_gives_every_candidate_a_count_or_a_marked_estimate(tmp_path):
    raw = _raw_candidates(PRELIMINARY)
    assert [c["name"] for c in raw if "votes" in c] == ["Kassym-Jomart Tokayev"] and all("share" in c for c in raw)
    out, stderr = _convert(PRELIMINARY, tmp_path)
    assert "no reported votes" not in stderr and "shares are not exported" not in stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    counts = _counts(report)
    assert counts["Kassym-Jomart Tokayev"] == [("total", None, 6504054)]
    assert counts["Amirjan Kosanov"] == [("other", ESTIMATE_TYPE, 1489057)]  # was: no VoteCounts at all
    assert all(rows for rows in counts.values())
    # A reader summing every count: Tokayev 70.64%, not 100%.
    everything = {name: sum(c for _, _, c in rows) for name, rows in counts.items()}
    assert round(everything["Kassym-Jomart Tokayev"] / sum(everything.values()) * 100, 2) == 70.64
    shares = {
        c["BallotName"]["Text"][0]["Content"]: [e["Value"].split(" ")[1] for e in c.get("ExternalIdentifier", []) if e["OtherType"] == SHARE_ID]
        for c in report["Election"][0]["Candidate"]
    }
    assert shares["Kassym-Jomart Tokayev"] == ["70.76"] and shares["Amirjan Kosanov"] == ["16.2"]


def test_kz_preliminary_round_trip_reads_back_the_same_figures_marked(tmp_path):
    original = load_file(PRELIMINARY)
    out, _ = _convert(PRELIMINARY, tmp_path)
    back = load_file(out)
    assert back.source_format == nist_json.NAME
    before, after = tally(original.contests[0]), tally(back.contests[0])
    assert [c.name for c in after.candidates] == [c.name for c in before.candidates]
    np.testing.assert_array_equal(after.votes, before.votes)
    np.testing.assert_array_equal(after.votes_estimated, before.votes_estimated)
    np.testing.assert_array_equal(after.share, before.share)
    assert after.total_valid.value == before.total_valid.value == 9191710


def test_kz_final_round_trip_keeps_counts_and_shares(tmp_path, final_sample):
    original = load_file(final_sample)
    out, stderr = _convert(final_sample, tmp_path)
    back = load_file(out)
    before, after = tally(original.contests[0]), tally(back.contests[0])
    np.testing.assert_array_equal(after.votes, before.votes)
    np.testing.assert_array_equal(after.share_reported, before.share_reported)
    assert not after.votes_estimated.any()
    assert "no reported votes" not in stderr


def test_a_damaged_share_mark_is_refused_at_its_place(tmp_path):
    out, _ = _convert(PRELIMINARY, tmp_path)
    report = json.loads(out.read_text(encoding="utf-8"))
    report["Election"][0]["Candidate"][1]["ExternalIdentifier"][0]["Value"] = "gpu-0-0 lots"
    out.write_text(json.dumps(report), encoding="utf-8")
    from electview.core.errors import LoadError

    try:
        load_file(out)
    except LoadError as error:
        assert "ExternalIdentifier" in str(error) and "lots" in str(error)
    else:
        raise AssertionError("a damaged share was read")
