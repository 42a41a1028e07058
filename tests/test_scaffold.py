"""``new report|plan|meeting|charter`` (protishruti/scaffold.py): the next
record, written from what the office's content holds; a report scaffold
passes check, fills in no figure, and builds; a charter is the current
version in its own words, without its dates; refusals are usage mistakes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from protishruti import commands, scaffold, schema, yamlsource

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


# ---------------------------------------------------------------- new charter

COPIED = ("title", "vision", "mission", "services", "grs_intro", "grs", "expectations", "headings", "columns", "grs_columns")


def _charter(path: Path, **extra: str) -> schema.Charter:
    """A charter file as the build reads it, with ``extra`` fields (a date) added."""
    data = yamlsource.parse(path.read_text(encoding="utf-8"))
    return schema.Charter.model_validate({**data, **extra})


def _charters(content: Path, slug: str) -> set[Path]:
    return set((content / "offices" / slug / "charters").iterdir())


def test_new_charter_copies_the_current_version_in_its_words_and_asks_only_for_the_date(content):
    before = _charters(content, "sample-ministry")
    done = _cli("new", "charter", "--content", str(content), "--office", "sample-ministry")
    assert done.returncode == 0, done.stderr
    (path,) = _charters(content, "sample-ministry") - before
    assert path.name == f"{date.today().isoformat()}.yaml"  # named for the day it is written
    assert f"Wrote {path}" in done.stdout
    text = path.read_text(encoding="utf-8")
    assert text.split("\n", 1)[0] == "# yaml-language-server: $schema=../../../../schemas/charter.schema.json"
    # check asks for the date the new document states, and for nothing else
    assert "Still to fill in from the document before it builds: 1 place(s)" in done.stderr
    assert f"charters/{path.name}:" in done.stderr and "this charter states no effective date" in done.stderr
    data = yamlsource.parse(text)
    # a new version is a new document: none of the old one's dates, evidence or history
    assert data["effective_date"] is None
    assert not {"published", "stated_dates", "updates", "withdrawn", "evidence"} & set(data)
    source = _charter(content / "offices/sample-ministry/charters/2025-01-15.yaml")
    new = _charter(path, effective_date="2026-01-01")
    for key in COPIED:  # every service, GRS row and expectation, field for field
        assert getattr(new, key) == getattr(source, key), key
    assert new.model_dump(include=set(COPIED)) == source.model_dump(include=set(COPIED))
    assert new.sample and new.evidence == [] and new.updates == []
    assert "mission: |-\n  নাগরিকবান্ধব সেবা নির্ধারিত সময়ে প্রদান নিশ্চিত করা এবং\n  সেবা প্রদান প্রক্রিয়া সহজীকরণ (নমুনা)।\n" in text
    assert "    time_limit: ৩০\n" in text  # a GRS row's working days, as the standard table writes them
    # every section, and every group of services, has a comment line above it
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if re.match(r"(  )?[a-z_]+:", line):
            assert lines[i - 1].lstrip().startswith("#"), line
    # the webmaster writes the new document's date: it builds, and the new version is the current charter
    path.write_text(text.replace("effective_date:\n", "effective_date: 2026-01-01\n"), encoding="utf-8")
    result = commands.build(content, content.parent / "site")
    assert result.ok, result.problems.sorted()
    office = result.view.offices["sample-ministry"]
    current = office.current_charter
    assert current.source == f"offices/sample-ministry/charters/{path.name}" and current.version == 3
    # compared with the version it was copied from, the copy itself changes nothing
    assert current.compared_with.source == "offices/sample-ministry/charters/2025-01-15.yaml" and current.changes.empty


def test_new_charter_skips_a_withdrawn_newest_version(content):
    view = commands.check(content).view
    made = scaffold.charter(view, content, "sample-directorate", today=date(2025, 1, 10))
    assert made.path == content / "offices/sample-directorate/charters/2025-01-10.yaml"
    assert "offices/sample-directorate/charters/2024-07-01.yaml) থেকে নেওয়া" in made.text
    data = yamlsource.parse(made.text)
    assert data["vision"] == "নাগরিকের দোরগোড়ায় দ্রুত ও স্বচ্ছ সেবা (নমুনা)।"  # not the withdrawn draft's
    assert "withdrawn" not in data
    source = _charter(content / "offices/sample-directorate/charters/2024-07-01.yaml")
    new = _charter(made.path, effective_date="2025-07-01")
    assert new.model_dump(include=set(COPIED)) == source.model_dump(include=set(COPIED))


def test_new_charter_for_an_office_without_one_is_the_standard_sections_to_fill_in(content):
    done = _cli("new", "charter", "--content", str(content), "--office", "mopa")
    assert done.returncode == 0, done.stderr
    (path,) = (content / "offices/mopa/charters").iterdir()
    assert f"Wrote {path}" in done.stdout
    assert "Still to fill in from the document before it builds: 1 place(s)" in done.stderr
    assert "this charter states no effective date" in done.stderr
    text = path.read_text(encoding="utf-8")
    data = yamlsource.parse(text)
    assert data == {"effective_date": None, "vision": None, "mission": None, "services": {"citizen": []},
                    "grs_intro": None, "grs": [], "expectations": []}
    # the service and GRS row written as comments become YAML when their first "# " is deleted
    lines = text.splitlines()

    def uncommented(after: str) -> Any:
        i, prefix = lines.index(after), after[: len(after) - len(after.lstrip())] + "#   "
        rows = []
        for line in lines[i + 1:]:
            if not line.startswith(prefix):
                break
            rows.append(line.replace("# ", "", 1))
        return yamlsource.parse("\n".join([after.replace(" []", ""), *rows]))

    service = uncommented("  citizen: []")["citizen"][0]
    assert list(service) == ["name", "serial", "recipient", "method", "documents", "documents_source", "fee",
                             "time_limit", "officer", "superior", "note"]
    assert list(uncommented("grs: []")["grs"][0]) == ["when", "contact", "alternate", "time_limit"]
    # with the document's date it builds: a charter with only the sections the document has
    path.write_text(text.replace("effective_date:\n", "effective_date: 2025-07-01\n"), encoding="utf-8")
    result = commands.check(content)
    assert result.ok, result.problems.sorted()
    assert result.view.offices["mopa"].current_charter is not None


def test_new_charter_keeps_any_text_exactly(content):
    """Quotes, backslashes, YAML's special characters, blank and indented lines,
    trailing spaces and tabs: the new version reads back as the old one."""
    words = [
        'সেবা "দ্রুত" ও \\ স্বচ্ছ: নমুনা # নয়',
        "- ঐ -",
        "[১] {২} * & ! | > ' % @ `কোড`",
        "null",
        "~",
        "true",
        "০১",
        "প্রথম লাইন\n\n  দ্বিতীয়, ভেতরে সরানো\nতৃতীয়   \n\tট্যাব দিয়ে\n---\n# শিরোনাম নয়\nশেষ",
        "লাইন ১\nলাইন ২: মান\n- তালিকা নয়",
    ]
    path = content / "offices/sample-ministry/charters/2025-01-15.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("vision: দক্ষ, স্বচ্ছ ও জবাবদিহিমূলক নমুনা প্রশাসন।", f"vision: {json.dumps(words[7], ensure_ascii=False)}")
    text = text.replace("    - name: নমুনা লাইসেন্স নবায়ন\n", f"    - name: {json.dumps(words[0], ensure_ascii=False)}\n"
                        f"      serial: {json.dumps(words[6])}\n      note: {json.dumps(words[8], ensure_ascii=False)}\n")
    text = text.replace("  - প্রয়োজনীয় ফি পরিশোধ করা\n", "".join(f"  - {json.dumps(w, ensure_ascii=False)}\n" for w in words))
    text = text.replace("amount: ১২৫০০০", "amount: ১,২৫,০০০")
    path.write_text(text, encoding="utf-8")
    view = commands.check(content).view
    assert view is not None
    source = view.offices["sample-ministry"].current_charter.model
    assert source.expectations[1:10] == words and source.vision == words[7]
    made = scaffold.charter(view, content, "sample-ministry", today=date(2026, 1, 2))
    new = _charter(made.path, effective_date="2026-01-01")
    assert new.model_dump(include=set(COPIED)) == source.model_dump(include=set(COPIED))
    # multi-line text stays readable, unless a line ends in a space an editor might take away
    assert "      note: |-\n        লাইন ১\n        লাইন ২: মান\n        - তালিকা নয়\n" in made.text
    assert f"vision: {json.dumps(words[7], ensure_ascii=False)}\n" in made.text


def test_new_charter_picks_a_name_no_file_has_and_takes_no_fiscal_year(content):
    bad = _cli("new", "charter", "--content", str(content), "--office", "sample-ministry", "--quarter", "1")
    assert bad.returncode == 2 and bad.stderr.strip() == "--quarter: not for a charter (a charter version is dated by its document)"
    nobody = _cli("new", "charter", "--content", str(content), "--office", "nobody")
    assert nobody.returncode == 2 and nobody.stderr.startswith("--office nobody: no office has that slug")
    view = commands.check(content).view
    taken = content / "offices/sample-ministry/charters/2026-01-02.yaml"
    taken.write_text((content / "offices/sample-ministry/charters/2025-01-15.yaml").read_text(encoding="utf-8")
                     .replace("effective_date: 2025-01-15", "effective_date: 2025-06-01"), encoding="utf-8")
    made = scaffold.charter(view, content, "sample-ministry", today=date(2026, 1, 2))
    assert made.path.name == "2026-01-02-2.yaml" and taken.read_text(encoding="utf-8").startswith("# SAMPLE DATA")
    with pytest.raises(scaffold.ScaffoldError, match="the file exists already"):  # written by hand meanwhile
        scaffold._write(content, made.path, "charter", ["effective_date:"])
