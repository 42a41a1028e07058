"""The computed site, as plain data for templates and twins: offices, their
records (one view class per record type, each a ``RecordView``), free pages
and evidence files.  Nothing here reads files or knows about markup; the
compute stage fills these in, render and opendata read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import schema, urls

if TYPE_CHECKING:  # pragma: no cover
    from .records import RecordType


@dataclass
class EvidenceView:
    title: str
    href: str  # site path for files, full URL for links
    external: bool
    size: int | None = None
    kind: str | None = None  # PDF, PNG, …
    mime: str | None = None
    sha256: str | None = None


@dataclass
class EvidenceFile:
    """An evidence file published beside the pages."""

    source: Path
    url: str
    view: EvidenceView | None = None  # title-less facts: size, type, hash
    record: str = ""  # the first record naming it (path in the content folder) …
    line: int = 0  # … and the line of its 'file:'
    office: str = ""  # the slug of the office whose folder holds it


@dataclass
class History:
    """When a record first appeared, its public change notes, and whether it
    was withdrawn; all from the records, never from the clock."""

    published: date | None
    updates: list[schema.Update]
    withdrawn: schema.Withdrawal | None
    # True when ``published`` is the site's own record of first publication
    # (the record's ``published:``); False when it stands in with the
    # document's own date, for sorting and feeds.  Pages say প্রথম প্রকাশ only
    # of the first: it means one thing everywhere, the day this site first
    # published the page.
    on_site: bool = True

    @property
    def updated(self) -> date | None:
        """The latest of first publication, change notes and withdrawal."""
        dates = [u.date for u in self.updates] + [d for d in (self.published, self.withdrawn and self.withdrawn.date) if d]
        return max(dates) if dates else None


def history(record: schema.Published, natural: date | None = None) -> History:
    """``natural`` is the record's own date (a charter's effective date, a
    report's submission date), used when ``published`` is not given."""
    updates = sorted(record.updates, key=lambda u: u.date)
    return History(record.published or natural, updates, record.withdrawn, on_site=record.published is not None)


# Beside a real record whose page shows figures computed from নমুনা records.
MIXED_SAMPLE = "কিছু হিসাব নমুনা তথ্য থেকে"


@dataclass
class RecordView:
    """One published record of an office: its model, where it came from, its
    URL and history.  Each record type (protishruti/records/) subclasses this
    with what its pages show; the defaults here suit a simple document."""

    type: "RecordType"
    model: Any
    source: str  # path of the record file, relative to the content folder
    office: "OfficeView"
    url: str
    history: History

    @property
    def kind(self) -> str:
        return self.type.kind

    @property
    def sample(self) -> bool:
        """The record, or its office, is demonstration data (নমুনা)."""
        return bool(self.model.sample or self.office.sample)

    @property
    def contains_sample(self) -> bool:
        """Some of what the page shows is computed from নমুনা records."""
        return False

    @property
    def withdrawn(self) -> bool:
        return self.model.withdrawn is not None

    # ---- what pages, lists, search and twins need; types override these

    @property
    def title(self) -> str:
        return getattr(self.model, "title", None) or self.type.label

    @property
    def crumb_title(self) -> str:
        """The last step of the breadcrumb."""
        return self.title

    @property
    def dated(self) -> date | None:
        """The record's own date (the document's, where it states one): search
        results show and sort by it."""
        return None

    @property
    def document_date(self) -> date | None:
        """The date a listing or search result shows and sorts by."""
        return self.dated or self.history.published

    @property
    def sort_key(self) -> tuple:
        return (self.document_date or date.min, self.url)

    @property
    def fiscal_year(self) -> str | None:
        return getattr(self.model, "fiscal_year", None)

    @property
    def quarter(self) -> int | None:
        return None

    @property
    def list_label(self) -> str:
        """How the record is named in a list of documents (home, office page)."""
        return self.title

    @property
    def list_date(self) -> tuple[str, date] | None:
        """A (label, date) pair shown beside the record in lists."""
        return None

    def crumbs(self) -> list[tuple[str, str]]:
        """(title, url) pairs between the office and this page."""
        return []

    def page_data(self) -> dict[str, Any]:
        """Extra template variables for this record's page."""
        return {}

    def computed(self, base: str) -> dict[str, Any]:
        """The computed part of the JSON twin (``base`` is the site URL)."""
        return {}

    def table_csv(self) -> str | None:
        """The CSV twin, for records that are tables."""
        return None


class DatedView:
    """For views of schema.DatedByDocument records: the document's own date,
    or else the date this site first published the record."""

    model: Any
    STATED_LABEL = "তারিখ"  # how the page names the document's own date (কার্যকর, হালনাগাদ, …)

    @property
    def stated(self) -> bool:
        return self.model.stated_date is not None

    @property
    def key_date(self) -> date:
        return self.model.key_date

    @property
    def date_label(self) -> str:
        return self.STATED_LABEL if self.stated else "প্রকাশ"

    @property
    def dated(self) -> date:
        return self.key_date


@dataclass
class OfficeView:
    slug: str
    model: schema.Office
    source: str
    url: str
    history: History
    parent: "OfficeView | None" = None
    children: list["OfficeView"] = field(default_factory=list)
    records: dict[str, list[RecordView]] = field(default_factory=dict)  # kind → newest first

    def of(self, kind: str) -> list[Any]:
        return self.records.get(kind, [])

    @property
    def charters(self) -> list[Any]:
        return self.of("charter")

    @property
    def plans(self) -> list[Any]:
        return self.of("plan")

    @property
    def reports(self) -> list[Any]:
        return self.of("report")

    @property
    def meetings(self) -> list[Any]:
        return self.of("meeting")

    @property
    def current_charter(self) -> Any:
        return next((c for c in self.charters if c.is_current), None)

    @property
    def sample(self) -> bool:
        return self.model.sample

    @property
    def kind_group(self) -> str | None:
        """The group a known kind is listed under; other kinds: অন্যান্য দপ্তর."""
        if self.model.kind is None:
            return None
        return schema.OFFICE_KINDS.get(self.model.kind.strip(), schema.OTHER_KIND_GROUP)

    @property
    def descendants(self) -> int:
        """How many offices are under this one, at any depth."""
        return sum(1 + c.descendants for c in self.children)

    @property
    def ancestors(self) -> list["OfficeView"]:
        out, cur = [], self.parent
        while cur:
            out.insert(0, cur)
            cur = cur.parent
        return out


@dataclass
class PageView:
    name: str
    model: schema.Page
    source: str
    url: str
    body: str
    history: History


NO_KIND = "ধরন উল্লেখ নেই"
# Up to this many offices the home page shows the whole tree; beyond, the
# ministries only (a national site's home page would otherwise list thousands).
HOME_TREE_OFFICES = 60


@dataclass
class SiteView:
    site: schema.Site
    offices: dict[str, OfficeView]
    roots: list[OfficeView]
    pages: list[PageView]
    latest: list[RecordView]
    evidence_files: list[EvidenceFile]
    # the latest date the content records (monitoring.content_date), found once for every monitoring page
    content_date: date | None = None
    # the search glossary: the program's groups and glossary.yaml's (protishruti/glossary.py)
    glossary: list[list[str]] = field(default_factory=list)

    @property
    def home_tree(self) -> bool:
        """Whether the home page lists every office under its ministry, or
        (on a large site) only the ministries, each page listing its own."""
        return len(self.offices) <= HOME_TREE_OFFICES

    @property
    def root_groups(self) -> list[tuple[str, list[OfficeView]]]:
        """Top-level offices grouped by the kind of office (schema.OFFICE_KINDS),
        known groups first, then other kinds, then offices whose kind is not given."""
        order = list(dict.fromkeys(schema.OFFICE_KINDS.values())) + [schema.OTHER_KIND_GROUP, NO_KIND]
        groups: dict[str, list[OfficeView]] = {}
        for o in self.roots:
            groups.setdefault(o.kind_group or NO_KIND, []).append(o)
        return sorted(groups.items(), key=lambda g: order.index(g[0]))


def evidence_view(slug: str, ev: schema.Evidence, files: dict[str, EvidenceFile]) -> EvidenceView:
    if ev.url:
        return EvidenceView(ev.title, ev.url, external=True)
    facts = files[urls.evidence(slug, ev.path)].view
    assert facts is not None
    return EvidenceView(ev.title, facts.href, False, facts.size, facts.kind, facts.mime, facts.sha256)
