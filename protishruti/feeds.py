"""Atom feeds and the sitemap, as data for their templates.  Dates come from
the records (first published, last updated), never from the clock; where a
feed has no dated entry at all, SOURCE_DATE_EPOCH (or 1970-01-01) stands in,
so the same content always gives the same bytes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime, timezone

from .records import KIND_LABELS, REGISTRY
from .render import Page
from .views import MIXED_SAMPLE

FEED_KINDS = tuple(t.kind for t in REGISTRY if t.feed) + ("page",)
# The site's own feed holds the newest entries, so it stays small on a national
# site (all 10,000 pages: 13 MB); each office's feed holds all of its own.
SITE_FEED_LATEST = 200


def timestamp(d: date) -> str:
    """A record date as an RFC 3339 time: midnight in Bangladesh (UTC+6)."""
    return f"{d.isoformat()}T00:00:00+06:00"


def fallback_time() -> str:
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0") or 0)
    return datetime.fromtimestamp(epoch, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Entry:
    url: str
    title: str
    kind: str
    kind_label: str
    author: str
    summary: str
    published: str  # "" when the record gives no published:
    updated: str
    sort_key: tuple
    withdrawn: bool
    sample: bool  # নমুনা data: the title says so


def by_office(pages: list[Page], base: str, site_title: str) -> dict[str, list[Entry]]:
    """Every office's feed entries, newest first, in one pass over the pages
    (not one pass per office)."""
    grouped: dict[str, list[Page]] = {}
    for p in pages:
        if p.office is not None:
            grouped.setdefault(p.office.slug, []).append(p)
    return {slug: entries(group, base, site_title) for slug, group in grouped.items()}


def entries(pages: list[Page], base: str, site_title: str) -> list[Entry]:
    """Feed entries, newest first by publication date.  Records with no date
    at all cannot be placed in time and are left out."""
    out = []
    for page in pages:
        if page.kind not in FEED_KINDS or page.history is None or page.history.published is None:
            continue
        h = page.history
        updated = h.updated or h.published  # never None: published is set
        summary = page.description or page.title
        if not page.sample and page.record is not None and page.record.contains_sample:
            summary += f" ({MIXED_SAMPLE})"
        out.append(
            Entry(
                url=base + page.url,
                title=page.title,
                kind=page.kind,
                kind_label=KIND_LABELS[page.kind],
                author=page.office.model.name if page.office else site_title,
                summary=summary,
                # Atom's <published> is the site's first publication, as on the page; a record
                # without published: leaves it out (it is still ordered by its document's date)
                published=timestamp(h.published) if h.on_site else "",
                updated=timestamp(updated),
                sort_key=(h.published, updated, page.url),
                withdrawn=h.withdrawn is not None,
                sample=page.sample,
            )
        )
    out.sort(key=lambda e: e.sort_key, reverse=True)
    return out


def feed_updated(items: list[Entry]) -> str:
    return max((e.updated for e in items), default=fallback_time())


@dataclass(frozen=True)
class SitemapEntry:
    url: str
    lastmod: str | None


def sitemap(pages: list[Page], base: str) -> list[SitemapEntry]:
    out = []
    for page in pages:
        if page.kind == "redirect":
            continue
        h = page.history
        last = (h.updated or h.published) if h else None
        if page.kind == "home":
            dated = [p.history.updated or p.history.published for p in pages if p.history and (p.history.updated or p.history.published)]
            last = max(dated, default=None)
        out.append(SitemapEntry(base + page.url, last.isoformat() if last else None))
    return sorted(out, key=lambda e: e.url)
