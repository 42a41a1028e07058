"""Building in shards (``build --shard NAME``) and ``merge``: the shards of one
content, built separately and merged, give exactly the bytes of a build of the
whole site; a merge refuses shards that are missing, given twice, damaged, or
made from other content, naming the folder and what to do."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from protishruti import cli, commands, index
from tests.conftest import CONTENT, ROOT
from tests.test_incremental import _files, _same


@pytest.fixture(scope="module")
def sharded(tmp_path_factory):
    """The demo content in search shards of at most five pages, each shard
    built on its own (as separate CI jobs would), and a full build of it."""
    work = tmp_path_factory.mktemp("shards")
    content = work / "content"
    shutil.copytree(CONTENT, content)
    site_yaml = content / "site.yaml"
    site_yaml.write_text(site_yaml.read_text(encoding="utf-8") + "search_shard_pages: 5\n", encoding="utf-8")
    names = json.loads(_run("shards", "--content", str(content), "--json").stdout)
    for name in names:
        done = _run("build", "--content", str(content), "--shard", name, "--out", str(work / "shards" / name))
        assert f"Built shard {name}:" in done.stdout
    full = commands.build(content, work / "full", incremental=False)
    assert full.ok
    return work, content, names


def _run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, str(ROOT / "build.py"), *args], capture_output=True, text=True, cwd=ROOT)
    if check:
        assert done.returncode == 0, done.stderr
    return done


def test_the_shards_are_the_search_shards(sharded):
    work, content, names = sharded
    plan = commands.check(content).plan
    assert names == [sh.name for sh in plan.shards] == ["main", "sample-ministry", "unnamed-office"]
    listing = _run("shards", "--content", str(content)).stdout.splitlines()
    assert listing[0].startswith("main\t5 pages\t(site pages) mopa")


def test_a_shard_holds_only_its_offices_and_its_index(sharded):
    work, _, _ = sharded
    files = _files(work / "shards" / "sample-ministry")
    assert "offices/sample-ministry/index.html" in files
    assert "pagefind/shards/sample-ministry/facets.json" in files
    assert not any(rel.startswith("offices/mopa/") for rel in files)
    for site_file in ("index.html", "feed.xml", "data.json", "sitemap.xml", "assets/search/shards.json", "pagefind/pagefind.js"):
        assert site_file not in files
    doc = json.loads(files["shard.json"])
    assert doc["shard"] == "sample-ministry" and doc["roots"] == ["sample-ministry"] and len(doc["fingerprint"]) == 64
    # the main shard indexes the site's own pages (and so writes them, for Pagefind to read)
    assert "pages/about/index.html" in _files(work / "shards" / "main")


def test_merged_shards_are_the_whole_site_byte_for_byte(sharded):
    work, content, names = sharded
    done = _run("merge", *(str(p) for p in sorted((work / "shards").iterdir())), "--content", str(content), "--out", str(work / "merged"))
    assert f"Merged {len(names)} shard(s)" in done.stdout  # the shards' .releases folders, which the glob also names, are skipped
    _same(work / "merged", work / "full")
    assert _run("verify", str(work / "merged")).returncode == 0


def test_a_shard_may_be_named_by_a_ministry_in_it(sharded):
    work, content, _ = sharded
    plan = commands.check(content).plan
    assert commands.find_shard(plan, "mopa").name == "main"
    assert commands.find_shard(plan, "nowhere") is None
    done = _run("build", "--content", str(content), "--shard", "nowhere", "--out", str(work / "x"), check=False)
    assert done.returncode == 2
    assert done.stderr.strip() == "--shard nowhere: no shard or ministry of that name; the shards are: main, sample-ministry, unnamed-office"
    assert not (work / "x").exists()


def _merge_error(work: Path, content: Path, dirs: list[Path]) -> list[str]:
    with pytest.raises(commands.MergeError) as caught:
        commands.merge(dirs, content, work / "refused")
    assert not (work / "refused").exists()
    return caught.value.lines


def test_merge_refuses_missing_twice_damaged_and_foreign_shards(sharded, tmp_path):
    work, content, _ = sharded
    shards = work / "shards"
    assert _merge_error(work, content, [shards / "main", shards / "sample-ministry"]) == [
        "shard 'unnamed-office' is missing: build it with build --shard unnamed-office and give its folder to merge"]
    twice = _merge_error(work, content, [shards / "main", shards / "main", shards / "sample-ministry", shards / "unnamed-office"])
    assert twice == [f"{shards / 'main'}: shard 'main' is also given as {shards / 'main'}: give each shard once"]
    assert _merge_error(work, content, [work / "full", shards / "main", shards / "sample-ministry", shards / "unnamed-office"]) == [
        f"{work / 'full'}: not a shard build (no readable shard.json): make it with build --shard NAME --out {work / 'full'}"]

    damaged = tmp_path / "damaged"
    shutil.copytree(shards / "sample-ministry", damaged, symlinks=False)
    page = damaged / "offices" / "sample-ministry" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("নমুনা", "ভুল", 1), encoding="utf-8")
    assert _merge_error(work, content, [shards / "main", damaged, shards / "unnamed-office"]) == [
        f"{damaged}: shard 'sample-ministry' does not match its manifest (0 missing, 1 changed, 0 extra): build it again"]

    other = tmp_path / "other-content"
    shutil.copytree(content, other)
    office = other / "offices" / "unnamed-office" / "office.yaml"
    office.write_text(office.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert _merge_error(work, other, [shards / "main", shards / "sample-ministry", shards / "unnamed-office"]) == [
        f"{shards / name}: shard '{name}' was built from other content or another version of the program:"
        " build every shard from the same commit as the merge" for name in ("main", "sample-ministry", "unnamed-office")]


def test_merge_problems_exit_1_and_leave_out_alone(sharded, capsys):
    work, content, _ = sharded
    out = work / "kept"
    assert cli.main(["merge", str(work / "shards" / "main"), "--content", str(content), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "shard 'sample-ministry' is missing" in err and f"nothing was published ({out} was not changed)" in err
    assert not out.exists()


def test_one_shard_facets_hold_its_fragments(sharded):
    work, _, _ = sharded
    folder = work / "shards" / "sample-ministry" / "pagefind" / "shards" / "sample-ministry"
    facets = index.read_facets(folder / "facets.json")
    assert sorted(facets) == sorted(p.name.removesuffix(".pf_fragment") for p in (folder / "fragment").glob("*.pf_fragment"))
    assert all(e["facets"]["দপ্তর"] for e in facets.values())


def test_merge_takes_no_link_and_no_odd_shard_json_from_a_shard(sharded, tmp_path):
    """Shard folders come from other jobs: a link to a file outside, or a
    shard.json of the wrong shape, is refused with a line, not a traceback."""
    work, content, _ = sharded
    shards = work / "shards"
    linked = tmp_path / "linked"
    shutil.copytree(shards / "unnamed-office", linked, symlinks=False)
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the site")
    (linked / "pagefind/shards/unnamed-office/leak.txt").symlink_to(secret)
    from protishruti import manifest

    manifest.write(linked, {})  # a manifest that lists the link with its (followed) hash, so verify passes
    assert manifest.verify(linked).ok
    assert _merge_error(work, content, [shards / "main", shards / "sample-ministry", linked]) == [
        f"{linked}: shard 'unnamed-office' holds /pagefind/shards/unnamed-office/leak.txt, which is not a plain file of the site: build it again"]

    odd = tmp_path / "odd"
    shutil.copytree(shards / "unnamed-office", odd, symlinks=False)
    doc = json.loads((odd / "shard.json").read_text(encoding="utf-8"))
    (odd / "shard.json").write_text(json.dumps({**doc, "bundle": ["pagefind"]}), encoding="utf-8")
    assert _merge_error(work, content, [shards / "main", shards / "sample-ministry", odd]) == [
        f"{odd}: not a shard build (no readable shard.json): make it with build --shard NAME --out {odd}",
        "shard 'unnamed-office' is missing: build it with build --shard unnamed-office and give its folder to merge"]


def test_verify_reports_a_manifest_of_the_wrong_shape(tmp_path):
    from protishruti import manifest

    (tmp_path / "manifest.json").write_text('{"files": ["index.html"]}', encoding="utf-8")
    assert manifest.verify(tmp_path).error == "manifest.json is damaged: its files are not a list of paths and hashes"
