"""The commands: ``check`` (everything but writing), ``build`` (all stages)
and ``verify`` (a deployed copy against its manifest).

load → validate → compute → (URL lock) → render → publish.  Content mistakes
come back as problems (exit 1); nothing is written unless every stage
succeeded, and the URL lock is updated only after the new site is in place.
"""

from __future__ import annotations

import difflib
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import compute as compute_stage
from . import feeds, index, manifest, opendata, publish, render, urllock
from . import load as load_stage
from .compute import SiteView
from .problems import Problems
from .validate import Content, validate
from .yamlsource import line_of


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


def check(content_dir: Path) -> Result:
    """Everything a build does except rendering and writing."""
    started = time.perf_counter()
    raw, problems = load_stage.load(content_dir)
    result = Result(problems=problems)
    content = validate(raw, problems)
    locked, lock_problems = urllock.read(content_dir)
    problems.extend(lock_problems)
    if content is None or problems:
        result.seconds = time.perf_counter() - started
        return result
    view = compute_stage.compute(content)
    page_list = render.pages(view)
    produced = {p.url for p in page_list} | {ev.url for ev in view.evidence_files}
    redirects = _redirect_pages(content, produced, problems)
    redirected = {r.from_ for r in content.redirects.model.redirects} if content.redirects else set()
    problems.extend(urllock.check(locked, produced, redirected))
    result.content, result.view, result.locked = content, view, locked
    result.page_list = page_list + redirects
    result.produced = produced | redirected
    result.seconds = time.perf_counter() - started
    return result


def build(content_dir: Path, out: Path, layouts: Path = render.DEFAULT_LAYOUTS) -> Result:
    started = time.perf_counter()
    result = check(content_dir)
    if not result.ok or result.view is None or result.content is None:
        result.seconds = time.perf_counter() - started
        return result
    view, page_list = result.view, result.page_list
    env = render.environment(layouts)
    base = view.site.base_url.rstrip("/")
    record_pages = [p for p in page_list if p.kind != "redirect"]
    redirects = result.content.redirects.model.redirects if result.content.redirects else []
    with publish.Staging(out) as folder:
        for page in page_list:
            publish.write_text(folder, page.output, render.render_page(env, view, page))
            twin = opendata.twin(page, view)
            if twin is not None:
                publish.write_text(folder, page.url.lstrip("/") + "index.json", opendata.to_json(twin))
            table = opendata.table_csv(page)
            if table is not None:
                publish.write_text(folder, page.url.lstrip("/") + "index.csv", table)
        publish.write_text(folder, "data.json", opendata.to_json(opendata.catalogue(view, record_pages)))
        # feeds: the whole site, then each office
        entries = feeds.entries(record_pages, base, view.site.title)
        publish.write_text(
            folder, "feed.xml",
            render.render_template(env, "feed.xml", feed_url=f"{base}/feed.xml", home_url=base + "/", title=view.site.title,
                                   subtitle=view.site.tagline, author=view.site.title, entries=entries,
                                   updated=feeds.feed_updated(entries)),
        )
        for office in view.offices.values():
            items = feeds.entries(record_pages, base, view.site.title, office.slug)
            publish.write_text(
                folder, office.url.lstrip("/") + "feed.xml",
                render.render_template(env, "feed.xml", feed_url=f"{base}{office.url}feed.xml", home_url=base + office.url,
                                       title=f"{office.model.name} — {view.site.title}", subtitle=None,
                                       author=office.model.name, entries=items, updated=feeds.feed_updated(items)),
            )
        publish.write_text(folder, "sitemap.xml", render.render_template(env, "sitemap.xml", entries=feeds.sitemap(record_pages, base)))
        publish.write_text(folder, "_redirects", render.render_template(env, "_redirects", redirects=redirects))
        publish.write_text(folder, "nginx-redirects.conf", render.render_template(env, "nginx-redirects.conf", redirects=redirects))
        for source, relpath in render.static_files(layouts):
            publish.copy_file(folder, source, relpath)
        for ev in view.evidence_files:
            publish.copy_file(folder, ev.source, ev.url.lstrip("/"))
        index.build_index(folder)
        result.indexed = index.write_facets(folder, page_list)
        result.files = manifest.write(folder) - len(page_list)
    result.new_urls = urllock.update(content_dir, result.locked, result.produced)
    result.pages = len(page_list)
    result.seconds = time.perf_counter() - started
    return result


def verify(folder: Path) -> manifest.Verification:
    return manifest.verify(folder)
