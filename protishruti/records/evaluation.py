"""বার্ষিক মূল্যায়ন প্রতিবেদন: the action plan's whole year — for each
indicator, its progress through the quarters as written (often one line per
quarter) and the year's figure, scored against the plan's targets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import bangla, charts, periods, schema, twins, urls
from ..messages import tr
from ..scorecards import Counted, scorecard
from ..views import EvidenceView, RecordView, history
from . import RecordType
from .plan import MeasuredView, check_entries, plan_of


@dataclass
class EvaluationView(MeasuredView):
    evidence: list[EvidenceView] = field(default_factory=list)
    PERIOD_END = "অর্থবছর শেষ"

    @property
    def title(self) -> str:
        return self.model.title or (
            f"সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা {bangla.fiscal_year(self.model.fiscal_year)} "
            "অর্থবছরের বার্ষিক মূল্যায়ন প্রতিবেদন"
        )

    @property
    def crumb_title(self) -> str:
        return "বার্ষিক মূল্যায়ন"

    @property
    def list_label(self) -> str:
        return f"{bangla.fiscal_year_label(self.model.fiscal_year)}ের বার্ষিক মূল্যায়ন প্রতিবেদন"

    def page_data(self) -> dict[str, Any]:
        return {
            "evaluation": self,
            **self.scorecard_data(),
            "entries": {p.id: p for p in self.model.indicators},
            "score_chart": charts.scores(self.scorecard) if self.scorecard else None,
        }

    def computed(self, base: str) -> dict[str, Any]:
        return {**self.measured_twin(base), "evidence": twins.evidence(self.evidence, base)}

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
            card = scorecard(plan.model, {}, 0, build.method, m, ev, plan.sample, year=Counted.of(m, ov))
        view = EvaluationView(TYPE, m, rec.source.path, ov, _url(ov.slug, m), history(m, m.submitted), plan, card,
                              periods.fiscal_year(fy), evidence=build.evidence(ov.slug, m.evidence))
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
        ctx.add(src, ("submitted",), tr("submitted {date} is before the {fiscal_year} fiscal year began: check the date",
                                         date=m.submitted.isoformat(), fiscal_year=m.fiscal_year))
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
    clash=lambda first, e: tr("{first} is already the {fiscal_year} annual evaluation: one per fiscal year",
                              first=first, fiscal_year=e.fiscal_year),
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
