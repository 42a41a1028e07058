"""Incremental builds: what the last build of ``--out`` used and made, keyed
by content hashes, so the next build redoes only what changed.

The cache lives beside the releases, in ``<out>.releases/.build-cache/``
(never in the published site), and belongs to one release: it is used only
while ``--out`` still points at the release it describes, and every output it
reuses is first checked against the size, modification time and inode that
release's file had when it was written — a file edited in place, or a rollback,
makes the build render it again.  It holds:

* the SHA-256 of every content file, refreshed only for files whose size or
  modification time changed (as git's index does);
* the parsed YAML of every record file that loaded without problems, keyed by
  the hash of its text (parsing is a third of a large build's reading time);
* every output of the last build with the key it was made under, its SHA-256
  and size.  A key is the hash of everything the output is a function of:

  - the program (its source, the layouts, the library versions) and the
    site's own files (site.yaml, pages/, redirects.yaml): the **site key**;
  - for an office's pages, twins and feed, also every file of the office's
    folder and the office.yaml of each office above and below it (names and
    links in breadcrumbs and lists): the **office key**;
  - an evidence file: its SHA-256;
  - the search index: the path and SHA-256 of every HTML page;
  - the home page, feeds of the whole site, the sitemap and /data.json draw on
    every office, and are always made again.

An output whose key is unchanged is hard-linked from the previous release
(copied where links are impossible); the search index is linked when no HTML
page changed.  The result is byte-identical to a clean build
(tests/test_incremental.py builds both and compares every file).

If nothing at all changed — the same program, layouts and content files, and
the current release intact — the build publishes nothing and says the site is
up to date.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import stat
import sys
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from . import files, manifest, outputs, publish

VERSION = 1
FOLDER = ".build-cache"
STATE = "state.json"
PARSED = "parsed.pickle"
FRAGMENTS = "fragments.json"  # the search index's fragment ids and their pages' URLs
_PROGRAM = Path(__file__).resolve().parent
_LIBRARIES = ("jinja2", "markdown", "pyyaml", "pydantic", "pydantic-core", "nh3", "pagefind-bin", "markupsafe")
RACY_NS = 2_000_000_000  # file times are only as fine as the kernel's clock tick; 2 s is far coarser
HASH_LIMIT = 1 << 30  # files larger than this are keyed by size and time, not read


def key(*parts: str) -> str:
    """The hash of ``parts``, each ended by a NUL (so ("ab", "c") ≠ ("a", "bc"))."""
    d = hashlib.sha256()
    for p in parts:
        d.update(p.encode("utf-8", "surrogateescape"))
        d.update(b"\0")
    return d.hexdigest()


def _tree(root: Path) -> list[tuple[str, os.stat_result]]:
    """Every entry under ``root`` but folders (relative path, lstat), links not followed."""
    return sorted((rel, st) for _, rel, st in files.scan(root, skip_hidden=False))


def program_key(layouts: Path) -> str:
    """The program's source, its layouts and the libraries it renders with."""
    parts = [f"v{VERSION}", sys.version]
    for lib in _LIBRARIES:
        try:
            parts.append(f"{lib}={metadata.version(lib)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{lib}=none")
    for root, label in ((_PROGRAM, "program"), (layouts, "layouts")):
        for rel, st in _tree(root):
            if rel.endswith(".pyc") or "__pycache__" in rel or not stat.S_ISREG(st.st_mode):
                continue
            parts.append(f"{label}/{rel}:{manifest.sha256_file(root / rel)}")
    return key(*parts)


# The modules that make a shard's own files beside Pagefind's (facets.json,
# the lexicon): a shard is reused only if they are unchanged too.  The
# pages' bytes are in the shard's key already, so a template change that
# leaves them as they were still reuses the index.
_INDEX_SOURCES = ("index.py", "searchtext.py")


def indexer_key(program: Path = _PROGRAM) -> str:
    """What a shard's bundle is made with besides its pages: this cache's
    version, Pagefind's, and the source of _INDEX_SOURCES in ``program``."""
    try:
        pagefind = metadata.version("pagefind-bin")
    except metadata.PackageNotFoundError:
        pagefind = "none"
    return key(f"v{VERSION}", pagefind, *(f"{name}:{manifest.sha256_file(program / name)}" for name in _INDEX_SOURCES))


def _inside(rel: object) -> bool:
    """A cache entry can never lead outside a release: its path is one the output plan would allow."""
    return isinstance(rel, str) and outputs.is_site_path(rel)


@dataclass
class State:
    """What one build used and made (state.json)."""

    release: str = ""
    inputs: str = ""  # the hash of everything: program, layouts, content files
    files: dict[str, list] = field(default_factory=dict)  # content file → [size, mtime_ns, sha256 or marker]
    outputs: dict[str, list] = field(default_factory=dict)  # site path → [key, sha256, size, mtime_ns, inode]
    summary: dict[str, Any] = field(default_factory=dict)  # what an up-to-date build reports
    scanned_at: int = 0  # when the content was scanned (ns since the epoch)


class Cache:
    """The cache of one ``--out``; ``Cache.open`` reads it (an unreadable or
    stale cache is an empty one: a build never fails because of its cache)."""

    def __init__(self, out: Path, content: Path, layouts: Path, variant: str = ""):
        self.variant = variant  # what part of the site is built ("" all; "shard:<name>" for build --shard)
        self.out = publish.absolute(out)
        self.folder = publish.releases_of(self.out) / FOLDER
        self.content = content
        self.layouts = layouts
        self.previous = State()
        self.release: Path | None = None  # the release the cache describes, if --out still serves it
        self.parsed: dict[str, Any] = {}
        self.parsed_used: dict[str, Any] = {}
        self.files: dict[str, list] = {}
        self.program = ""
        self.site_key = ""
        self.inputs = ""
        self.fingerprint = ""  # the hash of the program, layouts and content files: what shards must share
        self.scanned_at = 0
        self.indexer = ""  # what search index shards are made with besides their pages (indexer_key)
        self._by_office: dict[str, list[str]] | None = None
        self.forgotten = False  # forget(): nothing of the last build is reused

    @classmethod
    def open(cls, out: Path, content: Path, layouts: Path, variant: str = "") -> "Cache":
        cache = cls(out, content, layouts, variant)
        try:
            doc = json.loads((cache.folder / STATE).read_text(encoding="utf-8"))
            if doc.get("version") == VERSION:
                cache.previous = State(doc["release"], doc["inputs"], doc["files"], doc["outputs"], doc.get("summary", {}),
                                       int(doc.get("scanned_at", 0)))
        except (OSError, ValueError, KeyError, TypeError):
            cache.previous = State()
        current = publish.current_release(cache.out)
        if current and current == cache.previous.release and all(map(_inside, cache.previous.outputs)):
            cache.release = publish.releases_of(cache.out) / current
        else:  # another release is served (a rollback), or the state names a path outside the site
            cache.previous.outputs = {}
        cache._scan()
        return cache

    # ---------------------------------------------------------------- inputs

    def _scan(self) -> None:
        """Hash every content file (reusing hashes of files whose size and
        time did not change) and the program."""
        old = self.previous.files
        # A file changed within the clock's granularity of the last scan can
        # have the size and time it had then ("racy git"): hash it again.
        trusted_before = self.previous.scanned_at - RACY_NS
        self.scanned_at = time.time_ns()
        files: dict[str, list] = {}
        for rel, st in _tree(self.content):
            if rel == "urls.lock":  # written by the build itself; no page reads it
                continue
            if not stat.S_ISREG(st.st_mode):
                files[rel] = [0, 0, f"special:{stat.S_IFMT(st.st_mode)}"]
                continue
            seen = old.get(rel)
            if seen and seen[0] == st.st_size and seen[1] == st.st_mtime_ns and st.st_mtime_ns < trusted_before:
                files[rel] = seen
            elif st.st_size > HASH_LIMIT:
                files[rel] = [st.st_size, st.st_mtime_ns, f"large:{st.st_size}:{st.st_mtime_ns}"]
            else:
                try:
                    files[rel] = [st.st_size, st.st_mtime_ns, manifest.sha256_file(self.content / rel)]
                except OSError:
                    files[rel] = [st.st_size, st.st_mtime_ns, "unreadable"]
        self.files = files
        self.program = program_key(self.layouts)
        self.indexer = indexer_key()
        site_files = [f"{rel}:{v[2]}" for rel, v in files.items() if not rel.startswith("offices/")]
        self.site_key = key("site", self.program, *site_files)
        self.fingerprint = key("inputs", self.site_key, *(f"{rel}:{v[2]}" for rel, v in files.items()))
        self.inputs = key(self.fingerprint, self.variant)

    def up_to_date(self) -> bool:
        """Nothing changed since the release ``--out`` serves was built, and
        that release is as it was written."""
        if self.release is None or self.inputs != self.previous.inputs or not self.previous.outputs:
            return False
        return all(self._intact(rel, entry) for rel, entry in self.previous.outputs.items())

    def _intact(self, rel: str, entry: list) -> bool:
        assert self.release is not None
        try:
            st = os.lstat(f"{self.release}/{rel}")  # a string: pathlib's joining cost more than the lstat
        except OSError:
            return False
        return stat.S_ISREG(st.st_mode) and st.st_size == entry[2] and st.st_mtime_ns == entry[3] and st.st_ino == entry[4]

    def forget(self) -> None:
        """Reuse nothing from the last build (``build --full``), but still
        record what this one makes, so the build after it is incremental
        (before, a --full build saved nothing, and the next build made every
        output again: 403 s at 30,000 pages, longer than the --full build)."""
        self.release = None
        self.previous.outputs = {}
        self.forgotten = True

    def load_parsed(self) -> None:
        """The parsed YAML of the last build (read only when it will be used)."""
        try:
            with open(self.folder / PARSED, "rb") as fh:
                # our own file, written by the last build into the releases folder
                data = pickle.load(fh)  # noqa: S301
            if isinstance(data, dict) and data.get("program") == self.program:
                self.parsed = data["parsed"]
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, KeyError, TypeError, ValueError):
            self.parsed = {}

    def get_parsed(self, text_key: str) -> Any:
        """The parsed YAML of a text, as the last build parsed it; None if unknown.
        Each entry is kept pickled on its own, so what a build does with
        the data it is given can never change what the cache holds."""
        blob = self.parsed.get(text_key)
        if blob is None:
            return None
        try:
            data = pickle.loads(blob)  # noqa: S301 - written by put_parsed
        except Exception:  # a damaged entry: parse the text again
            return None
        self.parsed_used[text_key] = blob
        return data

    def put_parsed(self, text_key: str, data: Any) -> None:
        self.parsed_used[text_key] = pickle.dumps(data, protocol=5)

    # ---------------------------------------------------------------- outputs

    def office_key(self, slug: str, related: list[str]) -> str:
        """The key of an office's outputs: the site key, the office's files,
        and the office.yaml of the offices in ``related`` (above and below)."""
        if self._by_office is None:  # grouped once: not one pass over every file per office
            self._by_office = {}
            for rel, v in self.files.items():
                parts = rel.split("/", 2)
                if parts[0] == "offices" and len(parts) == 3:
                    self._by_office.setdefault(parts[1], []).append(f"{rel}:{v[2]}")
        own = self._by_office.get(slug, [])
        others = [f"{s}:{self.files.get(f'offices/{s}/office.yaml', [0, 0, ''])[2]}" for s in related]
        return key("office", self.site_key, slug, *own, "related", *others)

    def reusable(self, rel: str, key: str) -> tuple[str, int, str] | None:
        """The previous release's file for output ``rel`` if it was made under
        ``key`` and is intact: (path, size, sha256)."""
        entry = self.previous.outputs.get(rel)
        if entry is None or entry[0] != key or self.release is None or not self._intact(rel, entry):
            return None
        return f"{self.release}/{rel}", entry[2], entry[1]

    def fragments(self) -> dict[str, str]:
        """Fragment id → page URL, as the last build saw them (so facets need not read them again)."""
        if self.forgotten:
            return {}
        try:
            doc = json.loads((self.folder / FRAGMENTS).read_text(encoding="utf-8"))
            return {k: v for k, v in doc.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(doc, dict) else {}
        except (OSError, ValueError):
            return {}

    def save_fragments(self, pairs: dict[str, str]) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            files.replace_atomically(self.folder / FRAGMENTS, json.dumps(pairs, sort_keys=True, separators=(",", ":")).encode("utf-8"), 0o600)
        except OSError:
            pass

    def save(self, release: str, outputs: dict[str, tuple[str, str, int]], summary: dict[str, Any]) -> None:
        """Record the build just published as ``release``: ``outputs`` maps
        each site path to (key, sha256, size).  Best effort: a cache that
        cannot be written only makes the next build slower."""
        folder = publish.releases_of(self.out) / release
        entries: dict[str, list] = {}
        for rel, (key, sha, size) in outputs.items():
            try:
                st = os.lstat(f"{folder}/{rel}")
            except OSError:
                continue
            entries[rel] = [key, sha, size, st.st_mtime_ns, st.st_ino]
        doc = {"version": VERSION, "release": release, "inputs": self.inputs, "files": self.files, "scanned_at": self.scanned_at,
               "outputs": entries, "summary": summary}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            files.replace_atomically(self.folder / PARSED, pickle.dumps({"program": self.program, "parsed": self.parsed_used}, protocol=5), 0o600)
            files.replace_atomically(self.folder / STATE, json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 0o600)
        except OSError:
            pass


def fingerprint(content: Path, layouts: Path) -> str:
    """The hash of the program, layouts and every content file, as a build's
    cache computes it: the shards of one site must all have the same."""
    cache = Cache(Path(os.devnull), content, layouts)
    cache._scan()
    return cache.fingerprint
