"""Header readings are cached for short text only: a hostile file's huge "headers" are never kept.

The fuzz harness's memory grew by gigabytes in minutes: fold(), says() and protocol_kind() kept up to
65,536 headers each, whatever their length (an input's 200 KB first line included).
"""

from __future__ import annotations

from electview.formats.tables import words


def test_long_text_is_read_but_not_kept():
    words.fold.cache_clear()
    huge = "Votes " * 40_000
    assert words.fold(huge).startswith("votes votes")
    assert words.fold.cache_info().currsize == 0
    assert words.fold("DivisionNm") == "division nm" and words.fold.cache_info().currsize == 1


def test_the_caches_are_bounded():
    assert words.fold.cache_info().maxsize == words.CACHED_ENTRIES <= 8192
    assert words.protocol_kind.cache_info().maxsize == words.CACHED_ENTRIES


def test_a_long_header_is_read_the_same_as_it_would_be_cached():
    long_header = "Number of registered voters " + "x" * 400
    assert words.protocol_kind(long_header) == words.protocol_kind("Number of registered voters") == "registered"
