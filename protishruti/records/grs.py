"""অনিক ও আপিল কর্মকর্তা: who handles grievances (GRS), published apart from
the charter and updated, usually every quarter.  Every update keeps its page;
the newest one not withdrawn is the office's current list."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .. import bangla, cells, schema, twins, urls, versions
from ..messages import tr
from ..views import DatedView, EvidenceView, RecordView, history
from . import RecordType

FUNCTIONS = {
    "grievance": "অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)",
    "alternate": "বিকল্প অভিযোগ নিষ্পত্তি কর্মকর্তা",
    "appeal": "আপিল কর্মকর্তা",
    "focal": "ফোকাল পয়েন্ট",
    "other": "অন্যান্য",
}
DEFAULT_TITLE = "অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক) ও আপিল কর্মকর্তা"


@dataclass
class GrsView(DatedView, RecordView):
    STATED_LABEL = "হালনাগাদ"
    is_current: bool = False
    steps: Any = None  # a charters.Table of the GRS table, if the document has one
    evidence: list[EvidenceView] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.model.title or DEFAULT_TITLE} — {self.date_label} {bangla.gregorian_date(self.key_date)}"

    @property
    def quarter(self) -> int | None:
        return self.model.quarter

    @property
    def list_label(self) -> str:
        return self.model.title or DEFAULT_TITLE

    @property
    def list_date(self) -> tuple[str, date]:
        return (self.date_label, self.key_date)

    def page_data(self) -> dict[str, Any]:
        return {"grs": self, "functions": FUNCTIONS}

    def computed(self, base: str) -> dict[str, Any]:
        return {
            "date": twins.dual_date(self.model.date),
            "published_key": None if self.stated else twins.dual_date(self.key_date),
            "is_current": self.is_current,
            "officers": [
                {"role": o.role, "function": o.function, "person_text": cells.person_text(o.person),
                 "time_limit_text": cells.time_text(o.time_limit) if o.time_limit else None}
                for o in self.model.officers
            ],
            "evidence": twins.evidence(self.evidence, base),
        }


def _build(build: Any, office: Any, ov: Any) -> list[RecordView]:
    from .charter import grs_table

    out = []
    records = list(office.records.get("grs", {}).values())
    newer = versions.order_key([r.model for r in records])
    for rec in sorted(records, key=lambda r: newer(r.model), reverse=True):
        m = rec.model
        out.append(GrsView(TYPE, m, rec.source.path, ov, _url(ov.slug, m), history(m, m.date),
                           steps=grs_table(m.steps, m.columns, m.title or "অভিযোগ প্রতিকার ব্যবস্থাপনা (জিআরএস)"),
                           evidence=build.evidence(ov.slug, m.evidence)))
    current = next((g for g in out if not g.withdrawn), None)
    if current:
        current.is_current = True
    return out


def _url(slug: str, model: schema.GrsOfficers) -> str:
    return f"{urls.office(slug)}grs/{model.key_date.isoformat()}/"


TYPE = RecordType(
    kind="grs",
    folder="grs",
    model=schema.GrsOfficers,
    view=GrsView,
    label="অনিক ও আপিল কর্মকর্তা",
    template="grs.html",
    order=15,
    key=lambda g: g.key_date,
    key_field=versions.key_field,
    clash=lambda first, g: tr("another GRS officers update ({first}) has the same date: each update needs its own date", first=first),
    url=_url,
    withdrawn_label="অনিক ও আপিল কর্মকর্তার তথ্য",
    twin_list="grs_officers",
    natural_date=lambda g: g.date,
    build=_build,
    check=lambda ctx, rec: versions.check(ctx, rec, "grs", tr("GRS officer updates")),
)
