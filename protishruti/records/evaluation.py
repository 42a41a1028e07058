"""বার্ষিক মূল্যায়ন প্রতিবেদন: the action plan's whole year — for each
indicator, its progress through the quarters as written (often one line per
quarter) and the year's figure, scored against the plan's targets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .. import bangla, charts, periods, schema, twins, urls
from ..scorecards import Quarter, Scorecard, notes, scorecard
from ..views import EvidenceView, RecordView, history
from . import RecordType
from .plan import check_entries, plan_of


@dataclass
class EvaluationView(RecordView):
    plan: Any = None  # the PlanView of its fiscal year
    scorecard: Scorecard | None = None
    evidence: list[EvidenceView] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.model.title or (
            f"সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা {bangla.fiscal_year(self.model.fiscal_year)} "
            "অর্থবছরের বার্ষিক মূল্যায়ন প্রতিবেদন"
        )

    @property
    def crumb_title(self) -> str:
        return "বার্ষিক মূল্যায়ন"

    def crumbs(self) -> list[tuple[str, str]]:
        if self.plan is None:
            return []
        return [(f"কর্মপরিকল্পনা {bangla.fiscal_year_label(self.model.fiscal_year)}", self.plan.url)]

    @property
    def period(self) -> tuple[date, date]:
        return periods.fiscal_year(self.model.fiscal_year)

    @property
    def dated(self) -> date:
        return self.model.submitted or self.period[1]

    @property
    def list_label(self) -> str:
        return f"{bangla.fiscal_year_label(self.model.fiscal_year)}ের বার্ষিক মূল্যায়ন প্রতিবেদন"

    @property
    def list_date(self) -> tuple[str, date]:
        return ("দাখিল", self.model.submitted) if self.model.submitted else ("অর্থবছর শেষ", self.period[1])

    @property
    def contains_sample(self) -> bool:
        return self.scorecard is not None and self.scorecard.contains_sample

    def page_data(self) -> dict[str, Any]:
        return {
            "evaluation": self,
            "notes": notes(self.scorecard) if self.scorecard else {},
            "progress": {row.indicator.id: row for row in self.scorecard.rows} if self.scorecard else None,
            "entries": {p.id: p for p in self.model.indicators},
            "score_chart": charts.scores(self.scorecard) if self.scorecard else None,
        }

    def computed(self, base: str) -> dict[str, Any]:
        return {
            "fiscal_year": {"id": self.model.fiscal_year, "label": bangla.fiscal_year_label(self.model.fiscal_year)},
            "period": {"start": twins.dual_date(self.period[0]), "end": twins.dual_date(self.period[1])},
            "submitted": twins.dual_date(self.model.submitted),
            "action_plan": base + self.plan.url if self.plan else None,
            "scores": twins.scorecard(self.scorecard, base) if self.scorecard else None,
            "evidence": twins.evidence(self.evidence, base),
        }

    def table_csv(self) -> str | None:
        return twins.scorecard_csv(self.scorecard, []) if self.scorecard else None


def _build(build: Any, office: Any, ov: Any) -> list[RecordView]:
    plan_by_fy = {p.fiscal_year: p for p in ov.plans}
    out = []
    for fy, rec in sorted(office.records.get("evaluation", {}).items(), reverse=True):
        m = rec.model
        plan = plan_by_fy.get(fy)
        ev = {p.id: build.evidence(ov.slug, p.evidence) for p in m.indicators}
        card = None
        if plan:
            card = scorecard(plan.model, {}, 0, build.method, m, ev, plan.sample, year=Quarter(m, m.sample or ov.sample))
        view = EvaluationView(TYPE, m, rec.source.path, ov, _url(ov.slug, m), history(m, m.submitted), plan, card,
                              build.evidence(ov.slug, m.evidence))
        if plan:
            plan.evaluation = view
        out.append(view)
    return out


def _url(slug: str, model: schema.AnnualEvaluation) -> str:
    return f"{urls.office(slug)}evaluations/{model.fiscal_year}/"


def _check(ctx: Any, rec: Any) -> None:
    src, m = rec.source, rec.model
    plan = plan_of(ctx, src, m.fiscal_year)
    if m.submitted and m.submitted < periods.fiscal_year(m.fiscal_year)[0]:
        ctx.add(src, ("submitted",), f"submitted {m.submitted} is before the {m.fiscal_year} fiscal year began: check the date")
    check_entries(ctx, src, plan, m.indicators, m.fiscal_year)


TYPE = RecordType(
    kind="evaluation",
    folder="evaluations",
    model=schema.AnnualEvaluation,
    view=EvaluationView,
    label="বার্ষিক মূল্যায়ন প্রতিবেদন",
    template="evaluation.html",
    order=35,
    key=lambda e: e.fiscal_year,
    key_field="fiscal_year",
    clash=lambda first, e: f"{first} is already the {e.fiscal_year} annual evaluation: one per fiscal year",
    url=_url,
    withdrawn_label="মূল্যায়ন প্রতিবেদন",
    twin_list="evaluations",
    natural_date=lambda e: e.submitted,
    build=_build,
    needs=("plan",),
    check=_check,
    latest=True,
    csv=True,
)
