"""Publishing: a failed build leaves the previous site byte for byte unchanged;
a good one becomes a new release that ``--out`` (a symlink) is switched to in
one rename; the previous release is kept for rollback, older ones and the
leftovers of killed builds are deleted, all under one lock."""

import errno
import json
import os
import shutil
import threading
from pathlib import Path

import pytest

from protishruti import commands, manifest, publish
from protishruti.publish import Staging

from .conftest import CONTENT, SITES

MINIMAL = SITES / "valid-minimal"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _siblings(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir())


def _releases(out: Path) -> list[str]:
    return sorted(p.name for p in publish.releases_of(out).iterdir() if publish.ID.fullmatch(p.name))


def _build(content: Path, out: Path) -> None:
    result = commands.build(content, out, incremental=False)
    assert result.ok, [str(p) for p in result.problems.sorted()]


@pytest.fixture
def minimal(tmp_path: Path) -> Path:
    dest = tmp_path / "content"
    shutil.copytree(MINIMAL, dest)
    return dest


def test_content_error_leaves_previous_site_untouched(content_copy: Path, tmp_path: Path):
    out = tmp_path / "site"
    assert commands.build(content_copy, out, incremental=False).ok
    before = _snapshot(out)
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    releases = _releases(out)

    report = content_copy / "offices/unnamed-office/reports/2023-24-q3.yaml"
    text = report.read_text(encoding="utf-8")
    line = text.splitlines().index("quarter: ৩") + 1
    report.write_text(text.replace("quarter: ৩", "quarter: ৫"), encoding="utf-8")
    result = commands.build(content_copy, out, incremental=False)
    assert not result.ok
    assert [str(p) for p in result.problems.sorted()] == [
        f"offices/unnamed-office/reports/2023-24-q3.yaml:{line}: 'quarter' must be at most ৪, not ৫"
    ]
    assert _snapshot(out) == before
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == mtimes
    assert _siblings(out) == ["content", "site", "site.releases"]
    assert _releases(out) == releases  # no new release, no temporary folder left behind


def test_crash_while_writing_leaves_previous_site_untouched(tmp_path: Path, monkeypatch):
    out = tmp_path / "site"
    assert commands.build(CONTENT, out, incremental=False).ok
    before = _snapshot(out)
    releases = _releases(out)

    def broken(folder, *_):
        (folder / "half-written.html").write_text("<p>half")
        raise RuntimeError("disk full, say")

    monkeypatch.setattr(manifest, "write", broken)  # the last step before the switch
    with pytest.raises(RuntimeError):
        commands.build(CONTENT, out, incremental=False)
    assert _snapshot(out) == before
    assert _siblings(out) == ["site", "site.releases"]
    assert _releases(out) == releases


def test_a_build_is_a_release_and_out_is_a_symlink_to_it(tmp_path: Path, minimal: Path):
    out = tmp_path / "site"
    _build(minimal, out)
    (first,) = _releases(out)
    assert out.is_symlink() and os.readlink(out) == f"site.releases/{first}"  # relative: the parent folder can move
    assert publish.current_release(out) == first and publish.previous_release(out) is None
    assert manifest.verify(out).ok  # the manifest walk (rglob) goes through the symlink
    assert sorted(os.listdir(publish.releases_of(out))) == [".build-cache", ".lock", first]  # the cache: what the next build may reuse

    _build(minimal, out)
    old, new = _releases(out)
    assert old == first and new > first  # ids sort by time
    assert publish.current_release(out) == new and publish.previous_release(out) == first
    assert manifest.verify(out).ok
    assert _siblings(out) == ["content", "site", "site.releases"]


def test_at_most_two_releases_are_kept(tmp_path: Path, minimal: Path):
    out = tmp_path / "site"
    seen = []
    for _ in range(4):
        _build(minimal, out)
        seen.append(publish.current_release(out))
        assert len(_releases(out)) <= 2
    assert _releases(out) == seen[-2:]


def test_building_over_an_old_style_real_folder(tmp_path: Path, minimal: Path, monkeypatch):
    """A site built before releases existed is a real folder: it is exchanged
    with the new symlink in one step and kept as the previous release."""
    out = tmp_path / "site"
    _build(minimal, out)
    shutil.copytree(out, tmp_path / "real", symlinks=True)
    out.unlink()
    shutil.rmtree(publish.releases_of(out))
    (tmp_path / "real").rename(out)
    assert out.is_dir() and not out.is_symlink() and publish.inspect(out) == "site"
    before = _snapshot(out)

    calls = []
    real_exchange = publish._exchange
    monkeypatch.setattr(publish, "_exchange", lambda a, b: (calls.append((a, b)), real_exchange(a, b)))
    _build(minimal, out)
    assert len(calls) == 1  # one renameat2(RENAME_EXCHANGE), no moment without a site
    assert out.is_symlink() and manifest.verify(out).ok
    previous = publish.previous_release(out)
    assert previous is not None and previous < publish.current_release(out)
    assert _snapshot(publish.releases_of(out) / previous) == before


def test_building_over_a_real_folder_without_renameat2(tmp_path: Path, minimal: Path, monkeypatch):
    """Where the kernel cannot exchange (not Linux, or a file system without
    it), two renames do it."""
    out = tmp_path / "site"
    out.mkdir()
    (out / "old.html").write_text("old")

    def unsupported(a, b):
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(publish, "_exchange", unsupported)
    _build(minimal, out)
    assert out.is_symlink() and manifest.verify(out).ok
    assert (publish.releases_of(out) / publish.previous_release(out) / "old.html").read_text() == "old"
    assert not [p for p in publish.releases_of(out).iterdir() if p.name.endswith(".link")]


def test_successful_build_replaces_everything(tmp_path: Path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "stale.html").write_text("old")
    assert commands.build(CONTENT, out, incremental=False).ok
    assert not (out / "stale.html").exists()
    assert (out / "index.html").is_file()
    assert _siblings(out) == ["site", "site.releases"]


def test_an_empty_folder_is_not_kept_as_a_release(tmp_path: Path, minimal: Path):
    out = tmp_path / "site"
    out.mkdir()
    _build(minimal, out)
    assert len(_releases(out)) == 1 and publish.previous_release(out) is None


def test_rollback_points_out_at_the_previous_release(tmp_path: Path, minimal: Path):
    out = tmp_path / "site"
    _build(minimal, out)
    first = publish.current_release(out)
    first_index = (out / "index.html").read_bytes()
    site_yaml = minimal / "site.yaml"
    site_yaml.write_text(site_yaml.read_text(encoding="utf-8").replace("title: ", "title: নতুন ", 1), encoding="utf-8")
    _build(minimal, out)
    second = publish.current_release(out)
    assert (out / "index.html").read_bytes() != first_index

    assert publish.rollback(out) == (second, first)
    assert publish.current_release(out) == first and (out / "index.html").read_bytes() == first_index
    assert manifest.verify(out).ok
    with pytest.raises(publish.RollbackError, match="no previous release"):
        publish.rollback(out)
    # the next build deletes the release rolled back from and keeps the one rolled back to
    _build(minimal, out)
    assert _releases(out) == [first, publish.current_release(out)]


def test_rollback_of_a_folder_that_is_not_a_release(tmp_path: Path):
    (tmp_path / "site").mkdir()
    with pytest.raises(publish.RollbackError, match="not a release"):
        publish.rollback(tmp_path / "site")


def _without_trash(releases: Path, seconds: float = 20.0) -> list[str]:
    """The releases folder once the background deletion is done (it must be, within ``seconds``)."""
    import time

    deadline = time.monotonic() + seconds
    while any(n.startswith(publish.TRASH) for n in os.listdir(releases)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return sorted(os.listdir(releases))


def test_the_oldest_release_is_deleted_in_the_background(tmp_path: Path, minimal: Path):
    out = tmp_path / "site"
    for _ in range(3):
        _build(minimal, out)
    releases = publish.releases_of(out)
    first_two = _releases(out)
    _build(minimal, out)
    names = os.listdir(releases)
    assert _releases(out) == [first_two[1], publish.current_release(out)]
    assert first_two[0] not in names  # out of the way before the build returns
    assert _without_trash(releases) == sorted([".build-cache", ".lock", *_releases(out)])
    # a deletion that was killed is finished by the next build
    stale = releases / (publish.TRASH + "20200101T000000.000000Z-00000000")
    (stale / "offices").mkdir(parents=True)
    _build(minimal, out)
    assert not stale.exists()


def test_leftovers_of_killed_builds_are_removed_by_the_next_build(tmp_path: Path, minimal: Path):
    out = tmp_path / "site"
    _build(minimal, out)
    _build(minimal, out)
    kept = _releases(out)
    releases = publish.releases_of(out)
    # what builds killed at different moments leave behind
    partial = releases / publish._new_id(releases)
    (partial / "offices").mkdir(parents=True)
    (partial / "index.html").write_text("<p>half")
    os.symlink(f"site.releases/{partial.name}", releases / f"{partial.name}.link")
    placeholder = releases / publish._new_id(releases)
    os.symlink("site.releases/x", placeholder)
    (tmp_path / "site.tmp-abcd_123").mkdir()  # staging and swap folders of builds before releases
    (tmp_path / "site.tmp-abcd_123" / "index.html").write_text("x")
    (tmp_path / "site.old-zz99yy88").mkdir()
    # not ours: left alone
    (releases / "notes.txt").write_text("mine")
    (tmp_path / "site.tmp-mine").mkdir()

    _build(minimal, out)
    assert _releases(out) == [kept[1], publish.current_release(out)]
    # the oldest release was renamed aside at once and is deleted by a process of its own
    assert _without_trash(releases) == sorted([".build-cache", ".lock", "notes.txt", *_releases(out)])
    assert _siblings(out) == ["content", "site", "site.releases", "site.tmp-mine"]


def test_a_failed_first_build_leaves_nothing_behind(tmp_path: Path, minimal: Path, monkeypatch):
    def broken(folder, *_):
        raise RuntimeError("boom")

    monkeypatch.setattr(manifest, "write", broken)
    with pytest.raises(RuntimeError):
        commands.build(minimal, tmp_path / "site", incremental=False)
    assert _siblings(tmp_path / "site") == ["content"]


def test_staging_removes_its_folder_on_error(tmp_path: Path):
    out = tmp_path / "site"
    with pytest.raises(ValueError), Staging(out) as folder:
        (folder / "x").write_text("x")
        raise ValueError
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_a_write_error_without_a_file_name_names_the_release(tmp_path: Path):
    out = tmp_path / "site"
    with pytest.raises(OSError) as caught, Staging(out) as folder:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert caught.value.filename == str(folder)
    assert not folder.exists()


def test_ids_always_increase_even_if_the_clock_goes_back(tmp_path: Path):
    releases = tmp_path / "site.releases"
    (releases / "29991231T235959.999999Z-00000000").mkdir(parents=True)
    new = publish._new_id(releases)
    assert new > "29991231T235959.999999Z-00000000" and publish.ID.fullmatch(new)


def test_what_is_at_out(tmp_path: Path, minimal: Path):
    out = tmp_path / "site"
    assert publish.inspect(out) == "absent"
    out.mkdir()
    assert publish.inspect(out) == "empty"
    (out / "manifest.json").write_text(json.dumps({"generator": "Something else"}))
    assert publish.inspect(out) == "foreign"
    (out / "manifest.json").write_text(json.dumps({"generator": "Protishruti", "files": {}}))
    assert publish.inspect(out) == "site"
    shutil.rmtree(out)
    _build(minimal, out)
    assert publish.inspect(out) == "release"
    out.unlink()
    os.symlink(tmp_path / "content", out)
    assert publish.inspect(out) == "link"
    out.unlink()
    out.write_text("x")
    assert publish.inspect(out) == "file"


def test_the_lock_is_reentrant_in_a_thread_and_exclusive_between_threads(tmp_path: Path):
    out = tmp_path / "site"
    lockfile = publish.releases_of(out) / publish.LOCK
    order: list[str] = []
    waited = threading.Event()
    with publish.Lock(out):
        with publish.Lock(out):  # a build inside the CLI's lock takes it again
            pass
        assert lockfile.exists()

        def other():
            with publish.Lock(out, on_wait=waited.set):
                order.append("other")
                order.append(f"lock file there: {lockfile.exists()}")  # it locked a new one, not the removed one

        thread = threading.Thread(target=other)
        thread.start()
        assert waited.wait(10)
        order.append("first done")
    # the first holder removes the empty releases folder on its way out; the
    # waiting thread notices its lock file is gone and locks a new one
    thread.join(10)
    assert order == ["first done", "other", "lock file there: True"]
    assert not publish.releases_of(out).exists()


def test_manifest_walk_and_copy_through_the_symlink(tmp_path: Path, minimal: Path):
    out = tmp_path / "site"
    _build(minimal, out)
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)  # copies the site, not the link
    assert not copy.is_symlink() and manifest.verify(copy).ok
