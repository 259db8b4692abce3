"""Render resources/icons/electview.svg to the PNG sizes, .ico and .icns that the app and bundles use.

Run after editing the SVG: ``uv run python packaging/make_icons.py``. The outputs are committed
so neither the wheel build nor a bundle build needs Qt's SVG module at build time.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from electview.resources import ICON_SIZES  # noqa: E402

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG_PATH = ICONS_DIR / "electview.svg"
# Bundle-only inputs (PyInstaller's --icon): they stay in packaging/, out of the wheel.
ICO_PATH = Path(__file__).resolve().parent / "electview.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_PATH = Path(__file__).resolve().parent / "electview.icns"
ICNS_SIZE = 512  # Qt's icns writer stores one image; macOS scales it down


def png_path(size: int) -> Path:
    return ICONS_DIR / f"electview-{size}.png"


def render(size: int, svg_path: Path = SVG_PATH) -> QImage:
    """The SVG drawn into a transparent size × size image."""
    renderer = QSvgRenderer(str(svg_path))
    if not renderer.isValid():
        raise ValueError(f"{svg_path}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A multi-size Windows .ico whose entries are PNG data (valid since Windows Vista).

    Qt's own ico writer stores one uncompressed bitmap; Explorer wants several sizes.
    """
    header = struct.pack("<HHH", 0, 1, len(pngs))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(pngs)
    directory, payload = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + directory + payload


def write_all() -> list[Path]:
    """Write every PNG size and the platform icon files; return what was written."""
    written = []
    for size in ICON_SIZES:
        target = png_path(size)
        if not render(size).save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        written.append(target)
    ICO_PATH.write_bytes(ico_bytes({size: png_path(size).read_bytes() for size in ICO_SIZES}))
    written.append(ICO_PATH)
    if not render(ICNS_SIZE).save(str(ICNS_PATH), "ICNS"):
        raise OSError(f"could not write {ICNS_PATH}")
    written.append(ICNS_PATH)
    return written


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QPainter on QImage needs fonts set up
    for path in write_all():
        print(path.relative_to(ICONS_DIR.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
