""""Did you mean …?" that only suggests the same thing.

Edit distance alone is dangerous in Bangla: বাস্তবায়নাধীন (under way) is a
few letters from বাস্তবায়িত (done), its opposite, and `attendees` is as close
to `updates` as to anything.  A suggestion is offered only when

* the two spellings are the same word written another way (vowel-sign
  length, ণ/ন, শ/ষ/স, য/য়, ড়/ঢ়/র, ং/ঙ, hasanta and joiners folded away), or
* the value is a known synonym (English names, other usual words), or
* both are ASCII and differ by a typo (difflib ratio ≥ 0.8, e.g. emial → email).
"""

from __future__ import annotations

import difflib
import re

_FOLD = str.maketrans({
    "ী": "ি", "ূ": "ু", "ণ": "ন", "ষ": "স", "শ": "স", "ঢ": "ড", "ঘ": "গ", "ং": "ঙ", "ৎ": "ত", "ৈ": "ে",
    "্": None, "\u200c": None, "\u200d": None, "়": None, "-": None, " ": None, "_": None,
})
_AFTER = (("ড", "র"),)

# Words webmasters use for a value, mapped to the value this site knows.
SYNONYMS = {
    # গণনা পদ্ধতি
    "sum": "সমষ্টি", "total": "সমষ্টি", "যোগফল": "সমষ্টি", "মোট": "সমষ্টি",
    "average": "গড়", "mean": "গড়",
    "date": "তারিখ",
    "cumulative": "ক্রমপুঞ্জিভূত", "running total": "ক্রমপুঞ্জিভূত", "ক্রমপুঞ্জিত": "ক্রমপুঞ্জিভূত", "ক্রমযোজিত": "ক্রমপুঞ্জিভূত",
    # time units
    "কর্মদিবস": "কার্যদিবস", "কর্ম দিবস": "কার্যদিবস", "working days": "কার্যদিবস", "working day": "কার্যদিবস",
    "work days": "কার্যদিবস", "days": "দিন", "day": "দিন", "hours": "ঘণ্টা", "hour": "ঘণ্টা",
    "minutes": "মিনিট", "minute": "মিনিট", "weeks": "সপ্তাহ", "week": "সপ্তাহ", "months": "মাস", "month": "মাস",
    "বৎসর": "বছর", "বছরে": "বছর", "years": "বছর", "year": "বছর",
    # GRS officers' functions
    "অনিক": "grievance", "অভিযোগ নিষ্পত্তি কর্মকর্তা": "grievance", "বিকল্প": "alternate", "বিকল্প অনিক": "alternate",
    "আপিল": "appeal", "আপীল": "appeal", "আপিল কর্মকর্তা": "appeal", "ফোকাল পয়েন্ট": "focal",
    # provenance
    "দলিল": "document", "সম্পাদক": "editor", "webmaster": "editor", "derived": "editor",
}


def fold(word: str) -> str:
    """A spelling-independent form of a Bangla word."""
    out = word.strip().lower().translate(_FOLD)
    for a, b in _AFTER:
        out = out.replace(a, b)
    return out


def same_word(value: str, choices: list[str]) -> str | None:
    """The choice ``value`` is a spelling or a synonym of, if any."""
    raw = value.strip()
    for key, target in SYNONYMS.items():
        if target in choices and (raw.lower() == key or fold(raw) == fold(key)):
            return target
    folded = fold(raw)
    for choice in choices:
        if fold(choice) == folded:
            return choice
    if raw.isascii():
        close = difflib.get_close_matches(raw, [c for c in choices if c.isascii()], n=1, cutoff=0.8)
        if close:
            return close[0]
    return None


def field_name(name: str, allowed: list[str]) -> str | None:
    """A field name ``name`` is a typo of (ASCII, close), if any."""
    close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.75)
    if close:
        return close[0]
    return next((a for a in allowed if re.sub(r"[_\s-]", "", a) == re.sub(r"[_\s-]", "", name.lower())), None)
