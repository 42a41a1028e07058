"""Scorecards: every indicator of an action plan with its quarterly figures,
its achievement to date and its score, and area and grand totals, each a
``Figure`` that knows where it came from (protishruti/figures.py).  Used by
the action-plan and report pages (protishruti/records/) and their twins."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from . import figures, periods, schema, scoring
from .figures import COMPUTED, Figure
from .views import EvidenceView

QUARTERS = (1, 2, 3, 4)


@dataclass(frozen=True)
class Counted:
    """A report (or an annual evaluation) counted in a scorecard."""

    model: schema.QuarterlyReport | schema.AnnualEvaluation
    sample: bool  # the record or its office is নমুনা

    @classmethod
    def of(cls, model: Any, office: Any) -> "Counted":
        return cls(model, bool(model.sample or office.sample))


@dataclass
class Row:
    """One indicator in a plan or report table."""

    area: schema.Area
    area_index: int
    activity: schema.Activity
    indicator: schema.Indicator
    weight: Figure
    targets: list[Figure]
    calculation: Figure  # its value is the method's name, or None when not stated
    quarters: dict[int, Figure]  # quarter → that quarter's figure (value None = nothing reported)
    to_date: Figure
    score: Figure  # value None when it cannot be computed
    result: scoring.Score | None  # the score's inputs and level, when computed
    progress: schema.Progress | schema.YearProgress | None = None  # the entry in this report, if any
    evidence: list[EvidenceView] = field(default_factory=list)

    def figures(self) -> list[Figure]:
        return [self.weight, *self.targets, *self.quarters.values(), self.calculation, self.to_date, self.score]


@dataclass
class AreaTotal:
    area: schema.Area
    index: int
    weight: Figure
    score: Figure


@dataclass
class Scorecard:
    method: str
    rows: list[Row]
    areas: list[AreaTotal]
    weight: Figure
    score: Figure
    up_to_quarter: int  # the last quarter counted
    missing_quarters: list[int]  # earlier quarters with no report
    sample_quarters: list[int]  # quarters whose report is নমুনা

    def figures(self) -> list[Figure]:
        out = [f for r in self.rows for f in r.figures()]
        return out + [f for a in self.areas for f in (a.weight, a.score)] + [self.weight, self.score]

    @functools.cached_property
    def contains_sample(self) -> bool:
        """Some figure comes from নমুনা data (asked by every list and page that shows the record)."""
        return any(f.sample for f in self.figures())


def plan_rows(plan: schema.ActionPlan) -> list[tuple[int, schema.Area, schema.Activity, schema.Indicator]]:
    return [
        (ai, area, act, ind)
        for ai, area in enumerate(plan.areas, start=1)
        for act in area.activities
        for ind in act.indicators
    ]


def _to_date(calculation: str | None, quarters: dict[int, Any]) -> tuple[Any, bool]:
    """The figure to date, and whether it could be computed."""
    present = [v for v in quarters.values() if v is not None]
    if calculation is None:
        # with one figure every method agrees; with more, the method decides
        if len(present) > 1:
            return None, False
        return (present[0] if present else None), True
    return scoring.combine(calculation, [quarters[q] for q in sorted(quarters)]), True


def _sum(parts: list[Figure]) -> Figure:
    values = [p.value for p in parts]
    total = None if any(v is None for v in values) else sum(values, Fraction(0))
    return Figure(total, COMPUTED, how=figures.formula(figures.sum_formula, values, total), sample=any(p.sample for p in parts))


def scorecard(
    plan: schema.ActionPlan,
    reports: dict[int, Counted],
    up_to: int,
    method: str,
    this_report: schema.QuarterlyReport | schema.AnnualEvaluation | None = None,
    evidence: dict[str, list[EvidenceView]] | None = None,
    plan_sample: bool = False,
    year: Counted | None = None,
) -> Scorecard:
    """Scores of every indicator of ``plan`` from the reports of quarters
    1..``up_to`` (a quarter with no report counts as nothing reported), or,
    given ``year`` (an annual evaluation), from the year's figures it states."""
    fy_start = periods.fiscal_year(plan.fiscal_year)[0]
    progress = {p.id: p for p in this_report.indicators} if this_report else {}
    annual = {p.id: p for p in year.model.indicators} if year else {}
    entries = {q: {p.id: p for p in r.model.indicators} for q, r in reports.items()}
    rows: list[Row] = []
    for ai, area, act, ind in plan_rows(plan):
        notes = (ind.provenance, plan.provenance)
        quarters: dict[int, Figure] = {}
        for q in QUARTERS[:up_to]:
            rep = reports.get(q)
            entry = entries[q].get(ind.id) if rep else None
            if entry is None:
                quarters[q] = Figure(None, figures.DOCUMENT, sample=bool(rep and rep.sample))
            else:
                quarters[q] = figures.stated(entry.achievement, "achievement", entry.provenance, rep.model.provenance,  # type: ignore[union-attr]
                                             sample=rep.sample)  # type: ignore[union-attr]
        values = {q: f.value for q, f in quarters.items()}
        if year is not None:
            entry = annual.get(ind.id)
            value = entry.achievement if entry else None
            known = value is not None  # no year's figure stated: nothing to score, not a zero
            to_date = figures.stated(value, "achievement", entry.provenance if entry else None, year.model.provenance, sample=year.sample)
            inputs_sample = year.sample
        else:
            value, known = _to_date(ind.calculation, values)
            inputs_sample = any(f.sample for f in quarters.values() if f.value is not None)
            to_date = Figure(value, COMPUTED, how=figures.formula(figures.to_date_formula, ind.calculation, values, value),
                             sample=inputs_sample or plan_sample)
        targets = [figures.stated(t, "targets", *notes, sample=plan_sample) for t in ind.levels]
        weight = figures.stated(ind.weight, "weight", *notes, sample=plan_sample)
        if known:
            result = scoring.score(ind.levels, value, ind.weight, method, ind.lower_is_better, fy_start)
            score = Figure(result.score, COMPUTED, how=figures.formula(figures.score_formula, result, value, ind.levels, ind.weight, ind.lower_is_better),
                           sample=inputs_sample or plan_sample)
        else:
            result = None
            unknown = "বছরের অর্জন উল্লেখ নেই" if year is not None else "অদ্যাবধি অর্জন জানা নেই"
            score = Figure(None, COMPUTED, how=f"{unknown}, তাই অর্জিত মান হিসাব করা যায়নি", sample=inputs_sample or plan_sample)
        rows.append(Row(
            area, ai, act, ind, weight, targets, figures.stated(ind.calculation, "calculation", *notes, sample=plan_sample),
            quarters, to_date, score, result, progress.get(ind.id), (evidence or {}).get(ind.id, []),
        ))
    areas = []
    for ai, area in enumerate(plan.areas, start=1):
        scores = [r.score for r in rows if r.area_index == ai]
        areas.append(AreaTotal(area, ai, figures.stated(area.weight, "weight", plan.provenance, sample=plan_sample), _sum(scores)))
    total_weight = sum((a.weight for a in plan.areas), Decimal(0))
    return Scorecard(
        method=method,
        rows=rows,
        areas=areas,
        weight=Figure(total_weight, COMPUTED, how=figures.formula(figures.sum_formula, [a.weight for a in plan.areas], Fraction(total_weight)),
                      sample=plan_sample),
        score=_sum([a.score for a in areas]),
        up_to_quarter=up_to,
        missing_quarters=[q for q in QUARTERS[:up_to] if q not in reports],
        sample_quarters=[q for q in QUARTERS[:up_to] if q in reports and reports[q].sample],
    )


def notes(card: Scorecard) -> dict[str, str]:
    """The editor's reasons on a scorecard's page, each with its number."""
    return {reason: number for number, reason in figures.editor_notes(card.figures())}
