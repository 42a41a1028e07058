"""Stage 6, publish: every build is a release, switched in atomically.

``--out site`` is a symbolic link to the current release::

    site -> site.releases/20250101T120000.000000Z-1a2b3c4d
    site.releases/
      .lock                                   held (flock) for the whole build
      20250101T120000.000000Z-1a2b3c4d/       current release
      20241231T090000.000000Z-5e6f7a8b/       previous release (for rollback)

A build writes the whole site into a new ``site.releases/<id>/`` (ids sort by
time: every new id is later than every existing one), then makes a fresh
symlink to it and ``os.replace``\\ s ``site`` with it: one rename, so at every
instant ``site`` is either the old release or the new one, never missing and
never half-written.  If anything fails before that, the new folder is removed
and the old release is left byte for byte as it was.

The first build over a real folder (a site built before releases existed, or
a folder replaced with ``--force``) exchanges that folder and the new symlink
in one ``renameat2(RENAME_EXCHANGE)`` on Linux, which leaves the old folder in
``site.releases/`` as the previous release; elsewhere it takes two renames.

The current release and the one before it are kept; everything else in
``site.releases/`` that looks like ours (older releases, folders of builds that
were killed, temporary links) is deleted at the start and end of every build,
with the lock held, so no other build's folder is ever touched.  Which release
is "previous" needs no record: it is the newest one older than the current.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import fcntl
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Self

from .messages import tr

LOCK = ".lock"
_STAMP = "%Y%m%dT%H%M%S.%fZ"
ID = re.compile(r"\d{8}T\d{6}\.\d{6}Z-[0-9a-f]{8}")
LINK = re.compile(ID.pattern + r"\.link")


def absolute(out: Path | str) -> Path:
    """``out`` made absolute with its parent resolved but its last component
    kept: ``site`` itself is a symlink, and must not be followed."""
    path = Path(os.path.abspath(out))
    return path.parent.resolve() / path.name


def releases_of(out: Path | str) -> Path:
    """The folder beside ``out`` that holds its releases."""
    out = absolute(out)
    return out.parent / f"{out.name}.releases"


def _old_style(out: Path) -> re.Pattern[str]:
    """Staging and swap folders of the builds before releases (tempfile names)."""
    return re.compile(re.escape(out.name) + r"\.(?:tmp|old)-[a-z0-9_]{8}")


# --- what is at --out --------------------------------------------------------


def current_release(out: Path | str) -> str | None:
    """The id of the release ``out`` points at, or None if ``out`` is not one
    of our release symlinks (absent, a real folder, a link elsewhere)."""
    out = absolute(out)
    if not out.is_symlink():
        return None
    target = Path(os.path.realpath(out))
    if target.parent == releases_of(out).resolve() and ID.fullmatch(target.name):
        return target.name
    return None


def _release_ids(releases: Path) -> list[str]:
    try:
        with os.scandir(releases) as entries:
            return sorted(e.name for e in entries if ID.fullmatch(e.name) and e.is_dir(follow_symlinks=False))
    except FileNotFoundError:
        return []


def previous_release(out: Path | str) -> str | None:
    """The release a rollback goes back to: the newest one older than the
    current release."""
    current = current_release(out)
    if current is None:
        return None
    older = [i for i in _release_ids(releases_of(out)) if i < current]
    return older[-1] if older else None


def inspect(out: Path | str) -> str:
    """What ``--out`` is now: ``absent``, ``empty`` (a folder), ``release``
    (our symlink), ``site`` (a real folder holding a site this tool built),
    ``link`` (a symlink to anything else), ``file``, or ``foreign`` (a folder
    with files this tool did not write)."""
    out = absolute(out)
    if out.is_symlink():
        return "release" if current_release(out) else "link"
    if not out.exists():
        return "absent"
    if not out.is_dir():
        return "file"
    with os.scandir(out) as entries:
        if next(entries, None) is None:
            return "empty"
    try:
        doc = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "foreign"
    return "site" if isinstance(doc, dict) and doc.get("generator") == "Protishruti" else "foreign"


# --- the lock ----------------------------------------------------------------

_local = threading.local()  # .held: releases folder -> [fd, depth], so a build already holding the lock may take it again


def _held() -> dict[Path, list]:
    if not hasattr(_local, "held"):
        _local.held = {}
    return _local.held


def _say_waiting(out: Path) -> None:
    print(tr("Another build is publishing to {out}; waiting for it to finish (lock: {lock}) …", out=str(out), lock=str(releases_of(out) / LOCK)),
          file=sys.stderr, flush=True)


class Lock:
    """``with Lock(out):`` hold the exclusive lock on ``out``'s releases for
    the duration.  A second build waits for the first (``flock`` is released
    by the kernel when a build dies, so a killed build never leaves it held).
    Re-entrant within one thread.  If the releases folder holds nothing but
    the lock when it is released, the folder is removed again."""

    def __init__(self, out: Path | str, on_wait: Callable[[], None] | None = None):
        self.out = absolute(out)
        self.releases = releases_of(self.out)
        self.on_wait = on_wait if on_wait is not None else (lambda: _say_waiting(self.out))

    def __enter__(self) -> Self:
        held = _held().get(self.releases)
        if held is not None:
            held[1] += 1
            return self
        _held()[self.releases] = [self._acquire(), 1]
        return self

    def _acquire(self) -> int:
        path = self.releases / LOCK
        on_wait: Callable[[], None] | None = self.on_wait
        while True:
            self.releases.mkdir(parents=True, exist_ok=True)
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            except FileNotFoundError:  # the folder was removed by a build finishing just now
                continue
            try:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    if on_wait is not None:
                        on_wait()
                        on_wait = None
                    fcntl.flock(fd, fcntl.LOCK_EX)
                # the holder we waited for may have removed the lock file (and
                # folder) on its way out: then this lock protects nothing
                mine = os.fstat(fd)
                try:
                    now = os.stat(path)
                except FileNotFoundError:
                    now = None
                if now is not None and (now.st_dev, now.st_ino) == (mine.st_dev, mine.st_ino):
                    return fd
            except BaseException:
                os.close(fd)
                raise
            os.close(fd)

    def __exit__(self, *exc) -> None:
        held = _held()[self.releases]
        held[1] -= 1
        if held[1]:
            return
        del _held()[self.releases]
        try:
            if os.listdir(self.releases) == [LOCK]:
                os.unlink(self.releases / LOCK)
                os.rmdir(self.releases)
        except OSError:
            pass
        os.close(held[0])


# --- building a release --------------------------------------------------------


def _new_id(releases: Path, below: str | None = None) -> str:
    """A release id later than every existing one (even if the clock went
    back), or, with ``below``, one a microsecond before that id."""
    if below is not None:
        stamp = datetime.strptime(below[:23], _STAMP).replace(tzinfo=UTC) - timedelta(microseconds=1)
    else:
        stamp = datetime.now(UTC)
        try:
            with os.scandir(releases) as entries:
                latest = max((e.name[:23] for e in entries if ID.fullmatch(e.name)), default=None)
        except FileNotFoundError:
            latest = None
        if latest is not None and stamp.strftime(_STAMP) <= latest:
            stamp = datetime.strptime(latest, _STAMP).replace(tzinfo=UTC) + timedelta(microseconds=1)
    return f"{stamp.strftime(_STAMP)}-{secrets.token_hex(4)}"


def _remove(path: Path) -> None:
    """Delete a leftover, whatever it is; best effort."""
    try:
        if path.is_symlink() or not path.is_dir():
            path.unlink()
        else:
            shutil.rmtree(path, ignore_errors=True)
    except OSError:
        pass


TRASH = ".trash-"  # a release being deleted in the background


def _remove_later(path: Path) -> None:
    """Rename ``path`` out of the way (one rename) and delete it in a process
    of its own, so the build that published need not wait: deleting a national
    site's release (tens of thousands of files) takes seconds to tens of
    seconds on a slow disk.  What a killed deletion leaves, the next tidy removes."""
    trash = path.with_name(TRASH + path.name)
    try:
        os.rename(path, trash)
        subprocess.Popen(["rm", "-rf", "--", str(trash)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError:
        _remove(trash if trash.exists() else path)


def tidy(out: Path | str, background: bool = False) -> list[str]:
    """Delete what no build needs: every release but the current and the
    previous one, folders of builds that were killed, temporary links, and the
    ``<out>.tmp-*`` / ``<out>.old-*`` folders of builds before releases.  Call
    it only with the lock held.  Returns the names removed.  With
    ``background``, releases are renamed aside and deleted by a process of their own."""
    out = absolute(out)
    releases = releases_of(out)
    current = current_release(out)
    keep = {current, previous_release(out)} if current else set()
    removed = []
    try:
        with os.scandir(releases) as entries:
            names = [e.name for e in entries]
    except FileNotFoundError:
        names = []
    for name in names:
        if ID.fullmatch(name) and name not in keep and background:
            _remove_later(releases / name)
            removed.append(name)
        elif (ID.fullmatch(name) and name not in keep) or LINK.fullmatch(name) or name.startswith(TRASH):
            _remove(releases / name)
            removed.append(name)
    old = _old_style(out)
    with os.scandir(out.parent) as entries:
        names = [e.name for e in entries if old.fullmatch(e.name)]
    for name in names:
        _remove(out.parent / name)
        removed.append(name)
    return removed


class Staging:
    """``with Staging(out) as folder:`` write the site into ``folder`` (a new
    release); on a clean exit it becomes ``out``, on an exception it vanishes.
    The releases lock is held throughout."""

    def __init__(self, out: Path):
        self.out = absolute(out)
        self.releases = releases_of(self.out)
        self.folder: Path | None = None
        self.removed: list[str] = []  # leftovers deleted on the way in
        self._lock = Lock(self.out)

    def __enter__(self) -> Path:
        self._lock.__enter__()
        try:
            self.removed = tidy(self.out)
            self.folder = self.releases / _new_id(self.releases)
            os.mkdir(self.folder, 0o755)
            os.chmod(self.folder, 0o755)
        except BaseException:
            self._lock.__exit__(None, None, None)
            raise
        return self.folder

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.folder is not None
        try:
            if exc_type is not None:
                _remove(self.folder)
                if isinstance(exc, OSError) and exc.filename is None:
                    exc.filename = str(self.folder)  # a failed write() names no file: name the release
                return
            try:
                switch(self.folder, self.out)
            except BaseException:
                _remove(self.folder)
                raise
            try:
                tidy(self.out, background=True)  # the new site is in place: deleting the oldest release is best effort
            except OSError:
                pass
        finally:
            self._lock.__exit__(None, None, None)


# --- switching -------------------------------------------------------------------

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _renameat2():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        fn = libc.renameat2  # glibc 2.28+
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


_renameat2_fn = _renameat2()


def _exchange(a: Path, b: Path) -> None:
    """Swap two directory entries atomically (Linux ``RENAME_EXCHANGE``)."""
    if _renameat2_fn is None:
        raise OSError(errno.ENOSYS, "renameat2 is not available", str(a))
    if _renameat2_fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(a), None, str(b))


def _link(text: str, at: Path) -> None:
    os.symlink(text, at)


def _switch(link: Path, out: Path) -> None:
    """The one rename that publishes: ``out`` becomes ``link``."""
    os.replace(link, out)


def switch(release: Path, out: Path | str) -> None:
    """Make ``out`` point at ``release`` (a folder in ``out``'s releases
    folder).  Whatever was at ``out`` stays reachable until this returns, and
    a real folder found there is kept as the previous release."""
    out = absolute(out)
    releases = releases_of(out)
    text = f"{out.name}.releases/{release.name}"  # relative: survives moving the parent folder
    if os.path.lexists(out) and not out.is_symlink():
        _switch_real_folder(release, out, releases, text)
        return
    link = releases / f"{release.name}.link"
    _link(text, link)
    try:
        _switch(link, out)
    except BaseException:
        _remove(link)
        raise


def _switch_real_folder(release: Path, out: Path, releases: Path, text: str) -> None:
    old = releases / _new_id(releases, below=release.name)  # sorts just before the new release: "previous"
    _link(text, old)  # after the exchange this entry holds the old folder, and out the link
    try:
        _exchange(old, out)
    except OSError as exc:
        _remove(old)
        if exc.errno not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
        _two_renames(release, out, old, text)
    try:
        os.rmdir(old)  # an empty folder is not worth keeping as a release
    except OSError:
        pass


def _two_renames(release: Path, out: Path, old: Path, text: str) -> None:
    """Where the kernel cannot exchange: for the moment between the renames
    there is no ``out``."""
    link = old.parent / f"{release.name}.link"
    _link(text, link)
    try:
        os.rename(out, old)
        try:
            _switch(link, out)
        except BaseException:
            os.rename(old, out)
            raise
    except BaseException:
        _remove(link)
        raise


class RollbackError(Exception):
    pass


def rollback(out: Path | str) -> tuple[str, str]:
    """Point ``out`` back at the previous release.  Returns (the release left,
    the release now served).  The release left is deleted by the next build."""
    shown, out = out, absolute(out)
    with Lock(out):
        current = current_release(out)
        if current is None:
            raise RollbackError(tr("{out} is not a release this tool published, so there is nothing to roll back to", out=str(shown)))
        previous = previous_release(out)
        if previous is None:
            raise RollbackError(tr("{out} has no previous release to roll back to (only the current one, {current}, is kept)",
                                  out=str(shown), current=current))
        switch(releases_of(out) / previous, out)
        return current, previous


# --- writing files -----------------------------------------------------------------


def write_text(folder: Path, relpath: str, text: str) -> int:
    target = folder / relpath
    target.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    try:
        target.write_bytes(data)
    except OSError as exc:
        if exc.filename is None:
            exc.filename = str(target)
        raise
    return len(data)


def copy_file(folder: Path, source: Path, relpath: str) -> None:
    target = folder / relpath
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
