"""The national benchmark: our build against the peer (Hugo + Pagefind) on a
synthetic national corpus (benchmarks/corpus.py: ministries → offices, every
page with its own Bangla text), in the same run, alternating.

For each page count it reports: full (clean) build time and peak memory of the
whole process tree (the sum of PSS over the build and every process it starts:
workers, Pagefind), the same for Hugo + Pagefind on the same pages and text
(benchmarks/hugo_peer.py), the ratio, a rebuild with no change, a rebuild after
editing one report, whether the incremental output is byte-identical to the
clean one, and the sizes that grow with the site (largest page gzipped, home,
feed.xml, data.json, facets), and the site built as shards (build --shard,
one after another) and merged: the slowest shard, the merge, and whether the
merged site is byte-identical to the clean build.

Needs Debian's hugo (apt-get install hugo).  Not a test: it takes minutes.

Usage: python -m benchmarks.national [--pages 5000,10000] [--runs 3] [--json FILE] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from . import corpus

ROOT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------- measuring


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(name))
    return kids


def _pss(pid: int) -> int:
    """Proportional set size in bytes (shared pages split between sharers), or RSS."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def tree_memory(root: int) -> int:
    kids = _children()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _pss(pid)
        todo.extend(kids.get(pid, []))
    return total


def settle(cold: bool = True) -> None:
    """Write out dirty pages and, with ``cold`` and where allowed (root),
    drop the page cache, so each timed run starts from the same state.  On
    the 2-core VM this was measured on, a build's system time ranged 17–50 s
    from run to run without it (the previous run's deleted release still
    being written back and reclaimed), and 17–19 s with it.  Rebuilds (no
    change, one edit) start warm, as a webmaster's next build does: cold,
    one edit at 10,000 pages took 18.8 s instead of 15–17 s."""
    os.sync()
    if cold:
        try:
            with open("/proc/sys/vm/drop_caches", "w") as fh:
                fh.write("3\n")
        except OSError:  # not root: the page cache stays
            pass
    time.sleep(2)


def measure(cmd: str, cwd: Path = ROOT, env: dict | None = None, cold: bool = True) -> tuple[float, int]:
    """Run ``cmd`` (a shell command) from a settled machine (see settle);
    return (seconds, peak memory of its process tree in bytes)."""
    settle(cold)
    peak = 0
    started = time.perf_counter()
    proc = subprocess.Popen(["bash", "-c", cmd], cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_memory(proc.pid))
            done.wait(0.2)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    t.join()
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {cmd}\n{err.decode(errors='replace')[-3000:]}")
    return seconds, peak


# ---------------------------------------------------------------- the steps


def _ours(content: Path, out: Path, jobs: int | None = None) -> str:
    extra = f" --jobs {jobs}" if jobs else ""
    return f"{sys.executable} -m protishruti.cli build --content {content} --out {out}{extra}"


def _clean(out: Path) -> None:
    for p in (out, out.parent / f"{out.name}.releases"):
        if p.is_symlink() or p.is_file():
            p.unlink()
        elif p.exists():
            shutil.rmtree(p)


def _edit(content: Path, round_: int) -> Path:
    """Change one report's remark (a different text each round)."""
    reports = sorted((content / "offices").glob("office-*/reports/*-q2.yaml"))
    target = reports[len(reports) // 2]
    text = target.read_text(encoding="utf-8")
    marker = "  remarks: "
    i = text.index(marker) + len(marker)
    target.write_text(text[:i] + f"সম্পাদনা {round_} — " + text[i:], encoding="utf-8")
    return target


def _sizes(site: Path) -> dict:
    biggest, name = 0, ""
    for page in site.rglob("*.html"):
        size = len(gzip.compress(page.read_bytes(), 6))
        if size > biggest:
            biggest, name = size, page.relative_to(site).as_posix()
    out = {"largest_html_gzip": biggest, "largest_html": name,
           "home_gzip": len(gzip.compress((site / "index.html").read_bytes(), 6))}
    for rel in ("feed.xml", "data.json", "sitemap.xml"):
        p = site / rel
        out[rel] = p.stat().st_size if p.exists() else None
    facets = [p.stat().st_size for p in (site / "pagefind").rglob("facets.json")]
    out["facets_total"], out["facets_largest"], out["facets_files"] = sum(facets), max(facets, default=0), len(facets)
    index = site / "pagefind"
    out["pagefind_bytes"] = sum(p.stat().st_size for p in index.rglob("*") if p.is_file()) if index.exists() else 0
    return out


def run(pages: int, runs: int, work: Path, jobs: int | None, shards: bool = True) -> dict:
    content, out = work / f"content-{pages}", work / f"site-{pages}"
    hugo, public = work / f"hugo-{pages}", work / f"public-{pages}"
    ministries, offices, records = corpus.make(content, pages)
    print(f"\n## {pages} pages: {ministries} ministries, {offices} offices ({records} record pages)", flush=True)
    pagefind = subprocess.run([sys.executable, "-c", "from pagefind_bin import get_executable; print(get_executable())"],
                              capture_output=True, text=True, check=True).stdout.strip()
    _clean(out)
    measure(_ours(content, out, jobs))  # warm-up, and the pages the peer is made from
    subprocess.run([sys.executable, str(ROOT / "benchmarks/hugo_peer.py"), str(out), str(hugo)], check=True, stdout=subprocess.DEVNULL)
    html_pages = sum(1 for _ in out.resolve().rglob("index.html"))
    peer = f"rm -rf {public} && hugo --quiet -s {hugo} -d {public} && {pagefind} --site {public} --silent"
    measure(peer)  # warm-up
    ours_t, ours_m, peer_t, peer_m = [], [], [], []
    for i in range(runs):  # alternating, so both see the same machine
        _clean(out)
        t, m = measure(_ours(content, out, jobs))
        ours_t.append(t), ours_m.append(m)
        t, m = measure(peer)
        peer_t.append(t), peer_m.append(m)
        print(f"  run {i + 1}: ours {ours_t[-1]:.1f} s, hugo+pagefind {peer_t[-1]:.1f} s", flush=True)
    clean_manifest = (out / "manifest.json").read_bytes()
    same_t = [measure(_ours(content, out, jobs), cold=False)[0] for _ in range(runs)]
    identical_nochange = (out / "manifest.json").read_bytes() == clean_manifest
    edit_t, edit_m = [], []
    for i in range(runs):
        _edit(content, i)
        t, m = measure(_ours(content, out, jobs), cold=False)
        edit_t.append(t), edit_m.append(m)
    edited_manifest = (out / "manifest.json").read_bytes()
    reference = work / f"reference-{pages}"
    _clean(reference)
    measure(_ours(content, reference, jobs))
    identical_edit = (reference / "manifest.json").read_bytes() == edited_manifest
    if identical_edit:
        diff = subprocess.run(["diff", "-rq", str(out.resolve()), str(reference.resolve())], capture_output=True, text=True)
        identical_edit = diff.returncode == 0
    sizes = _sizes(out.resolve())
    sizes["first_search_gz"] = _first_search(out.resolve())
    sharded = _sharded(content, work / f"shards-{pages}", reference, jobs) if shards else None
    med = statistics.median
    result = {
        "pages": pages, "html_pages": html_pages, "ministries": ministries, "offices": offices,
        "full_s": med(ours_t), "full_peak_mb": max(ours_m) / 2**20,
        "peer_s": med(peer_t), "peer_peak_mb": max(peer_m) / 2**20, "ratio": med(ours_t) / med(peer_t),
        "nochange_s": med(same_t), "nochange_pct": 100 * med(same_t) / med(ours_t),
        "edit_s": med(edit_t), "edit_pct": 100 * med(edit_t) / med(ours_t), "edit_peak_mb": max(edit_m) / 2**20,
        "identical_after_nochange": identical_nochange, "identical_after_edit": identical_edit,
        "runs": {"ours": ours_t, "peer": peer_t, "nochange": same_t, "edit": edit_t},
        "sharded": sharded,
        **sizes,
    }
    return result


def _first_search(site: Path, query: str = "সেবা") -> int | None:
    """Bytes (gzip) a browser downloads for its first search for ``query``
    on the built site, in Chromium (the search evaluation's measure); None
    without Chromium."""
    sys.path.insert(0, str(ROOT))
    from tests.search.evaluate import chromium_path, first_search_bytes, serve

    chromium = chromium_path()
    if chromium is None:
        return None
    with serve(site) as base:
        _, gz, _, _ = first_search_bytes(base, chromium, query)
    print(f"  first search for {query}: {gz:,} B gzip", flush=True)
    return gz


def _sharded(content: Path, folder: Path, reference: Path, jobs: int | None) -> dict:
    """Each shard built on its own (one after another here; as separate CI
    jobs they run at once), then merged; the merge compared with a clean build."""
    names = json.loads(subprocess.run([sys.executable, "-m", "protishruti.cli", "shards", "--content", str(content), "--json"],
                                      capture_output=True, text=True, check=True).stdout)
    if folder.exists():
        shutil.rmtree(folder)
    extra = f" --jobs {jobs}" if jobs else ""
    times, peaks = [], []
    for name in names:
        t, m = measure(f"{sys.executable} -m protishruti.cli build --content {content} --shard {name} --out {folder / name}{extra}")
        times.append(t), peaks.append(m)
    merged = folder.parent / (folder.name + "-merged")
    _clean(merged)
    dirs = " ".join(str(folder / n) for n in names)
    merge_t, merge_m = measure(f"{sys.executable} -m protishruti.cli merge {dirs} --content {content} --out {merged}{extra}")
    diff = subprocess.run(["diff", "-rq", str(merged.resolve()), str(reference.resolve())], capture_output=True, text=True)
    print(f"  sharded: {len(names)} shards, slowest {max(times):.1f} s, all {sum(times):.1f} s, merge {merge_t:.1f} s, identical: {diff.returncode == 0}", flush=True)
    return {"shards": len(names), "slowest_s": max(times), "sum_s": sum(times), "merge_s": merge_t, "peak_mb": max(peaks + [merge_m]) / 2**20,
            "wall_one_job_per_shard_s": max(times) + merge_t, "identical": diff.returncode == 0}


def table(results: list[dict]) -> str:
    rows = ["| pages | full build | peak memory | Hugo+Pagefind | ratio | no change | one edit | identical | largest page gz | home gz | feed.xml | data.json | facets (largest of n) | first search সেবা |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        kb = lambda v: "—" if v is None else f"{v / 1024:,.0f} KB"  # noqa: E731
        rows.append(
            f"| {r['html_pages']:,} | {r['full_s']:.1f} s | {r['full_peak_mb']:,.0f} MB | {r['peer_s']:.1f} s ({r['peer_peak_mb']:,.0f} MB) "
            f"| {r['ratio']:.2f} | {r['nochange_s']:.2f} s ({r['nochange_pct']:.1f} %) | {r['edit_s']:.1f} s ({r['edit_pct']:.0f} %) "
            f"| {'yes' if r['identical_after_nochange'] and r['identical_after_edit'] else 'NO'} "
            f"| {kb(r['largest_html_gzip'])} | {kb(r['home_gzip'])} | {kb(r['feed.xml'])} | {kb(r['data.json'])} | {kb(r['facets_largest'])} of {r['facets_files']} | {kb(r.get('first_search_gz'))} |"
        )
    sharded = [r for r in results if r.get("sharded")]
    if sharded:
        rows += ["", "| pages | shards | slowest shard | all shards | merge | one job per shard (slowest + merge) | peak memory | identical |",
                 "|---|---|---|---|---|---|---|---|"]
        for r in sharded:
            s = r["sharded"]
            rows.append(f"| {r['html_pages']:,} | {s['shards']} | {s['slowest_s']:.1f} s | {s['sum_s']:.1f} s | {s['merge_s']:.1f} s "
                        f"| {s['wall_one_job_per_shard_s']:.1f} s | {s['peak_mb']:,.0f} MB | {'yes' if s['identical'] else 'NO'} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Our build against Hugo + Pagefind on a national corpus.")
    ap.add_argument("--pages", default="5000,10000", help="comma-separated page counts (default 5000,10000)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=None, help="passed to protishruti build --jobs")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    ap.add_argument("--no-shards", action="store_true", help="skip the sharded build and merge")
    ap.add_argument("--keep", type=Path, default=None, help="work in this folder and keep it (default: a temporary one)")
    ns = ap.parse_args(argv)
    if shutil.which("hugo") is None:
        print("hugo is not installed: apt-get install hugo", file=sys.stderr)
        return 2
    work = ns.keep or Path(tempfile.mkdtemp(prefix="protishruti-national-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        results = [run(int(p), ns.runs, work, ns.jobs, not ns.no_shards) for p in ns.pages.split(",")]
    finally:
        if ns.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(table(results))
    if len(results) >= 2:
        a, b = results[0], results[-1]
        print(f"\n{b['html_pages']:,} vs {a['html_pages']:,} pages: {b['full_s'] / a['full_s']:.2f}× the time")
    if ns.json:
        ns.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
