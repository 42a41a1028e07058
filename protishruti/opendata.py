"""Machine-readable twins of the pages: ``index.json`` beside every record
page (the record plus every computed value), ``index.csv`` beside action
plans and reports (UTF-8 with BOM, so Excel opens Bangla correctly), and the
``/data.json`` catalogue in the DCAT-US 1.1 shape.

These are data formats, not markup, so they are built here rather than in
templates.  Every function is pure: same view in, same bytes out.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, is_dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

from pydantic import BaseModel

from . import bangla, scoring
from .compute import EvidenceView, History, MeetingView, OfficeView, PlanView, ReportView, Scorecard, SiteView
from .render import Page

JSON_SCHEMA_VERSION = 1


def dual_date(d: date | None) -> dict[str, str] | None:
    if d is None:
        return None
    return {"iso": d.isoformat(), "gregorian": bangla.gregorian_date(d), "bangabda": bangla.bangla_date(d)}


def _number(x: Decimal | Fraction | int | None) -> int | float | None:
    if x is None:
        return None
    if isinstance(x, Fraction) and x.denominator == 1:
        return int(x)
    if isinstance(x, Decimal) and x == x.to_integral_value():
        return int(x)
    return round(float(x), 6)


def _value(v: Any) -> Any:
    if isinstance(v, date):
        return v.isoformat()
    return _number(v)


def _plain(obj: Any) -> Any:
    """Records (pydantic models) as JSON-ready data: numbers stay numbers,
    dates become ISO text."""
    if isinstance(obj, BaseModel):
        return {k: _plain(v) for k, v in obj.model_dump(by_alias=True).items()}
    if isinstance(obj, dict):
        return {str(k): _plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    if isinstance(obj, (Decimal, Fraction)):
        return _number(obj)
    if isinstance(obj, date):
        return obj.isoformat()
    if is_dataclass(obj):
        return _plain(asdict(obj))
    return obj


def _history(h: History | None) -> dict[str, Any] | None:
    if h is None:
        return None
    return {
        "published": dual_date(h.published),
        "updated": dual_date(h.updated),
        "updates": [{"date": dual_date(u.date), "note": u.note} for u in h.updates],
        "withdrawn": {"date": dual_date(h.withdrawn.date), "reason": h.withdrawn.reason} if h.withdrawn else None,
    }


def _evidence(items: list[EvidenceView], base: str) -> list[dict[str, Any]]:
    out = []
    for e in items:
        if e.external:
            out.append({"title": e.title, "url": e.href, "external": True})
        else:
            out.append(
                {"title": e.title, "url": base + e.href, "path": e.href, "external": False,
                 "size": e.size, "type": e.kind, "media_type": e.mime, "sha256": e.sha256}
            )
    return out


def _score(s: scoring.Score) -> dict[str, Any]:
    return {
        "method": s.method,
        "achieved_number": _number(s.achieved),
        "ratio": _number(s.ratio),
        "percent": _number(s.percent * 100),
        "level": s.level,
        "score": _number(s.score),
        "score_exact": f"{s.score.numerator}/{s.score.denominator}",
        "score_display": bangla.number(s.score),
    }


def scorecard(card: Scorecard, base: str) -> dict[str, Any]:
    return {
        "scoring_method": card.method,
        "up_to_quarter": card.up_to_quarter,
        "missing_quarters": card.missing_quarters,
        "indicators": [
            {
                "id": r.indicator.id,
                "id_display": f"[{bangla.digits(r.indicator.id)}]",
                "name": r.indicator.name,
                "area": r.area.name,
                "activity_id": r.activity.id,
                "weight": _number(r.indicator.weight),
                "calculation": r.indicator.calculation,
                "lower_is_better": r.indicator.lower_is_better,
                "targets": {name: _value(t) for (name, _), t in zip(scoring.LEVELS, r.indicator.targets)},
                "quarters": {str(q): _value(v) for q, v in r.quarters.items()},
                "to_date": _value(r.to_date),
                "score": _score(r.score),
                "remarks": r.progress.remarks if r.progress else None,
                "evidence": _evidence(r.evidence, base),
            }
            for r in card.rows
        ],
        "areas": [
            {"index": a.index, "name": a.area.name, "weight": _number(a.weight), "score": _number(a.score), "score_display": bangla.number(a.score)}
            for a in card.areas
        ],
        "total": {"weight": _number(card.weight), "score": _number(card.score), "score_exact": f"{card.score.numerator}/{card.score.denominator}", "score_display": bangla.number(card.score)},
    }


def _office_ref(o: OfficeView, base: str) -> dict[str, Any]:
    return {"slug": o.slug, "name": o.model.name, "url": base + o.url}


def twin(page: Page, view: SiteView) -> dict[str, Any] | None:
    """The JSON twin of a record page, or None for pages that are not records."""
    base = view.site.base_url.rstrip("/")
    doc: dict[str, Any] = {
        "schema_version": JSON_SCHEMA_VERSION,
        "type": page.kind,
        "title": page.title,
        "url": base + page.url,
        "sample": page.sample,
        "office": _office_ref(page.office, base) if page.office else None,
        "history": _history(page.history),
    }
    if page.kind == "office":
        o = page.office
        assert o is not None
        doc["record"] = _plain(o.model)
        doc["computed"] = {
            "parent": _office_ref(o.parent, base) if o.parent else None,
            "children": [_office_ref(c, base) for c in o.children],
            "current_charter": base + o.current_charter.url if o.current_charter else None,
            "charters": [base + c.url for c in o.charters],
            "action_plans": [base + p.url for p in o.plans],
            "reports": [base + r.url for r in o.reports],
            "meetings": [base + m.url for m in o.meetings],
        }
    elif page.kind == "charter":
        ch = page.data["charter"]
        doc["record"] = _plain(ch.model)
        doc["computed"] = {
            "effective_date": dual_date(ch.model.effective_date),
            "version": ch.version,
            "is_current": ch.is_current,
            "changes_from_previous": _plain(ch.changes) if ch.changes else None,
        }
    elif page.kind == "plan":
        plan: PlanView = page.data["plan"]
        doc["record"] = _plain(plan.model)
        doc["computed"] = {
            "fiscal_year": {"id": plan.fiscal_year, "label": bangla.fiscal_year_label(plan.fiscal_year)},
            "reports": [base + r.url for r in plan.reports],
            "progress": scorecard(plan.scorecard, base),
        }
    elif page.kind == "report":
        rep: ReportView = page.data["report"]
        doc["record"] = _plain(rep.model)
        doc["computed"] = {
            "fiscal_year": {"id": rep.model.fiscal_year, "label": bangla.fiscal_year_label(rep.model.fiscal_year)},
            "quarter": {"number": rep.model.quarter, "label": bangla.quarter_label(rep.model.quarter)},
            "period": {"start": dual_date(rep.period[0]), "end": dual_date(rep.period[1])},
            "submitted": dual_date(rep.model.submitted),
            "action_plan": base + rep.plan.url if rep.plan else None,
            "scores": scorecard(rep.scorecard, base) if rep.scorecard else None,
        }
    elif page.kind == "meeting":
        mt: MeetingView = page.data["meeting"]
        doc["record"] = _plain(mt.model)
        doc["computed"] = {
            "date": dual_date(mt.model.date),
            "letter_date": dual_date(mt.model.letter.date) if mt.model.letter else None,
            "status_counts": dict(mt.status_counts),
            "decision_evidence": [_evidence(d.evidence, base) for d in mt.decisions],
            "evidence": _evidence(mt.evidence, base),
        }
    elif page.kind == "page":
        pv = page.data["doc"]
        doc["record"] = _plain(pv.model)
        doc["computed"] = {"body_markdown": pv.body}
    else:
        return None
    return doc


def to_json(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------- CSV

CSV_HEADER = [
    "ক্ষেত্র", "ক্ষেত্রের মান", "কার্যক্রম", "কার্যক্রমের নাম", "সূচক", "সূচকের নাম", "একক", "সূচকের মান",
    "গণনা পদ্ধতি", "কম হলে ভালো",
    *[f"লক্ষ্যমাত্রা {name} {pct}%" for name, pct in scoring.LEVELS],
]


def table_csv(page: Page) -> str | None:
    """CSV twin of an action plan or report: one row per indicator, with
    quarters, achievement to date and score.  UTF-8 with BOM, CRLF lines."""
    if page.kind == "plan":
        card: Scorecard = page.data["plan"].scorecard
        quarters = [1, 2, 3, 4]
    elif page.kind == "report" and page.data["report"].scorecard:
        card = page.data["report"].scorecard
        quarters = list(range(1, card.up_to_quarter + 1))
    else:
        return None
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(
        CSV_HEADER
        + [f"{bangla.quarter_label(q)} অর্জন" for q in quarters]
        + ["অদ্যাবধি অর্জন", "অর্জিত হার %", "অর্জিত মান", "স্কোরিং পদ্ধতি", "মন্তব্য", "প্রমাণক"]
    )
    for r in card.rows:
        ind = r.indicator
        writer.writerow(
            [
                r.area.name, _csv(r.area.weight), f"[{r.activity.id}]", r.activity.name, f"[{ind.id}]", ind.name, ind.unit,
                _csv(ind.weight), ind.calculation, "হ্যাঁ" if ind.lower_is_better else "না",
                *[_csv(t) for t in ind.targets],
                *[_csv(r.quarters.get(q)) for q in quarters],
                _csv(r.to_date), _csv(r.score.percent * 100), _csv(r.score.score), card.method,
                (r.progress.remarks or "") if r.progress else "",
                " ; ".join(e.href for e in r.evidence),
            ]
        )
    writer.writerow([])
    writer.writerow(["সর্বমোট", _csv(card.weight)] + [""] * (len(CSV_HEADER) + len(quarters) - 2) + ["", "", _csv(card.score), card.method])
    return "\ufeff" + buf.getvalue()


def _csv(v: Any) -> str:
    """ASCII digits in CSV cells, so spreadsheets read numbers as numbers."""
    if v is None:
        return "-"
    if isinstance(v, date):
        return v.isoformat()
    n = _number(v)
    return str(n)


# ---------------------------------------------------------------- DCAT-US 1.1 catalogue


def catalogue(view: SiteView, pages: list[Page]) -> dict[str, Any]:
    base = view.site.base_url.rstrip("/")
    contact = view.site.contact
    datasets = []
    for page in pages:
        if page.kind not in ("charter", "plan", "report", "meeting"):
            continue
        office = page.office
        assert office is not None
        h = page.history
        modified = (h.updated or h.published) if h else None
        if modified is None and page.kind == "report":
            modified = page.data["report"].document_date
        distributions = [
            {"@type": "dcat:Distribution", "title": "HTML", "accessURL": base + page.url, "mediaType": "text/html", "format": "HTML"},
            {"@type": "dcat:Distribution", "title": "JSON", "downloadURL": base + page.url + "index.json", "mediaType": "application/json", "format": "JSON"},
        ]
        if page.kind in ("plan", "report"):
            distributions.append(
                {"@type": "dcat:Distribution", "title": "CSV", "downloadURL": base + page.url + "index.csv", "mediaType": "text/csv", "format": "CSV"}
            )
        keywords = ["সেবা প্রদান প্রতিশ্রুতি", "সিটিজেন্স চার্টার", office.model.name]
        dataset: dict[str, Any] = {
            "@type": "dcat:Dataset",
            "title": f"{office.model.name}: {page.title}",
            "description": page.description or page.title,
            "keyword": keywords,
            "modified": modified.isoformat() if modified else None,
            "publisher": {"@type": "org:Organization", "name": office.model.name},
            "identifier": base + page.url,
            "accessLevel": "public",
            "landingPage": base + page.url,
            "language": ["bn"],
            "distribution": distributions,
        }
        if office.parent:
            dataset["publisher"]["subOrganizationOf"] = {"@type": "org:Organization", "name": office.parent.model.name}
        email = contact.email if contact else office.model.email
        if email:
            dataset["contactPoint"] = {"@type": "vcard:Contact", "fn": contact.name if contact else office.model.name, "hasEmail": f"mailto:{email}"}
        if page.kind == "report":
            start, end = page.data["report"].period
            dataset["temporal"] = f"{start.isoformat()}/{end.isoformat()}"
        if view.site.license:
            dataset["license"] = view.site.license
        if page.sample:
            dataset["keyword"].append("নমুনা")
        if modified is None:
            del dataset["modified"]
        datasets.append(dataset)
    return {
        "@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
        "@id": base + "/data.json",
        "@type": "dcat:Catalog",
        "conformsTo": "https://project-open-data.cio.gov/v1.1/schema",
        "describedBy": "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
        "dataset": datasets,
    }
