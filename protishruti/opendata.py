"""Machine-readable twins of the pages: ``index.json`` beside every record
page (the record plus every computed value), ``index.csv`` beside records
that are tables (UTF-8 with BOM, so Excel opens Bangla correctly), and the
``/data.json`` catalogue in the DCAT-US 1.1 shape.

What each record type adds to its twins is in its view
(protishruti/records/); this module puts the pieces together.  These are
data formats, not markup, so they are built here rather than in templates.
Every function is pure: same view in, same bytes out.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from . import monitoring, twins
from .records import BY_KIND, REGISTRY
from .render import Page
from .views import MIXED_SAMPLE, OfficeView, SiteView

# 2: figures carry their provenance (document, editor, computed) and whether
#    they come from নমুনা data; charter cells may be the document's words.
JSON_SCHEMA_VERSION = 2


def _office_ref(o: OfficeView, base: str) -> dict[str, Any]:
    return {"slug": o.slug, "name": o.model.name, "url": base + o.url}


def has_twin(page: Page) -> bool:
    # the second and later parts of a large monitoring table: the first part's JSON lists every office
    if page.kind == "monitoring" and page.data.get("part"):
        return False
    return page.kind in ("office", "page", "monitoring") or page.record is not None


def has_table(page: Page) -> bool:
    if page.kind == "monitoring":
        return not page.data.get("part")
    return page.record is not None and BY_KIND[page.kind].csv


def twin(page: Page, view: SiteView) -> dict[str, Any] | None:
    """The JSON twin of a record page, or None for pages that are not records."""
    base = view.site.base_url.rstrip("/")
    doc: dict[str, Any] = {
        "schema_version": JSON_SCHEMA_VERSION,
        "type": page.kind,
        "title": page.title,
        "url": base + page.url,
        "sample": page.sample,
        "contains_sample": page.sample or bool(page.record and page.record.contains_sample),
        "office": _office_ref(page.office, base) if page.office else None,
        "history": twins.history(page.history),
    }
    if page.kind == "office":
        o = page.office
        assert o is not None
        doc["record"] = twins.record(o.model)
        doc["computed"] = {
            "kind_group": o.kind_group,
            "parent": _office_ref(o.parent, base) if o.parent else None,
            "children": [_office_ref(c, base) for c in o.children],
            "current_charter": base + o.current_charter.url if o.current_charter else None,
            **{t.twin_list: [base + r.url for r in o.of(t.kind)] for t in REGISTRY},
        }
    elif page.record is not None:
        doc["record"] = twins.record(page.record.model)
        doc["computed"] = page.record.computed(base)
    elif page.kind == "monitoring":
        doc["computed"] = monitoring.twin(page.context["mon"], base)
    elif page.kind == "page":
        pv = page.data["doc"]
        doc["record"] = twins.record(pv.model)
        doc["computed"] = {"body_markdown": pv.body}
    else:
        return None
    return doc


def to_json(doc: Any) -> str:
    """``json.dumps(doc, ensure_ascii=False, indent=2)``, byte for byte, but
    with orjson where it can (Python's own encoder is pure Python once it
    indents: a third of a large build's writing time)."""
    try:
        return orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"
    except TypeError:  # what orjson does not take (integers beyond 64 bits, say): the standard encoder
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def table_csv(page: Page) -> str | None:
    """The CSV twin of a record that is a table, or None."""
    if page.kind == "monitoring":
        return monitoring.csv(page.context["mon"])
    if page.record is None or not BY_KIND[page.kind].csv:
        return None
    return page.record.table_csv()


# ---------------------------------------------------------------- DCAT-US 1.1 catalogue


# Beyond this many offices, /data.json lists each office's catalogue
# (/offices/<slug>/data.json) but not every dataset (25 MB at 10,000 pages).
INLINE_OFFICES = 60


def catalogue(view: SiteView, pages: list[Page], by_office: dict[str, list[Page]] | None = None) -> dict[str, Any]:
    """/data.json: a catalogue of every office's catalogue and, for a site of
    at most INLINE_OFFICES offices, every dataset as well."""
    base = view.site.base_url.rstrip("/")
    by_office = by_office if by_office is not None else pages_by_office(pages)
    inline = len(view.offices) <= INLINE_OFFICES
    doc = _catalog(base + "/data.json", datasets(view, pages) if inline else [])
    doc["catalog"] = [
        {"@type": "dcat:Catalog", "@id": f"{base}{o.url}data.json", "title": o.model.name,
         "datasets": sum(1 for pg in by_office.get(slug, []) if _catalogued(pg))}
        for slug, o in sorted(view.offices.items())
    ]
    return doc


def office_catalogue(view: SiteView, office: Any, pages: list[Page]) -> dict[str, Any]:
    """/offices/<slug>/data.json: the datasets of one office."""
    return _catalog(f"{view.site.base_url.rstrip('/')}{office.url}data.json", datasets(view, pages))


def pages_by_office(pages: list[Page]) -> dict[str, list[Page]]:
    out: dict[str, list[Page]] = {}
    for page in pages:
        if page.office is not None and page.record is not None:
            out.setdefault(page.office.slug, []).append(page)
    return out


def _catalog(url: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
        "@id": url,
        "@type": "dcat:Catalog",
        "conformsTo": "https://project-open-data.cio.gov/v1.1/schema",
        "describedBy": "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
        "dataset": items,
    }


def _catalogued(page: Page) -> bool:
    return page.record is not None and BY_KIND[page.kind].catalogue


def datasets(view: SiteView, pages: list[Page]) -> list[dict[str, Any]]:
    """The DCAT-US datasets of record pages (one per record, with its HTML, JSON and CSV)."""
    base = view.site.base_url.rstrip("/")
    contact = view.site.contact
    datasets = []
    for page in pages:
        if not _catalogued(page):
            continue
        office = page.office
        assert office is not None
        h = page.history
        modified = (h.updated or h.published) if h else None  # never a document's date guessed as a change
        distributions = [
            {"@type": "dcat:Distribution", "title": "HTML", "accessURL": base + page.url, "mediaType": "text/html", "format": "HTML"},
            {"@type": "dcat:Distribution", "title": "JSON", "downloadURL": base + page.url + "index.json", "mediaType": "application/json", "format": "JSON"},
        ]
        if BY_KIND[page.kind].csv:
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
        period = getattr(page.record, "period", None)
        if period:
            dataset["temporal"] = f"{period[0].isoformat()}/{period[1].isoformat()}"
        if view.site.license:
            dataset["license"] = view.site.license
        if page.sample:
            dataset["keyword"].append("নমুনা")
        elif page.record.contains_sample:
            dataset["description"] += f" ({MIXED_SAMPLE})"
        if modified is None:
            del dataset["modified"]
        datasets.append(dataset)
    return datasets
