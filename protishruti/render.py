"""Stage 4, render: the list of pages, and each page as HTML.

Templates (in layouts/) own all markup; this module only decides which pages
exist, at which URL, with which data.  ``render_page`` is a pure function of
its inputs, so pages can be rendered in parallel or cached later.
"""

from __future__ import annotations

import importlib.resources
import re
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any, Callable

import jinja2

from . import bangla, cells, figures, markup, monitoring, scoring, searchtext, statuses, urls
from .records import KIND_LABELS, REGISTRY
from .views import MIXED_SAMPLE, History, OfficeView, RecordView, SiteView

def _default_layouts() -> Path:
    """layouts/, where it is: beside the package in a checkout, inside it
    (protishruti.layouts) once installed."""
    beside = Path(__file__).resolve().parent.parent / "layouts"
    if (beside / "base.html").is_file():
        return beside
    # a folder without __init__.py: a namespace package, whose files() is not a Path itself
    return Path(str(importlib.resources.files("protishruti.layouts") / "base.html")).parent


DEFAULT_LAYOUTS = _default_layouts()

METHOD_LABELS = {
    "proportional": "আনুপাতিক (অসাধারণ লক্ষ্যমাত্রার অনুপাতে; ৬০%-এর নিচে শূন্য)",
    "linear": "রৈখিক (পাশাপাশি দুই লক্ষ্যমাত্রা-স্তরের মধ্যে অনুপাতে)",
    "step": "ধাপভিত্তিক (অর্জিত সর্বোচ্চ স্তরের মান)",
}


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str


@dataclass(frozen=True)
class SearchInfo:
    """What Pagefind reads from <meta> tags in <head>: result metadata,
    filters, and the ISO date it sorts by."""

    meta: tuple[tuple[str, str], ...]
    filters: tuple[tuple[str, str], ...]
    sort: str | None


TYPE_LABELS = KIND_LABELS


def _search_info(page: "Page", fiscal_year: str | None = None, quarter: int | None = None, when: date | None = None) -> SearchInfo:
    h = page.history
    day = when or (h.updated or h.published if h else None)
    meta: list[tuple[str, str]] = [("type", TYPE_LABELS[page.kind])]
    filters: list[tuple[str, str]] = [("ধরন", TYPE_LABELS[page.kind])]
    if page.office:
        meta.append(("office", page.office.model.name))
        filters.append(("দপ্তর", page.office.model.name))
    if fiscal_year:
        period = bangla.fiscal_year_label(fiscal_year) + (f", {bangla.quarter_label(quarter)}" if quarter else "")
        meta.append(("period", period))
        filters.append(("অর্থবছর", bangla.fiscal_year_label(fiscal_year)))
    if quarter:
        filters.append(("ত্রৈমাসিক", bangla.quarter_label(quarter)))
    if day:
        meta.append(("date", f"{bangla.gregorian_date(day)} ({bangla.bangla_date(day)} বঙ্গাব্দ)"))
        meta.append(("date_iso", day.isoformat()))
    if page.sample:
        filters.append(("নমুনা", "নমুনা তথ্য"))
    return SearchInfo(tuple(meta), tuple(filters), day.isoformat() if day else None)


@dataclass
class Page:
    url: str
    template: str
    title: str
    crumbs: list[Crumb]
    office: OfficeView | None = None
    sample: bool = False
    description: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    history: History | None = None  # record pages: published, updates, withdrawn
    kind: str = ""  # office | a record type's kind | page | home | search | redirect
    search: "SearchInfo | None" = None  # set on pages the search index should hold
    record: RecordView | None = None  # the record a record page shows
    # a record page's template variables, made when the page is rendered (not
    # for a page the incremental build takes unchanged from the last release)
    data_fn: Callable[[], dict[str, Any]] | None = field(default=None, repr=False, compare=False)

    @property
    def context(self) -> dict[str, Any]:
        if self.data_fn is not None:
            self.data.update(self.data_fn())
            self.data_fn = None
        return self.data

    @property
    def output(self) -> str:
        return urls.output_file(self.url)


# ---------------------------------------------------------------- filters


def _value(value: Any) -> str:
    """A target or achievement: number, date, or '-'."""
    return bangla.figure(value, none="-")


def _percent(value: Fraction | None) -> str:
    return "—" if value is None else bangla.number(value * 100, 2) + "%"


def _indicator_id(text: str) -> str:
    return f"[{bangla.digits(text)}]"


_NGINX_UNSAFE = re.compile(r'["\\$;{}\s\x00-\x1f]')


def _nginx(value: str) -> str:
    """A string quoted for nginx's configuration.  Redirect URLs are held to a
    strict grammar by the schema; this refuses, rather than escapes, anything
    that grammar lets slip, so a bug can never change the file's meaning."""
    if _NGINX_UNSAFE.search(value):
        raise ValueError(f"not safe in nginx's configuration: {value!r}")  # untranslated: a programming mistake (the schema checks redirects)
    return f'"{value}"'


def environment(layouts: Path = DEFAULT_LAYOUTS, compiled: bool = False) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(layouts)),
        autoescape=jinja2.select_autoescape(["html", "xml"], default=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        bn=bangla.digits,
        num=bangla.figure,
        value=_value,
        percent=_percent,
        taka=bangla.taka,
        ordinal=bangla.ordinal,
        gdate=bangla.gregorian_date,
        bdate=bangla.bangla_date,
        fy=bangla.fiscal_year,
        fy_label=bangla.fiscal_year_label,
        quarter=bangla.quarter_label,
        filesize=bangla.file_size,
        md=markup.render,
        mdi=markup.render_inline,
        doc=markup.render_document,  # a document's words, exactly: no Markdown, line breaks kept
        doci=markup.render_document_inline,
        iid=_indicator_id,
        fee_lines=cells.fee_lines,
        time_text=cells.time_text,
        person_text=cells.person_text,
        document_lines=cells.document_lines,
        status_class=statuses.status_class,
        status_mark=statuses.mark,
        nginx=_nginx,
    )
    env.globals.update(
        levels=scoring.LEVELS,
        method_labels=METHOD_LABELS,
        isdate=lambda v: isinstance(v, date),
        record_types=REGISTRY,
        mixed_sample=MIXED_SAMPLE,
        mon_statuses=monitoring.STATUSES,
        monitoring_url=urls.monitoring,
        has_monitoring=monitoring.has_pages,
        prov_labels=figures.LABELS,
        prov_short=figures.SHORT,
        withdrawn_labels={"office": "দপ্তরের তথ্য", **{t.kind: t.withdrawn_label for t in REGISTRY}, "page": "পাতা"},
    )
    if compiled:  # every template compiled now, once, for the worker processes forked from here to share
        for name in env.list_templates(filter_func=lambda n: not n.startswith("static/")):
            try:
                env.get_template(name)
            except jinja2.TemplateError:
                pass  # reported where it is used, as without this
    return env


# ---------------------------------------------------------------- the page list


def _office_crumbs(office: OfficeView) -> list[Crumb]:
    return [Crumb("প্রথম পাতা", urls.home())] + [Crumb(o.model.name, o.url) for o in office.ancestors + [office]]


def _indexed(page: Page, fiscal_year: str | None = None, quarter: int | None = None, when: date | None = None) -> Page:
    """Mark ``page`` for the search index, with its metadata and facets."""
    page.search = _search_info(page, fiscal_year, quarter, when)
    return page


def pages(view: SiteView) -> list[Page]:
    """Every page of the site; record pages carry their search metadata (the
    date a result shows and sorts by is the document's own date)."""
    home = Crumb("প্রথম পাতা", urls.home())
    out: list[Page] = [
        Page(urls.home(), "home.html", view.site.title, [home], description=view.site.tagline or "", kind="home"),
    ]
    for office in view.offices.values():
        crumbs = _office_crumbs(office)
        name = office.model.name
        out.append(_indexed(
            Page(office.url, "office.html", name, crumbs, office, office.sample,
                 f"{name}: সেবা প্রদান প্রতিশ্রুতি, কর্মপরিকল্পনা ও অগ্রগতি প্রতিবেদন", history=office.history, kind="office")
        ))
        for rtype in REGISTRY:
            for rec in office.of(rtype.kind):
                trail = crumbs + [Crumb(t, u) for t, u in rec.crumbs()] + [Crumb(rec.crumb_title, rec.url)]
                out.append(_indexed(
                    Page(rec.url, rtype.template, rec.title, trail, office, rec.sample, f"{name}: {rec.title}",
                         history=rec.history, kind=rtype.kind, record=rec, data_fn=rec.page_data),
                    rec.fiscal_year, rec.quarter, rec.dated,
                ))
    for pv in view.pages:
        out.append(_indexed(
            Page(pv.url, "page.html", pv.model.title, [home, Crumb(pv.model.title, pv.url)], None, pv.model.sample,
                 pv.model.description or "", {"doc": pv}, history=pv.history, kind="page")
        ))
    out += monitoring_pages(view)
    out.append(
        Page(urls.search(), "search.html", "অনুসন্ধান", [home, Crumb("অনুসন্ধান", urls.search())],
             description="সেবা, দপ্তর, কর্মপরিকল্পনা, প্রতিবেদন ও সভার সিদ্ধান্ত খুঁজুন", kind="search")
    )
    return out


MONITORING = "পরিবীক্ষণ"


def monitoring_pages(view: SiteView) -> list[Page]:
    """/monitoring/ (the latest year), /monitoring/<YYYY-YY>/ for every year,
    and for every office with offices under it /offices/<slug>/monitoring/
    (its latest year) and /offices/<slug>/monitoring/<YYYY-YY>/; each page's
    figures are computed when it is rendered.  (The office page links to the
    first only: which years exist depends on offices further down, which the
    office page's cache key does not cover.)"""
    home = Crumb("প্রথম পাতা", urls.home())
    top = Crumb(MONITORING, urls.monitoring())
    years = monitoring.fiscal_years(view.offices.values())
    out = [Page(urls.monitoring(), "monitoring.html", f"{MONITORING}: কারা প্রতিবেদন দিয়েছে, সময়মতো কি না, অর্জিত মান",
                [home, top], None, False, "দপ্তরগুলোর ত্রৈমাসিক প্রতিবেদন: সময়মতো, বিলম্বে, না পাওয়া; অর্জিত মান ও খোলা সিদ্ধান্ত",
                kind="monitoring", data_fn=lambda: {"mon": monitoring.national(view, None), "latest": True})]
    for fy in years:
        label = bangla.fiscal_year_label(fy)
        out.append(Page(urls.monitoring(fy), "monitoring.html", f"{MONITORING}: {label}", [home, top, Crumb(label, urls.monitoring(fy))],
                        None, False, f"{label}: দপ্তরগুলোর ত্রৈমাসিক প্রতিবেদন, সময়মতো কি না, অর্জিত মান ও খোলা সিদ্ধান্ত",
                        kind="monitoring", data_fn=lambda fy=fy: {"mon": monitoring.national(view, fy), "latest": False}))
    for office in view.offices.values():
        if not monitoring.has_pages(office):
            continue
        crumbs = _office_crumbs(office)
        tree = [o for o, _ in monitoring.subtree(office)]
        top = Crumb(MONITORING, urls.monitoring(None, office.slug))
        out.append(Page(top.url, "monitoring.html", f"{office.model.name}: {MONITORING}", crumbs + [top], office, office.sample,
                        f"{office.model.name} ও এর অধীন দপ্তরগুলোর ত্রৈমাসিক প্রতিবেদন: সময়মতো, বিলম্বে, না পাওয়া; অর্জিত মান",
                        kind="monitoring", data_fn=lambda o=office: {"mon": monitoring.for_office(view, o, None), "latest": True}))
        for fy in monitoring.fiscal_years(tree):
            label = bangla.fiscal_year_label(fy)
            url = urls.monitoring(fy, office.slug)
            out.append(Page(url, "monitoring.html", f"{office.model.name}: {MONITORING}, {label}",
                            crumbs + [top, Crumb(label, url)], office, office.sample,
                            f"{office.model.name} ও এর অধীন দপ্তরগুলোর ত্রৈমাসিক প্রতিবেদন, {label}",
                            kind="monitoring", data_fn=lambda o=office, fy=fy: {"mon": monitoring.for_office(view, o, fy), "latest": False}))
            for part in range(2, monitoring.parts(len(tree)) + 1):
                part_url = urls.monitoring(fy, office.slug, part)
                part_label = f"অংশ {bangla.digits(part)}"
                out.append(Page(part_url, "monitoring.html", f"{office.model.name}: {MONITORING}, {label}, {part_label}",
                                crumbs + [top, Crumb(label, url), Crumb(part_label, part_url)], office, office.sample,
                                f"{office.model.name} ও এর অধীন দপ্তরগুলোর ত্রৈমাসিক প্রতিবেদন, {label}, {part_label}",
                                data={"part": part}, kind="monitoring",
                                data_fn=lambda o=office, fy=fy, part=part: {"mon": monitoring.for_office(view, o, fy, part), "latest": False}))
    return out


def redirect_page(redirect: Any) -> Page:
    """The stub left at a moved URL (meta refresh, canonical and a visible link)."""
    return Page(redirect.from_, "redirect.html", "ঠিকানা বদলেছে", [], kind="redirect",
                data={"redirect": redirect, "target": redirect.to, "target_display": redirect.to})


def render_page(env: jinja2.Environment, view: SiteView, page: Page) -> str:
    """HTML of one page: a pure function of the site view and the page.
    A page whose text has words that search must also know in their normal
    form (ZWJ, ZWNJ, old khanda ta) is rendered again with those aliases."""
    template = env.get_template(page.template)
    permalink = view.site.base_url.rstrip("/") + page.url
    html = template.render(site=view, page=page, permalink=permalink, search_aliases="", **page.context)
    if page.search and searchtext.needs_aliases(html):
        text = _MAIN.search(html)
        words = searchtext.aliases(_TAG.sub(" ", text.group(1))) if text else ""
        if words:
            html = template.render(site=view, page=page, permalink=permalink, search_aliases=words, **page.context)
    return _separate(html)


# Pagefind runs the text of <dt>, <dd> and <th> elements together ("ধরনমন্ত্রণালয়"),
# which makes one unfindable word of two; a line break between them changes
# nothing on screen and keeps the words apart.
_GLUE = re.compile(r"(</(?:dt|dd|th|caption)>)(?=<)")


def _separate(html: str) -> str:
    return _GLUE.sub("\\1\n", html)


_MAIN = re.compile(r"<main[^>]*>(.*)</main>", re.S)
_TAG = re.compile(r"<[^>]+>")


def render_template(env: jinja2.Environment, name: str, **context: Any) -> str:
    """A non-page output (feed, sitemap, redirect lists) from its template."""
    return env.get_template(name).render(**context)


def static_files(layouts: Path = DEFAULT_LAYOUTS) -> list[tuple[Path, str]]:
    """Files under layouts/static/, published under /assets/."""
    root = layouts / "static"
    if not root.is_dir():
        return []
    return [(p, "assets/" + p.relative_to(root).as_posix()) for p in sorted(root.rglob("*")) if p.is_file()]
