"""Stage 5, write: the planned outputs into the new release, in parallel.

Rendering a page is a pure function of the computed site, so outputs are
written by a pool of worker processes forked from the build once the plan is
made: each worker inherits the site view (copy-on-write; ``gc.freeze`` keeps
the collector from touching, and so copying, the inherited objects), renders
its share of the outputs, writes them and hands back each file's SHA-256 and
size for the manifest, so no file is read back to be hashed.  The result does
not depend on the number of workers or their order: the same content gives the
same bytes with ``--jobs 1`` and ``--jobs 3`` (tests/test_incremental.py).

The build ends the pool (``Writer.close``) once the HTML pages are written:
each worker by then holds its own copy of much of the site (about 500 MB at
10,000 pages), and Pagefind, which indexes next, needs memory of its own.  The
other outputs (twins, feeds, CSV) are written in the build's process while
Pagefind runs.  Small sites are written in the build's own process (a pool
costs more than it saves below a few hundred files).  Outputs the incremental cache
(protishruti/buildcache.py) already holds are hard-linked from the previous
release instead of rendered.
"""

from __future__ import annotations

import ctypes
import gc
import hashlib
import multiprocessing
import os
import shutil
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from . import files, render
from .outputs import Output

# Below this many outputs to render, a pool is not worth starting.
POOL_THRESHOLD = 400
CHUNK = 48
# Workers are replaced, forked afresh from the build, after every GENERATION
# outputs.  What a worker renders from is shared with the build until it
# touches it: reading an object writes its reference count, and the page
# holding it is copied.  Through a whole national build each worker came to
# copy most of the model (490 MB each at 10,000 pages, the build's peak of
# memory); a new worker starts from nothing copied.  (Pool's own
# maxtasksperchild hung the build: it forks from a thread of the pool.)
GENERATION = 2000


@dataclass(frozen=True)
class Written:
    """What the manifest needs of a written file."""

    sha256: str
    size: int


def default_jobs() -> int:
    """Worker processes: the CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _target(folder: Path | str, rel: str) -> str:
    """The file an output is written to.  The plan allows only normalised
    relative paths; normalising the target once more keeps a bug from ever
    writing outside the staging folder (which this build created, so it holds
    no links: a lexical check is exact, and costs no system call per file).
    Plain strings, not Paths: a build links or writes tens of thousands of
    files, and pathlib's parsing was a third of linking them."""
    base = os.fspath(folder)
    target = os.path.normpath(os.path.join(base, rel))
    if not target.startswith(base + os.sep):
        raise AssertionError(f"refusing to write outside the site: {rel}")
    return target


def _folder_for(target: str, made: set[str]) -> None:
    parent = os.path.dirname(target)
    if parent not in made:
        os.makedirs(parent, exist_ok=True)
        made.add(parent)


def write_one(folder: Path, item: Output, env, made: set[str]) -> Written:
    target = _target(folder, item.path)
    try:
        _folder_for(target, made)
        if item.make is not None:
            data = item.make(env).encode("utf-8")
            Path(target).write_bytes(data)
            return Written(hashlib.sha256(data).hexdigest(), len(data))
        if item.evidence is not None:
            ev = item.evidence
            assert ev.view is not None and ev.view.sha256 and ev.view.size is not None
            files.copy(ev.source, Path(target), ev.view.size, ev.view.sha256)
            return Written(ev.view.sha256, ev.view.size)
        assert item.source is not None
        data = item.source.read_bytes()
        Path(target).write_bytes(data)
        return Written(hashlib.sha256(data).hexdigest(), len(data))
    except OSError as exc:
        if exc.filename is None:  # a failed write() names no file: name the one being written
            exc.filename = target
        raise


# ---------------------------------------------------------------- the pool
# A forked worker finds its job here: set before the pool starts, inherited.

_JOB: dict = {}


def _die_with_parent() -> None:
    """Workers end when the build does, even if it is killed (Linux)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass
    if os.getppid() != _JOB.get("parent"):
        os._exit(1)  # the parent died before prctl took effect
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    gc.enable()  # for what rendering makes; the inherited objects are frozen, never scanned


def _work(indices: list[int]) -> list[tuple[int, Written]]:
    job = _JOB
    if job.get("env") is None:
        job["env"] = render.environment(job["layouts"])
    env, items, folder, made = job["env"], job["items"], job["folder"], job.setdefault("made", set())
    return [(i, write_one(folder, items[i], env, made)) for i in indices]


class Writer:
    """``with Writer(folder, items, layouts, jobs) as w: w.write(indices)``:
    renders and writes ``items[i]`` for the given indices, in a pool of
    ``jobs`` worker processes (or here, for few outputs or ``jobs=1``)."""

    def __init__(self, folder: Path, items: list[Output], layouts: Path, jobs: int | None = None, rendered: int | None = None):
        self.folder, self.items, self.layouts = folder, items, layouts
        jobs = default_jobs() if jobs is None else max(1, jobs)
        work = len(items) if rendered is None else rendered
        self.jobs = jobs if work >= POOL_THRESHOLD and "fork" in multiprocessing.get_all_start_methods() else 1
        self.pool = None
        self.env = None
        self.made: set[str] = set()

    def __enter__(self) -> "Writer":
        if self.jobs > 1:
            _JOB.clear()
            # every template compiled here, once: the workers share it, and this process
            # writes with it once they end
            self.env = render.environment(self.layouts, compiled=True)
            _JOB.update(items=self.items, folder=self.folder, layouts=self.layouts, parent=os.getpid(), env=self.env)
            gc.freeze()  # what the workers inherit stays shared: the collector never writes to it
            self.pool = self._pool()
        return self

    def _pool(self):
        return multiprocessing.get_context("fork").Pool(self.jobs, initializer=_die_with_parent)

    def __exit__(self, exc_type, *rest) -> None:
        self.close(exc_type is None)

    def close(self, done: bool = True) -> None:
        """End the workers (each holds its copy of what it rendered from:
        hundreds of MB at national scale), when nothing is left to write."""
        if self.pool is not None:
            if done:
                self.pool.close()
            else:
                self.pool.terminate()
            self.pool.join()
            self.pool = None
            gc.unfreeze()
            _JOB.clear()

    def write(self, indices: Iterable[int]) -> Iterator[tuple[int, Written]]:
        indices = list(indices)
        if self.pool is None:
            if self.env is None:
                self.env = render.environment(self.layouts)
            for i in indices:
                yield i, write_one(self.folder, self.items[i], self.env, self.made)
            return
        for start in range(0, len(indices), GENERATION):
            if start:  # the next generation of workers
                self.pool.close()
                self.pool.join()
                self.pool = self._pool()
            part = indices[start:start + GENERATION]
            chunks = [part[k:k + CHUNK] for k in range(0, len(part), CHUNK)]
            for batch in self.pool.imap_unordered(_work, chunks):
                yield from batch


def link_or_copy(source: Path | str, folder: Path | str, rel: str, made: set[str]) -> None:
    """Reuse an unchanged output of the previous release as ``rel`` in
    ``folder``: a hard link (no bytes copied), or a copy where links are not
    possible."""
    target = _target(folder, rel)
    _folder_for(target, made)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
