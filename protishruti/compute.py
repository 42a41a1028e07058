"""Stage 3, compute: everything the pages show that is not typed in —
the office hierarchy, each record's view (current charter, achievements to
date, scores and totals, …, built by its record type in
protishruti/records/), evidence sizes and hashes, URLs.  The result is plain
data (protishruti/views.py); templates only format it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from . import evidence, files, glossary, monitoring, schema, urls
from .records import BUILD_ORDER, REGISTRY
from .validate import Content, OfficeContent
from .yamlsource import line_of
from .views import EvidenceFile, EvidenceView, OfficeView, PageView, RecordView, SiteView, evidence_view, history


@dataclass
class Build:
    """What record types see while building their views."""

    method: str  # the site's scoring method
    evidence_limit: int  # bytes
    files: dict[str, EvidenceFile] = field(default_factory=dict)

    def register(self, office: OfficeContent, ev: schema.Evidence, record: str = "", line: int = 0) -> None:
        if ev.file is None:
            return
        rel = ev.path
        url = urls.evidence(office.slug, rel)
        if url in self.files:
            return
        path = office.folder / rel
        data = files.read_bytes(path, self.evidence_limit)  # validate checked it is a regular file under the limit
        kind = evidence.type_of(rel)
        facts = EvidenceView("", url, False, len(data), kind.label if kind else "ফাইল",
                             kind.mime if kind else "application/octet-stream", hashlib.sha256(data).hexdigest())
        self.files[url] = EvidenceFile(path, url, facts, record, line, office.slug)

    def evidence(self, slug: str, items: list[schema.Evidence]) -> list[EvidenceView]:
        return [evidence_view(slug, e, self.files) for e in items]


def _default_build(rtype: Any) -> Any:
    def build(b: Build, office: OfficeContent, ov: OfficeView) -> list[RecordView]:
        out = []
        for _, rec in sorted(office.records.get(rtype.kind, {}).items(), key=lambda kv: kv[0], reverse=True):
            out.append(rtype.view(rtype, rec.model, rec.source.path, ov, rtype.url(ov.slug, rec.model),
                                  history(rec.model, rtype.natural_date(rec.model))))
        return out

    return build


def compute(content: Content) -> SiteView:
    b = Build(content.site.scoring_method, content.site.evidence_limit)
    offices: dict[str, OfficeView] = {}
    for slug, oc in sorted(content.offices.items()):
        for records in oc.records.values():
            for rec in records.values():
                for loc, ev in schema.evidence_items(rec.model):
                    b.register(oc, ev, rec.source.path, line_of(rec.source.data, (*loc, "file")))
        ov = OfficeView(slug, oc.office.model, oc.office.source.path, urls.office(slug), history(oc.office.model))
        offices[slug] = ov
        for rtype in BUILD_ORDER:  # a type's build may read the views of the kinds it needs
            ov.records[rtype.kind] = (rtype.build or _default_build(rtype))(b, oc, ov)
        ov.records = {t.kind: ov.records[t.kind] for t in REGISTRY}  # display order

    for ov in offices.values():
        if ov.model.parent and ov.model.parent in offices:
            ov.parent = offices[ov.model.parent]
            ov.parent.children.append(ov)
    roots = [ov for ov in offices.values() if ov.parent is None]

    pages = [
        PageView(name, p.model, p.source.path, urls.page(name), p.source.body, history(p.model))
        for name, p in sorted(content.pages.items())
    ]
    latest_types = {t.kind for t in REGISTRY if t.latest}
    latest = [r for ov in offices.values() for t in REGISTRY if t.kind in latest_types for r in ov.of(t.kind) if not r.withdrawn]
    latest.sort(key=lambda x: x.sort_key, reverse=True)
    view = SiteView(content.site, offices, roots, pages, latest[:12], sorted(b.files.values(), key=lambda f: f.url))
    view.content_date = monitoring.content_date(view)
    view.glossary = glossary.groups(content.glossary.model.groups if content.glossary else ())
    return view
