"""File formats: sniff a file's content and import it into a ResultsDataset.

Each format is a module with ``NAME``, ``PATTERNS``, ``sniff(head: bytes) -> bool`` and
``load(path) -> ResultsDataset``; add new ones to :data:`FORMATS` (most specific first).
"""

from __future__ import annotations

import dataclasses
import fnmatch
import os
from pathlib import Path
from types import ModuleType

from electview.core import file_stamp
from electview.core.errors import LoadError
from electview.core.model import ResultsDataset
from electview.formats import _tabular, guard
from electview.formats import booth_csv, clarity_csv, clarity_xml, eml510, eml520, kiesraad_csv, medsl, native, nist_json, nist_xml, openelections, rctab, spreadsheet

FORMATS: list[ModuleType] = [native, rctab, nist_json, nist_xml, eml510, eml520, clarity_xml, clarity_csv, kiesraad_csv, booth_csv, openelections, medsl, spreadsheet]
SNIFF_BYTES = 64 * 1024
# Patterns too common to say which format a file is in (content decides those).
GENERIC_PATTERNS = {"*.json", "*.xml", "*.csv", "*.tsv", "*.txt"}


def file_filters() -> list[str]:
    """Filters for the Open dialog: all supported files first, then each format."""
    patterns = sorted({p for fmt in FORMATS for p in fmt.PATTERNS})
    return [f"Results files ({' '.join(patterns)})"] + [f"{fmt.NAME} ({' '.join(fmt.PATTERNS)})" for fmt in FORMATS] + [
        "All files (*)"
    ]


def _sniffs(fmt: ModuleType, head: bytes) -> bool:
    """Whether ``fmt`` claims ``head``; a sniffer that fails on odd bytes just doesn't claim it
    (tests/test_hostile_corpus.py holds every sniffer to never raising)."""
    try:
        return bool(fmt.sniff(head))
    except Exception:
        return False


def detect(path: str | os.PathLike, *, as_table: bool = False) -> ModuleType:
    """The format module for the file at ``path``, chosen by its content.

    Text that only the catch-all table reader would take, but that is plainly no table (a README,
    notes), is refused as not a results file rather than offered for column mapping; ``as_table``
    (the user said which columns are which) reads it anyway.
    """
    path = Path(path)
    guard.check_file(path)  # folders, pipes and devices are refused before anything opens them
    try:
        with path.open("rb") as stream:
            head = stream.read(SNIFF_BYTES)
    except FileNotFoundError:
        raise LoadError(path, "file not found") from None
    except OSError as error:
        raise LoadError(path, error.strerror or str(error)) from None
    if not head.strip():
        raise LoadError(path, "the file is empty")
    for fmt in FORMATS:
        if _sniffs(fmt, head):
            if fmt is spreadsheet and not as_table and _tabular.plainly_not_a_table(_tabular.head_text(head)):
                raise LoadError(path, "is not a results file: it is text (sentences, notes), not a table of figures")
            return fmt
    # A damaged file with a format's own extension gets that format's precise error.
    for fmt in FORMATS:
        if any(p not in GENERIC_PATTERNS and fnmatch.fnmatch(path.name.lower(), p) for p in fmt.PATTERNS):
            return fmt
    names = ", ".join(fmt.NAME for fmt in FORMATS)
    raise LoadError(path, f"not a results file electview can read (it reads: {names})")


# What an exception no importer foresaw says about the file, in words (most specific kinds first).
_UNFORESEEN = (
    (RecursionError, "parts of it nest too deeply"),
    (MemoryError, "it needs more memory than this computer has"),
    (UnicodeError, "it holds text in an unexpected encoding"),
    (OverflowError, "it holds a number too large to use"),
    (LookupError, "it refers to a part that isn't there"),
    ((TypeError, AttributeError), "a part of it has an unexpected shape"),
    (ValueError, "it holds a value of an unexpected kind"),
)


def unexpected_in_words(error: BaseException) -> str:
    """A plain description of an importer exception nobody foresaw (the kind stays in the message for a bug report)."""
    return next((words for kinds, words in _UNFORESEEN if isinstance(error, kinds)), "electview met something in it that it did not expect")


def load_file(path: str | os.PathLike, job=None, *, columns: str | None = None) -> ResultsDataset:
    """Read any supported results file; every failure is a LoadError (see formats/guard.py for the limits).

    ``columns`` ("name=COL,votes=COL,…") reads the file as a spreadsheet table with those columns.
    """
    before = file_stamp.before_reading(path)
    # Also with columns: the same errors for a missing or empty file.
    fmt = detect(path) if columns is None else detect(path, as_table=True)
    if columns is not None:
        fmt = spreadsheet
    guard.check_size(path, getattr(fmt, "MAX_FILE_BYTES", guard.MAX_FILE_BYTES))
    try:
        if columns is not None:
            dataset = spreadsheet.load(Path(path), columns)
        else:
            dataset = fmt.load(path) if job is None else fmt.load(path, job)  # job: formats.job.LoadJob
    except LoadError:
        raise
    except Exception as error:
        # An importer bug or an input shape nobody foresaw must still read as a bad file, never
        # a crash; tests/test_hostile_*.py hold each importer to raising LoadError itself.
        detail = " ".join(str(error).split())[:160]  # one line, however long the file's text in it
        raise LoadError(path, f"could not be read as {fmt.NAME}: {unexpected_in_words(error)} ({type(error).__name__}: {detail})") from error
    dataset = guard.check_dataset(dataset, path)
    stamp = file_stamp.after_reading(path, before)
    return dataset if stamp is None else dataclasses.replace(dataset, source_stamp=stamp)
