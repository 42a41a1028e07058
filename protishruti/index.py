"""Stage 5, index: run the Pagefind binary (from pagefind-bin) over the
written site.  Only pages marked ``data-pagefind-body`` (the record pages'
main content) are indexed; result metadata comes from <meta> tags in <head>.

A national site is indexed in shards: each ministry's pages (with every office
under it) go into one index, ministries packed in order into shards of at most
``search_shard_pages`` pages (site.yaml; a ministry larger than that is one
shard of its own).  One Pagefind process runs at a time, so the memory the
index takes is bounded by the shard, not the site; a build whose change
touches one ministry's pages indexes that shard again and keeps the others.
The first shard is the main bundle, /pagefind/; the others are
/pagefind/shards/<first ministry's slug>/, listed in
/assets/search/shards.json, and the search module merges them in the browser
with Pagefind's ``mergeIndex``.

Filters and the date sort are *not* Pagefind filters: Pagefind 1.5 writes its
filter indexes in a different byte order on every run (HashMap order; its
maintainer calls this known), which would break reproducible builds.  We
write the same facts beside each shard's index, in ``<bundle>/facets.json``,
keyed by Pagefind's fragment id (stable since Pagefind 1.3), and our search
module filters and sorts with them.  The file is compact (each filter value
once, each page a list of numbers) and split with the index, so a shard's
facts are made, reused and downloaded with its index, and the first results
never wait for them.  The file holds the facts as plain text (an
office's name as written); the search module escapes them before Pagefind
UI, which shows filter names and values as HTML, sees them.

We call the binary, not the Python API: its ``add_html_file`` waits 0.1 s per
call (2,000 pages took 202 s) and its ``get_files()`` hangs on large indexes.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from . import searchtext
from .messages import tr

FACETS = "facets.json"  # in each shard's bundle folder
WORDS = "words"  # the lexicon, in each shard's bundle folder: words/<first letter's code point>.json


class IndexingError(RuntimeError):
    pass


def pagefind_executable() -> Path:
    try:
        from pagefind_bin import get_executable
    except ImportError as exc:  # pragma: no cover - a dependency in pyproject
        raise IndexingError(tr("pagefind-bin is not installed: pip install -e . installs it")) from exc
    return Path(get_executable())


TIMEOUT = 1800  # seconds: far beyond what a national site needs
SHARDS = "assets/search/shards.json"
MAIN = "pagefind"
INPUT = "pagefind/.input"  # each shard's pages, hard-linked, while Pagefind reads them


@dataclass(frozen=True)
class Shard:
    bundle: str  # folder of the site the shard's index is written to
    pages: tuple[str, ...]  # the site paths of its HTML pages
    roots: tuple[str, ...] = ()  # the top-level offices whose pages it holds ('' : the site's own pages)

    @property
    def name(self) -> str:
        """What ``build --shard`` calls it: "main", or its first ministry's slug."""
        return "main" if self.bundle == MAIN else self.bundle.rsplit("/", 1)[-1]

    @property
    def facets(self) -> str:
        return f"{self.bundle}/{FACETS}"

    def owns(self, rel: str) -> bool:
        """Is ``rel`` a file of this shard's bundle?"""
        if not rel.startswith(self.bundle + "/"):
            return False
        return self.bundle != MAIN or not rel.startswith(MAIN + "/shards/")


def _root(page) -> str:
    office = page.office
    if office is None:
        return ""  # free pages: first, in the main bundle
    return office.ancestors[0].slug if office.ancestors else office.slug


def shards(pages: Iterable, size: int) -> list[Shard]:
    """The indexed pages in shards of at most ``size`` pages, each ministry
    (a top-level office and everything under it) whole, in slug order."""
    groups: dict[str, list[str]] = {}
    for page in pages:
        if getattr(page, "search", None):
            groups.setdefault(_root(page), []).append(page.output)
    bins: list[tuple[list[str], list[str]]] = []  # (ministries, their pages)
    for root in sorted(groups):
        if not bins or (bins[-1][1] and len(bins[-1][1]) + len(groups[root]) > size):
            bins.append(([], []))
        bins[-1][0].append(root)
        bins[-1][1].extend(groups[root])
    if not bins:
        bins.append(([""], []))
    return [Shard(MAIN if i == 0 else f"{MAIN}/shards/{roots[0]}", tuple(sorted(paths)), tuple(roots))
            for i, (roots, paths) in enumerate(bins)]


def shards_json(all_shards: list[Shard]) -> str:
    """What the search module merges: every bundle but the main one."""
    return json.dumps({"bundles": ["/" + s.bundle + "/" for s in all_shards[1:]]}, indent=1) + "\n"


class Indexer:
    """Pagefind over each shard in turn, in a thread of its own, while the
    build goes on writing other files: it reads only HTML pages, which are
    all written before it starts, and writes only under /pagefind/.
    ``after(shard)``, if given, runs in the same thread once a shard's index
    is written, while Pagefind indexes the next shard (the facets and the
    lexicon, which read the shard's fragments): only the last shard's waits
    for nothing.  Its results are ``results``, in shard order.
    ``finish()`` waits for it and raises IndexingError if it failed (or
    what ``after`` raised)."""

    def __init__(self, site: Path, todo: list[Shard], after: Callable[[Shard], object] | None = None):
        self.site = site
        self.todo = todo
        self.after = after
        self.results: list[object] = []
        self.proc: subprocess.Popen | None = None
        self.error: str | None = None
        self.raised: BaseException | None = None
        self.stopped = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        done: Shard | None = None  # indexed, its after() not yet run
        try:
            for n, shard in enumerate(self.todo):
                if self.stopped:
                    return
                source = self.site / INPUT / str(n)
                for rel in shard.pages:  # only this shard's pages, at their own paths
                    target = source / rel
                    target.parent.mkdir(parents=True, exist_ok=True)
                    try:
                        os.link(self.site / rel, target)
                    except OSError:
                        shutil.copyfile(self.site / rel, target)
                self.proc = subprocess.Popen(
                    [str(pagefind_executable()), "--site", str(source), "--output-path", str(self.site / shard.bundle), "--silent"],
                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                )
                if done is not None:  # the shard before, while Pagefind reads this one
                    self._after(done)
                    done = None
                try:
                    out, err = self.proc.communicate(timeout=TIMEOUT)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.communicate()
                    self.error = tr("Pagefind did not finish within {seconds} s", seconds=TIMEOUT)
                    return
                if self.proc.returncode != 0:
                    self.error = tr("Pagefind failed (exit {code}): {output}", code=self.proc.returncode, output=err.strip() or out.strip())
                    return
                shutil.rmtree(source, ignore_errors=True)
                done = shard
            if done is not None and not self.stopped:
                self._after(done)
        except (OSError, IndexingError) as exc:
            self.error = str(exc)
        except BaseException as exc:  # noqa: BLE001 - a fault in after(): raised again by finish()
            self.raised = exc
        finally:
            shutil.rmtree(self.site / INPUT, ignore_errors=True)

    def _after(self, shard: Shard) -> None:
        if self.after is not None:
            self.results.append(self.after(shard))

    def finish(self) -> None:
        self.thread.join()
        if self.raised is not None:
            raise self.raised
        if self.error:
            raise IndexingError(self.error)

    def stop(self) -> None:
        self.stopped = True
        if self.thread.is_alive() and self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
        self.thread.join()


def build_index(site: Path) -> None:
    """Write /pagefind/ into ``site``: one index of every page (the search evaluation's stock Pagefind)."""
    Indexer(site, [Shard(MAIN, tuple(p.relative_to(site).as_posix() for p in sorted(site.rglob("*.html"))))]).finish()


def _fragment(path: Path) -> dict:
    """A Pagefind fragment (gzip: a signature, then JSON) as a dict."""
    raw = gzip.decompress(path.read_bytes())
    return json.loads(raw[raw.index(b"{"):])


def _fragment_url(path: Path) -> str:
    return _fragment(path)["url"]


def write_facets(site: Path, shard: Shard, facts: dict, known: dict[str, str] | None = None) -> dict[str, str]:
    """Write ``<bundle>/facets.json``: each indexed fragment of ``shard``
    with its page's facets (office, type, fiscal year, quarter) and ISO
    date.  ``facts`` maps page URLs to their SearchInfo; ``known`` gives the
    URLs of fragments seen before, which are then not read (a fragment's
    file name is the hash of its contents, URL included, so the pairs never
    change).  Returns the fragment → URL pairs of this shard.

    The format: ``{"facets": [name…], "values": [[name's number, value]…],
    "pages": {fragment: [date or null, value's number…]}}``."""
    known = known or {}
    names: list[str] = []
    values: list[list] = []
    numbers: dict[tuple[str, str], int] = {}
    pages: dict[str, list] = {}
    seen: dict[str, str] = {}
    for frag in sorted((site / shard.bundle / "fragment").glob("*.pf_fragment")):
        fid = frag.name.removesuffix(".pf_fragment")
        url = known.get(fid) or _fragment_url(frag)
        seen[fid] = url
        info = facts.get(url)
        if info is None:
            continue
        row: list = [info.sort]
        for name, value in info.filters:
            if name not in names:
                names.append(name)
            n = numbers.get((name, value))
            if n is None:
                n = numbers[(name, value)] = len(values)
                values.append([names.index(name), value])
            row.append(n)
        pages[fid] = row
    doc = {"facets": names, "values": values, "pages": pages}
    target = site / shard.facets
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return seen


def read_facets(path: Path) -> dict[str, dict]:
    """A facets.json back as {fragment: {"facets": {name: [value…]}, "date": …}} (for tests and tools)."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    out = {}
    for fid, row in doc["pages"].items():
        facets: dict[str, list[str]] = {}
        for n in row[1:]:
            name, value = doc["values"][n]
            facets.setdefault(doc["facets"][name], []).append(value)
        out[fid] = {"facets": facets, "date": row[0]}
    return out


def write_words(site: Path, shard: Shard) -> list[str]:
    """Write the shard's lexicon: every word of its indexed text (as Pagefind
    holds it: the fragments' ``content``), grouped by its folded form
    (searchtext.fold), with the pages that hold it, in one file per first
    letter of the folded form: ``<bundle>/words/<code point, hex>.json`` =
    ``{folded: [[word, [page, +page, …]], …]}`` (the words most pages use
    first; pages as numbers into ``<bundle>/words/pages.json``, a list of
    fragment ids, each number after the first given as the step from the one
    before).  The browser fetches the file of the letter a query word starts
    with and learns which spellings the pages really use and which pages
    hold each: Pagefind, with exactDiacritics on, still takes সরকারি for
    সরকার and a missing word for a shorter one, so every result is checked
    against these lists.  Returns the files written, relative to the site."""
    fragments = sorted((site / shard.bundle / "fragment").glob("*.pf_fragment"))
    holders: dict[str, list[int]] = {}
    for number, frag in enumerate(fragments):
        for word in set(searchtext.words(_fragment(frag).get("content", ""))):
            holders.setdefault(word, []).append(number)
    groups: dict[str, dict[str, list]] = {}
    for word, numbers in holders.items():
        folded = searchtext.fold(word)
        if folded:
            groups.setdefault(f"{ord(folded[0]):04x}", {}).setdefault(folded, []).append((word, numbers))
    folder = site / shard.bundle / WORDS
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    dump = lambda doc: json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"  # noqa: E731
    (folder / "pages.json").write_text(dump([f.name.removesuffix(".pf_fragment") for f in fragments]), encoding="utf-8")
    written = [f"{shard.bundle}/{WORDS}/pages.json"]
    for name, entries in sorted(groups.items()):
        doc = {}
        for folded in sorted(entries):
            spellings = sorted(entries[folded], key=lambda e: (-len(e[1]), e[0]))
            doc[folded] = [[w, [n - (ns[i - 1] if i else 0) for i, n in enumerate(ns)]] for w, ns in spellings]
        (folder / f"{name}.json").write_text(dump(doc), encoding="utf-8")
        written.append(f"{shard.bundle}/{WORDS}/{name}.json")
    return written
