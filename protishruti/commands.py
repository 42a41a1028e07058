"""The commands: ``check`` (everything but writing), ``build`` (all stages)
and ``verify`` (a deployed copy against its manifest).

load → validate → compute → (URL lock, output plan) → render → publish.  Content mistakes
come back as problems (exit 1); nothing is written unless every stage
succeeded, and the URL lock is updated only after the new site is in place.
"""

from __future__ import annotations

import difflib
import gc
import hashlib
import json
import os
import stat
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import compute as compute_stage
from . import buildcache, index, manifest, monitoring, outputs, publish, render, urllock, write
from . import load as load_stage
from .compute import SiteView
from .messages import tr
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
            print(f"[timing] {stage}: {now - self.last:.2f} s (build process {_rss_mb():,.0f} MB)", file=sys.stderr, flush=True)
        self.last = now


def _rss_mb() -> float:
    """The build process's resident memory (Linux), for the timing lines."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


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
    merged: int = 0  # shard folders a merge took

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
            problems.add(src.path, line, tr("{url} is redirected twice (first on line {line}): keep one", url=r.from_, line=froms[r.from_]))
            continue
        froms[r.from_] = line
        if r.from_ in produced:
            problems.add(src.path, line, tr("{url} is still a page of this site: remove this redirect, or the record that makes the page", url=r.from_))
            continue
        to_line = line_of(src.data, ("redirects", i, "to"))
        if r.to.startswith("/") and r.to not in produced:
            close = difflib.get_close_matches(r.to, sorted(produced), n=1, cutoff=0.7)
            hint = tr(" — did you mean {suggestion}?", suggestion=close[0]) if close else ""
            problems.add(src.path, to_line, tr("redirect target {url} is not a page of this site{hint}", url=r.to, hint=hint))
            continue
        valid.add(r.from_)
        if r.from_.endswith("/"):  # file URLs are left to _redirects and the nginx map
            out.append(render.redirect_page(r))
    for i, r in enumerate(items):
        if r.to in valid:
            problems.add(src.path, line_of(src.data, ("redirects", i, "to")), tr("{url} is itself redirected: point this redirect straight at the final page", url=r.to))
    return out


def check(content_dir: Path, layouts: Path = render.DEFAULT_LAYOUTS, cache: buildcache.Cache | None = None) -> Result:
    """Everything a build does except rendering and writing."""
    started = time.perf_counter()
    t = TIMINGS
    raw, problems = load_stage.load(content_dir, cache)
    if cache is not None:
        cache.parsed = {}  # what this build did not use is not kept (parsed_used holds what it did)
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
    _drop_line_trees(content)
    t.mark("URL lock and output plan")
    result.seconds = time.perf_counter() - started
    return result


def _drop_line_trees(content: Content) -> None:
    """Let go of every record's parsed YAML with its line numbers
    (load.Source.data) once the checks that name lines are done: from here
    on the build reads the models and views only.  The trees are ~144 MB at
    10,000 pages, which the build would otherwise hold, and hand to every
    render worker it forks, until the end."""
    loaded = [oc.office for oc in content.offices.values()]
    loaded += [rec for oc in content.offices.values() for recs in oc.records.values() for rec in recs.values()]
    loaded += [*content.pages.values(), content.redirects, content.glossary]
    for item in loaded:
        if item is not None:
            item.source.data = None


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
    tree_keys: dict[str, str] = {}
    as_of = str(monitoring.as_of(view)[0]) if any((i.scope or "").startswith("tree:") for i in items) else ""

    def tree_key(slug: str) -> str:
        """An office's monitoring page: every office under it, the names above it, and the as-of date."""
        if slug not in tree_keys:
            o = view.offices[slug]
            tree_keys[slug] = buildcache.key("tree", as_of, cache.office_key(slug, [a.slug for a in o.ancestors]),
                                             *(cache.office_key(d.slug, []) for d, _ in monitoring.subtree(o)[1:]))
        return tree_keys[slug]

    out: list[str | None] = []
    for item in items:
        scope = item.scope
        if scope is not None and scope.startswith("tree:"):
            out.append(buildcache.key("tree", tree_key(scope.removeprefix("tree:")), item.path))
        elif scope == "site":
            out.append(buildcache.key("site", cache.site_key, item.path))
        elif scope == "evidence" and item.evidence is not None and item.evidence.view is not None:
            out.append(buildcache.key("evidence", item.evidence.view.sha256 or "", str(item.evidence.view.size)))
        elif scope is not None and scope.startswith("office:"):
            out.append(buildcache.key("office", office_keys[scope.removeprefix("office:")], item.path))
        else:
            out.append(None)
    return out


def _shard_key(shard: index.Shard, written: dict[str, write.Written], indexer: str, facts: dict) -> str:
    """What a shard's index and facets are a function of: its pages' bytes and
    search facts, and ``indexer`` (Pagefind's version)."""
    return buildcache.key("index", indexer, shard.bundle, *(f"{rel}:{written[rel].sha256}:{facts.get(rel)!r}" for rel in shard.pages))


def build(content_dir: Path, out: Path, layouts: Path = render.DEFAULT_LAYOUTS, jobs: int | None = None,
          incremental: bool = True, shard: str | None = None) -> Result:
    """check, then write every planned output into a new release and publish
    it.  The HTML pages are written first; Pagefind indexes them while the
    rest (twins, feeds, evidence, assets) is written.  Outputs whose inputs
    did not change since the last build are taken from the release it made
    (protishruti/buildcache.py); if nothing changed, nothing is published.

    With ``shard`` (a shard's name or one of its ministries' slugs), only
    that part of the site is built, for ``merge`` to assemble."""
    started = time.perf_counter()
    TIMINGS.last = started
    # The build makes millions of objects and frees few until it ends; the
    # cyclic collector's passes over them cost seconds per thousand pages
    # and find next to nothing.  Reference counting still frees as usual.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build(content_dir, out, layouts, jobs, incremental, started, shard)
    finally:
        if collecting:
            gc.enable()


def _build(content_dir: Path, out: Path, layouts: Path, jobs: int | None, incremental: bool, started: float,
           shard_name: str | None = None) -> Result:
    with publish.Lock(out):
        variant = f"shard:{shard_name}" if shard_name is not None else ""
        cache = buildcache.Cache.open(out, content_dir, layouts, variant)
        if not incremental:
            cache.forget()
        if incremental and cache.up_to_date():
            result = Result(**{k: v for k, v in cache.previous.summary.items() if k in ("pages", "files", "indexed")})
            result.unchanged = True
            result.seconds = time.perf_counter() - started
            return result
        TIMINGS.mark("cache: content scanned")
        if incremental:
            cache.load_parsed()
            TIMINGS.mark("cache: parsed YAML read")
        result = check(content_dir, layouts, cache)
        if not result.ok or result.view is None or result.plan is None:
            result.seconds = time.perf_counter() - started
            return result
        shard = None
        if shard_name is not None:
            shard = find_shard(result.plan, shard_name)
            if shard is None:
                raise UnknownShard(shard_name, [sh.name for sh in result.plan.shards])
        fingerprint = cache.fingerprint
        _publish(result, content_dir, out, layouts, jobs, cache, shard=shard, fingerprint=fingerprint)
    result.seconds = time.perf_counter() - started
    return result


class UnknownShard(ValueError):
    """``build --shard NAME`` with a name that is neither a shard nor a ministry of one (a usage mistake)."""

    def __init__(self, name: str, names: list[str]):
        super().__init__(name)
        self.name, self.names = name, names


class MergeError(RuntimeError):
    """The shard folders given to ``merge`` cannot make the site: one line each."""

    def __init__(self, lines: list[str]):
        super().__init__("\n".join(lines))
        self.lines = lines


def merge(shard_dirs: list[Path], content_dir: Path, out: Path, layouts: Path = render.DEFAULT_LAYOUTS,
          jobs: int | None = None) -> Result:
    """Assemble one site from shard builds (``build --shard``) of the same
    content: each shard's offices' outputs and its search index are taken
    as they are, after checking them against their manifests; the site's own
    pages, feeds, sitemap, catalogue and manifest are made here.  The result
    is byte-identical to building the whole site at once."""
    started = time.perf_counter()
    TIMINGS.last = started
    given = {publish.absolute(d) for d in shard_dirs}
    # `merge shards/*` also names each shard's releases folder (shards/x.releases beside shards/x): skip those
    shard_dirs = [d for d in shard_dirs if not (d.name.endswith(".releases") and publish.absolute(d.with_name(d.name.removesuffix(".releases"))) in given)]
    collecting = gc.isenabled()
    gc.disable()
    try:
        with publish.Lock(out):
            result = check(content_dir, layouts)
            if not result.ok or result.view is None or result.plan is None:
                result.seconds = time.perf_counter() - started
                return result
            prebuilt = _read_shards(shard_dirs, result, buildcache.fingerprint(content_dir, layouts))
            TIMINGS.mark("shards checked")
            _publish(result, content_dir, out, layouts, jobs, None, prebuilt=prebuilt)
            result.merged = len(shard_dirs)
    finally:
        if collecting:
            gc.enable()
    result.seconds = time.perf_counter() - started
    return result


def _read_shards(shard_dirs: list[Path], result: Result, fingerprint: str) -> Prebuilt:
    """Each shard folder's files, checked: made from this content by this
    program, intact, one folder per shard, every shard there, and holding
    every output the plan gives its offices."""
    assert result.plan is not None and result.view is not None
    by_bundle = {sh.bundle: sh for sh in result.plan.shards}
    bundle_of = {slug: sh.bundle for sh in result.plan.shards for slug in shard_offices(result.view, sh)}
    owned: dict[str, list[outputs.Output]] = {}  # bundle → the outputs its shard build writes for its offices
    for item in result.plan:
        if item.owner is not None and item.owner in bundle_of:
            owned.setdefault(bundle_of[item.owner], []).append(item)
    problems: list[str] = []
    found: dict[str, Path] = {}
    named: set[str] = set()
    prebuilt = Prebuilt()
    for folder in shard_dirs:
        try:
            doc = json.loads((folder / SHARD).read_text(encoding="utf-8"))
            bundle, name, theirs = doc["bundle"], doc["shard"], doc["fingerprint"]
            if not all(isinstance(v, str) for v in (bundle, name, theirs)):
                raise TypeError(SHARD)
        except (OSError, ValueError, KeyError, TypeError):
            problems.append(tr("{folder}: not a shard build (no readable {file}): make it with build --shard NAME --out {folder}",
                               folder=str(folder), file=SHARD))
            continue
        named.add(bundle)
        if theirs != fingerprint:
            problems.append(tr("{folder}: shard '{name}' was built from other content or another version of the program:"
                               " build every shard from the same commit as the merge", folder=str(folder), name=name))
            continue
        if bundle not in by_bundle:
            problems.append(tr("{folder}: shard '{name}' is not a shard of this site", folder=str(folder), name=name))
            continue
        if bundle in found:
            problems.append(tr("{folder}: shard '{name}' is also given as {other}: give each shard once",
                               folder=str(folder), name=name, other=str(found[bundle])))
            continue
        checked = manifest.verify(folder)
        if checked.error or not checked.ok:
            why = checked.error or tr("{missing} missing, {changed} changed, {extra} extra",
                                      missing=len(checked.missing), changed=len(checked.changed), extra=len(checked.extra))
            problems.append(tr("{folder}: shard '{name}' does not match its manifest ({why}): build it again",
                               folder=str(folder), name=name, why=why))
            continue
        found[bundle] = folder
        # shard folders come from other jobs: take only regular files at site paths (never a link
        # to somewhere else), with the size they have and the hash verify just checked
        root = folder.resolve()
        entries = json.loads((root / manifest.MANIFEST).read_text(encoding="utf-8"))["files"]
        taken: dict[str, tuple[Path, int, str]] = {}
        for rel, e in entries.items():
            st = os.lstat(root / rel)
            if not outputs.is_site_path(rel) or not stat.S_ISREG(st.st_mode):
                problems.append(tr("{folder}: shard '{name}' holds /{path}, which is not a plain file of the site: build it again",
                                   folder=str(folder), name=name, path=rel))
                break
            taken[rel] = (root / rel, st.st_size, e.get("sha256", ""))
        shard = by_bundle[bundle]
        for item in owned.get(bundle, []):
            if item.path not in taken:
                problems.append(tr("{folder}: shard '{name}' lacks /{path}: build it again", folder=str(folder), name=name, path=item.path))
                break
            prebuilt.outputs[item.path] = taken[item.path]
        if shard.facets not in taken:
            problems.append(tr("{folder}: shard '{name}' has no search index: build it again", folder=str(folder), name=name))
        prebuilt.bundles[bundle] = [(rel, *taken[rel]) for rel in sorted(taken) if shard.owns(rel)]
    for sh in result.plan.shards:
        if sh.bundle not in named:
            problems.append(tr("shard '{name}' is missing: build it with build --shard {name} and give its folder to merge", name=sh.name))
    if problems:
        raise MergeError(problems)
    return prebuilt


@dataclass
class Prebuilt:
    """Files a build takes as they are instead of making them: the outputs
    and search index shards of shard builds, for ``merge``."""

    outputs: dict[str, tuple[Path, int, str]] = field(default_factory=dict)  # site path → (file, size, sha256)
    bundles: dict[str, list[tuple[str, Path, int, str]]] = field(default_factory=dict)  # bundle → its files


def _owned(item: outputs.Output, offices: set[str]) -> bool:
    return item.owner is not None and item.owner in offices


def shard_offices(view: SiteView, shard: index.Shard) -> set[str]:
    """The offices whose outputs a shard build writes: its ministries and everything under them."""
    roots = set(shard.roots)
    return {slug for slug, o in view.offices.items() if (o.ancestors[0].slug if o.ancestors else slug) in roots}


def find_shard(plan: outputs.Plan, name: str) -> index.Shard | None:
    """The shard called ``name``, or the one that holds the ministry ``name``."""
    for sh in plan.shards:
        if sh.name == name:
            return sh
    for sh in plan.shards:
        if name in sh.roots and name:
            return sh
    return None


def _publish(result: Result, content_dir: Path, out: Path, layouts: Path, jobs: int | None, cache: buildcache.Cache | None,
             shard: index.Shard | None = None, prebuilt: Prebuilt | None = None, fingerprint: str = "") -> None:
    """Write the planned outputs into a new release and publish it.  With
    ``shard``, only that shard: the outputs of its offices, the pages its
    index holds, its index, and SHARD (what ``merge`` needs to know).  With
    ``prebuilt``, take the files listed there instead of making them."""
    assert result.view is not None and result.plan is not None
    items = list(result.plan)
    shards = result.plan.shards
    if shard is not None:
        offices = shard_offices(result.view, shard)
        wanted = set(shard.pages)
        items = [it for it in items if _owned(it, offices) or it.path in wanted]
        shards = [shard]
    keys = _keys(cache, result.view, items) if cache is not None else [None] * len(items)
    reuse: dict[int, tuple[Path | str, int, str]] = {}
    for i, k in enumerate(keys):
        hit = prebuilt.outputs.get(items[i].path) if prebuilt is not None else None
        if hit is None and k is not None and cache is not None:
            hit = cache.reusable(items[i].path, k)
        if hit is not None:
            reuse[i] = hit
    todo = [i for i in range(len(items)) if i not in reuse]
    html_todo = [i for i in todo if items[i].path.endswith(".html")]
    rest_todo = [i for i in todo if not items[i].path.endswith(".html")]
    facts = {p.output: p.search for p in result.page_list if p.search}
    made: dict[str, str] = {}  # site path → the key it was made under, for the next build's cache
    with publish.Staging(out) as folder:
        folder = Path(os.path.abspath(folder))
        written: dict[str, write.Written] = {}
        dirs: set[str] = set()
        # Pagefind reads only HTML pages: the other unchanged outputs, and the unchanged shards'
        # indexes, are linked while it indexes the changed shards (2.5–6 s at 10,000 pages)
        later: list[tuple[str, Path | str, int, str]] = []
        for i, (source, size, sha) in reuse.items():
            if items[i].path.endswith(".html"):
                write.link_or_copy(source, folder, items[i].path, dirs)
            else:
                later.append((items[i].path, source, size, sha))
            written[items[i].path] = write.Written(sha, size)
        with write.Writer(folder, items, layouts, jobs, rendered=len(todo)) as writer:
            TIMINGS.mark(f"{len(reuse) - len(later)} unchanged HTML pages linked")
            for i, w in writer.write(html_todo):
                written[items[i].path] = w
            TIMINGS.mark(f"{len(html_todo)} HTML pages written")
            indexer_key = cache.indexer if cache is not None else ""
            shard_keys = [_shard_key(sh, written, indexer_key, facts) for sh in shards]
            previous = _previous_bundles(cache, shards) if prebuilt is None else {}
            todo_shards = []
            kept: dict[str, list[str]] = {}  # bundle → its files, for the shards whose index is reused
            for sh, k in zip(shards, shard_keys):
                files_ = prebuilt.bundles.get(sh.bundle) if prebuilt is not None else _reusable_bundle(cache, previous.get(sh.bundle, []), k)
                if files_:
                    kept[sh.bundle] = sorted(rel for rel, *_ in files_)
                    later.extend(files_)
                    written.update((rel, write.Written(sha, size)) for rel, _, size, sha in files_)
                else:
                    todo_shards.append(sh)
            if prebuilt is not None and todo_shards:
                raise AssertionError("merge: every shard's index is checked to be there before writing")
            # the render workers end here: each holds its own copy of much of the site (~570 MB at
            # 10,000 pages), which is not to be held while Pagefind runs beside them; the other outputs
            # (JSON, CSV, feeds: quick to make) are written here while Pagefind indexes
            writer.close()
            known = cache.fragments() if cache is not None else {}
            by_url = {p.url: p.search for p in result.page_list if p.search}

            def facets_and_words(sh: index.Shard) -> tuple[dict[str, str], dict[str, write.Written]]:
                """A shard's facets and lexicon, made from its fragments in the indexer's thread."""
                pairs = index.write_facets(folder, sh, by_url, known)
                files = {rel: write.Written(manifest.sha256_file(folder / rel), (folder / rel).stat().st_size)
                         for rel in [sh.facets, *index.write_words(folder, sh)]}
                return pairs, files

            indexer = index.Indexer(folder, todo_shards, after=facets_and_words)
            try:
                for rel, source, _size, _sha in later:
                    write.link_or_copy(source, folder, rel, dirs)
                TIMINGS.mark(f"{len(later)} other unchanged files linked")
                for i, w in writer.write(rest_todo):
                    written[items[i].path] = w
                TIMINGS.mark(f"{len(rest_todo)} other outputs written")
                indexer.finish()
                TIMINGS.mark(f"waited for Pagefind, facets and lexicon ({len(todo_shards)} of {len(shards)} shards indexed)")
            finally:
                indexer.stop()
        fragments: dict[str, str] = {}
        for pairs, files in indexer.results:
            fragments.update(pairs)
            written.update(files)
        for sh, k in zip(shards, shard_keys):
            for rel in kept[sh.bundle] if sh.bundle in kept else _bundle_files(folder, sh):
                made[rel] = k
        for i, item in enumerate(items):
            if keys[i] is not None:
                made[item.path] = keys[i]
        if shard is not None:
            data = shard_json(shard, fingerprint)
            (folder / SHARD).write_bytes(data)
            written[SHARD] = write.Written(hashlib.sha256(data).hexdigest(), len(data))
        entries = manifest.write(folder, written)
        TIMINGS.mark("manifest")
        result.pages = len(result.page_list) if shard is None else sum(1 for it in items if it.path.endswith(".html"))
        result.files = len(entries) - result.pages
        release = folder.name
    result.new_urls = urllock.update(content_dir, result.locked, result.produced)
    result.indexed = sum(len(sh.pages) for sh in shards)
    result.reused, result.rendered, result.reindexed = len(reuse), len(todo), bool(todo_shards)
    if cache is not None:
        cache.save(release, {rel: (k, *entries[rel]) for rel, k in made.items() if rel in entries},
                   {"pages": result.pages, "files": result.files, "indexed": result.indexed})
        if todo_shards:  # the pairs of the fragments this release holds
            now = {rel.rsplit("/", 1)[-1].removesuffix(".pf_fragment") for rel in entries if rel.endswith(".pf_fragment")}
            pairs = {**known, **fragments}
            cache.save_fragments({f: pairs[f] for f in sorted(now) if f in pairs})
    TIMINGS.mark("published, URL lock and cache written")


SHARD = "shard.json"  # in a shard build's folder: which shard, and of what content


def shard_json(shard: index.Shard, fingerprint: str) -> bytes:
    doc = {"protishruti_shard": 1, "shard": shard.name, "bundle": shard.bundle, "roots": list(shard.roots), "fingerprint": fingerprint}
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _bundle_files(folder: Path, shard: index.Shard) -> list[str]:
    """The files of one shard's index, relative to the site."""
    return [rel for rel in manifest.files_in(folder, shard.bundle) if shard.owns(rel)]


def _previous_bundles(cache: buildcache.Cache | None, shards: list[index.Shard]) -> dict[str, list[str]]:
    """The files of each shard's index in the previous release, in one pass over its outputs."""
    out: dict[str, list[str]] = {}
    if cache is None or cache.release is None:
        return out
    by_folder = sorted(shards, key=lambda sh: -len(sh.bundle))  # pagefind/shards/x before pagefind
    for rel in cache.previous.outputs:
        if rel.startswith(index.MAIN + "/"):
            sh = next((sh for sh in by_folder if sh.owns(rel)), None)
            if sh is not None:
                out.setdefault(sh.bundle, []).append(rel)
    return out


def _reusable_bundle(cache: buildcache.Cache | None, wanted: list[str], key: str) -> list[tuple[str, str, int, str]] | None:
    """The previous release's index of a shard, if none of its pages changed:
    all its files or none (a partial index is never published)."""
    if cache is None or not wanted:
        return None
    hits = []
    for rel in wanted:
        hit = cache.reusable(rel, key)
        if hit is None:
            return None
        hits.append((rel, *hit))
    return hits


def verify(folder: Path) -> manifest.Verification:
    return manifest.verify(folder)
