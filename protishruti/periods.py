"""Fiscal years (July–June, written 2023-24) and their quarters as dates."""

from __future__ import annotations

from datetime import date


def fiscal_year(fy: str) -> tuple[date, date]:
    """'2023-24' → (1 July 2023, 30 June 2024)."""
    first = int(fy[:4])
    return date(first, 7, 1), date(first + 1, 6, 30)


def starting(first: int) -> str:
    """The fiscal year that starts in July of ``first``: 2023 → '2023-24'."""
    return f"{first}-{(first + 1) % 100:02d}"


def fiscal_year_of(day: date) -> str:
    """The fiscal year (July to June) a day falls in: 2025-03-01 → '2024-25'."""
    return starting(day.year if day.month >= 7 else day.year - 1)


def following(fy: str) -> str:
    """'2023-24' → '2024-25'."""
    return starting(int(fy[:4]) + 1)


def quarter(fy: str, number: int) -> tuple[date, date]:
    """Quarter 1 is July–September, 4 is April–June."""
    first = int(fy[:4])
    return {
        1: (date(first, 7, 1), date(first, 9, 30)),
        2: (date(first, 10, 1), date(first, 12, 31)),
        3: (date(first + 1, 1, 1), date(first + 1, 3, 31)),
        4: (date(first + 1, 4, 1), date(first + 1, 6, 30)),
    }[number]
