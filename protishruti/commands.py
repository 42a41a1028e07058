"""The commands: ``check`` (everything but writing), ``build`` (all stages)
and ``verify`` (a deployed copy against its manifest).

load → validate → compute → (URL lock, output plan) → render → publish.  Content mistakes
come back as problems (exit 1); nothing is written unless every stage
succeeded, and the URL lock is updated only after the new site is in place.
"""

from __future__ import annotations

import difflib
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import compute as compute_stage
from . import files, index, manifest, outputs, publish, render, urllock
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
    plan: outputs.Plan | None = None  # every file the build writes, checked for collisions

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


def check(content_dir: Path, layouts: Path = render.DEFAULT_LAYOUTS) -> Result:
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
    result.plan = outputs.plan(view, result.page_list, _redirect_list(content), _redirect_lines(content), layouts)
    problems.extend(result.plan.problems)
    result.seconds = time.perf_counter() - started
    return result


def _redirect_list(content: Content) -> list:
    return list(content.redirects.model.redirects) if content.redirects else []


def _redirect_lines(content: Content) -> dict[str, tuple[str, int]]:
    """Each redirect's from-URL, and where redirects.yaml gives it."""
    if content.redirects is None:
        return {}
    src = content.redirects.source
    return {r.from_: (src.path, line_of(src.data, ("redirects", i, "from"))) for i, r in enumerate(content.redirects.model.redirects)}


def build(content_dir: Path, out: Path, layouts: Path = render.DEFAULT_LAYOUTS) -> Result:
    started = time.perf_counter()
    result = check(content_dir, layouts)
    if not result.ok or result.view is None or result.plan is None:
        result.seconds = time.perf_counter() - started
        return result
    env = render.environment(layouts)
    with publish.Staging(out) as folder:
        folder = Path(os.path.abspath(folder))
        made: set[Path] = set()
        for item in result.plan:
            _write(folder, item, env, made)
        index.build_index(folder)
        result.indexed = index.write_facets(folder, result.page_list)
        result.files = manifest.write(folder) - len(result.page_list)
    result.new_urls = urllock.update(content_dir, result.locked, result.produced)
    result.pages = len(result.page_list)
    result.seconds = time.perf_counter() - started
    return result


def _write(folder: Path, item: outputs.Output, env, made: set[Path]) -> None:
    """Write one planned output.  The plan allows only normalised relative
    paths; normalising the target once more keeps a bug from ever writing
    outside the staging folder (which this build created, so it holds no
    links: a lexical check is exact, and costs no system call per file)."""
    target = Path(os.path.normpath(os.path.join(folder, item.path)))  # the staging folder is new: no links inside
    if not str(target).startswith(str(folder) + os.sep):
        raise AssertionError(f"refusing to write outside the site: {item.path}")
    try:
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        if item.make is not None:
            target.write_bytes(item.make(env).encode("utf-8"))
        elif item.evidence is not None:
            ev = item.evidence
            assert ev.view is not None and ev.view.sha256 and ev.view.size is not None
            files.copy(ev.source, target, ev.view.size, ev.view.sha256)
        elif item.source is not None:
            shutil.copyfile(item.source, target)
    except OSError as exc:
        if exc.filename is None:  # a failed write() names no file: name the one being written
            exc.filename = str(target)
        raise


def verify(folder: Path) -> manifest.Verification:
    return manifest.verify(folder)
