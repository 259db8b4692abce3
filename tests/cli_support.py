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
