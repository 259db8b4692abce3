"""Read a JSON file for an importer: bounded in size, every failure a LoadError with its place."""

from __future__ import annotations

import json
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
        return json.loads(text)
    except UnicodeDecodeError as error:
        raise LoadError(path, "not UTF-8 text", f"byte {error.start}") from None
    except json.JSONDecodeError as error:
        raise LoadError(path, f"not valid JSON ({error.msg})", f"line {error.lineno}, column {error.colno}") from None
    except ValueError as error:  # an integer of more than 4,300 digits (sys.int_info.default_max_str_digits)
        raise LoadError(path, f"not valid JSON ({str(error).split(';')[0]})") from None
    except RecursionError:
        raise LoadError(path, "JSON nested too deeply") from None
