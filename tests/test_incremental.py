"""Incremental builds (protishruti/buildcache.py): after each kind of edit, a
build that reuses the last release's outputs gives exactly the bytes of a clean
build of the same content, reuses what did not change, and runs Pagefind only
when an HTML page changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from protishruti import buildcache, commands, manifest, publish, render, write
from tests.conftest import CONTENT

LAYOUTS = render.DEFAULT_LAYOUTS


def _files(site: Path) -> dict[str, bytes]:
    site = site.resolve()
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _same(a: Path, b: Path) -> None:
    fa, fb = _files(a), _files(b)
    assert sorted(fa) == sorted(fb), (set(fa) ^ set(fb))
    differ = [rel for rel in fa if fa[rel] != fb[rel]]
    assert differ == [], differ


@pytest.fixture
def work(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    layouts = tmp_path / "layouts"
    shutil.copytree(LAYOUTS, layouts)
    return tmp_path, content, layouts


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


EDITS = {
    # one report's words: its pages, its plan's page, the office page and feed
    "report": lambda c, l: _replace(c / "offices/sample-ministry/reports/2024-25-q2.yaml", "১০টি সিদ্ধান্তের ৯টি", "১০টি সিদ্ধান্তের ৮টি"),
    # a parent's name shows in its children's breadcrumbs and office pages
    "parent office name": lambda c, l: _replace(c / "offices/sample-ministry/office.yaml", "name: নমুনা মন্ত্রণালয়", "name: নমুনা মন্ত্রণালয় (নতুন নাম)"),
    # a child's name shows on its parent's page
    "child office name": lambda c, l: _replace(c / "offices/sample-directorate/office.yaml", "name: নমুনা অধিদপ্তর", "name: নমুনা অধিদপ্তর (নতুন নাম)"),
    # every page's header
    "site title": lambda c, l: _replace(c / "site.yaml", "title: ", "title: নতুন "),
    # a template: every page that uses it
    "template": lambda c, l: _replace(l / "office.html", "আওতাধীন দপ্তর/সংস্থা", "আওতাধীন দপ্তর ও সংস্থা"),
    # an evidence file's bytes (its size and hash show on the record's page)
    "evidence": lambda c, l: (c / "offices/sample-ministry/evidence/committee-order-2024-25.pdf").write_bytes(
        (c / "offices/sample-ministry/evidence/committee-order-2024-25.pdf").read_bytes() + b"\n%%EOF\n"),
    # a free page is listed in every page's footer
    "new page": lambda c, l: (c / "pages/new.md").write_text("---\ntitle: নতুন পাতা\nsample: true\npublished: 2026-11-30\n---\nনমুনা লেখা।\n", encoding="utf-8"),
    # only the feeds change: no HTML page does, so the search index is kept
    "feed template": lambda c, l: _replace(l / "feed.xml", "<feed", "<!-- নমুনা -->\n<feed"),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_incremental_build_is_byte_identical_to_a_clean_one(work, edit):
    tmp, content, layouts = work
    out = tmp / "site"
    first = commands.build(content, out, layouts)
    assert first.ok and first.reused == 0
    EDITS[edit](content, layouts)
    again = commands.build(content, out, layouts)
    assert again.ok, [str(p) for p in again.problems.sorted()]
    assert not again.unchanged and again.reused > 0 and again.rendered > 0
    clean = commands.build(content, tmp / "clean", layouts, incremental=False)
    assert clean.ok and clean.reused == 0
    _same(out, tmp / "clean")
    assert manifest.verify(out).ok
    # the search index is made again exactly when some HTML page changed
    assert again.reindexed == (edit != "feed template")


def test_what_an_edit_to_one_report_makes_again(work):
    tmp, content, layouts = work
    out = tmp / "site"
    assert commands.build(content, out, layouts).ok
    EDITS["report"](content, layouts)
    again = commands.build(content, out, layouts)
    # the ministry's pages, twins and feed, the pages made on every build (home, site feed, sitemap, data.json),
    # and the monitoring pages, which all show the ministry (each page, its JSON and its CSV)
    site = out.resolve()
    monitoring = 3 * sum(1 for p in site.rglob("index.html") if "/monitoring/" in "/" + p.relative_to(site).as_posix())
    assert monitoring == 3 * 6
    assert again.rendered - monitoring < again.reused
    previous = publish.releases_of(out) / publish.previous_release(out)
    same_inode = lambda rel: (site / rel).stat().st_ino == (previous / rel).stat().st_ino  # noqa: E731
    assert same_inode("offices/mopa/meetings/2022-23/2/index.html")  # another office: linked, not made
    assert same_inode("offices/sample-directorate/index.html")
    assert not same_inode("offices/sample-ministry/reports/2024-25/q2/index.html")


def test_a_build_with_no_change_publishes_nothing(work):
    tmp, content, layouts = work
    out = tmp / "site"
    first = commands.build(content, out, layouts)
    release = publish.current_release(out)
    again = commands.build(content, out, layouts)
    assert again.ok and again.unchanged and again.pages == first.pages
    assert publish.current_release(out) == release


def test_a_release_changed_by_hand_is_made_again(work):
    """The cache trusts nothing it did not write: a page edited in the served
    release, or a rollback, makes the build render again."""
    tmp, content, layouts = work
    out = tmp / "site"
    assert commands.build(content, out, layouts).ok
    page = out.resolve() / "offices/mopa/index.html"
    page.write_bytes(page.read_bytes().replace(b"</main>", b"<p>tampered</p></main>"))
    again = commands.build(content, out, layouts)
    assert again.ok and not again.unchanged
    assert b"tampered" not in (out.resolve() / "offices/mopa/index.html").read_bytes()
    assert manifest.verify(out).ok


def test_after_a_rollback_the_cache_is_not_used(work):
    tmp, content, layouts = work
    out = tmp / "site"
    assert commands.build(content, out, layouts).ok
    EDITS["report"](content, layouts)
    assert commands.build(content, out, layouts).ok
    publish.rollback(out)
    again = commands.build(content, out, layouts)
    assert again.ok and again.reused == 0
    clean = commands.build(content, tmp / "clean", layouts, incremental=False)
    assert clean.ok
    _same(out, tmp / "clean")


def test_a_damaged_cache_is_an_empty_one(work):
    tmp, content, layouts = work
    out = tmp / "site"
    assert commands.build(content, out, layouts).ok
    cache = publish.releases_of(out) / buildcache.FOLDER
    (cache / buildcache.STATE).write_text("{not json", encoding="utf-8")
    (cache / buildcache.PARSED).write_bytes(b"\x80\x05garbage")
    EDITS["report"](content, layouts)
    again = commands.build(content, out, layouts)
    assert again.ok and again.reused == 0
    assert commands.build(content, tmp / "clean", layouts, incremental=False).ok
    _same(out, tmp / "clean")


def test_parallel_and_serial_writing_give_the_same_bytes(work, monkeypatch):
    tmp, content, layouts = work
    assert commands.build(content, tmp / "serial", layouts, jobs=1, incremental=False).ok
    monkeypatch.setattr(write, "POOL_THRESHOLD", 0)  # the demo is small: use the pool anyway
    seen = []
    real = write.Writer.__enter__

    def spy(self):
        seen.append(self.jobs)
        return real(self)

    monkeypatch.setattr(write.Writer, "__enter__", spy)
    assert commands.build(content, tmp / "parallel", layouts, jobs=3, incremental=False).ok
    assert seen == [3]
    _same(tmp / "serial", tmp / "parallel")


def test_workers_are_replaced_every_generation_and_the_bytes_stay_the_same(work, monkeypatch):
    """Workers copy what they render from as they touch it; a new pool every
    GENERATION outputs bounds that copy.  The pages come out as a serial build writes them."""
    tmp, content, layouts = work
    assert commands.build(content, tmp / "serial", layouts, jobs=1, incremental=False).ok
    monkeypatch.setattr(write, "POOL_THRESHOLD", 0)
    monkeypatch.setattr(write, "GENERATION", 7)
    pools = []
    real = write.Writer._pool

    def spy(self):
        pools.append(self.jobs)
        return real(self)

    monkeypatch.setattr(write.Writer, "_pool", spy)
    result = commands.build(content, tmp / "generations", layouts, jobs=2, incremental=False)
    assert result.ok
    html = sum(1 for p in (tmp / "generations").rglob("*.html"))
    assert len(pools) == -(-html // 7) and set(pools) == {2}  # one pool per 7 HTML pages, rounded up
    _same(tmp / "serial", tmp / "generations")


def test_a_cache_naming_a_path_outside_the_site_is_not_used(work):
    """The cache's own file is trusted no further than the output plan: an
    entry for ``pagefind/../../victim`` would otherwise link a file from
    outside the release into the site."""
    import json

    tmp, content, layouts = work
    out = tmp / "site"
    assert commands.build(content, out, layouts).ok
    state_file = publish.releases_of(out) / buildcache.FOLDER / buildcache.STATE
    state = json.loads(state_file.read_text(encoding="utf-8"))
    victim = tmp / "victim.txt"
    victim.write_text("secret", encoding="utf-8")
    st = victim.stat()
    rel = "pagefind/" + "../" * (len(out.resolve().relative_to(tmp).parts) + 1) + "victim.txt"
    first_index_key = next(e[0] for r, e in state["outputs"].items() if r.startswith("pagefind/"))
    state["outputs"][rel] = [first_index_key, "0" * 64, st.st_size, st.st_mtime_ns, st.st_ino]
    state_file.write_text(json.dumps(state), encoding="utf-8")
    EDITS["report"](content, layouts)
    again = commands.build(content, out, layouts)
    assert again.ok and again.reused == 0
    assert not any("victim" in p.name for p in out.resolve().rglob("*"))
    assert manifest.verify(out).ok


def test_a_monitoring_page_of_one_ministry_is_kept_when_another_office_changes(work):
    """/offices/<slug>/monitoring/ is a function of that office's tree and the
    as-of date: an edit elsewhere that moves neither leaves it linked."""
    tmp, content, layouts = work
    out = tmp / "site"
    site_yaml = content / "site.yaml"
    site_yaml.write_text(site_yaml.read_text(encoding="utf-8") + "monitoring:\n  as_of: 2026-11-23\n", encoding="utf-8")
    assert commands.build(content, out, layouts).ok
    meeting = content / "offices/mopa/meetings/2022-23-2.yaml"
    meeting.write_text(meeting.read_text(encoding="utf-8") + "\n# a comment: the file changed, its record did not\n", encoding="utf-8")
    assert commands.build(content, out, layouts).ok
    site = out.resolve()
    previous = publish.releases_of(out) / publish.previous_release(out)
    rel = "offices/sample-ministry/monitoring/2024-25/index.html"
    assert (site / rel).stat().st_ino == (previous / rel).stat().st_ino
    # the national pages list mopa, so they are made again (to the same bytes here)
    assert (site / "monitoring/2022-23/index.html").read_bytes() == (previous / "monitoring/2022-23/index.html").read_bytes()


def test_a_change_to_the_lexicon_code_makes_every_shard_again(work, tmp_path, monkeypatch):
    """The shard's facets and lexicon are made by index.py and searchtext.py:
    when those change (a program upgrade), the pages' bytes may not, and the
    shard must still be made again, or the new search module reads the old
    format (this happened: a build after the lexicon gained weights kept the
    old files, and every search found nothing)."""
    program = tmp_path / "program"
    program.mkdir()
    for name in buildcache._INDEX_SOURCES:
        shutil.copyfile(Path(buildcache.__file__).parent / name, program / name)
    before = buildcache.indexer_key(program)
    assert buildcache.indexer_key(program) == before
    (program / "index.py").write_text((program / "index.py").read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert buildcache.indexer_key(program) != before
    tmp, content, layouts = work
    out = tmp / "site"
    assert commands.build(content, out, layouts).ok
    # an upgrade: the program is another (so every page is made again, to the same bytes)
    program_key = buildcache.program_key
    monkeypatch.setattr(buildcache, "program_key", lambda layouts: buildcache.key("upgraded", program_key(layouts)))
    same = commands.build(content, out, layouts)
    assert same.ok and not same.unchanged and not same.reindexed  # same pages, same lexicon code: the index is kept
    # and the lexicon's code is another too
    monkeypatch.setattr(buildcache, "program_key", lambda layouts: buildcache.key("upgraded again", program_key(layouts)))
    monkeypatch.setattr(buildcache, "indexer_key", lambda: buildcache.key("another", "indexer"))
    again = commands.build(content, out, layouts)
    assert again.ok and not again.unchanged and again.reindexed


def test_a_full_build_reuses_nothing_and_the_next_build_reuses_it(work):
    """build --full makes every output again, and records what it made: the
    build after it is incremental (before, it saved nothing, and the next
    build made everything again)."""
    tmp, content, layouts = work
    out = tmp / "site"
    assert commands.build(content, out, layouts).ok
    full = commands.build(content, out, layouts, incremental=False)
    assert full.ok and full.reused == 0 and full.reindexed and not full.unchanged
    assert commands.build(content, out, layouts).unchanged
    EDITS["report"](content, layouts)
    again = commands.build(content, out, layouts)
    assert again.ok and again.reused > 0


def test_an_unchanged_record_is_neither_decoded_nor_parsed_again(work, monkeypatch):
    # the parse cache is keyed by a file's bytes: only the edited report is read as text
    from protishruti import load

    tmp, content, layouts = work
    out = tmp / "site"
    assert commands.build(content, out, layouts).ok
    EDITS["report"](content, layouts)
    decoded: list[str] = []
    real = load._decode

    def decode(root, path, raw, problems):
        decoded.append(path.relative_to(root).as_posix())
        return real(root, path, raw, problems)

    monkeypatch.setattr(load, "_decode", decode)
    again = commands.build(content, out, layouts)
    assert again.ok
    yaml_decoded = [rel for rel in decoded if rel.endswith(".yaml")]
    assert yaml_decoded == ["offices/sample-ministry/reports/2024-25-q2.yaml"], yaml_decoded
    clean = commands.build(content, tmp / "clean", layouts, incremental=False)
    assert clean.ok
    _same(out, tmp / "clean")
