"""Scorecards: every indicator of an action plan with its quarterly figures,
its achievement to date, and its score; area and grand totals.  Used by the
action-plan and report pages (protishruti/records/) and their twins."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from . import periods, schema, scoring
from .views import EvidenceView

QUARTERS = (1, 2, 3, 4)


@dataclass
class Row:
    """One indicator in a plan or report table."""

    area: schema.Area
    area_index: int
    activity: schema.Activity
    indicator: schema.Indicator
    quarters: dict[int, scoring.Value]  # quarter → that quarter's figure (None = nothing reported)
    to_date: scoring.Value
    score: scoring.Score
    progress: schema.Progress | None = None  # the entry in this report, if any
    evidence: list[EvidenceView] = field(default_factory=list)


@dataclass
class AreaTotal:
    area: schema.Area
    index: int
    weight: Decimal
    score: Fraction


@dataclass
class Scorecard:
    method: str
    rows: list[Row]
    areas: list[AreaTotal]
    weight: Decimal
    score: Fraction
    up_to_quarter: int  # the last quarter counted
    missing_quarters: list[int]  # earlier quarters with no report


def plan_rows(plan: schema.ActionPlan) -> list[tuple[int, schema.Area, schema.Activity, schema.Indicator]]:
    return [
        (ai, area, act, ind)
        for ai, area in enumerate(plan.areas, start=1)
        for act in area.activities
        for ind in act.indicators
    ]


def scorecard(
    plan: schema.ActionPlan,
    reports: dict[int, schema.QuarterlyReport],
    up_to: int,
    method: str,
    this_report: schema.QuarterlyReport | None = None,
    evidence: dict[str, list[EvidenceView]] | None = None,
) -> Scorecard:
    """Scores of every indicator of ``plan`` from the reports of quarters
    1..``up_to`` (a quarter with no report counts as nothing reported)."""
    fy_start = periods.fiscal_year(plan.fiscal_year)[0]
    progress = {p.id: p for p in this_report.indicators} if this_report else {}
    rows: list[Row] = []
    for ai, area, act, ind in plan_rows(plan):
        quarters: dict[int, scoring.Value] = {}
        for q in QUARTERS[:up_to]:
            entry = next((p for p in reports[q].indicators if p.id == ind.id), None) if q in reports else None
            quarters[q] = entry.achievement if entry else None
        to_date = scoring.combine(ind.calculation, [quarters[q] for q in QUARTERS[:up_to]])
        s = scoring.score(ind.targets, to_date, ind.weight, method, ind.lower_is_better, fy_start)
        rows.append(
            Row(area, ai, act, ind, quarters, to_date, s, progress.get(ind.id), (evidence or {}).get(ind.id, []))
        )
    areas = []
    for ai, area in enumerate(plan.areas, start=1):
        areas.append(AreaTotal(area, ai, area.weight, sum((r.score.score for r in rows if r.area_index == ai), Fraction(0))))
    return Scorecard(
        method=method,
        rows=rows,
        areas=areas,
        weight=sum((a.weight for a in plan.areas), Decimal(0)),
        score=sum((a.score for a in areas), Fraction(0)),
        up_to_quarter=up_to,
        missing_quarters=[q for q in QUARTERS[:up_to] if q not in reports],
    )
