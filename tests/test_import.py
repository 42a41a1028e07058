"""``import FILE --office SLUG`` (protishruti/imports.py, protishruti/tables.py):
Word and Excel tables in the layouts offices keep become records that hold
every cell as the document has it; the tables' mistakes are named by file,
table, row and column, and then nothing is written."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests import tablefiles as tf
from protishruti import commands, tables, yamlsource

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "content/offices/unnamed-office"


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "protishruti.cli", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture
def content(content_copy):
    office = content_copy / "offices/imported-office"
    office.mkdir()
    (office / "office.yaml").write_text("name: আমদানি পরীক্ষার দপ্তর (নমুনা)\nsample: true\n", encoding="utf-8")
    return content_copy


def _import(content: Path, file: Path, *more: str) -> subprocess.CompletedProcess:
    return _cli("import", str(file), "--content", str(content), "--office", "imported-office", *more)


def _seed_003() -> tuple[dict, dict]:
    plan = yamlsource.parse((DEMO / "action-plans/2023-24.yaml").read_text(encoding="utf-8"))
    report = yamlsource.parse((DEMO / "reports/2023-24-q3.yaml").read_text(encoding="utf-8"))
    return plan, report


def _rows_of(plan: dict, report: dict | None) -> list[list[str]]:
    """The table's rows again, from the records import wrote."""
    return tf.plan_rows(plan, report)


@pytest.mark.parametrize("make", [tf.plan_xlsx, tf.plan_docx], ids=["xlsx", "docx"])
def test_a_seed_003_report_becomes_the_plan_and_the_report_cell_for_cell(content, tmp_path, make):
    plan, report = _seed_003()
    rows = tf.plan_rows(plan, report)
    # a remark on two lines, as offices write them in a cell
    rows[1][-1] = "১ম সভা ২০ সেপ্টেম্বর ২০২৩ তারিখে;\n২য় সভা ১৮ ডিসেম্বর ২০২৩ তারিখে"
    file = make(tmp_path / f"q3.{make.__name__[-4:]}", report["title"], "২০২৩-২০২৪", rows, True)
    done = _import(content, file)
    assert done.returncode == 0, done.stderr
    folder = content / "offices/imported-office"
    plan_file, report_file = folder / "action-plans/2023-24.yaml", folder / "reports/2023-24-q3.yaml"
    assert f"Wrote {plan_file}" in done.stdout and f"Wrote {report_file}" in done.stdout
    assert "no problems found" in done.stdout
    new_plan = yamlsource.parse(plan_file.read_text(encoding="utf-8"))
    new_report = yamlsource.parse(report_file.read_text(encoding="utf-8"))
    # the fiscal year and quarter are the document's words (its title: "২০২৩-২৪ অর্থ বছরের ৩য় ত্রৈমাসিকের")
    assert new_plan["fiscal_year"] == "2023-24" and new_report["quarter"] == "3"
    assert new_report["title"] == report["title"]
    assert _rows_of(new_plan, new_report) == rows
    # nothing the table does not say: no গণনা পদ্ধতি, no achievement, no submission date, no signatory
    text = plan_file.read_text(encoding="utf-8") + report_file.read_text(encoding="utf-8")
    for key in ("calculation:", "achievement:", "submitted:", "signatory:\n", "provenance:"):
        assert f"\n{key}" not in text.replace("  ", "")
    result = commands.check(content)
    assert result.ok, result.problems.sorted()
    office = result.view.offices["imported-office"]
    assert [i.targets for i in office.plans[0].model.every_indicator()] == [
        i.targets for i in result.view.offices["unnamed-office"].plans[0].model.every_indicator()]


def test_the_plan_alone_and_a_report_beside_an_existing_plan(content, tmp_path):
    plan, report = _seed_003()
    file = tf.plan_xlsx(tmp_path / "plan.xlsx", "সেবা প্রদান প্রতিশ্রুতি বাস্তবায়ন কর্মপরিকল্পনা ২০২৩-২৪", "২০২৩-২০২৪", tf.plan_rows(plan, None), False)
    done = _import(content, file)
    assert done.returncode == 0, done.stderr
    folder = content / "offices/imported-office"
    assert (folder / "action-plans/2023-24.yaml").is_file() and not (folder / "reports").exists()
    # the quarter's report in the same layout: the plan is kept, only the report is written
    file = tf.plan_xlsx(tmp_path / "q1.xlsx", "২০২৩-২৪ অর্থবছরের প্রথম ত্রৈমাসিক প্রতিবেদন", "২০২৩-২০২৪", tf.plan_rows(plan, report), True)
    done = _import(content, file)
    assert done.returncode == 0, done.stderr
    assert "action plan already" in done.stdout and (folder / "reports/2023-24-q1.yaml").is_file()
    # the same file again: the record exists; nothing is replaced
    again = _import(content, file)
    assert again.returncode == 2 and "exists already" in again.stderr


def test_a_figure_that_is_not_a_number_is_named_by_its_cell_and_nothing_is_written(content, tmp_path):
    plan, report = _seed_003()
    rows = tf.plan_rows(plan, report)
    rows[0][1] = "দশ"  # the first area's মান
    rows[1][5] = "পাঁচ"  # the second indicator's weight
    file = tf.plan_xlsx(tmp_path / "plan.xlsx", report["title"], "২০২৩-২০২৪", rows, True)
    done = _import(content, file)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "plan.xlsx: sheet 1, row 6, column মান: 'দশ' is not a number: write digits such as ১২ or 12.5",
        "plan.xlsx: sheet 1, row 7, column কর্মসম্পাদন সূচকের মান: 'পাঁচ' is not a number: write digits such as ১২ or 12.5",
        "",
        "2 problem(s) in plan.xlsx: nothing was written. Correct the file and import it again.",
    ]
    assert sorted(p.name for p in (content / "offices/imported-office").iterdir()) == ["office.yaml"]


def test_every_table_problem_at_once_with_its_row_and_column(content, tmp_path):
    plan, report = _seed_003()
    rows = tf.plan_rows(plan, report)
    rows[0][3] = "সেবা প্রদান প্রতিশ্রুতি হালনাগাদকৃত"  # the indicator's id left out
    rows[2][2] = "সভা আয়োজন"  # the activity's id left out
    file = tf.plan_docx(tmp_path / "plan.docx", report["title"], "২০২৩-২০২৪", rows, True)
    done = _import(content, file)
    assert done.returncode == 1
    assert done.stderr.splitlines()[:2] == [
        "plan.docx: table 1, row 5, column কর্মসম্পাদন সূচক: \"সেবা প্রদান প্রতিশ্রুতি হালনাগাদকৃত\" does not start with the indicator's id: write it as [১.১.১] followed by the name",
        "plan.docx: table 1, row 7, column কার্যক্রম: \"সভা আয়োজন\" does not start with the activity's id: write it as [১.১] followed by the name",
    ]


def test_an_unknown_column_and_a_missing_quarter(content, tmp_path):
    plan, report = _seed_003()
    wb_path = tf.plan_xlsx(tmp_path / "plan.xlsx", "কর্মপরিকল্পনার অগ্রগতি ২০২৩-২৪", "২০২৩-২০২৪", tf.plan_rows(plan, report), True)
    done = _import(content, wb_path)
    assert done.returncode == 2
    assert "does not say which quarter: give --quarter N" in done.stderr
    assert _import(content, wb_path, "--quarter", "২").returncode == 0
    wb = openpyxl.load_workbook(wb_path)
    wb.active.cell(2, 12).value = "দায়িত্বপ্রাপ্ত শাখা"
    wb.save(tmp_path / "odd.xlsx")
    done = _import(content, tmp_path / "odd.xlsx", "--quarter", "৩")
    assert done.returncode == 1
    assert done.stderr.startswith("odd.xlsx: sheet 1, row 2, column দায়িত্বপ্রাপ্ত শাখা: import does not know this column of an action plan")


def _services(charter: dict, group: str) -> list[list[str]]:
    keys = ["serial", "name", "method", "documents", "fee", "time_limit", "officer"]
    return [[s.get(k) or "" for k in keys] for s in charter["services"][group]]


def test_a_word_charter_keeps_every_cell_and_its_headings(content, tmp_path):
    file = tf.charter_docx(tmp_path / "charter.docx")
    done = _import(content, file, "--effective-date", "২০২৫-০২-০১")
    assert done.returncode == 0, done.stderr
    path = content / "offices/imported-office/charters/2025-02-01.yaml"
    charter = yamlsource.parse(path.read_text(encoding="utf-8"))
    assert charter["effective_date"] == "2025-02-01" and "published" not in charter
    assert (charter["title"], charter["vision"], charter["mission"]) == (tf.TITLE, tf.VISION, tf.MISSION)
    # the officer cell merged over the first two services is written in each row
    assert _services(charter, "citizen") == tf.CITIZEN
    assert _services(charter, "institutional") == tf.INSTITUTIONAL
    assert "a cell merged over several rows" in done.stdout
    # GRS: the officer and the address columns are one contact, on two lines
    assert [[g["serial"], g["when"], g["contact"], g["time_limit"]] for g in charter["grs"]] == [
        [r[0], r[1], r[2] + "\n" + r[3], r[4]] for r in tf.GRS]
    assert charter["expectations"] == [r[1] for r in tf.EXPECTATIONS]
    assert charter["headings"] == {"citizen": "৩.১ নাগরিক সেবা", "institutional": "৩.২ প্রাতিষ্ঠানিক সেবা",
                                   "grs": "৪. অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)", "expectations": "৫. আপনার কাছে আমাদের প্রত্যাশা"}
    assert list(charter["columns"]) == ["serial", "name", "method", "documents", "fee", "time_limit", "officer"]
    assert list(charter["columns"].values()) == tf.SERVICE_HEAD
    assert charter["grs_columns"]["contact"] == "কার সঙ্গে যোগাযোগ করবেন ও যোগাযোগের ঠিকানা"
    result = commands.check(content)
    assert result.ok, result.problems.sorted()
    current = result.view.offices["imported-office"].charters[0]
    assert current.model.services.citizen[1].method == "-ঐ-"  # a ditto mark stays a ditto mark
    assert current.model.services.citizen[0].documents == tf.CITIZEN[0][3]


def test_an_excel_charter_with_a_superior_column_and_bijoy_text(content, tmp_path):
    file = tf.charter_xlsx(tmp_path / "union.xlsx")
    done = _import(content, file)
    assert done.returncode == 0, done.stderr
    [path] = (content / "offices/imported-office/charters").iterdir()
    charter = yamlsource.parse(path.read_text(encoding="utf-8"))
    # no date given: the record is dated by this site's publication, never by a guess of the document's
    assert "effective_date" not in charter and charter["published"]
    keys = ["serial", "name", "time_limit", "officer", "superior"]
    rows = [[s.get(k) or "" for k in keys] for s in charter["services"]["citizen"]]
    assert rows[:2] == tf.SUPERIOR
    assert rows[2][1] == tf.BIJOY_UNICODE
    assert f"union.xlsx: sheet 1, row 5, column সেবার ধরণ: converted from Bijoy (SutonnyMJ): \"{tf.BIJOY_CELL}\" → \"{tf.BIJOY_UNICODE}\"" in done.stdout
    assert charter["columns"] == dict(zip(keys, tf.SUPERIOR_HEAD))
    assert commands.check(content).ok


def test_files_that_cannot_be_read_are_refused_with_a_reason(content, tmp_path):
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    done = _import(content, tmp_path / "old.doc")
    assert done.returncode == 1 and "save a .doc or .xls file in the newer format first" in done.stderr
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really")
    done = _import(content, tmp_path / "broken.xlsx")
    assert done.returncode == 1 and "broken.xlsx: this is not a Word or Excel file (or it is damaged)" in done.stderr
    assert _import(content, tmp_path / "missing.xlsx").returncode == 2
    done = _cli("import", str(tmp_path / "old.doc"), "--content", str(content), "--office", "no-such-office")
    assert done.returncode == 2 and "--office no-such-office: no office has that slug" in done.stderr
    wb = openpyxl.Workbook()
    wb.active.append(["শুধু একটি লেখা", "আর একটি"])
    wb.save(tmp_path / "other.xlsx")
    done = _import(content, tmp_path / "other.xlsx")
    assert done.returncode == 2 and "no table in it has the headings" in done.stderr


def test_a_file_that_unpacks_to_too_much_is_refused_before_it_is_opened(tmp_path, monkeypatch):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", "<a>" + " " * 3_000_000 + "</a>")
    monkeypatch.setattr(tables, "MAX_UNPACKED_BYTES", 1 << 20)
    with pytest.raises(tables.TableFileError, match="unpacks to more than 1 MB"):
        tables.read(path)


def test_a_formula_without_its_result_is_refused(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["সেবার নাম", "সময়সীমা"])
    ws.append(["নমুনা সেবা", "=2+3"])  # openpyxl saves no result for it, as a script would
    wb.save(tmp_path / "formula.xlsx")
    with pytest.raises(tables.TableFileError, match="row 2, column B: the cell is a formula whose result the file does not hold"):
        tables.read(tmp_path / "formula.xlsx")


def test_word_merges_are_seen_across_and_down(tmp_path):
    file = tf.plan_docx(tmp_path / "p.docx", "শিরোনাম", "২০২৩-২০২৪", tf.plan_rows(*_seed_003()), True)
    [table] = tables.read(file)
    assert table.above == ["শিরোনাম"]
    head = table.rows[0]
    assert [c.text for c in head[6:11]] == ["লক্ষ্যমাত্রা ২০২৩-২০২৪"] * 5
    assert [c.from_left for c in head[6:11]] == [False, True, True, True, True]
    # the first area's name, merged down over its two indicators
    assert table.rows[5][0].text == table.rows[4][0].text == "প্রাতিষ্ঠানিক কার্যক্রম"
    assert (table.rows[4][0].merged, table.rows[5][0].merged, table.rows[5][0].from_left) == (False, True, False)


def test_excel_is_parsed_without_external_entities():
    """openpyxl uses defusedxml when it is installed: a dependency, so always."""
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML
