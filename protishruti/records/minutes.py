"""সভার কার্যবিবরণী: the minutes of a monitoring-committee meeting — chair,
attendance, agenda, discussion and decisions with who carries them out, by
when, and any status word the document uses.  They live beside the
meeting's decision-progress report (meetings/), at its URL + minutes/."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .. import bangla, periods, schema, statuses, twins, urls
from ..messages import tr
from ..views import EvidenceView, RecordView, history
from . import RecordType


@dataclass
class MinutesView(RecordView):
    meeting: Any = None  # the MeetingView of the same meeting, if published
    status_counts: list[statuses.StatusCount] = field(default_factory=list)
    evidence: list[EvidenceView] = field(default_factory=list)

    @property
    def short(self) -> str:
        m = self.model
        return f"পরিবীক্ষণ কমিটির {bangla.ordinal(m.number)} সভার কার্যবিবরণী ({bangla.fiscal_year_label(m.fiscal_year)})"

    @property
    def title(self) -> str:
        return self.model.title

    @property
    def crumb_title(self) -> str:
        return "কার্যবিবরণী"

    def crumbs(self) -> list[tuple[str, str]]:
        return [(self.meeting.short, self.meeting.url)] if self.meeting else []

    @property
    def dated(self) -> date | None:
        return self.model.date

    @property
    def document_date(self) -> date:
        return self.model.date or periods.fiscal_year(self.model.fiscal_year)[1]

    @property
    def list_label(self) -> str:
        m = self.model
        return f"পরিবীক্ষণ কমিটির {bangla.ordinal(m.number)} সভার কার্যবিবরণী, {bangla.fiscal_year_label(m.fiscal_year)}"

    @property
    def list_date(self) -> tuple[str, date] | None:
        return ("সভা", self.model.date) if self.model.date else None

    def page_data(self) -> dict[str, Any]:
        return {"minutes": self}

    def computed(self, base: str) -> dict[str, Any]:
        return {
            "date": twins.dual_date(self.model.date),
            "progress_report": base + self.meeting.url if self.meeting else None,
            "status_counts": {c.word: c.count for c in self.status_counts},
            "evidence": twins.evidence(self.evidence, base),
        }


def _build(build: Any, office: Any, ov: Any) -> list[RecordView]:
    meetings = {(mt.model.fiscal_year, mt.model.number): mt for mt in ov.meetings}
    out = []
    for key, rec in sorted(office.records.get("minutes", {}).items(), reverse=True):
        m = rec.model
        view = MinutesView(TYPE, m, rec.source.path, ov, _url(ov.slug, m), history(m, m.date), meetings.get(key),
                           statuses.count([d.status for d in m.decisions]) if m.decisions else [],
                           build.evidence(ov.slug, m.evidence))
        if view.meeting is not None:
            view.meeting.minutes = view
        out.append(view)
    return out


def _url(slug: str, model: schema.Minutes) -> str:
    return f"{urls.office(slug)}meetings/{model.fiscal_year}/{model.number}/minutes/"


TYPE = RecordType(
    kind="minutes",
    folder="minutes",
    model=schema.Minutes,
    view=MinutesView,
    label="সভার কার্যবিবরণী",
    template="minutes.html",
    order=45,
    key=lambda m: (m.fiscal_year, m.number),
    key_field="number",
    clash=lambda first, m: tr("{first} is already the minutes of meeting {number} of {fiscal_year}: one file per meeting",
                              first=first, number=m.number, fiscal_year=m.fiscal_year),
    url=_url,
    withdrawn_label="কার্যবিবরণী",
    twin_list="minutes",
    natural_date=lambda m: m.date,
    build=_build,
    needs=("meeting",),
    latest=True,
)
