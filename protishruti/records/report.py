"""ত্রৈমাসিক প্রতিবেদন: a quarterly progress report against the action plan
of its fiscal year, with each indicator's figure, remarks, evidence and the
scores to date."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .. import bangla, charts, periods, schema, twins, urls
from ..messages import tr
from ..scorecards import Counted, scorecard
from ..scoring import CUMULATIVE
from ..views import RecordView, history
from .plan import MeasuredView, check_entries, counted_reports, plan_of
from . import RecordType


@dataclass
class ReportView(MeasuredView):
    @property
    def title(self) -> str:
        m = self.model
        return m.title or (
            f"সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা {bangla.fiscal_year(m.fiscal_year)} অর্থ বছরের "
            f"{bangla.ordinal(m.quarter)} ত্রৈমাসিকের প্রতিবেদন"
        )

    @property
    def quarter(self) -> int:
        return self.model.quarter

    @property
    def list_label(self) -> str:
        return f"{bangla.fiscal_year_label(self.model.fiscal_year)}, {bangla.quarter_label(self.model.quarter)}ের প্রতিবেদন"

    @property
    def crumb_title(self) -> str:
        return bangla.quarter_label(self.model.quarter)

    def page_data(self) -> dict[str, Any]:
        charts_data = None
        if self.scorecard is not None:
            start = periods.fiscal_year(self.model.fiscal_year)[0]
            charts_data = {
                "scores": charts.scores(self.scorecard),
                "indicators": {row.indicator.id: charts.indicator(row, start) for row in self.scorecard.rows},
            }
        return {
            "report": self,
            **self.scorecard_data(),
            "reports": self.plan.report_urls() if self.plan else {},
            # each indicator's target table has the level columns its plan has (a document may have only অসাধারণ)
            "stated_levels": {r.indicator.id: list(range(len(r.indicator.targets))) for r in self.scorecard.rows}
                             if self.scorecard else {},
            "charts": charts_data,
        }

    def computed(self, base: str) -> dict[str, Any]:
        m = self.model
        return self.measured_twin(base, quarter={"number": m.quarter, "label": bangla.quarter_label(m.quarter)})

    def table_csv(self) -> str | None:
        if self.scorecard is None:
            return None
        return twins.scorecard_csv(self.scorecard, list(range(1, self.scorecard.up_to_quarter + 1)))


def _build(build: Any, office: Any, ov: Any) -> list[RecordView]:
    plan_by_fy = {p.fiscal_year: p for p in ov.plans}
    out = []
    for (fy, q), rep in sorted(office.records.get("report", {}).items(), reverse=True):
        plan = plan_by_fy.get(fy)
        ev = {p.id: build.evidence(ov.slug, p.evidence) for p in rep.model.indicators}
        card = None
        if plan:
            by_q = counted_reports(office, ov, fy, up_to=q)
            by_q[q] = Counted.of(rep.model, ov)  # a withdrawn report still shows its own figures
            card = scorecard(plan.model, by_q, q, build.method, rep.model, ev, plan.sample)
        rv = ReportView(TYPE, rep.model, rep.source.path, ov, _url(ov.slug, rep.model),
                        history(rep.model, rep.model.submitted), plan, card, periods.quarter(fy, q))
        out.append(rv)
        if plan:
            plan.reports.append(rv)
    for plan in ov.plans:
        plan.reports.sort(key=lambda r: r.model.quarter)
    return out


def _url(slug: str, model: schema.QuarterlyReport) -> str:
    return f"{urls.office(slug)}reports/{model.fiscal_year}/q{model.quarter}/"


def _check(ctx: Any, report: Any) -> None:
    src, rep = report.source, report.model
    plan = plan_of(ctx, src, rep.fiscal_year)
    if rep.submitted and rep.submitted < periods.quarter(rep.fiscal_year, rep.quarter)[0]:
        ctx.add(src, ("submitted",), tr("submitted {date} is before quarter {quarter} of {fiscal_year} began: check the date",
                                        date=rep.submitted.isoformat(), quarter=rep.quarter, fiscal_year=rep.fiscal_year))
    check_entries(ctx, src, plan, rep.indicators, rep.fiscal_year)
    _suspicious(ctx, report, plan)


# An achievement this many times the অসাধারণ target is taken for a typing
# mistake worth a look (৪০ for ৪: a digit too many, or another column's figure).
FAR_ABOVE = 5


def figures_before(reports: Any, fiscal_year: str, quarter: int) -> dict[str, tuple[int, Any]]:
    """indicator id → (quarter, figure) of the latest earlier report of the
    year that gives it a figure; ``reports`` are QuarterlyReport models."""
    out: dict[str, tuple[int, Any]] = {}
    for rep in sorted((r for r in reports if r.fiscal_year == fiscal_year and r.quarter < quarter), key=lambda r: r.quarter):
        for p in rep.indicators:
            if p.achievement is not None:
                out[p.id] = (rep.quarter, p.achievement)
    return out


def _suspicious(ctx: Any, report: Any, plan: Any) -> None:
    """Warnings, not problems: figures a document may well say, but that are
    more often mistakes of copying."""
    src, rep = report.source, report.model
    start, end = periods.quarter(rep.fiscal_year, rep.quarter)
    if rep.submitted and start <= rep.submitted < end:
        ctx.warn(src, ("submitted",), tr("submitted {date} is before quarter {quarter} of {fiscal_year} ended"
                                         " ({end}): a quarter's report is written after it ends; check the date",
                                         date=rep.submitted.isoformat(), quarter=rep.quarter, fiscal_year=rep.fiscal_year,
                                         end=end.isoformat()))
    if plan is None:
        return
    indicators = {ind.id: ind for ind in plan.model.every_indicator()}
    before = figures_before((r.model for r in ctx.office.records.get("report", {}).values()), rep.fiscal_year, rep.quarter)
    for i, entry in enumerate(rep.indicators):
        ind, value = indicators.get(entry.id), entry.achievement
        if ind is None or not isinstance(value, Decimal):
            continue
        where, name = ("indicators", i, "achievement"), f"[{bangla.digits(entry.id)}]"
        top = ind.targets[0] if ind.targets else None
        if isinstance(top, Decimal) and top > 0 and not ind.lower_is_better and value > FAR_ABOVE * top:
            ctx.warn(src, where, tr("the achievement {value} of {indicator} is {times} times its"
                                    " অসাধারণ target {target}: check for a typing mistake (a digit too many, another column's figure)",
                                    value=bangla.digits(value), indicator=name, times=bangla.digits(int(value / top)),
                                    target=bangla.digits(top)))
        q, was = before.get(entry.id, (0, None))
        if ind.calculation == CUMULATIVE and isinstance(was, Decimal) and was > value:
            ctx.warn(src, where, tr("the running total (ক্রমপুঞ্জিভূত) of {indicator} falls from {was} in quarter {quarter}"
                                    " to {value}: a running total includes the quarters before; check both figures",
                                    indicator=name, was=bangla.digits(was), quarter=q, value=bangla.digits(value)))

TYPE = RecordType(
    kind="report",
    folder="reports",
    model=schema.QuarterlyReport,
    view=ReportView,
    label="ত্রৈমাসিক প্রতিবেদন",
    template="report.html",
    order=30,
    key=lambda r: (r.fiscal_year, r.quarter),
    key_field="quarter",
    clash=lambda first, r: tr("{first} is already the report for {fiscal_year} quarter {quarter}: one report per quarter",
                              first=first, fiscal_year=r.fiscal_year, quarter=r.quarter),
    url=_url,
    withdrawn_label="প্রতিবেদন",
    twin_list="reports",
    natural_date=lambda r: r.submitted,
    build=_build,
    needs=("plan",),
    check=_check,
    latest=True,
    csv=True,
)
