"""Stage 2, validate: turn parsed records into checked models, or say exactly
what is wrong, every problem at once, each at ``path:line``.

Two passes: each record against its schema (schema.py, via pydantic), then the
rules that span records (weights, ids, references, evidence files).
"""

from __future__ import annotations

import difflib
import functools
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Iterator, TypeVar

from pydantic import BaseModel, ValidationError

from . import bangla, evidence, files, limits, schema, suggest
from .load import ASCII_PATH, RawContent, Source
from .messages import count, tr
from .records import REGISTRY
from .problems import Problems
from .yamlsource import LineDict, line_of

M = TypeVar("M", bound=BaseModel)


@dataclass
class Loaded(Generic[M]):
    model: M
    source: Source


@dataclass
class OfficeContent:
    slug: str
    folder: Path
    office: Loaded[schema.Office]
    records: dict[str, dict[Any, Loaded]] = field(default_factory=dict)  # kind → key → record
    broken: set[str] = field(default_factory=set)  # kinds with a record that could not be read or checked


@dataclass
class Content:
    root: Path
    site: schema.Site
    offices: dict[str, OfficeContent]
    pages: dict[str, Loaded[schema.Page]]
    redirects: Loaded[schema.Redirects] | None = None
    glossary: Loaded[schema.Glossary] | None = None


# ---------------------------------------------------------------- schema pass


def _unwrap(annotation: Any) -> type[BaseModel] | None:
    """The model class inside list[...], X | None, Annotated[...]."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _unwrap(arg)
            if found:
                return found
        return None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return None


def _model_at(cls: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    for part in loc:
        if isinstance(part, int):
            continue
        info = cls.model_fields.get(part) if cls else None
        if info is None:
            return None
        nxt = _unwrap(info.annotation)
        if nxt is None:
            return None
        cls = nxt
    return cls


def _describe(value: Any) -> str:
    if isinstance(value, LineDict) or isinstance(value, dict):
        return tr("a block of fields")
    if isinstance(value, list):
        return tr("a list")
    return f"'{value}'"


_PATTERN_HINTS = {  # first match wins; each gives its hint in the reader's language
    schema.SITE_PATH: lambda: tr(
        "write a path of this site such as /offices/mopa/ (ASCII letters, digits, '.', '_', '~' and '-' "
        "between single '/'), or a web address of URL-safe characters (%-encode spaces, quotes, ';' and '$')"
    ),
    "slug": lambda: tr("use lowercase ASCII letters, digits and hyphens, e.g. mopa"),
    "@": lambda: tr("this is not an e-mail address (name@example.gov.bd)"),
    "https?": lambda: tr("write a full web address starting with https:// or http://"),
}


def _field_names(cls: type[BaseModel], seen: set[type] | None = None) -> set[str]:
    """Every field name used anywhere inside records of ``cls``."""
    seen = seen if seen is not None else set()
    if cls in seen:
        return set()
    seen.add(cls)
    out: set[str] = set()
    for n, f in cls.model_fields.items():
        out.add(f.alias or n)
        for arg in _models_in(f.annotation):
            out |= _field_names(arg, seen)
    return out


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _models_in(arg)]


@functools.cache
def _fields_by_type() -> tuple[tuple[str, frozenset[str]], ...]:
    """(where, field names) for each record type, e.g. ("সভার কার্যবিবরণী (minutes/)", {...})."""
    return tuple((f"{t.label} ({t.folder}/)", frozenset(_field_names(t.model))) for t in REGISTRY)


def _label(cls: type[BaseModel]) -> str:
    t = next((t for t in REGISTRY if t.model is cls), None)
    return f"{t.label} ({t.folder}/)" if t else tr("this record")


def _message(err: dict, cls: type[BaseModel]) -> str:
    loc, kind = err["loc"], err["type"]
    name = next((p for p in reversed(loc) if isinstance(p, str)), "")
    if name == "[key]":
        # a mapping's key (monitoring: deadlines: <fiscal year>: <quarter>):
        # name the mapping by its path, not pydantic's "[key]"
        name = ".".join(str(p) for p in loc[:-2])
    value = err.get("input")
    if kind == "missing":
        return tr("'{name}' is missing: add it (see docs/content.md)", name=name)
    if kind == "extra_forbidden":
        owner = _model_at(cls, loc[:-1])
        allowed = sorted(f.alias or n for n, f in owner.model_fields.items()) if owner else []
        close = suggest.field_name(name, allowed)
        if close:
            return tr("unknown field '{name}' — did you mean '{close}'?", name=name, close=close)
        elsewhere = [label for label, fields in _fields_by_type() if name in fields and label != _label(cls)]
        if elsewhere:
            return count(
                len(elsewhere),
                "unknown field '{name}': {places} has it, {here} does not — move it to the right record, or use one of: {allowed}",
                "unknown field '{name}': {places} have it, {here} does not — move it to the right record, or use one of: {allowed}",
                name=name, places=schema.and_list(elsewhere), here=_label(cls), allowed=", ".join(allowed),
            )
        return tr("unknown field '{name}': remove it, or use one of: {allowed}", name=name, allowed=", ".join(allowed))
    if kind == "literal_error":
        expected = re.findall(r"'([^']*)'", err.get("ctx", {}).get("expected", ""))
        close = suggest.same_word(str(value), expected)
        if close:
            return tr("'{name}' cannot be '{value}' — did you mean '{close}'? Use one of: {choices}",
                      name=name, value=value, close=close, choices=", ".join(expected))
        return tr("'{name}' cannot be '{value}': use one of: {choices}", name=name, value=value, choices=", ".join(expected))
    if kind == "value_error":
        msg = err["msg"].removeprefix("Value error, ")
        return tr("'{name}': {problem}", name=name, problem=msg) if name and not msg.startswith(f"'{name}'") else msg
    if kind == "shape":  # an as-written field that is neither text nor its block (schema.as_written)
        words = schema.SHAPES[err["msg"]]() if err["msg"] in schema.SHAPES else err["msg"]
        return tr("'{name}': {problem}", name=name, problem=words) if name else words
    if kind in ("string_type",):
        return tr("'{name}' should be text, not {what}: write it on the same line after '{name}:'", name=name, what=_describe(value))
    if kind == "list_type":
        return tr("'{name}' should be a list, one item per line starting with '- '", name=name)
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        if not name:
            return tr("'this record' should be a block of fields (key: value), not {what}", what=_describe(value))
        return tr("'{name}' should be a block of fields (key: value), not {what}", name=name, what=_describe(value))
    if kind in ("too_short", "too_long"):
        if name == "targets":
            return tr("'targets' needs exactly five values, from অসাধারণ (100%) to চলতি মানের নিম্নে (60%); write '-' for a level with no target")
        if kind == "too_short":
            return tr("'{name}' needs at least {n} item(s)", name=name, n=err.get("ctx", {}).get("min_length"))
        return tr("'{name}' needs at most {n} item(s)", name=name, n=err.get("ctx", {}).get("max_length"))
    if kind == "string_pattern_mismatch":
        pattern = err.get("ctx", {}).get("pattern", "")
        for key, hint in _PATTERN_HINTS.items():
            if key in pattern or (key == "slug" and pattern.startswith("^[a-z0-9]")):
                return tr("'{name}' is '{value}': {hint}", name=name, value=value, hint=hint())
    if kind in ("greater_than_equal", "greater_than"):
        bound = bangla.digits(err["ctx"].get("ge", err["ctx"].get("gt")))
        return tr("'{name}' must be at least {bound}, not {value}", name=name, bound=bound, value=value)
    if kind in ("less_than_equal", "less_than"):
        bound = bangla.digits(err["ctx"].get("le", err["ctx"].get("lt")))
        return tr("'{name}' must be at most {bound}, not {value}", name=name, bound=bound, value=value)
    if kind in ("decimal_type", "int_type", "date_type", "bool_type", "decimal_parsing", "int_parsing"):
        return tr("'{name}' should be a single value, not {what}", name=name, what=_describe(value))
    # pydantic's own words (English): a kind of error no record has met yet
    return tr("'{name}': {problem}", name=name, problem=err["msg"]) if name else err["msg"]


def _presence(source: Source, cls: type[BaseModel], data: LineDict, problems: Problems) -> None:
    """A record's presence rules (schema.Record.PRESENCE), on the raw record:
    pydantic runs them only once every field is valid."""
    rules = getattr(cls, "PRESENCE", ())
    if not rules:
        return
    raw = types.SimpleNamespace(**{
        n: (data.get(f.alias or n) or None) if (f.alias or n) in data else f.get_default(call_default_factory=True)
        for n, f in cls.model_fields.items()
    })
    for rule in rules:
        try:
            rule(raw)
        except ValueError as exc:
            problems.add(source.path, line_of(data, ()), str(exc))


def check_schema(source: Source, cls: type[M], problems: Problems) -> M | None:
    data = source.data
    if data is None:
        problems.add(source.path, 1, tr("this record is empty: fill in its fields (see docs/content.md)"))
        return None
    if not isinstance(data, LineDict):
        problems.add(source.path, getattr(data, "line", 1), tr("a record is a block of fields (key: value), one per line"))
        return None
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        _presence(source, cls, data, problems)
        for err in exc.errors():
            # drop the branch tags of as-written fields (schema.as_written)
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("<")))
            err = {**err, "loc": loc}
            key_line = err["type"] == "extra_forbidden"
            problems.add(source.path, line_of(data, loc, key_line=key_line), _message(err, cls))
        return None


# ---------------------------------------------------------------- cross-record pass


def _line(source: Source, *loc: Any) -> int:
    return line_of(source.data, tuple(loc))


def _check_evidence(src: Source, model: Any, office: Any, problems: Problems, limit: int) -> None:
    """Every evidence file a record names must be a regular file inside its
    office folder, under the size limit, of a type a citizen can open safely
    (checked by its contents, not only its name)."""
    for loc, ev in schema.evidence_items(model):
        if ev.file is None:
            continue
        line = _line(src, *loc, "file")
        path = ev.path
        if not ASCII_PATH.fullmatch(path) or ".." in path.split("/"):
            problems.add(src.path, line, tr(
                "evidence file '{file}': file names become URLs, use ASCII letters, digits, '-', '_' and '.' only", file=ev.file))
        elif path in office.refused:
            problems.add(src.path, line, tr("evidence file '{file}' {problem}", file=ev.file, problem=office.refused[path]))
        elif path not in office.files:
            close = difflib.get_close_matches(path, sorted(office.files), n=1, cutoff=0.6)
            if close:
                problems.add(src.path, line, tr("evidence file '{file}' does not exist — did you mean '{close}'?", file=ev.file, close=close[0]))
            else:
                problems.add(src.path, line, tr(
                    "evidence file '{file}' does not exist: put the file in {folder}/ (paths are relative to the office folder)",
                    file=ev.file, folder=office.path))
        elif office.files[path] > limit:
            problems.add(src.path, line, tr(
                "evidence file '{file}' is {size}, over the limit of {limit}: "
                "make it smaller (scan at 150–200 dpi, or split it), or raise evidence_max_mb in site.yaml",
                file=ev.file, size=files.mb(office.files[path]), limit=files.mb(limit)))
        else:
            message = _evidence_refusal(office.folder / path, path, limit)
            if message:
                problems.add(src.path, line, tr("evidence file {problem}", problem=message))


def _evidence_refusal(path: Path, name: str, limit: int) -> str | None:
    whole = evidence.extension(name) in ("docx", "xlsx", "pptx")  # a zip's directory is at its end
    try:
        data = files.read_bytes(path, limit, None if whole else 4096)
    except files.UnsafeFile as exc:
        return f"'{name}' {exc.message}"
    except OSError as exc:
        return tr("'{name}' cannot be read: {reason}", name=name, reason=exc.strerror)
    return evidence.refusal(name, data)


@dataclass
class Check:
    """What a record type's cross-record rules see: the office's records
    (checked against their schemas, one per key) and where to report."""

    office: OfficeContent
    problems: Problems

    @property
    def broken(self) -> set[str]:
        return self.office.broken

    def line(self, src: Source, *loc: Any) -> int:
        return _line(src, *loc)

    def add(self, src: Source, loc: tuple, message: str) -> None:
        self.problems.add(src.path, _line(src, *loc), message)

    def warn(self, src: Source, loc: tuple, message: str) -> None:
        """Allowed, but worth a second look: printed, and the build goes on."""
        self.problems.warn(src.path, _line(src, *loc), message)


def _unique(
    items: list[tuple[Source, Any]], key: Any, field_name: str, problems: Problems, clash: Any
) -> Iterator[tuple[Any, Loaded]]:
    """The records that passed the schema, first of each key; a later record
    with the same key is reported at its ``field_name`` line."""
    seen: dict[Any, Loaded] = {}
    for src, model in items:
        if model is None:
            continue
        k = key(model)
        if k in seen:
            name = field_name(model) if callable(field_name) else field_name
            problems.add(src.path, _line(src, name), clash(seen[k].source.path, model))
            continue
        seen[k] = Loaded(model, src)
        yield k, seen[k]


def validate(raw: RawContent, problems: Problems) -> Content | None:
    """Check every record; returns the content, or None when any problem was
    found (here or in ``problems`` from loading)."""
    site = check_schema(raw.site, schema.Site, problems) if raw.site else None

    offices: dict[str, OfficeContent] = {}
    for slug, folder in raw.offices.items():
        office = check_schema(folder.office, schema.Office, problems) if folder.office else None
        checked = {
            rtype.kind: [(s, check_schema(s, rtype.model, problems)) for s in folder.records.get(rtype.kind, [])]
            for rtype in REGISTRY
        }
        if office is None:
            continue
        entry = OfficeContent(slug, folder.folder, Loaded(office, folder.office))  # type: ignore[arg-type]
        entry.broken = set(folder.unreadable) | {kind for kind, items in checked.items() if any(m is None for _, m in items)}
        offices[slug] = entry
        for rtype in REGISTRY:
            entry.records[rtype.kind] = {}
            for key, rec in _unique(checked[rtype.kind], rtype.key, rtype.key_field, problems, rtype.clash):
                entry.records[rtype.kind][key] = rec
                _check_evidence(rec.source, rec.model, folder, problems, site.evidence_limit if site else limits.DEFAULT_EVIDENCE_MB << 20)
                if rec.model.published is None and rtype.natural_date(rec.model) is None:
                    problems.add(rec.source.path, _line(rec.source), tr(
                        "this {record} states no date of its own: give 'published:' (the date this site first "
                        "published it), so its page, the feeds, the sitemap and /data.json can date it; never a guessed "
                        "date of the document", record=rtype.label))
        ctx = Check(entry, problems)
        for rtype in REGISTRY:
            if rtype.check:
                for rec in entry.records[rtype.kind].values():
                    rtype.check(ctx, rec)

    for slug, folder in raw.offices.items():
        # checked on the raw record too, so a mistake elsewhere in office.yaml does not hide this one
        src = folder.office
        data = src.data if src else None
        parent = offices[slug].office.model.parent if slug in offices else (data.get("parent") if isinstance(data, LineDict) else None)
        if not isinstance(parent, str):
            continue
        if parent == slug:
            problems.add(src.path, _line(src, "parent"), tr("an office cannot be its own parent"))
        elif parent not in raw.offices:
            close = difflib.get_close_matches(parent, sorted(raw.offices), n=1, cutoff=0.6)
            if close:
                problems.add(src.path, _line(src, "parent"), tr(
                    "parent office '{parent}' does not exist — did you mean '{close}'?", parent=parent, close=close[0]))
            else:
                problems.add(src.path, _line(src, "parent"), tr(
                    "parent office '{parent}' does not exist: use the folder name of an office under offices/", parent=parent))
        elif slug in offices:
            seen, cur = {slug}, parent
            while cur in offices and offices[cur].office.model.parent:
                if cur in seen:
                    problems.add(src.path, _line(src, "parent"), tr("the parent offices form a loop: one office must be at the top"))
                    break
                seen.add(cur)
                cur = offices[cur].office.model.parent

    pages: dict[str, Loaded[schema.Page]] = {}
    for name, src in raw.pages.items():
        page = check_schema(src, schema.Page, problems)
        if page:
            pages[name] = Loaded(page, src)

    redirects = None
    if raw.redirects:
        model = check_schema(raw.redirects, schema.Redirects, problems)
        if model:
            redirects = Loaded(model, raw.redirects)

    glossary = None
    if raw.glossary:
        model = check_schema(raw.glossary, schema.Glossary, problems)
        if model:
            glossary = Loaded(model, raw.glossary)

    if problems or site is None:
        return None
    return Content(raw.root, site, offices, pages, redirects, glossary)
