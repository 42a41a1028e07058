"""Figures and where they come from.

Every number a plan or report page shows is a ``Figure``: its value and its
provenance — ``document`` (the source states it), ``editor`` (the webmaster
derived it; the record says how) or ``computed`` (this program: achievements
to date, scores, totals; each with its formula).  A figure computed from a
নমুনা (sample) record is itself sample, wherever it shows.

The formulas are written the way a reader checks them by hand:
``১০ × ৩ ÷ ৪ = ৭.৫, আনুপাতিক পদ্ধতি``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from decimal import Decimal
from fractions import Fraction
from typing import Any, Iterable, Sequence

from . import bangla, scoring

DOCUMENT, EDITOR, COMPUTED = "document", "editor", "computed"
LABELS = {DOCUMENT: "দলিলে উল্লিখিত", EDITOR: "সম্পাদকের নির্ণয়", COMPUTED: "হিসাবকৃত"}
SHORT = {DOCUMENT: "দলিল", EDITOR: "সম্পাদক", COMPUTED: "হিসাব"}  # in table cells and headers
METHOD_NAMES = {"proportional": "আনুপাতিক পদ্ধতি", "linear": "রৈখিক পদ্ধতি", "step": "ধাপভিত্তিক পদ্ধতি"}


@dataclass(frozen=True)
class Figure:
    value: Any  # Decimal | Fraction | date | str | None
    provenance: str  # document | editor | computed
    reason: str | None = None  # editor: how it was derived
    how: str | partial | None = None  # computed: its formula, or what writes it (see formula)
    sample: bool = False  # computed from, or stated in, a নমুনা record

    @property
    def label(self) -> str:
        return LABELS[self.provenance]

    @property
    def formula(self) -> str | None:
        """How it was computed, in Bangla.  Written when a page asks: a
        national build computes every scorecard (the monitoring pages rank
        by its totals) and renders few of them again, and the formulas,
        with their Bangla numbers, were a third of that work."""
        return self.how() if isinstance(self.how, partial) else self.how


def formula(write: Any, *args: Any) -> partial:
    """A formula to be written by ``write(*args)`` when asked (Figure.formula)."""
    return partial(write, *args)


def declared(field: str, *notes: Any) -> tuple[str, str | None]:
    """The provenance a record declares for ``field``: the first of ``notes``
    (most specific first: an indicator's, then its record's) that names it;
    otherwise the document."""
    for block in notes:
        note = getattr(block, field, None) if block is not None else None
        if note is not None:
            return note.source, note.reason
    return DOCUMENT, None


def stated(value: Any, field: str, *notes: Any, sample: bool = False) -> Figure:
    source, reason = declared(field, *notes)
    return Figure(value, source, reason, sample=sample)


def editor_notes(figures: Iterable[Figure]) -> list[tuple[str, str]]:
    """The distinct reasons given for editor figures, numbered in order of
    appearance: [(number, reason)]."""
    seen: dict[str, str] = {}
    for f in figures:
        if f.provenance == EDITOR and f.reason and f.reason not in seen:
            seen[f.reason] = bangla.digits(len(seen) + 1)
    return [(n, r) for r, n in seen.items()]


# ---------------------------------------------------------------- formulas


n = bangla.figure  # a number or a date, as the formulas write it


def _pct(x: Fraction) -> str:
    return bangla.number(x * 100) + "%"


def to_date_formula(calculation: str | None, quarters: dict[int, Any], result: Any) -> str:
    """How the figure to date follows from the quarters' figures."""
    present = [(q, v) for q, v in sorted(quarters.items()) if v is not None]
    if not present:
        return "কোনো ত্রৈমাসিকে অর্জন উল্লেখ নেই"
    if calculation is None:
        if len(present) == 1:
            return f"একটিমাত্র ত্রৈমাসিকের ({bangla.quarter_label(present[0][0])}) সংখ্যা"
        return "গণনা পদ্ধতি উল্লেখ নেই, তাই ত্রৈমাসিকের সংখ্যাগুলো থেকে অদ্যাবধি অর্জন হিসাব করা যায়নি"
    if calculation == scoring.SUM:
        return f"সমষ্টি: {' + '.join(n(v) for _, v in present)} = {n(result)}"
    if calculation == scoring.AVERAGE:
        return f"গড়: ({' + '.join(n(v) for _, v in present)}) ÷ {bangla.digits(len(present))} = {n(result)}"
    return f"{calculation}: সর্বশেষ ({bangla.quarter_label(present[-1][0])}) সংখ্যা"


def score_formula(s: scoring.Score, achieved: Any, targets: Sequence[Any], weight: Decimal, lower_is_better: bool) -> str:
    """The score's formula with its inputs, e.g. ``১০ × ৩ ÷ ৪ = ৭.৫, আনুপাতিক পদ্ধতি``."""
    method = METHOD_NAMES[s.method]
    w = n(weight)
    if achieved is None:
        return f"অর্জন নেই, তাই ০; {method}"
    days = ""
    if isinstance(achieved, date):
        parts = [f"অর্জন {n(achieved)} = {bangla.digits(int(s.achieved))}তম দিন"]  # type: ignore[arg-type]
        if s.method == "proportional" and isinstance(targets[0], date):
            parts.append(f"লক্ষ্যমাত্রা {n(targets[0])} = {bangla.digits(int(s.target))}তম দিন")  # type: ignore[arg-type]
        days = f" (তারিখ অর্থবছরের দিন-সংখ্যা হিসেবে: {'; '.join(parts)})"
    a = bangla.number(s.achieved)  # type: ignore[arg-type]
    if s.method == "proportional":
        t = bangla.number(s.target)  # type: ignore[arg-type]
        assert s.ratio is not None
        if s.ratio >= 1:
            cmp = "≤" if lower_is_better else "≥"
            return f"অর্জন {a} {cmp} অসাধারণ লক্ষ্যমাত্রা {t}, তাই পূর্ণ মান {w}; {method}{days}"
        frac = f"{t} ÷ {a}" if lower_is_better else f"{a} ÷ {t}"
        if s.percent == 0:
            return f"{frac} = {_pct(s.ratio)}, ৬০%-এর নিচে, তাই ০; {method}{days}"
        return f"{w} × {frac} = {n(s.score)}, {method}{days}"
    if s.method == "step":
        if s.level is None:
            return f"কোনো লক্ষ্যমাত্রা-স্তর অর্জিত হয়নি, তাই ০; {method}{days}"
        return f"{w} × {_pct(s.percent)} = {n(s.score)}, {method} (অর্জিত স্তর: {s.level}){days}"
    if s.percent == 1:
        return f"অর্জন {a} অসাধারণ লক্ষ্যমাত্রায় পৌঁছেছে, তাই পূর্ণ মান {w}; {method}{days}"
    if s.bracket is None:
        return f"অর্জন {a} সর্বনিম্ন লক্ষ্যমাত্রা-স্তরের নিচে, তাই ০; {method}{days}"
    (hi, t_hi), (lo, t_lo) = s.bracket
    return (
        f"{w} × {_pct(s.percent)} = {n(s.score)}, {method} "
        f"(অর্জন {a}, {lo} {bangla.number(t_lo)} ও {hi} {bangla.number(t_hi)}-এর মধ্যে){days}"
    )


def sum_formula(parts: Sequence[Fraction | None], total: Fraction | None) -> str:
    if total is None:
        return "কিছু সূচকের অর্জিত মান হিসাব করা যায়নি, তাই মোট হিসাব করা হয়নি"
    return f"{' + '.join(n(p) for p in parts)} = {n(total)}"
