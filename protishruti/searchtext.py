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

Beyond that normal form, :func:`fold` equates the spellings people use for
the same word (সরকারী/সরকারি, মন্ত্রনালয়/মন্ত্রণালয়, ফর্ম/ফরম): the index's
*lexicon* (index.write_words) lists, under each folded form, the words of the
index that fold to it, so the browser can search the spellings the pages
really use and rank them below exact hits (and offer "এটি খুঁজছেন কি" for a
word one letter away).  Pagefind's own diacritic folding would also equate
কুল and কাল, so we keep it off and fold only these pairs.
"""

from __future__ import annotations

import re
import unicodedata

ZW = re.compile("[\u200c\u200d]")
KHANDA_TA_OLD = re.compile("\u09a4\u09cd\u200d")
WORD = re.compile(r"[\w\u0980-\u09ff\u200c\u200d]+")


# "/" and every dash (Unicode category Pd), as one pattern: a per-character
# loop over every page's text made the lexicon take 5 s at 2,000 pages.  The
# dashes are all in the BMP but one, U+10EAD YEZIDI HYPHENATION MARK, so the
# scan stops at U+FFFF and adds it (the whole range takes ten times as long at
# import); tests/test_lexicon.py checks the set against unicodedata over all planes.
_DASHES = re.compile("[/" + "".join(re.escape(chr(c)) for c in (*range(0x10000), 0x10EAD)
                                     if unicodedata.category(chr(c)) == "Pd") + "]")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = KHANDA_TA_OLD.sub("\u09ce", text)
    text = ZW.sub("", text)
    # the index splits words at dashes and slashes; so does the query
    text = _DASHES.sub(" ", text)
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


# Folding: (from, to) pairs applied in order after normalise() and lower-casing.
# ড় ঢ় য় are base + nukta in NFC (U+09DC/09DD/09DF are composition
# exclusions), so the r-sounds go before the nukta is dropped.
FOLDS = (
    ("\u09a1\u09bc", "র"),  # ড় → র
    ("\u09a2\u09bc", "র"),  # ঢ় → র
    ("\u09bc", ""),  # nukta: য় → য
    ("\u09cd", ""),  # hasanta: ফর্ম → ফরম
    ("ী", "ি"), ("ূ", "ু"), ("ঈ", "ই"), ("ঊ", "উ"),
    ("ণ", "ন"), ("ষ", "স"), ("শ", "স"), ("ঙ", "ং"), ("ৎ", "ত"),
)
_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
# a word as the lexicon counts it: letters, digits and Bangla signs (not the
# danda, not Bangla currency signs)
LEX_WORD = re.compile(r"(?:[^\W_]|[\u0981-\u09e3\u09e6-\u09f1])+")


def fold(word: str) -> str:
    """The form two spellings of one word share (see FOLDS); digits in ASCII."""
    text = normalise(word).lower()
    for a, b in FOLDS:
        text = text.replace(a, b)
    return text.translate(_DIGITS)


def words(text: str) -> list[str]:
    """The words of ``text`` as the lexicon lists them (normal form, lower case)."""
    return LEX_WORD.findall(normalise(text).lower())
