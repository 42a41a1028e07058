"""End-to-end: the demo content builds, and the two seed documents appear
word for word with their dates and computed scores."""

import re
import unicodedata
from pathlib import Path

import pytest

from protishruti import commands

from .conftest import CONTENT, SEEDS

MEETING = "offices/mopa/meetings/2022-23/2/index.html"
Q3 = "offices/unnamed-office/reports/2023-24/q3/index.html"


def _text(html: str) -> str:
    """Visible text, tags removed, whitespace collapsed."""
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def _seed(name: str) -> str:
    path = SEEDS / name
    if not path.exists():
        pytest.fail(f"seed document {path} is missing: CI runs with ../shared beside the checkout")
    return path.read_text(encoding="utf-8")


def _table_rows(seed: str) -> list[list[str]]:
    return [line.split("\t") for line in seed.splitlines() if "\t" in line and line.split("\t")[0].strip() in "১২৩৪"]


def test_meeting_page_has_every_decision_word_for_word(demo_site: Path):
    seed = _seed("000_1f3f973639ff365a.txt")
    text = _text((demo_site / MEETING).read_text(encoding="utf-8"))
    rows = _table_rows(seed)
    assert len(rows) == 4
    for serial, decision, progress in rows:
        assert decision in text
        status, _, rest = progress.partition(" ")
        assert status == "বাস্তবায়িত"
        assert rest in text, rest
    assert text.count("বাস্তবায়িত ") >= 4


def test_meeting_page_has_the_forwarding_letter(demo_site: Path):
    seed = _seed("000_1f3f973639ff365a.txt")
    text = _text((demo_site / MEETING).read_text(encoding="utf-8"))
    for needle in [
        "স্মারক নম্বর: ০৫.০০.০০০০.১৯৭.১৬.০০৪.২২.১৭১",
        "স্মারক নম্বর: ০৫.০০.০০০০.১৯৭.১৬.০০৪.২২.১৭১/১(২)",
        "০২ জানুয়ারি ২০২৩",
        "১৮ পৌষ ১৪২৯",
        "বিষয়: সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটির ২য় সভার সিদ্ধান্ত বাস্তবায়ন অগ্রগতি প্রতিবেদন।",
        "মৌরীন করিম",
        "সিনিয়র সহকারী সচিব",
        "ফোন: ২২৩৩৮৮৬৬১",
        "cp3@mopa.gov.bd",
        "উপসচিব সুশাসন অধিশাখা মন্ত্রিপরিষদ বিভাগ",
        "সদয় অবগতি ও কার্যার্থে প্রেরণ করা হল:",
        "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার জনপ্রশাসন মন্ত্রণালয় সিপিটি অনুবিভাগ সিপি-৩ শাখা www.mopa.gov.bd",
        "২২ অক্টোবর ২০২২",
    ]:
        assert needle in text, needle
    body = next(line for line in seed.splitlines() if line.startswith("উপর্যুক্ত বিষয়ের"))
    assert body in text
    for line in seed.splitlines():
        if line.startswith("- ১)") or line.startswith("- ২)"):
            assert line[2:] in text, line
    title = "জনপ্রশাসন মন্ত্রণালয় সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটির ২য় সভার ও আওতাধীন দপ্তর/সংস্থার সমন্বয়ে সভার সিদ্ধান্ত বাস্তবায়ন অগ্রগতি প্রতিবেদন।"
    assert f"<h1>{title}</h1>" in (demo_site / MEETING).read_text(encoding="utf-8")


def test_q3_report_has_remarks_word_for_word_and_scores(demo_site: Path):
    seed = _seed("003_50585a11f0305a89.txt")
    html = (demo_site / Q3).read_text(encoding="utf-8")
    text = _text(html)
    assert "সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা ২০২৩-২৪ অর্থ বছরের ৩য় ত্রৈমাসিকের প্রতিবেদন" in text
    rows = [line.split("\t") for line in seed.splitlines() if "\t[" in line]
    remarks = [r[-1] for r in rows]
    assert len(remarks) == 4
    for remark in remarks:
        assert remark in text, remark
    for cell in [c for r in rows for c in r[2:4] if c]:
        assert cell.strip() in text, cell
    for score in ("<strong>৭.৫</strong>", "<strong>৩.৭৫</strong>", "<strong>৩</strong>", "<strong>৬</strong>"):
        assert f'<td class="score">{score}</td>' in html, score
    # each score with its formula and inputs
    for formula in ("১০ × ৩ ÷ ৪ = ৭.৫, আনুপাতিক পদ্ধতি", "৫ × ৩ ÷ ৪ = ৩.৭৫, আনুপাতিক পদ্ধতি", "৪ × ৩ ÷ ৪ = ৩, আনুপাতিক পদ্ধতি",
                    "অর্জন ১ ≥ অসাধারণ লক্ষ্যমাত্রা ১, তাই পূর্ণ মান ৬; আনুপাতিক পদ্ধতি", "১১.২৫ + ৯ = ২০.২৫"):
        assert formula in text, formula
    assert "সর্বমোট অর্জিত মান: <strong>২০.২৫</strong> (২৫-এর মধ্যে)" in html
    # provenance beside every figure: computed columns say so in their headers, editor figures in their cells
    assert '<th scope="col">অদ্যাবধি অর্জন <span class="prov prov-computed">হিসাব</span></th>' in html
    assert '<th scope="col">অর্জিত মান <span class="prov prov-computed">হিসাব</span></th>' in html
    assert html.count('ক্রমপুঞ্জিভূত <span class="prov prov-editor">সম্পাদক <a href="#prov-note-২">টীকা ২</a>') == 4
    assert "মোহাম্মদ মশিউর রহমান" in text and "উপসচিব" in text
    # the quarter, in both calendars
    assert '<time datetime="2024-01-01">০১ জানুয়ারি ২০২৪</time>' in html
    assert "(১৭ পৌষ ১৪৩০ থেকে ১৭ চৈত্র ১৪৩০ বঙ্গাব্দ)" in html  # one bracket for the period
    assert "৩য় ত্রৈমাসিক" in text and "২০২৩-২৪ অর্থবছর" in text


def test_q3_report_scores_23_1_under_linear(content_copy: Path, tmp_path: Path):
    site = content_copy / "site.yaml"
    site.write_text(site.read_text(encoding="utf-8").replace("scoring_method: proportional", "scoring_method: linear"), encoding="utf-8")
    out = tmp_path / "site"
    assert commands.build(content_copy, out).ok
    html = (out / Q3).read_text(encoding="utf-8")
    assert "সর্বমোট অর্জিত মান: <strong>২৩.১</strong> (২৫-এর মধ্যে)" in html


def _pages(site: Path) -> list[Path]:
    """Every page but the redirect stubs."""
    return sorted(p for p in site.rglob("index.html") if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8"))


def test_every_page_type_exists(demo_site: Path):
    for rel in [
        "index.html",
        "offices/mopa/index.html",
        "offices/sample-ministry/charter/2025-01-15/index.html",
        "offices/sample-ministry/charter/2024-07-01/index.html",
        "offices/sample-ministry/action-plans/2024-25/index.html",
        "offices/sample-ministry/reports/2024-25/q1/index.html",
        "offices/sample-ministry/meetings/2024-25/1/index.html",
        "offices/sample-directorate/index.html",
        "offices/unnamed-office/action-plans/2023-24/index.html",
        MEETING,
        Q3,
        "pages/about/index.html",
        "offices/sample-ministry/evidence/committee-order-2024-25.pdf",
    ]:
        assert (demo_site / rel).is_file(), rel


def test_every_page_is_bangla_with_breadcrumb_dates_and_permalink(demo_site: Path):
    pages = _pages(demo_site)
    assert len(pages) >= 17
    for page in pages:
        html = page.read_text(encoding="utf-8")
        rel = page.relative_to(demo_site).as_posix()
        url = "/" + rel.removesuffix("index.html")
        assert '<html lang="bn">' in html, rel
        assert 'class="breadcrumb' in html, rel
        if rel != "search/index.html":  # a tool, not a document
            assert re.search(r'<time datetime="\d{4}-\d{2}-\d{2}">', html), f"{rel} shows no date"
            assert "বঙ্গাব্দ)" in html, rel
        assert f"https://protishruti.example{url}</a>" in re.sub(r"</?span>|<wbr>", "", html), rel  # the address breaks only after a slash
        assert unicodedata.is_normalized("NFC", html), rel
        assert html.count("<h1") == 1, rel


def test_sample_data_is_marked(demo_site: Path):
    for page in _pages(demo_site):
        rel = page.relative_to(demo_site).as_posix()
        html = page.read_text(encoding="utf-8")
        if "sample-" in rel:
            assert "নমুনা তথ্য:" in html, rel
        if rel in (MEETING, Q3):
            assert "নমুনা তথ্য:" not in html, rel


def test_output_names_are_ascii(demo_site: Path):
    for path in demo_site.rglob("*"):
        assert path.relative_to(demo_site).as_posix().isascii(), path


def test_evidence_links_show_size_and_type(demo_site: Path):
    html = (demo_site / "offices/sample-ministry/meetings/2024-25/1/index.html").read_text(encoding="utf-8")
    size = (CONTENT / "offices/sample-ministry/evidence/committee-order-2024-25.pdf").stat().st_size
    from protishruti import bangla

    assert '<a href="/offices/sample-ministry/evidence/committee-order-2024-25.pdf">' in html
    assert f"(PDF, {bangla.file_size(size)})" in html


def test_office_hierarchy_on_home(demo_site: Path):
    html = (demo_site / "index.html").read_text(encoding="utf-8")
    ministry = html.index('href="/offices/sample-ministry/"')
    directorate = html.index('href="/offices/sample-directorate/"')
    assert ministry < directorate
    assert html.index("<ul>", ministry) < directorate  # nested under the ministry
