"""Hostile content aimed at the output: writing outside --out, replacing
generated pages, injecting into nginx's configuration or a spreadsheet
(issue 9)."""

from __future__ import annotations

import csv
import io

import pytest

from protishruti import twins
from protishruti.outputs import Output, Plan, Producer

Q1 = "offices/ministry/reports/q1.yaml"
SITE_PATH_HINT = (
    "write a path of this site such as /offices/mopa/ (ASCII letters, digits, '.', '_', '~' and '-' between single '/'), "
    "or a web address of URL-safe characters (%-encode spaces, quotes, ';' and '$')"
)


def _redirects(attack, *pairs: tuple[str, str]) -> None:
    attack.write("redirects.yaml", "redirects:\n" + "".join(f"  - from: '{a}'\n    to: '{b}'\n" for a, b in pairs))


@pytest.mark.parametrize("escape", ["/../../victim/", "/offices/../../victim/", "/./x/"])
def test_redirect_cannot_write_outside_the_site(attack, escape):
    _redirects(attack, (escape, "/"))
    run = attack.run()
    assert run.problems == [
        f"redirects.yaml:2: 'from': '{escape}' has a '.' or '..' part: write the path as the site shows it, e.g. /offices/mopa/"
    ]
    assert attack.victim_untouched() and not attack.out.exists()


@pytest.mark.parametrize(
    "target",
    [
        '/";return 301 https://evil.example/;#',
        'https://evil.example/";}server{',
        "https://evil.example/$uri",
        "https://a.example/ b",
        "https://a.example/\\x",
        "javascript:alert(1)",
        "//evil.example/",
    ],
)
def test_redirect_target_outside_the_safe_url_grammar_is_refused(attack, target):
    _redirects(attack, ("/old/", target))
    run = attack.check()
    assert run.problems == [f"redirects.yaml:3: 'to' is '{target}': {SITE_PATH_HINT}"]


def test_safe_redirects_reach_nginx_and_redirects_files(attack):
    _redirects(attack, ("/old/", "/offices/ministry/"), ("/gone.pdf", "https://www.example.gov.bd/a/b?x=1&y=%20#z"))
    run = attack.run()
    assert run.code == 0, run.err
    conf = (attack.out / "nginx-redirects.conf").read_text(encoding="utf-8")
    assert "/old/" in conf and "https://www.example.gov.bd/a/b?x=1&y=%20#z" in conf
    assert ";" not in conf.split("default")[1].replace(";\n", "\n")  # no ';' but the ones ending entries


@pytest.mark.parametrize(
    ("pairs", "problem"),
    [
        ([("/sitemap.xml/", "/")],
         "redirects.yaml:2: /sitemap.xml/index.html needs /sitemap.xml to be a folder, but it is a file: by the redirect here, "
         "and by the sitemap — rename or remove one"),
        ([("/offices/ministry/feed.xml/", "/")],
         "redirects.yaml:2: /offices/ministry/feed.xml/index.html needs /offices/ministry/feed.xml to be a folder, but it is a file: "
         "by the redirect here, and by the feed of the office in offices/ministry/office.yaml:1 — rename or remove one"),
        ([("/pagefind/pagefind.js", "/")],
         "redirects.yaml:2: /pagefind/pagefind.js is inside /pagefind/, which the search index owns: by the redirect here — rename or remove one"),
        ([("/manifest.json", "/")],
         "redirects.yaml:2: /manifest.json would be written twice: by the redirect here, and by the site's manifest of every file — rename or remove one"),
        ([("/assets/style.css", "/")],
         "redirects.yaml:2: /assets/style.css would be written twice: by the redirect here, and by the site's assets — rename or remove one"),
    ],
)
def test_redirect_over_a_generated_file_is_a_collision(attack, pairs, problem):
    _redirects(attack, *pairs)
    run = attack.check()
    assert run.problems == [problem]


def test_evidence_cannot_replace_a_generated_file(attack):
    clash = attack.office / "charter" / "2024-01-01"
    clash.mkdir(parents=True)
    (clash / "index.csv").write_text("x,y\n", encoding="utf-8")
    path = attack.content / Q1
    path.write_text(path.read_text(encoding="utf-8").replace(
        "published:", "      - title: c\n        file: charter/2024-01-01/index.csv\npublished:"), encoding="utf-8")
    run = attack.run()
    assert run.problems == [
        f"{Q1}:10: /offices/ministry/charter/2024-01-01/index.csv would be written twice: by the evidence file here, and by the "
        "CSV twin of the page of the record in offices/ministry/charters/2024-01-01.yaml:1 — rename or remove one"
    ]
    assert not attack.out.exists()


@pytest.mark.parametrize("name", ["index.html", "index.json", "feed.xml"])
def test_evidence_named_like_a_page_is_refused_by_type(attack, name):
    (attack.office / name).write_text("<html><script>alert(1)</script>", encoding="utf-8")
    path = attack.content / Q1
    path.write_text(path.read_text(encoding="utf-8").replace(
        "published:", f"      - title: c\n        file: {name}\npublished:"), encoding="utf-8")
    run = attack.check()
    assert len(run.problems) == 1 and run.problems[0].startswith(f"{Q1}:10: evidence file '{name}'")


def test_plan_refuses_paths_outside_the_site():
    plan = Plan()
    who = Producer("redirects.yaml", 4, "the redirect")
    for bad in ["../x/index.html", "/etc/passwd", "a//b", "a/./b", "a/../../b", "ক/index.html", "a\\b", ""]:
        plan.add(Output(bad, who))
    assert len(plan.problems) == 8 and not plan.outputs


def test_plan_names_both_producers_of_one_path():
    plan = Plan()
    plan.add(Output("a/index.html", Producer("offices/a/office.yaml", 1, "the office page")))
    plan.add(Output("a/index.html", Producer("redirects.yaml", 7, "the redirect")))
    assert [str(p) for p in plan.problems.sorted()] == [
        "redirects.yaml:7: /a/index.html would be written twice: by the redirect here, and by the office page in "
        "offices/a/office.yaml:1 — rename or remove one"
    ]


def test_build_files_colliding_is_a_bug_not_a_content_problem():
    plan = Plan()
    plan.add(Output("feed.xml", Producer("", 0, "the feed")))
    with pytest.raises(AssertionError):
        plan.add(Output("feed.xml", Producer("", 0, "the feed")))


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=HYPERLINK(\"https://evil.example\",\"x\")", "'=HYPERLINK(\"https://evil.example\",\"x\")"),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-ঐ-", "'-ঐ-"),
        ("-5", "-5"),
        ("+12.5", "+12.5"),
        ("-", "-"),
        ("সেবা", "সেবা"),
    ],
)
def test_csv_cells_cannot_be_formulas(cell, written):
    assert twins.text_cell(cell) == written
    text = twins.csv_text(["h"], [[cell]])
    assert next(csv.reader(io.StringIO(text.lstrip("\ufeff").split("\r\n", 1)[1])))[0] == written


def test_formula_in_a_record_reaches_index_csv_inert(attack):
    path = attack.content / "offices/ministry/charters/2024-01-01.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("- name: সেবা ১", "- name: '=HYPERLINK(\"https://evil.example\")'"), encoding="utf-8")
    run = attack.run()
    assert run.code == 0, run.err
    rows = list(csv.reader(io.StringIO((attack.out / "offices/ministry/charter/2024-01-01/index.csv").read_text(encoding="utf-8-sig"))))
    cells = [c for row in rows for c in row]
    assert "'=HYPERLINK(\"https://evil.example\")" in cells
    assert not any(c[:1] in ("=", "@") for c in cells)
