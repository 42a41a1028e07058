"""Search evaluation in real Chromium: our Bangla-tuned search against stock
Pagefind, over the demo content, with the query set in queries.yaml.

    python -m tests.search.evaluate [--site DIR] [--chromium PATH]

builds the demo (unless --site is given), serves it on 127.0.0.1, runs every
query both ways and prints precision@5 and recall side by side, plus the
index size, the bytes a first search downloads and the indexing time.
Exit status 1 if any query fails for our search (a regression).

Metrics, per query with at least one page that must come back:
  precision@5 = pages that must come back among the first 5 results
                ÷ number of results shown in the first 5 (at most 5);
  recall      = pages that must come back that were found ÷ pages that must come back.
A query passes when every `must` page is found, no `must_not` page is, and
every `before: [a, b]` pair ranks a above b.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
QUERIES = HERE / "queries.yaml"
REALISTIC = HERE / "queries-realistic.yaml"  # misspellings, variants, glossary, English, romanised, Bijoy
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("PROTISHRUTI_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@dataclass
class Query:
    q: str
    why: str
    standard: str | None = None  # the standard form the query stands for (the realistic set)
    must: list[str] = field(default_factory=list)
    must_not: list[str] = field(default_factory=list)
    before: list[list[str]] = field(default_factory=list)


def load_queries(path: Path = QUERIES) -> list[Query]:
    return [Query(**item) for item in yaml.safe_load(path.read_text(encoding="utf-8"))]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # noqa: D401 - silence
        pass


@contextmanager
def serve(site: Path):
    """Serve ``site`` on 127.0.0.1 (a free port) for the duration."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


SUGGESTED = "(suggested)"
SEARCH = """async ([module, queries]) => {
  const SUGGESTED = "(suggested)";
  const pf = await import(module);
  await pf.options({});
  const out = [];
  for (const q of queries) {
    const r = await pf.search(q);
    const urls = await Promise.all(r.results.map(async (x) => (await x.data()).url));
    // a result list offered as "এটি খুঁজছেন কি: …" is marked: the page says it is another word's
    out.push(r.suggestion ? [SUGGESTED, ...urls] : urls);
  }
  return out;
}"""
MODULES = {"ours": "/assets/search/pagefind.js", "stock": "/pagefind/pagefind.js"}


def run(base: str, queries: list[Query], chromium: str, browser=None) -> dict[str, list[list[str]]]:
    """Results (URL lists) for every query, ours and stock, each in a fresh
    browser context (so the two never share a Pagefind instance)."""
    texts = [q.q for q in queries]

    def both(b) -> dict[str, list[list[str]]]:
        out = {}
        for name, module in MODULES.items():
            context = b.new_context()
            page = context.new_page()
            page.goto(base + "/search/")
            out[name] = page.evaluate(SEARCH, [module, texts])
            context.close()
        return out

    if browser is not None:
        return both(browser)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            return both(b)
        finally:
            b.close()


@dataclass
class Score:
    precision5: float | None
    recall: float | None
    passed: bool
    why: list[str]


def score(query: Query, results: list[str]) -> Score:
    suggested = bool(results) and results[0] == SUGGESTED
    results = results[1:] if suggested else results
    top = results[:5]
    reasons = []
    missing = [u for u in query.must if u not in results]
    if missing:
        reasons.append(f"missing {missing}")
    # pages of another word offered as "এটি খুঁজছেন কি" (labelled on the page) are not passed off as answers
    wrong = [] if suggested and not query.must else [u for u in query.must_not if u in results]
    if wrong:
        reasons.append(f"unwanted {wrong}")
    for a, b in query.before:
        if a in results and b in results and results.index(a) > results.index(b):
            reasons.append(f"{a} ranked below {b}")
        elif a not in results:
            reasons.append(f"{a} (to rank above {b}) not found")
    if not query.must:
        return Score(None, None, not reasons, reasons)
    p5 = (sum(1 for u in top if u in query.must) / len(top)) if top else 0.0
    recall = sum(1 for u in query.must if u in results) / len(query.must)
    return Score(p5, recall, not reasons, reasons)


def _mean(values: list[float | None]) -> float:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else 0.0


def first_search_bytes(base: str, chromium: str, query: str) -> tuple[int, int, list[tuple[str, int, int]], int]:
    """What a first search costs: every response from opening /search/?q=…
    until the network is idle after the first results, as (raw bytes, bytes
    if the server gzips text, per-file list, gzip bytes received before the
    first result showed).  Pagefind's index files are already gzip-compressed."""
    import gzip
    from urllib.parse import urlparse

    from playwright.sync_api import sync_playwright

    files: list[tuple[str, int, int]] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page()

        def on_response(response):
            try:
                body = response.body()
            except Exception:  # noqa: BLE001 - redirects and aborted responses have no body
                return
            path = urlparse(response.url).path
            packed = body if path.endswith((".pf_fragment", ".pf_index", ".pf_meta", ".pagefind", ".pf_filter")) else gzip.compress(body, 9)
            files.append((path, len(body), min(len(body), len(packed))))

        page.on("response", on_response)
        page.goto(base + "/search/?q=" + query)
        page.wait_for_selector(".pagefind-ui__result", timeout=120000)
        before = sum(f[2] for f in files)
        page.wait_for_load_state("networkidle")
        browser.close()
    return sum(f[1] for f in files), sum(f[2] for f in files), files, before


def build_demo(out: Path) -> float:
    sys.path.insert(0, str(ROOT))
    from protishruti import commands, index

    work = out.parent / "content"
    shutil.copytree(ROOT / "content", work)
    result = commands.build(work, out)
    if not result.ok:
        raise SystemExit("\n".join(str(p) for p in result.problems.sorted()))
    # indexing time alone, on the built site
    again = out.parent / "reindex"
    shutil.copytree(out, again)
    shutil.rmtree(again / "pagefind")
    started = time.perf_counter()
    index.build_index(again)
    return time.perf_counter() - started


def report(name: str, queries: list[Query], results: dict[str, list[list[str]]]) -> list[tuple[Query, Score]]:
    """Print one query set's table, ours against stock; return our failures."""
    ours = [score(q, r) for q, r in zip(queries, results["ours"])]
    stock = [score(q, r) for q, r in zip(queries, results["stock"])]
    width = max(len(q.q) for q in queries)
    print(f"== {name}")
    print(f"{'query':<{width}}  ours P@5  recall  pass | stock P@5  recall  pass")
    for q, a, b in zip(queries, ours, stock):
        fmt = lambda v: "   -  " if v is None else f"{v:6.2f}"  # noqa: E731
        print(f"{q.q:<{width}}  {fmt(a.precision5)}  {fmt(a.recall)}  {'ok ' if a.passed else 'FAIL'} | {fmt(b.precision5)}  {fmt(b.recall)}  {'ok ' if b.passed else 'FAIL'}")
    print()
    print(f"queries: {len(queries)}")
    print(f"ours : precision@5 {_mean([s.precision5 for s in ours]):.3f}  recall {_mean([s.recall for s in ours]):.3f}  passed {sum(s.passed for s in ours)}/{len(ours)}")
    print(f"stock: precision@5 {_mean([s.precision5 for s in stock]):.3f}  recall {_mean([s.recall for s in stock]):.3f}  passed {sum(s.passed for s in stock)}/{len(stock)}")
    print()
    return [(q, s) for q, s in zip(queries, ours) if not s.passed]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build the demo content)")
    parser.add_argument("--chromium", default=chromium_path())
    args = parser.parse_args(argv)
    if not args.chromium:
        print("Chromium not found: apt-get install chromium (or set PROTISHRUTI_CHROMIUM)", file=sys.stderr)
        return 2
    sets = {"the query set (queries.yaml)": load_queries(), "the realistic set (queries-realistic.yaml)": load_queries(REALISTIC)}
    with tempfile.TemporaryDirectory() as tmp:
        index_seconds = None
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            index_seconds = build_demo(site)
        with serve(site) as base:
            results = {name: run(base, queries, args.chromium) for name, queries in sets.items()}
            download, download_gz, download_files, before_gz = first_search_bytes(base, args.chromium, "সেবা")
        bundle = site / "pagefind"
        index_bytes = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and (p.suffix.startswith(".pf") or p.name.endswith(".pagefind")))
        lexicon_bytes = sum(p.stat().st_size for p in site.glob("pagefind/**/words/*.json"))

    failures = []
    for name, queries in sets.items():
        failures += report(name, queries, results[name])
    print(f"index size (pagefind index, filters, fragments, wasm): {index_bytes:,} bytes; lexicon (words/): {lexicon_bytes:,} bytes")
    print(f"first search download (opening /search/?q=সেবা until the network is idle): {download:,} bytes raw, {download_gz:,} bytes with gzip"
          f" ({before_gz:,} with gzip before the first result showed)")
    for path, raw, packed in sorted(download_files, key=lambda f: -f[1])[:12]:
        print(f"    {raw:>8,} raw {packed:>8,} gz  {path}")
    if index_seconds is not None:
        print(f"indexing time (Pagefind binary over the demo): {index_seconds:.3f} s")
    for q, s in failures:
        print(f"FAIL {q.q!r} ({q.why}): {'; '.join(s.why)}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
