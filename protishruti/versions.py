"""Records that come in versions (charter versions, GRS officer updates,
committee orders): which is newer, and so which is current.

Versions whose documents all state their dates are ordered by those dates.
Once an office has a version that states none (its URL is its `published`
date), the two kinds of date cannot be compared: the site's own publication
dates order them instead, so every version must give `published:`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .messages import tr


def mixed(models: list[Any]) -> bool:
    stated = {m.stated_date is not None for m in models}
    return len(stated) > 1


def order_key(models: list[Any]) -> Any:
    """A sort key (oldest first) for the versions ``models`` of one office."""
    if mixed(models):
        return lambda m: (m.published or date.min, m.key_date)
    return lambda m: m.key_date


def key_field(model: Any) -> str:
    """The field that makes a version's URL: its stated date, or `published`."""
    return model.STATED if model.stated_date else "published"


def check(ctx: Any, rec: Any, kind: str, what: str) -> None:
    """In a mix of dated and undated versions, each must say when this site
    published it (reported at the version's own date)."""
    models = [r.model for r in ctx.office.records.get(kind, {}).values()]
    if rec.model.published is None and mixed(models):
        ctx.add(rec.source, (rec.model.STATED,),
                tr("this office's {what} mix ones whose document states a date and ones that do not: give every one "
                   "'published:' (the date this site first published it), which then orders them; the newest is current",
                   what=what))
