import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SITES = Path(__file__).resolve().parent / "sites"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory):
    """The demo content built once for the whole session."""
    from protishruti import commands

    work = tmp_path_factory.mktemp("demo")
    shutil.copytree(CONTENT, work / "content")
    out = work / "site"
    result = commands.build(work / "content", out)
    assert result.ok, [str(p) for p in result.problems.sorted()]
    return out


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
