"""The record-type registry: every registered type is complete, so no stage
can silently leave one out."""

import re

from protishruti import render
from protishruti.records import REGISTRY
from protishruti.views import RecordView

from .conftest import ROOT


def test_every_type_is_complete():
    docs = (ROOT / "docs" / "content.md").read_text(encoding="utf-8")
    assert len(REGISTRY) >= 4
    for t in REGISTRY:
        assert re.fullmatch(r"[a-z]+", t.kind), t.kind
        assert re.fullmatch(r"[a-z-]+", t.folder), t.folder
        assert issubclass(t.view, RecordView), t.kind
        assert (render.DEFAULT_LAYOUTS / t.template).is_file(), t.template
        assert f"offices/<slug>/{t.folder}/" in docs, f"docs/content.md has no section for {t.folder}/"
        assert t.label and t.withdrawn_label and t.twin_list


def test_kinds_folders_and_orders_are_unique():
    assert len({t.kind for t in REGISTRY}) == len({t.folder for t in REGISTRY}) == len({t.order for t in REGISTRY}) == len(REGISTRY)


def test_build_order_puts_needed_kinds_first():
    from protishruti.records import BUILD_ORDER

    seen = set()
    for t in BUILD_ORDER:
        assert set(t.needs) <= seen, t.kind
        seen.add(t.kind)
    assert {t.kind for t in BUILD_ORDER} == {t.kind for t in REGISTRY}
