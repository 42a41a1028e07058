"""Monitoring (issue 13): which offices reported each quarter, on time or
late, how they scored, and which committee decisions are still open — for
the whole site (/monitoring/<YYYY-YY>/) and for every office with offices
under it (/offices/<slug>/monitoring/<YYYY-YY>/).

Everything here is computed from the records, never from the clock, so a
build is reproducible:

* A quarter's report is due ``deadline_days`` after the quarter ends
  (site.yaml ``monitoring:``, 15 by default), or on the date site.yaml gives
  for that quarter.
* The site is judged "as of" a date: site.yaml's ``monitoring: as_of``, else
  the latest date the content records (a record's publication, change note
  or withdrawal, a report's submission, a meeting).
* Each office and quarter then has one status: ``on_time`` or ``late`` (the
  report's own submission date against the deadline), ``undated`` (a report
  whose document gives no submission date: it is not called late or on time),
  ``withdrawn``, ``missing`` (the deadline has passed and no report is on
  this site) or ``not_due`` (the deadline has not passed).

Every office of the site is listed for every fiscal year that any plan,
report or meeting of the site (or of the office's subtree) is for: an office that has
published nothing for the year shows "missing" and "no action plan", which
is what a monitoring cell needs to see.  The pages say that "missing" means
"not on this site".

Building the pages is linear in the number of offices and reports: each
office's reports are read once per fiscal year.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from fractions import Fraction
from typing import Any, Iterable

from . import bangla, periods, statuses, twins, urls
from .scorecards import QUARTERS
from .views import HOME_TREE_OFFICES, OfficeView, SiteView

DEFAULT_DEADLINE_DAYS = 15
# An office's page lists at most this many offices; a larger tree is split
# into parts (/offices/<slug>/monitoring/<YYYY-YY>/2/, …), each with the
# decisions of its own offices, so every page stays small (the JSON and CSV of
# the first part list every office).  The national page of a site with more
# than HOME_TREE_OFFICES offices summarises by ministry instead.
PAGE_ROWS = 60


@dataclass(frozen=True)
class Status:
    key: str
    label: str  # what a reader sees, beside the symbol
    mark: str  # a symbol, so the status never rests on colour alone
    order: int


STATUSES: dict[str, Status] = {s.key: s for s in (
    Status("on_time", "সময়মতো", "✔", 0),
    Status("late", "বিলম্বে", "◷", 1),
    Status("undated", "দাখিলের তারিখ নেই", "?", 2),
    Status("withdrawn", "প্রত্যাহৃত", "⊘", 3),
    Status("missing", "প্রতিবেদন নেই", "✖", 4),
    Status("not_due", "সময়সীমা আসেনি", "…", 5),
)}
DUE = ("on_time", "late", "undated", "withdrawn", "missing")  # the statuses of a quarter whose deadline has passed


@dataclass(frozen=True)
class Cell:
    """One office in one quarter."""

    quarter: int
    status: Status
    deadline: date
    submitted: date | None = None
    days_late: int | None = None
    score: Fraction | None = None  # the report's সর্বমোট অর্জিত মান to date
    weight: Fraction | None = None
    figure: Any = None  # that score as a Figure (its provenance and formula are on the report's page)
    url: str | None = None  # the report's page
    sample: bool = False  # the report, its plan or its office is নমুনা

    @property
    def text(self) -> str:
        """The status in words, as the table and the CSV give it."""
        if self.status.key == "late" and self.days_late:
            return f"{bangla.digits(self.days_late)} দিন বিলম্বে"
        return self.status.label


@dataclass
class Row:
    """One office in the table."""

    office: OfficeView
    depth: int  # 0: the page's office (or a ministry on the national page), 1: under it, …
    plan_url: str | None  # the year's action plan, if published
    cells: list[Cell]
    score: Fraction | None = None  # the latest report's score to date
    weight: Fraction | None = None
    score_quarter: int | None = None
    figure: Any = None  # the score as a Figure
    rank: int | None = None  # among the offices with the same parent that have a score
    ranked: int = 0  # how many of them have one
    sample: bool = False


@dataclass(frozen=True)
class QuarterBar:
    """A bar of the chart: reports on time in one quarter, of those due."""

    label: str
    score: str  # "৩" (on time)
    weight: str  # "৮" (due)
    width: float  # 0..100
    text: str


@dataclass
class OpenDecisions:
    """A meeting's decisions that its progress table does not report done."""

    office: OfficeView
    meeting: Any  # the meeting's RecordView
    decisions: list[tuple[int, Any]]  # (number in the meeting, schema.Decision)

    @property
    def count(self) -> int:
        return len(self.decisions)


@dataclass
class Summary:
    """A ministry (a top-level office) and every office under it, on the
    national page of a large site."""

    office: OfficeView
    offices: int
    counts: dict[int, Counter]  # quarter → status key → offices
    open_decisions: int
    url: str | None  # its own monitoring page, when it has offices under it

    def count(self, quarter: int, key: str) -> int:
        return self.counts[quarter][key]


@dataclass
class Monitoring:
    fiscal_year: str | None  # None: no plan, report or meeting to judge (the page says so, and lists nothing)
    as_of: date | None
    as_of_set: bool  # given in site.yaml (else the latest date of the content)
    deadline_days: int
    scope: OfficeView | None  # None: the whole site
    fiscal_years: list[str]  # every year this scope has pages for
    rows: list[Row]  # every office (the JSON and CSV list them all)
    summaries: list[Summary]  # the national page of a large site shows one line per ministry instead of the rows
    chart: list[QuarterBar]
    meetings: list[OpenDecisions]
    totals: dict[int, Counter]  # quarter → status key → offices
    offices: int
    sample: bool  # some office or figure on the page is নমুনা
    deadlines: dict[int, date] = field(default_factory=dict)
    meetings_held: int = 0  # meetings of the year (not withdrawn) on this page's offices
    part: int = 1  # which part of a large office's table this page shows
    parts: int = 1

    @property
    def open_decisions(self) -> int:
        return sum(len(m.decisions) for m in self.meetings)

    @property
    def summarised(self) -> bool:
        return bool(self.summaries)

    @property
    def first_row(self) -> int:
        return (self.part - 1) * PAGE_ROWS

    @property
    def shown(self) -> list[Row]:
        """The rows this page shows (all of them unless the table is in parts)."""
        if self.parts == 1:
            return self.rows
        return self.rows[self.first_row:self.first_row + PAGE_ROWS]

    @property
    def shown_meetings(self) -> list[OpenDecisions]:
        """The open decisions of the offices this page shows."""
        if self.parts == 1:
            return self.meetings
        slugs = {r.office.slug for r in self.shown}
        return [m for m in self.meetings if m.office.slug in slugs]


# ---------------------------------------------------------------- settings


def deadline(site: Any, fiscal_year: str, quarter: int) -> date:
    settings = site.monitoring
    given = settings.deadlines.get(fiscal_year, {}).get(quarter) if settings else None
    if given is not None:
        return given
    days = settings.deadline_days if settings else DEFAULT_DEADLINE_DAYS
    return periods.quarter(fiscal_year, quarter)[1] + timedelta(days=days)


def content_date(view: SiteView) -> date | None:
    """The latest date the content records: a record's publication, change
    note or withdrawal, a report's submission, a meeting's date."""
    days: list[date] = []
    for office in view.offices.values():
        if office.history.updated:
            days.append(office.history.updated)
        for records in office.records.values():
            for rec in records:
                if rec.history and rec.history.updated:
                    days.append(rec.history.updated)
                for name in ("submitted", "date"):
                    d = getattr(rec.model, name, None)
                    if isinstance(d, date):
                        days.append(d)
    for page in view.pages:
        if page.history.updated:
            days.append(page.history.updated)
    return max(days) if days else None


def as_of(view: SiteView) -> tuple[date | None, bool]:
    """The date the pages judge by, and whether site.yaml gave it; None when
    the content records no date at all (then no quarter is called missing)."""
    settings = view.site.monitoring
    if settings and settings.as_of:
        return settings.as_of, True
    return view.content_date, False


def fiscal_years(offices: Iterable[OfficeView]) -> list[str]:
    """Every fiscal year a plan, report or committee meeting of these offices
    is for, newest first."""
    years = {r.model.fiscal_year for o in offices for kind in ("plan", "report", "meeting") for r in o.of(kind)}
    return sorted(years, reverse=True)


def subtree(office: OfficeView) -> list[tuple[OfficeView, int]]:
    """The office and every office under it, each with its depth, in tree order."""
    # a loop, not a nested recursive function: that would be garbage in a
    # cycle, which the build (run without the cyclic collector) keeps
    out: list[tuple[OfficeView, int]] = []
    stack = [(office, 0)]
    while stack:
        o, depth = stack.pop()
        out.append((o, depth))
        stack += [(c, depth + 1) for c in sorted(o.children, key=lambda c: c.slug, reverse=True)]
    return out


def parts(offices: int) -> int:
    """How many pages an office's table of ``offices`` offices takes."""
    return max(1, -(-offices // PAGE_ROWS))


def has_pages(office: OfficeView) -> bool:
    """Offices with offices under them have monitoring pages."""
    return bool(office.children)


# ---------------------------------------------------------------- one office


def _fraction(v: Any) -> Fraction | None:
    return None if v is None else Fraction(v)


def _cells(site: Any, office: OfficeView, fiscal_year: str, day: date | None) -> tuple[list[Cell], Any]:
    reports = {r.model.quarter: r for r in office.reports if r.model.fiscal_year == fiscal_year}
    plan = next((p for p in office.plans if p.model.fiscal_year == fiscal_year), None)
    cells = []
    for q in QUARTERS:
        due = deadline(site, fiscal_year, q)
        rep = reports.get(q)
        if rep is None:
            key = "missing" if day is not None and day > due else "not_due"
            cells.append(Cell(q, STATUSES[key], due))  # nothing shown, so nothing নমুনা
            continue
        card = rep.scorecard
        figure = card.score if card is not None else None
        score = _fraction(card.score.value) if card is not None else None
        weight = _fraction(card.weight.value) if card is not None else None
        sample = bool(office.sample or rep.sample or (card is not None and card.contains_sample))
        sub = rep.model.submitted
        if rep.withdrawn:
            cells.append(Cell(q, STATUSES["withdrawn"], due, sub, url=rep.url, sample=sample))
        elif sub is None:
            cells.append(Cell(q, STATUSES["undated"], due, None, None, score, weight, figure, rep.url, sample))
        elif sub <= due:
            cells.append(Cell(q, STATUSES["on_time"], due, sub, None, score, weight, figure, rep.url, sample))
        else:
            cells.append(Cell(q, STATUSES["late"], due, sub, (sub - due).days, score, weight, figure, rep.url, sample))
    return cells, plan


def row(site: Any, office: OfficeView, depth: int, fiscal_year: str, day: date | None) -> Row:
    cells, plan = _cells(site, office, fiscal_year, day)
    r = Row(office, depth, plan.url if plan else None, cells, sample=office.sample or bool(plan and plan.sample))
    latest = next((c for c in reversed(cells) if c.score is not None and c.status.key != "withdrawn"), None)
    if latest is not None:
        r.score, r.weight, r.score_quarter, r.figure = latest.score, latest.weight, latest.quarter, latest.figure
        r.sample = r.sample or latest.sample
    return r


def _rank(rows: list[Row], top: OfficeView | None = None) -> None:
    """Each office's rank among the offices with the same parent, by score
    as a share of its plan's weight (plans weigh differently); ties share a
    rank (১, ২, ২, ৪).  ``top``, the office of an office's page, is not
    ranked: its siblings are not on the page."""
    groups: dict[str | None, list[Row]] = {}
    for r in rows:
        if r.score is not None and r.weight and r.office is not top:
            parent = r.office.parent.slug if r.office.parent else None
            groups.setdefault(parent, []).append(r)
    for group in groups.values():
        group.sort(key=lambda r: r.score / r.weight, reverse=True)  # type: ignore[operator]
        for i, r in enumerate(group):
            same = i > 0 and group[i - 1].score / group[i - 1].weight == r.score / r.weight  # type: ignore[operator]
            r.rank = group[i - 1].rank if same else i + 1
            r.ranked = len(group)


def _meetings(office: OfficeView, fiscal_year: str) -> list[Any]:
    return sorted((m for m in office.meetings if m.model.fiscal_year == fiscal_year and not m.withdrawn),
                  key=lambda m: m.model.number)


def _open(office: OfficeView, fiscal_year: str) -> list[OpenDecisions]:
    out = []
    for m in _meetings(office, fiscal_year):
        open_ = [(i, d) for i, d in enumerate(m.model.decisions, start=1) if statuses.status_class(d.status) != "done"]
        if open_:
            out.append(OpenDecisions(office, m, open_))
    return out


def _chart(totals: dict[int, Counter]) -> list[QuarterBar]:
    bars = []
    for q in QUARTERS:
        due = sum(totals[q][k] for k in DUE)
        on_time = totals[q]["on_time"]
        label = bangla.quarter_label(q)
        if due == 0:
            text = f"{label}: প্রতিবেদনের সময়সীমা আসেনি।"
        else:
            text = f"{label}: {bangla.digits(due)}টি দপ্তরের প্রতিবেদন দেয় ছিল, সময়মতো {bangla.digits(on_time)}টি।"
        bars.append(QuarterBar(label, bangla.digits(on_time), bangla.digits(due),
                               round(on_time / due * 100, 2) if due else 0.0, text))
    return bars


def _totals(rows: Iterable[Row]) -> dict[int, Counter]:
    totals: dict[int, Counter] = {q: Counter() for q in QUARTERS}
    for r in rows:
        for c in r.cells:
            totals[c.quarter][c.status.key] += 1
    return totals


# ---------------------------------------------------------------- a page


def for_office(view: SiteView, office: OfficeView, fiscal_year: str | None, part: int = 1) -> Monitoring:
    """The monitoring page of an office with offices under it: the office
    itself and every office below it (``fiscal_year`` None: the latest);
    ``part`` of ``parts(offices)`` pages that show PAGE_ROWS rows each."""
    day, set_ = as_of(view)
    tree = subtree(office)
    years = fiscal_years(o for o, _ in tree)
    fiscal_year = fiscal_year or (years[0] if years else None)
    if fiscal_year is None:
        return _nothing(view, day, set_, office, len(tree))
    rows = [row(view.site, o, depth, fiscal_year, day) for o, depth in tree]
    _rank(rows, office)
    meetings = [m for o, _ in tree for m in _open(o, fiscal_year)]
    totals = _totals(rows)
    return Monitoring(fiscal_year, day, set_, _days(view), office, years, rows, [],
                      _chart(totals), meetings, totals, len(rows), any(r.sample for r in rows),
                      {q: deadline(view.site, fiscal_year, q) for q in QUARTERS},
                      sum(len(_meetings(o, fiscal_year)) for o, _ in tree), part, parts(len(rows)))


def national(view: SiteView, fiscal_year: str | None) -> Monitoring:
    """The whole site.  Up to HOME_TREE_OFFICES offices, every office is a
    row (under its ministry); beyond, one line per ministry with its counts,
    each linking to its own page, so the page stays small at any size (its
    JSON lists the ministries and links to theirs; its CSV lists every
    office)."""
    day, set_ = as_of(view)
    years = fiscal_years(view.offices.values())
    fy = fiscal_year or (years[0] if years else None)
    if fy is None:
        return _nothing(view, day, set_, None, len(view.offices))
    small = len(view.offices) <= HOME_TREE_OFFICES
    rows: list[Row] = []
    summaries: list[Summary] = []
    meetings: list[OpenDecisions] = []
    totals: dict[int, Counter] = {q: Counter() for q in QUARTERS}
    for root in sorted(view.roots, key=lambda o: o.slug):
        tree = subtree(root)
        tree_rows = [row(view.site, o, depth, fy, day) for o, depth in tree]
        tree_meetings = [m for o, _ in tree for m in _open(o, fy)]
        tree_totals = _totals(tree_rows)
        for q in QUARTERS:
            totals[q].update(tree_totals[q])
        rows += tree_rows
        meetings += tree_meetings
        if not small:
            summaries.append(Summary(root, len(tree), tree_totals, sum(len(m.decisions) for m in tree_meetings),
                                     urls.monitoring(fy, root.slug) if has_pages(root) else None))
    _rank(rows)
    sample = any(r.sample for r in rows) or any(s.office.sample for s in summaries)
    return Monitoring(fy, day, set_, _days(view), None, years, rows, summaries, _chart(totals), meetings, totals,
                      len(view.offices), sample, {q: deadline(view.site, fy, q) for q in QUARTERS},
                      sum(len(_meetings(o, fy)) for o in view.offices.values()))


def _nothing(view: SiteView, day: date | None, set_: bool, scope: OfficeView | None, offices: int) -> Monitoring:
    """A page with no fiscal year to judge: no table, no invented year."""
    return Monitoring(None, day, set_, _days(view), scope, [], [], [], [], [], {q: Counter() for q in QUARTERS}, offices, False)


def _days(view: SiteView) -> int:
    settings = view.site.monitoring
    return settings.deadline_days if settings else DEFAULT_DEADLINE_DAYS


# ---------------------------------------------------------------- the JSON and CSV twins


def twin(mon: Monitoring, base: str) -> dict[str, Any]:
    """The page's figures for machines: every office, each quarter's status."""
    def office(r: Row) -> dict[str, Any]:
        return {
            "slug": r.office.slug,
            "name": r.office.model.name,
            "url": base + r.office.url,
            "parent": r.office.parent.slug if r.office.parent else None,
            "sample": r.sample,
            "action_plan": base + r.plan_url if r.plan_url else None,
            "quarters": {str(c.quarter): {
                "status": c.status.key,
                "submitted": twins.value(c.submitted),
                "deadline": c.deadline.isoformat(),
                "days_late": c.days_late,
                "score": twins.number(c.score),
                "weight": twins.number(c.weight),
                "report": base + c.url if c.url else None,
                "sample": c.sample,
            } for c in r.cells},
            "score": twins.number(r.score),
            "weight": twins.number(r.weight),
            "score_quarter": r.score_quarter,
            "rank": r.rank,
            "ranked_among": r.ranked or None,
        }

    rows, meetings = mon.rows, mon.meetings
    if mon.summarised:
        # the national page of a large site: the ministries' own rows and one
        # summary each, whose own JSON lists the offices under it (so this
        # file does not grow with every office of the country); the CSV still
        # has every office
        rows = [r for r in mon.rows if r.depth == 0]
        meetings = [m for m in mon.meetings if m.office.parent is None]
    doc = {
        "fiscal_year": mon.fiscal_year,
        "as_of": twins.value(mon.as_of),
        "as_of_source": "site.yaml" if mon.as_of_set else "content",
        "deadline_days": mon.deadline_days,
        "deadlines": {str(q): d.isoformat() for q, d in mon.deadlines.items()},
        "fiscal_years": mon.fiscal_years,
        "statuses": {s.key: s.label for s in STATUSES.values()},
        "totals": {str(q): {k: mon.totals[q][k] for k in STATUSES} for q in QUARTERS},
        "offices": [office(r) for r in rows],
        "open_decisions": [
            {"office": m.office.slug, "meeting": base + m.meeting.url, "meeting_number": m.meeting.model.number,
             "meeting_date": twins.value(m.meeting.model.date), "number": i, "text": d.text, "status": d.status,
             "progress": d.progress}
            for m in meetings for i, d in m.decisions
        ],
    }
    if mon.summarised:
        doc["ministries"] = [{
            "slug": s.office.slug,
            "name": s.office.model.name,
            "url": base + s.office.url,
            "sample": s.office.sample,
            "offices": s.offices,
            "totals": {str(q): {k: s.count(q, k) for k in STATUSES} for q in QUARTERS},
            "open_decisions": s.open_decisions,
            "monitoring": base + s.url if s.url else None,
            "json": base + s.url + "index.json" if s.url else None,
        } for s in mon.summaries]
    return doc


def csv(mon: Monitoring) -> str:
    """One line per office and quarter."""
    header = ["office", "office_name", "parent", "fiscal_year", "quarter", "status", "status_bn", "deadline",
              "submitted", "days_late", "score", "weight", "report_url", "sample"]
    rows = []
    for r in mon.rows:
        for c in r.cells:
            rows.append([r.office.slug, r.office.model.name, r.office.parent.slug if r.office.parent else "",
                         mon.fiscal_year, str(c.quarter), c.status.key, c.text, c.deadline.isoformat(), twins.value(c.submitted) or "",
                         "" if c.days_late is None else str(c.days_late), "" if c.score is None else twins.csv_cell(c.score),
                         "" if c.weight is None else twins.csv_cell(c.weight), c.url or "", "yes" if c.sample else ""])
    return twins.csv_text(header, rows)
