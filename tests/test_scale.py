"""What keeps a national site bounded: search shards (each ministry whole,
packed in order), a home page that lists ministries only once there are many
offices, and the benchmark corpus (valid content, different text per office)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from protishruti import commands, index, views

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class _Office:
    slug: str
    ancestors: list = field(default_factory=list)


@dataclass
class _Page:
    output: str
    office: _Office | None
    search: object = True


def _pages(spec: dict[str, int]) -> list[_Page]:
    """spec: ministry slug → pages (one office under it holds half of them)."""
    out = [_Page("pages/about/index.html", None)]
    for slug, n in spec.items():
        m = _Office(slug)
        child = _Office(slug + "-child", [m])
        for i in range(n):
            out.append(_Page(f"offices/{(m if i % 2 else child).slug}/r{i}/index.html", m if i % 2 else child))
    out.append(_Page("search/index.html", None, search=None))  # not indexed
    return out


def test_shards_keep_each_ministry_whole_and_pack_them_in_order():
    shards = index.shards(_pages({"b": 4, "a": 3, "c": 9, "d": 2}), size=5)
    # free pages first (in the main bundle), then ministries by slug; c alone is over the size
    assert [s.bundle for s in shards] == ["pagefind", "pagefind/shards/b", "pagefind/shards/c", "pagefind/shards/d"]
    assert [len(s.pages) for s in shards] == [4, 4, 9, 2]
    assert "pages/about/index.html" in shards[0].pages and not any("search/" in p for s in shards for p in s.pages)
    assert all(p.startswith("offices/a") or p.startswith("pages/") for p in shards[0].pages)
    assert index.shards(_pages({"a": 3}), size=1000)[0].bundle == "pagefind"
    assert len(index.shards(_pages({"a": 3}), size=1000)) == 1


def test_a_bundle_owns_its_files_only():
    main, other = index.Shard("pagefind", ()), index.Shard("pagefind/shards/x", ())
    assert main.owns("pagefind/index/a.pf_index") and not main.owns("pagefind/shards/x/index/a.pf_index")
    assert other.owns("pagefind/shards/x/index/a.pf_index") and not other.owns("pagefind/index/a.pf_index")
    assert not other.owns("pagefind/shards/xy/index/a.pf_index")


def test_home_lists_ministries_only_on_a_large_site(content_copy, tmp_path, monkeypatch):
    out = tmp_path / "small"
    assert commands.build(content_copy, out).ok
    home = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="/offices/sample-directorate/"' in home  # the whole tree
    monkeypatch.setattr(views, "HOME_TREE_OFFICES", 2)
    big = tmp_path / "large"
    assert commands.build(content_copy, big, incremental=False).ok
    home = (big / "index.html").read_text(encoding="utf-8")
    assert 'href="/offices/sample-directorate/"' not in home
    assert "আওতাধীন ১টি দপ্তর/সংস্থা" in home and 'href="/offices/sample-ministry/#children-heading"' in home
    # the ministry's own page lists it
    assert 'href="/offices/sample-directorate/"' in (big / "offices/sample-ministry/index.html").read_text(encoding="utf-8")


def test_benchmark_corpus_is_valid_and_varied(tmp_path):
    from benchmarks import corpus

    ministries, offices, pages = corpus.make(tmp_path / "c", 120)
    assert (ministries, offices) == (1, 10) and 110 <= pages <= 140
    result = commands.check(tmp_path / "c")
    assert result.ok, [str(p) for p in result.problems.sorted()][:5]
    texts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "c/offices").glob("*/reports/2024-25-q1.yaml"))]
    assert len(set(texts)) == len(texts) == offices
    again = tmp_path / "again"
    corpus.make(again, 120)
    assert (again / "offices/office-00005/office.yaml").read_bytes() == (tmp_path / "c/offices/office-00005/office.yaml").read_bytes()


def test_making_the_tables_leaves_no_garbage_in_cycles():
    """The build runs without the cyclic collector, so an output that leaves
    garbage in a cycle keeps it to the end (a class made per CSV kept every
    CSV's text: 180 MB at 10,000 pages)."""
    import gc

    from protishruti import render

    result = commands.check(ROOT / "content", render.DEFAULT_LAYOUTS)
    tables = [it for it in result.plan if it.path.endswith(".csv")]
    assert len(tables) > 5
    env = render.environment()
    gc.collect()
    gc.disable()
    try:
        for it in tables:
            it.make(env)
        assert gc.collect() == 0
    finally:
        gc.enable()
