"""The wheel carries everything the app needs, and runs from a clean virtual environment."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging_support import ROOT, assert_screenshot_works, assert_summary_works, run_installed

from electview import APP_ID
from electview.resources import ICON_SIZES

UV = os.environ.get("UV") or shutil.which("uv")


def _uv(*args: str, cwd: Path = ROOT) -> None:
    subprocess.run([UV, *args], cwd=cwd, check=True, capture_output=True, timeout=600)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    if UV is None:
        pytest.skip("uv is not on PATH")
    out = tmp_path_factory.mktemp("wheel")
    _uv("build", "--wheel", "--out-dir", str(out))
    (built,) = out.glob("electview-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv with only the wheel and its dependencies (at the locked versions, so from uv's cache)."""
    work = tmp_path_factory.mktemp("venv")
    venv = work / "venv"
    constraints = work / "constraints.txt"
    _uv("venv", "--quiet", "--python", sys.executable, str(venv))
    _uv("export", "--frozen", "--no-dev", "--no-hashes", "--no-emit-project", "--quiet", "--output-file", str(constraints))
    _uv("pip", "install", "--quiet", "--python", str(venv), "--constraint", str(constraints), str(wheel))
    return venv


def _bin(venv: Path, name: str) -> str:
    return str(venv / ("Scripts" if sys.platform == "win32" else "bin") / name)


def test_wheel_carries_resources_and_nothing_else(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    resources = "electview/resources/"
    expected = [
        "electview-results.schema.json",
        "samples/kazakhstan-2019-presidential.electview.json",
        "icons/electview.svg",
        *(f"icons/electview-{size}.png" for size in ICON_SIZES),
        *(f"linux/{APP_ID}.{kind}" for kind in ("desktop", "metainfo.xml", "mime.xml")),
    ]
    assert [name for name in expected if resources + name not in names] == []
    assert "electview-0.1.0.dist-info/licenses/LICENSE" in names
    top_level = {name.split("/")[0] for name in names}
    assert top_level == {"electview", "electview-0.1.0.dist-info"}
    junk = [name for name in names if "__pycache__" in name or name.endswith((".pyc", ".pyo")) or "/tests/" in name]
    assert junk == []


def test_installed_package_uses_its_own_resources(installed, tmp_path):
    probe = "from electview.resources import resources_dir, sample_path; print(resources_dir()); print(sample_path().is_file())"
    result = run_installed([_bin(installed, "python"), "-c", probe], cwd=tmp_path)
    folder, exists = result.stdout.split()
    assert Path(folder).is_relative_to(installed) and exists == "True"


def test_installed_summary(installed, tmp_path):
    assert_summary_works([_bin(installed, "electview")], tmp_path)


def test_installed_screenshot(installed, tmp_path):
    assert_screenshot_works([_bin(installed, "electview")], tmp_path)
