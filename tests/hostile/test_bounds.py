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
