"""Read the tables of a Word (.docx) or Excel (.xlsx) file as plain grids of
text, for ``import`` (protishruti/imports.py).

A table is a list of rows of ``Cell``; every grid position has a cell, so a
cell merged across rows or columns appears at each position it covers, marked
``merged`` where it is not the cell's first position.  A cell's text is what
the document shows: its paragraphs (or an Excel cell's lines) joined by a line
break, the ends stripped, Unicode NFC; a number Excel stores is written as
Excel's plain form of it (15, 2.5), a date as YYYY-MM-DD.  Each table knows
the lines of text just above it (a Word document's paragraphs since the last
table, an Excel sheet's rows above its header), where a charter names the
group of services ("নাগরিক সেবা") and a report its title.

Both formats are zip files of XML: before either library opens one, its size,
its number of entries and what they expand to are checked (a small file can
unpack to gigabytes), and openpyxl parses with defusedxml (no external
entities).
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from .messages import tr

MAX_FILE_BYTES = 20 << 20  # a charter with photos of its board is a few MB
MAX_UNPACKED_BYTES = 200 << 20
MAX_ENTRIES = 5_000
MAX_ROWS = 5_000  # per table; a national charter has a few hundred services
MAX_COLUMNS = 60
MAX_CELL_CHARS = 20_000  # as limits.MAX_FIELD_CHARS: a longer cell could not be a record's field

# Fonts that draw Bijoy-encoded text (ASCII and Latin-1 bytes shown as Bangla):
# a cell in one of them is Bijoy whatever its letters look like.
_BIJOY_FONT = re.compile(r"(?i)^(sutonny|sulekha|kalpurush ansi|.*\bmj)\b|mj$")


class TableFileError(ValueError):
    """The file cannot be read as tables: one line saying why and what to do."""


@dataclass
class Cell:
    text: str
    merged: bool = False  # a position a merged cell covers, other than its first
    from_left: bool = False  # … and that cell is the one on its left (merged across columns)
    bijoy_font: bool = False  # the text is set in a Bijoy (…MJ) font


@dataclass
class Table:
    where: str  # "table 2" (Word) or "sheet 1" (Excel), as messages name it
    rows: list[list[Cell]]
    above: list[str] = field(default_factory=list)  # lines of text just above the table
    first_row: int = 1  # the number the file gives its first row (Excel: the sheet's row)


def read(path: Path) -> list[Table]:
    """The file's tables, in the order the file has them."""
    suffix = path.suffix.lower()
    if suffix not in (".docx", ".xlsx"):
        raise TableFileError(tr("{file}: import reads Word (.docx) and Excel (.xlsx) files; save a .doc or .xls file in the newer format first (File → Save As)",
                                file=path.name))
    _check_zip(path)
    return _word(path) if suffix == ".docx" else _excel(path)


def _check_zip(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TableFileError(tr("{path}: cannot read this file: {reason}", path=path, reason=exc.strerror)) from None
    if size > MAX_FILE_BYTES:
        raise TableFileError(tr("{file}: the file is {mb} MB; import reads files up to {limit} MB (remove pictures, or split it)",
                                file=path.name, mb=size >> 20, limit=MAX_FILE_BYTES >> 20))
    try:
        with zipfile.ZipFile(path) as z:
            entries = z.infolist()
    except (zipfile.BadZipFile, OSError):
        raise TableFileError(tr("{file}: this is not a Word or Excel file (or it is damaged): open it and save it again", file=path.name)) from None
    if len(entries) > MAX_ENTRIES or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        raise TableFileError(tr("{file}: the file unpacks to more than {limit} MB; import refuses it", file=path.name, limit=MAX_UNPACKED_BYTES >> 20))


def _text(raw: str) -> str:
    text = unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def _bounded(table: Table) -> Table:
    if len(table.rows) > MAX_ROWS:
        raise TableFileError(tr("{table} has {rows} rows; import reads up to {limit} per table", table=table.where, rows=len(table.rows), limit=MAX_ROWS))
    if table.rows and max(len(r) for r in table.rows) > MAX_COLUMNS:
        raise TableFileError(tr("{table} has more than {limit} columns; import reads up to {limit}", table=table.where, limit=MAX_COLUMNS))
    for r, row in enumerate(table.rows):
        for cell in row:
            if len(cell.text) > MAX_CELL_CHARS:
                raise TableFileError(tr("{table}, row {row}: a cell holds {chars} characters; import reads up to {limit}",
                                        table=table.where, row=table.first_row + r, chars=len(cell.text), limit=MAX_CELL_CHARS))
    return table


# ---------------------------------------------------------------- Word


def _word(path: Path) -> list[Table]:
    import docx  # python-docx
    from docx.oxml.ns import qn
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many kinds for a damaged package
        raise TableFileError(tr("{file}: Word cannot be read ({error}): open it and save it again as .docx", file=path.name, error=type(exc).__name__)) from None
    tables: list[Table] = []
    above: list[str] = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            text = _text(Paragraph(element, document).text)
            if text:
                above.append(text)
        elif element.tag == qn("w:tbl"):
            table = DocxTable(element, document)
            rows: list[list[Cell]] = []
            previous: list = []  # the row above's cell elements, to see vertical merges
            for row in table.rows:
                cells = list(row.cells)
                out = []
                for c, cell in enumerate(cells):
                    left = c > 0 and cells[c - 1]._tc is cell._tc
                    merged = left or (c < len(previous) and previous[c] is cell._tc)
                    out.append(Cell(_text(cell.text), merged, left, _word_bijoy(cell)))
                previous = [cell._tc for cell in cells]
                rows.append(out)
            tables.append(_bounded(Table(tr("table {n}", n=len(tables) + 1), _square(rows), above[-5:])))
            above = []
    return tables


def _word_bijoy(cell) -> bool:
    fonts = {run.font.name for p in cell.paragraphs for run in p.runs if run.text.strip()}
    fonts.discard(None)
    return bool(fonts) and all(_BIJOY_FONT.search(f) for f in fonts)


def _square(rows: list[list[Cell]]) -> list[list[Cell]]:
    width = max((len(r) for r in rows), default=0)
    return [r + [Cell("") for _ in range(width - len(r))] for r in rows]


# ---------------------------------------------------------------- Excel


def _excel(path: Path) -> list[Table]:
    import openpyxl

    try:
        values = openpyxl.load_workbook(str(path), data_only=True)
        formulas = openpyxl.load_workbook(str(path), data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged package
        raise TableFileError(tr("{file}: Excel cannot be read ({error}): open it and save it again as .xlsx", file=path.name, error=type(exc).__name__)) from None
    tables: list[Table] = []
    for number, ws in enumerate(values.worksheets, start=1):
        where = tr("sheet {n}", n=number)
        if ws.max_row > MAX_ROWS + 50 or ws.max_column > MAX_COLUMNS:
            raise TableFileError(tr("{table} is {rows} rows by {columns} columns; import reads up to {max_rows} rows and {max_columns} columns",
                                    table=where, rows=ws.max_row, columns=ws.max_column, max_rows=MAX_ROWS, max_columns=MAX_COLUMNS))
        origin: dict[tuple[int, int], tuple[int, int]] = {}
        for rng in ws.merged_cells.ranges:
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    origin[(r, c)] = (rng.min_row, rng.min_col)
        fws = formulas.worksheets[number - 1]
        grid: list[list[Cell]] = []
        for r in range(1, ws.max_row + 1):
            row = []
            for c in range(1, ws.max_column + 1):
                o = origin.get((r, c), (r, c))
                cell = ws.cell(*o)
                value = cell.value
                if value is None and isinstance(fws.cell(*o).value, str) and fws.cell(*o).value.startswith("="):
                    raise TableFileError(tr(
                        "{table}, row {row}, column {column}: the cell is a formula whose result the file does not hold; "
                        "open the file in Excel or LibreOffice and save it again", table=where, row=o[0], column=cell.column_letter))
                font = cell.font.name if cell.font is not None else None
                row.append(Cell(_excel_text(value), o != (r, c), o[1] != c, bool(font and _BIJOY_FONT.search(font))))
            grid.append(row)
        while grid and not any(c.text for c in grid[-1]):
            grid.pop()
        if not grid:
            continue
        # The table starts at the first row with two or more filled cells; the rows
        # above it (a title, a group's heading) are its lines above.
        start = next((i for i, row in enumerate(grid) if sum(1 for c in row if c.text and not c.merged) >= 2), 0)
        above = [c.text for row in grid[:start] for c in row if c.text and not c.merged]
        if ws.title and not re.fullmatch(r"(?i)sheet\s*\d*|শিট\s*\S*", ws.title):
            above = [ws.title] + above
        tables.append(_bounded(Table(where, _square(grid[start:]), above, first_row=start + 1)))
    return tables


def _excel_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return _text(str(value))
