"""``new report|plan|meeting|charter``: the next record of an office, written from what its
content already holds, as a YAML file with a comment on every field, for the
webmaster to fill in from the office's document.

* ``new report`` lists every indicator of the year's action plan, in order,
  with its name, unit, targets and গণনা পদ্ধতি as comments; for a running
  total (ক্রমপুঞ্জিভূত) the figure to date of the last report is carried over
  as a comment, since this quarter's figure must include it; the signatory of
  the office's last report is copied (with a comment to change it).
* ``new plan`` copies the areas, activities and indicators of the office's
  last plan, and leaves every target blank with last year's as a comment.
* ``new meeting`` numbers the next meeting of the year and lists, in the
  committee's words, every decision of the last meeting whose status is
  not one of the "done" words (protishruti/statuses.py).
* ``new charter`` copies the office's current charter (its newest version
  not withdrawn) in the document's own words: title, vision, mission, every
  service group and service with every field it gives, the GRS table,
  expectations, headings and column headings.  Its dates, evidence and
  publication history are not copied: a new version is a new document.  An
  office without a charter gets the standard sections to fill in.

Nothing the document must say is filled in: a figure left blank is shown as
"উল্লেখ নেই" on the site, so a new report passes ``check`` and never shows a
number the office did not give.  What a record cannot be without (a plan's
অসাধারণ targets, a meeting's title, a charter's effective date) is left for ``check`` to ask for.  The first line names the
file's JSON Schema (``schema``), which is written beside the content folder
if it is not there yet.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from . import bangla, jsonschemas, load, periods, schema, scoring, statuses, yamlsource
from .messages import tr
from .problems import Problems
from .records.report import figures_before
from .scorecards import plan_rows
from .views import SiteView


class ScaffoldError(ValueError):
    """The record cannot be scaffolded as asked (a usage mistake): one line."""


@dataclass
class Scaffold:
    path: Path  # the file written
    text: str
    schemas: list[Path]  # schema files written because they were missing


# Characters JSON leaves as they are that YAML would not read back: C1 controls
# and DEL (not allowed in a YAML stream), NEL and the Unicode line and paragraph
# separators (line breaks to YAML, folded inside a quoted scalar), and the BOM.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff]")


def _q(text: str) -> str:
    """A YAML scalar that reads back as exactly ``text`` (double-quoted, JSON escapes)."""
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))


def _id(dotted: str) -> str:
    return _q(f"[{bangla.digits(dotted)}]")


def _value(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, Decimal):
        return bangla.digits(format(v.normalize(), "f"))
    return bangla.digits(v)


def _office(view: SiteView, slug: str) -> Any:
    office = view.offices.get(slug)
    if office is None:
        known = ", ".join(sorted(view.offices)[:12]) + (" …" if len(view.offices) > 12 else "")
        raise ScaffoldError(tr("--office {slug}: no office has that slug (offices/<slug>/office.yaml); the offices are: {known}", slug=slug, known=known))
    return office


def _schema_line(content: Path, target: Path, kind: str) -> tuple[str, list[Path]]:
    """The yaml-language-server line naming the schema, and the schemas written to make it true."""
    folder = content.resolve().parent / "schemas"
    written = [] if (folder / f"{kind}.schema.json").is_file() else jsonschemas.write(folder)
    rel = os.path.relpath(folder / f"{kind}.schema.json", target.parent.resolve())
    return f"# yaml-language-server: $schema={Path(rel).as_posix()}", written


def _write(content: Path, target: Path, kind: str, body: list[str]) -> Scaffold:
    if target.exists():
        raise ScaffoldError(tr("{path}: the file exists already; edit it, or remove it to start again", path=target))
    line, schemas = _schema_line(content, target, kind)
    text = "\n".join([line, *body]) + "\n"
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "x", encoding="utf-8") as fh:
        fh.write(text)
    return Scaffold(target, text, schemas)


def _signatory(previous: Any, where: str) -> list[str]:
    s = getattr(previous.model, "signatory", None) if previous is not None else None
    if s is None:
        return ["# স্বাক্ষরকারী: দলিলে স্বাক্ষরের নিচে যা লেখা (name, designation; phone, email ঐচ্ছিক)",
                "# signatory:", "#   name:", "#   designation:"]
    out = [f"# স্বাক্ষরকারী: {where} থেকে নেওয়া; এবারের দলিলে অন্য কেউ স্বাক্ষর করলে বদলান", "signatory:"]
    for key in ("name", "designation", "phone", "email"):
        v = getattr(s, key)
        if v:
            out.append(f"  {key}: {_q(v)}")
    return out


# ---------------------------------------------------------------- new report


def report(view: SiteView, content: Path, slug: str, fiscal_year: str | None, quarter: int | None,
           today: date | None = None) -> Scaffold:
    today = today or date.today()
    office = _office(view, slug)
    reports = office.reports  # newest first
    if fiscal_year is None and quarter is None and reports:
        last = reports[0].model
        fiscal_year, quarter = (last.fiscal_year, last.quarter + 1) if last.quarter < 4 else (periods.following(last.fiscal_year), 1)
    plans = {p.model.fiscal_year: p for p in office.plans}
    if fiscal_year is None:
        if not plans:
            raise ScaffoldError(tr("--office {slug}: the office has no action plan yet: write one first (new plan --office {slug} --fiscal-year YYYY-YY)", slug=slug))
        fiscal_year = max(plans)
    if quarter is None:  # the quarter after the year's last report
        quarter = min(4, max((r.model.quarter for r in reports if r.model.fiscal_year == fiscal_year), default=0) + 1)
    plan = plans.get(fiscal_year)
    if plan is None:
        have = ", ".join(sorted(plans)) or tr("none")
        raise ScaffoldError(tr("--fiscal-year {year}: office {slug} has no action plan for that year (its plans: {have});"
                               " a report lists the plan's indicators, so write the plan first", year=fiscal_year, slug=slug, have=have))
    if any(r.model.fiscal_year == fiscal_year and r.model.quarter == quarter for r in reports):
        raise ScaffoldError(tr("office {slug} already has a report for {year} quarter {quarter}", slug=slug, year=fiscal_year, quarter=quarter))
    last_figure = figures_before((r.model for r in reports), fiscal_year, quarter)
    start, end = periods.quarter(fiscal_year, quarter)
    label = f"{bangla.fiscal_year_label(fiscal_year)}, {bangla.quarter_label(quarter)}"
    body = [
        f"# {office.model.name}: {label}ের ত্রৈমাসিক অগ্রগতি প্রতিবেদন ({bangla.gregorian_date(start)} – {bangla.gregorian_date(end)})",
        "# দলিলে যা লেখা ঠিক তা-ই লিখুন; দলিলে না থাকলে ঘর ফাঁকা রাখুন (সাইটে \"উল্লেখ নেই\" দেখাবে)।",
        "# প্রতিটি ঘরের বিবরণ: docs/content.md। লেখা শেষে যাচাই করুন: python build.py check",
        f"fiscal_year: {fiscal_year}",
        f"quarter: {bangla.digits(quarter)}",
    ]
    if plan.sample:
        body += ["# নমুনা: কর্মপরিকল্পনাটি নমুনা, তাই এই প্রতিবেদনও নমুনা হিসেবে দেখানো হবে; আসল তথ্য হলে এই লাইন মুছুন", "sample: true"]
    body += [
        f"# দাখিলের তারিখ (YYYY-MM-DD), দলিলে যেমন; ত্রৈমাসিক শেষ হয় {bangla.gregorian_date(end)}",
        "submitted:",
        "# এই সাইটে প্রথম প্রকাশের তারিখ (সাইটের তথ্য, দলিলের নয়): দাখিলের তারিখ দিলে এই লাইন মুছে দিতে পারেন",
        f"published: {today.isoformat()}",
        *_signatory(reports[0] if reports else None, "দপ্তরের আগের প্রতিবেদন"),
        "# প্রতিটি সূচকের অর্জন: সংখ্যা (১২, 12.5), তারিখ (YYYY-MM-DD), অথবা \"-\" (দলিলে ঘরটি শূন্য)",
        "indicators:",
    ]
    for _, _, activity, ind in plan_rows(plan.model):
        body.append(f"  # {bangla.digits(activity.id)} {activity.name} → {ind.name}"
                    + (f" ({ind.unit})" if ind.unit else ""))
        targets = ", ".join(_value(v) for v in ind.targets) if ind.targets else "উল্লেখ নেই"
        how = ind.calculation or "দলিলে উল্লেখ নেই"
        body.append(f"  # লক্ষ্যমাত্রা: {targets}; গণনা পদ্ধতি: {how}" + ("; কম হলেই ভালো" if ind.lower_is_better else ""))
        prev = last_figure.get(ind.id)
        if ind.calculation == scoring.CUMULATIVE:
            if prev:
                body.append(f"  # ক্রমপুঞ্জিভূত: {bangla.quarter_label(prev[0])} পর্যন্ত অর্জন {_value(prev[1])};"
                            " এবারের সংখ্যা এ পর্যন্ত মোট, তাই এর চেয়ে কম হওয়ার কথা নয়")
            else:
                body.append("  # ক্রমপুঞ্জিভূত: এ পর্যন্ত মোট অর্জন লিখুন")
        elif prev:
            only = "; এখানে শুধু এই ত্রৈমাসিকের অর্জন" if ind.calculation in (scoring.SUM, scoring.AVERAGE) else ""
            body.append(f"  # আগের ({bangla.quarter_label(prev[0])}) অর্জন ছিল {_value(prev[1])}{only}")
        body += [f"  - id: {_id(ind.id)}", "    achievement:", "    remarks:"]
    target = content / "offices" / slug / "reports" / f"{fiscal_year}-q{quarter}.yaml"
    return _write(content, target, "report", body)


# ---------------------------------------------------------------- new plan


def plan(view: SiteView, content: Path, slug: str, fiscal_year: str | None, today: date | None = None) -> Scaffold:
    today = today or date.today()
    office = _office(view, slug)
    plans = sorted(office.plans, key=lambda p: p.model.fiscal_year)
    if fiscal_year is None:
        if not plans:
            raise ScaffoldError(tr("--fiscal-year YYYY-YY is needed: the office has no plan to follow from"))
        fiscal_year = periods.following(plans[-1].model.fiscal_year)
    if any(p.model.fiscal_year == fiscal_year for p in plans):
        raise ScaffoldError(tr("office {slug} already has an action plan for {year}", slug=slug, year=fiscal_year))
    before = [p for p in plans if p.model.fiscal_year < fiscal_year]
    previous = before[-1] if before else None
    body = [
        f"# {office.model.name}: {bangla.fiscal_year_label(fiscal_year)}ের কর্মপরিকল্পনা",
        "# দলিলে যা লেখা ঠিক তা-ই লিখুন; দলিলে না থাকলে ঘর ফাঁকা রাখুন।",
        "# প্রতিটি ঘরের বিবরণ: docs/content.md। লেখা শেষে যাচাই করুন: python build.py check",
        f"fiscal_year: {fiscal_year}",
        "# এই সাইটে প্রথম প্রকাশের তারিখ (সাইটের তথ্য, দলিলের নয়)",
        f"published: {today.isoformat()}",
    ]
    if previous is None:
        body += [
            "# ক্ষেত্র (কার্যক্রমের ক্ষেত্র), তার মান, কার্যক্রম ও কর্মসম্পাদন সূচক, দলিলের টেবিলের ক্রমে",
            "areas:",
            "  - name:",
            "    weight:",
            "    activities:",
            "      - id: \"[১.১]\"",
            "        name:",
            "        indicators:",
            "          - id: \"[১.১.১]\"",
            "            name:",
            "            # একক: সংখ্যা, %, তারিখ …",
            "            unit:",
            "            weight:",
            f"            # গণনা পদ্ধতি: {', '.join(scoring.CALCULATIONS)}; দলিলে না থাকলে এই লাইন মুছুন",
            "            calculation:",
            "            # লক্ষ্যমাত্রা: অসাধারণ, অতি উত্তম, উত্তম, চলতি মান, চলতি মানের নিম্নে; যে ঘর ফাঁকা তাতে \"-\"",
            "            targets: [\"-\", \"-\", \"-\", \"-\", \"-\"]",
        ]
        target = content / "offices" / slug / "action-plans" / f"{fiscal_year}.yaml"
        # names and weights cannot be left blank: check lists them until they are filled in
        return _write(content, target, "plan", body)
    m = previous.model
    if previous.sample:
        body += ["# নমুনা: আগের কর্মপরিকল্পনাটি নমুনা; আসল তথ্য হলে এই লাইন মুছুন", "sample: true"]
    body += [f"# ক্ষেত্র, কার্যক্রম ও সূচক {bangla.fiscal_year_label(m.fiscal_year)}ের পরিকল্পনা থেকে নেওয়া: এবারের দলিলের সঙ্গে মিলিয়ে নিন",
             "# লক্ষ্যমাত্রা: অসাধারণ, অতি উত্তম, উত্তম, চলতি মান, চলতি মানের নিম্নে; \"-\" মানে ঘরটি ফাঁকা (সাইটে ফাঁকাই দেখাবে)",
             "areas:"]
    for area in m.areas:
        body += [f"  - name: {_q(area.name)}", f"    weight: {_value(area.weight)}", "    activities:"]
        for act in area.activities:
            body += [f"      - id: {_id(act.id)}", f"        name: {_q(act.name)}", "        indicators:"]
            for ind in act.indicators:
                body += [f"          - id: {_id(ind.id)}", f"            name: {_q(ind.name)}"]
                if ind.unit:
                    body.append(f"            unit: {_q(ind.unit)}")
                body.append(f"            weight: {_value(ind.weight)}")
                if ind.calculation:
                    body.append(f"            calculation: {ind.calculation}")
                if ind.lower_is_better:
                    body.append("            lower_is_better: true")
                last = ", ".join(_value(v) for v in ind.targets)
                body += [f"            # {bangla.fiscal_year_label(m.fiscal_year)}ের লক্ষ্যমাত্রা: [{last}]; এবারের দলিল থেকে লিখুন",
                         "            targets: [\"-\", \"-\", \"-\", \"-\", \"-\"]"]
                if ind.evidence:
                    body.append(f"            evidence: {_q(ind.evidence)}")
    target = content / "offices" / slug / "action-plans" / f"{fiscal_year}.yaml"
    return _write(content, target, "plan", body)


# ---------------------------------------------------------------- new meeting


def meeting(view: SiteView, content: Path, slug: str, fiscal_year: str | None, today: date | None = None) -> Scaffold:
    """The next meeting's decision-progress report: the next number, the
    letterhead and signatory of the last one, and every decision of the last
    meeting not reported done, in its words, to report on again."""
    today = today or date.today()
    office = _office(view, slug)
    meetings = sorted(office.meetings, key=lambda m: (m.model.fiscal_year, m.model.number))
    last = meetings[-1] if meetings else None
    if fiscal_year is None:
        fiscal_year = last.model.fiscal_year if last else periods.fiscal_year_of(today)
    number = max([m.model.number for m in meetings if m.model.fiscal_year == fiscal_year], default=0) + 1
    body = [
        f"# {office.model.name}: {bangla.fiscal_year_label(fiscal_year)}, পরিবীক্ষণ কমিটির {bangla.ordinal(number)} সভা",
        "# দলিলে যা লেখা ঠিক তা-ই লিখুন; দলিলে না থাকলে ঘর ফাঁকা রাখুন।",
        "# প্রতিটি ঘরের বিবরণ: docs/content.md। লেখা শেষে যাচাই করুন: python build.py check",
        f"fiscal_year: {fiscal_year}",
        f"number: {bangla.digits(number)}",
        *(["# নমুনা: আগের সভার প্রতিবেদনটি নমুনা; আসল তথ্য হলে এই লাইন মুছুন", "sample: true"] if last is not None and last.sample else []),
        "# সভার তারিখ (YYYY-MM-DD), দলিলে থাকলে",
        "date:",
        "# এই সাইটে প্রথম প্রকাশের তারিখ (সাইটের তথ্য, দলিলের নয়)",
        f"published: {today.isoformat()}",
        "# প্রতিবেদনের শিরোনাম, দলিলে যেমন",
        "title:",
    ]
    if last is not None and last.model.letterhead:
        body += ["# পত্রশীর্ষ: আগের সভার প্রতিবেদন থেকে", "letterhead:", *[f"  - {_q(t)}" for t in last.model.letterhead]]
    open_decisions = [d for d in last.model.decisions if statuses.status_class(d.status) != "done"] if last else []
    if open_decisions:
        body += [f"# সিদ্ধান্ত: আগের ({bangla.ordinal(last.model.number)}) সভার যেগুলো বাস্তবায়িত বলে জানানো হয়নি, তাদের ভাষায়;"
                 " এবারের দলিলের সঙ্গে মিলিয়ে নিন, নতুন সিদ্ধান্ত যোগ করুন", "decisions:"]
        for d in open_decisions:
            if d.status:
                body.append(f"  # আগের অবস্থা: {d.status}")
            body += [f"  - text: {_q(d.text)}", "    # অবস্থা: দলিলের শব্দ (বাস্তবায়িত, আংশিক বাস্তবায়িত, চলমান …)", "    status:", "    progress:"]
    else:
        body += ["# সিদ্ধান্ত ও তার বাস্তবায়ন অগ্রগতি, দলিলের টেবিলের ক্রমে", "decisions:", "  - text:", "    status:", "    progress:"]
    body += _signatory(last, "আগের সভার প্রতিবেদন")
    target = content / "offices" / slug / "meetings" / f"{fiscal_year}-{number}.yaml"
    return _write(content, target, "meeting", body)


# ---------------------------------------------------------------- new charter
#
# A charter is copied from its model, so the new file reads back into the same
# services, GRS rows and expectations field for field: every field the record
# gives (pydantic's fields_set), text through _q or, when it has line breaks, a
# literal block that is checked to read back the same.  Keys come in the order
# the old file has them, then in the model's (which keeps only its own order),
# so the new file reads like the old one, its column headings included.


def _given(model: BaseModel, raw: Any = None) -> list[tuple[str, Any]]:
    """The fields a record gives (a field left out stays out), in ``raw``'s order where it has them."""
    fields = [(k, v) for k, v in model if k in model.model_fields_set and v is not None]
    if isinstance(raw, dict):
        order = {k: i for i, k in enumerate(raw)}
        fields.sort(key=lambda kv: order.get(kv[0], len(order)))
    return fields


def _raw(raw: Any, key: Any) -> Any:
    """The part of the old file's data under ``key`` (a field or a list index), if it has one."""
    if isinstance(raw, dict):
        return raw.get(key) if isinstance(key, str) else None
    if isinstance(raw, list) and isinstance(key, int) and key < len(raw):
        return raw[key]
    return None


def _plain(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return _value(v)


def _literal(text: str, indent: int) -> list[str] | None:
    """``text`` (with line breaks) as the body of a ``|-`` block at ``indent``, if that reads back as exactly it
    (and no line ends in a space or tab, which an editor might take away on saving)."""
    lines = text.split("\n")
    if _YAML_UNSAFE.search(text) or "\r" in text or any(line.endswith((" ", "\t")) for line in lines):
        return None
    try:
        back = yamlsource.parse("k: |-\n" + "\n".join("  " + line if line else "" for line in lines))
    except Exception:  # noqa: BLE001 — any text YAML cannot hold this way is written quoted
        return None
    if back != {"k": text}:
        return None
    return [" " * indent + line if line else "" for line in lines]


def _entry(head: str, v: Any, indent: int, raw: Any = None) -> list[str]:
    """``head`` (an indented 'key:' or '-') and its value; what is under it goes at ``indent``."""
    if isinstance(v, str):
        body = _literal(v, indent) if "\n" in v else None
        return [f"{head} |-", *body] if body else [f"{head} {_q(v)}"]
    if isinstance(v, (BaseModel, list, tuple)):
        inner = _block(v, indent, raw)
        return [head, *inner] if inner else [f"{head} {'{}' if isinstance(v, BaseModel) else '[]'}"]
    return [f"{head} {_plain(v)}"]


def _working_days(step: BaseModel, key: str, v: Any) -> bool:
    """A GRS time limit of so many working days: written as the bare number the
    standard GRS table has (schema._grs_days reads it back as this block)."""
    return (isinstance(step, schema.GrsStep) and key == "time_limit" and isinstance(v, schema.TimeLimit)
            and v.model_fields_set == {"value", "unit"} and v.unit == "কার্যদিবস")


def _block(value: Any, indent: int, raw: Any = None) -> list[str]:
    """A record's fields (or a list's items) as YAML lines at ``indent``; ``raw``: the old file's data for it."""
    pad = " " * indent
    out: list[str] = []
    if isinstance(value, BaseModel):
        for key, v in _given(value, raw):
            if _working_days(value, key, v):
                out.append(f"{pad}{key}: {_value(v.value)}")
            else:
                out += _entry(f"{pad}{key}:", v, indent + 2, _raw(raw, key))
        return out
    for i, item in enumerate(value):
        inner = _block(item, indent + 2, _raw(raw, i)) if isinstance(item, BaseModel) else []
        if inner:  # "- " and the item's first field on one line
            out += [f"{pad}- {inner[0][indent + 2:]}", *inner[1:]]
        else:
            out += _entry(f"{pad}-", item, indent + 2, _raw(raw, i))
    return out


def _one_line(text: str) -> str:
    """A name or title as it can stand inside a comment."""
    return " ".join(text.split())


def _next_name(folder: Path, today: date) -> Path:
    """A new file in ``folder`` named for the day it is written: 2025-07-01.yaml, else 2025-07-01-2.yaml, …"""
    n, target = 1, folder / f"{today.isoformat()}.yaml"
    while target.exists():
        n += 1
        target = folder / f"{today.isoformat()}-{n}.yaml"
    return target


_SERVICE_FIELDS = (
    ("name", "সেবার নাম (আবশ্যক)"),
    ("serial", "ক্রমিক নং, দলিলে যেমন লেখা (০১, ১।); না থাকলে সাইট ১, ২, … দিয়ে সাজাবে"),
    ("recipient", "সেবাগ্রহীতা, টেবিলে সেই কলাম থাকলে"),
    ("method", "সেবা প্রদান পদ্ধতি"),
    ("documents", "প্রয়োজনীয় কাগজপত্র: দলিলের ভাষায় এক লাইনে, অথবা তালিকা (প্রতিটি নাম, অথবা name: ও source:)"),
    ("documents_source", "কাগজপত্র/আবেদন ফরম প্রাপ্তিস্থান, যদি আলাদা কলাম হয়"),
    ("fee", "সেবার মূল্য ও পরিশোধ পদ্ধতি: দলিলের ভাষায় (ধার্য্যকৃত কর), অথবা amount: <টাকা> ও payment:;"
            " free: true কেবল দলিলে বিনামূল্যে লেখা থাকলে"),
    ("time_limit", "সেবা প্রদানের সময়সীমা: দলিলের ভাষায় (১ হইতে ৭ দিন), অথবা value: ও unit: (কার্যদিবস, দিন, ঘণ্টা …)"),
    ("officer", "দায়িত্বপ্রাপ্ত কর্মকর্তা: দলিলের ভাষায়, অথবা name:, designation:, phone:, email: …"),
    ("superior", "ঊর্ধ্বতন কর্মকর্তা/কর্তৃপক্ষ, কর্মকর্তার মতো করে"),
    ("note", "মন্তব্য"),
)
_GRS_FIELDS = (
    ("when", "কখন যোগাযোগ করবেন"),
    ("contact", "কার সঙ্গে যোগাযোগ করবেন: দলিলের ভাষায়, অথবা name:, designation:, phone:, email: …"),
    ("alternate", "বিকল্প কর্মকর্তা, টেবিলে সেই কলাম থাকলে"),
    ("time_limit", "নিষ্পত্তির সময়সীমা: শুধু সংখ্যা মানে কার্যদিবস (৩০); অন্য কথা দলিলে যেমন (২(দুই) মাস)"),
)


def _commented_rows(fields: tuple[tuple[str, str], ...], indent: int) -> list[str]:
    """One row of a table as comments that become YAML when their first "# " is deleted."""
    pad, out = " " * indent, []
    for i, (key, what) in enumerate(fields):
        lead = "  - " if i == 0 else "    "
        out += [f"{pad}#   {'  ' if i else ''}# {what}", f"{pad}# {lead}{key}:"]
    return out


def _skeleton() -> list[str]:
    uncomment = "\"[]\" মুছে নিচের লাইনগুলোর প্রথম \"# \" মুছুন"
    return [
        "# রূপকল্প (Vision), দলিলে যেমন",
        "vision:",
        "# অভিলক্ষ্য (Mission), দলিলে যেমন",
        "mission:",
        "# সেবার তালিকা, দলিলের টেবিলের ক্রমে; প্রাতিষ্ঠানিক ও অভ্যন্তরীণ সেবা থাকলে institutional: ও internal: একইভাবে",
        "services:",
        f"  # নাগরিক সেবা: {uncomment}, প্রতিটি সেবার জন্য একবার; দলিলে যে ঘর নেই সেই লাইন মুছুন",
        "  citizen: []",
        *_commented_rows(_SERVICE_FIELDS, 2),
        "# জিআরএস টেবিলের ওপরে দলিলের কথা, থাকলে",
        "grs_intro:",
        f"# অভিযোগ প্রতিকার ব্যবস্থাপনা (জিআরএস): {uncomment}, টেবিলের প্রতিটি ধাপের জন্য একবার",
        "grs: []",
        *_commented_rows(_GRS_FIELDS, 0),
        "# আপনার কাছে আমাদের প্রত্যাশা: \"[]\" মুছে প্রতিটি প্রত্যাশা আলাদা লাইনে \"  - \" দিয়ে, দলিলে যেমন",
        "expectations: []",
    ]


_FROM = "আগের সংস্করণ থেকে"


def _copy(m: schema.Charter, raw: Any) -> list[str]:
    """The sections of charter ``m`` in its own words, each under a comment (``raw``: its file's data)."""
    body: list[str] = []
    for key, what in (("vision", "রূপকল্প (Vision)"), ("mission", "অভিলক্ষ্য (Mission)")):
        if getattr(m, key):
            body += [f"# {what}, {_FROM}", *_entry(f"{key}:", getattr(m, key), 2)]
    services = _raw(raw, "services")
    groups = _given(m.services, services)
    if groups:
        body += [f"# সেবার তালিকা, {_FROM}, প্রতিটি সেবার প্রতিটি ঘর দলিলের ভাষায়", "services:"]
        labels = {"citizen": "নাগরিক সেবা", "institutional": "প্রাতিষ্ঠানিক সেবা", "internal": "অভ্যন্তরীণ সেবা",
                  "other": "অন্য সেবার তালিকা, প্রতিটি দলিলের নিজের শিরোনামে"}
        for key, v in groups:
            body += [f"  # {labels[key]}", *_entry(f"  {key}:", v, 4, _raw(services, key))]
    for key, what in (("grs_intro", "জিআরএস টেবিলের ওপরে দলিলের কথা"), ("grs", "অভিযোগ প্রতিকার ব্যবস্থাপনা (জিআরএস), প্রতিটি ধাপ"),
                      ("expectations", "আপনার কাছে আমাদের প্রত্যাশা"), ("headings", "অংশের শিরোনাম, দলিলে যেভাবে লেখা"),
                      ("columns", "সেবার টেবিলের কলামের শিরোনাম, দলিলে যেভাবে লেখা ও যে ক্রমে"),
                      ("grs_columns", "জিআরএস টেবিলের কলামের শিরোনাম, দলিলে যেভাবে লেখা")):
        v = getattr(m, key)
        present = _given(v) if isinstance(v, BaseModel) else v
        if present:
            body += [f"# {what}, {_FROM}", *_entry(f"{key}:", v, 2, _raw(raw, key))]
    return body


def charter(view: SiteView, content: Path, slug: str, today: date | None = None) -> Scaffold:
    """The office's next charter version: its current charter's sections in
    its words, with the dates, evidence and history left to the new document;
    or, for an office with no charter, the standard sections to fill in."""
    today = today or date.today()
    office = _office(view, slug)
    current = office.current_charter  # the newest version not withdrawn
    m = current.model if current is not None else None
    body = [f"# {_one_line(office.model.name)}: সেবা প্রদান প্রতিশ্রুতির নতুন সংস্করণ"]
    if current is not None:
        since = f"{current.date_label} {bangla.gregorian_date(current.key_date)}"
        body += [f"# {_one_line(current.name)} ({since}, {_one_line(current.source)}) থেকে নেওয়া, তার ভাষায়:"
                 " নতুন দলিলের সঙ্গে মিলিয়ে নিন, যা বদলেছে তা-ই বদলান।",
                 "# তারিখ, প্রমাণক ও প্রকাশের ইতিহাস নতুন দলিলের, তাই নেওয়া হয়নি।"]
    else:
        body.append("# দলিলে যা লেখা ঠিক তা-ই লিখুন; দলিলে যে অংশ নেই তা ফাঁকা রাখুন (সাইট জানাবে অংশটি দলিলে নেই)।")
    body += [
        "# প্রতিটি ঘরের বিবরণ: docs/content.md। লেখা শেষে যাচাই করুন: python build.py check",
        "# কার্যকর তারিখ (YYYY-MM-DD): নতুন দলিলে যে তারিখ লেখা, আগের সংস্করণেরটি নয়; দলিলে কোনো তারিখ না থাকলে"
        " এই লাইন মুছে নিচের published: এ এই সাইটে প্রথম প্রকাশের তারিখ লিখুন",
        "effective_date:",
        "# published:",
    ]
    if any(c.model.stated_date is None for c in office.charters):
        body.append("# এই দপ্তরের কোনো সংস্করণের দলিলে তারিখ নেই, তাই কার্যকর তারিখ দিলেও published: দিতে হবে (তা দিয়েই সংস্করণগুলোর ক্রম)")
    if m is not None and m.sample:
        body += ["# নমুনা: আগের সংস্করণটি নমুনা; আসল তথ্য হলে এই লাইন মুছুন", "sample: true"]
    if m is not None and m.title:
        body += [f"# দলিলের নিজের শিরোনাম, {_FROM}", *_entry("title:", m.title, 2)]
    else:
        body += ["# দলিলের নিজের শিরোনাম, যদি \"সেবা প্রদান প্রতিশ্রুতি\" না হয় (যেমন নাগরিক সনদ)", "# title:"]
    body += ["# দলিলে আর কোনো তারিখ লেখা থাকলে (সর্ব-শেষ হাল-নাগাদ …), দলিলের কথাসহ; আগের সংস্করণের তারিখ নেওয়া হয়নি", "# stated_dates:"]
    labels = [d.label for d in m.stated_dates] if m is not None else []
    for label in labels or [None]:
        body += [f"#   - label: {_q(label)}" if label else "#   - label:", "#     date:"]
    if m is None:
        body += _skeleton()
    else:
        source = load.load_yaml(content, content / current.source, Problems())  # the key order the model forgets
        body += _copy(m, source.data if source is not None else None)
        if m.note:
            body.append("# মন্তব্য (note, আপনার নিজের কথা, Markdown): আগের সংস্করণের মন্তব্য নেওয়া হয়নি; দরকার হলে লিখুন")
    body += [
        "# প্রমাণক: নতুন দলিলের স্বাক্ষরিত কপি (PDF) দপ্তরের ফোল্ডারে রেখে, তার title: ও file:",
        "# evidence:",
        "#   - title:",
        "#     file: evidence/<ফাইলের নাম>.pdf",
    ]
    target = _next_name(content / "offices" / slug / "charters", today)
    return _write(content, target, "charter", body)
