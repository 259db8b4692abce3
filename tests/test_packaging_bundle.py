"""The PyInstaller bundle builds, carries its resources, and runs headless (slow: a full build)."""

from __future__ import annotations

import pytest
from packaging_support import assert_screenshot_works, assert_summary_works, load_packaging_script, run_installed

from electview import APP_ID

pytestmark = pytest.mark.slow

# PySide6-Essentials, DuckDB, NumPy and Python itself come to about 305 MB; far more means
# something unintended (another Qt binding, a test suite, a virtual environment) was swept in.
MAX_BUNDLE_MB = 450


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    build_bundle = load_packaging_script("build_bundle")
    work = tmp_path_factory.mktemp("bundle")
    folder = build_bundle.build(work / "dist", work / "build")
    return build_bundle, folder


def test_bundle_carries_resources_not_sources(bundle):
    build_bundle, folder = bundle
    internal = folder / "_internal"
    assert (internal / "electview" / "resources" / "samples" / "kazakhstan-2019-presidential.electview.json").is_file()
    assert (internal / "electview" / "resources" / "icons" / "electview-256.png").is_file()
    assert not (internal / "tests").exists() and not list(internal.glob("**/.venv"))
    assert build_bundle.folder_size(folder) < MAX_BUNDLE_MB * 1e6


def test_bundled_summary(bundle, tmp_path):
    build_bundle, folder = bundle
    assert_summary_works([str(build_bundle.executable(folder, cli=True))], tmp_path)


def test_bundled_screenshot(bundle, tmp_path):
    build_bundle, folder = bundle
    assert_screenshot_works([str(build_bundle.executable(folder, cli=True))], tmp_path)


def test_bundled_desktop_entry_starts_the_bundle(bundle, tmp_path):
    build_bundle, folder = bundle
    program = build_bundle.executable(folder, cli=True)
    result = run_installed([str(program)], "desktop", "install", "--data-dir", str(tmp_path / "share"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    entry = (tmp_path / "share" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={program} %f" in entry.splitlines()
