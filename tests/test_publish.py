"""A failed build leaves the previous output folder byte for byte unchanged."""

from pathlib import Path

import pytest

from protishruti import commands, render
from protishruti.publish import Staging

from .conftest import CONTENT


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _siblings(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir())


def test_content_error_leaves_previous_site_untouched(content_copy: Path, tmp_path: Path):
    out = tmp_path / "site"
    assert commands.build(content_copy, out).ok
    before = _snapshot(out)
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*")}

    report = content_copy / "offices/unnamed-office/reports/2023-24-q3.yaml"
    text = report.read_text(encoding="utf-8")
    line = text.splitlines().index("quarter: ৩") + 1
    report.write_text(text.replace("quarter: ৩", "quarter: ৫"), encoding="utf-8")
    result = commands.build(content_copy, out)
    assert not result.ok
    assert [str(p) for p in result.problems.sorted()] == [
        f"offices/unnamed-office/reports/2023-24-q3.yaml:{line}: 'quarter' must be at most ৪, not ৫"
    ]
    assert _snapshot(out) == before
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == mtimes
    assert _siblings(out) == ["content", "site"]  # no temporary folder left behind


def test_crash_while_writing_leaves_previous_site_untouched(tmp_path: Path, monkeypatch):
    out = tmp_path / "site"
    assert commands.build(CONTENT, out).ok
    before = _snapshot(out)

    calls = {"n": 0}
    real = render.render_page

    def flaky(env, view, page):
        calls["n"] += 1
        if calls["n"] == 5:
            raise RuntimeError("disk full, say")
        return real(env, view, page)

    monkeypatch.setattr(render, "render_page", flaky)
    with pytest.raises(RuntimeError):
        commands.build(CONTENT, out)
    assert _snapshot(out) == before
    assert _siblings(out) == ["site"]


def test_successful_build_replaces_everything(tmp_path: Path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "stale.html").write_text("old")
    assert commands.build(CONTENT, out).ok
    assert not (out / "stale.html").exists()
    assert (out / "index.html").is_file()
    assert _siblings(out) == ["site"]


def test_staging_removes_its_folder_on_error(tmp_path: Path):
    out = tmp_path / "site"
    with pytest.raises(ValueError):
        with Staging(out) as folder:
            (folder / "x").write_text("x")
            raise ValueError
    assert not out.exists() and list(tmp_path.iterdir()) == []
