"""How slow can one field, page or record be under protishruti/limits.py?

For each construction known to make Python-Markdown or PyYAML slow, this
finds the largest input the limits let through and times it through the
real code (``protishruti.markup.render``; ``protishruti.limits.yaml_shape``
then ``protishruti.yamlsource.parse``), printing CPU seconds (best of three)
and peak Python memory (tracemalloc), and which limit refuses the next size
up.  The headline is the slowest single field, page and record you can write
under the limits.

    python -m benchmarks.bounds            # fields, pages and records
    python -m benchmarks.bounds --quick    # fields and records only

Times are CPU time (time.process_time), so another busy process on the
machine changes them less than wall-clock time would.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # python benchmarks/bounds.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from protishruti import limits, markup, yamlsource

Maker = Callable[[int], str]  # size parameter → text


def _repeat(unit: str) -> tuple[Maker, str]:
    return (lambda n: (unit * (n // len(unit) + 1))[:n]), "chars"


def _lines(make_line: Callable[[int], str]) -> tuple[Maker, str]:
    return (lambda n: "\n".join(make_line(i) for i in range(n))), "levels"


# (name, maker, what its size counts); the size is searched for
MARKDOWN: list[tuple[str, Maker, str]] = [
    ("'[' never closed", *_repeat("[")),
    ("'[a' never closed", *_repeat("[a")),
    ("'![' with escapes", *_repeat("![\\")),
    ("'](' link addresses never closed", *_repeat("[](")),
    ("link titles never closed", *_repeat('[a](b "')),
    ("nested brackets", lambda n: "[" * n + "x" + "]" * n, "levels"),
    ("backtick runs of every length", lambda n: "".join("`" * i + "a" for i in range(1, n)), "runs"),
    ("escaped backticks", *_repeat("``\\")),
    ("emphasis *ক*", *_repeat("*ক*")),
    ("emphasis _ক_", *_repeat("_ক_ ")),
    ("emphasis ***a***", *_repeat("***a***")),
    ("'*' never closed", *_repeat("*a")),
    ("'<a ' tags never closed", *_repeat("<a ")),
    ("'<http://' never closed", *_repeat("<http://a")),
    ("inline tags <b>", *_repeat("<b>ক")),
    ("entities &amp;", *_repeat("&amp;")),
    ("escapes \\*", *_repeat("\\*ক")),
    ("links [ক](u)", *_repeat("[ক](https://a.gov.bd) ")),
    ("autolinks", *_repeat("<https://a.gov.bd> ")),
    ("line breaks", *_repeat("ক  \n")),
    ("blockquote depth '> '", lambda n: "> " * n + "x", "levels"),
    ("list depth by indentation", *_lines(lambda i: "    " * i + "- ক")),
    ("list depth, compact '- '", lambda n: "- " * n + "x", "levels"),
    ("setext headings in one block", *_repeat("ক\n===\n")),
    ("lines of '-' in one block", *_repeat("\n-")),
    ("headings in one block", *_repeat("# ক\n")),
    ("'{' in a heading", lambda n: "# " + "{" * n, "chars"),
    ("link definitions", lambda n: "".join(f"[r{i}]: https://a.gov.bd/{i}\n" for i in range(n)), "definitions"),
    ("table rows", lambda n: "ক|খ\n-|-\n" + "গ|ঘ\n" * n, "rows"),
    ("table columns", lambda n: "|".join(["ক"] * n) + "\n" + "|".join(["-"] * n) + "\n" + "|".join(["খ"] * n), "columns"),
    ("list items", *_repeat("- ক\n")),
    ("loose list items", *_repeat("- ক\n\n")),
    ("blockquote lines", *_repeat("> ক\n")),
    ("tiny paragraphs", *_repeat("ক\n\n")),
    ("'[' in tiny paragraphs", *_repeat("[\n\n")),
    ("HTML blocks", *_repeat("<div>\n")),
    ("HTML comments never closed", *_repeat("<!--")),
    ("plain Bangla", *_repeat("সেবা প্রদান প্রতিশ্রুতি ")),
    # found by random search: the slowest mixes of Markdown tokens, repeated
    ("headings and lists, one pair a block", *_repeat("\n\n#{:*_\n1. ")),
    ("quotes, emphasis, headings, code", *_repeat("\n> > *\n\n# _`")),
    ("comments among open tags", *_repeat("<!---->@<b>a")),
    ("backtick runs entered halfway", *_repeat("```]:``")),
    ("code spans hiding ']'", *_repeat("\\`[`]:'\"")),
    ("a heading a block", *_repeat("\n\n#&")),
]


def _big_charter(n: int) -> str:
    service = (
        "  - name: নমুনা সেবা {i}\n"
        "    method: আবেদনপত্র জমা ও যাচাই শেষে সেবা প্রদান\n"
        "    documents:\n      - জাতীয় পরিচয়পত্রের কপি\n      - ছবি\n"
        "    fee: বিনামূল্যে\n    time_limit: ৭ কার্যদিবস\n"
        "    officer:\n      name: নমুনা কর্মকর্তা\n      designation: সহকারী সচিব\n      phone: '০১৭০০০০০০০০'\n"
    )
    return "title: নমুনা\nservices:\n" + "".join(service.format(i=i) for i in range(n))


def _laughs(n: int) -> str:
    text = "a: &a [" + ", ".join(["x"] * 10) + "]\n"
    names = "abcdefghij"
    for level in range(1, n):
        text += f"{names[level]}: &{names[level]} [" + ", ".join([f"*{names[level - 1]}"] * 10) + "]\n"
    return text


YAML: list[tuple[str, Maker, str]] = [
    ("list of scalars", lambda n: "- ক\n" * n, "items"),
    ("list of mappings", lambda n: "items:\n" + "  - a: ক\n" * n, "items"),
    ("flow list", lambda n: "a: [" + ", ".join(["ক"] * n) + "]\n", "items"),
    ("mapping keys", lambda n: "".join(f"k{i}: ক\n" for i in range(n)), "keys"),
    ("a big charter", _big_charter, "services"),
    ("block nesting", lambda n: "".join("  " * i + f"k{i}:\n" for i in range(n)) + "  " * n + "x\n", "levels"),
    ("flow nesting", lambda n: "a: " + "[" * n + "]" * n + "\n", "levels"),
    ("compact nesting '- - -'", lambda n: "- " * n + "x\n", "levels"),
    ("aliases (billion laughs)", _laughs, "levels"),
    ("one long scalar", lambda n: "a: " + "ক" * n + "\n", "chars"),
    ("syntax error after the values", lambda n: "- ক\n" * n + "a: b: c\n", "items"),
    ("syntax error after a long scalar", lambda n: "a: " + "ক" * n + "\nb: c: d\n", "chars"),
]
# how far to search: the record-size limit stops none of these before the other limits do
YAML_CAPS = {"aliases (billion laughs)": 9, "one long scalar": 1_000_000, "syntax error after a long scalar": 1_000_000}
YAML_CAP = 100_000


# ---------------------------------------------------------------- search


def _text_ok(text: str, limit: int) -> str | None:
    return limits.text_problem(text, markdown=True, limit=limit)


def _yaml_ok(text: str, limit: int) -> str | None:
    if len(text.encode("utf-8")) > limit:
        return f"over MAX_RECORD_BYTES ({limit:,} bytes)"
    found = limits.yaml_shape(text)
    return found[1] if found else None


def _largest(make: Maker, problem: Callable[[str, int], str | None], limit: int, cap: int) -> tuple[int, str]:
    """The largest size whose text passes, and the problem one size up."""
    if problem(make(cap), limit) is None:
        return cap, "(the search stopped at its cap)"
    low, high = 0, cap  # low passes, high does not
    while high - low > 1:
        middle = (low + high) // 2
        if problem(make(middle), limit) is None:
            low = middle
        else:
            high = middle
    return low, problem(make(high), limit) or ""


def _cpu(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        markup._render.cache_clear()
        gc.collect()
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


def _peak_mb(fn: Callable[[], object]) -> float:
    markup._render.cache_clear()
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def _parse(text: str) -> object:
    if limits.yaml_shape(text):  # the loader refuses it here
        return None
    try:
        return yamlsource.parse(text)
    except yamlsource.YamlSyntaxError as exc:
        return exc


# which limit a message comes from (the first that matches)
_LIMIT_NAMES = [
    ("search stopped at its cap", "none: as long as a value may be"),
    ("never closed", "MAX_MARKDOWN_SCAN"),
    ("this paragraph is", "MAX_MARKDOWN_BLOCK_CHARS"),
    ("HTML comments", "MAX_COMMENT_TAGS"),
    ("HTML tags:", "MAX_MARKDOWN_TAGS"),
    ("reads as an HTML tag", "MAX_HTML_SCAN"),
    ("lists or quotes", "MAX_MARKDOWN_DEPTH"),
    ("headings, rules", "MAX_MARKDOWN_BREAKS"),
    ("too many '{'", "MAX_BRACE_SCAN"),
    ("this page is", "MAX_MARKDOWN_CHARS"),
    ("this value is", "MAX_FIELD_CHARS"),
    ("lists and mappings are nested", "MAX_YAML_DEPTH"),
    ("aliases expanded", "MAX_YAML_NODES (aliases expanded)"),
    ("values (keys", "MAX_YAML_NODES"),
    ("aliases (*name)", "MAX_YAML_ALIASES"),
    ("inside the value it names", "a recursive alias"),
    ("MAX_RECORD_BYTES", "MAX_RECORD_BYTES"),
]


def _why(message: str) -> str:
    return next((name for part, name in _LIMIT_NAMES if part in message), message[:60])


def _table(title: str, cases, problem, limit: int, cap: int, run, caps: dict[str, int] | None = None) -> tuple[float, str]:
    print(f"\n{title}\n")
    print(f"| {'construction':36} | {'largest allowed':>18} | {'chars':>9} | {'seconds':>7} | {'peak MB':>7} | next size refused by")
    print(f"|{'-' * 38}|{'-' * 20}|{'-' * 11}|{'-' * 9}|{'-' * 9}|{'-' * 34}")
    worst = (0.0, "")
    for name, make, unit in cases:
        size, why = _largest(make, problem, limit, (caps or {}).get(name, cap))
        text = make(size)
        seconds = _cpu(lambda text=text: run(text))
        peak = _peak_mb(lambda text=text: run(text))
        print(f"| {name:36} | {size:>7,} {unit:<10} | {len(text):>9,} | {seconds:7.3f} | {peak:7.1f} | {_why(why)}", flush=True)
        worst = max(worst, (seconds, name))
    return worst


def _record_markdown() -> tuple[float, str]:
    """Per-field limits bound each field; a record holds as many fields as
    fit in MAX_RECORD_BYTES.  The worst: every field as slow as the slowest
    field, each different (the renderer caches repeated values), written as
    densely as YAML allows ("…\\n\\n…" escapes in double quotes)."""
    def note(i: int) -> str:
        return '"' + f"{i}" + "[\\n\\n" * ((limits.MAX_FIELD_CHARS - 8) // 3) + '"'

    size = len(note(0).encode("utf-8")) + 5  # "  - " and a line break
    fields = (limits.MAX_RECORD_BYTES - 10) // size
    text = "notes:\n" + "".join(f"  - {note(i)}\n" for i in range(fields))
    assert len(text.encode("utf-8")) <= limits.MAX_RECORD_BYTES and limits.yaml_shape(text) is None

    def run() -> None:
        for value in yamlsource.parse(text)["notes"]:
            assert limits.text_problem(value, markdown=True) is None
            markup.render(value)

    seconds = _cpu(run, repeat=1)
    name = f"{fields} different notes of {limits.MAX_FIELD_CHARS:,} characters of tiny paragraphs"
    print(f"\nOne record whose every value is Markdown, all rendered ({len(text.encode()):,} bytes, {name}): "
          f"{seconds:.2f} s CPU — linear in the record's size, not bounded by the per-field limits")
    return seconds, name


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the page-body table")
    args = parser.parse_args(argv)
    print(f"Python {sys.version.split()[0]}; limits: field {limits.MAX_FIELD_CHARS:,} chars, paragraph "
          f"{limits.MAX_MARKDOWN_BLOCK_CHARS:,}, page {limits.MAX_MARKDOWN_CHARS:,}, record "
          f"{limits.MAX_RECORD_BYTES:,} bytes / {limits.MAX_YAML_NODES:,} values / depth {limits.MAX_YAML_DEPTH}")
    headline = {}
    headline["field"] = _table(
        "One Markdown field (markup.render), the largest each construction can be:",
        MARKDOWN, _text_ok, limits.MAX_FIELD_CHARS, limits.MAX_FIELD_CHARS, markup.render,
    )
    if not args.quick:
        headline["page"] = _table(
            "One page body (markup.render), the largest each construction can be:",
            MARKDOWN, _text_ok, limits.MAX_MARKDOWN_CHARS, limits.MAX_MARKDOWN_CHARS, markup.render,
        )
    headline["record"] = _table(
        "One record (limits.yaml_shape, then yamlsource.parse), the largest each construction can be:",
        YAML, _yaml_ok, limits.MAX_RECORD_BYTES, YAML_CAP, _parse, YAML_CAPS,
    )
    headline["record, all its Markdown rendered"] = _record_markdown()
    print()
    for what, (seconds, name) in headline.items():
        print(f"The slowest single {what} under the limits: {seconds:.3f} s CPU ({name}).")


if __name__ == "__main__":
    main()
