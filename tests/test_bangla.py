from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from protishruti import bangla


def test_digits_both_ways():
    assert bangla.digits("2023-24") == "২০২৩-২৪"
    assert bangla.ascii_digits("০৫.০০.০০০০.১৯৭") == "05.00.0000.197"


@pytest.mark.parametrize(
    "text,value",
    [("১০", Decimal(10)), ("7.5", Decimal("7.5")), ("১,২৫,০০০", Decimal(125000)), ("-৩", Decimal(-3)), ("0.25", Decimal("0.25"))],
)
def test_parse_number(text, value):
    assert bangla.parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "১২ক", "1,2", "১.২.৩", "--1"])
def test_parse_number_rejects(text):
    with pytest.raises(ValueError):
        bangla.parse_number(text)


@pytest.mark.parametrize(
    "value,expected",
    [
        (Decimal("7.50"), "৭.৫"),
        (Decimal("3.75"), "৩.৭৫"),
        (3, "৩"),
        (Fraction(81, 4), "২০.২৫"),
        (Fraction(231, 10), "২৩.১"),
        (Fraction(2, 3), "০.৬৭"),
        (125000, "১,২৫,০০০"),
        (12345678, "১,২৩,৪৫,৬৭৮"),
        (999, "৯৯৯"),
        (1000, "১,০০০"),
        (Decimal("-1500.5"), "-১,৫০০.৫"),
    ],
)
def test_number(value, expected):
    assert bangla.number(value) == expected


def test_taka_and_ordinals():
    assert bangla.taka(125000) == "১,২৫,০০০ টাকা"
    assert [bangla.ordinal(n) for n in range(1, 12)] == [
        "১ম", "২য়", "৩য়", "৪র্থ", "৫ম", "৬ষ্ঠ", "৭ম", "৮ম", "৯ম", "১০ম", "১১তম",
    ]


def test_dates_and_fiscal_labels():
    assert bangla.gregorian_date(date(2023, 1, 2)) == "০২ জানুয়ারি ২০২৩"
    assert bangla.bangla_date(date(2023, 1, 2)) == "১৮ পৌষ ১৪২৯"
    assert bangla.fiscal_year_label("2023-24") == "২০২৩-২৪ অর্থবছর"
    assert bangla.quarter_label(3) == "৩য় ত্রৈমাসিক"


def test_file_size():
    assert bangla.file_size(850) == "৮৫০ বাইট"
    assert bangla.file_size(12_700) == "১২.৪ কিলোবাইট"
    assert bangla.file_size(2_200_000) == "২.১ মেগাবাইট"


def test_numbers_kept_for_reuse_are_told_apart_by_value_not_by_type():
    # bangla.number keeps the text of each value: equal values of any type share it,
    # and values that only look alike (the float 1.005 is 1.00499…) do not
    assert bangla.number(Decimal("1.005")) == "১.০১"
    assert bangla.number(1.005) == "১"
    assert bangla.number(Decimal("1.005")) == "১.০১"
    assert {bangla.number(v) for v in (2, 2.0, Decimal("2.00"), Fraction(4, 2))} == {"২"}
    assert bangla.number(Fraction(1, 3), 2) == "০.৩৩" and bangla.number(Fraction(1, 3), 4) == "০.৩৩৩৩"
    assert bangla.number(125000, group=False) == "১২৫০০০" and bangla.number(125000) == "১,২৫,০০০"
