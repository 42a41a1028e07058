"""Stored XSS through the search page (issue 9): record text reaches Pagefind
UI, which writes filter names, filter values and excerpts into the page as
HTML.  An office named like markup must show as that text — in the filter
label, the result line and the excerpt — run nothing, and still filter.

Driven in real Chromium (the ``chromium`` fixture: skipped without it, a
failure in CI)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from protishruti import index, commands
from tests.search import evaluate

# a word of its own so the search finds the office's pages (and the other office's)
OFFICE = 'পরীক্ষা <img src=x onerror="window.__xss=1"> &amp; "><svg onload=window.__xss=2> \'মন্ত্রণালয়\''
TITLE = 'সনদ "><svg onload=window.__xss=3> <img src=y onerror="window.__xss=4"> &lt;b&gt; & কপি'
OTHER = "পরীক্ষা সংস্থা"  # the fixture's other office, untouched
QUERY_PAYLOAD = '<img src=z onerror="window.__xss=5">'
FILTER = "দপ্তর"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile-search")
    content = root / "content"
    shutil.copytree(Path(__file__).resolve().parent.parent / "sites" / "valid-minimal", content)
    office = content / "offices" / "ministry" / "office.yaml"
    text = office.read_text(encoding="utf-8")
    assert "name: পরীক্ষা মন্ত্রণালয়\n" in text
    office.write_text(text.replace("name: পরীক্ষা মন্ত্রণালয়\n", f"name: {json.dumps(OFFICE, ensure_ascii=False)}\n"), encoding="utf-8")
    charter = content / "offices" / "ministry" / "charters" / "2024-01-01.yaml"
    charter.write_text(f"title: {json.dumps(TITLE, ensure_ascii=False)}\n" + charter.read_text(encoding="utf-8"), encoding="utf-8")
    out = root / "site"
    result = commands.build(content, out)
    assert result.ok, [str(p) for p in result.problems.sorted()]
    # the build keeps the facts as plain text; escaping is the search module's job
    facets = index.read_facets(out / "pagefind/facets.json")
    assert any(OFFICE in e["facets"].get(FILTER, []) for e in facets.values())
    return out


@pytest.fixture(scope="module")
def served(hostile_site):
    with evaluate.serve(hostile_site) as base:
        yield base


# records every element ever added to the search UI that the payload could
# have made, even one Pagefind UI renders for a moment and removes again
WATCH = """
window.__added = [];
new MutationObserver((changes) => {
  for (const change of changes) for (const node of change.addedNodes) {
    if (node.nodeType !== 1 || !change.target.closest?.('#search')) continue;
    for (const el of [node, ...node.querySelectorAll('*')]) {
      if (/^(img|svg|script|iframe)$/i.test(el.localName) || [...el.attributes].some((a) => /^on/i.test(a.name))) {
        window.__added.push(el.outerHTML);
      }
    }
  }
}).observe(document, {childList: true, subtree: true});
"""


@pytest.fixture
def page(browser, served):
    context = browser.new_context()
    context.add_init_script(WATCH)
    p = context.new_page()
    p.base = served
    yield p
    context.close()


INJECTED = """() => ({
    xss: window.__xss === undefined ? null : window.__xss,
    markup: [...document.querySelectorAll('#search img, #search svg')].map((e) => e.outerHTML),
    handlers: [...document.querySelectorAll('[onerror], [onload]')].map((e) => e.outerHTML),
    added: window.__added,
})"""
CLEAN = {"xss": None, "markup": [], "handlers": [], "added": []}


def _settle(p):
    # a payload image would have to load (404) before its onerror runs
    p.wait_for_load_state("networkidle")
    p.wait_for_timeout(300)


def _results(p) -> list[str]:
    return p.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map((e) => e.getAttribute('href'))")


def _count(p) -> int:
    """The result count Pagefind UI states ("“…”-এর জন্য ৬টি ফলাফল"); it lists 5 at a time."""
    import re

    digits = re.search(r"([0-9০-৯]+)টি ফলাফল", p.inner_text(".pagefind-ui__message")).group(1)
    return int(digits.translate(str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")))


def _wait_for_results(p, test: str):
    """Wait until results are listed and ``test`` (JS, given their hrefs) holds for them."""
    p.wait_for_function(
        f"() => {{ const hrefs = [...document.querySelectorAll('.pagefind-ui__result-link')].map((a) => a.getAttribute('href'));"
        f" return hrefs.length > 0 && ({test})(hrefs); }}",
        timeout=10000,
    )


def _search(p, term: str):
    p.goto(p.base + "/search/?q=" + term)
    p.wait_for_selector(".pagefind-ui__result-link", timeout=15000)
    p.wait_for_selector(".pagefind-ui__filter-block", state="attached", timeout=15000)
    _settle(p)


def _label(p, value: str):
    """The office's label in the office filter, found by the text it shows
    (Pagefind UI reorders and re-renders the labels as results change)."""
    labels = p.locator(f".pagefind-ui__filter-block:has(.pagefind-ui__filter-name:text-is('{FILTER}')) .pagefind-ui__filter-label")
    label = labels.filter(has_text=value)
    assert label.count() == 1 and label.inner_text().rsplit(" (", 1)[0] == value, labels.all_inner_texts()
    return label


def test_hostile_office_name_is_text_in_filters_and_results_and_still_filters(page):
    _search(page, "পরীক্ষা")
    everything = _count(page)
    assert everything == 6  # the ministry's five pages and the agency's
    assert "/offices/agency/" in _results(page)

    # open the filters (the office block and the panel)
    page.click(f".pagefind-ui__filter-name:text-is('{FILTER}')")
    label = _label(page, OFFICE)
    assert label.is_visible()
    assert label.inner_text() == f"{OFFICE} (5)"  # shown as written, with its count
    _settle(page)
    assert page.evaluate(INJECTED) == CLEAN

    # the result line above the excerpt names the office as written
    meta = page.locator(".pagefind-ui__result:has(a[href='/offices/ministry/']) .result-meta").inner_text()
    assert OFFICE in meta and "&lt;" not in meta and "&amp;amp;" not in meta
    # and so does the excerpt (the office page's own heading), with the & as written
    excerpt = page.locator(".pagefind-ui__result:has(a[href='/offices/ministry/']) .pagefind-ui__result-excerpt").inner_text()
    assert OFFICE in excerpt

    # selecting the office narrows the results to its pages
    label.click()
    _wait_for_results(page, "(hrefs) => !hrefs.includes('/offices/agency/')")
    _settle(page)
    narrowed = _results(page)
    assert narrowed and all(u.startswith("/offices/ministry/") for u in narrowed)
    assert _count(page) == 5
    assert page.locator(".pagefind-ui__filter-checkbox:checked").count() == 1
    # the other office's filter still works on its own
    label.click()
    _wait_for_results(page, "(hrefs) => hrefs.includes('/offices/agency/')")
    _label(page, OTHER).click()
    _wait_for_results(page, "(hrefs) => hrefs.every((h) => h === '/offices/agency/')")
    assert _results(page) == ["/offices/agency/"]
    _settle(page)
    assert page.evaluate(INJECTED) == CLEAN


def test_hostile_record_title_is_text_in_title_and_excerpt(page):
    _search(page, "কপি")
    assert _results(page) == ["/offices/ministry/charter/2024-01-01/"]
    result = page.locator(".pagefind-ui__result")
    title = result.locator(".pagefind-ui__result-link").inner_text()
    assert title.startswith(TITLE)
    excerpt = result.locator(".pagefind-ui__result-excerpt").inner_text()
    assert TITLE in excerpt  # "&lt;b&gt;" stays as written, not "<b>"
    assert result.locator(".pagefind-ui__result-excerpt mark").all_inner_texts() == ["কপি"]
    page.click(f".pagefind-ui__filter-name:text-is('{FILTER}')")
    assert _label(page, OFFICE).inner_text() == f"{OFFICE} (1)"
    _settle(page)
    assert page.evaluate(INJECTED) == CLEAN


def test_a_search_that_finds_nothing_runs_nothing(page):
    # once any search has run, even one with no results, Pagefind UI renders
    # every filter value (collapsed) for a moment: the office name is written
    # out then, and the payload used to run
    page.goto(page.base + "/search/?q=zzzz")
    page.wait_for_selector(".pagefind-ui__filter-block", state="attached", timeout=15000)
    _settle(page)
    assert _results(page) == []
    assert page.evaluate(INJECTED) == CLEAN


def test_hostile_query_is_shown_as_text(page):
    page.goto(page.base + "/search/?q=" + QUERY_PAYLOAD.replace('"', "%22").replace(" ", "+"))
    page.wait_for_selector(".pagefind-ui__message", timeout=15000)
    _settle(page)
    assert QUERY_PAYLOAD in page.inner_text(".pagefind-ui__message")
    assert page.evaluate(INJECTED) == CLEAN


EXCERPTS = r"""async (queries) => {
  const ours = await import('/assets/search/pagefind.js');
  const pf = await import('/pagefind/pagefind.js');
  await ours.options({});
  const shown = (html) => {
    const div = document.createElement('div');
    div.innerHTML = html;
    // ours ends a heading's text after Bangla with the দাঁড়ি, not Pagefind's "."
    const stop = (t) => t.replace(/([\u0980-\u09FF])\.(?=\s|$)/gu, '$1।');
    return [stop(div.textContent), [...div.querySelectorAll('mark')].map((m) => stop(m.textContent))];
  };
  const out = {compared: 0, subs: 0, differ: []};
  for (const q of queries) {
    for (const r of (await pf.search(q)).results) {
      const data = await r.data();
      if (data.content.includes('&')) continue;  // Pagefind shows & decoded: ours differs there on purpose
      const safe = ours.safeExcerpts(data);
      const pairs = [[data.excerpt, safe.excerpt], ...data.sub_results.map((s, i) => [s.excerpt, safe.sub_results[i].excerpt])];
      out.subs += data.sub_results.length;
      for (const [theirs, mine] of pairs) {
        out.compared += 1;
        if (JSON.stringify(shown(theirs)) !== JSON.stringify(shown(mine))) out.differ.push([q, data.url, theirs, mine]);
      }
    }
  }
  return out;
}"""


def test_rebuilt_excerpts_match_pagefinds_on_the_demo(browser, served_demo):
    """Our excerpts copy Pagefind's choice of words and marks (and only
    escape more): on the demo's query set they show exactly what Pagefind's
    would — a guard for a Pagefind upgrade that changes its excerpt logic."""
    context = browser.new_context()
    p = context.new_page()
    p.goto(served_demo + "/search/")
    got = p.evaluate(EXCERPTS, [q.q for q in evaluate.load_queries()])
    context.close()
    assert got["differ"] == []
    assert got["compared"] > 100 and got["subs"] > 50
