"""Stage 2, validate: turn parsed records into checked models, or say exactly
what is wrong, every problem at once, each at ``path:line``.

Two passes: each record against its schema (schema.py, via pydantic), then the
rules that span records (weights, ids, references, evidence files).
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Generic, Iterator, TypeVar

from pydantic import BaseModel, ValidationError

from . import bangla, periods, schema
from .load import ASCII_PATH, RawContent, Source
from .problems import Problems
from .scoring import DATE
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
    charters: list[Loaded[schema.Charter]] = field(default_factory=list)  # oldest first
    plans: dict[str, Loaded[schema.ActionPlan]] = field(default_factory=dict)
    reports: dict[tuple[str, int], Loaded[schema.QuarterlyReport]] = field(default_factory=dict)
    meetings: dict[tuple[str, int], Loaded[schema.Meeting]] = field(default_factory=dict)


@dataclass
class Content:
    root: Path
    site: schema.Site
    offices: dict[str, OfficeContent]
    pages: dict[str, Loaded[schema.Page]]
    redirects: Loaded[schema.Redirects] | None = None


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
        return "a block of fields"
    if isinstance(value, list):
        return "a list"
    return f"'{value}'"


_PATTERN_HINTS = {
    "slug": "use lowercase ASCII letters, digits and hyphens, e.g. mopa",
    "@": "this is not an e-mail address (name@example.gov.bd)",
    "https?": "write a full web address starting with https:// or http://",
}


def _message(err: dict, cls: type[BaseModel]) -> str:
    loc, kind = err["loc"], err["type"]
    name = next((p for p in reversed(loc) if isinstance(p, str)), "")
    value = err.get("input")
    if kind == "missing":
        return f"'{name}' is missing: add it (see docs/content.md)"
    if kind == "extra_forbidden":
        owner = _model_at(cls, loc[:-1])
        allowed = sorted(f.alias or n for n, f in owner.model_fields.items()) if owner else []
        close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.5)
        if close:
            return f"unknown field '{name}' — did you mean '{close[0]}'?"
        return f"unknown field '{name}': remove it, or use one of: {', '.join(allowed)}"
    if kind == "literal_error":
        expected = re.findall(r"'([^']*)'", err.get("ctx", {}).get("expected", ""))
        close = difflib.get_close_matches(str(value), expected, n=1, cutoff=0.5)
        hint = f" — did you mean '{close[0]}'?" if close else ""
        return f"'{name}' cannot be '{value}'{hint} Use one of: {', '.join(expected)}"
    if kind == "value_error":
        msg = err["msg"].removeprefix("Value error, ")
        return f"'{name}': {msg}" if name and not msg.startswith(f"'{name}'") else msg
    if kind in ("string_type",):
        return f"'{name}' should be text, not {_describe(value)}: write it on the same line after '{name}:'"
    if kind == "list_type":
        return f"'{name}' should be a list, one item per line starting with '- '"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"'{name or 'this record'}' should be a block of fields (key: value), not {_describe(value)}"
    if kind in ("too_short", "too_long"):
        if name == "targets":
            return "'targets' needs exactly five values, from অসাধারণ (100%) to চলতি মানের নিম্নে (60%); write '-' for a level with no target"
        need = err.get("ctx", {}).get("min_length" if kind == "too_short" else "max_length")
        return f"'{name}' needs {'at least' if kind == 'too_short' else 'at most'} {need} item(s)"
    if kind == "string_pattern_mismatch":
        pattern = err.get("ctx", {}).get("pattern", "")
        for key, hint in _PATTERN_HINTS.items():
            if key in pattern or (key == "slug" and pattern.startswith("^[a-z0-9]")):
                return f"'{name}' is '{value}': {hint}"
    if kind in ("greater_than_equal", "greater_than"):
        return f"'{name}' must be at least {bangla.digits(err['ctx'].get('ge', err['ctx'].get('gt')))}, not {value}"
    if kind in ("less_than_equal", "less_than"):
        return f"'{name}' must be at most {bangla.digits(err['ctx'].get('le', err['ctx'].get('lt')))}, not {value}"
    if kind in ("decimal_type", "int_type", "date_type", "bool_type", "decimal_parsing", "int_parsing"):
        return f"'{name}' should be a single value, not {_describe(value)}"
    return f"'{name}': {err['msg']}" if name else err["msg"]


def check_schema(source: Source, cls: type[M], problems: Problems) -> M | None:
    data = source.data
    if data is None:
        problems.add(source.path, 1, "this record is empty: fill in its fields (see docs/content.md)")
        return None
    if not isinstance(data, LineDict):
        problems.add(source.path, getattr(data, "line", 1), "a record is a block of fields (key: value), one per line")
        return None
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(err["loc"])
            key_line = err["type"] == "extra_forbidden"
            problems.add(source.path, line_of(data, loc, key_line=key_line), _message(err, cls))
        return None


# ---------------------------------------------------------------- cross-record pass


def _line(source: Source, *loc: Any) -> int:
    return line_of(source.data, tuple(loc))


def _plain(n: Decimal) -> str:
    return format(n.normalize(), "f")


def _id(text: str) -> str:
    return f"[{bangla.digits(text)}]"


def _check_plan(plan: Loaded[schema.ActionPlan], problems: Problems) -> None:
    src, p = plan.source, plan.model
    seen: dict[str, int] = {}
    for ai, area in enumerate(p.areas):
        total = sum((ind.weight for act in area.activities for ind in act.indicators), Decimal(0))
        if total != area.weight:
            problems.add(
                src.path,
                _line(src, "areas", ai, "weight"),
                f"area '{area.name}' has weight {_plain(area.weight)} but its indicators' weights add up to "
                f"{_plain(total)}: make them agree",
            )
        for ci, act in enumerate(area.activities):
            if act.id.split(".")[0] != str(ai + 1) or act.id.count(".") != 1:
                problems.add(
                    src.path,
                    _line(src, "areas", ai, "activities", ci, "id"),
                    f"activity id {_id(act.id)} does not fit area {bangla.digits(ai + 1)}: "
                    f"activities of area {bangla.digits(ai + 1)} are numbered {_id(f'{ai + 1}.1')}, {_id(f'{ai + 1}.2')}, …",
                )
            for key, loc in [(act.id, ("areas", ai, "activities", ci, "id"))] + [
                (ind.id, ("areas", ai, "activities", ci, "indicators", ii, "id")) for ii, ind in enumerate(act.indicators)
            ]:
                if key in seen:
                    problems.add(
                        src.path, _line(src, *loc), f"id {_id(key)} is used twice (first on line {seen[key]}): give each its own id"
                    )
                else:
                    seen[key] = _line(src, *loc)
            for ii, ind in enumerate(act.indicators):
                base = ("areas", ai, "activities", ci, "indicators", ii)
                if ind.id.rsplit(".", 1)[0] != act.id or ind.id.count(".") != act.id.count(".") + 1:
                    problems.add(
                        src.path,
                        _line(src, *base, "id"),
                        f"indicator id {_id(ind.id)} does not belong to activity {_id(act.id)}: number it {_id(act.id + '.1')}, {_id(act.id + '.2')}, …",
                    )
                _check_targets(src, base, ind, problems)


def _check_targets(src: Source, base: tuple, ind: schema.Indicator, problems: Problems) -> None:
    if len(ind.targets) != 5:
        problems.add(
            src.path,
            _line(src, *base, "targets"),
            f"indicator {_id(ind.id)} has {len(ind.targets)} targets: it needs exactly five, from অসাধারণ (100%) to "
            "চলতি মানের নিম্নে (60%); write '-' for a level with no target",
        )
        return
    want_date = ind.calculation == DATE
    ok = True
    for ti, t in enumerate(ind.targets):
        if t is None:
            continue
        if want_date and not isinstance(t, date):
            problems.add(src.path, _line(src, *base, "targets", ti), f"indicator {_id(ind.id)} is counted by তারিখ: its targets are dates (YYYY-MM-DD)")
            ok = False
        elif not want_date and isinstance(t, date):
            problems.add(
                src.path,
                _line(src, *base, "targets", ti),
                f"indicator {_id(ind.id)} has a date as a target: set 'calculation: তারিখ' or write a number",
            )
            ok = False
    if ind.targets[0] is None:
        problems.add(src.path, _line(src, *base, "targets", 0), f"indicator {_id(ind.id)} needs an অসাধারণ (100%) target, the first value")
        return
    if not ok:
        return
    defined = [(i, t) for i, t in enumerate(ind.targets) if t is not None]
    for (i0, t0), (i1, t1) in zip(defined, defined[1:]):
        bad = t1 <= t0 if ind.lower_is_better else t1 >= t0  # type: ignore[operator]
        if bad:
            direction = "rise" if ind.lower_is_better else "fall"
            why = "lower is better" if ind.lower_is_better else "higher is better"
            problems.add(
                src.path,
                _line(src, *base, "targets", i1),
                f"targets of {_id(ind.id)} are out of order: {why}, so they must {direction} from অসাধারণ (100%) to "
                f"চলতি মানের নিম্নে (60%){'' if ind.lower_is_better else ' (or set lower_is_better: true)'}",
            )
            break


def _check_evidence(src: Source, loc: tuple, items: list[schema.Evidence], office: Any, problems: Problems) -> None:
    for ei, ev in enumerate(items):
        if ev.file is None:
            continue
        line = _line(src, *loc, ei, "file")
        path = ev.file.strip().lstrip("./")
        if not ASCII_PATH.match(path) or ".." in path.split("/"):
            problems.add(src.path, line, f"evidence file '{ev.file}': file names become URLs, use ASCII letters, digits, '-', '_' and '.' only")
        elif path not in office.files:
            close = difflib.get_close_matches(path, sorted(office.files), n=1, cutoff=0.6)
            hint = f" — did you mean '{close[0]}'?" if close else f": put the file in {office.path}/ (paths are relative to the office folder)"
            problems.add(src.path, line, f"evidence file '{ev.file}' does not exist{hint}")


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
            problems.add(src.path, _line(src, field_name), clash(seen[k].source.path, model))
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
        entry = OfficeContent(slug, folder.folder, Loaded(office, folder.office)) if office else None  # type: ignore[arg-type]
        charters = [(s, check_schema(s, schema.Charter, problems)) for s in folder.records["charter"]]
        plans = [(s, check_schema(s, schema.ActionPlan, problems)) for s in folder.records["plan"]]
        broken_plans = any(plan is None for _, plan in plans)
        reports = [(s, check_schema(s, schema.QuarterlyReport, problems)) for s in folder.records["report"]]
        meetings = [(s, check_schema(s, schema.Meeting, problems)) for s in folder.records["meeting"]]
        if entry is None:
            continue
        offices[slug] = entry

        for _, ch in _unique(charters, lambda c: c.effective_date, "effective_date", problems,
                             lambda first, c: f"another charter version ({first}) has the same effective_date: each version needs its own date"):
            entry.charters.append(ch)
        entry.charters.sort(key=lambda c: c.model.effective_date)

        for fy, plan in _unique(plans, lambda p: p.fiscal_year, "fiscal_year", problems,
                                lambda first, p: f"{first} is already the {p.fiscal_year} action plan: one plan per fiscal year"):
            entry.plans[fy] = plan
            _check_plan(plan, problems)

        for key, rep in _unique(reports, lambda r: (r.fiscal_year, r.quarter), "quarter", problems,
                                lambda first, r: f"{first} is already the report for {r.fiscal_year} quarter {r.quarter}: one report per quarter"):
            entry.reports[key] = rep
            _check_report(entry, rep, folder, problems, broken_plans)

        for key, mt in _unique(meetings, lambda m: (m.fiscal_year, m.number), "number", problems,
                               lambda first, m: f"{first} is already meeting {m.number} of {m.fiscal_year}: give each meeting its own number"):
            entry.meetings[key] = mt
            for di, dec in enumerate(mt.model.decisions):
                _check_evidence(mt.source, ("decisions", di, "evidence"), dec.evidence, folder, problems)
            _check_evidence(mt.source, ("evidence",), mt.model.evidence, folder, problems)

    for slug, folder in raw.offices.items():
        # checked on the raw record too, so a mistake elsewhere in office.yaml does not hide this one
        src = folder.office
        data = src.data if src else None
        parent = offices[slug].office.model.parent if slug in offices else (data.get("parent") if isinstance(data, LineDict) else None)
        if not isinstance(parent, str):
            continue
        if parent == slug:
            problems.add(src.path, _line(src, "parent"), "an office cannot be its own parent")
        elif parent not in raw.offices:
            close = difflib.get_close_matches(parent, sorted(raw.offices), n=1, cutoff=0.6)
            hint = f" — did you mean '{close[0]}'?" if close else ": use the folder name of an office under offices/"
            problems.add(src.path, _line(src, "parent"), f"parent office '{parent}' does not exist{hint}")
        elif slug in offices:
            seen, cur = {slug}, parent
            while cur in offices and offices[cur].office.model.parent:
                if cur in seen:
                    problems.add(src.path, _line(src, "parent"), "the parent offices form a loop: one office must be at the top")
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

    if problems or site is None:
        return None
    return Content(raw.root, site, offices, pages, redirects)


def _check_report(
    entry: OfficeContent, report: Loaded[schema.QuarterlyReport], folder: Any, problems: Problems, broken_plans: bool
) -> None:
    src, rep = report.source, report.model
    plan = entry.plans.get(rep.fiscal_year)
    if plan is None and not broken_plans:  # a plan with errors of its own is reported there
        have = ", ".join(sorted(entry.plans)) or "none"
        problems.add(
            src.path,
            _line(src, "fiscal_year"),
            f"there is no {rep.fiscal_year} action plan for this office (plans: {have}): add action-plans/{rep.fiscal_year}.yaml or fix the fiscal year",
        )
    if rep.submitted and rep.submitted < periods.quarter(rep.fiscal_year, rep.quarter)[0]:
        problems.add(src.path, _line(src, "submitted"), f"submitted {rep.submitted} is before quarter {rep.quarter} of {rep.fiscal_year} began: check the date")
    indicators = {ind.id: ind for area in plan.model.areas for act in area.activities for ind in act.indicators} if plan else {}
    seen: dict[str, int] = {}
    for pi, prog in enumerate(rep.indicators):
        line = _line(src, "indicators", pi, "id")
        if prog.id in seen:
            problems.add(src.path, line, f"indicator {_id(prog.id)} is reported twice (first on line {seen[prog.id]}): merge them")
            continue
        seen[prog.id] = line
        _check_evidence(src, ("indicators", pi, "evidence"), prog.evidence, folder, problems)
        if plan is None:
            continue
        ind = indicators.get(prog.id)
        if ind is None:
            close = difflib.get_close_matches(prog.id, sorted(indicators), n=1, cutoff=0.6)
            hint = f" — did you mean {_id(close[0])}?" if close else ""
            problems.add(src.path, line, f"the {rep.fiscal_year} action plan has no indicator {_id(prog.id)}{hint}")
            continue
        if prog.achievement is not None and (ind.calculation == DATE) != isinstance(prog.achievement, date):
            want = "a date (YYYY-MM-DD)" if ind.calculation == DATE else "a number"
            problems.add(src.path, _line(src, "indicators", pi, "achievement"), f"the achievement of {_id(prog.id)} should be {want}, as its plan says ({ind.calculation})")
