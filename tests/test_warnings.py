"""Warnings: figures the content may state but that are more often copying
mistakes. Each is printed as path:line: warning: …, and the build goes on."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from protishruti import commands
from protishruti.records import charter

ROOT = Path(__file__).resolve().parent.parent
Q2 = "offices/sample-ministry/reports/2024-25-q2.yaml"


@pytest.fixture
def content(content_copy):
    return content_copy


def _edit(content: Path, rel: str, old: str, new: str) -> int:
    path = content / rel
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def _warnings(content: Path) -> list[str]:
    result = commands.check(content)
    assert result.ok, result.problems.sorted()
    return [str(w) for w in result.problems.sorted_warnings() if "charter" not in w.path]


def test_the_demo_has_no_warnings_on_its_reports(content):
    assert _warnings(content) == []


def test_a_running_total_that_falls(content):
    line = _edit(content, Q2, "achievement: ৯০", "achievement: ৫০")  # Q1 said ৭৫ for this ক্রমপুঞ্জিভূত indicator
    assert _warnings(content) == [f"{Q2}:{line}: the running total (ক্রমপুঞ্জিভূত) of [১.২.১] falls from ৭৫ in quarter 1 to ৫০:"
                                  " a running total includes the quarters before; check both figures"]


def test_an_achievement_far_above_the_top_target(content):
    line = _edit(content, Q2, "achievement: ১\n", "achievement: ৪০\n")  # target অসাধারণ ৪
    assert _warnings(content) == [f"{Q2}:{line}: the achievement ৪০ of [১.১.১] is ১০ times its অসাধারণ target ৪:"
                                  " check for a typing mistake (a digit too many, another column's figure)"]
    _edit(content, Q2, "achievement: ৪০\n", "achievement: ৪\n")
    assert _warnings(content) == []


def test_a_report_dated_before_its_quarter_ended(content):
    line = _edit(content, Q2, "submitted: 2025-01-09", "submitted: 2024-12-20")
    assert _warnings(content) == [f"{Q2}:{line}: submitted 2024-12-20 is before quarter 2 of 2024-25 ended (2024-12-31):"
                                  " a quarter's report is written after it ends; check the date"]


def test_a_charter_older_than_a_year(content, monkeypatch):
    result = commands.check(content)
    stale = [str(w) for w in result.problems.sorted_warnings() if "charter" in w.path]
    newest = date(2025, 1, 15)  # the demo office's newest charter version
    assert stale == ([f"offices/sample-ministry/charters/{newest}.yaml:2: this is the office's newest charter, dated {newest},"
                      " more than a year ago: offices revise the charter every year; add the newer version if there is one"]
                     if date.today() - newest > charter.STALE_AFTER else [])
    monkeypatch.setattr(charter, "STALE_AFTER", date.today() - date(2000, 1, 1))
    assert not [w for w in commands.check(content).problems.sorted_warnings() if "charter" in w.path]


def test_warnings_are_printed_and_the_build_goes_on(content, tmp_path):
    line = _edit(content, Q2, "achievement: ৯০", "achievement: ৫০")
    done = subprocess.run([sys.executable, "-m", "protishruti.cli", "build", "--content", str(content), "--out", str(tmp_path / "site")],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert f"{Q2}:{line}: warning: the running total (ক্রমপুঞ্জিভূত) of [১.২.১] falls from ৭৫" in done.stderr
    assert (tmp_path / "site" / "index.html").is_file()


def test_a_build_shows_the_first_warnings_and_check_all_of_them(content, monkeypatch, capsys):
    from protishruti import cli, problems

    _edit(content, Q2, "achievement: ৯০", "achievement: ৫০")
    _edit(content, Q2, "submitted: 2025-01-09", "submitted: 2024-12-20")
    total = len(commands.check(content).problems.sorted_warnings())
    assert total >= 2
    monkeypatch.setattr(problems, "SHOWN_WARNINGS", 1)
    assert cli.main(["check", "--content", str(content)]) == 0
    err = capsys.readouterr().err
    assert err.count(": warning: ") == 1
    assert f"… and {total - 1} more: python build.py check --all-warnings lists every one." in err
    assert cli.main(["check", "--content", str(content), "--all-warnings"]) == 0
    assert capsys.readouterr().err.count(": warning: ") == total
