"""Bijoy (SutonnyMJ) text to Unicode Bangla.

Many offices still type in Bijoy with the SutonnyMJ font.  The file holds
ASCII and Windows-1252 characters (``†mev cÖ`vb cÖwZkÖæwZ``) that only
*look* like Bangla in that font; pasted into a record they would show
citizens garbage.  :func:`to_unicode` converts such text and :func:`reading`
decides, conservatively, whether a value looks Bijoy-encoded at all.

Why our own table: the PyPI package ``bijoy2unicode`` (0.1.1) reads ``æ`` as
ম্ন (a glyph of another Bijoy font), so ``cÖwZkÖæwZ`` comes out as
"প্রতিশ্রম্নতি"; it moves the reph the wrong way (``Kg©KZ©v`` gives
"কমর্কতার্"), and it raises IndexError on a lone ``©`` or on ``K©``.

The mapping is plain module-level data (:data:`GLYPHS` and the groups it is
built from, plus :data:`PRE_KARS`, :data:`REPH` and :data:`CONSONANTS`), so
it can be exported to JSON for the browser's search box.  The table follows
the SutonnyMJ layout (the Windows-1252 code points the font draws as Bangla);
a glyph whose reading we could not confirm is left out and passes through.
"""

from __future__ import annotations

import re
import unicodedata

# ---------------------------------------------------------------- the table
# Keys are what the file holds (Unicode code points after a Windows-1252
# decode, as Word and Excel hand them over); values are Unicode Bangla in
# logical order.  Only "Av" is longer than one character: match longest first.

VOWELS: dict[str, str] = {
    "Av": "আ",  # অ + া-kar, one letter
    "A": "অ",
    "B": "ই",
    "C": "ঈ",
    "D": "উ",
    "E": "ঊ",
    "F": "ঋ",
    "G": "এ",
    "H": "ঐ",
    "I": "ও",
    "J": "ঔ",
}

CONSONANT_KEYS: dict[str, str] = {
    "K": "ক", "L": "খ", "M": "গ", "N": "ঘ", "O": "ঙ",
    "P": "চ", "Q": "ছ", "R": "জ", "S": "ঝ", "T": "ঞ",
    "U": "ট", "V": "ঠ", "W": "ড", "X": "ঢ", "Y": "ণ",
    "Z": "ত", "_": "থ", "`": "দ", "a": "ধ", "b": "ন",
    "c": "প", "d": "ফ", "e": "ব", "f": "ভ", "g": "ম",
    "h": "য", "i": "র", "j": "ল", "k": "শ", "l": "ষ",
    "m": "স", "n": "হ", "o": "\u09dc", "p": "\u09dd", "q": "\u09df",  # ড় ঢ় য় (precomposed)
}

SIGNS: dict[str, str] = {
    "r": "ৎ",  # khanda ta
    "s": "ং",  # anusvara
    "t": "ঃ",  # visarga
    "u": "ঁ",  # chandrabindu
    "&": "্",  # hasanta
    "|": "।",  # dari
}

DIGITS: dict[str, str] = {str(d): "০১২৩৪৫৬৭৮৯"[d] for d in range(10)}

# Vowel signs written after the consonant, as in Unicode.
POST_KARS: dict[str, str] = {
    "v": "া",
    "x": "ী",
    "y": "ু", "z": "ু", "“": "ু", "–": "ু", "æ": "ু",  # æ: ু under a ra-phala
    "~": "ূ", "ƒ": "ূ", "‚": "ূ",
    "„": "ৃ", "…": "ৃ",
    "Š": "ৗ",  # the au length mark: ‡KŠ = কৌ
}

# Vowel signs Bijoy writes BEFORE the consonant cluster (visual order).
PRE_KARS: dict[str, str] = {
    "w": "ি",
    "†": "ে", "‡": "ে",
    "ˆ": "ৈ", "‰": "ৈ",
}

# The reph is written AFTER the cluster it sits on; Unicode puts র্ before.
REPH = "©"

# Half forms: the left part of a conjunct (consonant + hasanta).
HALF_FORMS: dict[str, str] = {
    "•": "ঙ্", "”": "চ্", "˜": "দ্", "™": "দ্",
    "š": "ন্", "›": "ন্", "¤": "ম্", "®": "ষ্", "¯": "স্",
}

# Subjoined forms and phalas: the right part of a conjunct (hasanta + ...).
SUBJOINED: dict[str, str] = {
    "Ö": "্র", "ª": "্র", "«": "্র",  # ra-phala
    "¨": "্য",  # ya-phala
    "^": "্ব", "Ÿ": "্ব", "¡": "্ব", "¦": "্ব",  # ba-phala
    "¥": "্ম", "§": "্ম",
    "œ": "্ন", "è": "্ণ",
    "¬": "্ল", "\u00ad": "্ল", "ø": "্ল",
    "—": "্ত", "Í": "্ত",
    "‘": "্তু", "’": "্থ", "¿": "্ত্র",
    "‹": "্ক", "Œ": "্ক্র",
    "¢": "্ভ", "£": "্ভ্র", "ú": "্প",
}

# Whole conjuncts (and a few consonant + vowel-sign ligatures).
CONJUNCTS: dict[str, str] = {
    "°": "ক্ক", "±": "ক্ট", "²": "ক্ষ্ম", "³": "ক্ত", "´": "ক্ম", "µ": "ক্র",
    "¶": "ক্ষ", "·": "ক্স", "¸": "গু", "º": "গ্দ", "»": "গ্ধ", "¼": "ঙ্ক",
    "½": "ঙ্গ", "¾": "জ্জ", "À": "জ্ঝ", "Á": "জ্ঞ", "Â": "ঞ্চ", "Ã": "ঞ্ছ",
    "Ä": "ঞ্জ", "Å": "ঞ্ঝ", "Æ": "ট্ট", "Ç": "ড্ড", "È": "ণ্ট", "É": "ণ্ঠ",
    "Ê": "ণ্ড", "Ë": "ত্ত", "Ì": "ত্থ", "Î": "ত্র", "Ï": "দ্দ", "×": "দ্ধ",
    "Ø": "দ্ব", "Ù": "দ্ম", "Ú": "ন্ঠ", "Û": "ন্ড", "Ü": "ন্ধ", "Ý": "ন্স",
    "Þ": "প্ট", "ß": "প্ত", "à": "প্প", "á": "প্স", "â": "ব্জ", "ã": "ব্দ",
    "ä": "ব্ধ", "å": "ভ্র", "ç": "ম্ফ", "é": "ল্ক", "ê": "ল্গ", "ë": "ল্ট",
    "ì": "ল্ড", "í": "ল্প", "î": "ল্ফ", "ï": "শু", "ð": "শ্চ", "ñ": "শ্ছ",
    "ò": "ষ্ণ", "ó": "ষ্ট", "ô": "ষ্ঠ", "õ": "ষ্ফ", "ö": "স্খ", "÷": "স্ট",
    "ù": "স্ফ", "û": "হু", "ü": "হৃ", "ý": "হ্ন", "þ": "হ্ম",
}

# SutonnyMJ keeps the Mac Roman places of the dashes and curly quotes.
PUNCTUATION: dict[str, str] = {
    "Ð": "–", "Ñ": "—", "Ò": "“", "Ó": "”", "Ô": "‘", "Õ": "’",
}

# Left out, as no reading of them could be confirmed: ¹ ÿ € ž and the
# Windows-1252 holes 0x81 0x8D 0x8F 0x90 0x9D.  They pass through unchanged.

GLYPHS: dict[str, str] = {
    **VOWELS,  # "Av" first: the only two-character key
    **CONSONANT_KEYS,
    **SIGNS,
    **DIGITS,
    **POST_KARS,
    **PRE_KARS,
    REPH: "র্",
    **HALF_FORMS,
    **SUBJOINED,
    **CONJUNCTS,
    **PUNCTUATION,
}

# The same text decoded as ISO-8859-1 instead of Windows-1252 carries C1
# controls (U+0080..U+009F) where the font's 0x80..0x9F glyphs were.
C1_ALIASES: dict[str, str] = {}
for _key in list(GLYPHS):
    if len(_key) == 1 and ord(_key) > 0xFF:
        _byte = _key.encode("cp1252")[0]
        if 0x80 <= _byte <= 0x9F:
            C1_ALIASES[chr(_byte)] = _key
del _key, _byte

CONSONANTS = "কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ\u09dc\u09dd\u09df"

_LONGEST = max(len(key) for key in GLYPHS)
_HASANTA = "্"
_ZWJ = "\u200d"
_CONSONANT_SET = frozenset(CONSONANTS)
_POST_SIGNS = frozenset("াীুূৃৗোৌ")

# A cell is (text, kind): kind "pre" is a vowel sign still in Bijoy's visual
# place, "reph" a reph not yet moved, "ra" the letter র typed on its own
# (key "i"), "" anything else.  Every cell but a reph holds one character.
_Cell = tuple[str, str]


def _cells(text: str) -> list[_Cell]:
    cells: list[_Cell] = []
    i, n = 0, len(text)
    while i < n:
        for size in range(min(_LONGEST, n - i), 0, -1):
            key = text[i : i + size]
            key = C1_ALIASES.get(key, key)
            if key in GLYPHS:
                break
        else:
            cells.append((text[i], ""))  # unknown: passes through
            i += 1
            continue
        if key in PRE_KARS:
            cells.append((PRE_KARS[key], "pre"))
        elif key == REPH:
            cells.append(("র্", "reph"))
        elif key == "i":
            cells.append(("র", "ra"))
        else:
            cells.extend((ch, "") for ch in GLYPHS[key])
        i += size
    return cells


def _is_consonant(cell: _Cell) -> bool:
    return cell[1] != "reph" and cell[0] in _CONSONANT_SET


def _cluster_start(cells: list[_Cell], end: int) -> int | None:
    """Where the consonant cluster (C, C্C, C্C্C …) that ends just before
    `end` starts; None when no consonant stands there."""
    j = end - 1
    if j < 0 or not _is_consonant(cells[j]):
        return None
    while j >= 2 and cells[j - 1][0] == _HASANTA and _is_consonant(cells[j - 2]):
        j -= 2
    return j


def _cluster_end(cells: list[_Cell], start: int) -> int | None:
    """Index just past the consonant cluster starting at `start`, or None."""
    if start >= len(cells) or not _is_consonant(cells[start]):
        return None
    j = start + 1
    while j + 1 < len(cells) and cells[j][0] == _HASANTA and _is_consonant(cells[j + 1]):
        j += 2
    return j


def _convert(text: str) -> tuple[str, int]:
    """The Unicode reading and the count of stray signs: a pre-kar with no
    consonant after it or a reph with no consonant before it."""
    stray = 0
    # 1. glyphs to Unicode, still in Bijoy's visual order; a half form
    #    followed by a subjoined form (š + — = ন্ + ্ত) gives one hasanta.
    cells: list[_Cell] = []
    for cell in _cells(text):
        if cell[0] == _HASANTA and cells and cells[-1][0] == _HASANTA:
            continue
        cells.append(cell)

    # 2. reph: written after its cluster (after a post-kar too, as typists
    #    sometimes do), it moves before the cluster: Kg© = কর্ম.
    moved: list[_Cell] = []
    for cell in cells:
        if cell[1] != "reph":
            moved.append(cell)
            continue
        end = len(moved)
        if end and moved[-1][0] in _POST_SIGNS and moved[-1][1] == "":
            end -= 1
        start = _cluster_start(moved, end)
        if start is None:
            stray += 1
            moved.extend((("র", ""), (_HASANTA, "")))
        else:
            moved[start:start] = [("র", ""), (_HASANTA, "")]
    cells = moved

    # 3. pre-kars ি ে ৈ move after the cluster that follows; ে … া and
    #    ে … ৗ around it are ো and ৌ (a chandrabindu between stays after).
    #    NFC would compose the adjacent pair too; we do it here so that a
    #    port of this code that does not normalise gets it right.
    out: list[_Cell] = []
    i = 0
    while i < len(cells):
        sign, kind = cells[i]
        end = _cluster_end(cells, i + 1) if kind == "pre" else None
        if kind != "pre" or end is None:
            if kind == "pre":
                stray += 1
            out.append((sign, "" if kind == "pre" else kind))
            i += 1
            continue
        out.extend(cells[i + 1 : end])
        after, nasal = end, []
        if after < len(cells) and cells[after][0] == "ঁ":
            after += 1
            nasal = [("ঁ", "")]
        if sign == "ে" and after < len(cells) and cells[after][0] in "াৗ":
            out.append(("ো" if cells[after][0] == "া" else "ৌ", ""))
            out.extend(nasal)
            i = after + 1
        else:
            out.append((sign, ""))
            i = end
    cells = out

    # 4. র typed alone and then a ya-phala (i¨) is র‍্য, not the reph over য
    #    (Unicode: RA ZWJ HASANTA YA); ঁ goes after a vowel sign it precedes.
    chars: list[str] = []
    for k, (ch, kind) in enumerate(cells):
        chars.append(ch)
        if (
            kind == "ra"
            and k + 2 < len(cells)
            and cells[k + 1][0] == _HASANTA
            and cells[k + 2][0] == "য"
        ):
            chars.append(_ZWJ)
    for k in range(len(chars) - 1):
        if chars[k] == "ঁ" and chars[k + 1] in _POST_SIGNS:
            chars[k], chars[k + 1] = chars[k + 1], chars[k]
    return unicodedata.normalize("NFC", "".join(chars)), stray


def to_unicode(text: str) -> str:
    """SutonnyMJ/Bijoy-encoded text as Unicode Bangla, NFC-normalised.

    Every character the table knows is converted (ASCII letters and digits
    too); anything else, such as spaces and ASCII punctuation, passes through.
    """
    return _convert(text)[0]


# ------------------------------------------------------------ the detector
# reading() flags a value only when all of these hold (a flagged record
# blocks a build, so a miss is better than a false alarm):
#  1. it has no Unicode Bangla letter, and no "à¦"/"à§" (UTF-8 Bangla read as
#     Windows-1252: mojibake, not Bijoy);
#  2. split on whitespace, then at ASCII punctuation the table does not use,
#     the words that say nothing are set aside: shorter than 2, holding an
#     ASCII digit (numbers, dates, phones, ids like [1.1.1]), and whole
#     URLs, e-mail addresses and domains;
#  3. at least one word is Bijoy evidence: it has an ASCII letter and a
#     non-ASCII Bijoy glyph, every pre-kar and reph in it finds its consonant,
#     and it converts to well-formed Bangla (no vowel sign, hasanta, ং ঃ ঁ ৎ at
#     the start of a word or after another sign, no hasanta at its end, no
#     Latin-1 glyph left over).  Symbols that Latin text uses too (© ® ™ ° ²
#     µ × “ ” … ¨ ª ¯ and the like: _WEAK) count only inside a word of four
#     or more characters (Kg©KZ©v, not "km²" or "Word™"); a word whose
#     non-ASCII characters are all accented letters, in ordinary Latin casing
#     and with a vowel (José, Müller, Straße), does not count;
#  4. at most 10% of the other words convert to ill-formed Bangla (English
#     mostly does: "passport" gives ঢ়ধংং…), and at most 20% are English words
#     (a list of common ones, contractions, and common English endings).
# Pure-ASCII Bijoy (evsjv for বাংলা) is never flagged: without a Bijoy symbol
# it cannot be told from English reliably ("fee" would read ভবব).

_BANGLA_LETTER = re.compile("[\u0980-\u09ff]")
_EDGE_PUNCT = ".,;:!?\"'()[]{}<>/\\-+=*%$#@"
_ADDRESS = re.compile(
    r"(?i)^(?:[a-z][a-z0-9+.-]*://\S+|www\.\S+|[^@\s]+@[^@\s]+\.[a-z]{2,}"
    r"|(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?)$"
)
_SPLIT = re.compile(r"[.,;:!?\"'()\[\]{}<>/\\+=*%$#@-]+")
_WEAK = frozenset("©®™°±×÷·²³µ¼½¾¶§•…–—‘’“”‚„‹›˜¨¯´¸ªº«»¡¿¢£¤¥¦¬\u00ad")
_LATIN_VOWELS = frozenset("aeiouyAEIOUYàáâãäåèéêëìíîïòóôõöùúûüýÿÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜÝ")
_ENGLISH_ENDING = re.compile(r"(tion|sion|ment|ness|ing|ous|able|ible|ance|ence|ity|ship|ical|ture|ies)$")
_CONTRACTION = re.compile(r"[A-Za-z]+['’](s|t|re|ve|ll|d|m)")
_ENGLISH = frozenset(
    """
    the of and to in for on with by is are was were be been being from at as an or not no
    this that these those it its which who whom whose what when where why how all any each
    every some other such than then there their they them he she his her you your our us
    will shall may can could would should must has have had do does did done if else also
    only more most less very per via about after before under over between within without
    into upon against during through out off new old home page site website web online
    office officer officers ministry division department directorate district upazila union
    city corporation municipality board bank authority government public administration
    service services citizen citizens charter complaint complaints grievance grievances
    redress focal point name phone mobile email mail fax address contact number fee fees
    free cost price tk taka bdt date time day days week month months year years fiscal
    application apply form forms document documents passport license licence certificate
    registration birth death national identity card nid tin vat tax income land police
    court hospital health education school college university primary secondary higher
    training information technology digital bangladesh dhaka people republic prime
    minister secretary deputy assistant director general additional joint senior junior
    chief executive engineer doctor commissioner magistrate president chairman member
    members committee report reports annual quarterly monthly progress target achievement
    status pending yes true false null none nil na total sub kg km cm mm ml gm ft sq
    """.split()
)


def _is_address(word: str) -> bool:
    return bool(_ADDRESS.match(word))


def _well_formed(converted: str) -> bool:
    """Is every Bangla run a plausible sequence of syllables?"""
    prev = None  # class of the previous character within the run
    for ch in converted:
        if ch in _CONSONANT_SET:
            cls = "C"
        elif "অ" <= ch <= "ঔ":
            cls = "V"
        elif ch in "ািীুূৃেৈোৌৗ":
            cls = "K"
        elif ch == "়":
            cls = "N"
        elif ch == _HASANTA:
            cls = "H"
        elif ch in "ংঃঁ":
            cls = "M"
        elif ch == "ৎ":
            cls = "T"
        elif ch in (_ZWJ, "\u200c"):
            cls = "J"
        else:
            if 0x80 <= ord(ch) <= 0x2FF:  # a Latin-1 glyph the table left alone
                return False
            if prev == "H":
                return False
            prev = None
            continue
        if prev == "H" and cls not in ("C", "J"):
            return False
        if cls in ("K", "N"):
            ok = prev == "C"
        elif cls == "H":
            ok = prev in ("C", "J")
        elif cls in ("M", "T"):
            ok = prev in ("C", "V", "K")
        elif cls == "J":
            ok = prev in ("C", "H")
        else:  # C, V
            ok = True
        if not ok:
            return False
        prev = "C" if cls == "N" else cls
    return prev != "H"


def _latin_like(word: str) -> bool:
    """An accented Latin word (José, Müller) rather than Bijoy."""
    special = [ch for ch in word if ord(ch) > 0x7F]
    if not all(unicodedata.category(ch) in ("Lu", "Ll") for ch in special):
        return False
    if not any(ch.isascii() and ch.isalpha() for ch in word):
        return False
    letters = "".join(ch for ch in word if ch.isalpha())  # cÖvq is not Latin casing
    cased = letters.islower() or letters.isupper() or (letters[0].isupper() and letters[1:].islower())
    return cased and any(ch in _LATIN_VOWELS for ch in word)


def _english(word: str) -> bool:
    if _CONTRACTION.fullmatch(word):
        return True
    if not (word.isascii() and word.isalpha()):
        return False
    if word.lower() in _ENGLISH:
        return True
    regular = word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())
    return regular and len(word) >= 5 and bool(_ENGLISH_ENDING.search(word.lower()))


def _classify(word: str) -> str:
    """One of: neutral, english, invalid, bijoy, plain."""
    if len(word) < 2 or any(ch.isascii() and ch.isdigit() for ch in word) or _is_address(word):
        return "neutral"
    if _english(word):
        return "english"
    if any(not ch.isascii() and C1_ALIASES.get(ch, ch) not in GLYPHS for ch in word):
        return "invalid"  # a character neither ASCII nor Bijoy
    converted, stray = _convert(word)
    if stray or not _well_formed(converted):
        return "invalid"
    if not any(ch.isascii() and ch.isalpha() for ch in word) or _latin_like(word):
        return "plain"
    inner = range(1, len(word) - 1) if len(word) >= 4 else range(0)
    for k, ch in enumerate(word):
        if not ch.isascii() and (C1_ALIASES.get(ch, ch) not in _WEAK or k in inner):
            return "bijoy"
    return "plain"


def reading(text: str) -> str | None:
    """The Unicode reading of `text` if it looks Bijoy-encoded, else None.

    URLs and e-mail addresses inside a flagged text are kept as they are
    (they were typed in a Latin font); everything else goes through
    :func:`to_unicode`.
    """
    if not text or _BANGLA_LETTER.search(text) or "à¦" in text or "à§" in text:
        return None
    counts = {"neutral": 0, "english": 0, "invalid": 0, "bijoy": 0, "plain": 0}
    for raw in text.split():
        word = raw.strip(_EDGE_PUNCT)
        if _is_address(word):
            counts["neutral"] += 1
            continue
        for part in _SPLIT.split(word):
            counts[_classify(part)] += 1
    counted = sum(counts.values()) - counts["neutral"]
    if counts["bijoy"] == 0:
        return None
    if counts["invalid"] * 10 > counted or counts["english"] * 5 > counted:
        return None
    parts = re.split(r"(\s+)", text)
    return "".join(
        part if part.isspace() or _is_address(part.strip(_EDGE_PUNCT)) else to_unicode(part) for part in parts
    )


def table_json() -> str:
    """The table for the browser's search box (layouts/static/search/bijoy.js
    ports :func:`_convert`), written to /assets/search/bijoy.json."""
    import json

    return json.dumps({"glyphs": GLYPHS, "pre": PRE_KARS, "reph": REPH, "consonants": CONSONANTS,
                       "c1": C1_ALIASES, "longest": _LONGEST}, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"
