"""Markdown in records and pages: rendered with Python-Markdown, then
sanitised with nh3 so no script, event handler or ``javascript:`` link
survives, whatever a record contains.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import markdown
import nh3
from markupsafe import Markup, escape

_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "div", "dl", "dt", "em", "h2", "h3", "h4",
    "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "ol", "p", "pre", "s", "small", "span", "strong",
    "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
_ATTRIBUTES = {
    "*": {"id", "title", "lang"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "scope", "align"},
    "ol": {"start"},
}


def slugify(value: str, separator: str = "-") -> str:
    """Heading anchors that keep Bangla: letters, vowel signs (marks) and
    digits stay, everything else becomes one separator.  Python-Markdown's own
    slugify keeps ASCII only and turns 'সেবার তালিকা' into an empty id."""
    value = unicodedata.normalize("NFC", value).strip().lower()
    kept = "".join(ch if unicodedata.category(ch)[0] in "LMN" else " " for ch in value)
    return re.sub(r"\s+", separator, kept.strip())


def _converter() -> markdown.Markdown:
    return markdown.Markdown(
        extensions=["tables", "sane_lists", "toc", "attr_list"],
        extension_configs={"toc": {"slugify": slugify, "permalink": False}},
        output_format="html",
    )


def sanitise(html: str) -> str:
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


_MD = _converter()


@lru_cache(maxsize=8192)
def _render(text: str) -> str:
    # one converter, reset between documents: building one costs more than converting
    html = _MD.reset().convert(unicodedata.normalize("NFC", text))
    return sanitise(html)


def render(text: str | None) -> Markup:
    """Block Markdown → safe HTML."""
    if not text:
        return Markup("")
    return Markup(_render(text))


_SINGLE_P = re.compile(r"^<p>(.*)</p>$", re.S)


def render_inline(text: str | None) -> Markup:
    """Markdown for a short field shown inside a sentence or a table cell: a
    single paragraph loses its <p>."""
    html = str(render(text)).strip()
    m = _SINGLE_P.match(html)
    if m and "<p>" not in m.group(1):
        html = m.group(1)
    return Markup(html)


# ---------------------------------------------------------------- a document's words
#
# Text transcribed from a document (a mission of numbered lines, a cell, a
# decision, one line of progress per quarter) is shown exactly as written:
# every character escaped, every line break kept, nothing read as Markdown
# ("1." stays 1., "*ক*" keeps its asterisks, "- ঐ -" is not a list).  Only
# web addresses become links.  The site's own prose (free pages, notes) is
# Markdown, rendered above.

_URL = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)।]")
_PARAGRAPHS = re.compile(r"\n[ \t]*\n+")


def _verbatim_lines(text: str) -> str:
    out = []
    for line in text.split("\n"):
        pos, parts = 0, []
        for m in _URL.finditer(line):
            parts.append(str(escape(line[pos:m.start()])))
            url = str(escape(m.group(0)))
            parts.append(f'<a href="{url}" rel="noopener noreferrer">{url}</a>')
            pos = m.end()
        parts.append(str(escape(line[pos:])))
        out.append("".join(parts).rstrip())
    return "<br>\n".join(out)


def render_document(text: str | None) -> Markup:
    """A document's words as paragraphs (blank lines) of lines (<br>)."""
    if not text or not text.strip():
        return Markup("")
    text = unicodedata.normalize("NFC", text.strip())
    return Markup("\n".join(f"<p>{_verbatim_lines(p)}</p>" for p in _PARAGRAPHS.split(text)))


def render_document_inline(text: str | None) -> Markup:
    """A document's words inside a sentence or a table cell: lines, no <p>."""
    if not text or not text.strip():
        return Markup("")
    return Markup(_verbatim_lines(unicodedata.normalize("NFC", text.strip())))
