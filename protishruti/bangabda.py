"""The Bangla calendar (বঙ্গাব্দ) as Bangladesh uses it officially.

We implement the *revised Bangladesh calendar of 2019* ourselves because the
PyPI packages get it wrong: ``bangla`` 0.0.6 follows the 1987 rule (Falgun has
30 days in Gregorian leap years only from the *previous* February, so it is a
day off for five months a year) and ``bangla-date`` 2.1.0 computes the West
Bengal astronomical calendar, which is a different calendar altogether.

The 2019 rule:

* the year starts on 14 April (১ বৈশাখ);
* বৈশাখ to আশ্বিন (the first six months) have 31 days;
* কার্তিক, অগ্রহায়ণ, পৌষ, মাঘ and চৈত্র have 30;
* ফাল্গুন has 29 days, or 30 when the February it overlaps has a 29th;
* the Bangla year number is the Gregorian year minus 593 from 14 April on,
  minus 594 before it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

MONTHS = (
    "বৈশাখ",
    "জ্যৈষ্ঠ",
    "আষাঢ়",
    "শ্রাবণ",
    "ভাদ্র",
    "আশ্বিন",
    "কার্তিক",
    "অগ্রহায়ণ",
    "পৌষ",
    "মাঘ",
    "ফাল্গুন",
    "চৈত্র",
)

FALGUN = 10  # index of ফাল্গুন in MONTHS


def month_lengths(gregorian_year_of_falgun: int) -> tuple[int, ...]:
    """Day counts of the twelve months of the Bangla year whose ফাল্গুন falls
    in February/March of ``gregorian_year_of_falgun``."""
    falgun = 30 if calendar.isleap(gregorian_year_of_falgun) else 29
    return (31, 31, 31, 31, 31, 31, 30, 30, 30, 30, falgun, 30)


@dataclass(frozen=True)
class BanglaDate:
    year: int  # বঙ্গাব্দ
    month: int  # 1..12, 1 = বৈশাখ
    day: int  # 1..31

    @property
    def month_name(self) -> str:
        return MONTHS[self.month - 1]


def to_bangla(d: date) -> BanglaDate:
    """Convert a Gregorian date to the revised (2019) Bangladesh calendar."""
    start_year = d.year if (d.month, d.day) >= (4, 14) else d.year - 1
    offset = d.toordinal() - date(start_year, 4, 14).toordinal()
    for index, length in enumerate(month_lengths(start_year + 1)):
        if offset < length:
            return BanglaDate(start_year - 593, index + 1, offset + 1)
        offset -= length
    raise AssertionError("unreachable: a Bangla year has as many days as its Gregorian span")
