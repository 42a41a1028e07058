"""The record-type registry: one descriptor per kind of document an office
publishes (charter, action plan, quarterly report, …), read by every stage.

Each module in this package defines ``TYPE``, a ``RecordType`` that says
where the records live (``offices/<slug>/<folder>/``), which schema model
checks them, what makes each one unique and its permanent URL, its view
class (what its page, JSON twin and CSV twin show), its template, and
whether it belongs in feeds, the data catalogue and the home page's latest
list.  The package imports every module in it, so a new record type is:

1. its model in ``protishruti/schema.py``;
2. a module here with its view and ``TYPE``;
3. its template in ``layouts/``;
4. its section in ``docs/content.md``.

Loading, validation (schema, unique keys, evidence files), computing,
rendering, search facets, the URL lock, JSON twins, feeds, the sitemap and
``/data.json`` all follow from the descriptor; ``tests/test_records.py``
checks that every registered type is complete.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Callable

from ..views import RecordView

if TYPE_CHECKING:  # pragma: no cover
    from ..compute import Build
    from ..validate import Check


def _no_date(model: Any) -> date | None:
    return None


@dataclass(frozen=True)
class RecordType:
    kind: str  # the type's id: JSON twins' "type", search, CSS
    folder: str  # where its records live, under offices/<slug>/
    model: type  # the schema model (protishruti/schema.py)
    view: type[RecordView]  # what its page and twins show
    label: str  # its name in Bangla: search filter, feeds, lists
    template: str  # its page template in layouts/
    order: int  # position in office pages, the office twin and feeds
    key: Callable[[Any], Any]  # unique within an office; the URL is made from it
    key_field: Any  # the field a clash of keys is reported at (or a function of the model giving it)
    clash: Callable[[str, Any], str]  # the message for a second record with the same key
    url: Callable[[str, Any], str]  # (office slug, model) → permanent URL
    withdrawn_label: str  # "এই … প্রত্যাহার করা হয়েছে"
    twin_list: str  # the key under which the office's JSON twin lists these records
    natural_date: Callable[[Any], date | None] = _no_date  # the default for 'published'
    build: Callable[["Build", Any, Any], list[RecordView]] | None = None  # views of one office; None: one per record
    needs: tuple[str, ...] = ()  # kinds whose views `build` reads or links to: they are built first
    check: Callable[["Check", Any], None] | None = None  # rules that span records
    feed: bool = True  # in /feed.xml and the office feed
    catalogue: bool = True  # a dataset in /data.json
    latest: bool = False  # in the home page's "latest" list
    csv: bool = False  # has an index.csv twin


def _discover() -> tuple[RecordType, ...]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        rtype = getattr(module, "TYPE", None)
        if not isinstance(rtype, RecordType):
            raise RuntimeError(f"protishruti/records/{info.name}.py must define TYPE = RecordType(...)")
        found.append(rtype)
    return tuple(sorted(found, key=lambda t: t.order))


REGISTRY: tuple[RecordType, ...] = _discover()
BY_KIND: dict[str, RecordType] = {t.kind: t for t in REGISTRY}
BY_FOLDER: dict[str, RecordType] = {t.folder: t for t in REGISTRY}
if len(BY_KIND) != len(REGISTRY) or len(BY_FOLDER) != len(REGISTRY):
    raise RuntimeError("two record types share a kind or a folder")



def _build_order(types: tuple[RecordType, ...]) -> tuple[RecordType, ...]:
    """The types in an order where each comes after the kinds it needs
    (display order where nothing is needed)."""
    done: list[RecordType] = []
    pending = list(types)
    while pending:
        ready = [t for t in pending if all(n in {d.kind for d in done} for n in t.needs)]
        if not ready:
            unknown = {n for t in pending for n in t.needs} - {t.kind for t in types}
            raise RuntimeError(f"record types need unknown kinds {sorted(unknown)}" if unknown else
                               f"record types need each other: {[t.kind for t in pending]}")
        done.append(ready[0])
        pending.remove(ready[0])
    return tuple(done)


BUILD_ORDER: tuple[RecordType, ...] = _build_order(REGISTRY)

# Labels of every page kind, records and the rest (search filter, feeds).
KIND_LABELS: dict[str, str] = {"office": "দপ্তর", **{t.kind: t.label for t in REGISTRY}, "page": "পাতা"}
