"""The URL lock: ``content/urls.lock`` lists every URL the site has ever
published.  A build that would stop producing one of them fails, unless a
redirect for it is declared in ``content/redirects.yaml`` (a withdrawn record
keeps its page, so its URL stays produced).  Each successful build adds the
new URLs it published; the file is kept in git with the content.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import files
from .messages import tr
from .problems import Problems

LOCK = "urls.lock"
MAX_BYTES = 64 << 20  # 500,000 URLs of 60 characters is 30 MB
HEADER = """\
# Every URL this site has ever published, one per line.  Protishruti adds new
# ones after each successful build; keep this file in git with the content.
# A URL listed here must keep working: if its record goes, mark the record
# `withdrawn:` (its page stays, with a notice) or add a redirect for it to
# redirects.yaml.  Never delete lines from this file.
"""


def read(content: Path) -> tuple[list[tuple[int, str]], Problems]:
    """The locked URLs with their line numbers."""
    problems = Problems()
    path = content / LOCK
    if not os.path.lexists(path):
        return [], problems
    try:
        text = files.read_bytes(path, MAX_BYTES).decode("utf-8")
    except files.UnsafeFile as exc:
        problems.add(LOCK, 0, tr("this file {message}", message=exc.message))
        return [], problems
    except OSError as exc:
        problems.add(LOCK, 0, tr("cannot read this file: {reason}", reason=exc.strerror))
        return [], problems
    except UnicodeDecodeError:
        problems.add(LOCK, 0, tr("this file is not UTF-8: restore it from git (it holds only ASCII paths)"))
        return [], problems
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if not text.startswith("/") or not text.isascii() or " " in text:
            problems.add(LOCK, number, tr("'{text}' is not a site path (each line is one path starting with '/')", text=text))
            continue
        entries.append((number, text))
    return entries, problems


def check(locked: list[tuple[int, str]], produced: set[str], redirected: set[str]) -> Problems:
    problems = Problems()
    for number, url in locked:
        if url not in produced and url not in redirected:
            problems.add(
                LOCK,
                number,
                tr("{url} was published before and this build would lose it: restore its record (mark it "
                   "'withdrawn:' with a date and reason if it no longer stands), or add a redirect for it to redirects.yaml",
                   url=url),
            )
    return problems


def update(content: Path, locked: list[tuple[int, str]], produced: set[str]) -> list[str]:
    """Add newly published URLs to the lock; returns the ones added."""
    known = {url for _, url in locked}
    new = sorted(produced - known)
    if not new and (content / LOCK).exists():
        return []
    urls = sorted(known | produced)
    files.replace_atomically(content / LOCK, (HEADER + "".join(u + "\n" for u in urls)).encode("utf-8"))
    return new
