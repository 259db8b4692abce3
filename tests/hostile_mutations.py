"""Hypothesis strategies that damage a valid results file the way the world does.

Format-agnostic on purpose, so every importer added to FORMATS is covered without new code:
numbers, quoted strings, XML text and CSV cells are found by pattern and replaced with hostile
values; lines are dropped, doubled and swapped; files are cut short; bytes are flipped.
"""

from __future__ import annotations

import re

from hypothesis import strategies as st

NASTY_NUMBERS = (
    b"-1", b"-0", b"0", b"NaN", b"nan", b"Infinity", b"-Infinity", b"inf", b"1e30", b"1e999", b"-1e999",
    b"0.5", b"2.5e-324", b"1" + b"0" * 400, b"9" * 5000, b"", b"0x1F", b"1,000", b"1 000", b"\xe2\x80\xaf5",
    b"true", b"null", b"[]", b"{}",
)  # fmt: skip
NASTY_TEXT = (
    b"", b" ", b'<img src="http://127.0.0.1:9/x.png">', b"<a href=x>y</a>", b"\x00", b"\xff\xfe", b"\xed\xa0\x80",
    b"\\ud800", b"&lol;", b"]]>", b'"', b"'", b",", b";", b"\n", b"\r", b"\t", b"=HYPERLINK(1)", b"\xe2\x80\xae",
    b"x" * 70_000, b"\xf0\x9f\x97\xb3\xef\xb8\x8f",
)  # fmt: skip
_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")
_TEXT = re.compile(rb'"[^"\n]{0,200}"|>[^<]{1,200}<|(?<=[,;\t])[^,;\t\n]{1,200}(?=[,;\t\n])')


def _replace_match(draw, data: bytes, pattern: re.Pattern, values, inner: bool) -> bytes:
    matches = list(pattern.finditer(data))
    if not matches:
        return data
    match = matches[draw(st.integers(0, len(matches) - 1))]
    start, end = match.span()
    if inner and end - start >= 2 and data[start : start + 1] in (b'"', b">"):
        start, end = start + 1, end - 1
    return data[:start] + draw(st.sampled_from(values)) + data[end:]


def _lines_op(draw, data: bytes) -> bytes:
    lines = data.split(b"\n")
    if len(lines) < 2:
        return data
    i = draw(st.integers(0, len(lines) - 1))
    j = draw(st.integers(0, len(lines) - 1))
    op = draw(st.sampled_from(["drop", "double", "swap", "many"]))
    if op == "drop":
        del lines[i]
    elif op == "double":
        lines.insert(i, lines[i])
    elif op == "swap":
        lines[i], lines[j] = lines[j], lines[i]
    else:
        lines[i:i] = [lines[i]] * draw(st.integers(2, 200))
    return b"\n".join(lines)


def _bytes_op(draw, data: bytes) -> bytes:
    if not data:
        return draw(st.binary(max_size=64))
    i = draw(st.integers(0, len(data)))
    j = draw(st.integers(i, min(len(data), i + 64)))
    op = draw(st.sampled_from(["truncate", "delete", "insert", "flip", "duplicate"]))
    if op == "truncate":
        return data[:i]
    if op == "delete":
        return data[:i] + data[j:]
    if op == "insert":
        return data[:i] + draw(st.binary(min_size=1, max_size=16) | st.sampled_from(NASTY_TEXT + NASTY_NUMBERS)) + data[i:]
    if op == "flip":
        return data[:i] + bytes(b ^ draw(st.integers(1, 255)) for b in data[i:j]) + data[j:]
    return data[:j] + data[i:j] + data[j:]


@st.composite
def damaged(draw, original: bytes) -> bytes:
    """``original`` with one to three kinds of damage applied in turn."""
    data = original
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["number", "text", "lines", "bytes"]))
        if kind == "number":
            data = _replace_match(draw, data, _NUMBER, NASTY_NUMBERS, inner=False)
        elif kind == "text":
            data = _replace_match(draw, data, _TEXT, NASTY_TEXT, inner=True)
        elif kind == "lines":
            data = _lines_op(draw, data)
        else:
            data = _bytes_op(draw, data)
    return data
