"""Search in real Chromium: the Bangla query set, the normaliser agreeing
with the index side, filters, sorting, the search page with and without JS."""

import json
import unicodedata
from urllib.parse import urlparse

import pytest

from protishruti import searchtext
from tests.search import evaluate

SAMPLES = [
    "সেবা প্রদান",
    "নি\u09dfমিত",  # precomposed য়
    "নিয\u09bcমিত",  # decomposed
    "স\u09dcক",
    "আ\u09ddাই",
    "উত\u09cd\u200dপাদন",
    "র\u200d\u09cd\u09af\u09be\u09ac",
    "কর\u200c\u09cdম",
    "দপ্তর/সংস্থা",
    "নাম-অনুল্লিখিত",
    "  ২০২৪   সাল ",
    "A-Z text – dash",
]


@pytest.fixture
def page(browser, served_demo):
    context = browser.new_context()
    p = context.new_page()
    p.goto(served_demo + "/search/")
    yield p
    context.close()


def test_js_normaliser_agrees_with_the_index_side(page):
    got = page.evaluate(
        "async (xs) => { const m = await import('/assets/search/normalise.js'); return xs.map((x) => m.normalise(x)); }",
        SAMPLES,
    )
    assert got == [searchtext.normalise(s) for s in SAMPLES]
    assert all(unicodedata.is_normalized("NFC", g) and "\u200d" not in g for g in got)


FOLD_SAMPLES = ["সরকারী", "সরকারি", "মন্ত্রনালয়", "মন্ত্রণালয়", "ফর্ম", "ফরম", "নিস্পত্তি", "নিষ্পত্তি", "স\u09dcক",
                "আ\u09ddাই", "নি\u09dfমিত", "উত\u09cd\u200dপাদন", "২০২৪", "Complaint", "ঈদ", "ঊর্ধ্বতন", "বাঙালি", "তাঁর"]
WORD_SAMPLES = ["সেবা প্রদান প্রতিশ্রুতি (নমুনা)। ২০২৩-২৪ অর্থ-বছরের; e-mail info@x.gov.bd ৳১০০", "কর\u200c\u09cdম–দিবস/সময়: ১০ দিন.",
                "প্রতিবেদন\u0964পত্র ৷ ঠিক আছে"]


def test_js_fold_and_words_agree_with_the_index_side(page):
    got = page.evaluate(
        "async ([xs, ys]) => { const m = await import('/assets/search/normalise.js'); return [xs.map((x) => m.fold(x)), ys.map((y) => m.words(y))]; }",
        [FOLD_SAMPLES, WORD_SAMPLES],
    )
    assert got[0] == [searchtext.fold(s) for s in FOLD_SAMPLES]
    assert got[1] == [searchtext.words(s) for s in WORD_SAMPLES]
    # the pairs the fold is for are equal, and কুল/কাল are not
    assert searchtext.fold("সরকারী") == searchtext.fold("সরকারি") and searchtext.fold("ফর্ম") == searchtext.fold("ফরম")
    assert searchtext.fold("কুল") != searchtext.fold("কাল") and searchtext.fold("তাঁর") != searchtext.fold("তার")


def test_bijoy_in_the_browser_agrees_with_the_python_table(page):
    from protishruti import bijoy

    samples = ["†mev", "cÖwZ‡e`b", "Awf‡hvM", "Kg©KZ©v", "‡KŠkj", "evsjv‡`k", "i¨vea", "cÖwZkÖæwZ", "†mev cÖ`vb"]
    got = page.evaluate(
        """async (xs) => { const m = await import('/assets/search/bijoy.js');
            return Promise.all(xs.map(async (x) => [await m.looksBijoy(x), await m.toUnicode(x)])); }""",
        samples + ["সেবা", "fee"],
    )
    assert [g[1] for g in got[:len(samples)]] == [bijoy.to_unicode(s) for s in samples]
    assert [g[0] for g in got] == [True] * len(samples) + [False, False]  # Unicode Bangla and English are not Bijoy


def test_romanised_readings(page):
    got = page.evaluate(
        """async (xs) => { const r = await import('/assets/search/roman.js'); const n = await import('/assets/search/normalise.js');
            return xs.map((x) => r.romanCandidates(x).map(n.fold)); }""",
        ["seba", "obhijog", "protibedon", "thikana", "Seba", "a1"],
    )
    assert got[0] == [searchtext.fold("সেবা")]
    assert searchtext.fold("অভিযোগ") in got[1] and searchtext.fold("প্রতিবেদন") in got[2] and searchtext.fold("ঠিকানা") in got[3]
    assert got[4] == [] and got[5] == []  # capitals and digits: not romanised Bangla


def test_the_plan_uses_what_the_index_has(page):
    plans = page.evaluate(
        """async (xs) => { const pf = await import('/assets/search/pagefind.js');
            return Promise.all(xs.map(async (x) => (await pf.plan(x)).map((r) => [r.query, r.kind]))); }""",
        ["সেবার", "কমিটিসমূহ", "চার্টের", "কারা", "সরকারী", "দফতর", "seba", "†mev", "অভিজোগ", "2024", "সড়ক"],
    )
    got = dict(zip(["সেবার", "কমিটিসমূহ", "চার্টের", "কারা", "সরকারী", "দফতর", "seba", "bijoy", "অভিজোগ", "2024", "সড়ক"], plans))
    assert ["সেবা", "stem"] in got["সেবার"]
    assert got["কমিটিসমূহ"] == [["কমিটি", "stem"]]  # the plural no page has: its stem, a word of the index
    assert got["চার্টের"] == [["চার্টের", "typed"]]  # no stem চার্ট (not a word here): চার্টার is never asked for
    assert got["কারা"] == []  # no word starts with কারা, and it is too short to be a typo: nothing, not কার
    assert got["সরকারী"] == [["সরকারি", "spelling"]]
    assert ["দপ্তর", "synonym"] in got["দফতর"]
    assert got["seba"] == [["সেবা", "romanised"]]
    assert got["bijoy"] == [["সেবা", "typed"]]
    assert got["অভিজোগ"] == [["অভিযোগ", "near"]]
    assert got["2024"][0] == ["2024", "typed"] and ["২০২৪", "spelling"] in got["2024"]
    assert all(kind != "spelling" or q != "সরকার" for q, kind in got["সড়ক"])  # road is not government


def test_query_set_passes_for_our_search(served_demo, chromium, browser):
    queries = evaluate.load_queries()
    assert len(queries) >= 40
    results = evaluate.run(served_demo, queries, chromium, browser=browser)
    failures = []
    for q, urls in zip(queries, results["ours"]):
        s = evaluate.score(q, urls)
        if not s.passed:
            failures.append(f"{q.q!r} ({q.why}): {'; '.join(s.why)}")
    assert failures == []
    # and the set is a real test: stock Pagefind fails some of it
    stock_failed = [q.q for q, urls in zip(queries, results["stock"]) if not evaluate.score(q, urls).passed]
    assert len(stock_failed) >= 10


def test_realistic_query_set_passes_for_our_search(served_demo, chromium, browser):
    """Issue 11's targets on the realistic set (misspellings, variants, the
    glossary, English, romanised, Bijoy): every query passes, precision@5
    and recall at least 0.90, above stock Pagefind's."""
    queries = evaluate.load_queries(evaluate.REALISTIC)
    assert len(queries) >= 50
    results = evaluate.run(served_demo, queries, chromium, browser=browser)
    ours = [evaluate.score(q, urls) for q, urls in zip(queries, results["ours"])]
    stock = [evaluate.score(q, urls) for q, urls in zip(queries, results["stock"])]
    assert [f"{q.q!r} ({q.why}): {'; '.join(s.why)}" for q, s in zip(queries, ours) if not s.passed] == []
    mean = lambda xs: evaluate._mean(list(xs))  # noqa: E731
    p5, recall = mean(s.precision5 for s in ours), mean(s.recall for s in ours)
    assert p5 >= 0.90 and recall >= 0.90
    assert p5 > mean(s.precision5 for s in stock) and recall > mean(s.recall for s in stock)


def test_query_set_passes_on_a_sharded_index(sharded_demo, served_sharded, chromium, browser):
    """A national site's index is in shards merged in the browser: the same
    queries find the same pages, ranked well enough for the same scores."""
    import json as _json

    bundles = _json.loads((sharded_demo / "assets/search/shards.json").read_text(encoding="utf-8"))["bundles"]
    assert len(bundles) == 2  # main (free pages and mopa), sample-ministry (with its directorate), unnamed-office
    for b in bundles:
        assert (sharded_demo / b.strip("/") / "pagefind-entry.json").is_file()
    queries = evaluate.load_queries() + evaluate.load_queries(evaluate.REALISTIC)
    results = evaluate.run(served_sharded, queries, chromium, browser=browser)
    failures = [f"{q.q!r}: {'; '.join(evaluate.score(q, urls).why)}" for q, urls in zip(queries, results["ours"])
                if not evaluate.score(q, urls).passed]
    assert failures == []


def _search(page, term, opts=None):
    return page.evaluate(
        """async ([term, opts]) => {
            const pf = await import('/assets/search/pagefind.js');
            await pf.options({});
            const r = await pf.search(term, opts);
            const data = await Promise.all(r.results.map((x) => x.data()));
            return {urls: data.map((d) => d.url), meta: data.map((d) => d.meta), filters: r.filters, total: r.unfilteredResultCount};
        }""",
        [term, opts or {}],
    )


def test_only_main_content_is_indexed(page):
    assert _search(page, "বর্ষপঞ্জি")["urls"] == []  # only in the footer
    assert _search(page, "\"অন্য ঠিকানায় সরানো\"")["urls"] == []  # only in the citation box
    assert _search(page, "মৌরীন")["urls"] == ["/offices/mopa/meetings/2022-23/2/"]


def test_results_carry_office_type_period_and_date(page):
    r = _search(page, "মশিউর")
    q3 = r["meta"][r["urls"].index("/offices/unnamed-office/reports/2023-24/q3/")]
    assert q3["type"] == "ত্রৈমাসিক প্রতিবেদন"
    assert q3["office"] == "নাম-অনুল্লিখিত দপ্তর"
    assert q3["period"] == "২০২৩-২৪ অর্থবছর, ৩য় ত্রৈমাসিক"
    assert q3["date"] == "৩১ মার্চ ২০২৪ (১৭ চৈত্র ১৪৩০ বঙ্গাব্দ)"


def test_filters_by_office_type_year_and_quarter(page):
    everything = _search(page, "সেবা")
    assert set(everything["filters"]) >= {"দপ্তর", "ধরন", "অর্থবছর", "ত্রৈমাসিক"}
    mopa = _search(page, "সেবা", {"filters": {"দপ্তর": ["জনপ্রশাসন মন্ত্রণালয়"]}})
    assert mopa["urls"] and all(u.startswith("/offices/mopa/") for u in mopa["urls"])
    assert mopa["total"] == everything["total"]
    reports = _search(page, "সেবা", {"filters": {"ধরন": ["ত্রৈমাসিক প্রতিবেদন"], "ত্রৈমাসিক": ["২য় ত্রৈমাসিক"]}})
    assert reports["urls"] == ["/offices/sample-ministry/reports/2024-25/q2/"]
    fy = _search(page, "সেবা", {"filters": {"অর্থবছর": ["২০২৩-২৪ অর্থবছর"]}})
    assert sorted(fy["urls"]) == ["/offices/unnamed-office/action-plans/2023-24/", "/offices/unnamed-office/reports/2023-24/q3/"]


def test_sort_by_date(page):
    r = _search(page, "প্রতিবেদন", {"sort": {"date": "desc"}})
    dates = [m.get("date_iso", "") for m in r["meta"]]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and len(dated) >= 5
    asc = _search(page, "প্রতিবেদন", {"sort": {"date": "asc"}})
    assert [m.get("date_iso", "") for m in asc["meta"] if m.get("date_iso")] == sorted(dated)


def test_search_page_runs_pagefind_ui_from_the_query_string(browser, served_demo):
    context = browser.new_context()
    p = context.new_page()
    p.goto(served_demo + "/search/?q=" + "দ্বৈবচয়ন")
    p.wait_for_selector(".pagefind-ui__result-link", timeout=15000)
    links = p.eval_on_selector_all(".pagefind-ui__result-link", "els => els.map(e => e.getAttribute('href'))")
    assert links == ["/offices/mopa/meetings/2022-23/2/"]
    meta = p.inner_text(".pagefind-ui__result .result-meta")
    assert "পরিবীক্ষণ কমিটির সভা" in meta and "জনপ্রশাসন মন্ত্রণালয়" in meta and "০২ জানুয়ারি ২০২৩" in meta
    # Pagefind's own Bangla strings
    assert "ফলাফল" in p.inner_text("#search")
    assert p.is_hidden("#search-form")
    context.close()


def test_search_page_on_a_phone_did_you_mean_and_bangla_copy(browser, served_demo):
    """On a 360×640 screen the first result is on the first screen (the
    filters come after the results); the count is in standard Bangla with
    Bangla digits; a word no page has gets a visible "এটি খুঁজছেন কি"."""
    context = browser.new_context(viewport={"width": 360, "height": 640})
    p = context.new_page()
    p.goto(served_demo + "/search/?q=" + "অভিজোগ")
    p.wait_for_selector(".pagefind-ui__result-link", timeout=15000)
    p.wait_for_function("() => /[০-৯]/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? '')")
    message = p.inner_text(".pagefind-ui__message")
    assert message == "“অভিজোগ”-এর জন্য ৮টি ফলাফল", message
    suggestion = p.locator("#search-suggestion")
    assert suggestion.is_visible() and suggestion.inner_text() == "এটি খুঁজছেন কি: অভিযোগ?"
    assert suggestion.locator("a").get_attribute("href") == "/search/?q=" + "%E0%A6%85%E0%A6%AD%E0%A6%BF%E0%A6%AF%E0%A7%8B%E0%A6%97"
    box = p.locator(".pagefind-ui__result-link").first.bounding_box()
    assert box["y"] + box["height"] <= 640, box  # the first result's title, whole, on the first screen
    filters = p.locator(".pagefind-ui__filter-panel")
    if filters.count():
        assert filters.bounding_box()["y"] > box["y"]
    # a word the pages have: no suggestion; the load-more button in standard spelling
    p.goto(served_demo + "/search/?q=" + "সেবা")
    p.wait_for_selector(".pagefind-ui__result-link", timeout=15000)
    assert p.locator("#search-suggestion").is_hidden()
    assert p.inner_text(".pagefind-ui__button") == "আরও ফলাফল দেখুন"
    context.close()


def test_first_results_do_not_wait_for_the_facets(browser, served_sharded):
    """The facets of every shard are held back by the server: the first
    results still show; a search with a filter waits for them, and once they
    arrive the filters count."""
    context = browser.new_context()
    p = context.new_page()
    held = []
    p.route("**/facets.json", lambda route: held.append(route))
    p.goto(served_sharded + "/search/")
    first = p.evaluate(  # a search that waited for the facets would never answer here
        """async () => { const pf = await import('/assets/search/pagefind.js'); await pf.options({});
            const r = pf.search('প্রতিবেদন').then(async (r) => ({urls: (await Promise.all(r.results.map((x) => x.data()))).map((d) => d.url), filters: r.filters}));
            return Promise.race([r, new Promise((ok) => setTimeout(() => ok('waited for the facets'), 10000))]); }""")
    assert first != "waited for the facets" and first["urls"] and first["filters"] == {}
    assert len(held) == 3  # one per shard, asked for, not answered
    p.evaluate(  # started, not awaited: it waits for the facets
        "() => { window.pending = import('/assets/search/pagefind.js')"
        ".then((pf) => pf.search('প্রতিবেদন', {filters: {'ধরন': ['ত্রৈমাসিক প্রতিবেদন']}})).then((r) => r.results.length); }")
    assert p.evaluate("() => Promise.race([window.pending, new Promise((ok) => setTimeout(() => ok('waiting'), 500))])") == "waiting"
    for route in held:
        route.continue_()
    assert p.evaluate("() => window.pending") >= 1
    after = _search(p, "প্রতিবেদন")
    assert after["urls"] == first["urls"] and after["filters"]["ধরন"]["ত্রৈমাসিক প্রতিবেদন"] >= 1
    context.close()


def test_header_form_reaches_the_search_page(browser, served_demo):
    context = browser.new_context()
    p = context.new_page()
    p.goto(served_demo + "/offices/mopa/")
    p.fill("#site-q", "মৌরীন")
    p.click(".site-search button")
    p.wait_for_selector(".pagefind-ui__result-link", timeout=15000)
    assert p.url.endswith("/search/?q=%E0%A6%AE%E0%A7%8C%E0%A6%B0%E0%A7%80%E0%A6%A8")
    context.close()


def test_without_javascript_the_search_page_says_so(browser, served_demo):
    context = browser.new_context(java_script_enabled=False)
    p = context.new_page()
    p.goto(served_demo + "/search/?q=সেবা")
    text = p.inner_text("main")
    assert "জাভাস্ক্রিপ্ট" in text
    assert p.get_attribute("noscript a, main a[href='/']", "href") == "/" or "দপ্তরসমূহের তালিকা" in text
    assert p.is_visible("#search-form")
    context.close()


def test_indexed_text_is_the_main_content_only(demo_site):
    import gzip

    for frag in (demo_site / "pagefind/fragment").glob("*.pf_fragment"):
        raw = gzip.decompress(frag.read_bytes())
        doc = json.loads(raw[raw.index(b"{"):])
        text = doc["content"]
        for outside in ("দপ্তরসমূহ", "উদ্ধৃতির জন্য স্থায়ী ঠিকানা", "প্রকাশ ও হালনাগাদ", "নমুনা তথ্য:", "বর্ষপঞ্জি"):
            assert outside not in text, (doc["url"], outside)
        # no two words glued together by markup (<dt>/<dd>/<th>)
        assert "ঠিকানানিষ্পত্তির" not in text and "ধরনমন্ত্রণালয়" not in text


def test_facets_file_matches_the_index(demo_site):
    from protishruti import index

    facets = index.read_facets(demo_site / "pagefind/facets.json")
    frags = {p.name.removesuffix(".pf_fragment"): p for p in (demo_site / "pagefind/fragment").glob("*.pf_fragment")}
    assert sorted(facets) == sorted(frags)
    urls = {index._fragment_url(path): facets[fid] for fid, path in frags.items()}
    assert "/offices/mopa/meetings/2022-23/2/" in urls and "/" not in urls and "/search/" not in urls
    meeting = urls["/offices/mopa/meetings/2022-23/2/"]
    assert meeting["facets"]["ধরন"] == ["পরিবীক্ষণ কমিটির সভা"] and meeting["date"] == "2023-01-02"
    # compact: each value once
    doc = json.loads((demo_site / "pagefind/facets.json").read_text(encoding="utf-8"))
    assert len({tuple(v) for v in doc["values"]}) == len(doc["values"])


def test_a_word_search_downloads_no_pagefind_index_and_a_phrase_does(browser, served_sharded):
    """Issue 10's first search: a word is looked up, ranked and shown from the
    lexicon and the pages' fragments alone; Pagefind's index and wasm (2 MB of
    a first search at 10,000 pages) are fetched only for a quoted phrase."""
    context = browser.new_context()
    p = context.new_page()
    asked = []
    p.on("request", lambda r: asked.append(r.url))
    p.goto(served_sharded + "/search/?q=সেবা")
    p.wait_for_selector(".pagefind-ui__result-link", timeout=15000)
    p.wait_for_load_state("networkidle")
    index_files = lambda: [u for u in asked if u.endswith((".pf_index", ".pf_meta", ".pagefind", "pagefind-entry.json", "/pagefind/pagefind.js"))]  # noqa: E731
    assert index_files() == []
    assert any(u.endswith(".pf_fragment") for u in asked) and any("/words/" in u for u in asked)
    # a bundle's list of pages is fetched only to show one of its pages: at 30,000 pages
    # (50 bundles) the lists were a fifth of a first search
    bundle = lambda u, part: urlparse(u).path.split(part)[0]  # noqa: E731
    searched = {bundle(u, "words/") for u in asked if "/words/" in u}
    listed = {bundle(u, "words/") for u in asked if u.endswith("/words/pages.json")}
    shown = {bundle(u, "fragment/") for u in asked if u.endswith(".pf_fragment")}
    assert listed == shown and len(searched) > len(listed) > 0, (searched, listed)
    phrase = _search(p, '"প্রমাণক সংযুক্ত"')
    assert phrase["urls"] == ["/offices/mopa/meetings/2022-23/2/"]
    assert any(u.endswith(".pf_index") for u in index_files())
    context.close()


def test_results_are_ranked_by_the_lexicon_weights(page, demo_site):
    """One word, one tier: the results come in the order of the word's weight
    on each page (index._weight: how often, in the title or a heading, on a
    short page or a long one), the pages holding it and no others."""
    from tests.test_lexicon import _decode
    from protishruti import index

    _, words = _decode(demo_site)
    url = {f.name.removesuffix(".pf_fragment"): index._fragment_url(f) for f in (demo_site / "pagefind/fragment").glob("*.pf_fragment")}
    for word in ["অভিযোগ", "প্রতিবেদন", "কমিটি"]:
        weight = {url[fid]: w for fid, w in words[word][2].items()}
        got = _search(page, word)["urls"]
        exact = [u for u in got if u in weight]
        assert set(exact) == set(weight), word
        assert [weight[u] for u in exact] == sorted((weight[u] for u in exact), reverse=True), word
        assert len(set(weight.values())) > 1, word  # the weights differ, so the order says something


def test_excerpts_mark_the_words_found_not_longer_ones(page):
    """The marks are the words that matched: on a page found by সেবা itself,
    সেবার and সেবাসমূহ are not marked (Pagefind's own excerpts mark every
    word that starts with the query); a page found only by a longer word has
    that word marked."""
    marks = page.evaluate(
        """async (term) => {
            const pf = await import('/assets/search/pagefind.js');
            await pf.options({});
            const r = await pf.search(term);
            const out = [];
            for (const x of r.results) {
              const d = await x.data();
              const div = document.createElement('div');
              div.innerHTML = d.excerpt;
              out.push([d.url, [...div.querySelectorAll('mark')].map((m) => m.textContent)]);
            }
            return out;
        }""", "সেবা")
    words = lambda texts: {w for t in texts for w in searchtext.words(t)}  # noqa: E731
    assert marks and all(m for _, m in marks)  # every excerpt shows the word
    assert words(m for _, ms in marks for m in ms) == {"সেবা"}
    later = page.evaluate("""async () => { const pf = await import('/assets/search/pagefind.js');
        const r = await pf.search('হালনাগাদ'); const d = await Promise.all(r.results.map((x) => x.data()));
        return d.map((x) => { const div = document.createElement('div'); div.innerHTML = x.excerpt;
          return [...div.querySelectorAll('mark')].map((m) => m.textContent); }); }""")
    assert any(any(w.startswith("হালনাগাদ") and w != "হালনাগাদ" for w in words(ms)) for ms in later)
