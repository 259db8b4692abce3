"""Text for a terminal: control characters from files shown as escapes, never obeyed."""

from __future__ import annotations

import re
import sys
from typing import TextIO

# C0 and C1 controls (ESC starts colour, title and screen-clearing sequences; CR overwrites
# the line) except tab and line feed, plus DEL; and the bidi controls that would turn the
# direction of the text around a name (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def escape_controls(text: str) -> str:
    """``text`` with every unsafe character written as a visible escape (``\\x1b``, ``\\u202e``)."""
    return _UNSAFE.sub(lambda found: found.group().encode("unicode_escape").decode("ascii"), text)


def for_stream(text: str, stream: TextIO | None = None) -> str:
    """``text`` made safe when ``stream`` is a terminal; unchanged for a file or a pipe
    (a redirected CSV or JSON keeps its bytes exactly)."""
    stream = sys.stdout if stream is None else stream
    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):
        interactive = False
    return escape_controls(text) if interactive else text


def write(text: str, stream: TextIO | None = None) -> None:
    """Write ``text`` to ``stream`` (stdout by default), escaped if it is a terminal."""
    stream = sys.stdout if stream is None else stream
    stream.write(for_stream(text, stream))


_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def isolate(name: str) -> str:
    """``name`` wrapped in FSI … PDI when it holds bidi controls or right-to-left letters, so
    a U+202E in a name can't turn the direction of the text around it (a share, a sentence)."""
    return f"\u2068{name}\u2069" if _BIDI.search(name) else name
