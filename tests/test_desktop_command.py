"""``electview desktop install|uninstall`` puts the menu entry, icons and file type in the user's data folder."""

import configparser
import shutil
import subprocess

import pytest

from electview import APP_ID, cli
from electview.commands import desktop


def _exec_line(path):
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]["Exec"]


def test_install_then_uninstall(tmp_path, capsys):
    data = tmp_path / "share"
    assert cli.main(["desktop", "install", "--data-dir", str(data)]) == 0
    planned = desktop.planned_files(data)
    assert all(path.is_file() for path in planned)
    entry = data / "applications" / f"{APP_ID}.desktop"
    assert _exec_line(entry) == " ".join(desktop.exec_quote(part) for part in desktop.launcher()) + " %f"
    assert (data / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").read_bytes() == desktop.icon_path(48).read_bytes()
    if shutil.which("update-mime-database"):
        assert "application/x-electview+json:*.electview.json" in (data / "mime" / "globs2").read_text()
    assert f"installed {entry}" in capsys.readouterr().out

    assert cli.main(["desktop", "uninstall", "--data-dir", str(data)]) == 0
    assert not any(path.exists() for path in planned)
    assert cli.main(["desktop", "uninstall", "--data-dir", str(data)]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_default_is_the_xdg_data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert desktop.default_data_dir() == tmp_path / "xdg"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert desktop.default_data_dir() == desktop.Path.home() / ".local" / "share"


@pytest.mark.parametrize(
    ("argument", "quoted"),
    [
        ("/opt/electview/electview", "/opt/electview/electview"),
        ("/home/ana maria/apps/electview", '"/home/ana maria/apps/electview"'),
        ("/srv/$x/electview", '"/srv/\\\\$x/electview"'),
        ("/data/100%/electview", "/data/100%%/electview"),
    ],
)
def test_exec_quoting(argument, quoted):
    assert desktop.exec_quote(argument) == quoted


def test_entry_with_awkward_path_validates(tmp_path):
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    entry = tmp_path / f"{APP_ID}.desktop"
    entry.write_text(desktop.desktop_entry(["/home/ana maria/it's $HOME/electview", "-m", "electview"]))
    result = subprocess.run([validator, str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_other_platforms_are_told_plainly(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(desktop.sys, "platform", "win32")
    data = tmp_path / "share"
    assert cli.main(["desktop", "install", "--data-dir", str(data)]) == 2
    assert capsys.readouterr().err.strip() == (
        "electview: error: desktop integration is for Linux and other freedesktop.org desktops"
    )
    assert not data.exists()
