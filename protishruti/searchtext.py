"""The search normal form of Bangla text, shared by the index (here) and the
query (layouts/static/search/normalise.js, which must agree: a test runs both).

Pagefind matches words exactly (we turn on ``exactDiacritics`` so vowel signs
count: কুল is not কাল).  Text that looks the same can be spelled differently
in Unicode, so both sides are brought to one form:

* Unicode NFC (precomposed and decomposed য় ড় ঢ় become the same);
* ত্‍ (ta + hasanta + ZWJ, the pre-2005 encoding) becomes ৎ (khanda ta);
* ZWJ and ZWNJ are dropped (they change the shape of a conjunct, not the word);
* dashes and slashes become spaces, and runs of spaces one space.

Pages keep their text exactly as written; words whose normal form differs are
added to the index as invisible aliases (``search_aliases``), so a query
typed either way finds them.  Digits are handled on the query side: the
browser searches both ২০২৪ and 2024.
"""

from __future__ import annotations

import re
import unicodedata

ZW = re.compile("[\u200c\u200d]")
KHANDA_TA_OLD = re.compile("\u09a4\u09cd\u200d")
WORD = re.compile(r"[\w\u0980-\u09ff\u200c\u200d]+")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = KHANDA_TA_OLD.sub("\u09ce", text)
    text = ZW.sub("", text)
    # the index splits words at dashes and slashes; so does the query
    text = "".join(" " if ch == "/" or unicodedata.category(ch) == "Pd" else ch for ch in text)
    return " ".join(text.split())


def needs_aliases(text: str) -> bool:
    return "\u200c" in text or "\u200d" in text


def aliases(text: str) -> str:
    """Normal forms of the words in ``text`` that are written differently,
    space-separated, in order of first appearance, each once."""
    seen: dict[str, None] = {}
    for word in WORD.findall(unicodedata.normalize("NFC", text)):
        normal = normalise(word)
        if normal != word and normal:
            seen.setdefault(normal, None)
    return " ".join(seen)
