"""Status words of committee decisions, as documents write them.

A decision's status is kept as written (বাস্তবায়িত, বাস্তবায়নাধীন,
প্রক্রিয়াধীন, …).  Known words are grouped into five classes that choose the
symbol and pattern a page shows beside the word; the word itself is never
replaced.  A word this table does not know is shown as written, class
"other".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .cells import SILENCE

# class → (symbol, order)
CLASSES = {
    "done": ("✔", 0),
    "partial": ("◐", 1),
    "ongoing": ("↻", 2),
    "not-done": ("✖", 3),
    "other": ("•", 4),
    "silent": ("–", 5),
}

_KNOWN = {
    "done": ("বাস্তবায়িত", "বাস্তবায়ন সম্পন্ন", "বাস্তবায়ন করা হয়েছে", "সম্পন্ন", "সম্পন্ন হয়েছে", "সম্পাদিত"),
    "partial": ("আংশিক বাস্তবায়িত", "আংশিক সম্পন্ন", "আংশিক"),
    "ongoing": ("চলমান", "বাস্তবায়নাধীন", "বাস্তবায়ন চলমান", "প্রক্রিয়াধীন", "অব্যাহত", "কার্যক্রম চলমান", "চলতি"),
    "not-done": ("অবাস্তবায়িত", "বাস্তবায়িত হয়নি", "অসম্পন্ন", "বাস্তবায়ন হয়নি"),
}
_FOLD = re.compile(r"[\s।.,;:!()\[\]\-–—]+")


def _key(word: str) -> str:
    return _FOLD.sub(" ", word).strip()


_CLASS_OF = {_key(w): cls for cls, words in _KNOWN.items() for w in words}


def status_class(word: str | None) -> str:
    if word is None:
        return "silent"
    return _CLASS_OF.get(_key(word), "other")


def mark(word: str | None) -> str:
    return CLASSES[status_class(word)][0]


@dataclass(frozen=True)
class StatusCount:
    word: str  # as written; "উল্লেখ নেই" for decisions with no status
    css: str  # the class
    mark: str
    count: int


def count(words: list[str | None]) -> list[StatusCount]:
    """How many decisions have each status word, known classes first, then
    other words in the order they first appear, then decisions with none."""
    counts = Counter(words)  # insertion order: the order words first appear
    ordered = sorted(counts, key=lambda w: CLASSES[status_class(w)][1])  # stable
    return [StatusCount(w if w is not None else SILENCE, status_class(w), mark(w), counts[w]) for w in ordered]
