"""Helpers for the machine-readable twins of every record type: records and
computed values as JSON-ready data (numbers stay numbers, dates become ISO
text with their Bangla and বঙ্গাব্দ readings where a reader needs them), and
CSV tables (UTF-8 with BOM, CRLF, so Excel opens Bangla correctly)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import asdict, is_dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

from pydantic import BaseModel

from . import bangla, figures, schema, scoring
from .figures import Figure
from .scorecards import Scorecard
from .views import EvidenceView, History


def dual_date(d: date | None) -> dict[str, str] | None:
    if d is None:
        return None
    return {"iso": d.isoformat(), "gregorian": bangla.gregorian_date(d), "bangabda": bangla.bangla_date(d)}


def number(x: Decimal | Fraction | int | None) -> int | float | None:
    if x is None:
        return None
    if isinstance(x, Fraction) and x.denominator == 1:
        return int(x)
    if isinstance(x, Decimal) and x == x.to_integral_value():
        return int(x)
    return round(float(x), 6)


def value(v: Any) -> Any:
    if isinstance(v, date):
        return v.isoformat()
    return number(v)


def plain(obj: Any) -> Any:
    """Records (pydantic models) as JSON-ready data: numbers stay numbers,
    dates become ISO text."""
    if isinstance(obj, BaseModel):
        return {k: plain(v) for k, v in obj.model_dump(by_alias=True).items()}
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [plain(v) for v in obj]
    if isinstance(obj, (Decimal, Fraction)):
        return number(obj)
    if isinstance(obj, date):
        return obj.isoformat()
    if is_dataclass(obj):
        return plain(asdict(obj))
    return obj


def record(model: BaseModel) -> Any:
    """A record as the webmaster wrote it: only the fields the file gives
    (no defaults filled in), numbers as numbers, dates as ISO text."""
    return plain(model.model_dump(by_alias=True, exclude_unset=True))


def history(h: History | None) -> dict[str, Any] | None:
    if h is None:
        return None
    # "published" is the day this site first published the record (its published:), as on the
    # page; a record without one gives null there and its document's own date, by which it is
    # ordered, as "document_date" — never that date passed off as the publication
    return {
        "published": dual_date(h.published) if h.on_site else None,
        "document_date": None if h.on_site else dual_date(h.published),
        "updated": dual_date(h.updated),
        "updates": [{"date": dual_date(u.date), "note": u.note} for u in h.updates],
        "withdrawn": {"date": dual_date(h.withdrawn.date), "reason": h.withdrawn.reason} if h.withdrawn else None,
    }


def evidence(items: list[EvidenceView], base: str) -> list[dict[str, Any]]:
    out = []
    for e in items:
        if e.external:
            out.append({"title": e.title, "url": e.href, "external": True})
        else:
            out.append(
                {"title": e.title, "url": base + e.href, "path": e.href, "external": False,
                 "size": e.size, "type": e.kind, "media_type": e.mime, "sha256": e.sha256}
            )
    return out


def figure(f: Figure) -> dict[str, Any]:
    """A figure with its provenance: document, editor (with the reason) or
    computed (with the formula); ``sample`` when it comes from নমুনা data."""
    v = f.value
    out: dict[str, Any] = {
        "value": v if isinstance(v, str) else value(v),
        "display": None if v is None else (v if isinstance(v, str) else figures.n(v)),
        "provenance": f.provenance,
    }
    if f.reason:
        out["reason"] = f.reason
    if f.formula:
        out["formula"] = f.formula
    out["sample"] = f.sample
    return out


def score(f: Figure, s: scoring.Score | None) -> dict[str, Any]:
    out = figure(f)
    if s is not None and f.value is not None:
        out.update({
            "method": s.method,
            "achieved_number": number(s.achieved),
            "ratio": number(s.ratio),
            "percent": number(s.percent * 100),
            "level": s.level,
            "exact": f"{s.score.numerator}/{s.score.denominator}",
        })
    return out


def scorecard(card: Scorecard, base: str) -> dict[str, Any]:
    return {
        "scoring_method": card.method,
        "up_to_quarter": card.up_to_quarter,
        "missing_quarters": card.missing_quarters,
        "sample_quarters": card.sample_quarters,
        "indicators": [
            {
                "id": r.indicator.id,
                "id_display": f"[{bangla.digits(r.indicator.id)}]",
                "name": r.indicator.name,
                "unit": r.indicator.unit,
                "area": r.area.name,
                "activity_id": r.activity.id,
                "weight": figure(r.weight),
                "calculation": figure(r.calculation),
                "lower_is_better": r.indicator.lower_is_better,
                "targets": {name: figure(t) for (name, _), t in zip(scoring.LEVELS, r.targets)},
                "quarters": {str(q): figure(f) for q, f in r.quarters.items()},
                "to_date": figure(r.to_date),
                "score": score(r.score, r.result),
                "remarks": r.progress.remarks if r.progress else None,
                "evidence": evidence(r.evidence, base),
            }
            for r in card.rows
        ],
        "areas": [
            {"index": a.index, "name": a.area.name, "weight": figure(a.weight), "score": figure(a.score)}
            for a in card.areas
        ],
        "total": {"weight": figure(card.weight), "score": figure(card.score)},
    }


def csv_cell(v: Any) -> str:
    """ASCII digits in CSV cells, so spreadsheets read numbers as numbers."""
    if v is None:
        return "-"
    if isinstance(v, date):
        return v.isoformat()
    return str(number(v))


CSV_HEADER = [
    "ক্ষেত্র", "ক্ষেত্রের মান", "কার্যক্রম", "কার্যক্রমের নাম", "সূচক", "সূচকের নাম", "একক", "সূচকের মান",
    "গণনা পদ্ধতি", "কম হলে ভালো",
    *[f"লক্ষ্যমাত্রা {name} {pct}%" for name, pct in scoring.LEVELS],
]


_NUMBER = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?")


def text_cell(text: str | None) -> str:
    """A cell a spreadsheet will not run: one starting with = @ tab or CR,
    or with + or - and not a plain number (a ditto mark "-ঐ-", or a crafted
    formula such as -2+3+cmd|…), gets a leading apostrophe, the usual guard
    against CSV formula injection.  Numbers such as -5 stay numbers."""
    if not text:
        return ""
    first = text[0]
    if first in "=@\t\r" or (first in "+-" and text not in "+-" and not _NUMBER.fullmatch(text)):
        return "'" + text
    return text


class _Guarded:
    """A CSV writer that guards every cell it writes.  (A class, not a
    closure made per call: a class made per call is garbage in a cycle, and
    the build runs without the cyclic collector, so each one kept its whole
    CSV text alive: 180 MB at 10,000 pages.)"""

    def __init__(self, buf: io.StringIO):
        self.writer = csv.writer(buf, lineterminator="\r\n")

    def writerow(self, row: list[Any]) -> None:
        self.writer.writerow([text_cell(c) if isinstance(c, str) else c for c in row])

    def writerows(self, rows: list[list[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_text(header: list[str], rows: list[list[str]]) -> str:
    """A CSV table of text: UTF-8 with BOM, CRLF line ends."""
    buf = io.StringIO()
    writer = _Guarded(buf)
    writer.writerow(header)
    writer.writerows(rows)
    return "\ufeff" + buf.getvalue()


def _sources(items: list[tuple[str, Figure]]) -> str:
    """Where figures come from, in one cell: "দলিলে উল্লিখিত", or per item
    where they differ ("১: সম্পাদকের নির্ণয়; ২: দলিলে উল্লিখিত")."""
    present = [(k, f) for k, f in items if f.value is not None]
    labels = {f.label for _, f in present}
    if len(labels) <= 1:
        return next(iter(labels), "")
    return "; ".join(f"{k}: {f.label}" for k, f in present)


def scorecard_csv(card: Scorecard, quarters: list[int]) -> str:
    """One row per indicator, with quarters, achievement to date and score,
    the score's formula, and where the figures come from.  Numbers are ASCII
    (spreadsheets read them as numbers); text cells are guarded."""
    annual = any(isinstance(r.progress, schema.YearProgress) for r in card.rows)
    buf = io.StringIO()
    writer = _Guarded(buf)  # every cell guarded, the document's text and ours alike
    writer.writerow(
        CSV_HEADER
        + [f"{bangla.quarter_label(q)} অর্জন" for q in quarters]
        + (["অগ্রগতি", "বছরের অর্জন"] if annual else ["অদ্যাবধি অর্জন"])
        + ["অর্জিত হার %", "অর্জিত মান", "স্কোরিং পদ্ধতি", "অর্জিত মানের হিসাব", "মন্তব্য", "প্রমাণক",
           "লক্ষ্যমাত্রা ও মানের উৎস", "গণনা পদ্ধতির উৎস", "অর্জনের উৎস", "নমুনা তথ্য থেকে"]
    )
    def t(v: str | None) -> str:  # _Guarded guards every cell
        return v or ""

    for r in card.rows:
        ind = r.indicator
        writer.writerow(
            [
                t(r.area.name), csv_cell(r.area.weight), f"[{r.activity.id}]", t(r.activity.name), f"[{ind.id}]", t(ind.name),
                t(ind.unit), csv_cell(ind.weight), ind.calculation or "উল্লেখ নেই", "হ্যাঁ" if ind.lower_is_better else "",
                *[csv_cell(v) for v in ind.levels],
                *[csv_cell(r.quarters[q].value if q in r.quarters else None) for q in quarters],
                *([t(getattr(r.progress, "progress", None))] if annual else []),
                csv_cell(r.to_date.value), csv_cell(r.result.percent * 100) if r.result else "", csv_cell(r.score.value), card.method,
                r.score.formula or "",
                t(r.progress.remarks) if r.progress else "",
                " ; ".join(e.href for e in r.evidence),
                _sources([("", r.weight)] + [("", f) for f in r.targets]),
                r.calculation.label if r.calculation.value else "",
                _sources([(bangla.digits(q), r.quarters[q]) for q in quarters if q in r.quarters] + ([("", r.to_date)] if annual else [])),
                "হ্যাঁ" if any(f.sample for f in r.figures()) else "না",
            ]
        )
    writer.writerow([])
    writer.writerow(["সর্বমোট", csv_cell(card.weight.value)] + [""] * (len(CSV_HEADER) + len(quarters) - 2 + (1 if annual else 0))
                    + ["", "", csv_cell(card.score.value), card.method, card.score.formula or ""])
    return "\ufeff" + buf.getvalue()
