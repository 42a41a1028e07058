"""protishruti/limits.py: bounded work for untrusted content (issue 9).

Each rule is tested both ways: real content (the demo, every valid fixture,
Bangla with ZWJ/ZWNJ) passes, and each pathological input that made the
build slow or crash is refused, with a message that names the problem.  The
time each construction takes at the largest size the limits allow is
measured by ``python -m benchmarks.bounds``; a few are timed here too, with a
wide margin.
"""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import pytest
import yaml

from protishruti import limits, markup, yamlsource
from protishruti.limits import text_problem, text_problem_at, yaml_shape

from .conftest import CONTENT, SITES

REAL_YAML = sorted(CONTENT.rglob("*.yaml")) + sorted(p for site in SITES.glob("valid-*") for p in site.rglob("*.yaml"))
REAL_PAGES = sorted(CONTENT.glob("pages/*.md")) + sorted(SITES.glob("valid-*/pages/*.md"))


def _strings(data):
    if isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)
    elif isinstance(data, str):
        yield data


def _page(path: Path) -> tuple[str, str]:
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return front, body


def _ids(paths):
    return [p.relative_to(CONTENT.parent).as_posix() for p in paths]


# ---------------------------------------------------------------- real content passes


def test_there_is_real_content_to_check():
    assert len(REAL_YAML) > 20 and len(REAL_PAGES) >= 4


@pytest.mark.parametrize("path", REAL_YAML, ids=_ids(REAL_YAML))
def test_every_real_record_passes_every_check(path: Path):
    text = path.read_text(encoding="utf-8")
    assert len(text.encode()) <= limits.MAX_RECORD_BYTES
    assert yaml_shape(text) is None
    assert limits._shape(text) is None  # the full pass agrees with the shortcut
    for value in _strings(yamlsource.parse(text)):
        assert text_problem(value, markdown=True) is None, value
        assert text_problem(value, markdown=False) is None, value


@pytest.mark.parametrize("path", REAL_PAGES, ids=_ids(REAL_PAGES))
def test_every_real_page_passes_every_check(path: Path):
    assert path.stat().st_size <= limits.MAX_PAGE_BYTES
    front, body = _page(path)
    assert yaml_shape(front) is None and limits._shape(front) is None
    assert text_problem(body, markdown=True, limit=limits.MAX_MARKDOWN_CHARS) is None
    for value in _strings(yamlsource.parse(front)):
        assert text_problem(value, markdown=True) is None


def test_real_field_samples_pass_as_values_and_as_markdown():
    samples = sorted((CONTENT.parent.parent / "shared" / "field-samples").glob("*.txt"))
    if not samples:
        pytest.skip("../shared/field-samples is not here")
    for path in samples:
        text = path.read_text(encoding="utf-8")
        assert text_problem(text, markdown=True) is None, path.name
        for line in text.splitlines():
            assert text_problem(line, markdown=False) is None, line


@pytest.mark.parametrize(
    "text",
    [
        "র\u200d্যাব ও ক্\u200cষ",  # ZWJ and ZWNJ, which Bangla spelling needs
        "ধাপ\t১\nধাপ ২",  # tab and newline
        "\u200eনাম\u200f",  # LRM, RLM
        "নমুনা 😀 𝕏",  # characters outside the BMP
        "ফি: ৫০০/- টাকা; সময়: ১ হইতে ৭ দিন — -ঐ-",
        "",
    ],
)
def test_ordinary_text_passes(text):
    assert text_problem(text, markdown=False) is None
    assert text_problem(text, markdown=True) is None


def test_ordinary_markdown_passes():
    text = "\n".join(
        [
            "## কখন অভিযোগ করবেন {: #when }",
            "",
            "বিস্তারিত [ওয়েবসাইটে](https://www.mopa.gov.bd \"শিরোনাম\") ও <mailto:cp3@mopa.gov.bd>; *জরুরি* **নয়**, `কোড`, \\[১\\]।",
            "",
            "- এক",
            "    - দুই",
            "        - তিন [লিংক][ref]",
            "            1. চার",
            "",
            "> উদ্ধৃতি",
            "> > ভিতরে",
            "",
            "| সেবা | ফি |",
            "| --- | --- |",
            "| নাম | <abbr title=\"টাকা\">৳</abbr> ৫০ |",
            "",
            "---",
            "",
            "[ref]: https://www.example.gov.bd/",
        ]
    )
    assert text_problem(text, markdown=True) is None
    paragraphs = "\n\n".join(["বাংলা লেখা [লিংক](https://a.gov.bd/x_(y)) *ক* `খ` <b>গ</b> &amp; \\*"] * 200)
    assert text_problem(paragraphs, markdown=True, limit=limits.MAX_MARKDOWN_CHARS) is None


# ---------------------------------------------------------------- characters


@pytest.mark.parametrize(
    "char,name,advice",
    [
        ("\x00", "U+0000", "delete it"),
        ("\x07", "U+0007", "delete it"),
        ("\r", "U+000D", "delete it"),
        ("\x1b", "U+001B", "delete it"),
        ("\x7f", "U+007F", "delete it"),
        ("\x85", "U+0085", "delete it"),
        ("\x9f", "U+009F", "delete it"),
        ("\ud800", "U+D800", "surrogate"),
        ("\udfff", "U+DFFF", "surrogate"),
        ("\ufdd0", "U+FDD0", "non-character"),
        ("\ufffe", "U+FFFE", "non-character"),
        ("\uffff", "U+FFFF", "non-character"),
        ("\U0010ffff", "U+10FFFF", "non-character"),
        ("\u202a", "U+202A", "misleading order"),
        ("\u202e", "U+202E", "misleading order"),
        ("\u2066", "U+2066", "misleading order"),
        ("\u2069", "U+2069", "misleading order"),
    ],
)
def test_forbidden_characters_are_named(char, name, advice):
    for markdown in (False, True):
        message = text_problem(f"নাম {char} শেষ", markdown=markdown)
        assert message and name in message and advice in message


def test_a_forbidden_character_is_found_on_its_line():
    assert text_problem_at("এক\nদুই\nতিন\x00", markdown=False)[0] == 3


def test_the_yaml_escapes_of_the_reported_attacks_are_caught():
    for escaped in ('"\\ud800"', '"\\u0000"', '"a\\x1bb"', '"\\u202e"'):
        value = yamlsource.parse(f"name: {escaped}\n")["name"]
        assert text_problem(value, markdown=False)


# ---------------------------------------------------------------- length


def test_length_limits():
    assert text_problem("ক" * limits.MAX_FIELD_CHARS, markdown=False) is None
    message = text_problem("ক" * (limits.MAX_FIELD_CHARS + 1), markdown=False)
    assert message and "over the limit of 20,000" in message
    body = ("ক" * 500 + "\n\n") * (limits.MAX_MARKDOWN_CHARS // 502)
    assert text_problem(body, markdown=True) and text_problem(body, markdown=True, limit=limits.MAX_MARKDOWN_CHARS) is None
    assert "page" in text_problem("ক" * (limits.MAX_MARKDOWN_CHARS + 1), markdown=True, limit=limits.MAX_MARKDOWN_CHARS)


def test_file_limits_are_sane():
    assert limits.MAX_RECORD_BYTES == 2 << 20
    assert limits.MAX_PAGE_BYTES >= 3 * limits.MAX_MARKDOWN_CHARS  # Bangla is 3 bytes a character in UTF-8
    assert limits.DEFAULT_EVIDENCE_MB == 50


# ---------------------------------------------------------------- Markdown


@pytest.mark.parametrize(
    "name,text,expected",
    [
        # the reported attacks
        ("20,000 '['", "[" * 20_000, "over the limit"),
        ("2,000-deep list", "\n".join("    " * i + "- x" for i in range(2_000))[:20_000], "nested"),
        # brackets, link addresses, code spans read to the end of the paragraph
        ("unclosed '['", "[" * 1_000, "never closed"),
        ("unclosed '[a'", "[a" * 1_000, "never closed"),
        ("unclosed '!['", "![" * 1_000, "never closed"),
        ("nested brackets", "[" * 700 + "x" + "]" * 700, "never closed"),
        ("unclosed link addresses", "[](" * 1_000, "never closed"),
        ("titles that never end", '[a](b "' * 700, "never closed"),
        ("escapes inside an open '['", "![\\" * 200, "never closed"),
        ("unmatched code spans", "``\\" * 1_000, "never closed"),
        ("backtick runs of every length", "".join("`" * n + "a" for n in range(1, 100)), "never closed"),
        ("backtick runs entered halfway", "```]:``" * 1_000, "never closed"),
        ("code spans hiding ']'", "\\`[`]:'\"" * 1_000, "never closed"),
        # HTML start tags that html.parser reads to the end
        ("'<a ' runs", "<a " * 1_000, "HTML tag"),
        ("'<http://' runs", "<http://a" * 1_000, "HTML tag"),
        ("'<a' on lines", "\n<a" * 1_000, "HTML tag"),
        ("too many tags", "<b>" * 2_001, "HTML tags"),
        # block structure
        ("'>' depth", ">" * 100 + " x", "nested"),
        ("'> ' depth", "> " * 40 + "x", "nested"),
        ("compact lists", "- " * 40 + "x", "nested"),
        ("ordered compact lists", "1. " * 40 + "x", "nested"),
        ("tab indentation", "\t" * 20 + "- x", "nested"),
        ("setext headings", "a\n===\n" * 1_000, "headings, rules"),
        ("rules", "a\n***\n" * 1_000, "headings, rules"),
        ("headings in one block", "# a\n" * 1_000, "headings, rules"),
        ("lines of '-'", "\n-" * 1_000, "headings, rules"),
        ("link definitions", "".join(f"[r{i}]: https://a.gov.bd/{i}\n" for i in range(60)), "headings, rules"),
        ("link definitions over two lines", "[({\n]:> \n" * 1_000, "headings, rules"),
        ("long paragraph", "ক " * 6_000, "paragraph"),
        ("'{' in a heading", "# " + "{" * 3_000, "'{'"),
    ],
    ids=lambda case: case if isinstance(case, str) and len(case) < 40 and "\n" not in case else "",
)
def test_pathological_markdown_is_refused(name, text, expected):
    message = text_problem(text, markdown=True)
    assert message and expected in message, (name, message)


def test_markdown_rules_only_apply_to_markdown():
    assert text_problem("[" * 5_000, markdown=False) is None
    assert text_problem("<a " * 3_000, markdown=False) is None


def test_markdown_problems_point_at_their_line():
    text = "এক\n\nদুই\n\n" + "[" * 1_000
    assert text_problem_at(text, markdown=True)[0] == 5
    assert text_problem_at("এক\n\n" + "    " * 20 + "- x", markdown=True)[0] == 3


def test_limits_are_not_off_by_far():
    """Just under each limit passes, so the limits refuse only what they must."""
    depth = limits.MAX_MARKDOWN_DEPTH
    assert text_problem("> " * depth + "x", markdown=True) is None
    assert text_problem("> " * (depth + 1) + "x", markdown=True)
    breaks = limits.MAX_MARKDOWN_BREAKS
    assert text_problem("# a\n" * breaks, markdown=True) is None
    assert text_problem("# a\n" * (breaks + 1), markdown=True)
    block = limits.MAX_MARKDOWN_BLOCK_CHARS
    assert text_problem("ক" * block + "\n\n" + "ক" * (block - 2), markdown=True) is None
    assert text_problem("ক" * (block + 1), markdown=True)


def test_closed_links_cost_little_however_many():
    text = "\n\n".join(" ".join(f"[লিংক {i}](https://a.gov.bd/{i})" for i in range(100)) for _ in range(10))
    assert text_problem(text, markdown=True, limit=limits.MAX_MARKDOWN_CHARS) is None
    assert limits._scan_cost(text, 0, len(text), limits.MAX_MARKDOWN_SCAN)[0] > limits.MAX_MARKDOWN_SCAN // 2


def test_one_unclosed_bracket_in_a_long_text_is_fine():
    text = "[" + "ক" * 9_000
    assert text_problem(text, markdown=True) is None


# ---------------------------------------------------------------- time


def _largest_passing(unit: str, cap: int = limits.MAX_FIELD_CHARS) -> str:
    def make(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    if text_problem(make(cap), markdown=True) is None:
        return make(cap)
    low, high = 0, cap  # low passes, high does not
    while high - low > len(unit):
        middle = (low + high) // 2
        if text_problem(make(middle), markdown=True) is None:
            low = middle
        else:
            high = middle
    return make(low)


@pytest.mark.parametrize(
    "unit", ["[", "![\\", "[](", "<a ", "``\\", "- ", "a\n===\n", "# {", "*ক*", "[\n\n", "\n\n#{:*_\n1. ", "<!---->@<b>a", "```]:``"]
)
def test_the_largest_field_the_limits_allow_renders_quickly(unit):
    text = _largest_passing(unit)
    markup._render.cache_clear()
    started = time.process_time()
    markup.render(text)
    assert time.process_time() - started < 2.0  # benchmarks/bounds.py: all well under 1 s


def test_markdown_is_a_version_the_limits_were_measured_with():
    """The limits were measured with Python-Markdown 3.11.  Older versions
    are slower where these limits do not look: 3.7 takes 2 s on 84 runs of
    backticks and 1.3 s on 2,000 headings with the same id, and versions
    before 3.10.1 loop forever on some unclosed HTML comments."""
    import markdown

    assert tuple(int(part) for part in markdown.__version__.split(".")[:2]) >= (3, 11), markdown.__version__


def test_the_checks_themselves_are_fast():
    texts = ["[" * 20_000, "<a " * 6_000, "`" * 20_000, "\n" * 20_000, "- " * 10_000, "ক\n\n" * 6_000, "{ " * 10_000]
    started = time.process_time()
    for text in texts:
        text_problem(text, markdown=True)
    assert time.process_time() - started < 1.0


# ---------------------------------------------------------------- YAML


def test_yaml_nesting_is_refused_before_it_is_built():
    deep_flow = "a: " + "[" * 1_000_000 + "]" * 1_000_000 + "\n"  # segfaults the C composer
    started = time.process_time()
    line, message = yaml_shape(deep_flow)
    assert time.process_time() - started < 0.5 and line == 1 and "nested" in message
    deep_block = "".join("  " * i + f"k{i}:\n" for i in range(300)) + "  " * 300 + "x\n"
    line, message = yaml_shape(deep_block)
    assert line == limits.MAX_YAML_DEPTH + 1 and "indentation" in message
    assert yaml_shape("- " * 100 + "x\n")
    assert yaml_shape("".join("  " * i + f"k{i}:\n" for i in range(30)) + "  " * 30 + "x\n") is None


def test_yaml_node_count():
    assert yaml_shape("- x\n" * 6_000) is None
    line, message = yaml_shape("- x\n" * 30_000)
    assert line == limits.MAX_YAML_NODES and "20,000 values" in message


def test_yaml_aliases():
    laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i, name in enumerate("bcde"):
        previous = "abcd"[i]
        laughs += f"{name}: &{name} [{', '.join(['*' + previous] * 10)}]\n"
    line, message = yaml_shape(laughs)
    assert "aliases expanded" in message and line == 5  # 'e' would be 100,000 values
    many = "a: &a x\n" + "".join(f"k{i}: *a\n" for i in range(101))
    line, message = yaml_shape(many)
    assert line == 102 and "aliases" in message
    assert "inside the value it names" in yaml_shape("a: &a [x, *a]\n")[1]
    assert yaml_shape("a: &a {b: c}\nd: *a\n") is None


def test_malformed_yaml_is_left_to_the_parser():
    for text in ("a: b: c\n", "a: [x\n", "- x\n  y: z\n", "a: *undefined\n", "\t- x\n", "a: &x 1\nb: *x\nc: [\n"):
        assert yaml_shape(text) is None and limits._shape(text) is None, text


def test_yaml_shape_lines_are_one_based():
    text = "a: b\nlist:\n" + "".join(f"  - &a{i} x\n" for i in range(5)) + "c: " + "[" * 50 + "]" * 50 + "\n"
    assert yaml_shape(text)[0] == 8


_YAML_TOKENS = [
    "- ", "? ", ": ", ":", "-", "?", "a", "ক", "\n", "  ", " ", "[", "]", "{", "}", ",", "&a ", "*a", "!t ", "'", '"',
    "|", ">", "#", "---", "...", "\n- ", "\n  - ", "\n    ", "a: ", "\n? ", "\n: ", "''", "|-\n", "\t", "\\", "!!str ",
]


def _events(text: str) -> tuple[int, int]:
    """(values, deepest nesting) of the events before any error."""
    nodes = depth = deepest = 0
    try:
        for event in yaml.parse(text, Loader=limits._Loader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                deepest = max(deepest, depth)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
                continue
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent, yaml.ScalarEvent, yaml.AliasEvent)):
                nodes += 1
    except yaml.YAMLError:
        pass
    return nodes, deepest


def test_the_shortcut_bounds_hold_on_random_texts():
    """The bounds _surely_within relies on, with no margin: values ≤ length
    + 2 and ≤ 2 × marks + 3; nesting ≤ 2 × (longest prefix of spaces, '-',
    '?', ':' + 1) + '[' and '{' (the shortcut uses them with a margin)."""
    rng = random.Random(9)
    for _ in range(4_000):
        text = "".join(rng.choice(_YAML_TOKENS) for _ in range(rng.randint(1, 40)))
        nodes, deepest = _events(text)
        marks = sum(map(text.count, limits._YAML_MARKS))
        prefix = max(len(m.group()) for m in re.finditer(r"^[ ?:-]*", text, re.M))
        assert nodes <= len(text) + 2 and nodes <= 2 * marks + 3, text
        assert deepest <= 2 * (prefix + 1) + text.count("[") + text.count("{"), text


def test_the_shortcut_agrees_with_the_full_pass_under_small_limits(monkeypatch):
    monkeypatch.setattr(limits, "MAX_YAML_DEPTH", 5)
    monkeypatch.setattr(limits, "MAX_YAML_NODES", 40)
    monkeypatch.setattr(limits, "MAX_YAML_ALIASES", 2)
    rng = random.Random(10)
    shortcuts = 0
    for _ in range(4_000):
        text = "".join(rng.choice(_YAML_TOKENS) for _ in range(rng.randint(1, 40)))
        if limits._surely_within(text):
            shortcuts += 1
            assert limits._shape(text) is None, text
    assert shortcuts > 300  # the shortcut was taken often enough to mean something


def test_the_yaml_prepass_is_cheap_on_real_records():
    """Measured on the demo: the pre-pass costs a few per cent of parsing."""
    texts = [p.read_text(encoding="utf-8") for p in REAL_YAML]
    assert all(limits._surely_within(t) for t in texts)

    def best(fn):
        times = []
        for _ in range(5):
            started = time.process_time()
            for t in texts:
                fn(t)
            times.append(time.process_time() - started)
        return min(times)

    assert best(yaml_shape) < 0.25 * best(yamlsource.parse)
