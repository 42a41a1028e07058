"""Hostile ``--out``: a folder we did not build, a full or read-only disk, a
second build at the same time, and builds killed at any moment.  The site at
``--out`` is always complete, other people's files are never touched without
``--force``, and every failure is one line, never a traceback."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from protishruti import buildcache, manifest, publish, urllock
from protishruti.cli import main
from tests.conftest import ROOT, SITES

MINIMAL = SITES / "valid-minimal"


# --- helpers ---------------------------------------------------------------------


@pytest.fixture
def work(tmp_path: Path, monkeypatch) -> Path:
    """A folder with a copy of the minimal content, made the current folder
    so messages show short paths."""
    shutil.copytree(MINIMAL, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


def _build(*extra: str) -> int:
    # --full: every build in these tests must publish a release of its own
    return main(["build", "--content", "content", "--out", "site", "--full", *extra])


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT))


def _cli(cwd: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "protishruti", *args], cwd=cwd, capture_output=True, text=True, env=_env(), timeout=timeout)


def _one_line(err: str) -> str:
    """The one line of an error, after the content's warnings (if any: a fixture's charter grows old)."""
    assert "Traceback" not in err, err
    lines = [ln for ln in err.strip().splitlines() if ln and ": warning: " not in ln and not ln.endswith("worth a second look against the document.")]
    assert len(lines) == 1, err
    return lines[0]


def _leftovers(out: Path) -> list[str]:
    """Everything beside --out and in its releases folder that no build needs."""
    releases = publish.releases_of(out)
    keep = {publish.LOCK, buildcache.FOLDER, publish.current_release(out), publish.previous_release(out)}
    extra = [p.name for p in releases.iterdir() if p.name not in keep] if releases.exists() else []
    beside = [p.name for p in out.parent.iterdir() if p.name not in {"content", out.name, releases.name}]
    return sorted(extra + beside)


def _assert_clean(out: Path) -> None:
    # the oldest release is deleted by a process of its own (publish._remove_later): give it time
    deadline = time.monotonic() + 20
    while any(n.startswith(publish.TRASH) for n in _leftovers(out)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _leftovers(out) == []
    assert manifest.verify(out).ok
    previous = publish.previous_release(out)
    if previous is not None:  # the rollback target is a complete site too
        assert manifest.verify(publish.releases_of(out) / previous).ok


def _make_old_style(out: Path) -> None:
    """Turn a built site into the real folder that builds before releases left."""
    real = out.parent / "real-copy"
    shutil.copytree(out, real)
    out.unlink()
    shutil.rmtree(publish.releases_of(out))
    real.rename(out)


# --- what --out may be -------------------------------------------------------------


def test_a_folder_we_did_not_build_is_refused_and_left_untouched(work: Path, capsys):
    docs = work / "site"
    (docs / "letters").mkdir(parents=True)
    (docs / "letters" / "2024.txt").write_text("private")
    (docs / "index.html").write_text("<p>someone else's page")
    before = _snapshot(docs)

    assert _build() == 2
    line = _one_line(capsys.readouterr().err)
    assert line.startswith("--out site is a folder with files this tool did not write") and "--force" in line
    assert _snapshot(docs) == before
    assert sorted(p.name for p in work.iterdir()) == ["content", "site"]  # not even a releases folder


def test_refusal_in_a_real_process_has_no_traceback(work: Path):
    (work / "site").mkdir()
    (work / "site" / "notes.txt").write_text("mine")
    proc = _cli(work, "build", "--content", "content", "--out", "site", "--full")
    assert proc.returncode == 2
    _one_line(proc.stderr)
    assert (work / "site" / "notes.txt").read_text() == "mine"


def test_force_replaces_it_and_keeps_it_as_the_previous_release(work: Path, capsys):
    docs = work / "site"
    docs.mkdir()
    (docs / "notes.txt").write_text("mine")

    assert _build("--force") == 0
    out = capsys.readouterr().out
    previous = publish.previous_release(docs)
    assert f"site.releases/{previous}" in out and "rollback" in out
    assert docs.is_symlink() and manifest.verify(docs).ok
    assert (publish.releases_of(docs) / previous / "notes.txt").read_text() == "mine"

    assert main(["rollback", "--out", "site"]) == 0  # and it comes back
    assert (docs / "notes.txt").read_text() == "mine"
    assert main(["rollback", "--out", "site"]) == 1
    _one_line(capsys.readouterr().err)


def test_a_symlink_elsewhere_is_refused_and_force_replaces_only_the_link(work: Path, capsys):
    target = work / "www"
    target.mkdir()
    (target / "index.html").write_text("theirs")
    os.symlink("www", work / "site")

    assert _build() == 2
    assert "symbolic link to www" in _one_line(capsys.readouterr().err)
    assert _build("--force") == 0
    assert publish.current_release(work / "site") is not None
    assert sorted(os.listdir(target)) == ["index.html"] and (target / "index.html").read_text() == "theirs"


@pytest.mark.parametrize("where", ["home", "cwd", "parent of cwd"])
def test_home_and_the_current_folder_are_refused_even_with_force(work: Path, monkeypatch, capsys, where):
    home = work / "home"
    inner = work / "home" / "project"
    inner.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(inner)
    out = {"home": str(home), "cwd": ".", "parent of cwd": ".."}[where]
    assert main(["build", "--content", str(work / "content"), "--out", out, "--force"]) == 2
    assert "a build would replace" in _one_line(capsys.readouterr().err)
    assert sorted(p.name for p in work.iterdir()) == ["content", "home"]


@pytest.mark.parametrize("kind", ["absent", "empty", "our release", "old-style site"])
def test_what_needs_no_force(work: Path, kind):
    out = work / "site"
    if kind == "empty":
        out.mkdir()
    elif kind in ("our release", "old-style site"):
        assert _build() == 0
        if kind == "old-style site":
            _make_old_style(out)
    assert _build() == 0
    assert out.is_symlink()
    _assert_clean(out)


# --- I/O errors -------------------------------------------------------------------------


def _fill_disk_after(monkeypatch, releases: Path, writes: int, with_name: bool) -> None:
    """Make the n-th file written into a release fail as a full disk does."""
    real = Path.write_bytes
    count = {"n": 0}

    def write_bytes(self, data):
        if releases in self.parents:
            count["n"] += 1
            if count["n"] >= writes:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), *([str(self)] if with_name else []))
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)


@pytest.mark.parametrize("with_name", [False, True], ids=["write() fails", "open() fails"])
def test_full_disk_is_one_line_and_the_site_stays(work: Path, monkeypatch, capsys, with_name):
    out = work / "site"
    assert _build() == 0
    before, current = _snapshot(out), publish.current_release(out)
    capsys.readouterr()

    _fill_disk_after(monkeypatch, publish.releases_of(out).resolve(), 3, with_name)
    assert _build() == 1
    line = _one_line(capsys.readouterr().err)
    assert line.startswith("could not write site.releases/") and line.endswith(": No space left on device; site was not changed"), line
    assert publish.current_release(out) == current and _snapshot(out) == before
    assert _leftovers(out) == []  # the half-written release is gone


def _read_only(monkeypatch, folder: Path):
    """Make ``folder`` refuse new entries: chmod where that works; as root
    (CI), where it does not, the os functions that add entries raise EROFS."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return lambda: folder.chmod(0o755)
    folder = folder.resolve()

    def guard(fn, *paths_at):
        def guarded(*args, **kwargs):
            for i in paths_at:
                if Path(os.path.abspath(args[i])).parent == folder:
                    names = (str(args[0]),) if i == 0 else (str(args[0]), None, str(args[1]))  # as the real call reports them
                    raise OSError(errno.EROFS, os.strerror(errno.EROFS), *names)
            return fn(*args, **kwargs)

        return guarded

    for name, at in (("replace", (1,)), ("rename", (1,)), ("mkdir", (0,)), ("symlink", (1,))):
        monkeypatch.setattr(os, name, guard(getattr(os, name), *at))
    return lambda: None


@pytest.mark.parametrize("first", [False, True], ids=["over a release", "first build"])
def test_read_only_parent_is_one_line_and_the_site_stays(work: Path, monkeypatch, capsys, first):
    parent = work / "public"
    parent.mkdir()
    out = parent / "site"
    args = ["build", "--content", "content", "--out", "public/site", "--full"]
    if not first:
        assert main(args) == 0
        before, current = _snapshot(out), publish.current_release(out)
    capsys.readouterr()
    undo = _read_only(monkeypatch, parent)
    try:
        assert main(args) == 1
    finally:
        undo()
    line = _one_line(capsys.readouterr().err)
    reason = r"(Permission denied|Read-only file system)"
    shown = "public/site.releases" if first else "public/site"
    assert re.fullmatch(rf"could not write {shown}: {reason}; public/site was not changed", line), line
    if first:
        assert sorted(os.listdir(parent)) == []
    else:
        assert publish.current_release(out) == current and _snapshot(out) == before
        assert _leftovers(out) == []


def test_error_after_the_switch_says_the_site_was_published(work: Path, monkeypatch, capsys):
    assert _build() == 0

    def unwritable(content, locked, produced):
        raise OSError(errno.EACCES, os.strerror(errno.EACCES), str(content / "urls.lock"))

    monkeypatch.setattr(urllock, "update", unwritable)
    assert _build() == 1
    line = _one_line(capsys.readouterr().err)
    assert line == "could not write content/urls.lock: Permission denied (the new site was published in site before this happened)"


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 6 MB tmpfs, where mounting is allowed (root with CAP_SYS_ADMIN)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here (needs root); the monkeypatched full-disk test covers the same path")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_really_full_disk(small_disk: Path, tmp_path: Path):
    shutil.copytree(MINIMAL, small_disk / "content")
    proc = _cli(small_disk, "build", "--content", "content", "--out", "site", "--full")
    assert proc.returncode == 0, proc.stderr
    out = small_disk / "site"
    current = publish.current_release(out)
    free = os.statvfs(small_disk)
    filler = small_disk / "filler"
    filler.write_bytes(b"\0" * (free.f_bavail * free.f_frsize - 64 * 1024))

    proc = _cli(small_disk, "build", "--content", "content", "--out", "site", "--full")
    assert proc.returncode == 1
    line = _one_line(proc.stderr)
    assert ("No space left on device" in line and line.endswith("; site was not changed")) or "search index" in line, line
    assert publish.current_release(out) == current and manifest.verify(out).ok
    assert _leftovers(out) == ["filler"]

    filler.unlink()
    proc = _cli(small_disk, "build", "--content", "content", "--out", "site", "--full")
    assert proc.returncode == 0, proc.stderr
    _assert_clean(out)


# --- two builds at once ---------------------------------------------------------------------


def test_a_second_build_waits_for_the_first(work: Path):
    """The second build waits rather than fails: builds started by hooks or CI
    in quick succession should all land, the newest content last, and a
    killed holder releases the lock by dying."""
    out = work / "site"
    assert _build() == 0
    first = publish.current_release(out)
    fd = os.open(publish.releases_of(out) / publish.LOCK, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)  # as a running build holds it
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "protishruti", "build", "--content", "content", "--out", "site", "--full"],
            cwd=work, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(),
        )
        line = proc.stderr.readline()
        assert "Another build is publishing to site" in line and "waiting" in line
        time.sleep(0.5)
        assert proc.poll() is None and publish.current_release(out) == first and _leftovers(out) == []
    finally:
        os.close(fd)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr
    assert publish.current_release(out) != first
    _assert_clean(out)


# --- serving through the symlink -------------------------------------------------------------


def test_http_server_and_verify_through_the_symlink_across_switches(work: Path, capsys):
    from tests.search.evaluate import serve

    out = work / "site"
    assert _build() == 0
    failures: list[str] = []
    served = {"n": 0}
    stop = threading.Event()

    def fetch(base):
        while not stop.is_set():
            for path in ("/", "/manifest.json", "/offices/"):
                try:
                    with urllib.request.urlopen(base + path, timeout=5) as r:
                        body = r.read()
                        if r.status != 200 or not body:
                            failures.append(f"{path}: {r.status}")
                except Exception as exc:  # noqa: BLE001 - any failure counts
                    failures.append(f"{path}: {exc}")
                served["n"] += 1

    with serve(out) as base:
        thread = threading.Thread(target=fetch, args=(base,))
        thread.start()
        try:
            for _ in range(4):
                assert _build() == 0
        finally:
            stop.set()
            thread.join(10)
        with urllib.request.urlopen(base + "/manifest.json") as r:
            assert json.loads(r.read())["generator"] == "Protishruti"
    assert failures == [] and served["n"] > 0
    assert main(["verify", "site"]) == 0
    assert "all" in capsys.readouterr().out


# --- killed builds ------------------------------------------------------------------------

KILLER = """\
import os, signal, sys
from protishruti import cli, publish
step, when = sys.argv[1], sys.argv[2]
real = getattr(publish, step)
def wrapped(*args, **kwargs):
    if when == "before":
        os.kill(os.getpid(), signal.SIGKILL)
    result = real(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)
    return result
setattr(publish, step, wrapped)
sys.exit(cli.main(sys.argv[3:]))
"""

STEPS = [
    ("release", "tidy", "before", False),  # lock held, nothing done yet
    ("release", "switch", "before", False),  # the new release written, not switched
    ("release", "_link", "after", False),  # the new symlink made beside
    ("release", "_switch", "before", False),
    ("release", "_switch", "after", True),  # switched, older release not yet deleted
    ("release", "_remove_later", "after", True),  # the oldest release renamed aside, its deletion just started
    ("real", "_link", "after", False),  # first build over a real folder: placeholder made
    ("real", "_exchange", "before", False),
    ("real", "_exchange", "after", True),
]


@pytest.mark.parametrize(("start", "step", "when", "switched"), STEPS, ids=[f"{s[0]}-{s[2]}-{s[1]}" for s in STEPS])
def test_killed_at_each_step_of_publishing(work: Path, tmp_path_factory, start, step, when, switched):
    out = work / "site"
    assert _build() == 0
    assert _build() == 0  # two releases, so the next build has one to delete
    if start == "real":
        _make_old_style(out)
    before = publish.current_release(out)
    killer = tmp_path_factory.mktemp("killer") / "killer.py"
    killer.write_text(KILLER)
    proc = subprocess.run(
        [sys.executable, str(killer), step, when, "build", "--content", "content", "--out", "site", "--full"],
        cwd=work, capture_output=True, text=True, env=_env(), timeout=120,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert manifest.verify(out).ok  # a complete site, whatever the moment
    now = publish.current_release(out)
    assert (now != before) == switched
    if start == "real" and not switched:
        assert not out.is_symlink()

    assert _build() == 0  # the next build cleans up after the killed one
    _assert_clean(out)


def _state(out: Path) -> tuple[str | None, set[str]]:
    return publish.current_release(out), set(_leftovers(out))


def test_killed_at_random_moments(work: Path):
    """SIGKILL a real build at random moments (PROTISHRUTI_KILLS, default 10;
    PROTISHRUTI_KILL_SEED to repeat a run): after each, --out is a complete
    site, and each build removes what the killed ones before it left."""
    kills = int(os.environ.get("PROTISHRUTI_KILLS", "10"))
    seed = int(os.environ.get("PROTISHRUTI_KILL_SEED", str(time.time_ns() % 1_000_000)))
    rng = random.Random(seed)
    out = work / "site"
    argv = [sys.executable, "-m", "protishruti", "build", "--content", "content", "--out", "site", "--full"]
    # calibrate: when the new release folder appears, and when the build ends
    assert _cli(work, "build", "--content", "content", "--out", "site", "--full").returncode == 0
    releases = publish.releases_of(out)
    known = set(os.listdir(releases))
    started = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env())
    staged = None
    while proc.poll() is None:
        if staged is None and set(os.listdir(releases)) - known:
            staged = time.perf_counter() - started
        time.sleep(0.001)
    total = time.perf_counter() - started
    assert proc.returncode == 0 and staged is not None
    tally = {"before the new release was started": 0, "while writing the new release": 0, "after the switch": 0, "after the build ended": 0}

    left_before: set[str] = set()
    for i in range(kills):
        current_before = publish.current_release(out)
        # half the kills anywhere in the run, half inside the publishing part of it
        delay = rng.uniform(0, total) if i % 2 == 0 else rng.uniform(staged, total)
        proc = subprocess.Popen(argv, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_env())
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(60)
        verification = manifest.verify(out)
        assert verification.ok, f"seed {seed}, kill {i} after {delay:.3f} s: {verification}"
        current, left = _state(out)
        new = left - left_before
        if proc.returncode == 0:
            tally["after the build ended"] += 1
        elif current != current_before:
            tally["after the switch"] += 1
        elif new:
            tally["while writing the new release"] += 1
        else:
            tally["before the new release was started"] += 1
        if new or current != current_before:  # this build got past its clean-up: the older leftovers are gone
            assert not (left & left_before), f"seed {seed}, kill {i}: {sorted(left & left_before)} survived a build"
        left_before = left

    assert _cli(work, "build", "--content", "content", "--out", "site", "--full").returncode == 0
    _assert_clean(out)
    print(f"\nkill test (seed {seed}, build {total:.2f} s, release folder from {staged:.2f} s): {tally}")
