"""Build the one-folder desktop bundle with PyInstaller: ``uv run python packaging/build_bundle.py``.

Writes ``dist/electview/`` (the program is ``dist/electview/electview``, ``electview.exe`` on
Windows), optionally packs it into an archive, and with ``--check`` runs the bundled program
once headless and reports its size and start-up times.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "electview.spec"


def build(dist_dir: Path = ROOT / "dist", work_dir: Path = ROOT / "build" / "pyinstaller") -> Path:
    """Run PyInstaller on the spec; return the bundle folder."""
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist_dir), "--workpath", str(work_dir), str(SPEC),
    ]  # fmt: skip
    subprocess.run(command, check=True, cwd=ROOT)
    return dist_dir / "electview"


def executable(bundle: Path, cli: bool = False) -> Path:
    """The bundled program; on Windows ``cli`` picks the console twin that can print."""
    if sys.platform == "win32":
        return bundle / ("electview-cli.exe" if cli else "electview.exe")
    return bundle / "electview"


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def archive(bundle: Path) -> Path:
    """``electview-<version>-<platform>.tar.gz`` (``.zip`` on Windows) beside the bundle folder."""
    from electview import __version__

    base = bundle.parent / f"electview-{__version__}-{sys.platform}"
    kind = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), kind, root_dir=bundle.parent, base_dir=bundle.name))


def _timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True, timeout=300)
    return time.perf_counter() - start


def check(bundle: Path) -> dict[str, float]:
    """Run the bundle headless (summary and a screenshot); seconds for each, and the size in MB."""
    program = str(executable(bundle, cli=True))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as scratch:
        shot = Path(scratch) / "electview.png"
        figures = {
            "size_mb": folder_size(bundle) / 1e6,
            "version_s": _timed([program, "--version"], env),
            "summary_s": _timed([program, "summary", "--format", "json"], env),
            "screenshot_s": _timed([program, "--screenshot", str(shot)], env),
        }
        if not shot.is_file():
            raise RuntimeError("the bundled program did not write its screenshot")
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--archive", action="store_true", help="also pack the bundle into a .tar.gz / .zip")
    parser.add_argument("--check", action="store_true", help="run the bundle headless and report size and times")
    args = parser.parse_args(argv)
    bundle = build(args.dist)
    print(f"bundle: {bundle}")
    if args.archive:
        print(f"archive: {archive(bundle)}")
    if args.check:
        for name, value in check(bundle).items():
            print(f"{name}: {value:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
