"""Shared by the hostile-input tests: the bad corpus, valid seed files per format, a hang guard."""

from __future__ import annotations

import functools
import threading
from pathlib import Path

import pytest

from electview.core.errors import LoadError
from electview.core.model import ResultsDataset
from electview.core.summary import FORMATS as SUMMARY_FORMATS
from electview.core.summary import render
from electview.formats import FORMATS, SNIFF_BYTES, load_file
from electview.resources import resources_dir

DATA_DIR = Path(__file__).parent / "data"
BAD_DIR = DATA_DIR / "bad"
# A hang guard, not a speed test: every file here is answered in well under a second.
HANG_SECONDS = 60


def bad_files() -> list[Path]:
    """Every file in tests/data/bad/ except its README."""
    return sorted(p for p in BAD_DIR.iterdir() if p.is_file() and p.name != "README.md")


@functools.cache
def seed_files() -> dict[str, tuple[Path, ...]]:
    """Valid files for each format (by NAME), found by sniffing the samples and test data."""
    places = [resources_dir() / "samples", DATA_DIR]
    found: dict[str, list[Path]] = {fmt.NAME: [] for fmt in FORMATS}
    for place in places:
        for path in sorted(place.rglob("*")):
            if not path.is_file() or BAD_DIR in path.parents or path.stat().st_size > 2**20:
                continue
            head = path.read_bytes()[:SNIFF_BYTES]
            fmt = next((f for f in FORMATS if f.sniff(head)), None)
            if fmt is None:
                continue
            try:
                load_file(path)
            except LoadError:
                continue
            found[fmt.NAME].append(path)
    return {name: tuple(paths) for name, paths in found.items()}


def finish_within(function, *args, seconds: float = HANG_SECONDS):
    """``function(*args)`` run in a daemon thread; the test fails if it has not returned in time."""
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["value"] = function(*args)
        except BaseException as error:  # handed back to the test's thread below
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"{getattr(function, '__qualname__', function)} still running after {seconds} s: a hang")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def dataset_or_load_error(load, path: Path) -> ResultsDataset | LoadError:
    """What a hostile file may give: a dataset, or a one-line LoadError naming the file.

    Any other exception propagates and fails the calling test.
    """
    try:
        dataset = finish_within(load, path)
    except LoadError as error:
        assert error.message.startswith(path.name), error.message
        assert "\n" not in error.message and len(error.message) < 1000, error.message[:300]
        return error
    assert isinstance(dataset, ResultsDataset), type(dataset)
    return dataset


def render_everything(dataset: ResultsDataset) -> None:
    """Every summary of every contest: a loaded dataset must never break the views built on it."""
    for fmt in SUMMARY_FORMATS:
        assert render(dataset, fmt)


FSI, RLO_NAME = "\u2068", "Ana \u202eBen"  # a name whose U+202E would turn the text after it around


def not_isolated(text: str, name: str) -> list[str]:
    """Each place ``name`` appears in ``text`` without FSI right before and PDI right after it."""
    import re

    bad = []
    for found in re.finditer(re.escape(name), text):
        start, end = found.span()
        if text[start - 1 : start] != FSI or text[end : end + 1] != "\u2069":
            bad.append(text[max(0, start - 30) : end + 30])
    return bad
