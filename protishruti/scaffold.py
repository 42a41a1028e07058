"""``new report|plan|meeting``: the next record of an office, written from what its
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

Nothing the document must say is filled in: a figure left blank is shown as
"উল্লেখ নেই" on the site, so a new report passes ``check`` and never shows a
number the office did not give.  What a record cannot be without (a plan's
অসাধারণ targets, a meeting's title) is left for ``check`` to ask for.  The first line names the
file's JSON Schema (``schema``), which is written beside the content folder
if it is not there yet.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import bangla, jsonschemas, periods, scoring, statuses
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


def _q(text: str) -> str:
    """A YAML scalar that reads back as exactly ``text`` (double-quoted, JSON escapes)."""
    return json.dumps(text, ensure_ascii=False)


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
        raise ScaffoldError(f"--office {slug}: no office has that slug (offices/<slug>/office.yaml); the offices are: {known}")
    return office


def _schema_line(content: Path, target: Path, kind: str) -> tuple[str, list[Path]]:
    """The yaml-language-server line naming the schema, and the schemas written to make it true."""
    folder = content.resolve().parent / "schemas"
    written = [] if (folder / f"{kind}.schema.json").is_file() else jsonschemas.write(folder)
    rel = os.path.relpath(folder / f"{kind}.schema.json", target.parent.resolve())
    return f"# yaml-language-server: $schema={Path(rel).as_posix()}", written


def _write(content: Path, target: Path, kind: str, body: list[str]) -> Scaffold:
    if target.exists():
        raise ScaffoldError(f"{target}: the file exists already; edit it, or remove it to start again")
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
            raise ScaffoldError(f"--office {slug}: the office has no action plan yet: write one first (new plan --office {slug} --fiscal-year YYYY-YY)")
        fiscal_year = max(plans)
    if quarter is None:  # the quarter after the year's last report
        quarter = min(4, max((r.model.quarter for r in reports if r.model.fiscal_year == fiscal_year), default=0) + 1)
    plan = plans.get(fiscal_year)
    if plan is None:
        have = ", ".join(sorted(plans)) or "none"
        raise ScaffoldError(f"--fiscal-year {fiscal_year}: office {slug} has no action plan for that year (its plans: {have});"
                            f" a report lists the plan's indicators, so write the plan first")
    if any(r.model.fiscal_year == fiscal_year and r.model.quarter == quarter for r in reports):
        raise ScaffoldError(f"office {slug} already has a report for {fiscal_year} quarter {quarter}")
    last_figure = figures_before((r.model for r in reports), fiscal_year, quarter)
    start, end = periods.quarter(fiscal_year, quarter)
    label = f"{bangla.fiscal_year_label(fiscal_year)}, {bangla.quarter_label(quarter)}"
    body = [
        f"# {office.model.name}: {label}ের ত্রৈমাসিক অগ্রগতি প্রতিবেদন ({bangla.gregorian_date(start)} – {bangla.gregorian_date(end)})",
        "# দলিলে যা লেখা ঠিক তা-ই লিখুন; দলিলে না থাকলে ঘর ফাঁকা রাখুন (সাইটে \"উল্লেখ নেই\" দেখাবে)।",
        "# Field reference: docs/content.md. Check with: python build.py check",
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
            raise ScaffoldError("--fiscal-year YYYY-YY is needed: the office has no plan to follow from")
        fiscal_year = periods.following(plans[-1].model.fiscal_year)
    if any(p.model.fiscal_year == fiscal_year for p in plans):
        raise ScaffoldError(f"office {slug} already has an action plan for {fiscal_year}")
    before = [p for p in plans if p.model.fiscal_year < fiscal_year]
    previous = before[-1] if before else None
    body = [
        f"# {office.model.name}: {bangla.fiscal_year_label(fiscal_year)}ের কর্মপরিকল্পনা",
        "# দলিলে যা লেখা ঠিক তা-ই লিখুন; দলিলে না থাকলে ঘর ফাঁকা রাখুন।",
        "# Field reference: docs/content.md. Check with: python build.py check",
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
        "# Field reference: docs/content.md. Check with: python build.py check",
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
