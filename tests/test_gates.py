"""Gates the suite enforces: layer contracts (import-linter), lint (ruff) and types (mypy, ratcheted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOT_YET_CLEAN = ROOT / "tests" / "mypy_not_yet_clean.txt"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_layer_contracts_are_kept():
    # import-linter reads the contracts from pyproject.toml and sees imports inside functions too.
    # It runs in a process of its own: in this one it reconfigures logging for the later tests.
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([lint_imports, "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_nothing():
    result = _run("ruff", "check", "--no-cache", "electview", "tests", "benchmarks", "fuzz")
    assert result.returncode == 0, result.stdout + result.stderr


def _listed() -> set[str]:
    lines = NOT_YET_CLEAN.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def test_mypy_only_shrinks():
    result = _run("mypy", "--no-error-summary")
    failing = {line.split(":", 1)[0] for line in result.stdout.splitlines() if ": error:" in line}
    new = sorted(failing - _listed())
    assert not new, "mypy errors in modules that were clean (fix them):\n" + "\n".join(
        line for line in result.stdout.splitlines() if line.split(":", 1)[0] in new
    )
    cleaned = sorted(_listed() - failing)
    assert not cleaned, f"now clean, so take them off {NOT_YET_CLEAN.name}: {', '.join(cleaned)}"


def test_mypy_list_names_only_existing_modules():
    """A renamed or deleted module leaves the list; new modules start clean."""
    missing = sorted(name for name in _listed() if not (ROOT / name).exists())
    assert not missing, f"{NOT_YET_CLEAN.name} lists modules that no longer exist: {', '.join(missing)}"


def test_no_test_module_imports_another():
    """Shared test data and helpers live in *_support.py / live_helpers.py modules, not in test modules:
    importing a test module runs (and collects) its tests twice and ties unrelated files together."""
    import ast

    offenders = []
    for path in sorted((ROOT / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in getattr(node, "names", [])]
            if isinstance(node, ast.Import | ast.ImportFrom) and any(name.split(".")[0].startswith("test_") for name in names):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
