"""Scores (অর্জিত মান) of action-plan indicators, computed, never typed in.

Inputs per indicator: the five targets (100/90/80/70/60 % levels, any may be
missing), the achievement to date (quarters combined by the indicator's
calculation method), its weight, its direction, and the site's scoring method:

* ``proportional`` — the charter action plan's own evaluation rule: full marks
  at the অসাধারণ (100 %) target, marks cut in proportion below it, and 0 below
  60 % of it.  score = weight × min(achieved / target, 1), or 0 under 60 %.
* ``linear`` — interpolate between the two adjacent defined levels; 0 below the
  lowest defined level.
* ``step`` — the percentage of the highest level reached.

Lower-is-better indicators reverse the comparisons.  Dates count as day
numbers within the fiscal year (1 July = day 1), so "by 30 September" is 92.
All arithmetic is exact (fractions); rounding happens only for display.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Sequence

LEVELS: tuple[tuple[str, int], ...] = (
    ("অসাধারণ", 100),
    ("অতিউত্তম", 90),
    ("উত্তম", 80),
    ("চলতি মান", 70),
    ("চলতি মানের নিম্নে", 60),
)

METHODS = ("proportional", "linear", "step")

# How quarterly figures combine into the figure to date (গণনা পদ্ধতি).
SUM, AVERAGE, DATE, CUMULATIVE = "সমষ্টি", "গড়", "তারিখ", "ক্রমপুঞ্জিভূত"
CALCULATIONS = (SUM, AVERAGE, DATE, CUMULATIVE)

Value = Decimal | date | None


def combine(calculation: str, quarters: Sequence[Value]) -> Value:
    """The achievement to date from the quarters reported so far (None = not
    reported).  সমষ্টি adds them, গড় averages the reported ones, তারিখ and
    ক্রমপুঞ্জিভূত take the latest reported figure (it already covers the year)."""
    present = [v for v in quarters if v is not None]
    if not present:
        return None
    if calculation == SUM:
        return sum(present, Decimal(0))  # type: ignore[arg-type]
    if calculation == AVERAGE:
        return sum(present, Decimal(0)) / Decimal(len(present))  # type: ignore[arg-type]
    if calculation in (DATE, CUMULATIVE):
        return present[-1]
    raise ValueError(f"unknown calculation method {calculation!r}")  # untranslated: a programming mistake, never a content problem


def day_number(value: date, fiscal_year_start: date) -> int:
    """1 July of the fiscal year is day 1."""
    return value.toordinal() - fiscal_year_start.toordinal() + 1


def _num(value: Decimal | date | int, fiscal_year_start: date | None) -> Fraction:
    if isinstance(value, date):
        if fiscal_year_start is None:
            raise ValueError("a date needs the fiscal year's start to become a day number")  # untranslated: a programming mistake, never a content problem
        return Fraction(day_number(value, fiscal_year_start))
    return Fraction(value)


@dataclass(frozen=True)
class Score:
    method: str
    weight: Fraction
    achieved: Fraction | None  # as a number (dates as day numbers)
    percent: Fraction  # 0..1, share of the weight earned
    score: Fraction
    level: str | None  # the highest target level reached, if any
    ratio: Fraction | None = None  # proportional only: achieved / target (capped), before the 60 % cut
    target: Fraction | None = None  # proportional only: the অসাধারণ target it was divided by (dates as day numbers)
    bracket: tuple[tuple[str, Fraction], tuple[str, Fraction]] | None = None  # linear: the levels either side


def _level_reached(defined: list[tuple[str, Fraction, Fraction]], a: Fraction) -> tuple[str, Fraction] | None:
    # defined: (name, pct, target) from 100 % downwards, higher-is-better orientation
    for name, pct, target in defined:
        if a >= target:
            return name, pct
    return None


def score(
    targets: Sequence[Value],
    achieved: Value,
    weight: Decimal | int,
    method: str = "proportional",
    lower_is_better: bool = False,
    fiscal_year_start: date | None = None,
) -> Score:
    """Score one indicator.  ``targets`` are the five level targets from
    অসাধারণ (100 %) down to চলতি মানের নিম্নে (60 %), ``None`` where a level is ``-``."""
    if method not in METHODS:
        raise ValueError(f"unknown scoring method {method!r}")  # untranslated: a programming mistake, never a content problem
    if len(targets) != len(LEVELS):
        raise ValueError("an indicator has exactly five target levels")  # untranslated: a programming mistake, never a content problem
    w = Fraction(weight)
    sign = -1 if lower_is_better else 1
    defined = [
        (name, Fraction(pct, 100), _num(t, fiscal_year_start))
        for (name, pct), t in zip(LEVELS, targets)
        if t is not None
    ]
    if not defined or targets[0] is None:
        raise ValueError("the অসাধারণ (100 %) target must be defined")  # untranslated: a programming mistake, never a content problem
    if achieved is None:
        return Score(method, w, None, Fraction(0), Fraction(0), None)
    a = _num(achieved, fiscal_year_start)
    oriented = [(name, pct, sign * t) for name, pct, t in defined]
    reached = _level_reached(oriented, sign * a)
    level = reached[0] if reached else None

    if method == "proportional":
        target = defined[0][2]
        if not lower_is_better:
            ratio = Fraction(1) if target <= 0 else min(a / target, Fraction(1))
        else:
            ratio = Fraction(1) if a <= target else (target / a if a > 0 else Fraction(0))
        ratio = max(ratio, Fraction(0))
        percent = ratio if ratio >= Fraction(6, 10) else Fraction(0)
        return Score(method, w, a, percent, w * percent, level, ratio, target)

    if method == "step":
        percent = reached[1] if reached else Fraction(0)
        return Score(method, w, a, percent, w * percent, level)

    # linear
    x = sign * a
    bracket = None
    if x >= oriented[0][2]:
        percent = Fraction(1)
    else:
        percent = Fraction(0)
        for (n_hi, p_hi, t_hi), (n_lo, p_lo, t_lo) in zip(oriented, oriented[1:]):
            if t_lo <= x < t_hi:
                percent = p_lo + (p_hi - p_lo) * (x - t_lo) / (t_hi - t_lo)
                bracket = ((n_hi, sign * t_hi), (n_lo, sign * t_lo))
                break
    return Score(method, w, a, percent, w * percent, level, bracket=bracket)
