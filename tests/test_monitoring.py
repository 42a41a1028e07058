"""Issue 13: monitoring pages — who reported each quarter, on time or late,
how they scored, which decisions are open.  The fixture site
tests/sites/valid-monitoring has a ministry and five offices under it, one
of each status in the first quarter of 2024-25, judged as of 2024-11-01."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from protishruti import commands, compute, load, monitoring
from protishruti.validate import validate

SITES = Path(__file__).resolve().parent / "sites"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    work = tmp_path_factory.mktemp("monitoring")
    shutil.copytree(SITES / "valid-monitoring", work / "content")
    result = commands.build(work / "content", work / "site")
    assert result.ok, [str(p) for p in result.problems.sorted()]
    return work / "site"


def _view(content: Path):
    raw, problems = load.load(content)
    content_ = validate(raw, problems)
    assert content_ is not None and not problems, [str(p) for p in problems.sorted()]
    return compute.compute(content_)


def _twin(site: Path, url: str) -> dict:
    return json.loads((site / url.lstrip("/") / "index.json").read_text(encoding="utf-8"))["computed"]


EXPECTED_Q1 = {
    "ministry": "on_time", "on-time": "on_time", "late": "late", "undated": "undated",
    "withdrawn": "withdrawn", "missing": "missing",
}


def test_each_status_in_the_json_of_the_ministry_page(built):
    doc = _twin(built, "/offices/ministry/monitoring/2024-25/")
    assert doc["as_of"] == "2024-11-01" and doc["as_of_source"] == "site.yaml"
    # 15 days after each quarter ends, but site.yaml moves the fourth quarter's
    assert doc["deadlines"] == {"1": "2024-10-15", "2": "2025-01-15", "3": "2025-04-15", "4": "2025-07-31"}
    offices = {o["slug"]: o for o in doc["offices"]}
    assert list(offices) == ["ministry", "late", "missing", "on-time", "undated", "withdrawn"]  # the office, then its tree
    assert {slug: o["quarters"]["1"]["status"] for slug, o in offices.items()} == EXPECTED_Q1
    # the second quarter's reports are not due on 2024-11-01
    assert {o["quarters"]["2"]["status"] for o in offices.values()} == {"not_due"}
    q1 = {slug: o["quarters"]["1"] for slug, o in offices.items()}
    assert q1["on-time"]["submitted"] == "2024-10-15"  # on the deadline is on time
    assert q1["late"]["days_late"] == 10 and q1["late"]["submitted"] == "2024-10-25"
    assert q1["undated"]["submitted"] is None and q1["undated"]["report"].endswith("/offices/undated/reports/2024-25/q1/")
    assert q1["missing"]["report"] is None and q1["missing"]["score"] is None
    assert offices["missing"]["action_plan"].endswith("/offices/missing/action-plans/2024-25/")


def test_scores_and_ranks_among_siblings(built):
    offices = {o["slug"]: o for o in _twin(built, "/offices/ministry/monitoring/2024-25/")["offices"]}
    # proportional scoring of 4, 3 and 1 against the অসাধারণ target 4, weight 10 (0 under 60 %)
    assert [offices[s]["score"] for s in ("on-time", "late", "undated")] == [10, 7.5, 0]
    assert [(offices[s]["rank"], offices[s]["ranked_among"]) for s in ("on-time", "late", "undated")] == [(1, 3), (2, 3), (3, 3)]
    # a withdrawn report is not scored
    assert offices["withdrawn"]["score"] is None and offices["withdrawn"]["rank"] is None
    assert offices["missing"]["rank"] is None
    # the page's own office is not ranked on it (its siblings are not there), but among the top-level offices
    assert (offices["ministry"]["score"], offices["ministry"]["rank"]) == (0, None)  # 2 of 4: under 60 %
    national = {o["slug"]: o for o in _twin(built, "/monitoring/2024-25/")["offices"]}
    assert (national["ministry"]["rank"], national["ministry"]["ranked_among"]) == (1, 1)
    html = (built / "offices/ministry/monitoring/2024-25/index.html").read_text(encoding="utf-8")
    assert '<strong>১০</strong> / ১০ <span class="prov prov-computed">হিসাব</span>' in _row(html, "সময়মতো অধিদপ্তর")


def test_open_decisions_are_those_not_reported_done(built):
    doc = _twin(built, "/offices/ministry/monitoring/2024-25/")
    assert [(d["number"], d["status"]) for d in doc["open_decisions"]] == [(2, "বাস্তবায়নাধীন"), (3, None)]
    assert {d["meeting"] for d in doc["open_decisions"]} == {"https://test.example/offices/ministry/meetings/2024-25/1/"}
    html = (built / "offices/ministry/monitoring/2024-25/index.html").read_text(encoding="utf-8")
    section = html[html.index('id="decisions-heading"'):html.index('id="data-heading"')]
    assert "হেল্পডেস্ক স্থাপন করতে হবে।" in section and "মতামত জরিপ করতে হবে।" in section
    assert "কমিটি পুনর্গঠন করতে হবে।" not in section  # বাস্তবায়িত
    assert "অবস্থা উল্লেখ নেই" in section


def _row(html: str, name: str) -> str:
    start = html.index(f">{name}</a>")
    return html[start:html.index("</tr>", start)]


def test_the_table_says_each_status_in_words_and_a_symbol(built):
    html = (built / "offices/ministry/monitoring/2024-25/index.html").read_text(encoding="utf-8")
    words = {
        "সময়মতো অধিদপ্তর": ("✔", "সময়মতো"), "বিলম্বী অধিদপ্তর": ("◷", "১০ দিন বিলম্বে"),
        "তারিখহীন অধিদপ্তর": ("?", "দাখিলের তারিখ নেই"), "প্রত্যাহৃত অধিদপ্তর": ("⊘", "প্রত্যাহৃত"),
        "নীরব অধিদপ্তর": ("✖", "প্রতিবেদন নেই"),
    }
    for name, (mark, word) in words.items():
        row = _row(html, name)
        first = re.search(r'<td data-label="১ম ত্রৈমাসিক">(.*?)</td>', row, re.S).group(1)
        assert f'<span aria-hidden="true">{mark}</span> {word}</span>' in first, (name, first)
        assert "সময়সীমা আসেনি" in row  # the second quarter
    assert "দাখিল ২৫ অক্টোবর ২০২৪" in _row(html, "বিলম্বী অধিদপ্তর")
    # the chart: 2 of the 6 offices on time in the first quarter
    assert re.search(r'<span class="meter-label">১ম ত্রৈমাসিক</span>.*?<span class="meter-value">২ / ৬</span>', html, re.S)
    assert "১ম ত্রৈমাসিক: ৬টি দপ্তরের প্রতিবেদন দেয় ছিল, সময়মতো ২টি।" in html


def test_the_csv_has_a_line_per_office_and_quarter(built):
    text = (built / "offices/ministry/monitoring/2024-25/index.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 6 * 4
    assert {r["office"]: r["status"] for r in rows if r["quarter"] == "1"} == EXPECTED_Q1
    late = next(r for r in rows if r["office"] == "late" and r["quarter"] == "1")
    assert (late["status_bn"], late["deadline"], late["days_late"], late["score"]) == ("১০ দিন বিলম্বে", "2024-10-15", "10", "7.5")


def test_pages_and_links(built):
    for url in ("/monitoring/", "/monitoring/2024-25/", "/offices/ministry/monitoring/", "/offices/ministry/monitoring/2024-25/"):
        assert (built / url.lstrip("/") / "index.html").is_file(), url
        assert (built / url.lstrip("/") / "index.json").is_file() and (built / url.lstrip("/") / "index.csv").is_file(), url
    # only offices with offices under them have monitoring pages
    assert not (built / "offices/late/monitoring").exists()
    office = (built / "offices/ministry/index.html").read_text(encoding="utf-8")
    assert 'href="/offices/ministry/monitoring/"' in office
    assert 'href="/offices/late/monitoring/' not in (built / "offices/late/index.html").read_text(encoding="utf-8")
    home = (built / "index.html").read_text(encoding="utf-8")
    assert home.count('href="/monitoring/"') == 2  # the menu and the home page's own section
    latest = (built / "monitoring/index.html").read_text(encoding="utf-8")
    assert 'href="/monitoring/2024-25/"' in latest
    national = _twin(built, "/monitoring/2024-25/")
    assert {o["slug"]: o["quarters"]["1"]["status"] for o in national["offices"]} == EXPECTED_Q1
    assert national["totals"]["1"]["missing"] == 1 and national["totals"]["2"]["not_due"] == 6


def test_as_of_is_the_latest_date_in_the_content_unless_set(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SITES / "valid-monitoring", content)
    site = content / "site.yaml"
    site.write_text(site.read_text(encoding="utf-8").replace("  as_of: 2024-11-01\n", ""), encoding="utf-8")
    view = _view(content)
    # the withdrawal on 2024-10-30 is the content's latest date
    assert monitoring.as_of(view) == (date(2024, 10, 30), False)
    mon = monitoring.for_office(view, view.offices["ministry"], "2024-25")
    assert {r.office.slug: r.cells[0].status.key for r in mon.rows} == EXPECTED_Q1
    # a later as_of makes the second quarter's silence "missing"
    site.write_text(site.read_text(encoding="utf-8").replace("monitoring:\n", "monitoring:\n  as_of: 2025-02-01\n"), encoding="utf-8")
    view = _view(content)
    mon = monitoring.for_office(view, view.offices["ministry"], "2024-25")
    assert {r.cells[1].status.key for r in mon.rows} == {"missing"}


def test_a_large_site_summarises_by_ministry(monkeypatch, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SITES / "valid-monitoring", content)
    view = _view(content)
    monkeypatch.setattr(monitoring, "HOME_TREE_OFFICES", 3)
    mon = monitoring.national(view, "2024-25")
    assert mon.summarised and len(mon.summaries) == 1
    s = mon.summaries[0]
    assert (s.office.slug, s.offices, s.open_decisions, s.url) == ("ministry", 6, 2, "/offices/ministry/monitoring/2024-25/")
    assert dict(s.counts[1]) == {"on_time": 2, "late": 1, "undated": 1, "withdrawn": 1, "missing": 1}
    assert len(mon.rows) == 6  # the JSON and CSV still list every office


def test_building_is_linear_in_reports(monkeypatch, tmp_path):
    """Each office's reports are read once per page: counting the calls that
    read them on a national page."""
    content = tmp_path / "content"
    shutil.copytree(SITES / "valid-monitoring", content)
    view = _view(content)
    calls = []
    real = monitoring._cells
    monkeypatch.setattr(monitoring, "_cells", lambda *a: calls.append(a[1].slug) or real(*a))
    monitoring.national(view, "2024-25")
    assert sorted(calls) == sorted(view.offices)


def test_settings_are_checked():
    from protishruti import schema

    with pytest.raises(Exception):
        schema.MonitoringSettings.model_validate({"deadlines": {"2024-25": {"5": "2025-01-01"}}})
    with pytest.raises(Exception):
        schema.MonitoringSettings.model_validate({"deadline_days": -1})
    assert schema.MonitoringSettings.model_validate({"deadlines": {"২০২৪-২৫": {"৪": "2025-07-31"}}}).deadlines == {"2024-25": {4: date(2025, 7, 31)}}


def test_no_date_and_no_year_are_said_not_invented(tmp_path):
    """Offices without a single dated record: no as-of date and no fiscal
    year are made up, so the pages list nothing and call nothing missing."""
    content = tmp_path / "content"
    shutil.copytree(SITES / "valid-monitoring", content)
    site = content / "site.yaml"
    site.write_text(site.read_text(encoding="utf-8").replace("  as_of: 2024-11-01\n", ""), encoding="utf-8")
    for folder in ("action-plans", "reports", "meetings"):
        for f in (content / "offices").rglob(f"{folder}/*.yaml"):
            f.unlink()
    view = _view(content)
    assert monitoring.as_of(view) == (None, False)
    # without an as-of date a quarter with no report is not called missing
    assert [c.status.key for c in monitoring.row(view.site, view.offices["late"], 1, "2024-25", None).cells] == ["not_due"] * 4
    for mon in (monitoring.national(view, None), monitoring.for_office(view, view.offices["ministry"], None)):
        assert mon.fiscal_year is None and mon.rows == [] and mon.fiscal_years == []
        assert monitoring.twin(mon, "")["as_of"] is None
    out = tmp_path / "site"
    assert commands.build(content, out).ok
    for url in ("monitoring", "offices/ministry/monitoring"):
        html = (out / url / "index.html").read_text(encoding="utf-8")
        assert "এখানে দেখানোর মতো কিছু নেই" in html and "<table" not in html and "১৯৭০" not in html


def test_a_large_tree_is_split_into_small_pages(tmp_path):
    """A ministry with 72 offices under it (the benchmark corpus: different
    text per office): its table is in two parts of at most PAGE_ROWS offices,
    every office on exactly one, each part with its own offices' open
    decisions; every monitoring page stays under 30 KB gzipped; the national
    page and its JSON summarise by ministry, the CSV lists every office."""
    import gzip

    from benchmarks import corpus
    from protishruti import opendata, render

    corpus.make(tmp_path / "c", 900, per_ministry=72)
    view = _view(tmp_path / "c")
    assert len(view.offices) == 72 and len(view.roots) == 1
    pages = {p.url: p for p in render.monitoring_pages(view)}
    base = "/offices/ministry-01/monitoring/2024-25/"
    assert base + "2/" in pages and base + "3/" not in pages
    env = render.environment()
    html = {url: render.render_page(env, view, p) for url, p in pages.items()}
    for url, text in html.items():
        assert len(gzip.compress(text.encode(), 9)) < 30_000, url
    names = [o.model.name for o in view.offices.values()]
    tables = [html[url][html[url].index('id="table-heading"'):html[url].index('id="decisions-heading"')] for url in (base, base + "2/")]
    shown = [[n for n in names if f">{n}</a>" in table] for table in tables]
    assert sorted(shown[0] + shown[1]) == sorted(names) and not set(shown[0]) & set(shown[1])
    assert (len(shown[0]), len(shown[1])) == (monitoring.PAGE_ROWS, 72 - monitoring.PAGE_ROWS)
    assert '<strong aria-current="page">অংশ ২</strong>' in html[base + "2/"] and f'<a href="{base}">অংশ ১</a>' in html[base + "2/"]
    assert f'href="{base}index.csv"' in html[base + "2/"]  # the whole table's files
    # each part's open decisions are its own offices'
    for part, url in ((1, base), (2, base + "2/")):
        mon = pages[url].context["mon"]
        assert mon.part == part and mon.parts == 2
        assert {m.office.slug for m in mon.shown_meetings} <= {r.office.slug for r in mon.shown}
    assert not opendata.has_twin(pages[base + "2/"]) and not opendata.has_table(pages[base + "2/"])
    first = monitoring.twin(pages[base].context["mon"], "")
    assert len(first["offices"]) == 72
    national = pages["/monitoring/2024-25/"].context["mon"]
    assert national.summarised
    doc = monitoring.twin(national, "")
    assert [o["slug"] for o in doc["offices"]] == ["ministry-01"]
    assert [(m["slug"], m["offices"], m["json"]) for m in doc["ministries"]] == [("ministry-01", 72, "/offices/ministry-01/monitoring/2024-25/index.json")]
    assert doc["ministries"][0]["totals"] == first["totals"]
    assert len(monitoring.csv(national).splitlines()) == 1 + 72 * 4
