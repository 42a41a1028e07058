"""সেবা প্রদান প্রতিশ্রুতি: charter versions.  Every version keeps its own
page; the newest version not withdrawn is the office's current charter, and
each version lists what changed from the previous one in force."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .. import bangla, cells, changes, schema, twins, urls, versions
from ..cells import Column
from ..changes import CharterChanges
from ..messages import tr
from ..views import DatedView, EvidenceView, RecordView, history
from . import RecordType

GROUPS = (("citizen", "নাগরিক সেবা"), ("institutional", "প্রাতিষ্ঠানিক সেবা"), ("internal", "অভ্যন্তরীণ সেবা"))
SECTIONS = {
    "vision": "রূপকল্প (Vision)",
    "mission": "অভিলক্ষ্য (Mission)",
    **dict(GROUPS),
    "grs": "অভিযোগ প্রতিকার ব্যবস্থাপনা (জিআরএস)",
    "expectations": "আপনার কাছে আমাদের প্রত্যাশা",
}


@dataclass
class Table:
    """A service or GRS table as the page shows it: only the columns the
    document fills, with its own headings, and what each ditto mark repeats."""

    key: str
    heading: str
    rows: list[Any]
    columns: list[Column]
    ditto: dict[tuple[int, str], str]
    note: str | None = None
    serials: bool = False  # the document numbers its rows itself (row.serial, as written)
    serial_heading: str = "ক্রম"


@dataclass
class CharterView(DatedView, RecordView):
    STATED_LABEL = "কার্যকর"
    is_current: bool = False
    version: int = 1
    changes: CharterChanges | None = None  # from the previous version in force
    compared_with: "CharterView | None" = None
    tables: list[Table] = field(default_factory=list)
    grs: Table | None = None
    evidence: list[EvidenceView] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.model.title or "সেবা প্রদান প্রতিশ্রুতি"

    @property
    def title(self) -> str:
        return f"{self.name} — {self.date_label} {bangla.gregorian_date(self.key_date)}"

    def heading(self, section: str) -> str:
        return getattr(self.model.headings, section, None) or SECTIONS[section]

    @property
    def missing_sections(self) -> list[str]:
        """Standard sections this document does not have."""
        c = self.model
        have = {"vision": c.vision, "mission": c.mission, "services": self.tables, "grs": c.grs, "expectations": c.expectations}
        labels = {"vision": "রূপকল্প", "mission": "অভিলক্ষ্য", "services": "সেবার তালিকা",
                  "grs": "অভিযোগ প্রতিকার ব্যবস্থাপনা (জিআরএস)", "expectations": "সেবাগ্রহীতার কাছে প্রত্যাশা"}
        return [labels[k] for k, v in have.items() if not v]

    def page_data(self) -> dict[str, Any]:
        return {"charter": self}

    def table_csv(self) -> str | None:
        """Every service, one row each, in the columns the document has (with
        its headings where it gives them): its words as written, structured
        values as the page reads them, a blank cell as উল্লেখ নেই."""
        present: dict[str, str] = {}
        for t in self.tables:
            for col in t.columns:
                present.setdefault(col.key, col.heading)
        keys = list(present)  # in the document's order
        serials = any(t.serials for t in self.tables)
        header = ["অংশ", self.model.columns.serial or "ক্রম"] + [present[k] for k in keys]
        rows = [
            [t.heading, (s.serial or cells.SILENCE) if serials else str(i)] + [cells.text(k, getattr(s, k)) for k in keys]
            for t in self.tables for i, s in enumerate(t.rows, start=1)
        ]
        return twins.csv_text(header, rows)

    def computed(self, base: str) -> dict[str, Any]:
        from ..twins import dual_date, evidence, plain

        return {
            "effective_date": dual_date(self.model.effective_date),
            "published_key": None if self.stated else dual_date(self.key_date),
            "version": self.version,
            "is_current": self.is_current,
            "changes_from_previous": plain(self.changes) if self.changes else None,
            "ditto": [
                {"table": t.heading, "row": row + 1, "column": key, "repeats": text}
                for t in self.tables + ([self.grs] if self.grs else []) for (row, key), text in sorted(t.ditto.items())
            ],
            "evidence": evidence(self.evidence, base),
        }


def _tables(c: schema.Charter) -> list[Table]:
    groups = [(key, getattr(c.headings, key) or label, getattr(c.services, key), None) for key, label in GROUPS]
    groups += [(f"other-{i}", g.heading, g.services, g.note) for i, g in enumerate(c.services.other, start=1)]
    out = []
    for key, heading, rows, note in groups:
        if not rows and not note:
            continue
        cols = cells.columns(cells.SERVICE_COLUMNS, rows, c.columns, always=("name",))
        out.append(Table(key, heading, rows, cols, cells.dittos(rows, [col.key for col in cols]), note,
                         any(r.serial for r in rows), c.columns.serial or "ক্রম"))
    return out


def grs_table(steps: list[schema.GrsStep], words: schema.GrsColumns, heading: str) -> Table | None:
    """A GRS table (charters, GRS officer pages): the columns it fills, with the document's headings."""
    if not steps:
        return None
    cols = cells.columns(cells.GRS_COLUMNS, steps, words)
    return Table("grs", heading, steps, cols, cells.dittos(steps, [col.key for col in cols]), None,
                 any(r.serial for r in steps), words.serial or "ক্রম")


def _grs(c: schema.Charter) -> Table | None:
    return grs_table(c.grs, c.grs_columns, c.headings.grs or SECTIONS["grs"])


def _build(build: Any, office: Any, ov: Any) -> list[RecordView]:
    records = list(office.records.get("charter", {}).values())
    newer = versions.order_key([r.model for r in records])
    loaded = sorted(records, key=lambda c: newer(c.model))
    out: list[CharterView] = []
    previous: CharterView | None = None  # the last version that was not withdrawn
    for version, ch in enumerate(loaded, start=1):
        cv = CharterView(TYPE, ch.model, ch.source.path, ov, _url(ov.slug, ch.model),
                         history(ch.model, ch.model.effective_date), version=version,
                         tables=_tables(ch.model), grs=_grs(ch.model), evidence=build.evidence(ov.slug, ch.model.evidence))
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


# Offices revise their charter every year (the Cabinet Division's guideline);
# a newest version older than this is worth a warning.
STALE_AFTER = timedelta(days=365)


def _check(ctx: Any, rec: Any) -> None:
    versions.check(ctx, rec, "charter", tr("charter versions"))
    charters = ctx.office.records.get("charter", {})
    newest = max(charters) if charters else None
    if rec.model.key_date == newest and rec.model.withdrawn is None and date.today() - newest > STALE_AFTER:
        field = "effective_date" if rec.model.effective_date else "published"
        ctx.warn(rec.source, (field,), tr("this is the office's newest charter, dated {date}, more than a year ago:"
                                          " offices revise the charter every year; add the newer version if there is one",
                                          date=newest.isoformat()))


def _url(slug: str, model: schema.Charter) -> str:
    return f"{urls.office(slug)}charter/{model.key_date.isoformat()}/"


TYPE = RecordType(
    kind="charter",
    folder="charters",
    model=schema.Charter,
    view=CharterView,
    label="সেবা প্রদান প্রতিশ্রুতি",
    template="charter.html",
    order=10,
    key=lambda c: c.key_date,
    key_field=versions.key_field,
    clash=lambda first, c: (
        tr("another charter version ({first}) has the same effective_date: each version needs its own date", first=first)
        if c.effective_date else
        tr("another charter version ({first}) has the date {date} in its URL, this undated version's "
           "published date: each version needs its own date", first=first, date=c.key_date.isoformat())
    ),
    url=_url,
    withdrawn_label="সেবা প্রদান প্রতিশ্রুতি",
    twin_list="charters",
    natural_date=lambda c: c.effective_date,
    build=_build,
    check=_check,
    csv=True,
)
