"""ফোকাল পয়েন্ট কর্মকর্তা/পরিবীক্ষণ কমিটি: the office order that forms the
charter monitoring committee (and its focal point officers).  An order may
replace an earlier one; the newest order in force is the current committee."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .. import bangla, cells, schema, twins, urls, versions
from ..messages import tr
from ..views import DatedView, EvidenceView, RecordView, history
from . import RecordType


@dataclass
class CommitteeView(DatedView, RecordView):
    STATED_LABEL = "আদেশ"
    is_current: bool = False
    replaces: "CommitteeView | None" = None
    replaced_by: "CommitteeView | None" = None
    evidence: list[EvidenceView] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.model.title

    @property
    def crumb_title(self) -> str:
        return f"পরিবীক্ষণ কমিটি, {self.date_label} {bangla.gregorian_date(self.key_date)}"

    @property
    def list_label(self) -> str:
        return self.model.title

    @property
    def list_date(self) -> tuple[str, date]:
        return (self.date_label, self.key_date)

    def page_data(self) -> dict[str, Any]:
        return {"committee": self}

    def computed(self, base: str) -> dict[str, Any]:
        m = self.model
        return {
            "date": twins.dual_date(m.date),
            "published_key": None if self.stated else twins.dual_date(self.key_date),
            "is_current": self.is_current,
            "replaces": base + self.replaces.url if self.replaces else None,
            "replaced_by": base + self.replaced_by.url if self.replaced_by else None,
            "members": [{"role": x.role, "person_text": cells.person_text(x.person)} for x in m.members],
            "focal_points": [{"role": x.role, "person_text": cells.person_text(x.person)} for x in m.focal_points],
            "evidence": twins.evidence(self.evidence, base),
        }


def _build(build: Any, office: Any, ov: Any) -> list[RecordView]:
    out: list[CommitteeView] = []
    records = list(office.records.get("committee", {}).values())
    newer = versions.order_key([r.model for r in records])
    for rec in sorted(records, key=lambda r: newer(r.model), reverse=True):
        m = rec.model
        out.append(CommitteeView(TYPE, m, rec.source.path, ov, _url(ov.slug, m), history(m, m.date),
                                 evidence=build.evidence(ov.slug, m.evidence)))
    by_date = {c.key_date: c for c in out}
    for c in out:
        if c.model.replaces in by_date:
            c.replaces = by_date[c.model.replaces]
            c.replaces.replaced_by = c
    current = next((c for c in out if not c.withdrawn and c.replaced_by is None), None)
    if current:
        current.is_current = True
    return out


def _url(slug: str, model: schema.CommitteeOrder) -> str:
    return f"{urls.office(slug)}committee/{model.key_date.isoformat()}/"


def _check(ctx: Any, order: Any) -> None:
    versions.check(ctx, order, "committee", tr("committee orders"))
    m = order.model
    if m.replaces is None or "committee" in ctx.broken:  # an order that failed is reported there
        return
    orders = ctx.office.records.get("committee", {})
    if m.replaces == m.key_date:
        ctx.add(order.source, ("replaces",), tr("an order cannot replace itself: give the date of the earlier order"))
    elif m.replaces not in orders:
        have = sorted(d.isoformat() for d in orders if d != m.key_date)
        ctx.add(order.source, ("replaces",),
                tr("there is no committee order of {date} to replace: give the date of one of this office's orders ({orders})",
                   date=m.replaces.isoformat(), orders=", ".join(have) or tr("none yet")))
    elif m.replaces > m.key_date and not versions.mixed([o.model for o in orders.values()]):
        ctx.add(order.source, ("replaces",), tr("this order ({date}) cannot replace a later one ({later})",
                                                  date=m.key_date.isoformat(), later=m.replaces.isoformat()))


TYPE = RecordType(
    kind="committee",
    folder="committees",
    model=schema.CommitteeOrder,
    view=CommitteeView,
    label="পরিবীক্ষণ কমিটি ও ফোকাল পয়েন্ট",
    template="committee.html",
    order=17,
    key=lambda c: c.key_date,
    key_field=versions.key_field,
    clash=lambda first, c: tr("another committee order ({first}) has the same date: each order needs its own date", first=first),
    url=_url,
    withdrawn_label="অফিস আদেশ",
    twin_list="committee_orders",
    natural_date=lambda c: c.date,
    build=_build,
    check=_check,
)
