"""Reading untrusted input files safely.

At national scale the content folder holds files from thousands of offices'
webmasters, so no file is trusted to be what its name says:

* only **regular files** are read: a symbolic link (to ``/etc/passwd``,
  ``/proc/self/environ``, another office's folder) is refused, and so are
  devices (``/dev/zero``), FIFOs (which would hang the build) and sockets;
* every read is **bounded**: a file larger than its limit is refused before
  it is read, and the read itself stops at the limit, so a file that grows
  while we read it cannot exhaust memory;
* the check and the read use one file descriptor (``O_NOFOLLOW``, ``fstat``),
  so the file cannot be swapped for a link in between.

``walk`` lists a folder the same way: it never follows a link, and names
every entry that is not a plain file or folder.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Iterator

from .messages import tr


class UnsafeFile(Exception):
    """The file is not something we read; ``message`` says why and what to do."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# The messages below say what a file is and why it is refused, after its
# name: "this {message}", "evidence file 'x' {message}" (load.py, validate.py).


def link_message() -> str:
    return tr("is a symbolic link: links may point outside the content folder, so they are not followed — copy the file itself here")


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return tr("a symbolic link")
    if stat.S_ISFIFO(mode):
        return tr("a named pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return tr("a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return tr("a device")
    return tr("not a regular file")


def special(mode: int) -> str:
    """Why an entry of this mode is refused ('' for files and folders)."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return ""
    if stat.S_ISLNK(mode):
        return link_message()
    return tr("is {kind}, not a file: only ordinary files are published", kind=_kind(mode))


def mb(size: int) -> str:
    """A size in megabytes, to one decimal (in Bangla digits in Bangla)."""
    return tr("{size} MB", size=Decimal(f"{size / (1 << 20):.1f}".removesuffix(".0")))


def _open(path: Path, limit: int):
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if os.path.islink(path):
            raise UnsafeFile(link_message()) from None
        raise exc
    fh = os.fdopen(fd, "rb")
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        fh.close()
        raise UnsafeFile(special(info.st_mode))
    if info.st_size > limit:
        fh.close()
        raise UnsafeFile(tr("is {size}, over the limit of {limit}: make it smaller, or split it", size=mb(info.st_size), limit=mb(limit)))
    return fh


def copy(path: Path, target: Path, limit: int, sha256: str) -> None:
    """Copy a regular file to ``target`` (a new file), checking that it is
    still the file whose SHA-256 the pages state."""
    digest = hashlib.sha256()
    size = 0
    with _open(path, limit) as src, open(target, "xb") as dst:
        for chunk in iter(lambda: src.read(1 << 20), b""):
            size += len(chunk)
            if size > limit:
                raise UnsafeFile(tr("is over the limit of {limit}", limit=mb(limit)))
            digest.update(chunk)
            dst.write(chunk)
    if digest.hexdigest() != sha256:
        raise UnsafeFile(tr("changed while the site was being built: build again"))


def read_bytes(path: Path, limit: int, head: int | None = None) -> bytes:
    """The whole of a regular file (or its first ``head`` bytes), at most
    ``limit`` bytes; raises UnsafeFile for links, special files and files
    over the limit, and OSError for I/O errors."""
    with _open(path, limit) as fh:
        data = fh.read(limit + 1 if head is None else min(head, limit + 1))
    if len(data) > limit:  # it grew while we read it
        raise UnsafeFile(tr("is over the limit of {limit}: make it smaller, or split it", limit=mb(limit)))
    return data


@dataclass
class Entry:
    path: Path
    rel: str  # relative to the walked folder, forward slashes
    size: int


@dataclass
class Listing:
    files: list[Entry] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)  # (path, why)


def walk(folder: Path, skip_hidden: bool = True) -> Listing:
    """Every regular file under ``folder`` (sorted), never following links;
    links and special files are listed in ``refused`` with the reason."""
    listing = Listing()
    for path, rel, info in scan(folder, skip_hidden):
        why = special(info.st_mode)
        if why:
            listing.refused.append((path, why))
        else:
            listing.files.append(Entry(path, rel, info.st_size))
    return listing


def scan(folder: Path, skip_hidden: bool = True, prefix: str = "") -> Iterator[tuple[Path, str, os.stat_result]]:
    """Every entry under ``folder`` but folders (path, relative POSIX path,
    lstat), sorted by name within each folder, never following links."""
    with os.scandir(folder) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        if skip_hidden and e.name.startswith("."):
            continue
        info = e.stat(follow_symlinks=False)
        rel = prefix + e.name
        if stat.S_ISDIR(info.st_mode):
            yield from scan(Path(e.path), skip_hidden, rel + "/")
        else:
            yield Path(e.path), rel, info


def replace_atomically(target: Path, data: bytes, mode: int = 0o644) -> None:
    """Write ``target`` through a fresh temporary file beside it (never a link
    someone left there) and one rename: a reader sees the old or the new file."""
    fd, tmp = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
