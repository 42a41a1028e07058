"""The commands: ``check`` (load + validate) and ``build`` (all stages).

load → validate → compute → render → publish.  Content mistakes come back as
problems (exit 1); nothing is written unless every stage succeeded.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from . import compute as compute_stage
from . import load as load_stage
from . import publish, render
from .problems import Problems
from .validate import Content, validate


@dataclass
class Result:
    problems: Problems = field(default_factory=Problems)
    pages: int = 0
    files: int = 0
    seconds: float = 0.0
    content: Content | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check(content_dir: Path) -> Result:
    started = time.perf_counter()
    raw, problems = load_stage.load(content_dir)
    content = validate(raw, problems)
    return Result(problems=problems, content=content, seconds=time.perf_counter() - started)


def build(content_dir: Path, out: Path, layouts: Path = render.DEFAULT_LAYOUTS) -> Result:
    started = time.perf_counter()
    result = check(content_dir)
    if not result.ok or result.content is None:
        result.seconds = time.perf_counter() - started
        return result
    view = compute_stage.compute(result.content)
    env = render.environment(layouts)
    page_list = render.pages(view)
    with publish.Staging(out) as folder:
        for page in page_list:
            publish.write_text(folder, page.output, render.render_page(env, view, page))
        for source, relpath in render.static_files(layouts):
            publish.copy_file(folder, source, relpath)
        for ev in view.evidence_files:
            publish.copy_file(folder, ev.source, ev.url.lstrip("/"))
        result.files = len(render.static_files(layouts)) + len(view.evidence_files)
    result.pages = len(page_list)
    result.seconds = time.perf_counter() - started
    return result
