"""Locate bundled resources (sample, schema, icons) in a source checkout, a wheel or a bundle."""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The resources folder: inside the package when installed, at the top level in a checkout."""
    candidates = [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder bundle
    if bundle:
        candidates.insert(0, Path(bundle) / "electview" / "resources")
    for candidate in candidates:
        if (candidate / "samples").is_dir():
            return candidate
    raise FileNotFoundError("electview's resources folder is missing from this installation")


def resource_path(relative: str) -> Path:
    """A file under resources/; relative paths only, never escaping the folder."""
    parts = PurePosixPath(relative).parts
    if PurePosixPath(relative).is_absolute() or ".." in parts:
        raise ValueError(f"not a resource path: {relative!r}")
    return resources_dir().joinpath(*parts)


# The PNG sizes rendered from icons/electview.svg (packaging/make_icons.py).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_path(size: int) -> Path:
    """The app icon rendered at ``size`` pixels square."""
    return resource_path(f"icons/electview-{size}.png")


SAMPLE_NAME = "samples/kazakhstan-2019-presidential.electview.json"
SCHEMA_NAME = "electview-results.schema.json"


def sample_path() -> Path:
    """The bundled 2019 Kazakhstan presidential election sample."""
    return resource_path(SAMPLE_NAME)


def schema_path() -> Path:
    return resource_path(SCHEMA_NAME)
