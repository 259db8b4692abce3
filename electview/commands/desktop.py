"""``electview desktop install|uninstall``: the menu entry, icon and file type for this user on Linux.

Copies the desktop entry, AppStream metainfo, MIME type and icons from resources into the
user's data folder (``$XDG_DATA_HOME``, else ``~/.local/share``), with the entry's ``Exec``
pointing at this installation (a bundle's binary or a wheel's ``electview`` script), so the
app shows in the menu and a double-click on ``*.electview.json`` opens it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from electview import APP_ID
from electview.resources import ICON_SIZES, icon_path, resource_path

HELP = "Add electview to this user's application menu and open *.electview.json files with it (Linux), or remove it."

# Characters that force quoting in a desktop entry's Exec key (Desktop Entry spec, "The Exec key").
_EXEC_RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=("install", "uninstall"))
    parser.add_argument(
        "--data-dir", type=Path, metavar="DIR", help="where to install (default: $XDG_DATA_HOME, else ~/.local/share)"
    )


def default_data_dir() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher() -> list[str]:
    """The command that starts this installation of electview."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: its own binary
        return [sys.executable]
    script = Path(sys.prefix) / ("Scripts/electview.exe" if os.name == "nt" else "bin/electview")
    if script.is_file():  # the entry point installed with this package
        return [str(script)]
    return [sys.executable, "-m", "electview"]


def exec_quote(argument: str) -> str:
    """One Exec argument, quoted and escaped as the Desktop Entry spec asks."""
    argument = argument.replace("%", "%%")
    if _EXEC_RESERVED.isdisjoint(argument):
        return argument
    inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument)
    # The whole value is a desktop-entry string too, where a backslash is written twice.
    return '"' + inner.replace("\\", "\\\\") + '"'


def desktop_entry(command: list[str]) -> str:
    """The packaged desktop entry with Exec running ``command`` on the clicked file."""
    text = resource_path(f"linux/{APP_ID}.desktop").read_text(encoding="utf-8")
    exec_line = "Exec=" + " ".join(exec_quote(part) for part in command) + " %f"
    return "\n".join(exec_line if line.startswith("Exec=") else line for line in text.splitlines()) + "\n"


def planned_files(data_dir: Path) -> dict[Path, Path | None]:
    """Each file to install, mapped to its packaged source (``None``: the desktop entry, written fresh)."""
    files: dict[Path, Path | None] = {
        data_dir / "applications" / f"{APP_ID}.desktop": None,
        data_dir / "metainfo" / f"{APP_ID}.metainfo.xml": resource_path(f"linux/{APP_ID}.metainfo.xml"),
        data_dir / "mime" / "packages" / f"{APP_ID}.xml": resource_path(f"linux/{APP_ID}.mime.xml"),
        data_dir / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": resource_path("icons/electview.svg"),
    }
    for size in ICON_SIZES:
        target = data_dir / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        files[target] = icon_path(size)
    return files


def refresh_caches(data_dir: Path) -> list[str]:
    """Run the desktop's cache updaters that are installed; return the ones that ran."""
    updaters = [
        ("update-mime-database", [str(data_dir / "mime")]),
        ("update-desktop-database", [str(data_dir / "applications")]),
        ("gtk-update-icon-cache", ["--force", "--ignore-theme-index", str(data_dir / "icons" / "hicolor")]),
    ]
    ran = []
    for tool, args in updaters:
        path = shutil.which(tool)
        if path and subprocess.run([path, *args], capture_output=True, check=False).returncode == 0:
            ran.append(tool)
    return ran


def install(data_dir: Path) -> list[Path]:
    written = []
    for target, source in planned_files(data_dir).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text(desktop_entry(launcher()), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    return written


def uninstall(data_dir: Path) -> list[Path]:
    removed = []
    for target in planned_files(data_dir):
        if target.is_file():
            target.unlink()
            removed.append(target)
    return removed


def run(args: argparse.Namespace) -> int:
    from electview.cli import fail

    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return fail("desktop integration is for Linux and other freedesktop.org desktops")
    data_dir = args.data_dir or default_data_dir()
    try:
        changed = install(data_dir) if args.action == "install" else uninstall(data_dir)
    except OSError as error:
        return fail(f"{error.filename or data_dir}: {error.strerror or error}")
    verb = "installed" if args.action == "install" else "removed"
    for path in changed:
        print(f"{verb} {path}")
    if not changed:
        print(f"nothing to remove in {data_dir}")
    ran = refresh_caches(data_dir)
    if ran:
        print("refreshed: " + ", ".join(ran))
    return 0
