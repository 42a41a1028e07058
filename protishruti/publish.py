"""Stage 6, publish: write the whole site into a fresh folder beside the
output folder, then swap it in.  Until the swap, the previous site is served
untouched; if anything fails before it, the new folder is removed and the old
one is left byte for byte as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


class Staging:
    """``with Staging(out) as folder:`` write into ``folder``; on a clean exit
    it replaces ``out``, on an exception it vanishes."""

    def __init__(self, out: Path):
        self.out = out.resolve()
        self.folder: Path | None = None

    def __enter__(self) -> Path:
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix=f"{self.out.name}.tmp-", dir=self.out.parent))
        os.chmod(self.folder, 0o755)
        return self.folder

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.folder is not None
        if exc_type is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            return
        swap_in(self.folder, self.out)


def swap_in(new: Path, out: Path) -> None:
    """Replace ``out`` with ``new``: two renames on the same file system, so
    the window without a site is a few microseconds."""
    old: Path | None = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f"{out.name}.old-", dir=out.parent))
        old.rmdir()
        os.rename(out, old)
    try:
        os.rename(new, out)
    except OSError:
        if old is not None:
            os.rename(old, out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def write_text(folder: Path, relpath: str, text: str) -> int:
    target = folder / relpath
    target.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    target.write_bytes(data)
    return len(data)


def copy_file(folder: Path, source: Path, relpath: str) -> None:
    target = folder / relpath
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
