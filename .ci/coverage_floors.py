"""Fail CI when a package's line coverage falls below its floor; floors may only rise.

    python .ci/coverage_floors.py COVERAGE.json

COVERAGE.json is pytest-cov's JSON report. The floors are in pyproject.toml,
[tool.electview.coverage-floors], per folder of electview/ ("electview" for the top-level modules).
When a package is well above its floor the script says so: raise the floor in the same change.
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def package_of(path: str) -> str:
    parts = Path(path).parts
    index = parts.index("electview")
    return parts[index + 1] if len(parts) > index + 2 else "electview"


def main(report_path: str) -> int:
    floors = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["electview"]["coverage-floors"]
    files = json.loads(Path(report_path).read_text(encoding="utf-8"))["files"]
    covered: dict[str, int] = defaultdict(int)
    statements: dict[str, int] = defaultdict(int)
    for path, entry in files.items():
        package = package_of(path)
        covered[package] += entry["summary"]["covered_lines"]
        statements[package] += entry["summary"]["num_statements"]
    failed = False
    for package in sorted(statements):
        percent = 100.0 * covered[package] / max(statements[package], 1)
        floor = floors.get(package)
        if floor is None:
            print(f"coverage: {package} has no floor in pyproject.toml ({percent:.1f}%)")
            failed = True
            continue
        verdict = "ok" if percent >= floor else "BELOW FLOOR"
        hint = "  (raise the floor)" if percent >= floor + 2 else ""
        print(f"coverage: {package:<10} {percent:5.1f}%  floor {floor}%  {verdict}{hint}")
        failed |= percent < floor
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
