import os
import shutil
from pathlib import Path

import pytest

# The tests compare messages' exact English texts (--lang en); tests/test_messages.py
# compares the Bangla ones, which a webmaster sees by default.  Set before the
# program is imported, and inherited by every command a test runs.
os.environ["PROTISHRUTI_LANG"] = "en"

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SITES = Path(__file__).resolve().parent / "sites"
SEEDS = ROOT.parent / "shared" / "seeds"


def _built(tmp_path_factory, name: str, source: Path, site_yaml_extra: str = "") -> Path:
    """``source`` copied and built once for the session (``site_yaml_extra`` appended to its site.yaml)."""
    from protishruti import commands

    work = tmp_path_factory.mktemp(name)
    shutil.copytree(source, work / "content")
    if site_yaml_extra:
        site_yaml = work / "content" / "site.yaml"
        site_yaml.write_text(site_yaml.read_text(encoding="utf-8") + site_yaml_extra, encoding="utf-8")
    out = work / "site"
    result = commands.build(work / "content", out)
    assert result.ok, [str(p) for p in result.problems.sorted()]
    return out


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory):
    """The demo content built once for the whole session."""
    return _built(tmp_path_factory, "demo", CONTENT)


@pytest.fixture(scope="session")
def faithful_site(tmp_path_factory):
    """The fixture site of real documents' shapes (tests/sites/valid-faithful), built once."""
    return _built(tmp_path_factory, "faithful-site", SITES / "valid-faithful")


@pytest.fixture
def site_copy(tmp_path):
    """A writable copy of a fixture site: builds write urls.lock into the
    content folder, and fixtures must stay as committed."""

    def copy(name: str):
        dest = tmp_path / "fixture" / name
        shutil.copytree(SITES / name, dest)
        return dest

    return copy


@pytest.fixture
def content_copy(tmp_path):
    """A writable copy of the demo content."""
    dest = tmp_path / "content"
    shutil.copytree(CONTENT, dest)
    return dest


def _require_browser() -> bool:
    return os.environ.get("PROTISHRUTI_REQUIRE_BROWSER") == "1"


@pytest.fixture(scope="session")
def chromium():
    """Path to Debian's Chromium.  On a laptop without it the browser tests
    skip, saying why; CI sets PROTISHRUTI_REQUIRE_BROWSER=1, which turns a
    missing browser into a failure."""
    from tests.search.evaluate import chromium_path

    path = chromium_path()
    try:
        import playwright  # noqa: F401
    except ImportError:
        path = None
    if path is None:
        reason = "Chromium or Playwright not installed (apt-get install chromium; pip install -e '.[test]')"
        if _require_browser():
            pytest.fail(reason + " and PROTISHRUTI_REQUIRE_BROWSER=1")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def served_demo(demo_site):
    from tests.search.evaluate import serve

    with serve(demo_site) as base:
        yield base


@pytest.fixture(scope="session")
def sharded_demo(tmp_path_factory):
    """The demo content built with a search index in shards of at most 5
    pages (every ministry in a shard of its own), as a national site is."""
    return _built(tmp_path_factory, "sharded", CONTENT, "search_shard_pages: 5\n")


@pytest.fixture(scope="session")
def served_sharded(sharded_demo):
    from tests.search.evaluate import serve

    with serve(sharded_demo) as base:
        yield base


@pytest.fixture(scope="session")
def served_faithful(faithful_site):
    from tests.search.evaluate import serve

    with serve(faithful_site) as base:
        yield base


@pytest.fixture(scope="session")
def monitoring_site(tmp_path_factory):
    """The fixture site with every monitoring status (tests/sites/valid-monitoring), built once."""
    return _built(tmp_path_factory, "monitoring-site", SITES / "valid-monitoring")


@pytest.fixture(scope="session")
def served_monitoring(monitoring_site):
    from tests.search.evaluate import serve

    with serve(monitoring_site) as base:
        yield base


@pytest.fixture(scope="session")
def browser(chromium):
    from playwright.sync_api import sync_playwright

    from tests.search.evaluate import CHROMIUM_ARGS

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield b
        b.close()
