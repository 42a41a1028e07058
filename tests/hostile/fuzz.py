"""Property-based fuzzing of the records with Hypothesis (issue 9).

Every example starts from the demo content (``content/``, which has every
record type: site.yaml, redirects.yaml, pages/*.md, office.yaml, charters/,
grs/, committees/, action-plans/, reports/, evaluations/, meetings/,
minutes/), changes one to three files, and builds it in-process with
``protishruti.cli.main(["build", …])``.  The property (``run_case``, with
``assert_holds`` for pytest):

* ``main`` returns 0 or 1: it never raises, never exits 2 for content, and
  prints no "Traceback";
* on 1, every line before the summary is ``path[:line]: message`` with the
  path relative to the content folder, and ``--out`` was not created;
* nothing outside ``--out`` changed: a victim folder beside the content, the
  parent folder's listing (``<out>.releases/`` and ``<out>.tmp-*`` are
  allowed), the current folder, and the content folder except ``urls.lock``;
  the victim's secret never shows in the output or the messages;
* on 0, every page parses (tags balanced, no inline script, no event
  handler, no ``javascript:`` link), every .xml parses with xml.etree,
  every .json with json.loads (no NaN/Infinity), every .csv with the csv
  module and has no formula cell (= + - @ tab CR), every text file is UTF-8.

How a file is changed (``cases()``):

* **text** (half of the examples: one record) — 1–4 values changed
  within their type (or, in half of these, only 1–2 typed fields): text fields get printable hostile text (markup,
  script, URLs, formulas, template syntax, up to 200,000 characters), typed
  fields an edge value of their own type (dates 0001-01-01 … 9999-12-31,
  fiscal years 0000-01 and 9999-00, numbers 9×4400, ids, e-mail addresses,
  ``javascript:`` URLs, a site's own output paths as redirects) or another
  record's value (a duplicate date or year, a parent cycle): mostly valid,
  so it reaches computing and rendering, and the output checks;
* **data** — the YAML (or a page's front matter) is read with every scalar
  kept as text, 1–4 operations are applied at points Hypothesis picks in the
  tree — replace a value with a hostile scalar or structure, drop a field or
  item (required ones too), add a field (a known key in the wrong place, or a
  hostile key), change its type (list ↔ mapping ↔ scalar), duplicate a list
  item, wrap it in deep nesting, give a typed field an edge value — and the
  result is written with
  ``yaml.safe_dump`` (flow or block style, with or without ``allow_unicode``,
  so control characters and lone surrogates arrive as YAML escapes such as
  ``"\\ud800"``): valid YAML with hostile values;
* **raw** — text operations on the file: insert a YAML oddity (anchors,
  aliases, merge keys, ``!!python/object`` tags, ``%YAML`` directives,
  ``"\\ud800"`` escapes, tabs, unclosed brackets, very deep flow nesting, a
  small billion-laughs), replace a line's value, duplicate a line (a key
  given twice), delete or truncate, and byte-level damage (invalid UTF-8, NUL,
  a BOM in the middle, CR line ends, UTF-16): mostly broken YAML;
* **files** — delete a record file (site.yaml, an office.yaml …), or add a
  copy of a record (the same date or year: colliding URLs), perhaps mutated,
  under a hostile file name, or a new office under a hostile folder name.

Hostile scalars: control characters (NUL, C1, U+2028), lone surrogates, bidi
controls, very long strings (to past the 2 MiB record limit), HTML/JS
payloads, template syntax, ``../`` and absolute paths (some aimed at the victim
folder), URLs with quotes, semicolons and newlines, ``javascript:`` and
``data:`` URLs, spreadsheet formula prefixes ``= + - @``, Bangla and other
digits, impossible dates (2023-02-30), numbers such as ``1e309``, ``NaN``,
``9``×5000.

Run from the repository root::

    python -m tests.hostile.fuzz --examples 500          # tally, then shrink each distinct failure
    python -m tests.hostile.fuzz --examples 2000 --no-shrink --save /tmp/failures

``tests/hostile/test_fuzz.py`` runs the same property under pytest
(``PROTISHRUTI_FUZZ_EXAMPLES=2000 pytest tests/hostile/test_fuzz.py`` for more).
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import difflib
import functools
import hashlib
import io
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
import traceback
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
BASE = ROOT / "content"
VICTIM_TOKEN = "@@VICTIM@@"  # replaced, in the written bytes, by the victim folder's absolute path
SECRET = "VICTIM-SECRET-7f3a9c"  # the victim's files hold it; it must never reach the site or the messages

# --------------------------------------------------------------------------- the base site


@functools.cache
def base_files() -> dict[str, bytes]:
    """Every file of the demo content (but urls.lock: a fresh site), by
    relative path."""
    found = {}
    for path in sorted(BASE.rglob("*")):
        if path.is_file() and not path.is_symlink():
            rel = path.relative_to(BASE).as_posix()
            if rel != "urls.lock":
                found[rel] = path.read_bytes()
    return found


def kind_of(rel: str) -> str | None:
    """The record type of a content file, or None for evidence and the like."""
    parts = rel.split("/")
    if rel in ("site.yaml", "redirects.yaml"):
        return rel[: -len(".yaml")]
    if parts[0] == "pages" and rel.endswith(".md"):
        return "page"
    if parts[0] == "offices" and len(parts) == 3 and parts[2] == "office.yaml":
        return "office"
    if parts[0] == "offices" and len(parts) == 4 and rel.endswith(".yaml"):
        return parts[2]
    return None


@functools.cache
def records_by_kind() -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for rel in base_files():
        kind = kind_of(rel)
        if kind:
            kinds.setdefault(kind, []).append(rel)
    return dict(sorted(kinds.items()))


def split_page(text: str) -> tuple[str, str]:
    """A page's front matter and body (the base pages all have both)."""
    _, front, body = text.split("---\n", 2)
    return front, body


@functools.cache
def base_data(rel: str) -> Any:
    """A record read with every scalar kept as text (as the program reads it)."""
    text = base_files()[rel].decode("utf-8")
    if rel.endswith(".md"):
        text = split_page(text)[0]
    return yaml.load(text, Loader=yaml.BaseLoader)


@functools.cache
def values_by_key() -> dict[str, tuple[str, ...]]:
    """Every scalar the base records give each key (and the office slugs for
    parent): valid values to move to the wrong record, making duplicate
    dates and years, colliding URLs, cycles and dangling references."""
    found: dict[str, set[str]] = {"parent": {rel.split("/")[1] for rel in records_by_kind()["office"]}}

    def walk(node: Any, key: str | None) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, key)
        elif isinstance(node, str) and key is not None and len(node) < 200:
            found.setdefault(key, set()).add(node)

    for kind in records_by_kind().values():
        for rel in kind:
            walk(base_data(rel), None)
    return {k: tuple(sorted(v)) for k, v in sorted(found.items())}


@functools.cache
def known_keys() -> tuple[str, ...]:
    """Every key some base record uses: real field names, to put in the wrong place."""
    keys: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            keys.update(k for k in node if isinstance(k, str))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for kind in records_by_kind().values():
        for rel in kind:
            walk(base_data(rel))
    return tuple(sorted(keys))


# --------------------------------------------------------------------------- hostile scalars

CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9b", "\r", "\t", "\n", "\u2028", "\u2029"]
SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\ufffe", "\uffff", "\U0010ffff", "\U000e0001"]
COMBINING = ["\u0301", "\u09bc", "\u09cd", "\u0981", "\u09be\u09bc"]  # incl. Bangla nukta/hasanta (NFC changes)
BANGLA_DIGITS = list("০১২৩৪৫৬৭৮৯")
OTHER_DIGITS = ["٣", "۳", "३", "１", "²", "⑤", "𝟘", "Ⅻ"]
SYNTAX = list("<>&\"'`:#-*&!|>%@{}[],?=+;\\/.~$")
SPECIAL_CHARS = CONTROL + SURROGATES + BIDI + INVISIBLE + COMBINING + BANGLA_DIGITS + OTHER_DIGITS + SYNTAX

HTML_JS = [
    "<script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href='jav&#x09;ascript:alert(1)'>x</a>",
    "<iframe src=//evil.example>",
    "<style>body{display:none}</style>",
    "<base href=//evil.example/>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "\"><script>alert(1)</script>",
    "' onfocus='alert(1)' autofocus='",
    "\" onmouseover=\"alert(1)",
    "]]><x>",
    "<!--",
    "-->",
    "<![CDATA[",
    "</textarea></title></noscript>",
    "&#0;&#x0;&#xD800;&#1114112;",
    "&lt;script&gt;",
    "{{ 7*7 }}",
    "{% raw %}{{ cycler.__init__.__globals__.os.system('id') }}",
    "${7*7}",
    "[x](javascript:alert(1))",
    "![x](x\" onerror=\"alert(1))",
    "<https://evil.example/\"onmouseover=alert(1)>",
    "<div>\n\n*unclosed",
    "</div></main></body></html>",
    "<p><p><p>",
    "<details open ontoggle=alert(1)>",
]
PATHS = [
    "../", "..", ".", "", "/", "../../../../etc/passwd", "/etc/passwd", "/proc/self/environ", "/dev/zero",
    "evidence/../../../../etc/passwd", "evidence/%2e%2e/%2e%2e/etc/passwd", "evidence/..\\..\\x.pdf",
    "C:\\Windows\\win.ini", "\\\\server\\share\\x.pdf", "file:///etc/passwd", "~/.ssh/id_rsa",
    "evidence/a\x00.pdf", "evidence/", "evidence", "evidence//a.txt", "./evidence/./a.txt",
    f"{VICTIM_TOKEN}/keep.txt", f"{VICTIM_TOKEN}/", f"{VICTIM_TOKEN}",
    "../../../victim/keep.txt", "../../victim/keep.txt", "../victim/keep.txt", "../../../../victim/keep.txt",
    "evidence/" + "a" * 300 + ".pdf", "evidence/ক.pdf", "EVIDENCE/A.TXT", "evidence/a.txt\n", "evidence/a.txt ",
]
URLS = [
    "javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>", "https://a.example/\"onmouseover=\"alert(1)",
    "https://a.example/'><script>alert(1)</script>", "https://a.example/;rm -rf /", "https://a.example/\nSet-Cookie: x=1",
    "https://a.example/\r\nLocation: https://evil.example/", "//evil.example/", "/\\evil.example", "http://", "https://",
    "https://[::1", "https://ex ample.example/", "mailto:a@b.example\"onclick=alert(1)", "https://a.example/#<script>",
    "/x/../../../", "/a b/", "/%0d%0aLocation:%20x", "/pages/about/\x00", "/" + "a/" * 300,
    "https://user:pass@evil.example/", "HTTPS://A.EXAMPLE", "ftp://a.example/", "tel:+8801700000000;ext=1",
    # this site's own outputs, as redirect sources and targets: collisions
    "/", "/search/", "/pages/about/", "/offices/mopa/", "/assets/style.css", "/assets/", "/feed.xml", "/sitemap.xml",
    "/manifest.json", "/data.json", "/pagefind/", "/_redirects", "/offices/sample-ministry/index.json/",
    "/offices/sample-ministry/feed.xml/", "/offices/sample-ministry/grs/2024-10-01/index.html", "/pages/grs/",
    "/pages/how-to-complain/", "/offices/sample-ministry/evidence/committee-order-2024-25.pdf",
]
FORMULAS = ["=1+1", "+1+1", "-1-1", "@SUM(1,1)", "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example\",\"x\")", "\t=1", "\r=1", "=", "+", "-", "@"]
NUMBERS = [
    "1e309", "-1e309", "1e-400", "NaN", "nan", ".nan", ".inf", "-.inf", "inf", "Infinity", "-0", "0", "00", "-1", "+1",
    "0x1F", "0o17", "0b11", "1_000", "1,000", "1.2.3", "1/0", "১e৩০৯", "১,২৫,০০০", "১.১.১", "-১", "১/২", "1০", "৭.৫০০০",
    "9" * 5000, "0." + "0" * 5000 + "1", "1" + "0" * 400, "٣", "１２", "²", "10%", "১০০%", "৳১০০", "1 000", "1e", "e1", ".", "-", "—",
]
DATES = [
    "2023-02-30", "2023-02-29", "2024-02-29", "2023-13-01", "2023-00-10", "2023-01-00", "0000-01-01", "0001-01-01",
    "9999-12-31", "10000-01-01", "-2023-01-01", "2023-1-2", "২০২৩-০২-৩০", "২০২৪-০১-০১", "2023-01-01T00:00:00",
    "2023-01-01 ", " 2023-01-01", "2023/01/01", "01-01-2023", "2023-01-01\n", "২০২৩-২৪", "2023-25", "2023-23",
    "9999-00", "0000-01", "2023-24-25", "1999-00", "2099-2100", "q5", "5", "0", "-1", "৫",
]
WORDS = [
    "no", "yes", "true", "false", "null", "~", "None", "-ঐ-", "ঐ", "”", "উল্লেখ নেই", "বিনামূল্যে", "তাৎক্ষণিক", "সমষ্টি", "গড়",
    "linear", "step", "proportional", "document", "editor", "computed", "__proto__", "constructor", "__class__",
    "mopa", "sample-ministry", "sample-directorate", "unnamed-office", "no-such-office",  # slugs: parents, cycles
]
HOSTILE_STRINGS = HTML_JS + PATHS + URLS + FORMULAS + NUMBERS + DATES + WORDS

RAW_SNIPPETS = [
    "&a ক", "*a", "*undefined", "<<: *a", "&a", "&a [*a]",
    f"!!python/object/apply:os.system ['touch {VICTIM_TOKEN}/pwned']",
    f"!!python/object/apply:subprocess.check_output [[touch, {VICTIM_TOKEN}/pwned]]",
    "!!python/name:os.system", "!!python/object:__main__.X {}", "!!binary AAAA", "!!binary '!!!'", "!!set {a, b}",
    "!!omap [a: 1, b: 2]", "!!pairs [a: 1]", "!!int 0x10", "!!float .nan", "!!timestamp 2023-02-30", "!!bool yes",
    "!!str", "!!map {}", "!!seq []", "!custom x", "!<tag:evil.example,2000:x> y", "%YAML 1.1", "%TAG ! tag:evil,2000:",
    "---", "...", "--- !!map", "? [complex, key]\n: value", "[unclosed", "{unclosed: 1", "{a: 1, a: 2}", "\t", "\tkey: value",
    "|\n  block\n   text", ">-\n folded", "'unterminated", "\"unterminated", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\x00\"",
    "\"\\x1b[31mred\"", "\"\\N\\_\\L\\P\"", "\"\\U0010FFFF\"", "\"\\U00110000\"", "\"\\u202e\"", "\"\\q\"", "@at", "`backtick",
    "%percent", "~", "null", "''", '""', "[]", "{}", "- - - -", ": :", "#comment", "- ", "-", ":", "? ", "key: value",
    "'a''b'", "\"a\\\nb\"",
]


def _deep_flow(depth: int, kind: str) -> str:
    if kind == "list":
        return "[" * depth + "]" * depth
    if kind == "map":
        return "{a: " * depth + "x" + "}" * depth
    return "\n".join("  " * i + "- " for i in range(min(depth, 1000)))  # block sequence, indented (1000 deep is 1 MB)


def _laughs(levels: int, width: int) -> str:
    """A small billion-laughs: ``levels`` aliases each repeating the previous
    ``width`` times (width**levels leaves, capped at 100,000 to keep a build finite)."""
    while levels > 1 and width**levels > 100_000:
        levels -= 1
    parts = ["&l0 [ha, ha]"]
    for i in range(1, levels + 1):
        parts.append(f"&l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]")
    return "[" + ", ".join(parts) + "]"


@dataclass(frozen=True)
class LongText:
    """A very long string, kept short until it is written: safe_dump would
    take seconds to emit megabytes, so ``data_mutation`` dumps a placeholder
    and splices the escaped text in."""

    piece: str
    count: int

    def text(self) -> str:
        return self.piece * self.count

    def __repr__(self) -> str:
        return f"{self.piece!r}*{self.count}"


def yaml_escape(text: str) -> str:
    """``text`` for the inside of a YAML double-quoted scalar (non-ASCII
    printable characters as they are, everything else as an escape;
    lone surrogates as \\udXXX, which PyYAML accepts)."""
    out = []
    for ch in text:
        o = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 0x20 <= o < 0x7F or (o > 0xA0 and ch.isprintable() and not 0xD800 <= o <= 0xDFFF):
            out.append(ch)
        elif o <= 0xFF:
            out.append(f"\\x{o:02x}")
        elif o <= 0xFFFF:
            out.append(f"\\u{o:04x}")
        else:
            out.append(f"\\U{o:08x}")
    return "".join(out)


def _plain(value: Any) -> Any:
    """``value`` with every LongText spelled out (for raw text and keys)."""
    return value.text() if isinstance(value, LongText) else value


@st.composite
def hostile_text(draw: Callable, long: bool = True) -> Any:
    """One hostile string (a LongText when very long)."""
    pick = draw(st.integers(0, 5 if long else 4))
    if pick == 3 and not long:
        pick = 5
    if pick == 0:
        return draw(st.sampled_from(HOSTILE_STRINGS))
    if pick == 1:
        alphabet = st.one_of(st.sampled_from(SPECIAL_CHARS), st.characters())
        return "".join(draw(st.lists(alphabet, min_size=1, max_size=24)))
    if pick == 2:  # a hostile prefix glued to ordinary text or another payload
        head = draw(st.sampled_from(FORMULAS + SURROGATES + BIDI + CONTROL + ["../", "/", "<", "&", "*", "!", "%", "@", "`", "'", "\""]))
        tail = draw(st.sampled_from(["সেবা ১", "নমুনা", "1", "x", "2023-24"] + HOSTILE_STRINGS))
        return head + tail
    if pick == 3:  # very long
        piece = draw(st.sampled_from(["ক", "a", "<b>", "১", "\u202e", "\x00", "&a ", "x\n", "ক্ষ্ম", "- ", "\ud800"]))
        n = draw(st.sampled_from([1_000, 20_000, 200_000, 2_200_000]))
        return LongText(piece, max(1, n // len(piece)))
    if pick == 4:  # a valid-looking value with one special character in it
        text = draw(st.sampled_from(["নমুনা মন্ত্রণালয়", "2024-07-01", "১০", "evidence/a.txt", "https://a.example/", "[১.১.১]"]))
        at = draw(st.integers(0, len(text)))
        return text[:at] + draw(st.sampled_from(SPECIAL_CHARS)) + text[at:]
    return draw(st.sampled_from(SURROGATES + CONTROL + BIDI + INVISIBLE + COMBINING))


@st.composite
def printable_text(draw: Callable) -> Any:
    """Hostile text made only of printable characters (markup, script, URLs,
    paths, formulas, Bangla): what validation lets through to the pages."""
    pick = draw(st.integers(0, 4))
    if pick <= 1:
        return draw(st.sampled_from([t for t in HOSTILE_STRINGS if t.isprintable() and t]))
    if pick == 2:
        alphabet = st.one_of(st.sampled_from([c for c in SPECIAL_CHARS if c.isprintable()]), st.characters(categories=["L", "M", "N", "P", "S", "Zs"]))
        return "".join(draw(st.lists(alphabet, min_size=1, max_size=24)))
    if pick == 3:
        head = draw(st.sampled_from(FORMULAS[:6] + ["../", "/", "<", "&", "*", "!", "%", "@", "`", "'", "\"", "- ", "# ", "1. ", "> ", "| a |"]))
        return head + draw(st.sampled_from(["সেবা ১", "নমুনা", "1", "x"] + HTML_JS))
    piece = draw(st.sampled_from(["ক", "a ", "<b>", "১", "&amp;", "ক্ষ্ম ", "- ", "<script>alert(1)</script>"]))
    n = draw(st.sampled_from([1_000, 9_000, 19_000, 200_000]))  # under and over the paragraph and value limits
    return LongText(piece, max(1, n // len(piece)))


# fields that take a date, number, fiscal year, flag, address or a word from a
# list: printable junk there fails validation, so render_mutation gives them
# edge values of their own type instead (typed_value)
DATE_KEYS = {"date", "effective_date", "published", "submitted", "replaces", "withdrawn"}
NUMBER_KEYS = {"achievement", "amount", "weight", "value", "number", "quarter", "targets", "min", "max", "serial"}
FLAG_KEYS = {"sample", "free", "lower_is_better", "immediate"}
URL_KEYS = {"web", "url", "online", "base_url", "from", "to"}
TYPED_KEYS = DATE_KEYS | NUMBER_KEYS | FLAG_KEYS | URL_KEYS | {
    "calculation", "email", "fiscal_year", "function", "id", "parent", "scoring_method", "unit", "file", "source", "status",
}
EDGE_VALUES: dict[str, list[str]] = {
    "date": DATES + ["0001-01-01", "0001-12-31", "1000-01-01", "1582-10-10", "1899-12-31", "1900-01-01", "1971-03-26",
                     "2100-12-31", "9998-12-31", "9999-01-01", "9999-12-31", "২০২৪-০২-২৯", "2024-7-1", "20240701"],
    "fiscal_year": ["0000-01", "0001-02", "0099-00", "0999-00", "1000-01", "1899-00", "1999-00", "2099-00", "9998-99",
                    "9999-00", "2023-24", "২০২৩-২৪", "2023-2024", "2023-024", "2024-23", "2023-23", "99999-00", "2023–24"],
    "number": NUMBERS + ["০", "০.০", "-০", "০০০১", "১" * 30, "9" * 27, "9" * 30, "9" * 400, "9" * 4400, "0." + "0" * 30 + "1",
                         "1" + "0" * 26, "১২৩৪৫৬৭৮৯০১২৩৪৫৬৭৮৯০১২৩৪৫৬৭৮৯", "99999999999999999999999999.5", "0.1234567890123456789012345678901",
                         "1e2", "১২.", ".৫",
                         "১২,", ",১২", "১,২,৩", "1,23,45,678", "12.345678901234567890", "-১০০", "+১০", "১০০০০০০০০০০০০"],
    "flag": ["true", "false", "yes", "no", "হ্যাঁ", "না", "1", "0", "True", "FALSE", "on", "off", ""],
    "id": ["[১.১.১]", "1.1.1", "[1.1.1]", "১.১.১", "[৯.৯.৯]", "[১.১]", "[১.১.১.১]", "[০.০.০]", "[-১.১.১]", "[১..১]", "[]", "[১.১.১",
           "[" + "১." * 300 + "১]", "[১০০০০০০০০০০০০০০০০০০০.১.১]"],
    "url": URLS,
    "file": PATHS,
    "email": ["a@b", "a@b.example", "@b.example", "a@", "a b@c.example", "a@b.example\"onclick=alert(1)", "ক@খ.বাংলা",
              "a@[127.0.0.1]", "\"a\"@b.example", "a@b.example,c@d.example", "javascript:alert(1)//@b.example"],
    "parent": ["mopa", "sample-ministry", "sample-directorate", "unnamed-office", "no-such-office", "MOPA", "mopa/", "../mopa", ""],
}


def _family(key: str | None) -> str | None:
    if key in DATE_KEYS:
        return "date"
    if key in NUMBER_KEYS:
        return "number"
    if key in FLAG_KEYS:
        return "flag"
    if key in URL_KEYS:
        return "url"
    return key if key in EDGE_VALUES else None


@st.composite
def typed_value(draw: Callable, key: str | None) -> str:
    """A value of the field's own type: an edge case (0001-01-01, 9999-00,
    9×4400, javascript:), or what another record gives that key (a duplicate
    date or year, a cycle of parents, a dangling reference)."""
    family = _family(key)
    pools = [pool for pool in (EDGE_VALUES.get(family or ""), values_by_key().get(key or "")) if pool]
    if not pools:
        return draw(printable_text())
    return draw(st.sampled_from(pools[draw(st.integers(0, len(pools) - 1))]))


def _key(path: tuple) -> str | None:
    return next((p for p in reversed(path) if isinstance(p, str)), None)


@st.composite
def render_mutation(draw: Callable, rel: str, typed_only: bool = False) -> tuple[bytes, list[str]]:
    """Change 1–4 values, each within its own type: text fields get printable
    hostile text (markup, script, URLs, formulas, long text), typed fields an
    edge value of their type or another record's value.  Mostly passes
    validation, so it reaches the computing, the pages, the feeds and JSON."""
    data = copy.deepcopy(base_data(rel))
    notes = []
    strings = [p for p in _paths(data) if isinstance(_get(data, p), str)]
    places = [p for p in strings if _key(p) not in TYPED_KEYS]
    typed = [p for p in strings if _key(p) in TYPED_KEYS]
    if typed_only:
        places = []
    for _ in range(draw(st.integers(1, 2 if typed_only else 4))):
        use_typed = bool(typed) and (not places or draw(st.booleans()))
        pool = typed if use_typed else places
        if not pool:
            break
        path = pool[draw(st.integers(0, len(pool) - 1))]
        value = draw(typed_value(_key(path))) if use_typed else draw(printable_text())
        data = _set(data, path, value)
        notes.append(f"{_show_path(path)} = {short(value)}")
    return _dump(draw, rel, data, notes, printable_text)


def _nest(value: Any, depth: int, kind: str) -> Any:
    for _ in range(depth):
        value = [value] if kind == "list" else {"a": value}
    return value


@st.composite
def hostile_value(draw: Callable) -> Any:
    """A hostile value for a field: text, another scalar type, or a structure."""
    pick = draw(st.integers(0, 9))
    if pick <= 4:
        return draw(hostile_text())
    if pick == 5:
        return draw(st.sampled_from([None, True, False, 0, -1, 10**400, float("nan"), float("inf"), -float("inf"), 1e308, 0.1, b"\x00\xff", "", " ", "\n"]))
    if pick == 6:
        return draw(st.lists(hostile_text(long=False), max_size=4))
    if pick == 7:
        keys = st.one_of(st.sampled_from(known_keys()), hostile_text(long=False))
        return draw(st.dictionaries(keys, hostile_text(long=False), max_size=3))
    if pick == 8:  # deep nesting (safe_dump itself recurses, so not too deep here; raw mode goes deeper)
        return _nest(draw(hostile_text(long=False)), draw(st.integers(2, 150)), draw(st.sampled_from(["list", "map"])))
    items, n = draw(st.lists(hostile_text(long=False), min_size=1, max_size=3)), draw(st.sampled_from([50, 1000, 20_000]))
    return (items * n)[:n]  # very many items


# --------------------------------------------------------------------------- the case


@dataclass
class Case:
    """What an example changes in the base site: new bytes for a file, or
    None to delete it; notes say what was done (they are the repr, so a
    failing example prints readably)."""

    changes: dict[str, bytes | None] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def __repr__(self) -> str:
        return "Case(" + "; ".join(self.notes) + ")"

    def size(self) -> int:
        return sum(len(b) if b is not None else 0 for b in self.changes.values()) + sum(len(n) for n in self.notes)


def short(value: Any, limit: int = 80) -> str:
    """A repr that stays readable for megabyte strings and deep nesting."""
    if isinstance(value, str) and len(value) > limit:
        counts = Counter(value)
        if len(counts) <= 3:
            unit = value[: max(1, min(len(value), 8))]
            for n in range(1, 9):
                if value[:n] * (len(value) // n) == value[: n * (len(value) // n)]:
                    unit = value[:n]
                    break
            return f"{unit!r}*{len(value) // len(unit)}"
        return repr(value[:limit]) + f"…(+{len(value) - limit} chars)"
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + f"…(+{len(text) - limit})"


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place in a tree, root first."""
    found = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            found += _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            found += _paths(v, prefix + (i,))
    return found


def _show_path(path: tuple) -> str:
    text = ""
    for p in path:
        text += f"[{p}]" if isinstance(p, int) else (f".{p}" if text else str(p))
    return text or "<root>"


def _get(node: Any, path: tuple) -> Any:
    for p in path:
        node = node[p]
    return node


def _set(root: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    _get(root, path[:-1])[path[-1]] = value
    return root


def _retype(value: Any, how: int) -> Any:
    if isinstance(value, dict):
        return [list(value.values()), list(value.keys()), " ".join(map(str, value.keys())), None][how % 4]
    if isinstance(value, list):
        return [{str(i): v for i, v in enumerate(value)}, value[0] if value else "", ", ".join(map(str, value)), {}][how % 4]
    return [[value], {str(value): value}, {"value": value}, []][how % 4]


@st.composite
def data_mutation(draw: Callable, rel: str) -> tuple[bytes, list[str]]:
    """Parse, apply 1–4 operations to the tree, dump with yaml.safe_dump."""
    data = copy.deepcopy(base_data(rel))
    notes = []
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["text", "text", "text", "replace", "replace", "drop", "add", "retype", "duplicate", "nest", "swap"]))
        places = _paths(data)
        if op == "text":  # a text value stays text: the likeliest to pass validation and reach the pages
            places = [p for p in places if isinstance(_get(data, p), str)] or places
        if op == "swap":  # a value of the field's own type: an edge case, or another record's
            places = [p for p in places if isinstance(_get(data, p), str) and _key(p) in TYPED_KEYS] or places
        path = places[draw(st.integers(0, len(places) - 1))]
        target = _get(data, path)
        where = _show_path(path)
        if op == "text":
            value = draw(hostile_text())
            data = _set(data, path, value)
            notes.append(f"{where} = {short(value)}")
        elif op == "swap":
            value = draw(typed_value(_key(path)))
            data = _set(data, path, value)
            notes.append(f"{where} = {short(value)}")
        elif op == "replace":
            value = draw(hostile_value())
            data = _set(data, path, value)
            notes.append(f"{where} = {short(value)}")
        elif op == "drop":
            if not path:
                data, notes = None, notes + ["whole record = null"]
                continue
            parent = _get(data, path[:-1])
            del parent[path[-1]]
            notes.append(f"drop {where}")
        elif op == "add" and isinstance(target, dict):
            key = draw(st.one_of(st.sampled_from(known_keys()), hostile_text(long=False)))
            value = draw(st.one_of(hostile_value(), st.sampled_from(["ক", "1", "2024-07-01"])))
            target[key] = value
            notes.append(f"{where}.{short(key, 40)} = {short(value)} (added)")
        elif op == "add" and isinstance(target, list):
            value = draw(hostile_value())
            target.insert(draw(st.integers(0, len(target))), value)
            notes.append(f"{where} insert {short(value)}")
        elif op == "retype" or op == "add":
            how = draw(st.integers(0, 3))
            new = _retype(target, how)
            data = _set(data, path, new)
            notes.append(f"{where}: {type(target).__name__} -> {short(new)}")
        elif op == "duplicate":
            if path and isinstance(_get(data, path[:-1]), list):
                parent = _get(data, path[:-1])
                parent.insert(path[-1], copy.deepcopy(target))
                notes.append(f"duplicate {where}")
            else:
                notes.append(f"{where} unchanged (duplicate needs a list item)")
        else:  # nest
            depth, kind = draw(st.integers(2, 150)), draw(st.sampled_from(["list", "map"]))
            data = _set(data, path, _nest(target, depth, kind))
            notes.append(f"{where} nested {depth} deep in {kind}s")
    return _dump(draw, rel, data, notes)


def _dump(draw: Callable, rel: str, data: Any, notes: list[str], body_text: Callable = hostile_text) -> tuple[bytes, list[str]]:
    """Write a mutated tree with yaml.safe_dump, in a style Hypothesis picks."""
    style = draw(st.sampled_from([False, False, None, True]))
    unicode = draw(st.booleans())
    width = draw(st.sampled_from([80, 20, 10**9]))
    longs: list[LongText] = []

    def park(node: Any) -> Any:
        if isinstance(node, LongText):
            longs.append(node)
            return f"ZZLONG{len(longs) - 1}ZZ"
        if isinstance(node, dict):
            return {k: park(v) for k, v in node.items()}
        if isinstance(node, list):
            return [park(v) for v in node]
        return node

    text = yaml.safe_dump(park(data), allow_unicode=unicode, sort_keys=False, default_flow_style=style, width=width)
    for i, item in enumerate(longs):
        text = text.replace(f"ZZLONG{i}ZZ", '"' + yaml_escape(item.piece) * item.count + '"', 1)
    if rel.endswith(".md"):
        body = split_page(base_files()[rel].decode("utf-8"))[1]
        if draw(st.integers(0, 3)) == 0:
            extra = _plain(draw(body_text()))
            body += "\n" + extra + "\n"
            notes.append(f"body += {short(extra)}")
        text = "---\n" + text + "---\n" + body
    notes.append(f"dumped {'flow' if style else 'block'}{'' if unicode else ', ascii'}")
    return text.encode("utf-8", "surrogatepass"), notes


def _raw_value(value: str, how: int) -> str:
    """A hostile value as it may be typed: bare, single- or double-quoted (escapes)."""
    if how == 0:
        return value
    if how == 1:
        return "'" + value.replace("'", "''") + "'"
    escaped = value.encode("unicode_escape", "backslashreplace").decode("ascii").replace('"', '\\"')
    return '"' + escaped + '"'


@st.composite
def raw_mutation(draw: Callable, rel: str) -> tuple[bytes, list[str]]:
    """Text and byte operations on the file: mostly broken YAML."""
    text = base_files()[rel].decode("utf-8")
    notes = []
    for _ in range(draw(st.integers(1, 3))):
        lines = text.split("\n")
        at = draw(st.integers(0, max(0, len(lines) - 1)))
        op = draw(st.sampled_from(["snippet", "snippet", "value", "value", "duplicate", "delete", "indent", "truncate", "deep", "laughs"]))
        if op == "snippet":
            snippet = _plain(draw(st.one_of(st.sampled_from(RAW_SNIPPETS), hostile_text())))
            line = lines[at]
            col = draw(st.integers(0, len(line)))
            lines[at] = line[:col] + snippet + line[col:]
            notes.append(f"line {at + 1} col {col} insert {short(snippet)}")
        elif op == "value":
            m = re.match(r"^(\s*(?:- )?[\w-]+:)(.*)$", lines[at])
            value, how = _plain(draw(hostile_text())), draw(st.integers(0, 2))
            new = _raw_value(value, how)
            if m:
                lines[at] = f"{m.group(1)} {new}"
                notes.append(f"line {at + 1} value -> {short(new)}")
            else:
                lines.insert(at, f"{draw(st.sampled_from(known_keys()))}: {new}")
                notes.append(f"line {at + 1} insert key: {short(new)}")
        elif op == "duplicate":
            lines.insert(at, lines[at])
            notes.append(f"line {at + 1} duplicated ({short(lines[at], 50)})")
        elif op == "delete":
            notes.append(f"line {at + 1} deleted ({short(lines[at], 50)})")
            del lines[at]
        elif op == "indent":
            pad = draw(st.sampled_from(["\t", " ", "   ", "\t  ", "\u00a0", "\u3000"]))
            lines[at] = pad + lines[at]
            notes.append(f"line {at + 1} indented with {pad!r}")
        elif op == "truncate":
            cut = draw(st.integers(0, len(text)))
            text = text[:cut]
            notes.append(f"truncated to {cut} chars")
            continue
        elif op == "deep":
            depth = draw(st.sampled_from([100, 1_000, 10_000, 100_000]))
            kind = draw(st.sampled_from(["list", "map", "block"]))
            depth = min(depth, 1000) if kind == "block" else depth
            key = draw(st.sampled_from(known_keys()))
            sep = "\n" if kind == "block" else " "
            lines.insert(at, f"{key}:{sep}{_deep_flow(depth, kind)}")
            notes.append(f"line {at + 1} insert {key}: {depth}-deep {kind} nesting")
        else:  # laughs
            levels, width = draw(st.integers(2, 9)), draw(st.integers(2, 10))
            key = draw(st.sampled_from(known_keys()))
            lines.insert(at, f"{key}: {_laughs(levels, width)}")
            notes.append(f"line {at + 1} insert {key}: billion laughs {width}^{levels}")
        text = "\n".join(lines)
    raw = text.encode("utf-8", "surrogatepass")
    damage = draw(st.integers(0, 9))
    if damage >= 3:
        return raw, notes
    op = draw(st.sampled_from(["bytes", "bom", "cr", "utf16"]))
    if op == "bytes":
        junk = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00", b"\xef\xbb\xbf", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\r"]))
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + junk + raw[at:]
        notes.append(f"byte {at} insert {junk!r}")
    elif op == "bom":
        raw = b"\xef\xbb\xbf" + raw
        notes.append("BOM added")
    elif op == "cr":
        raw = raw.replace(b"\n", b"\r")
        notes.append("CR line ends")
    else:
        raw = raw.decode("utf-8", "surrogatepass").encode("utf-16", "surrogatepass")
        notes.append("saved as UTF-16")
    return raw, notes


FILE_NAMES = [
    "copy.yaml", "copy.yml", "COPY.YAML", "a b.yaml", "ক.yaml", ".hidden.yaml", "-.yaml", "x\ny.yaml", "x\x01.yaml",
    "\u202egpj.yaml", "a" * 200 + ".yaml", "urls.lock", "index.html.yaml", "..yaml", "x.yaml.md", "x.md", "x.json",
]


OFFICE_NAMES = [
    "copy", "mopa-2", "x", "0", "a" * 100, "COPY", "a_b", "a.b", "ক", "-x", "x-", "a--b", "evidence", "assets", "search",
    "pagefind", "feed.xml", "index.html", "..x", "x\ny", "\u202ex",
]


@st.composite
def cases(draw: Callable) -> Case:
    """One example: one to three changed files."""
    case = Case()
    kinds = records_by_kind()
    mode = draw(st.integers(0, 3))
    if mode >= 2:  # one record, values changed within their types: mostly builds
        kind = draw(st.sampled_from(sorted(kinds)))
        rel = draw(st.sampled_from(kinds[kind]))
        typed_only = mode == 3  # one or two edge values of a typed field, nothing else
        body, notes = draw(render_mutation(rel, typed_only))
        case.changes[rel] = body
        case.notes.append(f"{rel} ({'typed' if typed_only else 'text'}): " + ", ".join(notes))
        return case
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(sorted(kinds)))
        rel = draw(st.sampled_from(kinds[kind]))
        how = draw(st.sampled_from(["data", "data", "data", "raw", "raw", "delete", "add"]))
        if how == "delete":
            case.changes[rel] = None
            case.notes.append(f"{rel}: deleted")
            continue
        if how == "add":
            folder = rel.rsplit("/", 1)[0] if "/" in rel else ""
            if kind == "office":  # a new office folder: its name becomes a URL
                folder = "offices/" + draw(st.sampled_from(OFFICE_NAMES))
            names = FILE_NAMES
            if kind == "page":
                names = ["x.md", "search.md", "NEW.md", "a_b.md", "ক.md", "index.md", "about.md.md", "-x.md"] + FILE_NAMES
            elif kind == "office":
                names = ["office.yaml"] + FILE_NAMES
            name = draw(st.sampled_from(names))
            new = (folder + "/" if folder else "") + name
            body, notes = base_files()[rel], []
            if draw(st.booleans()):
                body, notes = draw(data_mutation(rel))
            case.changes[new] = body
            case.notes.append(f"{new}: copy of {rel}" + ("" if not notes else ", " + ", ".join(notes)))
            continue
        mutate = data_mutation if how == "data" else raw_mutation
        if rel in case.changes and case.changes[rel] is None:
            continue
        body, notes = draw(mutate(rel))
        case.changes[rel] = body
        case.notes.append(f"{rel} ({how}): " + ", ".join(notes))
    return case


# --------------------------------------------------------------------------- running one example


@dataclass
class Violation:
    kind: str  # e.g. "exception", "problem-format", "touched-victim", "html"
    signature: str  # kind plus what went wrong, without paths or values: one per distinct bug
    detail: str
    exc: BaseException | None = None


@dataclass
class Outcome:
    code: int | None
    out: str
    err: str
    seconds: float
    violations: list[Violation] = field(default_factory=list)


class _Timeout(BaseException):
    """Raised by SIGALRM in the build: not an Exception, so no handler in the program eats it."""


def _snapshot(folder: Path, skip: Callable[[str], bool] = lambda rel: False) -> dict[str, tuple]:
    """Every entry under ``folder`` (links not followed), with its kind and content hash."""
    seen: dict[str, tuple] = {}
    if not os.path.lexists(folder):
        return seen
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            rel = path.relative_to(folder).as_posix()
            if skip(rel):
                continue
            st_ = path.lstat()
            if path.is_symlink():
                seen[rel] = ("link", os.readlink(path))
            elif path.is_dir():
                seen[rel] = ("dir", st_.st_mode & 0o7777)
            else:
                seen[rel] = ("file", st_.st_mode & 0o7777, st_.st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest())
    return seen


def _diff(before: dict, after: dict) -> list[str]:
    changed = [f"+{k}" for k in after if k not in before] + [f"-{k}" for k in before if k not in after]
    changed += [f"~{k}" for k in before if k in after and before[k] != after[k]]
    return sorted(changed)


@functools.cache
def _cached_environment(layouts: str):
    return _ORIGINAL_ENVIRONMENT[0](Path(layouts))


_ORIGINAL_ENVIRONMENT: list = []


@contextlib.contextmanager
def _templates_compiled_once():
    """Builds compile every template anew (a fresh Jinja environment per
    build); the fuzz reuses one environment per layouts folder, which halves
    the time of a successful build.  The environment holds no per-build state."""
    from protishruti import render

    original = getattr(render, "environment", None)
    if original is None:
        yield
        return
    if not _ORIGINAL_ENVIRONMENT:
        _ORIGINAL_ENVIRONMENT.append(original)
    render.environment = lambda layouts=render.DEFAULT_LAYOUTS: _cached_environment(str(layouts))
    try:
        yield
    finally:
        render.environment = original


PROBLEM_LINE = re.compile(r"^[^:\n]+(:\d+)?: .+")
ALLOWED_BESIDE_OUT = ("site", "site.releases")  # and site.tmp-*


def write_site(case: Case, root: Path) -> tuple[Path, Path, Path, Path]:
    """Lay out root/content (base + case), root/victim, root/cwd; return them and root/site."""
    content, victim, work = root / "content", root / "victim", root / "cwd"
    victim.mkdir()
    (victim / "keep.txt").write_text(SECRET)
    (victim / "inner").mkdir()
    (victim / "inner" / "secret.pdf").write_text(SECRET + " pdf")
    work.mkdir()
    files = dict(base_files())
    files.update(case.changes)
    token = str(victim).encode()
    for rel, body in files.items():
        if body is None:
            continue
        path = content / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body.replace(VICTIM_TOKEN.encode(), token))
    return content, victim, work, root / "site"


def run_case(case: Case, root: Path | None = None, timeout: float = 120.0) -> Outcome:
    """Build the case in-process and check the property; never raises for the program's faults."""
    if root is None:
        with tempfile.TemporaryDirectory(prefix="protishruti-fuzz-") as tmp:
            return run_case(case, Path(tmp), timeout)
    from protishruti import cli

    content, victim, work, out = write_site(case, root)
    before_victim = _snapshot(victim)
    before_content = _snapshot(content, skip=lambda rel: rel == "urls.lock")
    before_root = sorted(os.listdir(root))

    out_buf, err_buf = io.BytesIO(), io.BytesIO()
    # like the real streams: stdout strict UTF-8, stderr backslashreplace
    stdout = io.TextIOWrapper(out_buf, encoding="utf-8", errors="strict", write_through=True)
    stderr = io.TextIOWrapper(err_buf, encoding="utf-8", errors="backslashreplace", write_through=True)
    code: int | None = None
    exc: BaseException | None = None
    use_alarm = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    old_handler = None
    cwd = os.getcwd()
    started = time.perf_counter()
    try:
        os.chdir(work)
        if use_alarm:
            def on_alarm(signum, frame):
                raise _Timeout(f"no result after {timeout:.0f} s")

            old_handler = signal.signal(signal.SIGALRM, on_alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout)
        with _templates_compiled_once(), contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = cli.main(["build", "--content", str(content), "--out", str(out)])
    except KeyboardInterrupt:
        raise
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 2
    except BaseException as e:  # noqa: BLE001 - the program's faults are what we look for
        exc = e
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old_handler)
        os.chdir(cwd)
    seconds = time.perf_counter() - started
    with contextlib.suppress(Exception):
        stdout.flush()
        stderr.flush()
    out_text = out_buf.getvalue().decode("utf-8", "backslashreplace")
    err_text = err_buf.getvalue().decode("utf-8", "backslashreplace")
    outcome = Outcome(code, out_text, err_text, seconds)
    v = outcome.violations.append

    if exc is not None:
        v(_exception_violation(exc))
    elif code not in (0, 1):
        first = err_text.strip().splitlines()[-1] if err_text.strip() else ""
        v(Violation("exit", f"exit {code}: {_generalise(first)[:80]}", f"exit {code}: {err_text[-500:]}"))
    if "Traceback" in out_text or "Traceback" in err_text:
        v(Violation("traceback-printed", "traceback-printed", err_text[-1500:]))
    if SECRET in out_text or SECRET in err_text:
        v(Violation("leak-in-messages", "leak-in-messages", "the victim's secret was printed"))
    if code == 1:
        block = err_text.split("\n\n")[0]
        for line in block.splitlines():
            if not line.strip():
                continue
            path = line.split(":", 1)[0]
            if not PROBLEM_LINE.match(line):
                v(Violation("problem-format", "problem-format: not path:line: message: " + _generalise(line)[:60], line[:300]))
            elif path.startswith("/") or str(root) in path or ".." in path.split("/"):
                v(Violation("problem-format", "problem-format: path not relative to the content folder: " + _generalise(line)[:60], line[:300]))
        if os.path.lexists(out):
            v(Violation("out-changed-on-failure", "out-changed-on-failure", f"{out} exists after exit 1"))

    after_victim = _snapshot(victim)
    if after_victim != before_victim:
        v(Violation("touched-victim", "touched-victim", ", ".join(_diff(before_victim, after_victim))))
    after_content = _snapshot(content, skip=lambda rel: rel == "urls.lock")
    if after_content != before_content:
        v(Violation("touched-content", "touched-content", ", ".join(_diff(before_content, after_content))[:500]))
    extra = [n for n in os.listdir(root) if n not in before_root and n not in ALLOWED_BESIDE_OUT and not n.startswith("site.tmp-")]
    gone = [n for n in before_root if not os.path.lexists(root / n)]
    if extra or gone:
        v(Violation("touched-parent", "touched-parent", f"new: {extra}, gone: {gone}"))
    if os.listdir(work):
        v(Violation("wrote-to-cwd", "wrote-to-cwd", str(os.listdir(work))))
    if code == 0 and exc is None:
        for item in check_site(out):
            v(item)
    return outcome


def _exception_violation(exc: BaseException) -> Violation:
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "/protishruti/" in f.filename.replace(os.sep, "/")]
    where = ours[-1] if ours else (frames[-1] if frames else None)
    place = f"{Path(where.filename).parent.name}/{Path(where.filename).name}:{where.name}" if where else "?"
    last = "".join(traceback.format_exception_only(type(exc), exc)).strip().splitlines()[-1]
    kind = "timeout" if isinstance(exc, _Timeout) else "exception"
    return Violation(kind, f"{type(exc).__name__} in {place}", f"{last[:400]}\n  at {place} (line {where.lineno if where else '?'})", exc)


def _generalise(text: str) -> str:
    """A message without paths, numbers and quoted values, to group failures."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", text)
    text = re.sub(r"/[^\s:]*", "/…", text)
    return re.sub(r"\d+", "N", text)


# --------------------------------------------------------------------------- checking the output

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset", "cite", "background"}
BAD_SCHEME = re.compile(r"^(javascript|vbscript|data):", re.IGNORECASE)


class _PageChecker(HTMLParser):
    """Tags balanced (every non-void element closed, in order), no inline
    script, no event-handler attribute, no script URL."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, int]] = []
        self.errors: list[tuple[str, str]] = []  # (signature, detail)
        self.in_script = False

    def _err(self, sig: str, detail: str) -> None:
        line = self.getpos()[0]
        self.errors.append((sig, f"line {line}: {detail}"))

    def handle_starttag(self, tag: str, attrs: list) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self._err("xss: event-handler attribute", f"<{tag} {name}={value!r}>")
            if name in URL_ATTRS and value is not None:
                cleaned = re.sub(r"[\x00-\x20]", "", value)
                if BAD_SCHEME.match(cleaned) and not (tag == "img" and cleaned.lower().startswith("data:image/")):
                    self._err("xss: script URL", f"<{tag} {name}={value[:80]!r}>")
            refresh = tag == "meta" and (dict(attrs).get("http-equiv") or "").lower() == "refresh"
            if refresh and name == "content" and value and "url=" in value.lower():
                target = re.sub(r"[\x00-\x20'\"]", "", value.lower().split("url=", 1)[1])
                if BAD_SCHEME.match(target):
                    self._err("xss: refresh to script URL", f"<meta content={value[:80]!r}>")
        if tag in ("iframe", "object", "embed", "base", "frame", "frameset", "applet"):
            self._err(f"xss: <{tag}> element", f"<{tag}>")
        if tag == "script" and not dict(attrs).get("src"):
            self.in_script = True
        if tag not in VOID:
            self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_script = False
        if tag in VOID:
            return
        if not self.stack:
            self._err("html: end tag with nothing open", f"</{tag}>")
        elif self.stack[-1][0] != tag:
            self._err("html: end tag does not match", f"</{tag}> closes <{self.stack[-1][0]}> opened on line {self.stack[-1][1]}")
            if any(t == tag for t, _ in self.stack):
                while self.stack and self.stack[-1][0] != tag:
                    self.stack.pop()
                self.stack.pop()
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_script and data.strip():
            self._err("xss: inline script", data.strip()[:80])


def check_html(text: str) -> list[tuple[str, str]]:
    parser = _PageChecker()
    parser.feed(text)
    parser.close()
    if parser.stack:
        parser.errors.append(("html: element never closed", f"<{parser.stack[-1][0]}> opened on line {parser.stack[-1][1]}"))
    if not text.lstrip().lower().startswith("<!doctype html"):
        parser.errors.append(("html: no doctype", text[:60]))
    return parser.errors


_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?")


def check_csv(text: str) -> list[tuple[str, str]]:
    """Every row parses, and no cell is a spreadsheet formula: none starts
    with = @ tab or CR, nor with + or - unless it is a plain number (or the
    sign alone)."""
    import csv

    found = []
    try:
        rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    except csv.Error as e:
        return [("csv: does not parse", str(e))]
    for n, row in enumerate(rows, start=1):
        for cell in row:
            if cell and (cell[0] in "=@\t\r" or (cell[0] in "+-" and cell not in "+-" and not _PLAIN_NUMBER.fullmatch(cell))):
                found.append(("csv: formula cell", f"row {n}: {cell[:80]!r}"))
    return found


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def check_site(out: Path) -> list[Violation]:
    """Every page, feed and JSON file of a built site."""
    found: list[Violation] = []
    folder = out.resolve()
    if not folder.is_dir():
        return [Violation("site-missing", "site-missing", f"{out} is not a folder after exit 0")]
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            path = Path(dirpath) / name
            rel = path.relative_to(folder).as_posix()
            data = path.read_bytes()
            if SECRET.encode() in data:
                found.append(Violation("leak-in-site", "leak-in-site", rel))
            if rel.startswith("pagefind/") or path.suffix in (".js", ".css", ".woff2", ".png", ".pdf", ".jpg", ".jpeg"):
                continue
            suffix = path.suffix
            if suffix in (".html", ".xml", ".json", ".csv", ".txt", ".conf") or name in ("_headers", "_redirects", "SHA256SUMS"):
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError as e:
                    found.append(Violation("utf8", f"utf8: {suffix or name}", f"{rel}: {e}"))
                    continue
            else:
                continue
            if suffix == ".html":
                for sig, detail in check_html(text):
                    found.append(Violation(sig.split(":")[0], sig, f"{rel}: {detail}"))
            elif suffix == ".csv":
                for sig, detail in check_csv(text):
                    found.append(Violation("csv", sig, f"{rel}: {detail}"))
            elif suffix == ".xml":
                try:
                    ET.fromstring(data)
                except ET.ParseError as e:
                    found.append(Violation("xml", "xml: " + _generalise(str(e)), f"{rel}: {e}"))
            elif suffix == ".json":
                try:
                    json.loads(text, parse_constant=_no_constants)
                except ValueError as e:
                    found.append(Violation("json", "json: " + _generalise(str(e)).split(": line")[0], f"{rel}: {e}"))
    return found


# --------------------------------------------------------------------------- the property, for pytest


class FuzzViolation(AssertionError):
    pass


@functools.cache
def _violation_class(signature: str) -> type:
    """One exception class per kind of failure, so Hypothesis tells them apart."""
    name = re.sub(r"\W+", "_", signature.split(":")[0]).strip("_") or "violation"
    return type(f"Fuzz_{name}", (FuzzViolation,), {})


def assert_holds(outcome: Outcome, case: Case) -> None:
    """Raise for the first violation: the program's own exception if it raised
    (its traceback shows where), else an AssertionError naming every violation."""
    if not outcome.violations:
        return
    for item in outcome.violations:
        if item.exc is not None and not isinstance(item.exc, _Timeout):
            raise item.exc
    first = outcome.violations[0]
    listing = "\n".join(f"  [{i.signature}] {i.detail}" for i in outcome.violations)
    raise _violation_class(first.kind)(f"{len(outcome.violations)} violation(s) for {case!r} (exit {outcome.code}):\n{listing}\nstderr:\n{outcome.err[-2000:]}")


# --------------------------------------------------------------------------- the tally runner


@dataclass
class Tally:
    examples: int = 0
    exits: Counter = field(default_factory=Counter)
    failures: Counter = field(default_factory=Counter)  # by signature
    examples_failing: int = 0
    smallest: dict[str, tuple[Case, Outcome, Violation]] = field(default_factory=dict)
    seconds: float = 0.0
    slowest: tuple[float, str] = (0.0, "")
    kinds_touched: Counter = field(default_factory=Counter)

    def record(self, case: Case, outcome: Outcome) -> None:
        self.examples += 1
        self.exits["raised" if outcome.code is None else outcome.code] += 1
        if outcome.seconds > self.slowest[0]:
            self.slowest = (outcome.seconds, repr(case)[:300])
        for rel in case.changes:
            self.kinds_touched[kind_of(rel) or "new file"] += 1
        if outcome.violations:
            self.examples_failing += 1
        for item in {i.signature: i for i in outcome.violations}.values():
            self.failures[item.signature] += 1
            kept = self.smallest.get(item.signature)
            if kept is None or case.size() < kept[0].size():
                self.smallest[item.signature] = (case, outcome, item)


def _settings(examples: int, seed: int | None, shrink: bool):
    from hypothesis import HealthCheck, Phase, settings

    phases = [Phase.generate, Phase.shrink] if shrink else [Phase.generate]
    return settings(
        max_examples=examples,
        derandomize=seed is None,
        deadline=None,
        database=None,
        phases=phases,
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
        print_blob=False,
    )


def tally(examples: int, seed: int | None = None, progress: bool = True) -> Tally:
    """Run ``examples`` examples without stopping at failures."""
    from hypothesis import given
    from hypothesis import seed as seed_

    result = Tally()
    started = time.perf_counter()

    @_settings(examples, seed, shrink=False)
    @given(case=cases())
    def run(case: Case) -> None:
        outcome = run_case(case)
        result.record(case, outcome)
        if progress and result.examples % 50 == 0:
            print(f"  … {result.examples} examples, {result.examples_failing} failing, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)

    if seed is not None:
        run = seed_(seed)(run)
    run()
    result.seconds = time.perf_counter() - started
    return result


def shrink(signature: str, examples: int, seed: int | None = None) -> tuple[Case, Outcome, Violation] | None:
    """The smallest case Hypothesis finds that fails with ``signature``."""
    from hypothesis import given
    from hypothesis import seed as seed_

    best: list = []

    class _Found(Exception):
        pass

    @_settings(examples, seed, shrink=True)
    @given(case=cases())
    def run(case: Case) -> None:
        outcome = run_case(case)
        for item in outcome.violations:
            if item.signature == signature:
                if not best or case.size() <= best[0][0].size():
                    best[:] = [(case, outcome, item)]
                raise _Found(signature)

    if seed is not None:
        run = seed_(seed)(run)
    with contextlib.suppress(_Found), contextlib.redirect_stdout(io.StringIO()):
        run()
    return best[0] if best else None


def describe(case: Case) -> str:
    """The case's notes and, for files changed as text (raw mode, new files),
    a diff against the base (long lines cut); a file rewritten by safe_dump
    differs on every line, so its notes say what changed."""
    lines = [repr(case)]
    base = base_files()
    for rel, body in case.changes.items():
        if body is None:
            lines.append(f"  {rel}: deleted")
            continue
        if rel in base and not any(n.startswith(f"{rel} (raw)") for n in case.notes):
            continue
        old = base.get(rel, b"").decode("utf-8", "replace").splitlines()
        new = body.decode("utf-8", "backslashreplace").splitlines()
        diff = list(difflib.unified_diff(old, new, f"base/{rel}", rel, n=0, lineterm=""))
        if len(diff) > 30:
            diff = diff[:30] + [f"… ({len(diff) - 30} more diff lines)"]
        lines += ["  " + short(d, 200)[1:-1] if len(d) > 200 else "  " + d for d in diff]
    return "\n".join(lines)


def report(t: Tally, minimal: dict[str, tuple[Case, Outcome, Violation]]) -> str:
    out = [
        f"examples run: {t.examples} in {t.seconds:.1f} s ({t.seconds / max(1, t.examples):.3f} s each; slowest {t.slowest[0]:.1f} s)",
        "exit status: " + ", ".join(f"{k}: {v}" for k, v in sorted(t.exits.items(), key=str)),
        f"examples with a violation: {t.examples_failing}",
        "files changed, by record type: " + ", ".join(f"{k} {v}" for k, v in sorted(t.kinds_touched.items())),
        "failures by kind:",
    ]
    by_kind = Counter()
    for sig, n in t.failures.items():
        by_kind[t.smallest[sig][2].kind] += n
    out += [f"  {kind}: {n}" for kind, n in by_kind.most_common()] or ["  none"]
    out.append("distinct failures:")
    for sig, n in t.failures.most_common():
        case, outcome, item = minimal.get(sig) or t.smallest[sig]
        shrunk = " (shrunk)" if sig in minimal else " (smallest seen)"
        out.append(f"\n* {sig} — {n} example(s){shrunk}; exit {outcome.code}")
        out.append("  " + item.detail.replace("\n", "\n  "))
        out.append("  minimal input: " + describe(case).replace("\n", "\n  "))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.hostile.fuzz", description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=200, help="how many examples (default 200)")
    parser.add_argument("--seed", type=int, default=None, help="a seed (default: derandomised, as in CI)")
    parser.add_argument("--no-shrink", action="store_true", help="report the smallest failing example seen, without shrinking")
    parser.add_argument("--json", metavar="FILE", help="also write the tally as JSON")
    parser.add_argument("--save", metavar="DIR", help="write each distinct failure's content folder to DIR/<n>/ to reproduce it")
    args = parser.parse_args(argv)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    t = tally(args.examples, args.seed)
    minimal: dict[str, tuple[Case, Outcome, Violation]] = {}
    if not args.no_shrink:
        for sig in t.failures:
            print(f"shrinking: {sig} …", file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            found = shrink(sig, args.examples, args.seed)
            if found:
                minimal[sig] = found
            print(f"  {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    print(report(t, minimal))
    if args.save:
        for n, sig in enumerate(t.failures, start=1):
            case = (minimal.get(sig) or t.smallest[sig])[0]
            folder = Path(args.save) / str(n)
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            write_site(case, folder)
            (folder / "FAILURE.txt").write_text(f"{sig}\n{case!r}\n\nprotishruti build --content {folder / 'content'} --out {folder / 'site'}\n")
        print(f"\nsaved {len(t.failures)} failing content folder(s) under {args.save}/")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "examples": t.examples, "seconds": t.seconds, "exits": {str(k): v for k, v in t.exits.items()},
            "failures": dict(t.failures),
            "minimal": {sig: {"case": repr((minimal.get(sig) or t.smallest[sig])[0]), "detail": (minimal.get(sig) or t.smallest[sig])[2].detail} for sig in t.failures},
        }, ensure_ascii=False, indent=2))
    return 1 if t.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
