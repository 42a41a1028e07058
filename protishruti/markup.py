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
from markupsafe import Markup

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


def _converter(lines: bool = False) -> markdown.Markdown:
    return markdown.Markdown(
        extensions=["tables", "sane_lists", "toc", "attr_list"] + (["nl2br"] if lines else []),
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


# Text transcribed from a document keeps its line breaks (a mission of
# numbered lines, one line of progress per quarter); the site's own prose
# (free pages, notes) is ordinary Markdown, where a single newline is a space.
_MD = {False: _converter(), True: _converter(lines=True)}


@lru_cache(maxsize=8192)
def _render(text: str, lines: bool = False) -> str:
    # one converter of each kind, reset between documents: building one costs more than converting
    html = _MD[lines].reset().convert(unicodedata.normalize("NFC", text))
    return sanitise(html)


def render(text: str | None, lines: bool = False) -> Markup:
    """Block Markdown → safe HTML; ``lines`` keeps every line break."""
    if not text:
        return Markup("")
    return Markup(_render(text, lines))


_SINGLE_P = re.compile(r"^<p>(.*)</p>$", re.S)


def render_inline(text: str | None, lines: bool = False) -> Markup:
    """Markdown for a short field shown inside a sentence or a table cell: a
    single paragraph loses its <p>."""
    html = str(render(text, lines)).strip()
    m = _SINGLE_P.match(html)
    if m and "<p>" not in m.group(1):
        html = m.group(1)
    return Markup(html)


def render_document(text: str | None) -> Markup:
    """A document's words, as Markdown with every line break kept."""
    return render(text, lines=True)


def render_document_inline(text: str | None) -> Markup:
    return render_inline(text, lines=True)
