"""electview run as a separate process, for the tests that are about the process boundary (no display, exit codes)."""

import os
import subprocess
import sys


def run_report(*args, cwd=None, display=None):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    if display:
        env["DISPLAY"] = display
    return subprocess.run(
        [sys.executable, "-m", "electview", "report", *args], capture_output=True, text=True, timeout=180, env=env, cwd=cwd
    )


def run_in_process(*args: str) -> subprocess.CompletedProcess:
    """``electview ARGS`` through its main() in this process, answered like subprocess.run: status, stdout, stderr.

    For tests of what a command prints and returns; the few about the process itself (no display,
    the environment, signals) start a real one.
    """
    import contextlib
    import io

    from electview.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(list(args))
        except SystemExit as leaving:  # argparse's --version, --help and usage errors
            status = leaving.code if isinstance(leaving.code, int) else (0 if leaving.code is None else 2)
    return subprocess.CompletedProcess(["electview", *args], status, out.getvalue(), err.getvalue())
