"""Bangla text helpers: digits, numbers, taka, ordinals, dates, fiscal years.

Everything the UI shows as a number goes through here, so digits are always
Bangla and grouping is always South-Asian (১,২৫,০০০).
"""

from __future__ import annotations

import functools
import re
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from fractions import Fraction

from . import bangabda
from .messages import tr

BN_DIGITS = "০১২৩৪৫৬৭৮৯"
_TO_BN = str.maketrans("0123456789", BN_DIGITS)
_TO_ASCII = str.maketrans(BN_DIGITS, "0123456789")

GREGORIAN_MONTHS = (
    "জানুয়ারি",
    "ফেব্রুয়ারি",
    "মার্চ",
    "এপ্রিল",
    "মে",
    "জুন",
    "জুলাই",
    "আগস্ট",
    "সেপ্টেম্বর",
    "অক্টোবর",
    "নভেম্বর",
    "ডিসেম্বর",
)

_ORDINAL_SUFFIX = {1: "ম", 2: "য়", 3: "য়", 4: "র্থ", 5: "ম", 6: "ষ্ঠ", 7: "ম", 8: "ম", 9: "ম", 10: "ম"}


def digits(value: object) -> str:
    """Any value as text with Bangla digits."""
    return str(value).translate(_TO_BN)


def ascii_digits(text: str) -> str:
    return text.translate(_TO_ASCII)


_NUMBER = re.compile(r"[+-]?(\d{1,3}(,\d{2,3})*|\d+)(\.\d+)?")
# The largest figure a record may hold (a budget in taka is 13 digits): with
# these, every sum, ratio and percentage the site computes stays exact.
MAX_DIGITS = 15
MAX_DECIMALS = 10


def parse_number(text: str) -> Decimal:
    """Parse a number written with Bangla or ASCII digits, optionally grouped
    with commas (১,২৫,০০০). Raises ValueError with a readable message."""
    raw = ascii_digits(str(text).strip())
    if not _NUMBER.fullmatch(raw):
        raise ValueError(tr("'{text}' is not a number: write digits such as ১২ or 12.5", text=text))
    whole, _, fraction = raw.lstrip("+-").replace(",", "").partition(".")
    if len(whole.lstrip("0")) > MAX_DIGITS or len(fraction) > MAX_DECIMALS:
        raise ValueError(tr(
            "'{text}' has more digits than any figure of a document: at most {before} before the point "
            "and {after} after it", text=text, before=digits(MAX_DIGITS), after=digits(MAX_DECIMALS)
        ))
    try:
        return Decimal(raw.replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the regex rules this out
        raise ValueError(tr("'{text}' is not a number", text=text)) from exc


# Room for any figure the schema lets in, however it was combined.  One
# context, passed to each operation, instead of a localcontext() per number
# (number() is called millions of times in a national build).
_EXACT = Context(prec=80, rounding=ROUND_HALF_UP)
_QUANTUM = {places: Decimal(1).scaleb(-places) for places in range(0, 11)}


def _to_decimal(value: Decimal | Fraction | int | float, places: int) -> Decimal:
    if isinstance(value, Fraction):
        value = _EXACT.divide(Decimal(value.numerator), Decimal(value.denominator))
    quantum = _QUANTUM.get(places) or Decimal(1).scaleb(-places)
    return Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP, context=_EXACT)


def _group_south_asian(integer: str) -> str:
    if len(integer) <= 3:
        return integer
    head, tail = integer[:-3], integer[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join(groups + [tail])


def number(value: Decimal | Fraction | int | float, places: int = 2, group: bool = True) -> str:
    """A number in Bangla digits, at most ``places`` decimals, trailing zeros
    dropped: 7.50 → ৭.৫, 20.25 → ২০.২৫, 125000 → ১,২৫,০০০."""
    return _number(value, places, group)


# The text depends only on the value (equal numbers of any type give the same
# text: 1, 1.0, Decimal("1.00") and Fraction(2, 2) are all ১), so it is kept:
# a national build formats the same few hundred thousand values again and again.
@functools.lru_cache(maxsize=1 << 16)
def _number(value: Decimal | Fraction | int | float, places: int, group: bool) -> str:
    d = _to_decimal(value, places)
    sign = "-" if d < 0 else ""
    text = f"{abs(d):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    integer, _, fraction = text.partition(".")
    if group:
        integer = _group_south_asian(integer)
    out = sign + integer + ("." + fraction if fraction else "")
    return digits(out)


def figure(value: Decimal | Fraction | int | date | None, places: int = 2, none: str = "—") -> str:
    """A figure as a page shows it: a number (১,২৫,০০০.৫), a date (০২ জানুয়ারি
    ২০২৩), or ``none`` when there is none."""
    if value is None:
        return none
    if isinstance(value, date):
        return gregorian_date(value)
    return number(value, places)


def taka(amount: Decimal | int) -> str:
    return f"{number(amount)} টাকা"


def ordinal(n: int) -> str:
    """১ম ২য় ৩য় ৪র্থ ৫ম ৬ষ্ঠ ৭ম ৮ম ৯ম ১০ম ১১তম …"""
    return digits(n) + _ORDINAL_SUFFIX.get(n, "তম")


def gregorian_date(d: date) -> str:
    """০২ জানুয়ারি ২০২৩ — the day padded to two digits, as official letters write it."""
    return f"{digits(f'{d.day:02d}')} {GREGORIAN_MONTHS[d.month - 1]} {digits(d.year)}"


def bangla_date(d: date) -> str:
    """১৮ পৌষ ১৪২৯ (বঙ্গাব্দ, revised 2019 calendar)."""
    b = bangabda.to_bangla(d)
    return f"{digits(b.day)} {b.month_name} {digits(b.year)}"


def fiscal_year(fy: str) -> str:
    """'2023-24' → '২০২৩-২৪'"""
    return digits(fy)


def fiscal_year_label(fy: str) -> str:
    return f"{fiscal_year(fy)} অর্থবছর"


def quarter_label(q: int) -> str:
    return f"{ordinal(q)} ত্রৈমাসিক"


def file_size(size: int) -> str:
    """Bytes as a short Bangla size: ৮৫০ বাইট, ১২.৪ কিলোবাইট, ২.১ মেগাবাইট."""
    if size < 1024:
        return f"{digits(size)} বাইট"
    if size < 1024 * 1024:
        return f"{number(Decimal(size) / 1024, places=1)} কিলোবাইট"
    return f"{number(Decimal(size) / (1024 * 1024), places=1)} মেগাবাইট"
