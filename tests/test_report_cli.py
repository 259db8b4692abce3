"""``electview report`` through a subprocess with no display, as in CI or over SSH."""

import json

from pdf_text import page_texts
from cli_support import run_report
from synthetic import many_contests


def test_report_without_display(tmp_path):
    out = tmp_path / "summary.pdf"
    result = run_report("-o", str(out), "--paper", "letter")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{out}: 2 pages"
    texts = page_texts(out)
    assert "Page 2 of 2" in texts[1] and "Kassym-Jomart Tokayev" in texts[0]
    assert "Traceback" not in result.stderr


def test_stale_display_is_not_needed(tmp_path):
    out = tmp_path / "summary.pdf"
    result = run_report("-o", str(out), display=":987")  # no X server there
    assert result.returncode == 0, result.stderr
    assert len(page_texts(out)) == 2


def test_bad_file_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "electview", "version": 1, "election": {"title": "x"}, "candidates": []}')
    result = run_report(str(bad), "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["electview: error: bad.json: candidates: expected at least one candidate"]
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_contest_and_missing_folder(tmp_path):
    result = run_report("--contest", "Senate", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "no contest named 'Senate'" in result.stderr
    result = run_report("-o", str(tmp_path / "nowhere" / "x.pdf"))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


def test_one_contest_of_many(tmp_path):
    source = tmp_path / "many.electview.json"
    source.write_text(json.dumps(many_contests(3)), encoding="utf-8")
    out = tmp_path / "one.pdf"
    result = run_report(str(source), "--contest", "district 2 council", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = "\n".join(page_texts(out))
    assert "District 2 council" in text and "District 1 council" not in text and "District 3 council" not in text
    assert "many.electview.json" in text
