"""Chart geometry, computed at build time: plain numbers (percent positions)
that the templates draw as inline SVG.  No chart library reaches the browser,
and every chart has a text equivalent built from the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from . import bangla, scoring
from .scorecards import Row, Scorecard
from .statuses import StatusCount

LEVEL_SHORT = ("১০০%", "৯০%", "৮০%", "৭০%", "৬০%")


def _fmt(value: object) -> str:
    return bangla.figure(value, none="-")  # type: ignore[arg-type]


@dataclass(frozen=True)
class Tick:
    x: float  # 0..100
    level: str
    pct: str
    value: str
    reached: bool

    @property
    def left(self) -> int:
        """Where its label goes, in whole percent: a class of style.css
        (``at-N``), since the Content-Security-Policy allows no inline styles."""
        return round(self.x)


@dataclass(frozen=True)
class IndicatorChart:
    bar: float  # 0..100, the achievement to date
    ticks: tuple[Tick, ...]
    achieved: str
    lower_is_better: bool
    text: str  # the text equivalent


def indicator(row: Row, fiscal_year_start: date) -> IndicatorChart:
    """Achievement to date against the five target levels on one scale."""

    def num(v: object) -> Fraction:
        if isinstance(v, date):
            return Fraction(scoring.day_number(v, fiscal_year_start))
        return Fraction(v)  # type: ignore[arg-type]

    ind = row.indicator
    to_date = row.to_date.value
    level = row.result.level if row.result else None
    values = [num(t) for t in ind.targets if t is not None]
    if to_date is not None:
        values.append(num(to_date))
    top = max(values + [Fraction(1)]) * Fraction(11, 10)
    ticks = []
    for (name, _), short, target in zip(scoring.LEVELS, LEVEL_SHORT, ind.levels):
        if target is None:
            continue
        ticks.append(Tick(round(float(num(target) / top * 100), 2), name, short, _fmt(target), level == name))
    bar = round(float(num(to_date) / top * 100), 2) if to_date is not None else 0.0
    targets = "; ".join(f"{t.level} ({t.pct}): {t.value}" for t in ticks)
    if row.result is None:
        reached = ", অর্জিত স্তর হিসাব করা যায়নি"
    else:
        reached = f", অর্জিত স্তর: {level}" if level else ", কোনো লক্ষ্যমাত্রা-স্তর অর্জিত হয়নি"
    direction = " কম হলে ভালো।" if ind.lower_is_better else ""
    shown = _fmt(to_date) if row.result is not None or to_date is None else "হিসাব করা যায়নি"
    text = f"অদ্যাবধি অর্জন {shown}{reached}। লক্ষ্যমাত্রা — {targets}।{direction}"
    return IndicatorChart(bar if row.result is not None else 0.0, tuple(ticks), shown, ind.lower_is_better, text)


@dataclass(frozen=True)
class ScoreBar:
    label: str
    score: str
    weight: str
    width: float  # 0..100


@dataclass(frozen=True)
class ScoreChart:
    total: ScoreBar
    areas: tuple[ScoreBar, ...]
    text: str
    sample: bool = False  # drawn from নমুনা figures


def scores(card: Scorecard) -> ScoreChart:
    def bar(label: str, score: Fraction | None, weight: object) -> ScoreBar:
        w = Fraction(weight) if weight else Fraction(1)  # type: ignore[arg-type]
        if score is None:
            return ScoreBar(label, "—", bangla.number(w), 0.0)
        return ScoreBar(label, bangla.number(score), bangla.number(w), round(float(score / w * 100), 2) if w else 0.0)

    total = bar("সর্বমোট", card.score.value, card.weight.value)
    areas = tuple(bar(f"{bangla.digits(a.index)}. {a.area.name}", a.score.value, a.weight.value) for a in card.areas)
    def said(b: ScoreBar) -> str:
        return "হিসাব করা যায়নি" if b.score == "—" else b.score

    text = f"সর্বমোট অর্জিত মান {said(total)}, {total.weight}-এর মধ্যে। " + " ".join(
        f"{a.label}: {said(a)}, {a.weight}-এর মধ্যে।" for a in areas
    )
    return ScoreChart(total, areas, text, card.score.sample)


@dataclass(frozen=True)
class Segment:
    status: str
    css: str
    mark: str
    count: str
    left: int  # whole percent (classes at-N and span-N of style.css: no inline styles under the CSP) …
    span: int  # … rounded at the boundaries, so the segments always tile the bar exactly


@dataclass(frozen=True)
class StatusChart:
    segments: tuple[Segment, ...]
    total: str
    text: str


def statuses(counts: list[StatusCount]) -> StatusChart:
    """Decisions by status word (see protishruti/statuses.py)."""
    total = sum(c.count for c in counts)
    segments, before = [], 0
    for c in counts:
        lo, hi = round(Fraction(before * 100, total)), round(Fraction((before + c.count) * 100, total))
        segments.append(Segment(c.word, c.css, c.mark, bangla.digits(c.count), lo, hi - lo))
        before += c.count
    text = f"মোট {bangla.digits(total)}টি সিদ্ধান্ত: " + "; ".join(f"{s.status} {s.count}টি" for s in segments) + "।"
    return StatusChart(tuple(segments), bangla.digits(total), text)
