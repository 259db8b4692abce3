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

import math
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
