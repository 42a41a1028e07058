"""Word and Excel files in the layouts offices keep, made for the import tests
(tests/test_import.py) with python-docx and openpyxl: merged cells, several
heading rows, a row of column numbers, multi-line cells, ditto marks, and a
cell set in SutonnyMJ.  Every row is also returned as the list of its cells'
texts, so a test can compare what import wrote with each cell.
"""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt

LEVELS = ["অসাধারণ", "অতিউত্তম", "উত্তম", "চলতি মান", "চলতি মানের নিম্নে"]
PERCENTS = ["১০০%", "৯০%", "৮০%", "৭০%", "৬০%"]
PLAN_HEAD = ["কার্যক্রমের ক্ষেত্র", "মান", "কার্যক্রম", "কর্মসম্পাদন সূচক", "একক", "কর্মসম্পাদন সূচকের মান"]


def plan_rows(plan: dict, report: dict | None) -> list[list[str]]:
    """The data rows of a seed-003 table for a plan (and a report's মন্তব্য):
    one row per indicator; an area's and an activity's cells only in their
    first row (the files merge them over the rows below)."""
    remarks = {i["id"]: i.get("remarks") or "" for i in (report or {}).get("indicators", [])}
    rows = []
    for area in plan["areas"]:
        first_area = True
        for act in area["activities"]:
            first_act = True
            for ind in act["indicators"]:
                row = [
                    area["name"] if first_area else "", area["weight"] if first_area else "",
                    f"{act['id']} {act['name']}" if first_act else "",
                    f"{ind['id']} {ind['name']}", ind.get("unit") or "", ind["weight"],
                    *[t if t != "-" else "-" for t in ind["targets"]],
                ]
                if report is not None:
                    row.append(remarks.get(ind["id"], ""))
                rows.append(row)
                first_area = first_act = False
    return rows


def _plan_heads(fiscal_year: str, report: bool) -> list[list[str]]:
    year = f"লক্ষ্যমাত্রা {fiscal_year}"
    extra = ["মন্তব্য"] if report else []
    numbers = [str(i) for i in range(1, 12)] + (["১৩"] if report else [])
    from protishruti import bangla
    return [
        PLAN_HEAD + [year] * 5 + extra,
        [""] * 6 + LEVELS + [""] * len(extra),
        [""] * 6 + PERCENTS + [""] * len(extra),
        [bangla.digits(n) for n in numbers],
    ]


def plan_xlsx(path: Path, title: str, fiscal_year: str, rows: list[list[str]], report: bool) -> Path:
    """The table as an office's Excel sheet: a title row, three heading rows
    (লক্ষ্যমাত্রা merged over the five levels, the other headings merged down),
    the column numbers, and the rows, each area's and activity's cells merged
    over their indicators."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([title])
    heads = _plan_heads(fiscal_year, report)
    for head in heads:
        ws.append(head)
    ws.merge_cells(start_row=2, start_column=7, end_row=2, end_column=11)
    for c in range(1, 7):
        ws.merge_cells(start_row=2, start_column=c, end_row=4, end_column=c)
    if report:
        ws.merge_cells(start_row=2, start_column=12, end_row=4, end_column=12)
    first = 6
    for row in rows:
        ws.append(row)
    _merge_down_xlsx(ws, rows, first, (0, 1, 2))
    wb.save(path)
    return path


def _merge_down_xlsx(ws, rows: list[list[str]], first: int, columns: tuple[int, ...]) -> None:
    for c in columns:
        start = None
        for i, row in enumerate(rows + [["x"] * len(rows[0])]):
            if row[c] or i == len(rows):
                if start is not None and i - 1 > start:
                    ws.merge_cells(start_row=first + start, start_column=c + 1, end_row=first + i - 1, end_column=c + 1)
                start = i


def plan_docx(path: Path, title: str, fiscal_year: str, rows: list[list[str]], report: bool) -> Path:
    """The same table as a Word document, with Word's merges."""
    d = docx.Document()
    d.add_paragraph(title)
    heads = _plan_heads(fiscal_year, report)
    table = d.add_table(rows=len(heads) + len(rows), cols=len(heads[0]))
    for r, head in enumerate(heads):
        for c, text in enumerate(head):
            if text and not (r == 0 and 7 <= c <= 10):
                table.cell(r, c).text = text
    table.cell(0, 6).merge(table.cell(0, 10))
    for c in list(range(6)) + ([11] if report else []):
        table.cell(0, c).merge(table.cell(2, c))
    for r, row in enumerate(rows, start=len(heads)):
        for c, text in enumerate(row):
            if text:
                _set(table.cell(r, c), text)
    for c in (0, 1, 2):
        start = None
        for i, row in enumerate(rows + [["x"] * len(rows[0])]):
            if row[c] or i == len(rows):
                if start is not None and i - 1 > start:
                    table.cell(len(heads) + start, c).merge(table.cell(len(heads) + i - 1, c))
                start = i
    d.save(path)
    return path


def _set(cell, text: str, font: str | None = None) -> None:
    """A cell's text, one paragraph per line (as Word keeps a cell's lines)."""
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        if font:
            run.font.name = font
            run.font.size = Pt(12)


SERVICE_HEAD = ["ক্রমিক নং", "সেবার নাম", "সেবা প্রদান পদ্ধতি", "প্রয়োজনীয় কাগজপত্র এবং প্রাপ্তিস্থান",
                "সেবার মূল্য এবং পরিশোধ পদ্ধতি", "সেবা প্রদানের সময়সীমা", "দায়িত্বপ্রাপ্ত কর্মকর্তা (নাম, পদবি, ফোন নম্বর ও ই-মেইল)"]
CITIZEN = [
    ["১", "নমুনা প্রত্যয়নপত্র প্রদান", "সরাসরি অথবা ই-মেইলে আবেদন",
     "১. নির্ধারিত ফরমে আবেদন\n২. জাতীয় পরিচয়পত্রের অনুলিপি\nপ্রাপ্তিস্থান: অভ্যর্থনা কক্ষ",
     "বিনামূল্যে", "৫ কার্যদিবস", "নমুনা কর্মকর্তা-১\nসহকারী পরিচালক\nফোন: ০২-১১১১১১১১\nad@office.example"],
    ["২", "নমুনা লাইসেন্স নবায়ন", "-ঐ-", "পূরণকৃত আবেদন ফরম", "১,০০০ টাকা, ট্রেজারি চালানের মাধ্যমে",
     "১ হইতে ৭ দিন", "নমুনা কর্মকর্তা-১\nসহকারী পরিচালক\nফোন: ০২-১১১১১১১১\nad@office.example"],
    ["৩", "নমুনা তথ্য প্রদান", "অনলাইনে", "", "ধার্য্যকৃত কর", "তাৎক্ষণিক", "নমুনা কর্মকর্তা-২, উপপরিচালক"],
]
INSTITUTIONAL = [
    ["১", "নমুনা প্রাতিষ্ঠানিক অনুমোদন", "পত্রের মাধ্যমে", "দাপ্তরিক পত্র", "বিনামূল্যে", "১৫ কার্যদিবস", "নমুনা কর্মকর্তা-৩, পরিচালক"],
]
GRS_HEAD = ["ক্রমিক নং", "কখন যোগাযোগ করবেন", "কার সঙ্গে যোগাযোগ করবেন", "যোগাযোগের ঠিকানা", "নিষ্পত্তির সময়সীমা"]
GRS = [
    ["১", "দায়িত্বপ্রাপ্ত কর্মকর্তা সমাধান দিতে না পারলে", "অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)", "নমুনা কর্মকর্তা-৪\nফোন: ০২-১১১১১১১৩", "৩০ কার্যদিবস"],
    ["২", "অনিক নির্দিষ্ট সময়ে সমাধান দিতে না পারলে", "আপিল কর্মকর্তা", "নমুনা কর্মকর্তা-৫\nফোন: ০২-১১১১১১১৪", "২০ কার্যদিবস"],
]
EXPECTATIONS = [["১", "নির্ধারিত ফরমে সম্পূর্ণভাবে পূরণকৃত আবেদন জমা দেওয়া (নমুনা)"], ["২", "যথাসময়ে নির্ধারিত ফি পরিশোধ করা (নমুনা)"]]
TITLE = "সেবা প্রদান প্রতিশ্রুতি (নমুনা)"
VISION = "নাগরিকের দোরগোড়ায় দ্রুত সেবা (নমুনা)।"
MISSION = "নির্ধারিত সময়ে মানসম্মত সেবা প্রদান (নমুনা)।"


def charter_docx(path: Path, merge_officer: bool = True) -> Path:
    """A charter as offices write it in Word: title, রূপকল্প and অভিলক্ষ্য
    paragraphs, a heading above each service table, the GRS table (officer and
    address in two columns) and the expectations table.  The officer cell of
    the first two citizen services is one cell merged over both rows."""
    d = docx.Document()
    d.add_paragraph(TITLE)
    d.add_paragraph(f"১. রূপকল্প: {VISION}")
    d.add_paragraph(f"২. অভিলক্ষ্য: {MISSION}")
    d.add_paragraph("৩. প্রতিশ্রুত সেবাসমূহ")
    for heading, rows in (("৩.১ নাগরিক সেবা", CITIZEN), ("৩.২ প্রাতিষ্ঠানিক সেবা", INSTITUTIONAL)):
        d.add_paragraph(heading)
        _docx_table(d, [SERVICE_HEAD] + rows)
        if merge_officer and rows is CITIZEN:
            t = d.tables[-1]
            t.cell(1, 6).merge(t.cell(2, 6))
            _set(t.cell(1, 6), CITIZEN[0][6])
    d.add_paragraph("৪. অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)")
    _docx_table(d, [GRS_HEAD] + GRS)
    d.add_paragraph("৫. আপনার কাছে আমাদের প্রত্যাশা")
    _docx_table(d, [["ক্রমিক নং", "প্রতিশ্রুত/কাঙ্ক্ষিত সেবা প্রাপ্তির লক্ষ্যে করণীয়"]] + EXPECTATIONS)
    d.save(path)
    return path


def _docx_table(d, rows: list[list[str]], fonts: dict[tuple[int, int], str] | None = None):
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            _set(table.cell(r, c), text, (fonts or {}).get((r, c)))
    return table


SUPERIOR_HEAD = ["ক্র. নং", "সেবার ধরণ", "সেবা প্রাপ্তির সময়সীমা", "সেবা দানকারী কর্মকর্তার পদবী ও ঠিকানা", "উর্দ্ধতন কর্তৃপক্ষ"]
SUPERIOR = [
    ["০১", "নমুনা জন্মনিবন্ধন সনদ", "৭ দিন", "নমুনা সচিব, ইউনিয়ন পরিষদ", "নমুনা উপজেলা নির্বাহী অফিসার"],
    ["০২", "নমুনা ওয়ারিশ সনদ", "-ঐ-", "-ঐ-", "-ঐ-"],
]
BIJOY_CELL = "†mev cÖ`vb cÖwZkÖæwZ"  # সেবা প্রদান প্রতিশ্রুতি, typed in Bijoy
BIJOY_UNICODE = "সেবা প্রদান প্রতিশ্রুতি"


def charter_xlsx(path: Path, bijoy_font: bool = True) -> Path:
    """A five-column charter with a superior-officer column, in Excel: the
    sheet named for its group, a title row, and the second row's name typed
    in Bijoy (set in SutonnyMJ when ``bijoy_font``)."""
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "নাগরিক সেবা"
    ws.append([TITLE])
    ws.append(SUPERIOR_HEAD)
    for row in SUPERIOR:
        ws.append(row)
    ws.append(["০৩", BIJOY_CELL, "৩০ দিন", "নমুনা সচিব, ইউনিয়ন পরিষদ", ""])
    if bijoy_font:
        ws.cell(5, 2).font = Font(name="SutonnyMJ")
    wb.save(path)
    return path
