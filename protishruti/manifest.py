"""Integrity: ``/manifest.json`` and ``/SHA256SUMS`` list every output file
with its SHA-256, and ``verify`` checks a deployed copy against them, naming
every missing, extra or changed file.  ``sha256sum -c SHA256SUMS`` works too.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from .messages import tr

MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"
SELF = {MANIFEST, SUMS}


def files_in(folder: Path | str, under: str = "") -> list[str]:
    """Every file under ``folder`` (or under its subfolder ``under``),
    following links as the web server does, relative to ``folder``, sorted.
    The directory entries' own types: no stat per file (a national site has
    tens of thousands)."""
    start = os.path.join(folder, under) if under else os.fspath(folder)
    if not os.path.isdir(start):
        return []
    out: list[str] = []
    todo = [(under.rstrip("/") + "/" if under else "", start)]
    while todo:
        prefix, path = todo.pop()
        with os.scandir(path) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    todo.append((prefix + entry.name + "/", entry.path))
                elif entry.is_file():
                    out.append(prefix + entry.name)
    return sorted(out)


def _files(folder: Path) -> list[str]:
    return [r for r in files_in(folder) if r not in SELF]


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write(folder: Path, known: dict | None = None) -> dict[str, tuple[str, int]]:
    """Hash every file in ``folder`` and write the manifest and SHA256SUMS.
    ``known`` maps paths the build wrote to objects with ``sha256`` and
    ``size`` (what it wrote), which are not read back.  Returns each listed
    file's (sha256, size)."""
    known = known or {}
    entries = {}
    for rel in _files(folder):
        w = known.get(rel)
        entries[rel] = {"sha256": w.sha256, "size": w.size} if w is not None else {"sha256": sha256_file(folder / rel), "size": (folder / rel).stat().st_size}
    doc = {
        "generator": "Protishruti",
        "algorithm": "sha256",
        "note": "Every file of this site with its SHA-256. Check a copy with: protishruti verify DIR (or sha256sum -c SHA256SUMS).",
        "files": entries,
    }
    (folder / MANIFEST).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (folder / SUMS).write_text("".join(f"{e['sha256']}  {rel}\n" for rel, e in entries.items()), encoding="utf-8")
    return {rel: (e["sha256"], e["size"]) for rel, e in entries.items()}


@dataclass
class Verification:
    checked: int = 0
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return not (self.missing or self.extra or self.changed or self.error)


def verify(folder: Path) -> Verification:
    result = Verification()
    try:
        doc = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        listed: dict[str, dict] = doc["files"]
    except FileNotFoundError:
        result.error = tr("{file} is missing: this is not a complete Protishruti site", file=MANIFEST)
        return result
    except (ValueError, KeyError, TypeError):
        result.error = tr("{file} is damaged: it cannot be read", file=MANIFEST)
        return result
    if not isinstance(listed, dict) or not all(isinstance(k, str) and isinstance(e, dict) for k, e in listed.items()):
        result.error = tr("{file} is damaged: its files are not a list of paths and hashes", file=MANIFEST)
        return result
    present = set(_files(folder))
    for rel, entry in sorted(listed.items()):
        if rel not in present:
            result.missing.append(rel)
        elif sha256_file(folder / rel) != entry.get("sha256"):
            result.changed.append(rel)
        result.checked += 1
    result.extra = sorted(present - set(listed))
    return result
