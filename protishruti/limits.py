"""Bounded work for untrusted content (issue 9: content is untrusted).

Anyone who can edit ``content/`` can make the build do unbounded work without
these limits: Python-Markdown is quadratic on some inputs (20,000 ``[`` in
one field took 96 s) and recursive on nested lists and blockquotes (2,000
levels: 32 s, 1.5 GB, then a traceback); PyYAML builds nested values
recursively (300 levels: RecursionError; 100,000 levels of ``[``: the C
composer overflows the C stack and the process dies) and libyaml's parser is
itself quadratic in nesting depth (100,000 levels: 99 s just to read the
events); a lone surrogate or a NUL in a value breaks later stages and
``feed.xml``.

Everything here is a pure function of the text it is given and runs in time
linear in that text (plus a fixed budget), so it can run before the
expensive step it guards:

* :func:`yaml_shape` — a record's YAML text before it is constructed;
* :func:`text_problem` — one string value (and, with ``markdown=True``, one
  Markdown text: a field rendered with ``md``/``mdi``, or a page body with
  ``limit=MAX_MARKDOWN_CHARS``);
* the file-size constants, used before a file is read.

Every number is chosen from the real content (``content/``,
``tests/sites/valid-*`` and the real documents in
``../shared/field-samples/``) and from measurements through
``protishruti.markup.render`` and ``protishruti.yamlsource.parse``
(``python -m benchmarks.bounds`` prints them): each limit is far above what a
real record or page needs and far below what makes the build slow.  The
reason for each is beside it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import yaml

from .messages import tr

# ---------------------------------------------------------------- files

MAX_RECORD_BYTES = 2 << 20
"""A record file (``*.yaml``), read before parsing.  The largest demo record
is 8 KB; a ministry charter with 300 services or an action plan with 100
indicators is a few hundred KB.  Bytes alone cost little (a 2 MB scalar
parses in 0.02 s, 0.2 s when a syntax error after it makes yamlsource read
the file again with the pure-Python loader); what a record *holds* is bounded
by :data:`MAX_YAML_NODES`."""

MAX_PAGE_BYTES = 1 << 20
"""A free page (``pages/*.md``: front matter and Markdown).  Its body is
limited to :data:`MAX_MARKDOWN_CHARS` characters, about 300 KB of Bangla in
UTF-8; 1 MB leaves room for the front matter and refuses a bigger file before
it is read."""

DEFAULT_EVIDENCE_MB = 50
"""The default size limit of one evidence file (``evidence_max_mb`` in
site.yaml raises it).  A scanned, signed charter or report at 150–200 dpi is
2–20 MB; 50 MB is also the size at which GitHub starts warning about a file
(it refuses files over 100 MB), and every evidence file is copied into the
site and downloaded by citizens on mobile data."""

# ---------------------------------------------------------------- YAML

MAX_YAML_DEPTH = 40
"""Mappings and lists nested inside each other.  The demo and the fixtures
nest at most 8 deep.  PyYAML's constructor recurses a few Python frames per
level (300 levels of '[' raise RecursionError; 100,000 overflow the C stack
of the C composer and kill the process), and libyaml's parser is quadratic in
the depth; 40 levels are far from both."""

MAX_YAML_NODES = 20_000
"""Values in one file: every scalar, key, list, mapping and — expanded — every
alias.  The largest demo record has 211; a ministry charter with 300
services of 10 fields has about 6,500.  Building a value in yamlsource's
line-tracking constructors costs about 5 µs, so 20,000 values parse in 0.1 s
(0.5 s when a syntax error at the end makes yamlsource parse the file again
with the pure-Python loader), and a file whose aliases would expand to
millions of values (the "billion laughs") is refused before anything is
built."""

MAX_YAML_ALIASES = 100
"""Aliases (``*name``).  No record needs one (the demo and the fixtures have
none); a few are harmless, but every alias makes the same value appear in
several places, which later stages walk once per appearance."""

# ---------------------------------------------------------------- text

MAX_FIELD_CHARS = 20_000
"""One string value.  The longest value in the demo is 337 characters and
the longest line of a real document in the field samples (a charter's
service row) about 900; 20,000 characters is some eight pages of Bangla
prose, and is what the Markdown limits below are measured at."""

MAX_MARKDOWN_CHARS = 50_000
"""A free page's Markdown body.  The demo pages are 800–1,500 characters;
50,000 is some 20 pages of Bangla prose (a longer document belongs in an
evidence file).  Every paragraph of it is bounded like a field, so a page
costs at most a few times the slowest field (about 0.5 s: a page is built
once, a field may be shown on several pages)."""

MAX_MARKDOWN_BLOCK_CHARS = 10_000
"""One Markdown block: the lines between two blank lines (a paragraph, a
list, a table).  Python-Markdown rewrites a paragraph's whole text once per
link, emphasis, tag or entity it finds in it, so its cost grows with the
square of the paragraph; real paragraphs are under 1,000 characters, and a
10,000-character paragraph packed with markup renders in about 0.1 s."""

MAX_MARKDOWN_DEPTH = 16
"""Lists and blockquotes nested inside each other, counted from the start of
each line (a '>' or a list marker is one level, so is every 4 columns of
indentation).  Python-Markdown parses each level recursively and re-reads the
text of every level: a 2,000-level list took 32 s and 1.5 GB, then a
RecursionError.  Real pages nest three levels at most."""

MAX_MARKDOWN_BREAKS = 50
"""Headings, horizontal rules, setext underlines ('===', '---') and link
definitions ('[x]: url') inside one block, i.e. without a blank line between
them.  Each one makes Python-Markdown cut the block in two and test the rest
of the block again with every block rule, so thousands of them in one block
are quadratic (6,000 lines of '-' take 2.5 s); a real page puts a blank line
around its headings."""

MAX_MARKDOWN_SCAN = 200_000
"""Characters Python-Markdown reads ahead, one character at a time, in Python
code, to find where a link's text ('[' … ']'), a link's address ('](' … ')')
or a code span ('`' … '`') ends: for every opening it reads to the matching
closing, or to the end of the paragraph when there is none.  A text where
every '[' is closed has a few characters per link; 200,000 characters of
look-ahead cost under 0.1 s, and are reached by about 20 unclosed '[' at the
start of a 10,000-character paragraph.  (20,000 unclosed '[' took 96 s.)
The count is an upper bound: a ']' that a code span might hide does not
count as closing, so a paragraph with code spans at both ends allows some 40
links per 10,000 characters (one without, any number)."""

MAX_HTML_SCAN = 200_000
"""Characters read by all raw HTML start tags of one text together.
Python-Markdown finds raw HTML with Python's html.parser, which, for each '<'
followed by a letter, reads the tag's name and attributes up to its '>' with a
slow regular expression (0.1–0.3 µs per character) — and when there is no '>',
to the end of the text: 1,000 '<a ' in a row cost 0.3 s, 4,000 over 4 s;
at this limit, 0.02 s.  Real tags (``<abbr title="…">``, ``<a href="…">``)
are under 300 characters, so 200,000 characters is hundreds of real tags, or
ten '<' before a letter in a 20,000-character text that has no '>' at all."""

MAX_BRACE_SCAN = 2_000_000
"""The number of '{' in a line times the line's length, summed over the
lines.  The attr_list extension looks for '{: …}' at the end of a heading or
table cell with a regular expression that, from every ' {', reads to the end
of the line (10 ns per character): a 20,000-character heading of '# {' took
0.6 s.  A real heading has one attribute list, if any."""

MAX_COMMENT_TAGS = 500
"""HTML comments times HTML start tags in one paragraph.  For every comment
('<!-- … -->'), Python-Markdown searches the rest of the paragraph once for
each inline tag still open before it (``inline_close_follows``), compiling a
regular expression each time: 800 comments among 800 '<b>' in a
10,000-character paragraph took 1 s.  A real paragraph has no comment, or
one."""

MAX_MARKDOWN_TAGS = 2_000
"""Raw HTML tags ('<' followed by a letter, '/', '!' or '?') in one text.
Python-Markdown copies the rest of the text for each end tag and comment; a
page written in Markdown needs a few tags at most."""

# ---------------------------------------------------------------- characters

def _names() -> dict[int, str]:
    """The characters' names, in the reader's language."""
    return {
        0x0D: tr("a carriage return"), 0x00: tr("a NUL character"), 0x7F: tr("a delete character"),
        0x202A: tr("a left-to-right embedding"), 0x202B: tr("a right-to-left embedding"),
        0x202C: tr("a pop-directional-formatting"), 0x202D: tr("a left-to-right override"),
        0x202E: tr("a right-to-left override"), 0x2066: tr("a left-to-right isolate"),
        0x2067: tr("a right-to-left isolate"), 0x2068: tr("a first-strong isolate"), 0x2069: tr("a pop-directional-isolate"),
    }

# C0 controls but tab and newline, DEL, C1 controls; lone surrogates; the 66
# noncharacters; the bidi embeddings, overrides and isolates.  ZWNJ/ZWJ
# (U+200C/U+200D), which Bangla needs (র‍্যাব, ক্‌ষ), and LRM/RLM are allowed.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr((plane << 16) | 0xFFFE)}{chr((plane << 16) | 0xFFFF)}" for plane in range(17)
)
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069" + _NONCHARACTERS + "]"
)


def _character_problem(ch: str) -> str:
    code = ord(ch)
    name = f"U+{code:04X}"
    if code < 0x20 or 0x7F <= code <= 0x9F:
        what = _names().get(code) or tr("a control character")
        return tr("contains {code} ({what}, invisible and not allowed in a web page or a feed): delete it", code=name, what=what)
    if 0xD800 <= code <= 0xDFFF:
        return tr(
            "contains {code}, half of a surrogate pair, which is not a character: write the character itself "
            "(or its \\U escape, e.g. \\U0001F600) instead of two \\u escapes", code=name
        )
    if 0x202A <= code <= 0x2069:
        return tr(
            "contains {code} ({what}), an invisible control that can make text display in a "
            "misleading order: delete it (Bangla needs no direction controls)", code=name, what=_names()[code]
        )
    return tr("contains {code}, which Unicode reserves as a non-character: delete it", code=name)


def _first_bad_character(text: str) -> tuple[int, str] | None:
    m = _FORBIDDEN.search(text)
    if m is None:
        return None
    return text[: m.start()].count("\n") + 1, _character_problem(m.group())


# ---------------------------------------------------------------- YAML shape

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STARTS = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_ENDS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def yaml_shape(text: str) -> tuple[int, str] | None:
    """Check a YAML text before it is constructed: nesting depth, number of
    values (aliases expanded) and number of aliases, in one pass over the
    parser's events, which stops at the first violation (so a text nested a
    million levels deep costs no more than one nested 41 levels).  Returns
    ``(line, message)`` (1-based) for the first violation, or None.  A text
    that is not valid YAML returns None: the parser reports that."""
    # the cheap proof counts lines by "\n"; YAML also breaks lines at CR, NEL,
    # LS and PS, so a text holding any of them gets the full pass over the events
    if not _OTHER_BREAKS.search(text) and _surely_within(text):
        return None
    return _shape(text)


def _shape(text: str) -> tuple[int, str] | None:
    """The pass over the events behind :func:`yaml_shape`."""
    depth = nodes = aliases = 0
    open_anchors: list[tuple[str | None, int]] = []  # per open collection: its anchor, nodes before it
    sizes: dict[str, int] = {}  # anchor → its value's size, aliases inside it expanded
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.ScalarEvent):
                nodes += 1
                if event.anchor is not None:
                    sizes[event.anchor] = 1
            elif isinstance(event, _STARTS):
                nodes += 1
                depth += 1
                if depth > MAX_YAML_DEPTH:
                    return _line(event), _too_deep()
                open_anchors.append((event.anchor, nodes - 1))
            elif isinstance(event, _ENDS):
                depth -= 1
                anchor, before = open_anchors.pop()
                if anchor is not None:
                    sizes[anchor] = nodes - before
            elif isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_YAML_ALIASES:
                    return _line(event), tr(
                        "more than {n} aliases (*name) in one file: write the values out", n=MAX_YAML_ALIASES
                    )
                if any(anchor == event.anchor for anchor, _ in open_anchors):
                    return _line(event), tr(
                        "the alias *{anchor} is inside the value it names (&{anchor}), "
                        "so that value would contain itself forever: write the value out", anchor=event.anchor
                    )
                nodes += sizes.get(event.anchor, 1)
            else:
                continue
            if nodes > MAX_YAML_NODES:
                if aliases:
                    return _line(event), tr(
                        "this file holds more than {n:,} values (keys, values and list items, aliases expanded): "
                        "is it really one record? Split it, or write fewer", n=MAX_YAML_NODES
                    )
                return _line(event), tr(
                    "this file holds more than {n:,} values (keys, values and list items): "
                    "is it really one record? Split it, or write fewer", n=MAX_YAML_NODES
                )
    except yaml.MarkedYAMLError as exc:
        # libyaml 0.2.6 (PyYAML 6.0.4) stops a scanner nested about 1,000 levels deep, before the
        # parser hands us the 41st level: the same problem, found a little later
        if "nesting depth" in (exc.problem or "") and exc.problem_mark is not None:
            return exc.problem_mark.line + 1, _too_deep()
        return None
    except yaml.YAMLError:
        return None
    return None


def _too_deep() -> str:
    return tr("lists and mappings are nested more than {n} levels deep here: "
              "a record needs far fewer, check the indentation and the brackets", n=MAX_YAML_DEPTH)


def _surely_within(text: str) -> bool:
    """A cheap proof, by counting characters, that ``text`` is within the
    limits, so that most records need no pass over the events (which costs
    half as much as parsing).  Sound for any text, valid YAML or not (the
    bounds are checked on random texts by tests/test_limits.py):

    * a text holds at most one value per character, plus two, and at most
      two per YAML mark ('-', '?', ':', ',', brackets, braces, '|', '>',
      quotes, '*', line breaks), plus three: a value ends at one of them;
      the bound used has a margin on both;
    * an alias needs both an anchor ('&') and a '*';
    * a flow collection needs its own '[' or '{'; a block collection starts
      further right than the one holding it — after the line's indentation
      and its '- ', '? ' and ': ' indicators — except a list written at its
      key's indentation, so block nesting is at most twice the longest run of
      spaces, '-', '?' and ':' at the start of a line, plus two."""
    if 2 * len(text) + 3 > MAX_YAML_NODES and 3 * sum(map(text.count, _YAML_MARKS)) + 3 > MAX_YAML_NODES:
        return False
    if "&" in text and "*" in text:
        return False
    room = MAX_YAML_DEPTH - text.count("[") - text.count("{")
    if room < 2:
        return False
    return _prefix(room // 2).search(text) is None


_YAML_MARKS = "-?:,[]{}|>'\"*\n"
_OTHER_BREAKS = re.compile("[\r\x85\u2028\u2029]")


@functools.cache
def _prefix(length: int) -> re.Pattern[str]:
    return re.compile("^[ ?:-]{%d}" % length, re.M)


def _line(event: yaml.Event) -> int:
    return event.start_mark.line + 1 if event.start_mark is not None else 1


# ---------------------------------------------------------------- text values


def text_problem(text: str, markdown: bool, *, limit: int = MAX_FIELD_CHARS) -> str | None:
    """What is wrong with one string value, or None.  ``markdown`` says the
    value is rendered as Markdown; ``limit`` is its maximum length
    (:data:`MAX_MARKDOWN_CHARS` for a page body)."""
    found = text_problem_at(text, markdown, limit=limit)
    return found[1] if found else None


def text_problem_at(text: str, markdown: bool, *, limit: int = MAX_FIELD_CHARS) -> tuple[int, str] | None:
    """Like :func:`text_problem`, with the 1-based line inside ``text`` where
    the problem is (for a page body, add the line the body starts on)."""
    if len(text) > limit:
        if limit > MAX_FIELD_CHARS:
            return 1, tr(
                "this page is {length:,} characters long, over the limit of {limit:,}: shorten it, "
                "or split it (a link to an evidence file can carry a long document)", length=len(text), limit=limit
            )
        return 1, tr(
            "this value is {length:,} characters long, over the limit of {limit:,}: shorten it, "
            "or split it (a link to an evidence file can carry a long document)", length=len(text), limit=limit
        )
    bad = _first_bad_character(text)
    if bad:
        return bad
    if markdown:
        return _markdown_problem(text)
    return None


# ---------------------------------------------------------------- Markdown
#
# Each rule below bounds one way of making Python-Markdown (with the
# converter of protishruti/markup.py) slow, found by measurement (see
# benchmarks/bounds.py).  Every check is a few regular-expression passes
# over the text, or a loop over the characters that matter ('[', ']', '(',
# ')', '`', '<') that stops as soon as its budget is spent.

_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
# a line whose prefix could nest deeper than the limit: '>'s, list markers
# and indentation, at least MAX_MARKDOWN_DEPTH + 1 characters of them
_DEEP_PREFIX = re.compile(r"^[ \t>*+\-0-9.)]{%d,}" % (MAX_MARKDOWN_DEPTH + 1), re.M)
_LEVEL = re.compile(r"[ \t]+|>[ ]?|[*+\-][ \t]|[0-9]{1,9}[.)][ \t]")  # a marker takes one space with it
# a line that makes Python-Markdown cut the block it is in: a heading, a
# rule or setext underline, a link definition (after any '>' and indentation;
# a definition's label may run over several lines)
_BREAK = re.compile(r"^[ \t>]*+(?:#|(?:[-=*_][ \t]*+)++$|\[[^\[\]]*+\]:)", re.M)
_HTML_OPEN = re.compile(r"<[A-Za-z/!?]")
_TAG_START = re.compile(r"<[A-Za-z]")
# an escape is one token: a backslash before one of Python-Markdown's
# ESCAPED_CHARS (before anything else it is an ordinary character)
_SCANNED = re.compile(r"\\[\\`*_{}\[\]()>#+\-.!]|`+|[\[\]()\"'<]")


def _markdown_problem(text: str) -> tuple[int, str] | None:
    if len(text) <= MAX_MARKDOWN_BLOCK_CHARS and not _NOTABLE.search(text):
        return None  # one line with nothing any rule below counts: most values
    return _depth_problem(text) or _block_problem(text) or _brace_problem(text) or _html_problem(text)


_NOTABLE = re.compile(r"[\n\[\]`<>{]|^[ \t*+\-0-9.)]{%d}" % (MAX_MARKDOWN_DEPTH + 1))


_BRACED_LINE = re.compile(r"^[^\n{]*+\{.*$", re.M)


def _brace_problem(text: str) -> tuple[int, str] | None:
    if "{" not in text:
        return None
    budget = MAX_BRACE_SCAN
    for m in _BRACED_LINE.finditer(text):
        line = m.group()
        budget -= line.count("{") * len(line)
        if budget < 0:
            return _line_at(text, m.start()), tr(
                "too many '{brace}' in lines this long: write \\{brace} for a brace that does not start an attribute "
                "list ({example}), or split the line", brace="{", example="{: …}"
            )
    return None


def _line_at(text: str, pos: int) -> int:
    return text[:pos].count("\n") + 1


def _depth_problem(text: str) -> tuple[int, str] | None:
    for m in _DEEP_PREFIX.finditer(text):
        level = columns = 0
        for part in _LEVEL.finditer(m.group()):
            token = part.group()
            if token[0] in " \t":
                columns += len(token) + 3 * token.count("\t")
            else:
                level += 1
        if level + columns // 4 > MAX_MARKDOWN_DEPTH:
            return _line_at(text, m.start()), tr(
                "lists or quotes ('>') are nested more than {n} levels deep here "
                "(counting each '>', list marker and 4 spaces of indentation): nest less", n=MAX_MARKDOWN_DEPTH
            )
    return None


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _BLANK_LINES.finditer(text):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _block_problem(text: str) -> tuple[int, str] | None:
    budget = MAX_MARKDOWN_SCAN
    for start, end in _blocks(text):
        if end - start > MAX_MARKDOWN_BLOCK_CHARS:
            return _line_at(text, start), tr(
                "this paragraph is {length:,} characters long, over the limit of "
                "{limit:,} for one paragraph, list or table: split it with blank lines",
                length=end - start, limit=MAX_MARKDOWN_BLOCK_CHARS,
            )
        for breaks, m in enumerate(_BREAK.finditer(text, start, end), 1):
            if breaks > MAX_MARKDOWN_BREAKS:
                return _line_at(text, m.start()), tr(
                    "more than {n} headings, rules ('---', '***', '===') or link "
                    "definitions without a blank line between them: put blank lines around headings and rules",
                    n=MAX_MARKDOWN_BREAKS,
                )
        budget, where = _scan_cost(text, start, end, budget)
        if budget < 0:
            return _line_at(text, where), tr(
                "too many '[', '](' or '`' here that are never closed, or that enclose long stretches of "
                "text: close each one (']', ')', as many '`'), or write \\[ \\( \\` for the character itself"
            )
    return None


def _scan_cost(text: str, start: int, end: int, budget: int) -> tuple[int, int]:
    """Spend ``budget`` on the characters Python-Markdown reads ahead in the
    block ``text[start:end]``: for each '[' up to its ']', for each '(' right
    after a ']' up to its ')', for each run of '`' up to the next run of the
    same length — or to the end of the block where there is none, or (for a
    link address holding a quote or a '<', which make Python-Markdown ignore
    parentheses) in any case.  Links are looked for after escapes ('\\[')
    and code spans have been replaced by placeholders of about 15 characters:
    each of those counts as 15, and a ']' or ')' that a code span may hide
    closes nothing.  Returns the budget left (negative when spent) and the
    position of the opening that spent it."""
    if "[" not in text[start:end] and "`" not in text[start:end]:
        return budget, start
    # a ']' or ')' between two backticks may be inside a code span, which is
    # replaced before links are looked for: it closes nothing
    first_tick, last_tick = text.find("`", start, end), text.rfind("`", start, end)
    shift = 0  # how much longer the text is, up to here, once escapes and code spans are placeholders
    brackets: list[tuple[int, int]] = []  # open '[': (position with shift, position)
    parens: list[tuple[int, int, bool]] = []  # open '(': the same, and whether it opens a link address
    quoted: list[bool] = []  # per open '(': a quote or '<' is inside it
    previous_end = -1  # where the last ']' ended
    for m in _SCANNED.finditer(text, start, end):
        token, pos = m.group(), m.start()
        here = pos + shift
        if token[0] in "\\`":
            shift += _PLACEHOLDER
        elif token == "[":
            brackets.append((here, pos))
        elif token == "]":
            if first_tick < pos < last_tick:
                continue
            if brackets:
                budget -= here - brackets.pop()[0]
            previous_end = m.end()
        elif token == "(":
            parens.append((here, pos, pos == previous_end))
            quoted.append(False)
        elif token == ")":
            if first_tick < pos < last_tick:
                continue
            if parens:
                opened, at, link = parens.pop()
                if link:
                    budget -= (end + shift - opened) if quoted.pop() else (here - opened)
                else:
                    quoted.pop()
                if budget < 0:
                    return budget, at
        elif quoted:  # a quote or '<'
            quoted[-1] = True
        if budget < 0:
            return budget, pos
    last = end + shift
    for here, pos in brackets:  # never closed: read to the end of the block
        budget -= last - here
        if budget < 0:
            return budget, pos
    for here, pos, link in parens:
        if link:
            budget -= last - here
            if budget < 0:
                return budget, pos
    return _backtick_cost(text, start, end, budget)


# Python-Markdown's placeholder for an inline element: STX "klzzwxh:" number ETX
_PLACEHOLDER = 15
_TICKS = re.compile(r"`+")


def _backtick_cost(text: str, start: int, end: int, budget: int) -> tuple[int, int]:
    """Python-Markdown looks, from a run of backticks, for the next run of
    exactly as many, character by character, to the end of the paragraph if
    there is none.  When it finds none it skips ahead by twice the run, which
    can land inside the next run, so a search may start with any part of a
    run: each run is charged for the farthest of the next runs of each
    length up to its own."""
    runs = [(m.start(), m.end() - m.start()) for m in _TICKS.finditer(text, start, end)]
    following: dict[int, int] = {}  # run length → start of the next run of that length
    for pos, length in reversed(runs):
        if length > len(following):
            farthest = end  # some shorter length has no run after this one
        else:
            farthest = max(following.get(n, end) for n in range(1, length + 1))
        budget -= farthest - pos
        if budget < 0:
            return budget, pos
        following[length] = pos
    return budget, start


def _html_problem(text: str) -> tuple[int, str] | None:
    if "<" not in text:
        return None
    for tags, m in enumerate(_HTML_OPEN.finditer(text), 1):
        if tags > MAX_MARKDOWN_TAGS:
            return _line_at(text, m.start()), tr(
                "more than {n:,} HTML tags: write Markdown instead, "
                "or write &lt; for a '<' that does not start a tag", n=MAX_MARKDOWN_TAGS
            )
    if "<!--" in text:
        for start, end in _blocks(text):
            comments = text[start:end].count("<!--")
            if comments and comments * len(_TAG_START.findall(text, start, end)) > MAX_COMMENT_TAGS:
                return _line_at(text, start), tr(
                    "too many HTML comments ('<!--') among HTML tags in this paragraph: "
                    "delete the comments, or write Markdown instead of the tags"
                )
    budget, longest, longest_at = MAX_HTML_SCAN, 0, 0
    for m in _TAG_START.finditer(text):
        length = _tag_length(text, m.start(), budget)
        if length > longest:
            longest, longest_at = length, m.start()
        budget -= length
        if budget < 0:
            return _line_at(text, longest_at), tr(
                "'{start}…' reads as an HTML tag {length:,} characters long, "
                "and the tags here are too long together: end each tag with '>', and write &lt; for a '<' "
                "that does not start a tag", start=text[longest_at:longest_at + 10], length=longest
            )
    return None


def _tag_patterns() -> list[re.Pattern[str]]:
    """The patterns html.parser (as Python-Markdown patches it) uses to find
    where a start tag ends: older Pythons use the first, newer ones (3.11.13,
    3.12.11, 3.13.4 and later) the second, matched after the '<'."""
    try:
        from markdown.htmlparser import htmlparser
    except ImportError:  # pragma: no cover - markdown is a dependency
        return []
    return [getattr(htmlparser, name) for name in ("locatestarttagend_tolerant", "locatetagend") if hasattr(htmlparser, name)]


_TAG_PATTERNS = _tag_patterns()
_TO_GT = re.compile(r"[^>]*+")


def _tag_length(text: str, pos: int, budget: int) -> int:
    """How far html.parser reads for the start tag at ``pos``: the longest of
    its patterns, and at least up to the next '>' (which alone, found at C
    speed, may already spend the budget; the patterns are slow, so each is
    run only while the budget lasts)."""
    end = _TO_GT.match(text, pos).end()
    if end - pos > budget:
        return end - pos
    for pattern in _TAG_PATTERNS:
        m = pattern.match(text, pos) or pattern.match(text, pos + 1)
        if m:
            end = max(end, m.end())
    return end - pos
