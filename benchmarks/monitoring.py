"""The monitoring pages' cost (issue 13): on the synthetic national corpus
(benchmarks/corpus.py), how long the monitoring pages take to list and
render with their JSON and CSV, against the number of reports (it should be
linear), and how big they get (the national page and every office's page
should stay under 30 KB gzipped however many offices there are).

With ``--full`` it also times one whole build of each corpus, to put the
monitoring pages' share in context (one build, not alternated: use
benchmarks/national.py for our build against Hugo + Pagefind).

Not a test: it takes minutes.

Usage: python -m benchmarks.monitoring [--pages 2500,5000,10000] [--per-ministry 16] [--full] [--json FILE]
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import tempfile
import time
from pathlib import Path

from . import corpus


def measure(content: Path, full: bool) -> dict:
    from protishruti import commands, compute, load, opendata, render
    from protishruti.validate import validate

    t0 = time.perf_counter()
    raw, problems = load.load(content)
    model = validate(raw, problems)
    if model is None or problems:
        raise SystemExit(f"{content}: the corpus has problems: {[str(p) for p in problems.sorted()][:3]}")
    view = compute.compute(model)
    t1 = time.perf_counter()
    pages = render.monitoring_pages(view)
    t2 = time.perf_counter()
    env = render.environment()
    sizes: dict[str, tuple[int, int, int]] = {}
    for page in pages:
        html = render.render_page(env, view, page)
        js = opendata.to_json(opendata.twin(page, view)) if opendata.has_twin(page) else ""
        table = opendata.table_csv(page) if opendata.has_table(page) else ""
        sizes[page.url] = (len(gzip.compress(html.encode("utf-8"), 9)), len(js.encode("utf-8")), len(table.encode("utf-8")))
    t3 = time.perf_counter()
    largest = max(sizes.items(), key=lambda kv: kv[1][0])
    national = sizes["/monitoring/"]
    out = {
        "offices": len(view.offices),
        "ministries": len(view.roots),
        "reports": sum(len(o.reports) for o in view.offices.values()),
        "monitoring_pages": len(pages),
        "parts": sum(1 for p in pages if p.data.get("part")),
        "load_compute_s": round(t1 - t0, 2),
        "list_s": round(t2 - t1, 3),
        "render_s": round(t3 - t2, 2),
        "largest_html_gz": [largest[0], largest[1][0]],
        "national_html_gz": national[0],
        "national_json": national[1],
        "national_csv": national[2],
        "over_30k": sorted(u for u, s in sizes.items() if s[0] >= 30_000),
    }
    out["render_ms_per_report"] = round(out["render_s"] * 1000 / max(1, out["reports"]), 3)
    if full:
        with tempfile.TemporaryDirectory() as tmp:
            t4 = time.perf_counter()
            result = commands.build(content, Path(tmp) / "site")
            out["full_build_s"] = round(time.perf_counter() - t4, 1)
            out["full_build_ok"] = result.ok
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", default="2500,5000,10000")
    ap.add_argument("--per-ministry", type=int, default=16)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--full", action="store_true", help="also time one whole build of each corpus")
    ap.add_argument("--json", type=Path)
    ns = ap.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(x) for x in ns.pages.split(",")):
            content = Path(tmp) / f"c{n}"
            corpus.make(content, n, ns.seed, ns.per_ministry)
            r = {"pages": n, "per_ministry": ns.per_ministry, **measure(content, ns.full)}
            results.append(r)
            print(json.dumps(r, ensure_ascii=False), flush=True)
            shutil.rmtree(content)
    print()
    print("| pages | offices | reports | monitoring pages (parts) | render + JSON + CSV | per report | largest page gz | national page gz | national JSON | national CSV |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['pages']:,} | {r['offices']:,} | {r['reports']:,} | {r['monitoring_pages']} ({r['parts']}) | {r['render_s']} s | "
              f"{r['render_ms_per_report']} ms | {r['largest_html_gz'][1]:,} B | {r['national_html_gz']:,} B | "
              f"{r['national_json']:,} B | {r['national_csv']:,} B |")
    if ns.json:
        ns.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
