"""``new report`` and ``new plan`` (protishruti/scaffold.py): the next
record, written from what the office's content holds; a report scaffold
passes check, fills in no figure, and builds; refusals are usage mistakes."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from protishruti import commands, scaffold, yamlsource

ROOT = Path(__file__).resolve().parent.parent


def _cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "protishruti.cli", *args], capture_output=True, text=True, cwd=cwd)


@pytest.fixture
def content(content_copy):
    return content_copy


def test_new_report_is_the_next_quarter_with_every_indicator_and_passes_check(content):
    done = _cli("new", "report", "--content", str(content), "--office", "sample-ministry")
    assert done.returncode == 0, done.stderr
    path = content / "offices/sample-ministry/reports/2024-25-q3.yaml"  # the last report is Q2 of 2024-25
    assert f"Wrote {path}" in done.stdout and "no problems found" in done.stdout
    text = path.read_text(encoding="utf-8")
    first = text.split("\n", 1)[0]
    assert first == "# yaml-language-server: $schema=../../../../schemas/report.schema.json"
    assert (content.parent / "schemas/report.schema.json").is_file()
    data = yamlsource.parse(text)
    assert data["fiscal_year"] == "2024-25" and data["quarter"] == "৩"
    assert [i["id"] for i in data["indicators"]] == ["[১.১.১]", "[১.২.১]", "[২.১.১]", "[২.২.১]"]
    # no figure is filled in, and no date of the document
    assert all(i["achievement"] is None and i["remarks"] is None for i in data["indicators"])
    assert data["submitted"] is None
    # the signatory of the last report, with a comment to change it
    assert data["signatory"] == {"name": "নমুনা কর্মকর্তা-২", "designation": "উপসচিব"}
    # the running total to date is carried over as a comment beside its indicator
    assert "# ক্রমপুঞ্জিভূত: ২য় ত্রৈমাসিক পর্যন্ত অর্জন ৯০;" in text
    # and every field has a comment line above it
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith(("submitted:", "signatory:", "indicators:", "  - id:")):
            assert lines[i - 1].lstrip().startswith("#"), line
    result = commands.check(content)
    assert result.ok, result.problems.sorted()
    rep = [r for r in result.view.offices["sample-ministry"].reports if r.model.quarter == 3][0]
    assert rep.model.sample  # the plan is নমুনা, so is its report


def test_new_report_for_a_year_without_a_plan_and_twice_are_refused(content):
    done = _cli("new", "report", "--content", str(content), "--office", "sample-ministry", "--fiscal-year", "২০২৫-২৬", "--quarter", "১")
    assert done.returncode == 2
    assert done.stderr.strip() == ("--fiscal-year 2025-26: office sample-ministry has no action plan for that year"
                                   " (its plans: 2024-25); a report lists the plan's indicators, so write the plan first")
    again = _cli("new", "report", "--content", str(content), "--office", "sample-ministry", "--fiscal-year", "2024-25", "--quarter", "2")
    assert again.returncode == 2 and again.stderr.strip() == "office sample-ministry already has a report for 2024-25 quarter 2"
    nobody = _cli("new", "report", "--content", str(content), "--office", "nobody")
    assert nobody.returncode == 2 and nobody.stderr.startswith("--office nobody: no office has that slug")
    bad = _cli("new", "report", "--content", str(content), "--office", "sample-ministry", "--quarter", "5")
    assert bad.returncode == 2 and "'5' is not a quarter: give 1, 2, 3 or 4" in bad.stderr
    assert sorted(p.name for p in (content / "offices/sample-ministry/reports").iterdir()) == ["2024-25-q1.yaml", "2024-25-q2.yaml"]


def test_new_report_for_a_given_year_is_its_next_quarter(content):
    done = _cli("new", "report", "--content", str(content), "--office", "sample-ministry", "--fiscal-year", "2024-25")
    assert done.returncode == 0, done.stderr
    assert (content / "offices/sample-ministry/reports/2024-25-q3.yaml").is_file()


def test_a_scaffolded_file_is_never_overwritten(content):
    from protishruti import commands as c

    view = c.check(content).view
    made = scaffold.report(view, content, "sample-ministry", "2024-25", 3, today=date(2025, 4, 2))
    with pytest.raises(scaffold.ScaffoldError, match="the file exists already"):
        scaffold.report(view, content, "sample-ministry", "2024-25", 3)
    assert made.path.read_text(encoding="utf-8") == made.text


def test_new_plan_copies_the_structure_and_leaves_the_targets_to_the_document(content):
    done = _cli("new", "plan", "--content", str(content), "--office", "sample-ministry")
    assert done.returncode == 0, done.stderr
    path = content / "offices/sample-ministry/action-plans/2025-26.yaml"
    data = yamlsource.parse(path.read_text(encoding="utf-8"))
    before = yamlsource.parse((content / "offices/sample-ministry/action-plans/2024-25.yaml").read_text(encoding="utf-8"))
    ids = lambda d: [(i["id"], i["name"], i.get("calculation")) for a in d["areas"] for act in a["activities"] for i in act["indicators"]]
    assert ids(data) == ids(before)
    # last year's targets only as comments: check asks for this year's
    assert all(i["targets"] == ["-"] * 5 for a in data["areas"] for act in a["activities"] for i in act["indicators"])
    assert "Still to fill in from the document before it builds: 4 place(s)" in done.stderr
    assert done.stderr.count("needs an অসাধারণ (100%) target") == 4
    # the webmaster types this year's targets; then a report for the new year follows the new plan
    text = path.read_text(encoding="utf-8")
    for target in ("[৪]", "[৯০]", "[2025-10-31]", "[৫]"):
        text = text.replace('targets: ["-", "-", "-", "-", "-"]', f"targets: {target}", 1)
    path.write_text(text, encoding="utf-8")
    assert commands.check(content).ok
    report = _cli("new", "report", "--content", str(content), "--office", "sample-ministry", "--fiscal-year", "2025-26", "--quarter", "1")
    assert report.returncode == 0, report.stderr
    data = yamlsource.parse((content / "offices/sample-ministry/reports/2025-26-q1.yaml").read_text(encoding="utf-8"))
    assert len(data["indicators"]) == 4 and "sample" in data


def test_new_meeting_carries_over_the_decisions_not_yet_done(content):
    done = _cli("new", "meeting", "--content", str(content), "--office", "sample-ministry")
    assert done.returncode == 0, done.stderr
    data = yamlsource.parse((content / "offices/sample-ministry/meetings/2024-25-2.yaml").read_text(encoding="utf-8"))
    last = yamlsource.parse((content / "offices/sample-ministry/meetings/2024-25-1.yaml").read_text(encoding="utf-8"))
    assert data["number"] == "২" and data["sample"] == "true" and data["title"] is None and data["date"] is None
    assert [d["text"] for d in data["decisions"]] == [d["text"] for d in last["decisions"] if d["status"] != "বাস্তবায়িত"]
    assert all(d["status"] is None and d["progress"] is None for d in data["decisions"])
    # the title is the document's: check asks for it, nothing is made up
    assert "meetings/2024-25-2.yaml:" in done.stderr and "'title' should be text" in done.stderr


def test_new_meeting_knows_every_word_for_done(content):
    last = content / "offices/sample-ministry/meetings/2024-25-1.yaml"
    last.write_text(last.read_text(encoding="utf-8").replace("status: চলমান", "status: সম্পন্ন হয়েছে"), encoding="utf-8")
    assert _cli("new", "meeting", "--content", str(content), "--office", "sample-ministry").returncode == 0
    data = yamlsource.parse((content / "offices/sample-ministry/meetings/2024-25-2.yaml").read_text(encoding="utf-8"))
    assert "সেবাগ্রহীতাদের মতামত জরিপ করতে হবে (নমুনা)।" not in [d["text"] for d in data["decisions"]]
    assert len(data["decisions"]) == 2
