"""What changed between two charter versions, computed from the records
(never typed in): services added, removed, and which columns of a service
changed, with the old and new values as plain text; and which other
sections changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import cells, schema

GROUP_LABELS = {"citizen": "নাগরিক সেবা", "institutional": "প্রাতিষ্ঠানিক সেবা", "internal": "অভ্যন্তরীণ সেবা"}
# Columns whose old and new values are shown; the others are named only (a
# list of documents or an officer's details reads badly as "before → after").
SHOWN = ("method", "recipient", "documents_source", "fee", "time_limit", "note")
FIELD_LABELS = {
    "method": "সেবা প্রদান পদ্ধতি",
    "recipient": "সেবাগ্রহীতা",
    "documents": "প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান",
    "documents_source": "কাগজপত্র/আবেদন ফরম প্রাপ্তিস্থান",
    "fee": "সেবার মূল্য ও পরিশোধ পদ্ধতি",
    "time_limit": "সেবা প্রদানের সময়সীমা",
    "officer": "দায়িত্বপ্রাপ্ত কর্মকর্তা",
    "superior": "ঊর্ধ্বতন কর্মকর্তা",
    "note": "মন্তব্য",
}
SECTION_LABELS = {
    "vision": "রূপকল্প",
    "mission": "অভিলক্ষ্য",
    "grs": "অভিযোগ প্রতিকার ব্যবস্থাপনা (জিআরএস)",
    "expectations": "আপনার কাছে আমাদের প্রত্যাশা",
    "note": "মন্তব্য",
}


@dataclass
class FieldChange:
    key: str
    label: str
    before: str | None  # plain text, for the columns in SHOWN
    after: str | None


@dataclass
class ServiceChange:
    kind: str  # "added" | "removed" | "changed"
    group: str  # "citizen" | "institutional" | "internal" | another group's heading
    name: str
    fields: list[FieldChange] = field(default_factory=list)

    @property
    def group_label(self) -> str:
        return GROUP_LABELS.get(self.group, self.group)


@dataclass
class CharterChanges:
    sections: list[str]  # labels of changed sections other than services
    services: list[ServiceChange]

    @property
    def empty(self) -> bool:
        return not self.sections and not self.services

    def count(self, kind: str) -> int:
        return sum(1 for s in self.services if s.kind == kind)


def _groups(c: schema.Charter) -> dict[str, list[schema.Service]]:
    out = {key: getattr(c.services, key) for key in GROUP_LABELS}
    for g in c.services.other:
        out[g.heading] = g.services
    return out


def _text(key: str, value: Any) -> str | None:
    """One line of plain text, for the columns in SHOWN."""
    if key not in SHOWN:
        return None
    if key == "fee" and isinstance(value, schema.Fee):
        return "; ".join(cells.fee_lines(value)) + (f" ({value.payment})" if value.payment else "")
    return cells.text(key, value).replace("\n", "; ")


def compare(old: schema.Charter, new: schema.Charter) -> CharterChanges:
    sections = [label for key, label in SECTION_LABELS.items() if getattr(old, key) != getattr(new, key)]
    services: list[ServiceChange] = []
    old_groups, new_groups = _groups(old), _groups(new)
    for group in dict.fromkeys([*old_groups, *new_groups]):
        before = {s.name: s for s in old_groups.get(group, [])}
        after = {s.name: s for s in new_groups.get(group, [])}
        for name, service in after.items():
            if name not in before:
                services.append(ServiceChange("added", group, name))
                continue
            changed = [
                FieldChange(key, label, _text(key, getattr(before[name], key)), _text(key, getattr(service, key)))
                for key, label in FIELD_LABELS.items()
                if getattr(before[name], key) != getattr(service, key)
            ]
            if changed:
                services.append(ServiceChange("changed", group, name, changed))
        for name in before:
            if name not in after:
                services.append(ServiceChange("removed", group, name))
    return CharterChanges(sections, services)
