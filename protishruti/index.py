"""Stage 5, index: run the Pagefind binary (from pagefind-bin) once over the
written site.  Only pages marked ``data-pagefind-body`` (the record pages'
main content) are indexed; result metadata comes from <meta> tags in <head>.

Filters and the date sort are *not* Pagefind filters: Pagefind 1.5 writes its
filter indexes in a different byte order on every run (HashMap order; its
maintainer calls this known), which would break reproducible builds.  We
write the same facts to /assets/search/facets.json instead, keyed by
Pagefind's fragment id (stable since Pagefind 1.3), and our search module
filters and sorts with it.  The file holds the facts as plain text (an
office's name as written); the search module escapes them before Pagefind
UI, which shows filter names and values as HTML, sees them.

We call the binary, not the Python API: its ``add_html_file`` waits 0.1 s per
call (2,000 pages took 202 s) and its ``get_files()`` hangs on large indexes.
"""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path
from typing import Iterable

FACETS = "assets/search/facets.json"


class IndexingError(RuntimeError):
    pass


def pagefind_executable() -> Path:
    try:
        from pagefind_bin import get_executable
    except ImportError as exc:  # pragma: no cover - a dependency in pyproject
        raise IndexingError("pagefind-bin is not installed: pip install -e . installs it") from exc
    return Path(get_executable())


TIMEOUT = 1800  # seconds: far beyond what a national site needs


class Indexer:
    """Pagefind running over ``site`` while the build goes on writing other
    files: it reads only the HTML pages, which are all written before it
    starts, and writes only /pagefind/.  ``finish()`` waits for it."""

    def __init__(self, site: Path):
        self.proc = subprocess.Popen(
            [str(pagefind_executable()), "--site", str(site), "--silent"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )

    def finish(self) -> None:
        try:
            out, err = self.proc.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.communicate()
            raise IndexingError(f"Pagefind did not finish within {TIMEOUT} s") from None
        if self.proc.returncode != 0:
            raise IndexingError(f"Pagefind failed (exit {self.proc.returncode}): {err.strip() or out.strip()}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate()


def build_index(site: Path) -> None:
    """Write /pagefind/ into ``site``."""
    Indexer(site).finish()


def _fragment_url(path: Path) -> str:
    raw = gzip.decompress(path.read_bytes())
    return json.loads(raw[raw.index(b"{"):])["url"]


def write_facets(site: Path, pages: Iterable) -> int:
    """Map each indexed fragment to its page's facets (office, type, fiscal
    year, quarter) and ISO date.  Returns the number of indexed pages."""
    by_url = {p.url: p.search for p in pages if getattr(p, "search", None)}
    out: dict[str, dict] = {}
    for frag in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        url = _fragment_url(frag)
        info = by_url.get(url)
        if info is None:
            continue
        facets: dict[str, list[str]] = {}
        for name, value in info.filters:
            facets.setdefault(name, []).append(value)
        out[frag.name.removesuffix(".pf_fragment")] = {"url": url, "facets": facets, "date": info.sort}
    names: list[str] = []
    for entry in out.values():
        for name in entry["facets"]:
            if name not in names:
                names.append(name)
    doc = {"facets": names, "pages": out}
    target = site / FACETS
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(doc, ensure_ascii=False, sort_keys=False, indent=0) + "\n", encoding="utf-8")
    return len(out)
