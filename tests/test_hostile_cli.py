"""The command line over the bad corpus: exit status 2 and one clear line on stderr, never a traceback."""

import subprocess
import sys

import pytest

from electview.cli import EXIT_BAD_INPUT, main
from electview.core.errors import LoadError
from electview.formats import load_file
from electview.resources import sample_path
from hostile_support import bad_files, finish_within

BAD_FILES = bad_files()
SAMPLE = str(sample_path())
COMMAND_LINES = {
    "summary": lambda bad: ["summary", bad],
    "summary-json": lambda bad: ["summary", "--format", "json", bad],
    "compare-old": lambda bad: ["compare", bad, SAMPLE],
    "compare-new": lambda bad: ["compare", SAMPLE, bad],
    "window": lambda bad: [bad, "--screenshot", "/nonexistent-dir/never-written.png"],
}


def _readable(path) -> bool:
    try:
        load_file(path)
    except LoadError:
        return False
    return True


UNREADABLE = [p for p in BAD_FILES if not _readable(p)]
# Every file through `summary`; every command line through a spread of the worst kinds.
SPREAD = [p for p in UNREADABLE if p.suffix in (".xml", ".bin", ".csv", ".xlsx") or "deep" in p.name or "digits" in p.name]
CASES = [("summary", p) for p in UNREADABLE] + [(c, p) for c in COMMAND_LINES if c != "summary" for p in SPREAD]


@pytest.mark.parametrize(("command", "path"), CASES, ids=[f"{c}-{p.name}" for c, p in CASES])
def test_unreadable_file_exit_2_one_line(path, command, capsys):
    status = finish_within(main, COMMAND_LINES[command](str(path)))
    captured = capsys.readouterr()
    assert status == EXIT_BAD_INPUT
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err[:2000]
    assert lines[0].startswith(f"electview: error: {path.name}: ")
    assert captured.out == ""


@pytest.mark.parametrize("path", [p for p in BAD_FILES if _readable(p)], ids=lambda p: p.name)
def test_odd_but_readable_file_summarises(path, capsys):
    assert main(["summary", "--format", "json", str(path)]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (lambda tmp: [str(tmp)], "is a folder, not a results file"),
        (lambda tmp: [str(tmp / "missing.json")], "missing.json: file not found"),
        (lambda tmp: ["summary", str(tmp / "missing.json")], "missing.json: file not found"),
    ],
    ids=["folder", "missing-window", "missing-summary"],
)
def test_folder_and_missing_file(tmp_path, capsys, args, expected):
    assert main(args(tmp_path)) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err


def test_real_process_never_prints_a_traceback():
    """Through a real interpreter, as scripts call it: the worst files, one line each."""
    worst = ["billion-laughs.xml", "deep-array.electview.json", "random-bytes.bin", "votes-5000-digits.electview.json"]
    for name in worst:
        path = next(p for p in BAD_FILES if p.name == name)
        result = subprocess.run(
            [sys.executable, "-m", "electview", "summary", str(path)], capture_output=True, text=True, timeout=120
        )
        assert result.returncode == EXIT_BAD_INPUT, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stderr.startswith(f"electview: error: {name}: ") and result.stderr.count("\n") == 1


def test_a_feed_whose_first_answer_is_not_new_results_is_a_load_error_not_raise_none(monkeypatch):
    """commands/summary.py raised ``check.error`` for any first check that was not CHANGED: None when UNCHANGED."""
    import time

    from electview.commands.summary import load_argument
    from electview.core.errors import LoadError
    from electview.live import sources

    monkeypatch.setattr(sources.FeedSource, "check", lambda self: sources.Check(sources.Outcome.UNCHANGED, time.time()))
    with pytest.raises(LoadError):
        load_argument("http://127.0.0.1:9/results.json")
