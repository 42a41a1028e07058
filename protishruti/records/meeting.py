"""পরিবীক্ষণ কমিটির সভা: a monitoring-committee meeting's decisions and their
progress, with the letter that forwarded them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .. import bangla, charts, periods, schema, statuses, twins, urls
from ..messages import tr
from ..views import EvidenceView, RecordView, history
from . import RecordType


@dataclass
class DecisionView:
    model: schema.Decision
    evidence: list[EvidenceView]


def meeting_date(m: schema.Meeting) -> date | None:
    """The forwarding letter's date, or else the meeting's, if known."""
    return (m.letter.date if m.letter else None) or m.date


@dataclass
class MeetingView(RecordView):
    decisions: list[DecisionView] = field(default_factory=list)
    evidence: list[EvidenceView] = field(default_factory=list)
    status_counts: list[statuses.StatusCount] = field(default_factory=list)
    minutes: Any = None  # the MinutesView of the same meeting, if published

    @property
    def title(self) -> str:
        return self.model.title

    @property
    def short(self) -> str:
        m = self.model
        return f"পরিবীক্ষণ কমিটির {bangla.ordinal(m.number)} সভা ({bangla.fiscal_year_label(m.fiscal_year)})"

    @property
    def crumb_title(self) -> str:
        return self.short

    @property
    def dated(self) -> date | None:
        return meeting_date(self.model)

    @property
    def document_date(self) -> date:
        """As ``dated``, or else the end of the fiscal year."""
        return self.dated or periods.fiscal_year(self.model.fiscal_year)[1]

    @property
    def list_label(self) -> str:
        return f"পরিবীক্ষণ কমিটির {bangla.ordinal(self.model.number)} সভা, {bangla.fiscal_year_label(self.model.fiscal_year)}"

    @property
    def list_date(self) -> tuple[str, date] | None:
        if self.model.letter:
            return ("পত্র", self.model.letter.date)
        return ("সভা", self.model.date) if self.model.date else None

    def page_data(self) -> dict[str, Any]:
        return {"meeting": self, "short": self.short, "status_chart": charts.statuses(self.status_counts)}

    def computed(self, base: str) -> dict[str, Any]:
        m = self.model
        return {
            "date": twins.dual_date(m.date),
            "letter_date": twins.dual_date(m.letter.date) if m.letter else None,
            "status_counts": {c.word: c.count for c in self.status_counts},
            "minutes": base + self.minutes.url if self.minutes else None,
            "decision_evidence": [twins.evidence(d.evidence, base) for d in self.decisions],
            "evidence": twins.evidence(self.evidence, base),
        }


def _build(build: Any, office: Any, ov: Any) -> list[RecordView]:
    out = []
    for _, mt in sorted(office.records.get("meeting", {}).items(), reverse=True):
        m = mt.model
        decisions = [DecisionView(d, build.evidence(ov.slug, d.evidence)) for d in m.decisions]
        counts = statuses.count([d.status for d in m.decisions])
        out.append(MeetingView(TYPE, m, mt.source.path, ov, _url(ov.slug, m), history(m, meeting_date(m)),
                               decisions, build.evidence(ov.slug, m.evidence), counts))
    return out


def _url(slug: str, model: schema.Meeting) -> str:
    return f"{urls.office(slug)}meetings/{model.fiscal_year}/{model.number}/"


TYPE = RecordType(
    kind="meeting",
    folder="meetings",
    model=schema.Meeting,
    view=MeetingView,
    label="পরিবীক্ষণ কমিটির সভা",
    template="meeting.html",
    order=40,
    key=lambda m: (m.fiscal_year, m.number),
    key_field="number",
    clash=lambda first, m: tr("{first} is already meeting {number} of {fiscal_year}: give each meeting its own number",
                              first=first, number=m.number, fiscal_year=m.fiscal_year),
    url=_url,
    withdrawn_label="সভার প্রতিবেদন",
    twin_list="meetings",
    natural_date=meeting_date,
    build=_build,
    latest=True,
)
