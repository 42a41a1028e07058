"""Issue 8: real documents' shapes transcribe as written and build; pages and
twins show every cell verbatim, silence as silence, and invent nothing.  The
fixture site tests/sites/valid-faithful holds such offices (our own words,
marked নমুনা)."""

import csv
import io
import json
import re
from pathlib import Path

import pytest

from protishruti import commands

CHARTER = "offices/char-union/charter/2026-11-01/"
CORP = "offices/delta-corporation/charter/2025-09-11/"


def _text(html: str) -> str:
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    import shutil

    from .conftest import SITES

    work = tmp_path_factory.mktemp("faithful")
    shutil.copytree(SITES / "valid-faithful", work / "content")
    result = commands.build(work / "content", work / "site")
    assert result.ok, [str(p) for p in result.problems.sorted()]
    return work / "site"


def _page(site: Path, url: str) -> tuple[str, str]:
    html = (site / url / "index.html").read_text(encoding="utf-8")
    return html, _text(html)


def test_cells_are_shown_as_written(site):
    _, text = _page(site, CHARTER)
    for written in ["ধার্য্যকৃত কর", "তাৎক্ষণিক", "অফিস ভেদে ১ মাস হইতে ১ বৎসর", "চেয়ারম্যান ও সচিব",
                    "উপজেলা নির্বাহী অফিসার (নমুনা)", "২(দুই) মাস", "---"]:
        assert written in text, written
    # structured forms read as an official table writes them
    assert "১ থেকে ৭ দিন" in text
    assert "জন্মের ৪৫ দিনের মধ্যে: বিনামূল্যে" in text and "৫ বছরের পরে: ৫০ টাকা" in text
    assert "৩০ কার্যদিবস" in text  # a bare GRS number means working days


def test_nothing_is_invented(site):
    html, text = _page(site, CHARTER)
    for invented in ["প্রয়োজন নেই", "২(দুই) মাস কার্যদিবস", "রূপকল্প (Vision)", "অভিলক্ষ্য (Mission)"]:
        assert invented not in text, invented
    assert not re.search(r"(?<![০-৯])০ (টাকা|দিন|ঘণ্টা|কার্যদিবস)", text)
    assert text.count("বিনামূল্যে") == 1  # only the tier the record says is free
    # no effective date is stated, so the page never says কার্যকর with a date
    for url in (CHARTER, "offices/char-union/"):
        assert not re.search(r"কার্যকর\s+[০-৯]", _page(site, url)[1]), url
    home = _page(site, "")[1]
    union = home[home.index("নমুনা চরপাড়া ইউনিয়ন পরিষদ"):]
    assert union.split("নমুনা ব-দ্বীপ")[0].count("কার্যকর") == 0 and "প্রতিশ্রুতি প্রকাশ ০১ নভেম্বর ২০২৬" in union
    assert "কার্যকর হওয়ার তারিখ: দলিলে উল্লেখ নেই" in text
    assert "সর্ব-শেষ হাল-নাগাদ ০৯ মার্চ ২০২৫" in text


def test_silence_is_shown_as_silence_and_empty_columns_are_left_out(site):
    html, text = _page(site, CHARTER)
    services = html[html.index('<table class="services">'):html.index("</table>")]
    assert services.count('<span class="silent">উল্লেখ নেই</span>') == 8  # rows 2-4: method, documents, superior, fee left blank
    assert ">মন্তব্য<" not in services and ">সেবাগ্রহীতা<" not in services
    corp, _ = _page(site, CORP)
    table = corp[corp.index('<table class="services">'):]
    table = table[:table.index("</table>")]
    assert ">সেবাগ্রহীতা<" not in table and ">সেবা প্রদান পদ্ধতি<" not in table


def test_headings_and_columns_as_the_document_words_them(site):
    html, text = _page(site, CHARTER)
    heads = re.findall(r'<th scope="col">([^<]+)</th>', html[html.index('<table class="services">'):])
    assert heads[:5] == ["ক্রম", "সেবার ধরণ", "সেবা প্রাপ্তির সময়সীমা", "সেবা দানকারী কর্মকর্তা", "উর্দ্ধতন কর্তৃপক্ষ"]
    assert "<h2>সেবাপ্রার্থীর কাছে আমাদের প্রত্যাশা</h2>" in html
    corp, corp_text = _page(site, CORP)
    assert ">প্রয়োজনীয় কাগজপত্র/ আবেদন ফরম প্রাপ্তিস্থান<" in corp and ">বিকল্প দায়িত্বপ্রাপ্ত কর্মকর্তা<" in corp
    assert "আওতাধীন ইউনিট কর্তৃক প্রদত্ত সেবা (নমুনা)" in corp_text
    assert "২ মাস" in corp_text and "কোর্সভেদে ভিন্ন" in corp_text
    assert "১) পর্যটন সুবিধা সৃষ্টি (নমুনা);<br>\n২) দক্ষ জনবল তৈরি (নমুনা)।" in corp  # the mission's lines, as written


def test_ditto_marks_stay_and_say_what_they_repeat(site):
    html, _ = _page(site, CHARTER)
    assert "-ঐ- <span class=\"meta ditto\">(উপরের মতো: চেয়ারম্যান ও সচিব)</span>" in html
    assert "(উপরের মতো: উপজেলা নির্বাহী অফিসার)" in html
    # row 4 repeats a blank cell: the page does not guess
    row4 = html[html.index("নাগরিকত্ব সনদ প্রদান (নমুনা)"):]
    row4 = row4[:row4.index("</tr>")]
    assert "-ঐ-" in row4 and "উপরের মতো" not in row4


def test_twins_keep_the_words(site):
    doc = json.loads((site / CHARTER / "index.json").read_text(encoding="utf-8"))
    rec = doc["record"]
    # the record as written: only the fields the file gives, no defaults filled in
    assert "effective_date" not in rec and rec["published"] == "2026-11-01" and "vision" not in rec
    trade = rec["services"]["citizen"][1]
    assert trade["fee"] == "ধার্য্যকৃত কর" and trade["time_limit"] == "তাৎক্ষণিক" and "documents" not in trade
    assert rec["grs"][1]["time_limit"] == "২(দুই) মাস"
    assert rec["grs"][0]["time_limit"]["value"] == 30 and rec["grs"][0]["time_limit"]["unit"] == "কার্যদিবস"
    rows = list(csv.reader(io.StringIO((site / CHARTER / "index.csv").read_text(encoding="utf-8-sig"))))
    header, trade_row = rows[0], rows[2]
    assert trade_row[header.index("সেবার মূল্য এবং পরিশোধ পদ্ধতি")] == "ধার্য্যকৃত কর"
    assert trade_row[header.index("প্রয়োজনীয় কাগজপত্র এবং প্রাপ্তিস্থান")] == "উল্লেখ নেই"
    # the document's column headings and only its columns; a ditto mark cannot run as a formula
    assert header[:6] == ["অংশ", "ক্রম", "সেবার ধরণ", "সেবা প্রাপ্তির সময়সীমা", "সেবা দানকারী কর্মকর্তা", "উর্দ্ধতন কর্তৃপক্ষ"]
    assert "মন্তব্য" not in header and "সেবাগ্রহীতা" not in header
    assert trade_row[header.index("সেবা দানকারী কর্মকর্তা")] == "'-ঐ-"
    # what each ditto mark repeats is in the JSON twin too
    assert {"table": "নাগরিক সেবা", "row": 2, "column": "officer", "repeats": "চেয়ারম্যান ও সচিব"} in doc["computed"]["ditto"]


def test_office_kind_is_free_text_and_the_signed_file_is_attached(site):
    _, text = _page(site, "offices/char-union/")
    assert "ইউনিয়ন পরিষদ" in text
    html, _ = _page(site, CHARTER)
    assert 'href="/offices/char-union/evidence/charter-signed.pdf"' in html
    assert (site / "offices/char-union/evidence/charter-signed.pdf").is_file()


# ---------------------------------------------------------------- sample stays sample

Q4_SAMPLE = """# a নমুনা Q4 report added to the real 2023-24 plan of seed 003
fiscal_year: 2023-24
quarter: ৪
sample: true
published: 2026-11-23
indicators:
  - id: "[১.১.১]"
    achievement: ৪
  - id: "[১.২.১]"
    achievement: ৪
  - id: "[২.১.১]"
    achievement: ৪
  - id: "[২.২.১]"
    achievement: ১
"""


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    import shutil

    from .conftest import CONTENT

    work = tmp_path_factory.mktemp("mixed")
    shutil.copytree(CONTENT, work / "content")
    (work / "content/offices/unnamed-office/reports/2023-24-q4.yaml").write_text(Q4_SAMPLE, encoding="utf-8")
    result = commands.build(work / "content", work / "site")
    assert result.ok, [str(p) for p in result.problems.sorted()]
    return work / "site"


def test_sample_report_on_a_real_plan_is_marked_wherever_it_shows(mixed):
    plan_html, plan = _page(mixed, "offices/unnamed-office/action-plans/2023-24/")
    assert "নমুনা তথ্য মিশ্রিত:" in plan and "নমুনা তথ্য:" not in plan
    # the Q4 link, in the report list and the scorecard's header, and the running total
    assert re.search(r'৪র্থ ত্রৈমাসিকের প্রতিবেদন</a> <span class="tag-sample">নমুনা</span>', plan_html)
    assert re.search(r'৪র্থ ত্রৈমাসিক</a> <span class="tag-sample">নমুনা</span></th>', plan_html)
    assert re.search(r'সর্বমোট অর্জিত মান: <strong>[^<]+</strong> \([^)]+\) <span class="prov prov-computed">হিসাবকৃত</span> <span class="tag-sample">নমুনা</span>', plan_html)
    grand = plan_html[plan_html.index('<tr class="grand-total">'):]
    assert '<span class="tag-sample">নমুনা</span>' in grand[:grand.index("</tr>")]
    # the real Q3 report counts only the real quarters: none of its figures is sample; only its link to
    # the plan, whose running totals now include the sample Q4, says so
    q3_html, q3 = _page(mixed, "offices/unnamed-office/reports/2023-24/q3/")
    assert "tag-sample" not in q3_html and "নমুনা তথ্য মিশ্রিত" not in q3
    assert q3.replace("নমুনা চিহ্নিত সবকিছু", "").count("নমুনা") == 1
    assert 'সকল ত্রৈমাসিকের অগ্রগতি</a> <span class="meta">(কিছু হিসাব নমুনা তথ্য থেকে)</span>' in q3_html
    # the office page and the home page list it as sample
    office_html, _ = _page(mixed, "offices/unnamed-office/")
    assert '৪র্থ ত্রৈমাসিকের প্রতিবেদন</a> <span class="tag-sample">নমুনা</span>' in office_html
    assert "কর্মপরিকল্পনা ২০২৩-২৪ অর্থবছর</a> <span class=\"meta\">(কিছু হিসাব নমুনা তথ্য থেকে)</span>" in office_html
    home_html, _ = _page(mixed, "")
    item = home_html[home_html.index('href="/offices/unnamed-office/reports/2023-24/q4/"'):]
    assert item[:item.index("</li>")].count("নমুনা") == 1


def test_sample_marks_reach_feeds_twins_and_the_catalogue(mixed):
    feed = (mixed / "feed.xml").read_text(encoding="utf-8")
    entry = feed[feed.index("<id>https://protishruti.example/offices/unnamed-office/reports/2023-24/q4/</id>"):]
    entry = entry[:entry.index("</entry>")]
    assert "<title>নমুনা: " in entry and '<category term="sample" label="নমুনা"/>' in entry
    plan_entry = feed[feed.index("<id>https://protishruti.example/offices/unnamed-office/action-plans/2023-24/</id>"):]
    assert "(কিছু হিসাব নমুনা তথ্য থেকে)" in plan_entry[:plan_entry.index("</entry>")]
    doc = json.loads((mixed / "offices/unnamed-office/action-plans/2023-24/index.json").read_text(encoding="utf-8"))
    assert doc["sample"] is False and doc["contains_sample"] is True
    progress = doc["computed"]["progress"]
    assert progress["sample_quarters"] == [4] and progress["total"]["score"]["sample"] is True
    first = progress["indicators"][0]
    assert first["quarters"]["3"]["sample"] is False and first["quarters"]["4"]["sample"] is True
    assert first["targets"]["অসাধারণ"]["sample"] is False and first["score"]["sample"] is True
    catalogue = json.loads((mixed / "data.json").read_text(encoding="utf-8"))
    plan = next(d for d in catalogue["dataset"] if d["identifier"].endswith("/unnamed-office/action-plans/2023-24/"))
    assert plan["description"].endswith("(কিছু হিসাব নমুনা তথ্য থেকে)") and "নমুনা" not in plan["keyword"]
    rows = list(csv.reader(io.StringIO((mixed / "offices/unnamed-office/action-plans/2023-24/index.csv").read_text(encoding="utf-8-sig"))))
    assert {r[rows[0].index("নমুনা তথ্য থেকে")] for r in rows[1:5]} == {"হ্যাঁ"}


# ---------------------------------------------------------------- plans and reports as the documents have them

RIVER = "offices/river-dc/"


def test_a_plan_without_calculation_scores_only_what_it_can(site):
    q1_html, q1 = _page(site, RIVER + "reports/2023-24/q1/")
    # one quarter: every method agrees, so the score is computed, with its formula
    assert "৩ × ১ ÷ ৪" not in q1  # ১ ÷ ৪ = ২৫%, under 60 %
    assert "১ ÷ ৪ = ২৫%, ৬০%-এর নিচে, তাই ০; আনুপাতিক পদ্ধতি" in q1
    assert "৪ × ৮০ ÷ ৯০ = ৩.৫৬, আনুপাতিক পদ্ধতি" in q1
    q2_html, q2 = _page(site, RIVER + "reports/2023-24/q2/")
    # two quarters and no গণনা পদ্ধতি: nothing is guessed
    assert "গণনা পদ্ধতি উল্লেখ নেই, তাই ত্রৈমাসিকের সংখ্যাগুলো থেকে অদ্যাবধি অর্জন হিসাব করা যায়নি" in q2
    assert "সর্বমোট অর্জিত মান: হিসাব করা যায়নি (১০-এর মধ্যে)" in q2
    assert "সমষ্টি" not in q2 and "ক্রমপুঞ্জিভূত" not in q2
    doc = json.loads((site / RIVER / "reports/2023-24/q2/index.json").read_text(encoding="utf-8"))
    first = doc["computed"]["scores"]["indicators"][0]
    assert first["calculation"]["value"] is None and first["to_date"]["value"] is None and first["score"]["value"] is None
    assert doc["computed"]["scores"]["total"]["score"]["value"] is None
    assert doc["record"]["indicators"][1]["achievement"] == 85


def test_annual_evaluation_keeps_its_lines_and_scores_the_year(site):
    html, text = _page(site, RIVER + "evaluations/2023-24/")
    assert "১ম ত্রৈমাসিক এর কমিটি পুনর্গঠন<br>\n২য় ত্রৈমাসিক এর কমিটি পুনর্গঠন<br>\n৩য় ত্রৈমাসিক এর কমিটি পুনর্গঠন" in html
    assert "সেবা প্রদান প্রতিশ্রুতি এর ত্রৈমাসিক/বার্ষিক পরিবীক্ষণ/মূল্যায়ন প্রতিবেদন (নমুনা)" in text
    # the year's figure the editor counted, with the reason; the % indicator states none
    assert "টীকা ১: প্রতিবেদনে বছরের সংখ্যা নেই; চারটি ত্রৈমাসিকের চারটি লাইন গুনে।" in text
    assert "অর্জন ৪ ≥ অসাধারণ লক্ষ্যমাত্রা ৪, তাই পূর্ণ মান ৩; আনুপাতিক পদ্ধতি" in text
    # the % indicator's progress is words only: no figure, so no score (not a zero)
    assert "বছরের অর্জন উল্লেখ নেই, তাই অর্জিত মান হিসাব করা যায়নি" in text and "অর্জন নেই, তাই ০" not in text
    assert "বছরের সর্বমোট অর্জিত মান: হিসাব করা যায়নি (১০-এর মধ্যে)" in text
    plan_html, _ = _page(site, RIVER + "action-plans/2023-24/")
    assert 'href="/offices/river-dc/evaluations/2023-24/"' in plan_html
    doc = json.loads((site / RIVER / "evaluations/2023-24/index.json").read_text(encoding="utf-8"))
    year = doc["computed"]["scores"]["indicators"][0]["to_date"]
    assert year["value"] == 4 and year["provenance"] == "editor"
    rows = list(csv.reader(io.StringIO((site / RIVER / "evaluations/2023-24/index.csv").read_text(encoding="utf-8-sig"))))
    assert rows[1][rows[0].index("অগ্রগতি")].splitlines()[:2] == ["১ম ত্রৈমাসিক এর কমিটি পুনর্গঠন", "২য় ত্রৈমাসিক এর কমিটি পুনর্গঠন"]
    assert rows[1][rows[0].index("বছরের অর্জন")] == "4" and rows[1][rows[0].index("কম হলে ভালো")] == ""


def test_grs_officers_committee_and_minutes_pages(site):
    html, text = _page(site, RIVER + "grs/2026-11-01/")
    assert "৩০ (ত্রিশ) কার্যদিবস" in text and "২(দুই) মাস" in text and "২(দুই) মাস কার্যদিবস" not in text
    assert "তারিখ দলিলে উল্লেখ নেই; এই ওয়েবসাইটে প্রথম প্রকাশ ০১ নভেম্বর ২০২৬" in text
    assert "ওয়েব: www.example.gov.bd" in text
    office_html, office = _page(site, RIVER)
    assert 'href="/offices/river-dc/grs/2026-11-01/"' in office_html and "অনিক: অতিরিক্ত জেলা প্রশাসক (সার্বিক), নমুনা" in office
    committee_html, committee = _page(site, RIVER + "committee/2023-08-01/")
    members = committee_html[committee_html.index('<table class="members">'):]
    assert "সকল উপজেলা নির্বাহী অফিসার (নমুনা)" in members and '<span class="silent">উল্লেখ নেই</span>' in members
    minutes_html, minutes = _page(site, RIVER + "meetings/2023-24/2/minutes/")
    assert "প্রক্রিয়াধীন" in minutes and "হবে (নমুনা শব্দ)" in minutes
    assert 'status-ongoing"><span aria-hidden="true">↻</span> প্রক্রিয়াধীন' in minutes_html
    assert 'status-other"><span aria-hidden="true">•</span> হবে (নমুনা শব্দ)' in minutes_html
    assert "সভার তারিখ উল্লেখ নেই" in minutes and "সভাপতি উল্লেখ নেই" in minutes
    assert not (site / RIVER / "meetings/2023-24/2/index.html").exists()


def test_every_new_record_type_has_twins_feed_and_catalogue_entries(site):
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    catalogue = json.loads((site / "data.json").read_text(encoding="utf-8"))
    ids = {d["identifier"] for d in catalogue["dataset"]}
    for url, kind in [(RIVER + "grs/2026-11-01/", "grs"), (RIVER + "committee/2023-08-01/", "committee"),
                      (RIVER + "meetings/2023-24/2/minutes/", "minutes"), (RIVER + "evaluations/2023-24/", "evaluation")]:
        doc = json.loads((site / url / "index.json").read_text(encoding="utf-8"))
        assert doc["type"] == kind and doc["schema_version"] == 2 and doc["sample"] is True
        assert f"<id>https://fixture.example/{url}</id>" in feed, url
        assert f"https://fixture.example/{url}" in ids, url
    office = json.loads((site / RIVER / "index.json").read_text(encoding="utf-8"))["computed"]
    assert office["kind_group"] == "অন্যান্য দপ্তর"
    assert office["grs_officers"] == ["https://fixture.example/offices/river-dc/grs/2026-11-01/"]
    assert office["minutes"] and office["evaluations"] and office["committee_orders"]


def test_known_kinds_group_offices_on_the_home_page(site):
    html, _ = _page(site, "")
    heads = re.findall(r"<h3>([^<]+)</h3>", html)
    assert heads == ["কমিশন, বোর্ড, কর্তৃপক্ষ ও করপোরেশন", "স্থানীয় সরকার প্রতিষ্ঠান", "অন্যান্য দপ্তর"]
    assert html.index("নমুনা ব-দ্বীপ পর্যটন করপোরেশন") < html.index("নমুনা চরপাড়া ইউনিয়ন পরিষদ") < html.index("জেলা প্রশাসকের কার্যালয়</span>")


def test_a_real_report_counting_a_sample_quarter_is_marked_in_lists(tmp_path):
    """A real Q3 report whose running totals include a নমুনা Q1 report."""
    import shutil

    from .conftest import CONTENT

    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    q1 = Q4_SAMPLE.replace("quarter: ৪", "quarter: ১")
    (content / "offices/unnamed-office/reports/2023-24-q1.yaml").write_text(q1, encoding="utf-8")
    assert commands.build(content, tmp_path / "site").ok
    site = tmp_path / "site"
    home_html, _ = _page(site, "")
    item = home_html[home_html.index('href="/offices/unnamed-office/reports/2023-24/q3/"'):]
    assert "(কিছু হিসাব নমুনা তথ্য থেকে)" in item[:item.index("</li>")]
    office_html, _ = _page(site, "offices/unnamed-office/")
    item = office_html[office_html.index('href="/offices/unnamed-office/reports/2023-24/q3/"'):]
    assert "(কিছু হিসাব নমুনা তথ্য থেকে)" in item[:item.index("</li>")]
    q3_html, q3 = _page(site, "offices/unnamed-office/reports/2023-24/q3/")
    assert "নমুনা তথ্য মিশ্রিত:" in q3 and "এই চিত্রের মান নমুনা তথ্য থেকে হিসাব করা।" in q3


def test_a_plan_with_only_the_first_target_column_and_its_own_weights(site):
    html, text = _page(site, RIVER + "action-plans/2023-24/")
    table = html[html.index('<table class="plan">'):html.index("</table>")]
    heads = re.findall(r'<th scope="col">([^<]+)</th>', table)
    assert heads == ["কর্মসম্পাদন সূচক", "একক", "সূচকের মান", "গণনা পদ্ধতি", "অসাধারণ ১০০%"]  # the document's columns only
    assert "মান ১০; সূচকগুলোর মানের যোগফল ৭ — দলিলে এভাবেই আছে (নমুনা)" in text
    q1_html, _ = _page(site, RIVER + "reports/2023-24/q1/")
    targets = q1_html[q1_html.index('<table class="targets">'):]
    assert "অতিউত্তম" not in targets[:targets.index("</table>")]


def test_columns_come_in_the_order_the_record_writes_them():
    """``columns:`` gives the document's column order (the model declares its
    fields in another): a table whose time limit comes before the name keeps it so."""
    from protishruti import cells, schema, yamlsource

    data = yamlsource.parse("columns:\n  serial: ক্রম\n  time_limit: সময়সীমা\n  name: সেবার নাম\nservices:\n  citizen:\n"
                            "    - name: নমুনা সেবা\n      time_limit: ৭ দিন\n      officer: সচিব\n")
    columns = schema.ServiceColumns.model_validate(data["columns"])
    rows = [schema.Service.model_validate(s) for s in data["services"]["citizen"]]
    assert [c.key for c in cells.columns(cells.SERVICE_COLUMNS, rows, columns, always=("name",))] == ["time_limit", "name", "officer"]
