"""Desktop integration files: the icon renderings, desktop entry, AppStream metainfo and MIME type."""

import configparser
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from packaging_support import ROOT, load_packaging_script
from PySide6.QtGui import QImage

from electview import APP_ID
from electview.resources import ICON_SIZES

LINUX = ROOT / "resources" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"
MIME_TYPE = "application/x-electview+json"


def _make_icons():
    return load_packaging_script("make_icons")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:  # .ci/run installs it; a developer machine may lack it
        pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils appstream shared-mime-info)")
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.parametrize("size", ICON_SIZES)
def test_committed_png_is_the_svg_rendered(qapp, size):
    """The PNGs are regenerated from the SVG (packaging/make_icons.py); a stale one fails here."""
    make_icons = _make_icons()
    committed = QImage(str(make_icons.png_path(size)))
    assert (committed.width(), committed.height()) == (size, size)
    assert committed.hasAlphaChannel() and committed.pixelColor(0, 0).alpha() == 0  # rounded corner
    fresh = make_icons.render(size).convertToFormat(committed.format())
    differing = sum(
        1
        for y in range(size)
        for x in range(size)
        if max(abs(a - b) for a, b in zip(fresh.pixelColor(x, y).getRgb(), committed.pixelColor(x, y).getRgb(), strict=True)) > 8
    )
    assert differing <= size * size // 100  # antialiasing may differ between Qt releases, shapes may not


def test_windows_icon_holds_png_sizes():
    data = (ROOT / "packaging" / "electview.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    entries = [struct.unpack_from("<BBBBHHII", data, 6 + 16 * i) for i in range(count)]
    sides = [width or 256 for width, *_ in entries]
    assert sides == list(_make_icons().ICO_SIZES)
    for _w, _h, _c, _r, _planes, _bits, length, offset in entries:
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)


def test_desktop_entry_validates():
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_desktop_entry_names_the_app_icon_and_type():
    entry = _desktop_entry()
    assert entry["Exec"] == "electview %f"
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"] == f"{MIME_TYPE};"


def test_metainfo_validates():
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--no-color", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Infos are allowed (older appstreamcli does not know <developer> yet); warnings and errors are not.
    assert not [line for line in result.stdout.splitlines() if line[:2] in ("W:", "E:")], result.stdout


def test_metainfo_agrees_with_the_package():
    from electview import __version__

    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "MIT"
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("provides/mediatype").text == MIME_TYPE
    assert root.find("releases/release").get("version") == __version__


def test_mime_type_is_recognised_by_glob(tmp_path):
    """Installed as the desktop installs it, Qt's MIME database picks electview's type for *.electview.json."""
    data_home = tmp_path / "share"
    packages = data_home / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages / f"{APP_ID}.xml")
    subprocess.run([_tool("update-mime-database"), str(data_home / "mime")], check=True, capture_output=True)
    probe = (
        "from PySide6.QtCore import QMimeDatabase as D\n"
        "db = D()\n"
        "for name in ('Kazakhstan 2019.electview.json', 'other.json'):\n"
        "    print(db.mimeTypeForFile(name, D.MatchMode.MatchExtension).name())\n"
    )
    env = {"XDG_DATA_HOME": str(data_home), "XDG_DATA_DIRS": "/usr/share", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.split() == [MIME_TYPE, "application/json"]
