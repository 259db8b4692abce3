"""Helpers for the packaging tests: load the scripts in packaging/, check what an installed electview prints."""

from __future__ import annotations

import json
import os
import subprocess
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
LEADER = ("Kassym-Jomart Tokayev", 6504054)


def load_packaging_script(name: str) -> ModuleType:
    """packaging/<name>.py as a module (packaging/ is a folder of scripts, not a package)."""
    spec = spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_installed(program: list[str], *args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run an installed electview headless from ``cwd``, away from the source checkout."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    return subprocess.run([*program, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def assert_summary_works(program: list[str], cwd: Path) -> None:
    result = run_installed(program, "summary", "--format", "json", cwd=cwd)
    assert result.returncode == 0, result.stderr
    first = json.loads(result.stdout)["contests"][0]["candidates"][0]
    assert (first["name"], first["votes"]) == LEADER


def assert_screenshot_works(program: list[str], cwd: Path) -> None:
    result = run_installed(program, "--screenshot", "shot.png", "--size", "1000x700", cwd=cwd)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    image = QImage(str(cwd / "shot.png"))
    assert (image.width(), image.height()) == (1000, 700)
