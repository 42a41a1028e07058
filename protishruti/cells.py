"""How a charter's cells read as plain text: a value as the document wrote
it stays exactly that text; a structured value (an amount, a range of days, a
person) reads the way an official table writes it.  Templates add markup
around these; CSV twins and charter comparisons use them as they are.

Nothing here fills a gap: a missing value reads as ``SILENCE``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from . import bangla, schema

SILENCE = "উল্লেখ নেই"

# Ditto marks ("the same as the row above") that tables use.
_DITTO = re.compile(r"^\s*[-–—]?\s*(ঐ|এ|ঔ|\"|”|〃|''|do|Do|DO)\s*[-–—]?\s*\.?\s*$")


def is_ditto(value: Any) -> bool:
    return isinstance(value, str) and bool(_DITTO.match(value))


def lines(text: str) -> list[str]:
    """A cell's text as its lines (a cell may hold one line per item)."""
    return [line.rstrip() for line in text.strip().split("\n")]


# ---------------------------------------------------------------- fee


def fee_lines(fee: Any) -> list[str]:
    """The fee itself, one line per tier; payment and note are separate."""
    if fee is None:
        return [SILENCE]
    if isinstance(fee, str):
        return lines(fee)
    if fee.free:
        return ["বিনামূল্যে"]
    if fee.amount is not None:
        return [bangla.taka(fee.amount)]
    return [f"{t.when}: {'বিনামূল্যে' if t.free else bangla.taka(t.amount)}" for t in fee.tiers]


def fee_text(fee: Any) -> str:
    out = fee_lines(fee)
    if isinstance(fee, schema.Fee):
        out += [x for x in (fee.payment, fee.note) if x]
    return "\n".join(out)


# ---------------------------------------------------------------- time limits


def time_text(t: Any) -> str:
    if t is None:
        return SILENCE
    if isinstance(t, str):
        return t
    if t.immediate:
        main = "তাৎক্ষণিক"
    elif t.value is not None:
        main = f"{bangla.number(t.value)} {t.unit}"
    else:
        main = f"{bangla.number(t.min)} থেকে {bangla.number(t.max)} {t.unit}"
    return f"{main} ({t.note})" if t.note else main


# ---------------------------------------------------------------- people and documents


def person_text(p: Any) -> str:
    if p is None:
        return SILENCE
    if isinstance(p, str):
        return p
    head = ", ".join(x for x in (p.name, p.designation, p.office) if x)
    parts = [head] + [f"{label}: {v}" for label, v in (("ফোন", p.phone), ("মোবাইল", p.mobile), ("ই-মেইল", p.email), ("ওয়েব", p.web)) if v]
    if p.address:
        parts.append(p.address)
    return "; ".join(parts)


@dataclass(frozen=True)
class DocumentLine:
    name: str
    source: str | None = None


def document_lines(docs: Any) -> list[DocumentLine] | None:
    """A list of documents, or None when the cell is text (shown as lines)."""
    if isinstance(docs, list):
        return [DocumentLine(d) if isinstance(d, str) else DocumentLine(d.name, d.source) for d in docs]
    return None


def documents_text(docs: Any) -> str:
    if docs is None:
        return SILENCE
    if isinstance(docs, str):
        return docs
    return "\n".join(f"{d.name} (প্রাপ্তিস্থান: {d.source})" if d.source else d.name for d in document_lines(docs) or [])


# ---------------------------------------------------------------- any column


def text(column: str, value: Any) -> str:
    """Plain text of one cell of a service or GRS table."""
    if value is None:
        return SILENCE
    if column == "fee":
        return fee_text(value)
    if column == "time_limit":
        return time_text(value)
    if column in ("officer", "superior", "contact", "alternate"):
        return person_text(value)
    if column == "documents":
        return documents_text(value)
    return str(value)


# ---------------------------------------------------------------- table columns


@dataclass(frozen=True)
class Column:
    key: str
    heading: str  # the column heading (the document's words where it gives them)
    card: str  # its label in a phone card


# key, default heading, default card label
SERVICE_COLUMNS = (
    ("name", "সেবার নাম", "সেবার নাম"),
    ("recipient", "সেবাগ্রহীতা", "সেবাগ্রহীতা"),
    ("method", "সেবা প্রদান পদ্ধতি", "সেবা প্রদান পদ্ধতি"),
    ("documents", "প্রয়োজনীয় কাগজপত্র এবং প্রাপ্তিস্থান", "প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান"),
    ("documents_source", "কাগজপত্র/আবেদন ফরম প্রাপ্তিস্থান", "কাগজপত্র/আবেদন ফরম প্রাপ্তিস্থান"),
    ("fee", "সেবার মূল্য এবং পরিশোধ পদ্ধতি", "সেবার মূল্য ও পরিশোধ পদ্ধতি"),
    ("time_limit", "সেবা প্রদানের সময়সীমা", "সময়সীমা"),
    ("officer", "দায়িত্বপ্রাপ্ত কর্মকর্তা (নাম, পদবি, ফোন ও ই-মেইল)", "দায়িত্বপ্রাপ্ত কর্মকর্তা"),
    ("superior", "ঊর্ধ্বতন কর্মকর্তা", "ঊর্ধ্বতন কর্মকর্তা"),
    ("note", "মন্তব্য", "মন্তব্য"),
)
GRS_COLUMNS = (
    ("when", "কখন যোগাযোগ করবেন", "কখন যোগাযোগ করবেন"),
    ("contact", "কার সঙ্গে যোগাযোগ করবেন ও যোগাযোগের ঠিকানা", "কার সঙ্গে যোগাযোগ করবেন"),
    ("alternate", "বিকল্প কর্মকর্তা", "বিকল্প কর্মকর্তা"),
    ("time_limit", "নিষ্পত্তির সময়সীমা", "নিষ্পত্তির সময়সীমা"),
)
LABELS = {key: heading for key, heading, _ in SERVICE_COLUMNS + GRS_COLUMNS}


def columns(defaults: tuple, rows: list[Any], words: Any, always: tuple[str, ...] = ()) -> list[Column]:
    """The columns a table shows: those some row fills (a column no row fills
    is left out), in the order the document's own headings give (``words``,
    a schema block), then the usual order."""
    present = [(k, h, c) for k, h, c in defaults if k in always or any(getattr(r, k) is not None for r in rows)]
    given = words.written_order() if words is not None else []
    present.sort(key=lambda col: given.index(col[0]) if col[0] in given else len(given))
    out = []
    keys = {k for k, _, _ in present}
    for key, heading, card in present:
        written = getattr(words, key, None) if words is not None else None
        if key == "documents" and "documents_source" in keys and written is None:
            heading = card = "প্রয়োজনীয় কাগজপত্র"
        out.append(Column(key, written or heading, written or card))
    return out


def dittos(rows: list[Any], keys: list[str]) -> dict[tuple[int, str], str]:
    """Where a cell is a ditto mark (-ঐ-), the text it repeats: the nearest
    cell above it in the column that is not a ditto mark.  A blank cell on the
    way breaks the chain (the table does not say what it repeats)."""
    out: dict[tuple[int, str], str] = {}
    for key in keys:
        for i, row in enumerate(rows):
            if not is_ditto(getattr(row, key)):
                continue
            j = i - 1
            while j >= 0 and is_ditto(getattr(rows[j], key)):
                j -= 1
            if j >= 0 and getattr(rows[j], key) is not None:
                out[(i, key)] = text(key, getattr(rows[j], key))
    return out
