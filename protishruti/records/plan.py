"""কর্মপরিকল্পনা: the action plan of one fiscal year, with every quarter's
progress and the scores to date."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from .. import bangla, charts, periods, schema, twins, urls
from ..messages import tr
from ..scorecards import Counted, Scorecard, notes, scorecard
from ..scoring import DATE
from ..views import RecordView, history
from . import RecordType


class Scored:
    """For views that show a scorecard (a plan, a report, an evaluation)."""

    scorecard: Scorecard | None

    @property
    def contains_sample(self) -> bool:
        return self.scorecard is not None and self.scorecard.contains_sample

    def scorecard_data(self) -> dict[str, Any]:
        """Template variables every scorecard page uses: the editor's notes
        and each indicator's row."""
        if self.scorecard is None:
            return {"notes": {}, "progress": None}
        return {"notes": notes(self.scorecard), "progress": {r.indicator.id: r for r in self.scorecard.rows}}


@dataclass
class PlanView(Scored, RecordView):
    scorecard: Scorecard | None = None
    reports: list[Any] = field(default_factory=list)  # ReportViews, by quarter
    evaluation: Any = None  # the EvaluationView of its year, if published

    @property
    def title(self) -> str:
        return f"সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা {bangla.fiscal_year_label(self.fiscal_year)}"

    @property
    def fiscal_year(self) -> str:
        return self.model.fiscal_year

    @property
    def dated(self) -> date:
        """The plan's own date: the first day of its fiscal year."""
        return periods.fiscal_year(self.fiscal_year)[0]

    def report_urls(self) -> dict[int, str]:
        return {r.model.quarter: r.url for r in self.reports}

    def page_data(self) -> dict[str, Any]:
        return {
            "plan": self,
            **self.scorecard_data(),
            "stated_levels": stated_levels(self.model),
            "fy_period": periods.fiscal_year(self.fiscal_year),
            "reports": self.report_urls(),
            "score_chart": charts.scores(self.scorecard) if self.reports else None,
        }

    def computed(self, base: str) -> dict[str, Any]:
        return {
            "fiscal_year": {"id": self.fiscal_year, "label": bangla.fiscal_year_label(self.fiscal_year)},
            "reports": [base + r.url for r in self.reports],
            "annual_evaluation": base + self.evaluation.url if self.evaluation else None,
            "progress": twins.scorecard(self.scorecard, base),
        }

    def table_csv(self) -> str | None:
        return twins.scorecard_csv(self.scorecard, [1, 2, 3, 4])


def counted_reports(office: Any, ov: Any, fiscal_year: str, up_to: int = 4) -> dict[int, Counted]:
    """The quarterly reports of ``fiscal_year`` (to quarter ``up_to``) that
    count towards the scores to date: withdrawn ones keep their pages but
    count for nothing."""
    return {
        q: Counted.of(r.model, ov)
        for (fy, q), r in office.records.get("report", {}).items()
        if fy == fiscal_year and q <= up_to and not r.model.withdrawn
    }


@dataclass
class MeasuredView(Scored, RecordView):
    """A record measured against its fiscal year's action plan: a quarterly
    report, an annual evaluation."""

    plan: Any = None  # the PlanView of its fiscal year
    scorecard: Scorecard | None = None
    period: tuple[date, date] = (date.min, date.min)
    PERIOD_END = "সময়কাল শেষ"  # how lists name the period's end when nothing was submitted

    @property
    def dated(self) -> date:
        """Its own date: its submission, or else the end of its period."""
        return self.model.submitted or self.period[1]

    @property
    def list_date(self) -> tuple[str, date]:
        return ("দাখিল", self.model.submitted) if self.model.submitted else (self.PERIOD_END, self.period[1])

    def crumbs(self) -> list[tuple[str, str]]:
        if self.plan is None:
            return []
        return [(f"কর্মপরিকল্পনা {bangla.fiscal_year_label(self.model.fiscal_year)}", self.plan.url)]

    def measured_twin(self, base: str, **period: Any) -> dict[str, Any]:
        """The JSON twin's parts every measured record has (``period``: more
        about its period, after the fiscal year)."""
        return {
            "fiscal_year": {"id": self.model.fiscal_year, "label": bangla.fiscal_year_label(self.model.fiscal_year)},
            **period,
            "period": {"start": twins.dual_date(self.period[0]), "end": twins.dual_date(self.period[1])},
            "submitted": twins.dual_date(self.model.submitted),
            "action_plan": base + self.plan.url if self.plan else None,
            "scores": twins.scorecard(self.scorecard, base) if self.scorecard else None,
        }


def _build(build: Any, office: Any, ov: Any) -> list[RecordView]:
    out = []
    for fy, plan in sorted(office.records.get("plan", {}).items(), reverse=True):
        by_q = counted_reports(office, ov, fy)
        card = scorecard(plan.model, by_q, max(by_q, default=0), build.method, plan_sample=plan.model.sample or ov.sample)
        out.append(PlanView(TYPE, plan.model, plan.source.path, ov, _url(ov.slug, plan.model),
                            history(plan.model), card))
    return out


def _url(slug: str, model: schema.ActionPlan) -> str:
    return f"{urls.office(slug)}action-plans/{model.fiscal_year}/"


def _id(text: str) -> str:
    return f"[{bangla.digits(text)}]"


def _plain(n: Decimal) -> str:
    return format(n.normalize(), "f")


def _check(ctx: Any, plan: Any) -> None:
    src, p = plan.source, plan.model
    seen: dict[str, int] = {}
    for ai, area in enumerate(p.areas):
        total = area.indicators_weight
        if total != area.weight and not area.weights_note:
            ctx.add(src, ("areas", ai, "weight"),
                    tr("area '{area}' has weight {weight} but its indicators' weights add up to "
                       "{total}: correct the typing, or, if the document says so, keep its figures and "
                       "add 'weights_note:' (e.g. weights_note: দলিলে এভাবেই আছে)",
                       area=area.name, weight=bangla.digits(_plain(area.weight)), total=bangla.digits(_plain(total))))
        for ci, act in enumerate(area.activities):
            if act.id.split(".")[0] != str(ai + 1) or act.id.count(".") != 1:
                ctx.add(src, ("areas", ai, "activities", ci, "id"),
                        tr("activity id {id} does not fit area {area}: activities of area {area} are numbered {first}, {second}, …",
                           id=_id(act.id), area=bangla.digits(ai + 1), first=_id(f"{ai + 1}.1"), second=_id(f"{ai + 1}.2")))
            for key, loc in [(act.id, ("areas", ai, "activities", ci, "id"))] + [
                (ind.id, ("areas", ai, "activities", ci, "indicators", ii, "id")) for ii, ind in enumerate(act.indicators)
            ]:
                if key in seen:
                    ctx.add(src, loc, tr("id {id} is used twice (first on line {line}): give each its own id", id=_id(key), line=seen[key]))
                else:
                    seen[key] = ctx.line(src, *loc)
            for ii, ind in enumerate(act.indicators):
                base = ("areas", ai, "activities", ci, "indicators", ii)
                if ind.id.rsplit(".", 1)[0] != act.id or ind.id.count(".") != act.id.count(".") + 1:
                    ctx.add(src, (*base, "id"),
                            tr("indicator id {id} does not belong to activity {activity}: number it {first}, {second}, …",
                               id=_id(ind.id), activity=_id(act.id), first=_id(act.id + ".1"), second=_id(act.id + ".2")))
                _check_targets(ctx, src, base, ind)


def wants_date(ind: schema.Indicator) -> bool:
    """Whether the indicator's figures are dates: by its গণনা পদ্ধতি, or, when
    the document gives none, by its targets."""
    if ind.calculation is not None:
        return ind.calculation == DATE
    return any(isinstance(t, date) for t in ind.targets if t is not None)


def _check_targets(ctx: Any, src: Any, base: tuple, ind: schema.Indicator) -> None:
    if not 1 <= len(ind.targets) <= 5:
        ctx.add(src, (*base, "targets"),
                tr("indicator {id} has {n} targets: give the levels the document has, "
                   "at most five, from অসাধারণ (100%) to চলতি মানের নিম্নে (60%) (e.g. [৪] when it has only অসাধারণ); "
                   "write '-' for a level it leaves empty", id=_id(ind.id), n=bangla.digits(len(ind.targets))))
        return
    want_date = wants_date(ind)
    if ind.calculation is None and len({isinstance(t, date) for t in ind.targets if t is not None}) > 1:
        ctx.add(src, (*base, "targets"), tr("targets of {id} mix dates and numbers: write all of them as one or the other", id=_id(ind.id)))
        return
    ok = True
    for ti, t in enumerate(ind.targets):
        if t is None:
            continue
        if want_date and not isinstance(t, date):
            ctx.add(src, (*base, "targets", ti), tr("indicator {id} is counted by তারিখ: its targets are dates (YYYY-MM-DD)", id=_id(ind.id)))
            ok = False
        elif not want_date and isinstance(t, date):
            ctx.add(src, (*base, "targets", ti),
                    tr("indicator {id} has a date as a target: set 'calculation: তারিখ' or write a number", id=_id(ind.id)))
            ok = False
    if ind.targets[0] is None:
        ctx.add(src, (*base, "targets", 0), tr("indicator {id} needs an অসাধারণ (100%) target, the first value", id=_id(ind.id)))
        return
    if not ok:
        return
    defined = [(i, t) for i, t in enumerate(ind.targets) if t is not None]
    for (i0, t0), (i1, t1) in zip(defined, defined[1:]):
        bad = t1 <= t0 if ind.lower_is_better else t1 >= t0  # type: ignore[operator]
        if bad:
            ctx.add(src, (*base, "targets", i1), (
                tr("targets of {id} are out of order: lower is better, so they must rise from অসাধারণ (100%) to "
                   "চলতি মানের নিম্নে (60%)", id=_id(ind.id))
                if ind.lower_is_better else
                tr("targets of {id} are out of order: higher is better, so they must fall from অসাধারণ (100%) to "
                   "চলতি মানের নিম্নে (60%) (or set lower_is_better: true)", id=_id(ind.id))
            ))
            break


TYPE = RecordType(
    kind="plan",
    folder="action-plans",
    model=schema.ActionPlan,
    view=PlanView,
    label="কর্মপরিকল্পনা",
    template="action_plan.html",
    order=20,
    key=lambda p: p.fiscal_year,
    key_field="fiscal_year",
    clash=lambda first, p: tr("{first} is already the {fiscal_year} action plan: one plan per fiscal year",
                              first=first, fiscal_year=p.fiscal_year),
    url=_url,
    withdrawn_label="কর্মপরিকল্পনা",
    twin_list="action_plans",
    build=_build,
    check=_check,
    csv=True,
)


# ---------------------------------------------------------------- measured against the plan


def plan_of(ctx: Any, src: Any, fiscal_year: str) -> Any:
    """The action plan a report or evaluation of ``fiscal_year`` is measured
    against; when there is none, says so (unless a plan of this office failed
    to load, which is reported there)."""
    plans = ctx.office.records.get("plan", {})
    plan = plans.get(fiscal_year)
    if plan is None and "plan" not in ctx.broken:
        have = ", ".join(sorted(plans)) or tr("none")
        ctx.add(src, ("fiscal_year",),
                tr("there is no {fiscal_year} action plan for this office (plans: {plans}): add action-plans/{fiscal_year}.yaml or fix the fiscal year",
                   fiscal_year=fiscal_year, plans=have))
    return plan


def check_entries(ctx: Any, src: Any, plan: Any, entries: list[Any], fiscal_year: str) -> None:
    """Each indicator entry of a report or evaluation: given once, an
    indicator of the plan, its figure a date or a number as the plan's is."""
    indicators = {ind.id: ind for ind in plan.model.every_indicator()} if plan else {}
    seen: dict[str, int] = {}
    for i, entry in enumerate(entries):
        if entry.id in seen:
            ctx.add(src, ("indicators", i, "id"), tr("indicator {id} is given twice (first on line {line}): merge them",
                                                     id=_id(entry.id), line=seen[entry.id]))
            continue
        seen[entry.id] = ctx.line(src, "indicators", i, "id")
        if plan is None:
            continue
        ind = indicators.get(entry.id)
        if ind is None:
            close = difflib.get_close_matches(entry.id, sorted(indicators), n=1, cutoff=0.6)
            hint = tr(" — did you mean {suggestion}?", suggestion=_id(close[0])) if close else ""
            ctx.add(src, ("indicators", i, "id"), tr("the {fiscal_year} action plan has no indicator {id}{hint}",
                                                     fiscal_year=fiscal_year, id=_id(entry.id), hint=hint))
        elif entry.achievement is not None and wants_date(ind) != isinstance(entry.achievement, date):
            says = f"({ind.calculation})" if ind.calculation else tr("(its targets)")
            ctx.add(src, ("indicators", i, "achievement"), (
                tr("the achievement of {id} should be a date (YYYY-MM-DD), as its plan says {says}", id=_id(entry.id), says=says)
                if wants_date(ind) else
                tr("the achievement of {id} should be a number, as its plan says {says}", id=_id(entry.id), says=says)
            ))


def stated_levels(plan: schema.ActionPlan) -> list[int]:
    """The target-level columns (0 = অসাধারণ … 4) the plan's table has: as
    many as its indicators give (a document may have only অসাধারণ)."""
    inds = plan.every_indicator()
    return list(range(max(len(ind.targets) for ind in inds)))
