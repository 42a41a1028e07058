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
/assets/search/shards.json.  The search module ranks word searches from
every shard's lexicon (write_words) and shows the pages from their
fragments; only a quoted phrase merges the shards' Pagefind indexes in the
browser, with Pagefind's ``mergeIndex``.

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
    """What the search module merges: every bundle but the main one; and how
    many pages each bundle's index is given, the main one first (the count
    a word's rarity is measured against, without fetching every bundle's
    words/pages.json)."""
    return json.dumps({"bundles": ["/" + s.bundle + "/" for s in all_shards[1:]],
                       "pages": [len(s.pages) for s in all_shards]}, indent=1) + "\n"


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
    "pages": [[date or null, value's number…] or null, …]}``, one row per
    fragment in the order of ``<bundle>/words/pages.json`` (the fragments'
    ids sorted), so the ids are not written twice: at 10,000 pages they were
    half of the facets' bytes."""
    known = known or {}
    names: list[str] = []
    values: list[list] = []
    numbers: dict[tuple[str, str], int] = {}
    pages: list = []
    seen: dict[str, str] = {}
    for frag in _fragments(site, shard):
        fid = frag.name.removesuffix(".pf_fragment")
        url = known.get(fid) or _fragment_url(frag)
        seen[fid] = url
        info = facts.get(url)
        if info is None:
            pages.append(None)
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
        pages.append(row)
    doc = {"facets": names, "values": values, "pages": pages}
    target = site / shard.facets
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return seen


def _fragments(site: Path, shard: Shard) -> list[Path]:
    """The shard's fragments in the order the lexicon and the facets number them."""
    return sorted((site / shard.bundle / "fragment").glob("*.pf_fragment"))


def read_facets(path: Path) -> dict[str, dict]:
    """A facets.json back as {fragment: {"facets": {name: [value…]}, "date": …}}
    (for tests and tools), its rows named by the ids in words/pages.json beside it."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    ids = json.loads((path.parent / WORDS / "pages.json").read_text(encoding="utf-8"))
    out = {}
    for fid, row in zip(ids, doc["pages"], strict=True):
        if row is None:
            continue
        facets: dict[str, list[str]] = {}
        for n in row[1:]:
            name, value = doc["values"][n]
            facets.setdefault(doc["facets"][name], []).append(value)
        out[fid] = {"facets": facets, "date": row[0]}
    return out


# Ranking (the browser ranks from the lexicon alone, without downloading
# Pagefind's index: at 10,000 pages a first search for সেবা fetched 1.96 MB
# of it).  Each page a word is on gets one digit, 1–9: BM25's term-frequency
# part (k1 1.2, b 0.75, the page's length against the shard's mean), with a
# word of the title counted TITLE times and a word of a heading twice, as
# Pagefind weights headings.  The browser multiplies it by the word's
# rarity over all shards (idf).  One digit per page compresses to almost
# nothing where most pages say a word once.
K1, B, TITLE = 1.2, 0.75, 5


def _weight(tf: float, length: int, mean: float) -> str:
    part = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / mean))  # in (0, 2.2)
    return str(max(1, min(9, round(part * 4))))


def _counts(frag: dict) -> tuple[dict[str, float], int]:
    """The words of one fragment with their weighted counts, and its length in words."""
    body = searchtext.words(frag.get("content", ""))
    counts: dict[str, float] = {}
    for word in body:
        counts[word] = counts.get(word, 0) + 1
    for word in searchtext.words(str((frag.get("meta") or {}).get("title", ""))):
        if word in counts:
            counts[word] += TITLE - 1  # the title is in the content once already
    for anchor in frag.get("anchors") or ():
        if str(anchor.get("element", "")).lower() in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            for word in searchtext.words(str(anchor.get("text", ""))):
                if word in counts:
                    counts[word] += 1
    return counts, len(body)


def _group(folded: str) -> str:
    """The postings file of a folded form: its first two code points in hex
    (0000 for a word of one letter)."""
    second = f"{ord(folded[1]):04x}" if len(folded) > 1 else "0000"
    return f"{ord(folded[0]):04x}-{second}"


def write_words(site: Path, shard: Shard) -> list[str]:
    """Write the shard's lexicon: every word of its indexed text (as Pagefind
    holds it: the fragments' ``content``), grouped by its folded form
    (searchtext.fold), with the pages that hold it and how much.

    * ``<bundle>/words/<first letter, hex>.json`` = ``{folded: [[word,
      pages], …]}``: which spellings the pages use of every folded form
      starting with that letter, the most used first, and on how many pages
      (a few KB: what a query word needs for other spellings, longer words
      and the nearest word one letter off);
    * ``<bundle>/words/<first letter>-<second letter>.json`` = ``{word:
      [[page, +page, …], weights], …}``: the pages of each word whose folded
      form starts with those two letters, as numbers into
      ``<bundle>/words/pages.json`` (a list of fragment ids), each after the
      first as the step from the one before; ``weights`` one digit per page,
      its rank weight (see _weight).  A query word fetches only its own
      pair's file: at 10,000 pages the whole letter's pages and weights were
      300 KB of a first search for সেবা.

    Pagefind, with exactDiacritics on, still takes সরকারি for সরকার and a
    missing word for a shorter one, so the browser decides from these lists
    which pages hold which word.  Returns the files written, relative to the site."""
    fragments = _fragments(site, shard)
    parsed = [_counts(_fragment(frag)) for frag in fragments]
    mean = max(1.0, sum(length for _, length in parsed) / max(1, len(parsed)))
    holders: dict[str, list[int]] = {}
    weights: dict[str, list[str]] = {}
    for number, (counts, length) in enumerate(parsed):
        for word, tf in counts.items():
            holders.setdefault(word, []).append(number)
            weights.setdefault(word, []).append(_weight(tf, length, mean))
    directories: dict[str, dict[str, list]] = {}
    postings: dict[str, dict[str, list]] = {}
    for word, numbers in holders.items():
        folded = searchtext.fold(word)
        if folded:
            directories.setdefault(f"{ord(folded[0]):04x}", {}).setdefault(folded, []).append((word, len(numbers)))
            postings.setdefault(_group(folded), {})[word] = [
                [n - (numbers[i - 1] if i else 0) for i, n in enumerate(numbers)], "".join(weights[word])]
    folder = site / shard.bundle / WORDS
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    dump = lambda doc: json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"  # noqa: E731
    (folder / "pages.json").write_text(dump([f.name.removesuffix(".pf_fragment") for f in fragments]), encoding="utf-8")
    written = [f"{shard.bundle}/{WORDS}/pages.json"]
    for name, entries in sorted(directories.items()):
        doc = {folded: [[w, n] for w, n in sorted(entries[folded], key=lambda e: (-e[1], e[0]))] for folded in sorted(entries)}
        (folder / f"{name}.json").write_text(dump(doc), encoding="utf-8")
        written.append(f"{shard.bundle}/{WORDS}/{name}.json")
    for name, entries in sorted(postings.items()):
        (folder / f"{name}.json").write_text(dump({w: entries[w] for w in sorted(entries)}), encoding="utf-8")
        written.append(f"{shard.bundle}/{WORDS}/{name}.json")
    return written
