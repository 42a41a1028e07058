"""সেবা প্রদান প্রতিশ্রুতি: charter versions.  Every version keeps its own
page; the newest version not withdrawn is the office's current charter, and
each version lists what changed from the previous one in force."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import bangla, changes, schema, urls
from ..changes import CharterChanges
from ..views import RecordView, history
from . import RecordType


@dataclass
class CharterView(RecordView):
    is_current: bool = False
    version: int = 1
    changes: CharterChanges | None = None  # from the previous version in force
    compared_with: "CharterView | None" = None

    @property
    def title(self) -> str:
        return f"সেবা প্রদান প্রতিশ্রুতি — কার্যকর {bangla.gregorian_date(self.model.effective_date)}"

    @property
    def dated(self) -> date:
        return self.model.effective_date

    def page_data(self) -> dict[str, Any]:
        return {"charter": self}

    def computed(self, base: str) -> dict[str, Any]:
        from ..twins import dual_date, plain

        return {
            "effective_date": dual_date(self.model.effective_date),
            "version": self.version,
            "is_current": self.is_current,
            "changes_from_previous": plain(self.changes) if self.changes else None,
        }


def _build(build: Any, office: Any, ov: Any) -> list[RecordView]:
    loaded = sorted(office.records.get("charter", {}).values(), key=lambda c: c.model.effective_date)
    out: list[CharterView] = []
    previous: CharterView | None = None  # the last version that was not withdrawn
    for version, ch in enumerate(loaded, start=1):
        cv = CharterView(TYPE, ch.model, ch.source.path, ov, _url(ov.slug, ch.model),
                         history(ch.model, ch.model.effective_date), version=version)
        if previous:
            cv.changes, cv.compared_with = changes.compare(previous.model, ch.model), previous
        if not ch.model.withdrawn:
            previous = cv
        out.append(cv)
    out.reverse()
    current = next((c for c in out if not c.model.withdrawn), None)
    if current:
        current.is_current = True
    return out


def _url(slug: str, model: schema.Charter) -> str:
    return f"{urls.office(slug)}charter/{model.effective_date.isoformat()}/"


TYPE = RecordType(
    kind="charter",
    folder="charters",
    model=schema.Charter,
    view=CharterView,
    label="সেবা প্রদান প্রতিশ্রুতি",
    template="charter.html",
    order=10,
    key=lambda c: c.effective_date,
    key_field="effective_date",
    clash=lambda first, c: f"another charter version ({first}) has the same effective_date: each version needs its own date",
    url=_url,
    withdrawn_label="সেবা প্রদান প্রতিশ্রুতি",
    twin_list="charters",
    natural_date=lambda c: c.effective_date,
    build=_build,
)
