"""Hostile content aimed at the build's time, memory and output formats:
deep nesting, pathological Markdown, characters that are not text (issue 9).

Each case asserts the exact path:line refusal, that ``check`` and ``build``
refuse alike, and that no traceback is printed.  Unit tests of each limit
are in tests/test_limits.py; benchmarks/bounds.py measures the slowest
input the limits let through.
"""

from __future__ import annotations

import time

import pytest

OFFICE = "offices/agency/office.yaml"


def _same_in_check_and_build(attack) -> list[str]:
    checked, built = attack.check(), attack.run()
    assert checked.code == built.code == 1
    assert checked.problems == built.problems
    assert "Traceback" not in built.err and not attack.out.exists()
    return built.problems


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ('"ক\\ud800"', "contains U+D800, half of a surrogate pair, which is not a character: write the character itself "
                       "(or its \\U escape, e.g. \\U0001F600) instead of two \\u escapes"),
        ('"নাম\\u0000"', "contains U+0000 (a NUL character, invisible and not allowed in a web page or a feed): delete it"),
        ('"a\\u202eb"', "contains U+202E (a right-to-left override), an invisible control that can make text display in a "
                        "misleading order: delete it (Bangla needs no direction controls)"),
    ],
)
def test_characters_that_are_not_text_are_refused(attack, value, problem):
    attack.write(OFFICE, f"name: {value}\n")
    assert _same_in_check_and_build(attack) == [f"{OFFICE}:1: {problem}"]


def test_zero_width_joiners_of_bangla_are_text(attack):
    attack.write(OFFICE, "name: \"র\u200d্যাব ও ক\u200cষ\"\n")
    assert attack.run().code == 0


@pytest.mark.parametrize("depth", [300, 100_000])
def test_deep_yaml_is_refused_before_it_is_built(attack, depth):
    attack.write(OFFICE, "name: x\nabout: " + "[" * depth + "]" * depth + "\n")
    started = time.perf_counter()
    problems = _same_in_check_and_build(attack)
    assert problems == [
        f"{OFFICE}:2: lists and mappings are nested more than 40 levels deep here: a record needs far fewer, "
        "check the indentation and the brackets"
    ]
    assert time.perf_counter() - started < 60  # generous: a hang, not a timing, is what this catches


def test_alias_bomb_is_refused(attack):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"] + [f"a{i}: &a{i} [*a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}, *a{i-1}]" for i in range(1, 9)]
    attack.write(OFFICE, "name: x\n" + "\n".join(lines) + "\n")
    problems = _same_in_check_and_build(attack)
    assert len(problems) == 1 and problems[0].startswith(f"{OFFICE}:")


def test_markdown_of_unclosed_brackets_is_refused(attack):
    attack.write(OFFICE, "name: x\nabout: \"" + "[" * 20_000 + "\"\n")
    problems = _same_in_check_and_build(attack)
    assert problems == [f"{OFFICE}:2: this paragraph is 20,000 characters long, over the limit of 10,000 for one paragraph, list or table: split it with blank lines"]


def test_deeply_nested_markdown_list_is_refused(attack):
    body = "\n".join("  " * i + "- x" for i in range(60))
    attack.write("pages/deep.md", "---\ntitle: গভীর\n---\n" + body + "\n")
    problems = _same_in_check_and_build(attack)
    assert len(problems) == 1 and problems[0].startswith("pages/deep.md:") and "nested more than 16 levels deep" in problems[0]


def test_oversized_record_file_is_not_read(attack):
    attack.write(OFFICE, "name: x\nabout: " + "ক" * (1 << 20) + "\n")  # 3 MB of UTF-8
    assert _same_in_check_and_build(attack) == [f"{OFFICE}: this file is 3 MB, over the limit of 2 MB: make it smaller, or split it"]


def test_feed_and_sitemap_stay_valid_xml_whatever_the_names(attack):
    import xml.etree.ElementTree as ET

    attack.write(OFFICE, 'name: "<x> & \\"y\\" \u09a6\u09aa\u09cd\u09a4\u09b0 ]]> \\t"\n')
    run = attack.run()
    assert run.code == 0, run.err
    for rel in ("feed.xml", "offices/agency/feed.xml", "sitemap.xml"):
        ET.parse(attack.out / rel)


@pytest.mark.parametrize("line_break", ["\r", "\x85", "\u2028", "\u2029"])
def test_deep_yaml_with_other_line_breaks_is_refused(attack, line_break):
    # found by the fuzz: the cheap depth proof counted lines by "\n" only
    body = "name: x" + line_break + "attendees:" + line_break + "".join("  " * i + "- " + line_break for i in range(1000))
    (attack.content / OFFICE).write_bytes(body.encode("utf-8"))
    problems = _same_in_check_and_build(attack)
    assert len(problems) == 1 and "nested more than 40 levels deep" in problems[0]


@pytest.mark.parametrize(
    ("rel", "old", "new", "problem"),
    [
        ("offices/ministry/action-plans/2023-24.yaml", "fiscal_year: ২০২৩-২৪", "fiscal_year: 0000-01",
         "'0000-01': a record's fiscal years lie between 1900 and 2200 — check the year"),
        ("offices/ministry/action-plans/2023-24.yaml", "fiscal_year: ২০২৩-২৪", "fiscal_year: 9999-00",
         "'9999-00': a record's fiscal years lie between 1900 and 2200 — check the year"),
        ("offices/ministry/charters/2024-01-01.yaml", "effective_date: 2024-01-01", "effective_date: 9999-12-31",
         "'9999-12-31': a record's dates lie between 1900 and 2200 — check the year"),
        ("offices/ministry/charters/2024-01-01.yaml", "amount: 1,25,000", "amount: 1" + "0" * 30,
         "'1" + "0" * 30 + "' has more digits than any figure of a document: at most ১৫ before the point and ১০ after it"),
    ],
)
def test_figures_and_dates_outside_what_a_document_holds_are_refused(attack, rel, old, new, problem):
    # found by the fuzz: years past 9999 and 31-digit amounts reached the computations as tracebacks
    path = attack.content / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    problems = _same_in_check_and_build(attack)
    assert any(p.endswith(problem) for p in problems), problems
