"""A pre-election report (candidates, no counts) in the window and through --screenshot: no crash, no hang."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from electview.core.errors import LoadError
from electview.ui.errors import HeadlessFailures
from electview.ui.main_window import MainWindow

PRE_ELECTION = Path(__file__).parent / "data" / "nist-v2" / "pe-err-gen-03.json"


def test_the_window_shows_a_report_without_counts_as_not_reported(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_path(str(PRE_ELECTION)) is not False
    qtbot.waitUntil(lambda: window.document.dataset is not None and window.document.dataset.source_path == str(PRE_ELECTION), timeout=10000)
    assert window.totals_label.text() == "Total valid votes: —"  # was a TypeError in a slot


def test_screenshot_of_a_pre_election_report_exits_with_a_picture(tmp_path):
    out = tmp_path / "pe.png"
    result = subprocess.run(
        [sys.executable, "-m", "electview", "--screenshot", str(out), str(PRE_ELECTION)],
        capture_output=True, text=True, timeout=120, check=False,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
    assert "Traceback" not in result.stderr


def test_a_window_that_failed_while_drawing_gives_no_screenshot_but_a_message(qtbot, tmp_path, monkeypatch):
    from electview import app

    monkeypatch.setattr("electview.ui.errors.log_file_path", lambda: tmp_path / "electview.log")
    failures = HeadlessFailures()
    try:
        raise TypeError("float() argument must be a real number, not 'NoneType'")
    except TypeError:
        failures(*sys.exc_info())
    window = MainWindow()
    qtbot.addWidget(window)
    with pytest.raises(LoadError, match="failed while drawing .*TypeError"):
        app.take_screenshot(window, str(tmp_path / "out.png"), (800, 600), failures)
    assert not (tmp_path / "out.png").exists()
    assert "TypeError" in (tmp_path / "electview.log").read_text()


def test_a_pre_election_report_says_so_on_its_badge(qtbot):
    from electview.core.model import Status
    from electview.formats import load_file

    dataset = load_file(PRE_ELECTION)
    assert dataset.election.status is Status.PRE_ELECTION
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.set_dataset(dataset, str(PRE_ELECTION))
    assert window.header.status_badge.text() == "PRE-ELECTION"
