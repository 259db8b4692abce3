"""Every figure electview prints, formatted in one place: the window, the report and the summaries call these.

**Rounding rule: half away from zero, on the decimal digits the value prints as** (its shortest
round-trip form, ``repr``). 1 vote in 800 is 0.125% and prints "0.13%" everywhere; 2.675 prints
"2.68" although the binary float is a hair below it. Python's ``format`` rounds the binary
value half to even (0.125 → "0.12") and Qt's ``QLocale.toString`` rounds its own way, which is
why neither is called on a figure directly. Reported and computed figures follow the same rule.

**Number marks follow the interface language** (:func:`electview.core.i18n.language`): English
"9,191,710" and "70.76%"; Russian and Kazakh "9 191 710" and "70,76%" (a no-break space
groups digits, a comma marks decimals), so a table, its notes, the gauge and the report on one
screen never mix "9,191,710" (a decimal in Russian) with "9 191 710". The command line's
summaries keep English marks (the interface language is English there): scripts read them.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal

from electview.core import i18n

ROUNDING = "half away from zero"
# Enough digits for any finite float (up to ~1.8e308) with its decimals: quantize never runs out of precision.
_CONTEXT = Context(prec=400, rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class NumberMarks:
    """How a language writes numbers: the digit-group separator and the decimal mark."""

    group: str
    decimal: str


ENGLISH_MARKS = NumberMarks(",", ".")
# CLDR's marks for the languages electview is translated into (what Qt's QLocale uses too).
_MARKS = {"en": ENGLISH_MARKS, "ru": NumberMarks("\u00a0", ","), "kk": NumberMarks("\u00a0", ",")}


def number_marks(language: str | None = None) -> NumberMarks:
    """The marks for ``language`` (a tag like "ru" or "kk-KZ"), by default the interface language; English otherwise."""
    tag = (language if language is not None else i18n.language()).replace("_", "-").split("-")[0].casefold()
    return _MARKS.get(tag, ENGLISH_MARKS)


def is_missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def rounded(value: float, decimals: int) -> Decimal:
    """``value`` to ``decimals`` places by the rule above (half away from zero on its printed digits)."""
    exact = Decimal(repr(float(value)))
    result = exact.quantize(Decimal(1).scaleb(-decimals), context=_CONTEXT)
    return result.copy_abs() if result.is_zero() else result  # never "-0.00"


def rounded_float(value: float | None, decimals: int) -> float | None:
    """:func:`rounded` as a float for JSON; None when unknown."""
    if value is None or is_missing(value):
        return None
    if not math.isfinite(float(value)):
        return float(value)
    return float(rounded(float(value), decimals))


def format_number(value: float, decimals: int = 0, language: str | None = None) -> str:
    """``value`` with ``decimals`` places, grouped, in the language's marks."""
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    text = format(rounded(value, decimals), ",f")
    marks = number_marks(language)
    if marks == ENGLISH_MARKS:
        return text
    return text.replace(",", "\0").replace(".", marks.decimal).replace("\0", marks.group)


def format_count(value: float | None, unknown: str = "—", language: str | None = None) -> str:
    """"6,504,054"; fractional counts keep two decimals; unknown is a dash, never 0."""
    if value is None or is_missing(value):
        return unknown
    return format_number(value, 0 if float(value).is_integer() else 2, language)


def format_share(value: float | None, unknown: str = "—", language: str | None = None) -> str:
    """"70.76%"; shares are shown to two decimals, as sources usually give them."""
    if value is None or is_missing(value):
        return unknown
    return format_number(value, 2, language) + "%"


def format_as_given(value: float, language: str | None = None) -> str:
    """A number as a source gives it: up to two decimals, no padding zeros ("77.4", "79.85", "80")."""
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    places = max(0, -int(rounded(value, 2).normalize().as_tuple().exponent))
    return format_number(value, places, language)


def format_percent(value: float | None, unknown: str = "—", language: str | None = None) -> str:
    """A percentage as given: "77.4%" (:func:`format_as_given`): a reported 79.85% stays 79.85%."""
    if value is None or is_missing(value):
        return unknown
    return format_as_given(float(value), language) + "%"


def format_signed(value: float, decimals: int = 2, language: str | None = None) -> str:
    """"+0.17", "-0.03": a difference with its sign."""
    text = format_number(abs(float(value)), decimals, language)
    return ("-" if float(value) < 0 and text.strip("0.,\u00a0") else "+") + text


def shares_total(shares) -> float | None:
    """The sum of the shares as printed (each rounded to two places): the total row adds up to the lines above it.

    Computed shares of 91.12 + 7.57 + 1.16 + 0.16 print a total of 100.01%, not a hard 100.00%.
    """
    printed = [rounded(float(share), 2) for share in shares if not is_missing(share) and math.isfinite(float(share))]
    return float(sum(printed, Decimal(0))) if printed else None


def whole_or_none(value: float | None) -> int | float | None:
    """JSON-friendly count: an int when whole, None when unknown."""
    if value is None or is_missing(value):
        return None
    return int(value) if float(value).is_integer() else float(value)


# Dates and times as files write them: ISO 8601 ("2019-06-09", "2023-05-02T00:00:00Z", maybe with
# text after it: "2019-06-10, briefing") and the US month/day/year with a 12-hour clock that Clarity
# writes ("12/6/2024 1:20:51 PM MST"; a first number over 12 can only be a day). Shown one way in
# the reader's language: the day, the month's name, the year ("6 December 2024"), then a 24-hour
# time and the zone as given ("13:20:51 MST"; Z is UTC). Anything else is the file's text, as is.
_ISO_WHEN = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?)?"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}\b)?"
)
_SLASHED_WHEN = re.compile(
    r"(?P<first>\d{1,2})/(?P<second_number>\d{1,2})/(?P<year>\d{4})"
    r"(?:,?\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<half>[AaPp][Mm])?)?"
    r"\s*(?P<zone>[A-Z]{2,5}\b)?"
)
_MONTHS = (
    "{day} January {year}",
    "{day} February {year}",
    "{day} March {year}",
    "{day} April {year}",
    "{day} May {year}",
    "{day} June {year}",
    "{day} July {year}",
    "{day} August {year}",
    "{day} September {year}",
    "{day} October {year}",
    "{day} November {year}",
    "{day} December {year}",
)


def format_when(text: str, translate: Callable[[str, str], str] | None = None) -> str:
    """A date or timestamp from a file in one format in the interface language (or ``translate``'s); other text as it is."""
    text = text.strip()
    iso = _ISO_WHEN.match(text)
    if iso:
        year, month, day = int(iso["year"]), int(iso["month"]), int(iso["day"])
        hour = int(iso["hour"]) if iso["hour"] else None
        zone = "UTC" if iso["zone"] == "Z" else iso["zone"]
        found = iso
    else:
        slashed = _SLASHED_WHEN.match(text)
        if not slashed:
            return text
        first, second = int(slashed["first"]), int(slashed["second_number"])
        month, day = (second, first) if first > 12 else (first, second)
        year = int(slashed["year"])
        hour = int(slashed["hour"]) if slashed["hour"] else None
        if hour is not None and slashed["half"]:
            if not 1 <= hour <= 12:
                return text
            hour = hour % 12 + (12 if slashed["half"].casefold() == "pm" else 0)
        zone = slashed["zone"]
        found = slashed
    try:
        datetime.date(year, month, day)
    except ValueError:
        return text  # not a date after all
    words = (translate or i18n.translate)("formatting", _MONTHS[month - 1]).format(day=day, year=year)
    minute, second_text = found["minute"], found["second"]
    if hour is not None and hour < 24 and minute is not None and int(minute) < 60:
        words += f", {hour:02d}:{minute}" + (f":{second_text}" if second_text else "")
    if zone:
        words += f" {zone}"
    return words + text[found.end() :]
