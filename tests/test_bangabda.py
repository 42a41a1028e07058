from datetime import date, timedelta

import pytest

from protishruti import bangla
from protishruti.bangabda import MONTHS, month_lengths, to_bangla

# The table from issue 2: the revised Bangladesh calendar (2019).
TABLE = [
    ("2023-01-02", "১৮ পৌষ ১৪২৯"),
    ("2022-12-16", "১ পৌষ ১৪২৯"),
    ("2024-02-21", "৮ ফাল্গুন ১৪৩০"),
    ("2023-03-14", "২৯ ফাল্গুন ১৪২৯"),
    ("2023-03-15", "১ চৈত্র ১৪২৯"),
    ("2024-03-14", "৩০ ফাল্গুন ১৪৩০"),
    ("2024-04-13", "৩০ চৈত্র ১৪৩০"),
    ("2024-04-14", "১ বৈশাখ ১৪৩১"),
    ("2023-10-16", "৩১ আশ্বিন ১৪৩০"),
    ("2100-03-14", "২৯ ফাল্গুন ১৫০৬"),
    ("2000-03-14", "৩০ ফাল্গুন ১৪০৬"),
]


@pytest.mark.parametrize("iso,expected", TABLE)
def test_revised_calendar_table(iso, expected):
    assert bangla.bangla_date(date.fromisoformat(iso)) == expected


def test_every_day_advances_by_one_across_two_centuries():
    d = date(1990, 1, 1)
    prev = to_bangla(d)
    while d < date(2110, 1, 1):
        d += timedelta(days=1)
        cur = to_bangla(d)
        if cur.day == 1:
            assert (cur.month == prev.month + 1 and cur.year == prev.year) or (
                cur.month == 1 and prev.month == 12 and cur.year == prev.year + 1
            ), (d, prev, cur)
            assert prev.day == month_lengths(prev.year + 594)[prev.month - 1]
        else:
            assert (cur.year, cur.month, cur.day) == (prev.year, prev.month, prev.day + 1), d
        prev = cur


def test_new_year_is_14_april_and_months_are_named():
    for year in (2019, 2020, 2023, 2024, 2100):
        b = to_bangla(date(year, 4, 14))
        assert (b.year, b.month, b.day) == (year - 593, 1, 1)
        assert b.month_name == "বৈশাখ"
    assert len(MONTHS) == 12 and MONTHS[10] == "ফাল্গুন"


def test_falgun_length_follows_february():
    assert month_lengths(2024)[10] == 30
    assert month_lengths(2023)[10] == 29
    assert month_lengths(2000)[10] == 30
    assert month_lengths(1900)[10] == 29
    assert sum(month_lengths(2024)) == 366 and sum(month_lengths(2023)) == 365
