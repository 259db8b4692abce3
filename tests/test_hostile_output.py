"""Output under hostile names and targets (issue 17, items 6 and 9): terminals, CSV cells, writes."""

import csv
import io
import json
import os
import stat
import subprocess
import sys
import threading

import pytest

from electview.cli import main
from electview.core.atomic import write_text_atomic
from electview.core.summary import render_csv
from electview.core.terminal import escape_controls
from electview.formats import load_file

ESCAPES = "\x1b]0;owned\x07\x1b[2J"


def _results(tmp_path, *names):
    doc = {
        "format": "electview",
        "version": 1,
        "election": {"title": "t"},
        "candidates": [{"name": name, "votes": 10 + i} for i, name in enumerate(names)],
    }
    path = tmp_path / "r.electview.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("fmt", ["text", "markdown", "csv", "json"])
def test_escape_sequences_in_names_never_reach_a_terminal(tmp_path, monkeypatch, fmt):
    path = _results(tmp_path, "Ana" + ESCAPES, "Ben")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main(["summary", str(path), "--format", fmt]) == 0
    shown = terminal.getvalue()
    assert "\x1b" not in shown and "\x07" not in shown
    assert "\\x1b" in shown or "\\u001b" in shown


def test_a_redirected_summary_keeps_its_bytes(tmp_path, capsys):
    path = _results(tmp_path, "Ana\u202eBen")
    assert main(["summary", str(path), "--format", "csv"]) == 0
    assert "Ana\u202eBen" in capsys.readouterr().out  # not a terminal: the data as it is


def test_errors_on_a_terminal_stderr_are_escaped(tmp_path, monkeypatch):
    bad = tmp_path / ("x" + ESCAPES + ".electview.json")
    bad.write_text("{", encoding="utf-8")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["summary", str(bad)]) == 2
    assert "\x1b" not in terminal.getvalue() and "\\x1b" in terminal.getvalue()


def test_bidi_controls_are_shown_as_escapes_on_a_terminal():
    assert escape_controls("Ana\u202eBen\u2066") == "Ana\\u202eBen\\u2066"


@pytest.mark.parametrize("name", ["\r=1+1", "a\r=1+1", "a\n=1+1", "a\r\n+cmd", "x\n@SUM(A1)"])
def test_line_breaks_in_cells_stay_in_the_cell_and_no_formula_follows(tmp_path, name):
    dataset = load_file(_results(tmp_path, name, "Ben"))
    text = render_csv(dataset)
    # A reader that splits rows at CR as well as LF (a spreadsheet) still sees three rows.
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == 3
    for row in rows:
        for cell in row:
            for line in cell.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
                assert line[:1] not in ("=", "+", "@"), repr(cell)
    assert [line for line in text.split("\n") if line.startswith(("=", "+", "@"))] == []


# 9. writes


def test_write_onto_a_symlink_writes_its_target(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("old")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    write_text_atomic(link, "new")
    assert link.is_symlink() and target.read_text() == "new"


def test_write_onto_a_fifo_writes_through_and_keeps_the_fifo(tmp_path):
    fifo = tmp_path / "out"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    for _ in range(200):  # the reader must have the FIFO open before a non-blocking writer can
        try:
            write_text_atomic(fifo, "through the pipe")
            break
        except OSError:
            threading.Event().wait(0.02)
    reader.join(10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_write_onto_a_fifo_nobody_reads_is_refused_and_the_fifo_stays(tmp_path, capsys):
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    from electview.resources import sample_path

    assert main(["convert", str(sample_path()), "-o", str(fifo)]) == 2
    assert "nothing is reading" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_write_onto_a_device_node_never_replaces_it(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    node = folder / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a /dev/null of our own
    write_text_atomic(node, "into the void")
    assert stat.S_ISCHR(os.stat(node).st_mode)
    assert sorted(p.name for p in folder.iterdir()) == ["null"]


def test_sigterm_mid_write_leaves_no_temporary_file(tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    script = f"""
import os, signal, time
from electview.cli import _exit_cleanly_on_signals
from electview.core.atomic import atomic_write
_exit_cleanly_on_signals()
with atomic_write({str(tmp_path / "out.pdf")!r}) as stream:
    stream.write("half")
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(30)
"""
    done = subprocess.run([sys.executable, "-c", script], timeout=60)
    assert done.returncode == 128 + 15
    assert list(tmp_path.iterdir()) == []


def test_screenshot_is_written_atomically(tmp_path, monkeypatch):
    from electview.core import atomic

    written = []
    real = atomic.write_bytes_atomic
    monkeypatch.setattr(atomic, "write_bytes_atomic", lambda path, data: written.append(path) or real(path, data))
    out = tmp_path / "shot.png"
    out.write_bytes(b"old")
    assert main(["--screenshot", str(out), "--size", "400x300"]) == 0
    assert written == [str(out)] and out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
