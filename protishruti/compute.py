"""Stage 3, compute: everything the pages show that is not typed in —
the office hierarchy, current charter, achievements to date, scores and
totals, evidence sizes, URLs.  The result is plain data; templates only
format it.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from . import changes, periods, schema, scoring, urls
from .changes import CharterChanges
from .validate import Content, Loaded, OfficeContent

QUARTERS = (1, 2, 3, 4)


@dataclass
class EvidenceView:
    title: str
    href: str  # site path for files, full URL for links
    external: bool
    size: int | None = None
    kind: str | None = None  # PDF, PNG, …
    mime: str | None = None
    sha256: str | None = None


@dataclass
class History:
    """When a record first appeared, its public change notes, and whether it
    was withdrawn; all from the records, never from the clock."""

    published: date | None
    updates: list[schema.Update]
    withdrawn: schema.Withdrawal | None

    @property
    def updated(self) -> date | None:
        """The latest of first publication, change notes and withdrawal."""
        dates = [u.date for u in self.updates] + [d for d in (self.published, self.withdrawn and self.withdrawn.date) if d]
        return max(dates) if dates else None


def history(record: schema.Published, natural: date | None = None) -> History:
    """``natural`` is the record's own date (a charter's effective date, a
    report's submission date), used when ``published`` is not given."""
    updates = sorted(record.updates, key=lambda u: u.date)
    return History(record.published or natural, updates, record.withdrawn)


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


@dataclass
class PlanView:
    model: schema.ActionPlan
    source: str
    office: "OfficeView"
    url: str
    scorecard: Scorecard
    history: History
    reports: list["ReportView"] = field(default_factory=list)

    @property
    def fiscal_year(self) -> str:
        return self.model.fiscal_year

    @property
    def document_date(self) -> date:
        """The plan's own date: the first day of its fiscal year."""
        return periods.fiscal_year(self.fiscal_year)[0]


@dataclass
class ReportView:
    model: schema.QuarterlyReport
    source: str
    office: "OfficeView"
    url: str
    plan: PlanView | None
    scorecard: Scorecard | None
    period: tuple[date, date]
    history: History

    @property
    def document_date(self) -> date:
        """The report's own date: its submission, or else the quarter's end."""
        return self.model.submitted or self.period[1]

    @property
    def sort_key(self) -> tuple:
        return (self.document_date, self.url)


@dataclass
class DecisionView:
    model: schema.Decision
    evidence: list[EvidenceView]


def meeting_date(m: schema.Meeting) -> date | None:
    """The forwarding letter's date, or else the meeting's, if known."""
    return (m.letter.date if m.letter else None) or m.date


@dataclass
class MeetingView:
    model: schema.Meeting
    source: str
    office: "OfficeView"
    url: str
    decisions: list[DecisionView]
    evidence: list[EvidenceView]
    status_counts: list[tuple[str, int]]
    history: History

    @property
    def dated(self) -> date | None:
        return meeting_date(self.model)

    @property
    def document_date(self) -> date:
        """As ``dated``, or else the end of the fiscal year."""
        return self.dated or periods.fiscal_year(self.model.fiscal_year)[1]

    @property
    def sort_key(self) -> tuple:
        return (self.document_date, self.url)


@dataclass
class CharterView:
    model: schema.Charter
    source: str
    office: "OfficeView"
    url: str
    history: History
    is_current: bool = False
    version: int = 1
    changes: "CharterChanges | None" = None  # from the previous version in force
    compared_with: "CharterView | None" = None

    @property
    def document_date(self) -> date:
        return self.model.effective_date


@dataclass
class OfficeView:
    slug: str
    model: schema.Office
    source: str
    url: str
    history: History
    parent: "OfficeView | None" = None
    children: list["OfficeView"] = field(default_factory=list)
    charters: list[CharterView] = field(default_factory=list)  # newest first
    plans: list[PlanView] = field(default_factory=list)  # newest first
    reports: list[ReportView] = field(default_factory=list)  # newest first
    meetings: list[MeetingView] = field(default_factory=list)  # newest first

    @property
    def current_charter(self) -> CharterView | None:
        return next((c for c in self.charters if c.is_current), None)

    @property
    def sample(self) -> bool:
        return self.model.sample

    @property
    def ancestors(self) -> list["OfficeView"]:
        out, cur = [], self.parent
        while cur:
            out.insert(0, cur)
            cur = cur.parent
        return out


@dataclass
class PageView:
    name: str
    model: schema.Page
    source: str
    url: str
    body: str
    history: History


@dataclass
class EvidenceFile:
    source: Path
    url: str


@dataclass
class SiteView:
    site: schema.Site
    offices: dict[str, OfficeView]
    roots: list[OfficeView]
    pages: list[PageView]
    latest: list[ReportView | MeetingView]
    evidence_files: list[EvidenceFile]


def _evidence(items: list[schema.Evidence], office: OfficeContent, files: dict[str, EvidenceFile]) -> list[EvidenceView]:
    out = []
    for ev in items:
        if ev.url:
            out.append(EvidenceView(ev.title, ev.url, external=True))
            continue
        rel = ev.file.strip().lstrip("./")  # type: ignore[union-attr]
        path = office.folder / rel
        url = urls.evidence(office.slug, rel)
        files.setdefault(url, EvidenceFile(path, url))
        data = path.read_bytes()
        kind = path.suffix.lstrip(".").upper() or "ফাইল"
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        out.append(EvidenceView(ev.title, url, False, len(data), kind, mime, hashlib.sha256(data).hexdigest()))
    return out


def _rows(plan: schema.ActionPlan) -> list[tuple[int, schema.Area, schema.Activity, schema.Indicator]]:
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
    for ai, area, act, ind in _rows(plan):
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


def _status_counts(meeting: schema.Meeting) -> list[tuple[str, int]]:
    order = ["বাস্তবায়িত", "আংশিক বাস্তবায়িত", "চলমান", "অবাস্তবায়িত"]
    return [(s, sum(1 for d in meeting.decisions if d.status == s)) for s in order]


def compute(content: Content) -> SiteView:
    method = content.site.scoring_method
    files: dict[str, EvidenceFile] = {}
    offices: dict[str, OfficeView] = {}
    for slug, oc in sorted(content.offices.items()):
        ov = OfficeView(slug, oc.office.model, oc.office.source.path, urls.office(slug), history(oc.office.model))
        offices[slug] = ov

        charters = sorted(oc.charters, key=lambda c: c.model.effective_date)
        previous: CharterView | None = None  # the last version that was not withdrawn
        for version, ch in enumerate(charters, start=1):
            cv = CharterView(
                ch.model, ch.source.path, ov, urls.charter(slug, ch.model.effective_date),
                history(ch.model, ch.model.effective_date), version=version,
            )
            if previous:
                cv.changes, cv.compared_with = changes.compare(previous.model, ch.model), previous
            if not ch.model.withdrawn:
                previous = cv
            ov.charters.append(cv)
        ov.charters.reverse()
        current = next((c for c in ov.charters if not c.model.withdrawn), None)
        if current:
            current.is_current = True

        # withdrawn reports keep their pages but count for nothing
        live = {key: r for key, r in oc.reports.items() if not r.model.withdrawn}
        for fy, plan in sorted(oc.plans.items(), reverse=True):
            by_q = {q: r.model for (rfy, q), r in live.items() if rfy == fy}
            card = scorecard(plan.model, by_q, max(by_q, default=0), method)
            ov.plans.append(PlanView(plan.model, plan.source.path, ov, urls.action_plan(slug, fy), card, history(plan.model, periods.fiscal_year(fy)[0])))

        plan_by_fy = {p.fiscal_year: p for p in ov.plans}
        for (fy, q), rep in sorted(oc.reports.items(), reverse=True):
            plan = plan_by_fy.get(fy)
            ev = {p.id: _evidence(p.evidence, oc, files) for p in rep.model.indicators}
            card = None
            if plan:
                by_q = {rq: r.model for (rfy, rq), r in live.items() if rfy == fy and rq <= q}
                by_q[q] = rep.model  # a withdrawn report still shows its own figures
                card = scorecard(plan.model, by_q, q, method, rep.model, ev)
            rv = ReportView(
                rep.model, rep.source.path, ov, urls.report(slug, fy, q), plan, card, periods.quarter(fy, q),
                history(rep.model, rep.model.submitted),
            )
            ov.reports.append(rv)
            if plan:
                plan.reports.append(rv)
        for plan in ov.plans:
            plan.reports.sort(key=lambda r: r.model.quarter)

        for (fy, n), mt in sorted(oc.meetings.items(), reverse=True):
            decisions = [DecisionView(d, _evidence(d.evidence, oc, files)) for d in mt.model.decisions]
            ov.meetings.append(
                MeetingView(
                    mt.model, mt.source.path, ov, urls.meeting(slug, fy, n), decisions,
                    _evidence(mt.model.evidence, oc, files), _status_counts(mt.model),
                    history(mt.model, meeting_date(mt.model)),
                )
            )

    for ov in offices.values():
        if ov.model.parent and ov.model.parent in offices:
            ov.parent = offices[ov.model.parent]
            ov.parent.children.append(ov)
    roots = [ov for ov in offices.values() if ov.parent is None]

    pages = [
        PageView(name, p.model, p.source.path, urls.page(name), p.source.body, history(p.model))
        for name, p in sorted(content.pages.items())
    ]
    latest: list[ReportView | MeetingView] = [r for ov in offices.values() for r in ov.reports if not r.model.withdrawn]
    latest += [m for ov in offices.values() for m in ov.meetings if not m.model.withdrawn]
    latest.sort(key=lambda x: x.sort_key, reverse=True)
    return SiteView(content.site, offices, roots, pages, latest[:12], sorted(files.values(), key=lambda f: f.url))
