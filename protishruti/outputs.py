"""The output plan: every file the build will write, and what produces it.

Before anything is written, every output — pages and their JSON and CSV
twins, feeds, the sitemap, /data.json, redirect lists, host configuration,
static assets, evidence files, and the files the indexer and the manifest
write afterwards — is listed here with the record and line that produces it
(like MkDocs' ``Files`` and Zola's path-collision check).  Then:

* every path must stay inside the site: relative, normalised, no ``..``,
  ASCII only (a redirect ``from: /../../victim/`` never reaches the disk);
* two producers of one path are a ``path:line`` problem naming both (an
  evidence file ``index.csv`` beside a record page would replace its CSV
  twin, and ``verify`` could not tell);
* a path used as a file by one output and as a folder by another (a
  redirect from ``/sitemap.xml/``) is the same kind of problem.

``check`` runs all of this, so a collision is found without building.
The build then writes exactly what the plan lists, nothing else.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import jinja2

from . import bijoy, evidence, feeds, glossary, index, opendata, render
from .messages import tr
from .problems import Problems
from .views import EvidenceFile, SiteView

GLOSSARY = "assets/search/glossary.json"  # the search glossary (protishruti/glossary.py), read by the search module
BIJOY = "assets/search/bijoy.json"  # protishruti/bijoy.py's table, for a query pasted from a Bijoy document

_SAFE = re.compile(r"[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*")


def is_site_path(rel: str) -> bool:
    """A path inside the site: relative, normalised, ASCII, no '.' or '..' parts."""
    parts = rel.split("/")
    return bool(_SAFE.fullmatch(rel)) and posixpath.normpath(rel) == rel and ".." not in parts and "." not in parts

# Written after the pages, by the indexer and the manifest.
SEARCH_INDEX = "pagefind"


def late() -> dict[str, str]:
    """The files written after the pages, and what each is (in the current language)."""
    return {
        "manifest.json": tr("the site's manifest of every file"),
        "SHA256SUMS": tr("the site's checksums"),
    }


# What _headers and nginx-site.conf send.  The pages have no inline script or
# style (charts use SVG attributes and classes), so the policy is strict;
# Pagefind needs 'wasm-unsafe-eval' to start its WebAssembly search.
CSP = ("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
HOST_HEADERS = {
    "csp": CSP,
    "permissions": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    # evidence a browser should save rather than show (CSV is handled on its own: nginx has no type for it)
    "downloads": sorted(ext for ext, t in evidence.TYPES.items() if t.download and ext != "csv"),
}


@dataclass(frozen=True)
class Producer:
    """Who asked for an output: a content file and line, or the build itself."""

    path: str = ""  # relative to the content folder ('' for the build's own files)
    line: int = 0
    what: str = ""  # "the page of this record", "evidence", …

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return tr("{what} in {where}", what=self.what, where=where) if where else self.what


@dataclass
class Output:
    path: str  # relative to the site folder, forward slashes
    producer: Producer
    make: Callable[[jinja2.Environment], str] | None = None  # text outputs
    evidence: EvidenceFile | None = None  # copied from the content folder
    source: Path | None = None  # copied from layouts/ (the site's own assets)
    # What the output is a function of, for the incremental cache (protishruti/buildcache.py):
    # "site" (the program and the site's own files), "office:<slug>" (also that office and
    # the offices around it), "tree:<slug>" (that office and every office under it, and the
    # monitoring pages' as-of date), "evidence" (the file's hash), or None: all offices, always made.
    scope: str | None = None
    # The office whose pages, feed or evidence this is (None: the site's own): a
    # shard build (build --shard) writes the outputs of its ministries' offices.
    owner: str | None = None


@dataclass
class Plan:
    outputs: dict[str, Output] = field(default_factory=dict)
    folders: dict[str, Output] = field(default_factory=dict)  # each folder some output needs, and the first such output
    problems: Problems = field(default_factory=Problems)
    shards: list[index.Shard] = field(default_factory=list)  # the search index's shards, and their pages

    def __iter__(self) -> Iterator[Output]:
        return iter(o for o in self.outputs.values() if o.make or o.evidence or o.source)

    def __len__(self) -> int:
        return len(self.outputs)

    def add(self, output: Output) -> None:
        rel = output.path
        if not is_site_path(rel):
            self._problem(output, None, tr("'{path}' is not a path inside the site: use ASCII letters, digits, '.', '_', '~' and '-' between single '/'", path=rel))
            return
        if rel in self.outputs:
            self._problem(output, self.outputs[rel], tr("/{path} would be written twice", path=rel))
            return
        if rel in self.folders:
            self._problem(output, self.folders[rel], tr("/{path} is a folder of the site", path=rel))
            return
        parts = rel.split("/")
        for i in range(1, len(parts)):
            folder = "/".join(parts[:i])
            if folder in self.outputs:
                self._problem(output, self.outputs[folder], tr("/{path} needs /{folder} to be a folder, but it is a file", path=rel, folder=folder))
                return
            if folder == SEARCH_INDEX:
                self._problem(output, None, tr("/{path} is inside /{folder}/, which the search index owns", path=rel, folder=SEARCH_INDEX))
                return
        if rel == SEARCH_INDEX:
            self._problem(output, None, tr("/{path} is the search index's folder", path=rel))
            return
        self.outputs[rel] = output
        for i in range(1, len(parts)):
            self.folders.setdefault("/".join(parts[:i]), output)

    def _problem(self, new: Output, old: Output | None, message: str) -> None:
        """Report at a content file that can change, naming the other producer."""
        at, other = (new, old) if new.producer.path or old is None else (old, new)
        if not at.producer.path:
            raise AssertionError(f"two of the build's own outputs collide: {message}")
        also = tr(", and by {other}", other=str(other.producer)) if other is not None else ""
        self.problems.add(at.producer.path, at.producer.line,
                          tr("{message}: by {what} here{also} — rename or remove one", message=message, what=at.producer.what, also=also))


def _page_producer(page: render.Page, redirect_lines: dict[str, tuple[str, int]]) -> Producer:
    if page.kind == "redirect":
        path, line = redirect_lines.get(page.url, ("redirects.yaml", 0))
        return Producer(path, line, tr("the redirect"))
    if page.record is not None:
        return Producer(page.record.source, 1, tr("the page of the record"))
    if page.kind == "office" and page.office is not None:
        return Producer(page.office.source, 1, tr("the office page"))
    if page.kind == "page":
        return Producer(page.data["doc"].source, 1, tr("the page"))
    if page.kind == "home":
        return Producer("", 0, tr("the home page"))
    if page.kind == "search":
        return Producer("", 0, tr("the search page"))
    if page.kind == "monitoring":
        return Producer(page.office.source if page.office else "", 1 if page.office else 0, tr("the monitoring page"))
    return Producer("", 0, tr("the {kind} page", kind=page.kind))


def _scope(page: render.Page) -> str | None:
    if page.kind == "home" or (page.kind == "monitoring" and page.office is None):
        return None  # lists every office
    if page.kind == "monitoring":
        return f"tree:{page.office.slug}"  # every office under it, and the site's as-of date
    if page.office is not None:
        return f"office:{page.office.slug}"
    return "site"  # free pages, the search page, redirect stubs


def _add_page(p: Plan, view: SiteView, page: render.Page, redirect_lines: dict[str, tuple[str, int]]) -> None:
    """A page and its JSON and CSV twins."""
    who = _page_producer(page, redirect_lines)
    scope = _scope(page)
    owner = page.office.slug if page.office is not None else None
    p.add(Output(page.output, who, lambda env: render.render_page(env, view, page), scope=scope, owner=owner))
    if opendata.has_twin(page):
        p.add(Output(page.url.lstrip("/") + "index.json", Producer(who.path, who.line, tr("the JSON twin of {what}", what=who.what)),
                     lambda env: opendata.to_json(opendata.twin(page, view)), scope=scope, owner=owner))
    if opendata.has_table(page):
        p.add(Output(page.url.lstrip("/") + "index.csv", Producer(who.path, who.line, tr("the CSV twin of {what}", what=who.what)),
                     lambda env: opendata.table_csv(page), scope=scope, owner=owner))


def plan(
    view: SiteView,
    page_list: list[render.Page],
    redirects: list[Any],
    redirect_lines: dict[str, tuple[str, int]],
    layouts: Path = render.DEFAULT_LAYOUTS,
) -> Plan:
    """Every output of the site, checked; problems are in ``plan.problems``."""
    p = Plan()
    base = view.site.base_url.rstrip("/")
    record_pages = [pg for pg in page_list if pg.kind != "redirect"]

    # the build's own files first, so a clash is reported at the content that can change
    def template(name: str, **context: Any) -> Callable[[jinja2.Environment], str]:
        return lambda env: render.render_template(env, name, **context)

    def feed(env: jinja2.Environment) -> str:
        entries = feeds.entries(record_pages, base, view.site.title)[:feeds.SITE_FEED_LATEST]
        return render.render_template(env, "feed.xml", feed_url=f"{base}/feed.xml", home_url=base + "/", title=view.site.title,
                                      subtitle=view.site.tagline, author=view.site.title, entries=entries,
                                      updated=feeds.feed_updated(entries))

    memo: dict[str, Any] = {}

    def office_pages(slug: str | None = None) -> Any:
        """Record pages by office, grouped once (in each worker) on first use."""
        if "pages" not in memo:
            memo["pages"] = opendata.pages_by_office(record_pages)
        return memo["pages"] if slug is None else memo["pages"].get(slug, [])

    p.add(Output("data.json", Producer("", 0, tr("the open-data catalogue")),
                 lambda env: opendata.to_json(opendata.catalogue(view, record_pages, office_pages()))))
    p.add(Output("feed.xml", Producer("", 0, tr("the site's feed")), feed))
    p.add(Output("sitemap.xml", Producer("", 0, tr("the sitemap")), template("sitemap.xml", entries=feeds.sitemap(record_pages, base))))
    for name in ("_redirects", "nginx-redirects.conf"):
        p.add(Output(name, Producer("", 0, tr("the redirect list")), template(name, redirects=redirects), scope="site"))
    # security headers for real hosts: Netlify/Cloudflare Pages, and an nginx server-block snippet
    p.add(Output("_headers", Producer("", 0, tr("the host headers")), template("_headers", **HOST_HEADERS), scope="site"))
    p.add(Output("nginx-site.conf", Producer("", 0, tr("the nginx snippet")), template("nginx-site.conf", **HOST_HEADERS), scope="site"))
    p.shards = index.shards(record_pages, view.site.search_shard_pages)
    p.add(Output(index.SHARDS, Producer("", 0, tr("the list of search index shards")), lambda env: index.shards_json(p.shards)))
    p.add(Output(GLOSSARY, Producer("glossary.yaml", 0, tr("the search glossary")), lambda env: glossary.to_json(view.glossary)))
    p.add(Output(BIJOY, Producer("", 0, tr("the Bijoy table of the search box")), lambda env: bijoy.table_json(), scope="site"))
    for rel, what in late().items():
        p.add(Output(rel, Producer("", 0, what)))
    assets = Producer("", 0, tr("the site's assets"))
    for source, rel in render.static_files(layouts):
        p.add(Output(rel, assets, source=source, scope="site"))

    def office_entries(slug: str) -> list[feeds.Entry]:
        """Computed once for all offices, on first use (in each worker)."""
        if "by_office" not in memo:
            memo["by_office"] = feeds.by_office(record_pages, base, view.site.title)
        return memo["by_office"].get(slug, [])

    for office in view.offices.values():
        def office_feed(env: jinja2.Environment, office: Any = office) -> str:
            items = office_entries(office.slug)
            return render.render_template(env, "feed.xml", feed_url=f"{base}{office.url}feed.xml", home_url=base + office.url,
                                          title=f"{office.model.name} — {view.site.title}", subtitle=None,
                                          author=office.model.name, entries=items, updated=feeds.feed_updated(items))

        p.add(Output(office.url.lstrip("/") + "feed.xml", Producer(office.source, 1, tr("the feed of the office")), office_feed,
                     scope=f"office:{office.slug}", owner=office.slug))
        p.add(Output(office.url.lstrip("/") + "data.json", Producer(office.source, 1, tr("the open-data catalogue of the office")),
                     lambda env, office=office: opendata.to_json(opendata.office_catalogue(view, office, office_pages(office.slug))),
                     scope=f"office:{office.slug}", owner=office.slug))
    # then records' pages, evidence, and last redirects: a clash is blamed on the later, likelier mistake
    for page in record_pages:
        _add_page(p, view, page, redirect_lines)
    evidence_file = tr("the evidence file")
    for ev in view.evidence_files:
        p.add(Output(ev.url.lstrip("/"), Producer(ev.record, ev.line, evidence_file), evidence=ev, scope="evidence", owner=ev.office or None))
    for page in page_list:
        if page.kind == "redirect":
            _add_page(p, view, page, redirect_lines)
    # a redirect of a file URL writes nothing, but the URL must not be one the site serves
    for r in redirects:
        if not r.from_.endswith("/"):
            path, line = redirect_lines.get(r.from_, ("redirects.yaml", 0))
            p.add(Output(r.from_.lstrip("/"), Producer(path, line, tr("the redirect"))))
    return p
