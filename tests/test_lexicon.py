"""Issue 11 at build time: the index's lexicon (index.write_words), the fold
it is keyed by (searchtext.fold), and the search glossary (glossary.py and
content/glossary.yaml)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from protishruti import commands, glossary, index, searchtext


def _decode(site, bundle="pagefind"):
    """{word: (folded, its pages' fragment ids, {fragment id: weight})} from a bundle's lexicon,
    checking that each letter's file and each pair's agree."""
    pages = json.loads((site / bundle / "words/pages.json").read_text(encoding="utf-8"))
    out, counted = {}, {}
    for f in (site / bundle / "words").glob("*.json"):
        if f.name == "pages.json":
            continue
        doc = json.loads(f.read_text(encoding="utf-8"))
        if "-" not in f.stem:  # a letter's file: the spellings of each folded form
            for folded, entries in doc.items():
                assert f.stem == f"{ord(folded[0]):04x}"  # named by its first letter
                for word, n in entries:
                    counted[word] = (folded, n)
            continue
        for word, (steps, weights) in doc.items():
            folded = searchtext.fold(word)
            assert f.stem == f"{ord(folded[0]):04x}-" + (f"{ord(folded[1]):04x}" if len(folded) > 1 else "0000")
            assert len(weights) == len(steps) and set(weights) <= set("123456789")  # one digit per page
            n, ids, weight = 0, set(), {}
            for step, digit in zip(steps, weights):
                n += step
                ids.add(pages[n])
                weight[pages[n]] = int(digit)
            out[word] = (folded, ids, weight)
    assert counted == {w: (folded, len(ids)) for w, (folded, ids, _) in out.items()}
    return pages, out


def test_the_lexicon_lists_each_word_with_its_pages(demo_site):
    pages, words = _decode(demo_site)
    assert len(pages) == len(list((demo_site / "pagefind/fragment").glob("*.pf_fragment")))
    # the ministry's spelling and its folded key; the demo writes সরকারি on two pages and সরকার on three
    assert words["মন্ত্রণালয়"][0] == searchtext.fold("মন্ত্রনালয়")
    assert len(words["সরকারি"][1]) == 2 and len(words["সরকার"][1]) == 3 and not words["সরকারি"][1] & words["সরকার"][1]
    assert "কারা" not in words and "চার্ট" not in words
    # the numbers of a page are in both scripts as written, under one key
    assert words["২০২৪"][0] == "2024"


def test_fold_equates_the_variant_spellings_only():
    same = [("সরকারী", "সরকারি"), ("কর্মচারি", "কর্মচারী"), ("বিনামুল্যে", "বিনামূল্যে"), ("মন্ত্রনালয়", "মন্ত্রণালয়"),
            ("নিস্পত্তি", "নিষ্পত্তি"), ("ফর্ম", "ফরম"), ("স\u09dcক", "সরক"), ("নি\u09dfমিত", "নিযমিত"), ("২০২৪", "2024")]
    assert all(searchtext.fold(a) == searchtext.fold(b) for a, b in same)
    different = [("কুল", "কাল"), ("তাঁর", "তার"), ("দপ্তর", "দফতর"), ("জোগ", "যোগ")]
    assert all(searchtext.fold(a) != searchtext.fold(b) for a, b in different)


def test_glossary_groups_merge_and_normalise():
    groups = glossary.groups([["দপ্তর", "কার্যালয়"], ["Fee", "সেবামূল্য"], ["নতুন", "new", "NEW"]])
    office = next(g for g in groups if "দপ্তর" in g)
    assert office[:4] == ["দপ্তর", "দফতর", "অফিস", "office"] and "কার্যালয়" in office
    assert next(g for g in groups if "fee" in g)[-1] == "সেবামূল্য"  # joined to the program's group, lower case
    assert ["নতুন", "new"] in groups  # each term once
    # a group linking two earlier ones joins them
    joined = glossary.groups([["office", "fee"]])
    assert any("দফতর" in g and "মাশুল" in g for g in joined)
    assert all(len(g) > 1 for g in joined)


def test_the_site_glossary_reaches_the_browser_and_is_checked(content_copy, tmp_path):
    (content_copy / "glossary.yaml").write_text("groups:\n  - [দপ্তর, কাচারি]\n  - [একা]\n  - [সেবা, †mev]\n", encoding="utf-8")
    result = commands.build(content_copy, tmp_path / "site")
    assert not result.ok
    assert [str(p) for p in result.problems.sorted()] == [
        "glossary.yaml:3: 'groups' needs at least 2 item(s)",
        "glossary.yaml:4: 'groups': this text looks like Bijoy (SutonnyMJ) encoding: \"সেবা\" — if that is right, put it instead",
    ]
    (content_copy / "glossary.yaml").write_text("groups:\n  - [দপ্তর, কাচারি]\n", encoding="utf-8")
    result = commands.build(content_copy, tmp_path / "site")
    assert result.ok, [str(p) for p in result.problems.sorted()]
    doc = json.loads((tmp_path / "site/assets/search/glossary.json").read_text(encoding="utf-8"))
    assert "কাচারি" in next(g for g in doc["groups"] if "দপ্তর" in g)


def _two_shard_site(root: Path) -> list[index.Shard]:
    for slug, word in (("a", "সেবা"), ("b", "অভিযোগ")):
        page = root / "offices" / slug / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(f'<!doctype html><html lang="bn"><body data-pagefind-body><h1>{word}</h1><p>{word} {slug}</p></body></html>', encoding="utf-8")
    return [index.Shard(index.MAIN, ("offices/a/index.html",), ("a",)),
            index.Shard(f"{index.MAIN}/shards/b", ("offices/b/index.html",), ("b",))]


def test_a_shards_lexicon_is_made_while_pagefind_indexes_the_next(tmp_path):
    todo = _two_shard_site(tmp_path)
    seen = []

    def after(sh):
        running = indexer.proc is not None and indexer.proc.poll() is None
        seen.append((sh.bundle, running))
        return index.write_words(tmp_path, sh)

    indexer = index.Indexer(tmp_path, todo, after=after)
    indexer.finish()
    # the first shard's words were made with Pagefind busy on the second; the last's after it
    assert seen == [(index.MAIN, True), (f"{index.MAIN}/shards/b", False)]
    assert [files[0] for files in indexer.results] == [f"{sh.bundle}/{index.WORDS}/pages.json" for sh in todo]


def test_a_fault_in_the_lexicon_step_reaches_the_build(tmp_path):
    todo = _two_shard_site(tmp_path)

    def after(sh):
        raise ValueError("broken")

    indexer = index.Indexer(tmp_path, todo, after=after)
    with pytest.raises(ValueError, match="broken"):
        indexer.finish()
    assert not (tmp_path / index.INPUT).exists()


def test_the_dash_pattern_holds_every_dash_of_every_plane():
    import sys
    import unicodedata

    dashes = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Pd"} | {"/"}
    assert {ch for ch in dashes if searchtext._DASHES.fullmatch(ch)} == dashes
    assert not searchtext._DASHES.search("সেবা-প্রদান".replace("-", "x"))


def test_a_words_weight_counts_title_headings_and_page_length():
    counts, length = index._counts({
        "content": "সেবা ফি সেবা. অভিযোগ জানাতে", "meta": {"title": "ফি"},
        "anchors": [{"element": "h2", "text": "অভিযোগ জানাতে", "location": 3}, {"element": "div", "text": "সেবা", "location": 0}],
    })
    assert length == 5
    assert counts == {"সেবা": 2, "ফি": index.TITLE, "অভিযোগ": 2, "জানাতে": 2}  # a <div> anchor is not a heading
    w = lambda tf, n: int(index._weight(tf, n, 100))  # noqa: E731
    assert w(1, 100) < w(2, 100) < w(5, 100)  # said more often
    assert w(2, 20) > w(2, 100) > w(2, 1000)  # on a shorter page
    assert all(1 <= w(tf, n) <= 9 for tf in (0.01, 1, 50, 10_000) for n in (1, 100, 100_000))
