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

    out = tmp_path_factory.mktemp("demo") / "site"
    result = commands.build(CONTENT, out)
    assert result.ok, [str(p) for p in result.problems.sorted()]
    return out


@pytest.fixture
def content_copy(tmp_path):
    """A writable copy of the demo content."""
    dest = tmp_path / "content"
    shutil.copytree(CONTENT, dest)
    return dest
