"""Stage 1, load: find the record files in the content folder and parse them.

The content folder::

    site.yaml
    pages/<name>.md                     free pages (YAML front matter + Markdown)
    offices/<slug>/office.yaml          one folder per office
    offices/<slug>/<folder>/*.yaml      records, one folder per record type
                                        (charters/, action-plans/, reports/, …:
                                        see protishruti/records/)
    offices/<slug>/evidence/...         evidence files (any other folder works too)

Nothing here judges the content beyond "is it readable YAML in the right
place"; the validate stage does the rest.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import files, limits
from .messages import tr
from .problems import Problems
from .records import REGISTRY
from .yamlsource import LineDict, LineList, YamlSyntaxError, parse

RECORD_FOLDERS = {t.folder: t.kind for t in REGISTRY}
# used with fullmatch: '$' would also match before a trailing newline ("mopa\n")
SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
ASCII_PATH = re.compile(r"[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*")


@dataclass
class Source:
    """One parsed record file."""

    path: str  # relative to the content folder, forward slashes
    data: Any  # LineDict (or whatever the YAML held, for validate to reject)
    body: str = ""  # Markdown body, for pages
    body_line: int = 0  # line where the body starts


@dataclass
class OfficeFolder:
    slug: str
    folder: Path
    path: str  # "offices/<slug>"
    office: Source | None = None
    records: dict[str, list[Source]] = field(default_factory=lambda: {k: [] for k in RECORD_FOLDERS.values()})
    unreadable: set[str] = field(default_factory=set)  # kinds with a file that could not be read or parsed
    files: dict[str, int] = field(default_factory=dict)  # every other regular file (relative to the office folder) and its size
    refused: dict[str, str] = field(default_factory=dict)  # links and special files (relative to the office folder), and why


@dataclass
class RawContent:
    root: Path
    site: Source | None = None
    offices: dict[str, OfficeFolder] = field(default_factory=dict)
    pages: dict[str, Source] = field(default_factory=dict)
    redirects: Source | None = None
    glossary: Source | None = None


def _rel(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def _read(root: Path, path: Path, problems: Problems, limit: int = limits.MAX_RECORD_BYTES) -> str | None:
    raw = _read_bytes(root, path, problems, limit)
    return None if raw is None else _decode(root, path, raw, problems)


def _read_bytes(root: Path, path: Path, problems: Problems, limit: int = limits.MAX_RECORD_BYTES) -> bytes | None:
    try:
        return files.read_bytes(path, limit)
    except files.UnsafeFile as exc:
        problems.add(_rel(root, path), 0, tr("this file {problem}", problem=exc.message))
        return None
    except OSError as exc:
        problems.add(_rel(root, path), 0, tr("cannot read this file: {reason}", reason=exc.strerror))
        return None


def _decode(root: Path, path: Path, raw: bytes, problems: Problems) -> str | None:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a BOM from Windows editors is harmless
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.add(
            _rel(root, path), line, tr("this file is not UTF-8: save it as UTF-8 (in Notepad: Save As → Encoding: UTF-8)")
        )
        return None
    # Windows (CRLF) and old Mac (CR) line ends both become "\n" (YAML reads a lone CR as a line break)
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _parse(rel: str, text: str, problems: Problems, first_line: int = 1, text_key: str | None = None) -> tuple[bool, Any]:
    """YAML text → data, within the limits on its shape (depth, nodes,
    aliases) checked before anything is built, and on every string in it.
    ``text_key``, if given, names the text in the cache (else its hash does)."""
    cache = _PARSE_CACHE
    if cache is not None:
        text_key = text_key or hashlib.sha256(f"{first_line}\n{text}".encode("utf-8", "surrogatepass")).hexdigest()
        data = cache.get_parsed(text_key)
        if data is not None:  # this text loaded without problems before: the same checks would pass again
            return True, data
    shape = limits.yaml_shape(text)
    if shape:
        problems.add(rel, shape[0] + first_line - 1, shape[1])
        return False, None
    try:
        data = parse(text, first_line=first_line)
    except YamlSyntaxError as exc:
        problems.add(rel, exc.line, exc.message)
        return False, None
    found = len(problems)
    _check_text(rel, data, 1, problems)
    ok = len(problems) == found
    if ok and cache is not None and data is not None:
        cache.put_parsed(text_key, data)
    return ok, data


def _check_text(rel: str, node: Any, line: int, problems: Problems) -> None:
    """Every string in a record — values and field names — within the text
    limits: no control characters or lone surrogates, a bounded length, and
    Markdown that renders in bounded time (every text is checked as Markdown:
    the rules only refuse what no document contains)."""
    if isinstance(node, str):
        found = limits.text_problem_at(node, markdown=True)
        if found:
            problems.add(rel, line + found[0] - 1, found[1])
    elif isinstance(node, LineDict):
        for key, value in node.items():
            if isinstance(key, str) and (bad := limits.text_problem(key, markdown=False)):
                problems.add(rel, node.key_lines[key], tr("the field name {problem}", problem=bad))
            else:
                _check_text(rel, value, node.value_lines[key], problems)
    elif isinstance(node, LineList):
        for value, item_line in zip(node, node.item_lines):
            _check_text(rel, value, item_line, problems)


def load_yaml(root: Path, path: Path, problems: Problems) -> Source | None:
    raw = _read_bytes(root, path, problems)
    if raw is None:
        return None
    rel = _rel(root, path)
    raw_key = None
    if _PARSE_CACHE is not None:
        # a file's bytes name its parsed YAML in the cache: an unchanged file is
        # neither decoded nor normalised again (NFC of every record was a quarter
        # of loading 10,000 unchanged records)
        raw_key = "file:" + hashlib.sha256(raw).hexdigest()
        data = _PARSE_CACHE.get_parsed(raw_key)
        if data is not None:
            return Source(rel, data)
    text = _decode(root, path, raw, problems)
    if text is None:
        return None
    ok, data = _parse(rel, text, problems, text_key=raw_key)
    return Source(rel, data) if ok else None


def load_markdown(root: Path, path: Path, problems: Problems) -> Source | None:
    """A Markdown file with YAML front matter between two '---' lines."""
    text = _read(root, path, problems, limits.MAX_PAGE_BYTES)
    if text is None:
        return None
    rel = _rel(root, path)
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        problems.add(rel, 1, tr("a page starts with '---', its fields (at least 'title:'), and another '---'"))
        return None
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        problems.add(rel, 1, tr("the front matter opened on line 1 is never closed: add a line '---' after the fields"))
        return None
    ok, data = _parse(rel, "\n".join(lines[1:end]), problems, first_line=2)
    body = "\n".join(lines[end + 1 :])
    found = limits.text_problem_at(body, markdown=True, limit=limits.MAX_MARKDOWN_CHARS)
    if found:
        problems.add(rel, end + 1 + found[0], found[1])
        return None
    return Source(rel, data, body=body, body_line=end + 2) if ok else None


def _unexpected(problems: Problems, rel: str, name: str, expected: list[str], what: str) -> None:
    """``what``: "entry" (in the content folder), "file" (in an office folder) or "folder" (in an office folder)."""
    close = difflib.get_close_matches(name, expected, n=1, cutoff=0.6)
    if close:
        message = {
            "entry": lambda: tr("unexpected entry '{name}' — did you mean '{close}'?", name=name, close=close[0]),
            "file": lambda: tr("unexpected file '{name}' — did you mean '{close}'?", name=name, close=close[0]),
            "folder": lambda: tr("unexpected folder '{name}' — did you mean '{close}'?", name=name, close=close[0]),
        }[what]()
    else:
        expected_list = ", ".join(expected)
        message = {
            "entry": lambda: tr("unexpected entry '{name}' (expected: {expected})", name=name, expected=expected_list),
            "file": lambda: tr("unexpected file '{name}' (expected: {expected})", name=name, expected=expected_list),
            "folder": lambda: tr("unexpected folder '{name}' (expected: {expected})", name=name, expected=expected_list),
        }[what]()
    problems.add(rel, 0, message)


# The incremental build's cache of parsed YAML (protishruti/buildcache.py), while load() runs.
_PARSE_CACHE: Any = None


def load(root: Path, cache: Any = None) -> tuple[RawContent, Problems]:
    """Read every record under ``root``.  Returns what could be read and the
    problems met on the way (unreadable files, YAML syntax errors, files in
    the wrong place).  ``cache`` (a buildcache.Cache) gives the parsed YAML
    of texts that loaded without problems before."""
    global _PARSE_CACHE
    _PARSE_CACHE = cache
    try:
        return _load(root)
    finally:
        _PARSE_CACHE = None


def _load(root: Path) -> tuple[RawContent, Problems]:
    problems = Problems()
    content = RawContent(root)

    site = root / "site.yaml"
    if os.path.lexists(site):
        content.site = load_yaml(root, site, problems)
    else:
        problems.add("site.yaml", 0, tr("missing: every site needs a site.yaml with at least 'title:' and 'base_url:'"))

    redirects = root / "redirects.yaml"
    if os.path.lexists(redirects):
        content.redirects = load_yaml(root, redirects, problems)

    glossary = root / "glossary.yaml"
    if os.path.lexists(glossary):
        content.glossary = load_yaml(root, glossary, problems)

    pages = root / "pages"
    if _is_folder(root, pages, problems):
        listing = files.walk(pages)
        for path, why in listing.refused:
            problems.add(_rel(root, path), 0, tr("this {problem}", problem=why))
        for item in listing.files:
            if "/" in item.rel:
                continue
            path, rel = item.path, _rel(root, item.path)
            if path.suffix != ".md":
                problems.add(rel, 0, tr("only Markdown pages (.md) belong in pages/: move or rename this file"))
                continue
            if not SLUG.fullmatch(path.stem):
                problems.add(rel, 0, tr("page file names become URLs: use lowercase ASCII letters, digits and hyphens, e.g. about.md"))
                continue
            source = load_markdown(root, path, problems)
            if source:
                content.pages[path.stem] = source

    offices = root / "offices"
    if _is_folder(root, offices, problems):
        for folder in sorted(offices.iterdir()):
            if folder.name.startswith("."):
                continue
            rel = _rel(root, folder)
            why = files.special(folder.lstat().st_mode)
            if why:
                problems.add(rel, 0, tr("this {problem}", problem=why))
                continue
            if not folder.is_dir():
                problems.add(rel, 0, tr("offices/ holds one folder per office: move this file into an office folder"))
                continue
            if not SLUG.fullmatch(folder.name):
                problems.add(
                    rel, 0, tr("office folder names become URLs: use lowercase ASCII letters, digits and hyphens, e.g. mopa or dhaka-dc-office")
                )
                continue
            content.offices[folder.name] = _load_office(root, folder, problems)
    elif not problems and not os.path.lexists(offices):
        problems.add("offices", 0, tr("missing: create offices/<slug>/office.yaml for at least one office"))

    for path in sorted(root.iterdir()):
        if path.name.startswith(".") or path.name in ("site.yaml", "pages", "offices", "urls.lock", "redirects.yaml", "glossary.yaml"):
            continue
        if path.suffix in (".yaml", ".yml", ".md") or path.is_dir():
            _unexpected(problems, _rel(root, path), path.name, ["site.yaml", "redirects.yaml", "glossary.yaml", "pages", "offices"], "entry")
    return content, problems


def _load_office(root: Path, folder: Path, problems: Problems) -> OfficeFolder:
    entry = OfficeFolder(folder.name, folder, _rel(root, folder))
    office = folder / "office.yaml"
    if os.path.lexists(office):
        entry.office = load_yaml(root, office, problems)
    else:
        problems.add(_rel(root, office), 0, tr("missing: every office folder needs an office.yaml with at least 'name:'"))
    listing = files.walk(folder)
    for path, why in listing.refused:
        problems.add(_rel(root, path), 0, tr("this {problem}", problem=why))
        entry.refused[path.relative_to(folder).as_posix()] = why
    for item in listing.files:
        path = item.path
        parts = tuple(item.rel.split("/"))
        rel = _rel(root, path)
        if len(parts) == 1:
            if path.name == "office.yaml":
                continue
            if path.suffix in (".yaml", ".yml", ".md"):
                _unexpected(problems, rel, path.name, ["office.yaml"], "file")
                continue
        elif parts[0] in RECORD_FOLDERS and len(parts) == 2 and path.suffix in (".yaml", ".yml"):
            source = load_yaml(root, path, problems)
            if source:
                entry.records[RECORD_FOLDERS[parts[0]]].append(source)
            else:
                entry.unreadable.add(RECORD_FOLDERS[parts[0]])
            continue
        elif parts[0] in RECORD_FOLDERS:
            problems.add(rel, 0, tr("only .yaml record files belong in {folder}/: move evidence files to evidence/", folder=parts[0]))
            continue
        elif path.suffix in (".yaml", ".yml"):
            _unexpected(problems, _rel(root, folder / parts[0]), parts[0], list(RECORD_FOLDERS), "folder")
            continue
        entry.files[item.rel] = item.size
    return entry


def _is_folder(root: Path, path: Path, problems: Problems) -> bool:
    """``path`` is a real folder (a link to one is refused: it could lead out
    of the content folder)."""
    if not os.path.lexists(path):
        return False
    why = files.special(path.lstat().st_mode)
    if why:
        problems.add(_rel(root, path), 0, tr("this {problem}", problem=why))
        return False
    return path.is_dir()
