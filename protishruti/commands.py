"""The commands: ``check`` (everything but writing), ``build`` (all stages)
and ``verify`` (a deployed copy against its manifest).

load → validate → compute → (URL lock, output plan) → render → publish.  Content mistakes
come back as problems (exit 1); nothing is written unless every stage
succeeded, and the URL lock is updated only after the new site is in place.
"""

from __future__ import annotations

import difflib
import gc
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import compute as compute_stage
from . import buildcache, index, manifest, outputs, publish, render, urllock, write
from . import load as load_stage
from .compute import SiteView
from .problems import Problems
from .validate import Content, validate
from .yamlsource import line_of


class Timings:
    """How long each stage took; printed with PROTISHRUTI_TIMINGS=1 (for benchmarks)."""

    def __init__(self) -> None:
        self.enabled = os.environ.get("PROTISHRUTI_TIMINGS") == "1"
        self.last = time.perf_counter()

    def mark(self, stage: str) -> None:
        now = time.perf_counter()
        if self.enabled:
            print(f"[timing] {stage}: {now - self.last:.2f} s", file=sys.stderr, flush=True)
        self.last = now


TIMINGS = Timings()


@dataclass
class Result:
    problems: Problems = field(default_factory=Problems)
    pages: int = 0
    files: int = 0
    seconds: float = 0.0
    content: Content | None = None
    view: SiteView | None = None
    page_list: list[render.Page] = field(default_factory=list)
    produced: set[str] = field(default_factory=set)  # URLs this build publishes (pages, evidence, redirects)
    locked: list[tuple[int, str]] = field(default_factory=list)
    new_urls: list[str] = field(default_factory=list)
    indexed: int = 0  # pages in the search index
    plan: outputs.Plan | None = None  # every file the build writes, checked for collisions
    unchanged: bool = False  # nothing changed since the last build: nothing was published
    reused: int = 0  # outputs taken from the previous release
    rendered: int = 0  # outputs made
    reindexed: bool = True  # Pagefind ran (else the previous index was kept)

    @property
    def ok(self) -> bool:
        return not self.problems


def _redirect_pages(content: Content, produced: set[str], problems: Problems) -> list[render.Page]:
    """Check redirects.yaml against what this build publishes; the redirects
    of directory URLs become pages."""
    if content.redirects is None:
        return []
    src = content.redirects.source
    items = content.redirects.model.redirects
    froms: dict[str, int] = {}
    valid: set[str] = set()
    out = []
    for i, r in enumerate(items):
        line = line_of(src.data, ("redirects", i, "from"))
        if r.from_ in froms:
            problems.add(src.path, line, f"{r.from_} is redirected twice (first on line {froms[r.from_]}): keep one")
            continue
        froms[r.from_] = line
        if r.from_ in produced:
            problems.add(src.path, line, f"{r.from_} is still a page of this site: remove this redirect, or the record that makes the page")
            continue
        to_line = line_of(src.data, ("redirects", i, "to"))
        if r.to.startswith("/") and r.to not in produced:
            close = difflib.get_close_matches(r.to, sorted(produced), n=1, cutoff=0.7)
            hint = f" — did you mean {close[0]}?" if close else ""
            problems.add(src.path, to_line, f"redirect target {r.to} is not a page of this site{hint}")
            continue
        valid.add(r.from_)
        if r.from_.endswith("/"):  # file URLs are left to _redirects and the nginx map
            out.append(render.redirect_page(r))
    for i, r in enumerate(items):
        if r.to in valid:
            problems.add(src.path, line_of(src.data, ("redirects", i, "to")), f"{r.to} is itself redirected: point this redirect straight at the final page")
    return out


def check(content_dir: Path, layouts: Path = render.DEFAULT_LAYOUTS, cache: buildcache.Cache | None = None) -> Result:
    """Everything a build does except rendering and writing."""
    started = time.perf_counter()
    t = TIMINGS
    raw, problems = load_stage.load(content_dir, cache)
    t.mark("load")
    result = Result(problems=problems)
    content = validate(raw, problems)
    t.mark("validate")
    locked, lock_problems = urllock.read(content_dir)
    problems.extend(lock_problems)
    if content is None or problems:
        result.seconds = time.perf_counter() - started
        return result
    view = compute_stage.compute(content)
    t.mark("compute")
    page_list = render.pages(view)
    t.mark("page list")
    produced = {p.url for p in page_list} | {ev.url for ev in view.evidence_files}
    redirects = _redirect_pages(content, produced, problems)
    redirected = {r.from_ for r in content.redirects.model.redirects} if content.redirects else set()
    problems.extend(urllock.check(locked, produced, redirected))
    result.content, result.view, result.locked = content, view, locked
    result.page_list = page_list + redirects
    result.produced = produced | redirected
    result.plan = outputs.plan(view, result.page_list, _redirect_list(content), _redirect_lines(content), layouts)
    problems.extend(result.plan.problems)
    t.mark("URL lock and output plan")
    result.seconds = time.perf_counter() - started
    return result


def _redirect_list(content: Content) -> list:
    return list(content.redirects.model.redirects) if content.redirects else []


def _redirect_lines(content: Content) -> dict[str, tuple[str, int]]:
    """Each redirect's from-URL, and where redirects.yaml gives it."""
    if content.redirects is None:
        return {}
    src = content.redirects.source
    return {r.from_: (src.path, line_of(src.data, ("redirects", i, "from"))) for i, r in enumerate(content.redirects.model.redirects)}


def _keys(cache: buildcache.Cache, view: SiteView, items: list[outputs.Output]) -> list[str | None]:
    """Each output's cache key, or None for outputs made on every build."""
    office_keys: dict[str, str] = {}
    for slug, o in view.offices.items():
        related = [a.slug for a in o.ancestors] + ["children"] + [c.slug for c in o.children]
        office_keys[slug] = cache.office_key(slug, related)
    out: list[str | None] = []
    for item in items:
        scope = item.scope
        if scope == "site":
            out.append(buildcache.key("site", cache.site_key, item.path))
        elif scope == "evidence" and item.evidence is not None and item.evidence.view is not None:
            out.append(buildcache.key("evidence", item.evidence.view.sha256 or "", str(item.evidence.view.size)))
        elif scope is not None and scope.startswith("office:"):
            out.append(buildcache.key("office", office_keys[scope.removeprefix("office:")], item.path))
        else:
            out.append(None)
    return out


def _shard_key(shard: index.Shard, written: dict[str, write.Written], indexer: str) -> str:
    """What a shard's index is a function of: its pages' bytes, and ``indexer`` (Pagefind's version)."""
    return buildcache.key("index", indexer, shard.bundle, *(f"{rel}:{written[rel].sha256}" for rel in shard.pages))


def _facets_key(shard_keys: list[str], pages: list[render.Page]) -> str:
    facts = [f"{p.url}:{p.search!r}" for p in pages if p.search]
    return buildcache.key("facets", *shard_keys, *facts)


def build(content_dir: Path, out: Path, layouts: Path = render.DEFAULT_LAYOUTS, jobs: int | None = None,
          incremental: bool = True) -> Result:
    """check, then write every planned output into a new release and publish
    it.  The HTML pages are written first; Pagefind indexes them while the
    rest (twins, feeds, evidence, assets) is written.  Outputs whose inputs
    did not change since the last build are taken from the release it made
    (protishruti/buildcache.py); if nothing changed, nothing is published."""
    started = time.perf_counter()
    TIMINGS.last = started
    # The build makes millions of objects and frees few until it ends; the
    # cyclic collector's passes over them cost seconds per thousand pages
    # and find next to nothing.  Reference counting still frees as usual.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build(content_dir, out, layouts, jobs, incremental, started)
    finally:
        if collecting:
            gc.enable()


def _build(content_dir: Path, out: Path, layouts: Path, jobs: int | None, incremental: bool, started: float) -> Result:
    with publish.Lock(out):
        cache = buildcache.Cache.open(out, content_dir, layouts) if incremental else None
        if cache is not None and cache.up_to_date():
            result = Result(**{k: v for k, v in cache.previous.summary.items() if k in ("pages", "files", "indexed")})
            result.unchanged = True
            result.seconds = time.perf_counter() - started
            return result
        TIMINGS.mark("cache: content scanned")
        if cache is not None:
            cache.load_parsed()
            TIMINGS.mark("cache: parsed YAML read")
        result = check(content_dir, layouts, cache)
        if not result.ok or result.view is None or result.plan is None:
            result.seconds = time.perf_counter() - started
            return result
        _publish(result, content_dir, out, layouts, jobs, cache)
    result.seconds = time.perf_counter() - started
    return result


def _publish(result: Result, content_dir: Path, out: Path, layouts: Path, jobs: int | None, cache: buildcache.Cache | None) -> None:
    assert result.view is not None and result.plan is not None
    items = list(result.plan)
    keys = _keys(cache, result.view, items) if cache is not None else [None] * len(items)
    reuse = {i: hit for i, k in enumerate(keys) if k is not None and cache is not None and (hit := cache.reusable(items[i].path, k))}
    todo = [i for i in range(len(items)) if i not in reuse]
    html_todo = [i for i in todo if items[i].path.endswith(".html")]
    rest_todo = [i for i in todo if not items[i].path.endswith(".html")]
    made: dict[str, str] = {}  # site path → the key it was made under, for the next build's cache
    with publish.Staging(out) as folder:
        folder = Path(os.path.abspath(folder))
        written: dict[str, write.Written] = {}
        dirs: set[Path] = set()
        for i, (source, size, sha) in reuse.items():
            write.link_or_copy(source, folder, items[i].path, dirs)
            written[items[i].path] = write.Written(sha, size)
        with write.Writer(folder, items, layouts, jobs, rendered=len(todo)) as writer:
            TIMINGS.mark(f"{len(reuse)} unchanged outputs linked")
            for i, w in writer.write(html_todo):
                written[items[i].path] = w
            TIMINGS.mark(f"{len(html_todo)} HTML pages written")
            shards = result.plan.shards
            shard_keys = [_shard_key(sh, written, cache.indexer if cache is not None else "") for sh in shards]
            facets_key = _facets_key(shard_keys, result.page_list)
            kept, todo_shards = [], []
            for sh, k in zip(shards, shard_keys):
                (kept if _reuse_shard(cache, folder, sh, k, written, dirs) else todo_shards).append(sh)
            indexer = index.Indexer(folder, todo_shards)
            try:
                for i, w in writer.write(rest_todo):
                    written[items[i].path] = w
                TIMINGS.mark(f"{len(rest_todo)} other outputs written")
                indexer.finish()
                TIMINGS.mark(f"waited for Pagefind ({len(shards) - len(kept)} of {len(shards)} shards indexed)")
            finally:
                indexer.stop()
        facets = cache.reusable(index.FACETS, facets_key) if cache is not None and len(kept) == len(shards) else None
        if facets is not None:
            write.link_or_copy(facets[0], folder, index.FACETS, dirs)
            written[index.FACETS] = write.Written(facets[2], facets[1])
            result.indexed = cache.previous.summary.get("indexed", 0) if cache else 0
        else:
            known = index.known_fragments(cache.release / index.FACETS) if cache is not None and cache.release else {}
            result.indexed = index.write_facets(folder, result.page_list, known)
        made[index.FACETS] = facets_key
        for sh, k in zip(shards, shard_keys):
            for rel in _bundle_files(folder, sh):
                made[rel] = k
        for i, item in enumerate(items):
            if keys[i] is not None:
                made[item.path] = keys[i]
        TIMINGS.mark("facets")
        entries = manifest.write(folder, written)
        TIMINGS.mark("manifest")
        result.files = len(entries) - len(result.page_list)
        release = folder.name
    result.new_urls = urllock.update(content_dir, result.locked, result.produced)
    result.pages = len(result.page_list)
    result.reused, result.rendered, result.reindexed = len(reuse), len(todo), len(kept) < len(shards)
    if cache is not None:
        cache.save(release, {rel: (k, *entries[rel]) for rel, k in made.items() if rel in entries},
                   {"pages": result.pages, "files": result.files, "indexed": result.indexed})
    TIMINGS.mark("published, URL lock and cache written")


def _bundle_files(folder: Path, shard: index.Shard) -> list[str]:
    """The files of one shard's index, relative to the site."""
    root = folder / shard.bundle
    if not root.is_dir():
        return []
    found = (p.relative_to(folder).as_posix() for p in root.rglob("*") if p.is_file())
    return sorted(rel for rel in found if shard.owns(rel))


def _reuse_shard(cache: buildcache.Cache | None, folder: Path, shard: index.Shard, key: str,
                 written: dict[str, write.Written], dirs: set[Path]) -> bool:
    """Link the previous release's index of ``shard`` if none of its pages
    changed (all its files or none: a partial index is never published)."""
    if cache is None or cache.release is None:
        return False
    wanted = [rel for rel in cache.previous.outputs if shard.owns(rel)]
    hits = []
    for rel in wanted:
        hit = cache.reusable(rel, key)
        if hit is None:
            return False
        hits.append((rel, hit))
    if not hits:
        return False
    for rel, (source, size, sha) in hits:
        write.link_or_copy(source, folder, rel, dirs)
        written[rel] = write.Written(sha, size)
    return True


def verify(folder: Path) -> manifest.Verification:
    return manifest.verify(folder)
