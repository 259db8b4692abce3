"""Text for a terminal: control characters from files shown as escapes, never obeyed."""

from __future__ import annotations

import re
import sys
from typing import TextIO

# C0 and C1 controls (ESC starts colour, title and screen-clearing sequences; CR overwrites
# the line) except tab and line feed, plus DEL; and the bidi controls that would turn the
# direction of the text around a name (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


# A name as isolate() wraps it (no isolate of its own inside): on a terminal the wrapper is dropped,
# as the controls inside are escaped and so leave nothing to contain.
_WRAPPED = re.compile("\u2068([^\u2066-\u2069\n]*)\u2069")


def escape_controls(text: str) -> str:
    """``text`` with every unsafe character written as a visible escape (``\\x1b``, ``\\u202e``)."""
    text = _WRAPPED.sub(r"\1", text)
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


_ISOLATE_OPENERS, _ISOLATE_CLOSER = "\u2066\u2067\u2068", "\u2069"


def isolate(name: str) -> str:
    """``name`` wrapped in FSI … PDI when it holds bidi controls or right-to-left letters, so
    a U+202E in a name can't turn the direction of the text around it (a share, a sentence).

    The closing PDI ends every embedding and override opened inside; a PDI of the name's own
    with nothing to close would end the wrapper early, so it is left out. Already isolated: as is.
    """
    if not _BIDI.search(name):
        return name
    if name.startswith("\u2068") and name.endswith(_ISOLATE_CLOSER) and _balanced(name[1:-1]) == name[1:-1]:
        return name
    return f"\u2068{_balanced(name)}\u2069"


def _balanced(name: str) -> str:
    """``name`` without the isolate closers (PDI) that close nothing opened before them in it, and with
    those it leaves open closed at its end (or the wrapper's PDI would close one of them instead)."""
    kept, depth = [], 0
    for character in name:
        if character in _ISOLATE_OPENERS:
            depth += 1
        elif character == _ISOLATE_CLOSER:
            if depth == 0:
                continue
            depth -= 1
        kept.append(character)
    return "".join(kept) + _ISOLATE_CLOSER * depth
