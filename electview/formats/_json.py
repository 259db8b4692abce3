"""Read a JSON file for an importer: bounded in size, every failure a LoadError with its place."""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import os
from typing import Any

from electview.core.errors import LoadError
from electview.formats import guard


def read_json(path: str | os.PathLike, max_bytes: int = guard.MAX_FILE_BYTES) -> Any:
    """The decoded JSON of the file at ``path`` (UTF-8, with or without a BOM).

    The bytes and the text are freed on return, so peak memory while an importer builds its
    dataset is the parsed document, not three copies of the file.
    """
    raw = guard.read_bytes(path, max_bytes)
    try:
        text = raw.decode("utf-8-sig")
        del raw
        return json.loads(text, object_pairs_hook=_refuse_duplicates)
    except UnicodeDecodeError as error:
        raise LoadError(path, "not UTF-8 text", f"byte {error.start}") from None
    except json.JSONDecodeError as error:
        raise LoadError(path, f"not valid JSON ({error.msg})", f"line {error.lineno}, column {error.colno}") from None
    except ValueError as error:  # an integer of more than 4,300 digits (sys.int_info.default_max_str_digits)
        raise LoadError(path, f"not valid JSON ({str(error).split(';')[0]})") from None
    except RecursionError:
        raise LoadError(path, "JSON nested too deeply") from None
    except _DuplicateKey as error:
        raise LoadError(path, f"the key {error.key!r} is given twice in one object", _duplicate_place(text)) from None


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object, refusing a key given twice: which of ``"votes": 5, "votes": 7000`` is meant
    can't be known, and taking the last silently would show a figure the file may not mean."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _duplicate_place(text: str) -> str:
    """Line and column of the first object with a key given twice (found again, slowly, only then)."""
    decoder = json.JSONDecoder()

    def parse_object(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
        start = s_and_end[1]
        pairs, end = json.decoder.JSONObject(s_and_end, strict, scan_once, None, lambda p: p, memo)
        if len(set(key for key, _ in pairs)) != len(pairs):
            raise _Found(start - 1)
        return dict(pairs), end

    class _Found(Exception):
        def __init__(self, position: int) -> None:
            self.position = position

    decoder.parse_object = parse_object  # type: ignore[attr-defined]
    # The pure-Python scanner calls parse_object (the C one doesn't): slow, but only run on a refusal.
    scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    try:
        scan_once(text, len(text) - len(text.lstrip()))
    except _Found as found:
        line = text.count("\n", 0, found.position) + 1
        column = found.position - text.rfind("\n", 0, found.position)
        return f"line {line}, column {column}"
    except (ValueError, RecursionError, StopIteration):
        pass
    return ""
