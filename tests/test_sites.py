"""Fixture sites, as Zola does: valid ones build, invalid ones fail with
exactly the lines in their expected-errors.txt."""

from pathlib import Path

import pytest

from protishruti import commands

from .conftest import SITES

VALID = sorted(p for p in SITES.iterdir() if p.name.startswith("valid-"))
INVALID = sorted(p for p in SITES.iterdir() if p.name.startswith("invalid-"))


def test_there_are_fixture_sites():
    assert VALID and INVALID


@pytest.mark.parametrize("site", VALID, ids=lambda p: p.name)
def test_valid_site_builds(site: Path, tmp_path: Path, site_copy):
    result = commands.build(site_copy(site.name), tmp_path / "out")
    assert result.ok, [str(p) for p in result.problems.sorted()]
    assert (tmp_path / "out" / "index.html").is_file()


@pytest.mark.parametrize("site", INVALID, ids=lambda p: p.name)
def test_invalid_site_reports_exact_errors(site: Path):
    expected = (site / "expected-errors.txt").read_text(encoding="utf-8").splitlines()
    result = commands.check(site)
    assert [str(p) for p in result.problems.sorted()] == expected


def test_valid_minimal_scores_with_linear_method(tmp_path: Path, site_copy):
    out = tmp_path / "out"
    assert commands.build(site_copy("valid-minimal"), out).ok
    html = (out / "offices/ministry/reports/2023-24/q2/index.html").read_text(encoding="utf-8")
    # Q1 1 + Q2 2 = 3 (সমষ্টি) = the অতিউত্তম target → 90 % of 10
    assert "সর্বমোট অর্জিত মান: <strong>৯</strong> (১০-এর মধ্যে)" in html
    assert (out / "offices/ministry/evidence/a.txt").read_text() == "evidence\n"


def test_markdown_is_sanitised_and_anchors_keep_bangla(tmp_path: Path, site_copy):
    out = tmp_path / "out"
    assert commands.build(site_copy("valid-minimal"), out).ok
    html = (out / "pages/about/index.html").read_text(encoding="utf-8")
    assert '<h2 id="সেবার-তালিকা">সেবার তালিকা</h2>' in html
    assert "<script>alert" not in html and "javascript:" not in html and "onclick" not in html
