"""Issue 4: URL lock, withdrawn records, redirects, reproducible builds,
manifest and verify, feeds and sitemap, JSON and CSV twins, charter changes."""

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlparse

import pytest

from protishruti import commands
from protishruti.cli import main

Q3_URL = "/offices/unnamed-office/reports/2023-24/q3/"
Q3 = "offices/unnamed-office/reports/2023-24/q3/"
ATOM = "{http://www.w3.org/2005/Atom}"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _lock_line(content: Path, url: str) -> int:
    lines = (content / "urls.lock").read_text(encoding="utf-8").splitlines()
    return lines.index(url) + 1


@pytest.fixture
def built(content_copy: Path, tmp_path: Path):
    out = tmp_path / "site"
    result = commands.build(content_copy, out)
    assert result.ok, [str(p) for p in result.problems.sorted()]
    return content_copy, out


def test_lock_lists_every_page_and_evidence_file(built):
    content, out = built
    locked = {line for line in (content / "urls.lock").read_text(encoding="utf-8").splitlines() if line.startswith("/")}
    pages = {"/" + p.relative_to(out).as_posix().removesuffix("index.html") for p in out.rglob("index.html")}
    assert pages <= locked
    assert "/offices/sample-ministry/evidence/committee-order-2024-25.pdf" in locked
    assert Q3_URL in locked


def test_deleted_report_fails_naming_its_url_then_builds_when_withdrawn(built, tmp_path):
    content, out = built
    before = _snapshot(out)
    report = content / "offices/unnamed-office/reports/2023-24-q3.yaml"
    text = report.read_text(encoding="utf-8")
    report.unlink()
    result = commands.build(content, out)
    assert [str(p) for p in result.problems.sorted()] == [
        f"urls.lock:{_lock_line(content, Q3_URL)}: {Q3_URL} was published before and this build would lose it: "
        "restore its record (mark it 'withdrawn:' with a date and reason if it no longer stands), or add a redirect for it to redirects.yaml"
    ]
    assert _snapshot(out) == before

    report.write_text(text + "withdrawn:\n  date: 2026-12-01\n  reason: পরীক্ষার জন্য প্রত্যাহার।\n", encoding="utf-8")
    assert commands.build(content, out).ok
    html = (out / Q3 / "index.html").read_text(encoding="utf-8")
    assert "প্রত্যাহৃত:" in html and "পরীক্ষার জন্য প্রত্যাহার।" in html and "০১ ডিসেম্বর ২০২৬" in html
    assert "২০.২৫" in html  # the withdrawn report still shows what it said
    home = (out / "index.html").read_text(encoding="utf-8")
    assert Q3_URL not in home  # no longer among the latest reports
    twin = json.loads((out / Q3 / "index.json").read_text(encoding="utf-8"))
    assert twin["history"]["withdrawn"]["date"]["iso"] == "2026-12-01"


def test_deleted_report_builds_once_redirected(built):
    content, out = built
    (content / "offices/unnamed-office/reports/2023-24-q3.yaml").unlink()
    redirects = content / "redirects.yaml"
    redirects.write_text(
        redirects.read_text(encoding="utf-8")
        + f"  - from: {Q3_URL}\n    to: /offices/unnamed-office/action-plans/2023-24/\n    reason: পরীক্ষা\n",
        encoding="utf-8",
    )
    assert commands.build(content, out).ok
    html = (out / Q3 / "index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=/offices/unnamed-office/action-plans/2023-24/">' in html
    assert '<link rel="canonical" href="/offices/unnamed-office/action-plans/2023-24/">' in html
    assert '<a href="/offices/unnamed-office/action-plans/2023-24/">' in html
    assert f"{Q3_URL} /offices/unnamed-office/action-plans/2023-24/ 301" in (out / "_redirects").read_text()
    assert f"    \"{Q3_URL}\" \"/offices/unnamed-office/action-plans/2023-24/\";" in (out / "nginx-redirects.conf").read_text()


def test_redirect_mistakes_are_reported(content_copy):
    (content_copy / "redirects.yaml").write_text(
        "redirects:\n"
        "  - from: /pages/about/\n    to: /pages/how-to-complain/\n"
        "  - from: /old/\n    to: /pages/abuot/\n"
        "  - from: /old/\n    to: /pages/about/\n"
        "  - from: /older/\n    to: /pages/grs/\n",
        encoding="utf-8",
    )
    result = commands.check(content_copy)
    assert [str(p) for p in result.problems.sorted()] == [
        "redirects.yaml:2: /pages/about/ is still a page of this site: remove this redirect, or the record that makes the page",
        "redirects.yaml:5: redirect target /pages/abuot/ is not a page of this site — did you mean /pages/about/?",
        "redirects.yaml:6: /old/ is redirected twice (first on line 4): keep one",
        "redirects.yaml:9: redirect target /pages/grs/ is not a page of this site",
        "urls.lock:" + str(_lock_line(content_copy, "/pages/grs/")) + ": /pages/grs/ was published before and this build would lose it: "
        "restore its record (mark it 'withdrawn:' with a date and reason if it no longer stands), or add a redirect for it to redirects.yaml",
    ]


def test_two_builds_are_byte_identical(content_copy, tmp_path, monkeypatch):
    a, b = tmp_path / "a", tmp_path / "b"
    assert commands.build(content_copy, a).ok
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1900000000")
    monkeypatch.setenv("TZ", "America/New_York")
    assert commands.build(content_copy, b).ok
    sa, sb = _snapshot(a), _snapshot(b)
    assert sa.keys() == sb.keys()
    assert [k for k in sa if sa[k] != sb[k]] == []


def test_verify_passes_then_names_changed_missing_and_extra_files(built, capsys):
    _, out = built
    assert main(["verify", str(out)]) == 0
    assert "match manifest.json" in capsys.readouterr().out
    page = out / Q3 / "index.html"
    data = bytearray(page.read_bytes())
    data[100] ^= 1  # one byte
    page.write_bytes(bytes(data))
    (out / "offices/mopa/feed.xml").unlink()
    (out / "extra.html").write_text("x")
    assert main(["verify", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"changed: {Q3}index.html" in err
    assert "missing: offices/mopa/feed.xml" in err
    assert "extra: extra.html" in err
    assert "1 missing, 1 changed, 1 extra" in err


def test_verify_without_manifest_and_usage(tmp_path, capsys):
    assert main(["verify", str(tmp_path)]) == 1
    assert "manifest.json is missing" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["verify", str(tmp_path / "nope")])
    assert exc.value.code == 2


def test_sha256sums_matches_manifest(built):
    import hashlib

    _, out = built
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    sums = dict(reversed(line.split("  ", 1)) for line in (out / "SHA256SUMS").read_text().splitlines())
    assert sums == {k: v["sha256"] for k, v in manifest.items()}
    for rel, entry in manifest.items():
        assert hashlib.sha256((out / rel).read_bytes()).hexdigest() == entry["sha256"]


def _first_published(out: Path, entry) -> str:
    """An entry's date of first publication: its <published>, or, for a
    record whose site publication is not recorded (no <published>), the
    document's own date its JSON twin gives, which the feed orders it by."""
    given = entry.find(f"{ATOM}published")
    if given is not None:
        return given.text[:10]
    twin = next(link.get("href") for link in entry.findall(f"{ATOM}link") if link.get("type") == "application/json")
    history = json.loads((out / urlparse(twin).path.lstrip("/")).read_text(encoding="utf-8"))["history"]
    assert history["published"] is None
    return history["document_date"]["iso"]


def test_the_site_feed_holds_the_newest_entries_and_office_feeds_all(content_copy, tmp_path, monkeypatch):
    from protishruti import feeds

    monkeypatch.setattr(feeds, "SITE_FEED_LATEST", 3)
    out = tmp_path / "site"
    assert commands.build(content_copy, out).ok
    site = [_first_published(out, e) for e in ET.parse(out / "feed.xml").getroot().findall(f"{ATOM}entry")]
    office = ET.parse(out / "offices/sample-ministry/feed.xml").getroot().findall(f"{ATOM}entry")
    assert len(site) == 3 and len(office) > 3
    newest = sorted((_first_published(out, e) for e in office), reverse=True)
    assert site == sorted(site, reverse=True) and site[0] >= newest[0]


def test_feeds_and_sitemap_parse_and_are_ordered(built):
    _, out = built
    feed = ET.parse(out / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) >= 8
    published = [_first_published(out, e) for e in entries]
    assert published == sorted(published, reverse=True)
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert "https://protishruti.example/offices/mopa/meetings/2022-23/2/" in ids
    # <published> is the site's first publication, as on the page: given for the seed meeting,
    # left out for a charter whose site publication is not recorded
    by_id = {e.find(f"{ATOM}id").text: e for e in entries}
    assert by_id["https://protishruti.example/offices/mopa/meetings/2022-23/2/"].find(f"{ATOM}published").text.startswith("2026-11-23")
    assert by_id["https://protishruti.example/offices/sample-ministry/charter/2025-01-15/"].find(f"{ATOM}published") is None
    assert feed.find(f"{ATOM}updated").text == max(e.find(f"{ATOM}updated").text for e in entries)
    office = ET.parse(out / "offices/mopa/feed.xml").getroot()
    assert [e.find(f"{ATOM}id").text for e in office.findall(f"{ATOM}entry")] == [
        "https://protishruti.example/offices/mopa/meetings/2022-23/2/"
    ]
    sm = ET.parse(out / "sitemap.xml").getroot()
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    locs = {u.find(f"{ns}loc").text: u.find(f"{ns}lastmod") for u in sm.findall(f"{ns}url")}
    assert locs["https://protishruti.example/offices/mopa/meetings/2022-23/2/"].text == "2026-11-23"  # the site published it then
    assert locs["https://protishruti.example/offices/sample-ministry/charter/2025-01-15/"].text == "2025-03-01"
    assert "https://protishruti.example/pages/grs/" not in locs  # redirects are not pages


def test_q3_json_carries_scores_and_dual_dates(built):
    _, out = built
    doc = json.loads((out / Q3 / "index.json").read_text(encoding="utf-8"))
    scores = doc["computed"]["scores"]
    assert scores["scoring_method"] == "proportional"
    assert [i["score"]["value"] for i in scores["indicators"]] == [7.5, 3.75, 3, 6]
    total = scores["total"]["score"]
    assert total["value"] == 20.25 and total["display"] == "২০.২৫" and total["provenance"] == "computed"
    assert total["formula"] == "১১.২৫ + ৯ = ২০.২৫" and scores["total"]["weight"]["value"] == 25
    first = scores["indicators"][0]
    assert {k: t["value"] for k, t in first["targets"].items()} == {"অসাধারণ": 4, "অতিউত্তম": 3, "উত্তম": 2, "চলতি মান": 1, "চলতি মানের নিম্নে": None}
    assert first["to_date"]["value"] == 3 and first["score"]["ratio"] == 0.75 and first["score"]["method"] == "proportional"
    # every figure says where it came from: the document, the editor (with the reason) or this program (with the formula)
    assert first["targets"]["অসাধারণ"]["provenance"] == "document" and first["weight"]["provenance"] == "document"
    q3 = first["quarters"]["3"]
    assert q3["value"] == 3 and q3["provenance"] == "editor" and q3["reason"].startswith("মূল প্রতিবেদনে অর্জনের কোনো কলাম নেই")
    assert first["calculation"] == {**first["calculation"], "value": "ক্রমপুঞ্জিভূত", "provenance": "editor"}
    assert first["score"]["provenance"] == "computed" and first["score"]["formula"] == "১০ × ৩ ÷ ৪ = ৭.৫, আনুপাতিক পদ্ধতি"
    assert first["to_date"]["provenance"] == "computed" and not first["score"]["sample"]

    def figures(node):
        if isinstance(node, dict):
            if "provenance" in node:
                yield node
            for v in node.values():
                yield from figures(v)
        elif isinstance(node, list):
            for v in node:
                yield from figures(v)

    found = list(figures(scores))
    assert len(found) == 4 * (1 + 5 + 3 + 1 + 1 + 1) + 2 * 2 + 2
    assert {f["provenance"] for f in found} == {"document", "editor", "computed"}
    assert doc["computed"]["period"]["start"] == {"iso": "2024-01-01", "gregorian": "০১ জানুয়ারি ২০২৪", "bangabda": "১৭ পৌষ ১৪৩০"}
    assert doc["record"]["signatory"]["name"] == "মোহাম্মদ মশিউর রহমান"


def test_q3_csv_round_trips_with_bangla_intact(built):
    _, out = built
    raw = (out / Q3 / "index.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    header, body = rows[0], rows[1:5]
    assert header[0] == "ক্ষেত্র" and "অর্জিত মান" in header
    col = {name: i for i, name in enumerate(header)}
    assert [r[col["সূচক"]] for r in body] == ["[1.1.1]", "[1.2.1]", "[2.1.1]", "[2.2.1]"]
    assert [r[col["অর্জিত মান"]] for r in body] == ["7.5", "3.75", "3", "6"]
    assert body[0][col["সূচকের নাম"]] == "সেবা প্রদান প্রতিশ্রুতি হালনাগাদকৃত"
    assert body[3][col["মন্তব্য"]].endswith("২৯ ফেব্রুয়ারি ২০২৪ তারিখে আয়োজন করা হয়।")
    assert rows[-1][0] == "সর্বমোট" and "20.25" in rows[-1]


def test_data_json_is_a_dcat_us_catalogue(built):
    _, out = built
    cat = json.loads((out / "data.json").read_text(encoding="utf-8"))
    assert cat["conformsTo"] == "https://project-open-data.cio.gov/v1.1/schema"
    by_id = {d["identifier"]: d for d in cat["dataset"]}
    q3 = by_id["https://protishruti.example" + Q3_URL]
    for key in ("title", "description", "keyword", "modified", "publisher", "contactPoint", "identifier", "accessLevel", "distribution"):
        assert key in q3, key
    assert {d["format"] for d in q3["distribution"]} == {"HTML", "JSON", "CSV"}
    assert q3["temporal"] == "2024-01-01/2024-03-31"
    for d in cat["dataset"]:
        for dist in d["distribution"]:
            url = dist.get("downloadURL") or dist["accessURL"]
            assert (out / url.removeprefix("https://protishruti.example/")).exists() or url.endswith("/"), url


def test_each_office_has_a_catalogue_and_data_json_lists_them(built):
    _, out = built
    cat = json.loads((out / "data.json").read_text(encoding="utf-8"))
    refs = {c["@id"]: c for c in cat["catalog"]}
    ministry = refs["https://protishruti.example/offices/sample-ministry/data.json"]
    own = json.loads((out / "offices/sample-ministry/data.json").read_text(encoding="utf-8"))
    assert own["@id"] == ministry["@id"] and own["@type"] == "dcat:Catalog"
    assert ministry["datasets"] == len(own["dataset"]) > 0 and ministry["title"] == "নমুনা মন্ত্রণালয়"
    # the site's catalogue is the union of the offices' (inline on a site of few offices)
    union = sorted(d["identifier"] for ref in refs for d in json.loads((out / ref.removeprefix("https://protishruti.example/")).read_text(encoding="utf-8"))["dataset"])
    assert union == sorted(d["identifier"] for d in cat["dataset"])


def test_a_national_data_json_points_at_the_office_catalogues(content_copy, tmp_path, monkeypatch):
    from protishruti import opendata

    monkeypatch.setattr(opendata, "INLINE_OFFICES", 2)
    assert commands.build(content_copy, tmp_path / "site").ok
    cat = json.loads((tmp_path / "site" / "data.json").read_text(encoding="utf-8"))
    assert cat["dataset"] == [] and len(cat["catalog"]) == len(list((content_copy / "offices").iterdir()))
    assert json.loads((tmp_path / "site/offices/sample-ministry/data.json").read_text(encoding="utf-8"))["dataset"]


def test_evidence_hash_beside_link_and_in_json(built):
    import hashlib

    content, out = built
    pdf = content / "offices/sample-ministry/evidence/committee-order-2024-25.pdf"
    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
    html = (out / "offices/sample-ministry/meetings/2024-25/1/index.html").read_text(encoding="utf-8")
    assert f"SHA-256: <code>{digest}</code>" in html
    doc = json.loads((out / "offices/sample-ministry/meetings/2024-25/1/index.json").read_text(encoding="utf-8"))
    assert doc["computed"]["decision_evidence"][0][0]["sha256"] == digest


def test_charter_changes_are_computed(built):
    _, out = built
    html = (out / "offices/sample-ministry/charter/2025-01-15/index.html").read_text(encoding="utf-8")
    assert "সেবা প্রদানের সময়সীমা: ১৫ কার্যদিবস → ১০ কার্যদিবস" in html
    assert html.count("নতুন সেবা") == 3
    assert "পরিবর্তিত অংশ</span>: অভিলক্ষ্য" in html
    old = (out / "offices/sample-ministry/charter/2024-07-01/index.html").read_text(encoding="utf-8")
    assert "এটি একটি পূর্ববর্তী সংস্করণ" in old and 'href="/offices/sample-ministry/charter/2025-01-15/"' in old
    withdrawn = (out / "offices/sample-directorate/charter/2024-12-01/index.html").read_text(encoding="utf-8")
    assert "প্রত্যাহৃত:" in withdrawn
    office = (out / "offices/sample-directorate/index.html").read_text(encoding="utf-8")
    assert "বর্তমান সংস্করণ কার্যকর <span class=\"dual-date\"><time datetime=\"2024-07-01\">" in office


def test_history_shows_first_published_and_change_notes(built):
    _, out = built
    html = (out / "offices/sample-ministry/charter/2025-01-15/index.html").read_text(encoding="utf-8")
    assert "প্রথম প্রকাশ" in html and '<time datetime="2025-01-15">' in html
    assert "সর্বশেষ হালনাগাদ" in html and '<time datetime="2025-03-01">' in html
    assert "তথ্য সরবরাহ সেবার পরিশোধ পদ্ধতির বিবরণ সংশোধন (নমুনা)।" in html


def test_malformed_lock_line(content_copy):
    lock = content_copy / "urls.lock"
    lock.write_text(lock.read_text(encoding="utf-8") + "offices/no-slash/\n", encoding="utf-8")
    result = commands.check(content_copy)
    n = len(lock.read_text(encoding="utf-8").splitlines())
    assert [str(p) for p in result.problems.sorted()] == [
        f"urls.lock:{n}: 'offices/no-slash/' is not a site path (each line is one path starting with '/')"
    ]


def test_damaged_lock_is_a_problem_not_a_traceback(content_copy):
    (content_copy / "urls.lock").write_bytes(b"/\n/offices/\xff\xfe\n")
    result = commands.check(content_copy)
    assert [str(p) for p in result.problems.sorted()] == [
        "urls.lock: this file is not UTF-8: restore it from git (it holds only ASCII paths)"
    ]


def test_json_twins_give_the_sites_first_publication_or_null(built):
    """The JSON twin says what the page says: "published" is the day the
    site first published the record; a record without published: gives null
    there and its document's own date as "document_date"."""
    _, out = built
    meeting = json.loads((out / "offices/mopa/meetings/2022-23/2/index.json").read_text(encoding="utf-8"))["history"]
    assert meeting["published"]["iso"] == "2026-11-23" and meeting["document_date"] is None
    charter = json.loads((out / "offices/sample-ministry/charter/2025-01-15/index.json").read_text(encoding="utf-8"))["history"]
    assert charter["published"] is None and charter["document_date"]["iso"] == "2025-01-15"
