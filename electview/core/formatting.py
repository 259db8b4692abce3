"""Plain-text number formatting shared by the summaries and the report (the window uses QLocale)."""

from __future__ import annotations

import math


def is_missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def format_count(value: float | None, unknown: str = "—") -> str:
    """"6,504,054"; fractional counts keep two decimals; unknown is a dash, never 0."""
    if is_missing(value):
        return unknown
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def format_share(value: float | None, unknown: str = "—") -> str:
    """"70.76%"; shares are shown to two decimals, as sources usually give them."""
    if is_missing(value):
        return unknown
    return f"{value:.2f}%"


def whole_or_none(value: float | None) -> int | float | None:
    """JSON-friendly count: an int when whole, None when unknown."""
    if is_missing(value):
        return None
    return int(value) if float(value).is_integer() else float(value)


def format_percent(value: float | None, unknown: str = "—") -> str:
    """A percentage as given: "77.4%" (up to two decimals, no padding zeros)."""
    if is_missing(value):
        return unknown
    return f"{round(float(value), 2):g}%"
