"""``import FILE --office SLUG``: the tables offices keep in Word and Excel,
written as records that keep every cell as the document has it.

Three layouts are read (protishruti/tables.py reads the files):

* a charter's service table (ক্রমিক নং, সেবার নাম, সেবা প্রদান পদ্ধতি, …:
  the 7 standard columns or any of the others a charter has, in any order)
  and its GRS table (কখন যোগাযোগ করবেন, …); the line above a service table
  names its group (নাগরিক সেবা, প্রাতিষ্ঠানিক সেবা, অভ্যন্তরীণ সেবা, or any
  other heading);
* an action plan, or a quarterly report in the layout of seed 003: the plan's
  columns (কার্যক্রমের ক্ষেত্র, মান, কার্যক্রম, কর্মসম্পাদন সূচক, একক,
  কর্মসম্পাদন সূচকের মান, the লক্ষ্যমাত্রা levels) and, for a report, মন্তব্য
  and অর্জন.  A cell left blank under কার্যক্রমের ক্ষেত্র or কার্যক্রম, or
  merged with the one above, continues the area or activity above.

A cell's text is written as it is, line breaks included: a fee, a time or an
officer stays the document's words (the page shows them as written); a ditto
mark (-ঐ-) stays a ditto mark.  A cell merged across rows of a charter's
table is written in each row it spans.  A two-column GRS contact (কার সঙ্গে
যোগাযোগ করবেন | যোগাযোগের ঠিকানা) becomes one contact, the two cells on two
lines.  What no cell says (a charter's date, a plan's গণনা পদ্ধতি, a report's
submission date) is not written; ``check`` asks for what a record needs.

Text in Bijoy (SutonnyMJ) encoding is converted to Unicode, and each
conversion is printed.  Problems name the file, the table, the row and the
column: ``plan.xlsx: sheet 1, row 6, column মান: 'দশ' is not a number``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import bijoy, tables
from .messages import tr
from .tables import Cell, Table

# ---------------------------------------------------------------- where a value came from


@dataclass(frozen=True)
class Where:
    file: str
    table: str  # "table 2" or "sheet 1"
    row: int  # as the file numbers it
    column: str  # the column's heading, as the document words it

    def __str__(self) -> str:
        return tr("{file}: {table}, row {row}, column {column}", file=self.file, table=self.table, row=self.row, column=self.column)


class ImportError_(ValueError):
    """The file cannot be imported as asked (a usage mistake): one line."""


@dataclass
class Written:
    rel: str  # path relative to the content folder
    text: str
    cells: dict[int, Where]  # line of the file (after its schema line) → the cell its value came from
    kind: str  # charter | plan | report


@dataclass
class Imported:
    files: list[Written] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was read, converted, skipped
    problems: list[str] = field(default_factory=list)  # located at cells


# ---------------------------------------------------------------- YAML with a line per value


def _q(text: str) -> str:
    import json
    return json.dumps(text, ensure_ascii=False)


class _Yaml:
    """Lines of YAML, remembering which cell each value's line came from."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.cells: dict[int, Where] = {}

    def raw(self, line: str) -> None:
        self.lines.append(line)

    def value(self, prefix: str, text: str, where: Where | None) -> None:
        """``prefix`` is the key part ("    name:" or "  - when:"); the value is ``text`` exactly."""
        if where is not None:
            self.cells[len(self.lines) + 1] = where
        if "\n" in text and all(ch.isprintable() or ch == "\n" for ch in text) and not text.endswith("\n"):
            indent = " " * (len(prefix) - len(prefix.lstrip(" -")) + 2)
            self.lines.append(f"{prefix} |-")
            for line in text.split("\n"):
                self.lines.append(indent + line if line else "")
                if where is not None:
                    self.cells[len(self.lines)] = where
        else:
            self.lines.append(f"{prefix} {_q(text)}")

    def written(self, rel: str, head: list[str], kind: str) -> "Written":
        """The file, ``head`` (comments, site data) above the values; the first line is left for the schema line."""
        text = "\n".join(head + self.lines) + "\n"
        return Written(rel, text, {line + len(head) + 1: where for line, where in self.cells.items()}, kind)


# ---------------------------------------------------------------- reading cells


_NUMBERING = re.compile(r"^[(\[]?[০-৯0-9]{1,2}[)\].।]?$")


def _is_numbering(row: list[Cell]) -> bool:
    """The row of column numbers under a heading (১ ২ ৩ …)."""
    filled = [c.text for c in row if c.text and not c.merged]
    return len(filled) >= 2 and all(_NUMBERING.match(t) for t in filled)


@dataclass
class _Column:
    index: int
    key: str | None
    heading: str  # every heading row's words, for messages and for `columns:`
    short: str  # the lowest heading row's words (অসাধারণ rather than লক্ষ্যমাত্রা …)
    level: int | None = None  # a target column's level, 0 = অসাধারণ


def _headings(rows: list[list[Cell]]) -> list[tuple[str, str]]:
    """Each column's heading over several heading rows (a merged heading
    counts once), and its last words."""
    width = len(rows[0]) if rows else 0
    out = []
    for c in range(width):
        pieces: list[str] = []
        for row in rows:
            t = row[c].text
            if t and (not pieces or pieces[-1] != t):
                pieces.append(t)
        words = [p for p in pieces if not re.fullmatch(r"[০-৯0-9]+\s*%?|[০-৯0-9]+%", p)]
        full = " ".join(words or pieces)
        short = (words or pieces or [""])[-1]
        out.append((full, short))
    return out


class _Reader:
    def __init__(self, file: str, table: Table, result: Imported) -> None:
        self.file, self.table, self.result = file, table, result

    def where(self, r: int, column: _Column) -> Where:
        return Where(self.file, self.table.where, self.table.first_row + r, column.short or column.heading)

    def problem(self, r: int, column: _Column | None, message: str) -> None:
        if column is None:
            self.result.problems.append(tr("{file}: {table}, row {row}: {message}", file=self.file, table=self.table.where,
                                           row=self.table.first_row + r, message=message))
        else:
            self.result.problems.append(f"{self.where(r, column)}: {message}")

    def cell(self, r: int, column: _Column) -> str:
        """A cell's text, in Unicode: Bijoy text converted, and the conversion noted."""
        cell = self.table.rows[r][column.index]
        text = cell.text
        converted = bijoy.to_unicode(text) if cell.bijoy_font else bijoy.reading(text)
        if converted is not None and converted != text:
            self.result.notes.append(tr("{cell}: converted from Bijoy (SutonnyMJ): {bijoy} → {unicode}", cell=self.where(r, column),
                                        bijoy=_q(text), unicode=_q(converted)))
            return converted
        return text


# ---------------------------------------------------------------- what kind of table


def _kind(table: Table) -> tuple[str, int] | None:
    """The table's layout and its first heading row, from its first rows."""
    for r, row in enumerate(table.rows[:8]):
        words = " ".join(c.text for c in row)
        if "কর্মসম্পাদন সূচক" in words or "কার্যক্রমের ক্ষেত্র" in words:
            return "plan", r
        if "কখন যোগাযোগ" in words:
            return "grs", r
        if re.search(r"সেবার\s*(নাম|ধরণ|ধরন|বিবরণ)", words):
            return "services", r
        if "প্রত্যাশা" in words and len([c for c in row if c.text]) <= 3:
            return "expectations", r
    if table.rows and len(table.rows[0]) <= 3 and table.above and "প্রত্যাশা" in table.above[-1]:
        return "expectations", 0
    return None


# ---------------------------------------------------------------- action plans and reports

_ID = re.compile(r"^\s*\[?\s*([০-৯0-9]+(?:\s*\.\s*[০-৯0-9]+)*)\s*\]?\s*[।.:)]?\s*(.*)$", re.S)
_LEVELS = (("নিম্নে", 4), ("অতিউত্তম", 1), ("অতি উত্তম", 1), ("উত্তম", 2), ("চলতি মান", 3), ("অসাধারণ", 0), ("অসাধরণ", 0))
_PERCENT = {"১০০": 0, "100": 0, "৯০": 1, "90": 1, "৮০": 2, "80": 2, "৭০": 3, "70": 3, "৬০": 4, "60": 4}


def _plan_key(full: str, short: str) -> tuple[str | None, int | None]:
    h = re.sub(r"\s+", " ", full)
    if "লক্ষ্যমাত্রা" in h or any(w in h for w, _ in _LEVELS):
        for word, level in _LEVELS:
            if word in h:
                return "target", level
        m = re.search(r"([০-৯0-9]{2,3})\s*%", h)
        return "target", _PERCENT.get(m.group(1)) if m else None
    for words, key in (
        (("ক্ষেত্র",), "area"),
        (("সূচকের মান",), "weight"),
        (("গণনা পদ্ধতি",), "calculation"),
        (("কার্যক্রম",), "activity"),
        (("সূচক",), "indicator"),
        (("একক",), "unit"),
        (("প্রমাণক",), "evidence"),
        (("অর্জন",), "achievement"),
        (("মন্তব্য", "অগ্রগতি"), "remarks"),
    ):
        if any(w in h for w in words):
            return key, None
    if short.strip(" :ঃ") == "মান" or h.startswith("মান"):
        return "area_weight", None
    return None, None


_PLAN_FIELDS = {
    "area": "কার্যক্রমের ক্ষেত্র", "area_weight": "মান", "activity": "কার্যক্রম", "indicator": "কর্মসম্পাদন সূচক",
    "unit": "একক", "weight": "কর্মসম্পাদন সূচকের মান", "target": "লক্ষ্যমাত্রা", "evidence": "প্রমাণক",
    "calculation": "গণনা পদ্ধতি", "achievement": "অর্জন", "remarks": "মন্তব্য",
}


_CONTINUED = ("area", "area_weight", "activity")


@dataclass
class _Indicator:
    r: int
    id: str
    name: str
    where: Where  # the indicator cell (its id and name)
    cells: dict[str, tuple[str, Where]]  # key → (text, where)
    targets: list[tuple[str, Where] | None]


@dataclass
class _Activity:
    r: int
    id: str
    name: str
    where: Where
    indicators: list[_Indicator] = field(default_factory=list)


@dataclass
class _Area:
    r: int
    name: str
    where: Where
    weight: tuple[str, Where] | None
    activities: list[_Activity] = field(default_factory=list)


@dataclass
class _PlanTable:
    areas: list[_Area]
    has_report: bool  # অর্জন or মন্তব্য columns
    above: list[str]


def _read_plan(reader: _Reader, start: int) -> _PlanTable | None:
    t = reader.table
    rows = t.rows
    # the headings end at the row of column numbers (১ ২ ৩ …), or else at the first row with an indicator's id
    first_data = None
    for r in range(start + 1, len(rows)):
        if _is_numbering(rows[r]):
            first_data = r + 1
            break
        if any(_is_indicator_id(c.text) for c in rows[r]):
            first_data = r
            break
    if first_data is None or first_data >= len(rows):
        reader.problem(start, None, tr("no row of this table starts an indicator with its id ([১.১.১] …): is it an action plan?"))
        return None
    heading_rows = [row for row in rows[start:first_data] if not _is_numbering(row)]
    columns: list[_Column] = []
    for i, (full, short) in enumerate(_headings(heading_rows)):
        key, level = _plan_key(full, short)
        columns.append(_Column(i, key, full, short, level))
    by_key: dict[str, _Column] = {}
    targets = [c for c in columns if c.key == "target"]
    if len(targets) == 1 and targets[0].level is None:
        targets[0].level = 0
    ok = True
    for col in columns:
        if col.key is None:
            if any(rows[r][col.index].text for r in range(first_data, len(rows))):
                reader.problem(start, col, tr("import does not know this column of an action plan (it reads {known}): rename its heading, or remove the column",
                                              known=", ".join(dict.fromkeys(_PLAN_FIELDS.values()))))
                ok = False
            continue
        if col.key == "target":
            if col.level is None:
                reader.problem(start, col, tr("which target level is this (অসাধারণ, অতিউত্তম, উত্তম, চলতি মান, চলতি মানের নিম্নে)? write it in the heading"))
                ok = False
            continue
        if col.key in by_key:
            reader.problem(start, col, tr("two columns read as {field} ('{first}' and '{second}'): keep one",
                                          field=_PLAN_FIELDS[col.key], first=by_key[col.key].heading, second=col.heading))
            ok = False
            continue
        by_key[col.key] = col
    levels = sorted({c.level for c in targets if c.level is not None})
    if not targets:
        reader.problem(start, None, tr("this table has no লক্ষ্যমাত্রা (target) column"))
        ok = False
    elif len(levels) != len([c for c in targets if c.level is not None]):
        reader.problem(start, None, tr("two target columns have the same level: name each level in its heading"))
        ok = False
    for need in ("indicator", "weight"):
        if need not in by_key:
            reader.problem(start, None, tr("this table has no {field} column", field=_PLAN_FIELDS[need]))
            ok = False
    if not ok:
        return None
    if levels and levels != list(range(len(levels))):
        reader.problem(start, None, tr("the target columns skip a level: an action plan's levels run from অসাধারণ down, without gaps"))
        return None
    targets.sort(key=lambda c: c.level)

    areas: list[_Area] = []
    activity: _Activity | None = None
    for r in range(first_data, len(rows)):
        row = rows[r]
        if not any(c.text for c in row):
            continue
        # a cell merged with the one above continues the area or activity above; any
        # other merged cell (a unit, a remark for two indicators) holds for each row
        text = {k: "" if row[col.index].from_left or (row[col.index].merged and k in _CONTINUED) else reader.cell(r, col)
                for k, col in by_key.items()}
        first = next((c.text for c in row if c.text), "")
        if re.match(r"^(সর্ব)?\s*মোট", first):
            reader.result.notes.append(tr("{file}: {table}, row {row}: a total row ({text}), not imported: the site adds the weights itself",
                                          file=reader.file, table=t.where, row=t.first_row + r, text=_q(first[:40])))
            continue
        ind_col = by_key["indicator"]
        if row[ind_col.index].merged:
            reader.problem(r, ind_col, tr("this cell is merged with the one above: each indicator is one row; split the merged cell"))
            continue
        if text.get("area"):
            wcol = by_key.get("area_weight")
            weight = (text["area_weight"], reader.where(r, wcol)) if wcol is not None and text.get("area_weight") else None
            areas.append(_Area(r, text["area"], reader.where(r, by_key["area"]), weight))
            activity = None
        elif "area" in by_key and not row[by_key["area"].index].merged and not areas:
            reader.problem(r, by_key["area"], tr("the first indicator has no কার্যক্রমের ক্ষেত্র: write the area's name"))
            continue
        elif text.get("area_weight"):
            reader.problem(r, by_key["area_weight"], tr("a মান without a কার্যক্রমের ক্ষেত্র beside it: write the area's name in this row, or merge the cells"))
        if not areas:
            areas.append(_Area(r, "", Where(reader.file, t.where, t.first_row + r, "কার্যক্রমের ক্ষেত্র"), None))
            reader.problem(r, None, tr("this table has no কার্যক্রমের ক্ষেত্র column: an action plan's indicators are grouped in areas"))
            return None
        act_col = by_key.get("activity")
        if act_col is not None and text.get("activity"):
            m = _ID.match(text["activity"])
            if not m or not m.group(2).strip() or "." not in m.group(1):
                reader.problem(r, act_col, tr("{text} does not start with the activity's id: write it as [১.১] followed by the name", text=_q(text["activity"][:60])))
                continue
            activity = _Activity(r, m.group(1), m.group(2).strip(), reader.where(r, act_col))
            areas[-1].activities.append(activity)
        elif activity is None:
            reader.problem(r, act_col, tr("the area's first indicator has no কার্যক্রম: write the activity ([১.১] and its name)"))
            continue
        m = _ID.match(text["indicator"])
        if not text["indicator"]:
            reader.problem(r, ind_col, tr("this row has no কর্মসম্পাদন সূচক: each row of the table is one indicator"))
            continue
        if not m or not m.group(2).strip() or m.group(1).count(".") < 2:
            reader.problem(r, ind_col, tr("{text} does not start with the indicator's id: write it as [১.১.১] followed by the name", text=_q(text["indicator"][:60])))
            continue
        cells = {k: (v, reader.where(r, by_key[k])) for k, v in text.items() if v and k not in ("area", "area_weight", "activity", "indicator")}
        tvalues: list[tuple[str, Where] | None] = []
        for col in targets:
            v = "" if row[col.index].from_left else reader.cell(r, col)
            tvalues.append((v, reader.where(r, col)) if v else None)
        activity.indicators.append(_Indicator(r, m.group(1), m.group(2).strip(), reader.where(r, ind_col), cells, tvalues))
    return _PlanTable(areas, "achievement" in by_key or "remarks" in by_key, t.above)


def _is_indicator_id(text: str) -> bool:
    m = _ID.match(text)
    return bool(m and m.group(1).count(".") >= 2 and m.group(2).strip())


def _plan_yaml(plan: _PlanTable, fiscal_year: str) -> _Yaml:
    y = _Yaml()
    y.raw(f"fiscal_year: {fiscal_year}")
    y.raw("areas:")
    for area in plan.areas:
        y.value("  - name:", area.name, area.where)
        if area.weight is not None:
            y.value("    weight:", area.weight[0], area.weight[1])
        else:
            y.raw("    # মান: সারণিতে এই ক্ষেত্রের মান নেই")
        y.raw("    activities:")
        for act in area.activities:
            y.value("      - id:", f"[{act.id}]", act.where)
            y.value("        name:", act.name, act.where)
            y.raw("        indicators:")
            for ind in act.indicators:
                y.value("          - id:", f"[{ind.id}]", ind.where)
                y.value("            name:", ind.name, ind.where)
                for key in ("unit", "weight", "calculation", "evidence"):
                    if key in ind.cells:
                        y.value(f"            {key}:", *ind.cells[key])
                # the targets on one line, as the document's row has them; "-" where its cell is blank
                if all(t is None or "\n" not in t[0] for t in ind.targets):
                    y.raw("            targets: [" + ", ".join('"-"' if t is None else _q(t[0]) for t in ind.targets) + "]")
                    where = next((t[1] for t in ind.targets if t is not None), None)
                    if where is not None:
                        y.cells[len(y.lines)] = where
                else:
                    y.raw("            targets:")
                    for t in ind.targets:
                        if t is None:
                            y.raw('              - "-"')
                        else:
                            y.value("              -", *t)
    return y


def _report_yaml(plan: _PlanTable, fiscal_year: str, quarter: int, title: tuple[str, Where] | None) -> _Yaml:
    y = _Yaml()
    y.raw(f"fiscal_year: {fiscal_year}")
    y.raw(f"quarter: {quarter}")
    if title is not None:
        y.value("title:", *title)
    y.raw("# দাখিলের তারিখ ও স্বাক্ষরকারী সারণিতে নেই: দলিলে থাকলে যোগ করুন (submitted: YYYY-MM-DD, signatory:)")
    y.raw("indicators:")
    for area in plan.areas:
        for act in area.activities:
            for ind in act.indicators:
                y.value("  - id:", f"[{ind.id}]", ind.where)
                for key in ("achievement", "remarks"):
                    if key in ind.cells:
                        y.value(f"    {key}:", *ind.cells[key])
    return y


# ---------------------------------------------------------------- fiscal year and quarter from the words

_YEAR = re.compile(r"([০-৯0-9]{4})\s*[-–/]\s*([০-৯0-9]{2,4})")
_QUARTER_WORDS = (("১ম", 1), ("প্রথম", 1), ("২য়", 2), ("দ্বিতীয়", 2), ("৩য়", 3), ("তৃতীয়", 3), ("৪র্থ", 4), ("চতুর্থ", 4))


def _fiscal_year_in(lines: list[str]) -> str | None:
    from .schema import parse_fiscal_year
    for line in lines:
        for m in _YEAR.finditer(line):
            try:
                return parse_fiscal_year(f"{m.group(1)}-{m.group(2)}")
            except ValueError:
                continue
    return None


def _quarter_in(lines: list[str]) -> int | None:
    for line in lines:
        line = _nfc(line)
        for word, q in _QUARTER_WORDS:
            if re.search(_nfc(word) + r"\s*ত্রৈমাসিক", line):
                return q
    return None


def _nfc(text: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------- charters

_GROUPS = (("নাগরিক সেবা", "citizen"), ("প্রাতিষ্ঠানিক সেবা", "institutional"), ("অভ্যন্তরীণ সেবা", "internal"))
_SERVICE_FIELDS = {
    "serial": "ক্রমিক নং", "name": "সেবার নাম", "recipient": "সেবাগ্রহীতা", "method": "সেবা প্রদান পদ্ধতি",
    "documents": "প্রয়োজনীয় কাগজপত্র", "documents_source": "কাগজপত্র/আবেদন ফরম প্রাপ্তিস্থান",
    "fee": "সেবার মূল্য", "time_limit": "সময়সীমা", "officer": "দায়িত্বপ্রাপ্ত কর্মকর্তা",
    "superior": "ঊর্ধ্বতন কর্মকর্তা", "note": "মন্তব্য",
}
_GRS_FIELDS = {"serial": "ক্রমিক নং", "when": "কখন যোগাযোগ করবেন", "contact": "কার সঙ্গে যোগাযোগ করবেন",
               "alternate": "বিকল্প কর্মকর্তা", "time_limit": "নিষ্পত্তির সময়সীমা"}


def _has(h: str, *words: str) -> bool:
    return any(_nfc(w) in h for w in words)


def _service_key(heading: str) -> str | None:
    h = _nfc(re.sub(r"\s+", " ", heading)).strip()
    if re.match(_nfc(r"^(ক্র|ক্রম|নং|নম্বর|sl\b|serial)"), h, re.I):
        return "serial"
    if _has(h, "র্ধ্বতন", "র্দ্ধতন", "ঊর্ধ্ব", "উর্ধ", "উর্দ্ধ"):
        return "superior"
    if _has(h, "মূল্য") or re.search(_nfc(r"(^|\s)ফি(\s|$)"), h):
        return "fee"
    if _has(h, "সময়"):
        return "time_limit"
    if _has(h, "গ্রহীতা"):
        return "recipient"
    if _has(h, "কাগজপত্র", "ফরম", "প্রাপ্তিস্থান", "প্রাপ্তি স্থান"):
        return "documents"
    if re.search(_nfc(r"সেবার\s*(নাম|ধরণ|ধরন|বিবরণ)"), h):
        return "name"
    if _has(h, "কর্মকর্তা", "দায়িত্ব"):
        return "officer"
    if _has(h, "পদ্ধতি"):
        return "method"
    if _has(h, "মন্তব্য"):
        return "note"
    return None


def _grs_key(heading: str) -> str | None:
    h = _nfc(re.sub(r"\s+", " ", heading)).strip()
    if re.match(_nfc(r"^(ক্র|ক্রম|নং|sl\b|serial)"), h, re.I):
        return "serial"
    if _has(h, "কখন"):
        return "when"
    if _has(h, "বিকল্প"):
        return "alternate"
    if _has(h, "সময়"):
        return "time_limit"
    if _has(h, "কার সঙ্গে", "কার সাথে", "কার সংগে", "ঠিকানা", "কর্মকর্তা", "যোগাযোগ"):
        return "contact"
    return None


@dataclass
class _Row:
    cells: dict[str, tuple[str, Where]]


@dataclass
class _Group:
    key: str  # citizen | institutional | internal | other
    heading: tuple[str, Where | None] | None  # as the document words it
    rows: list[_Row] = field(default_factory=list)


@dataclass
class _Charter:
    groups: list[_Group] = field(default_factory=list)
    grs: list[_Row] = field(default_factory=list)
    expectations: list[tuple[str, Where]] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # key → heading, in the document's order
    grs_columns: dict[str, str] = field(default_factory=dict)
    grs_heading: str | None = None
    expectations_heading: str | None = None
    title: str | None = None
    vision: str | None = None
    mission: str | None = None


def _columns(reader: _Reader, header: int, classify, fields: dict[str, str], what: str) -> list[_Column] | None:
    """The table's columns; several heading rows are read as one (a merged heading counts once)."""
    rows = reader.table.rows
    end = header + 1
    while end < len(rows) and _is_numbering(rows[end]):
        end += 1
    heading_rows = [rows[header]]
    cols = []
    for i, (full, short) in enumerate(_headings(heading_rows)):
        cols.append(_Column(i, classify(full) if full else None, full, full))
    ok = True
    seen: dict[str, _Column] = {}
    for col in cols:
        filled = any(rows[r][col.index].text and not rows[r][col.index].merged for r in range(end, len(rows)))
        if col.key is None:
            if filled or col.heading:
                reader.problem(header, col, tr("import does not know this column of a {table} (it reads {known}): rename its heading, or remove the column",
                                               table=what, known=", ".join(fields.values())))
                ok = False
            continue
        if col.key in seen and not (col.key == "documents" or col.key == "contact"):
            reader.problem(header, col, tr("two columns read as {field} ('{first}' and '{second}'): keep one",
                                           field=fields[col.key], first=seen[col.key].heading, second=col.heading))
            ok = False
        seen.setdefault(col.key, col)
    docs = [c for c in cols if c.key == "documents"]
    if len(docs) == 2:
        source = [c for c in docs if _has(_nfc(c.heading), "প্রাপ্তি")]
        if len(source) == 1:
            source[0].key = "documents_source"
        else:
            reader.problem(header, docs[1], tr("two columns read as {field}: which one is where to get them (প্রাপ্তিস্থান)?", field=fields["documents"]))
            ok = False
    elif len(docs) > 2:
        reader.problem(header, docs[2], tr("more than two columns read as {field}: keep one, and one for প্রাপ্তিস্থান", field=fields["documents"]))
        ok = False
    if sum(1 for c in cols if c.key == "contact") > 2:
        reader.problem(header, None, tr("more than two columns read as কার সঙ্গে যোগাযোগ করবেন: keep the officer and the address"))
        ok = False
    return cols if ok else None


def _data_rows(reader: _Reader, header: int):
    rows = reader.table.rows
    for r in range(header + 1, len(rows)):
        row = rows[r]
        if not any(c.text for c in row) or _is_numbering(row):
            continue
        yield r, row


def _group_of(lines: list[str]) -> tuple[str, str] | None:
    """The group a service table's heading names, nearest line first."""
    for line in reversed(lines):
        n = _nfc(line)
        for words, key in _GROUPS:
            if _nfc(words) in n:
                return key, line
    return None


def _read_services(reader: _Reader, header: int, charter: _Charter) -> None:
    cols = _columns(reader, header, _service_key, _SERVICE_FIELDS, tr("charter's service table"))
    if cols is None:
        return
    t = reader.table
    found = _group_of(t.above)
    if found is not None:
        group = _Group(found[0], (found[1], None))
    elif t.above and len(t.above[-1]) <= 120:
        group = _Group("other", (t.above[-1], None))
    elif charter.groups:
        group = charter.groups[-1]
        reader.result.notes.append(tr("{file}: {table} has no heading above it: its services are added to the table before it", file=reader.file, table=t.where))
    else:
        group = _Group("citizen", None)
        reader.result.notes.append(tr("{file}: {table} has no heading above it: its services are written as নাগরিক সেবা (move them if the document says otherwise)",
                                      file=reader.file, table=t.where))
    if group not in charter.groups:
        charter.groups.append(group)
    for col in cols:
        if col.key is not None:
            charter.columns.setdefault(col.key, col.heading)
    merged_noted: set[str] = set()
    for r, row in _data_rows(reader, header):
        spans = {c.text for c in row if c.text}
        if len(spans) == 1 and sum(1 for c in row if c.text) >= max(2, len(row) // 2):
            # one merged cell across the row: a group's heading inside the table
            text = reader.cell(r, cols[0])
            found = _group_of([text])
            group = _Group(found[0] if found else "other", (text, reader.where(r, cols[0])))
            charter.groups.append(group)
            continue
        values: dict[str, tuple[str, Where]] = {}
        for col in cols:
            if col.key is None or not row[col.index].text or row[col.index].from_left:
                continue
            if row[col.index].merged and col.key not in merged_noted:
                merged_noted.add(col.key)
                reader.result.notes.append(tr("{cell}: a cell merged over several rows: its text is written in each row it spans", cell=reader.where(r, col)))
            values[col.key] = (reader.cell(r, col), reader.where(r, col))
        if "name" not in values:
            name_col = next((c for c in cols if c.key == "name"), None)
            reader.problem(r, name_col, tr("this row has no সেবার নাম: each row is one service (if it goes on from the row above, merge the cells or move its text up)"))
            continue
        group.rows.append(_Row(values))


def _read_grs(reader: _Reader, header: int, charter: _Charter) -> None:
    cols = _columns(reader, header, _grs_key, _GRS_FIELDS, tr("GRS table"))
    if cols is None:
        return
    contact = [c for c in cols if c.key == "contact"]
    for col in cols:
        if col.key is not None:
            charter.grs_columns.setdefault(col.key, " ও ".join(c.heading for c in contact) if col.key == "contact" else col.heading)
    if contact:
        if len(contact) == 2:
            reader.result.notes.append(tr("{file}: {table}: the columns '{first}' and '{second}' are one contact, their cells on two lines",
                                          file=reader.file, table=reader.table.where, first=contact[0].heading, second=contact[1].heading))
    for line in reversed(reader.table.above):
        if _has(_nfc(line), "অভিযোগ") and len(line) <= 120:
            charter.grs_heading = line
            break
    for r, row in _data_rows(reader, header):
        values: dict[str, tuple[str, Where]] = {}
        for col in cols:
            if col.key is None or not row[col.index].text or row[col.index].from_left:
                continue
            text = reader.cell(r, col)
            if col.key == "contact" and "contact" in values:
                values["contact"] = (values["contact"][0] + "\n" + text, values["contact"][1])
            else:
                values[col.key] = (text, reader.where(r, col))
        charter.grs.append(_Row(values))


def _read_expectations(reader: _Reader, header: int, charter: _Charter) -> None:
    rows = reader.table.rows
    width = len(rows[header])
    charter.expectations_heading = next((c.text for c in rows[header] if "প্রত্যাশা" in c.text), None) or next(
        (line for line in reversed(reader.table.above) if "প্রত্যাশা" in line and len(line) <= 120), None)
    serial = {i for i in range(width) if re.match(_nfc(r"^(ক্র|নং)"), _nfc(rows[header][i].text))}
    for r, row in _data_rows(reader, header):
        texts = [(i, c) for i, c in enumerate(row) if i not in serial and c.text and not c.merged]
        for i, c in texts:
            col = _Column(i, "expectation", rows[header][i].text or "প্রত্যাশা", rows[header][i].text or "প্রত্যাশা")
            charter.expectations.append((reader.cell(r, col), reader.where(r, col)))


def _charter_words(tables_: list[Table], charter: _Charter) -> None:
    """The title, রূপকল্প and অভিলক্ষ্য from the lines above the tables."""
    lines = [line for t in tables_ for line in t.above]
    for i, line in enumerate(lines):
        n = _nfc(line)
        for key, word in (("vision", "রূপকল্প"), ("mission", "অভিলক্ষ্য")):
            m = re.match(r"^\s*(?:[০-৯0-9.)]+\s*)?" + _nfc(word) + r"\s*(?:\([^)]*\))?\s*[:ঃ-]?\s*(.*)$", n, re.S)
            if m and getattr(charter, key) is None:
                text = m.group(1).strip() or (lines[i + 1] if i + 1 < len(lines) else "")
                setattr(charter, key, text or None)
        if charter.title is None and len(line) <= 120 and _has(n, "সেবা প্রদান প্রতিশ্রুতি", "নাগরিক সনদ", "সিটিজেন চার্টার"):
            charter.title = line


def _charter_yaml(charter: _Charter, effective_date: str | None) -> _Yaml:
    y = _Yaml()
    if effective_date:
        y.raw("# কার্যকর তারিখ, দলিলে যেমন (import --effective-date)")
        y.raw(f"effective_date: {effective_date}")
    if charter.title:
        y.value("title:", charter.title, None)
    for key in ("vision", "mission"):
        if getattr(charter, key):
            y.value(f"{key}:", getattr(charter, key), None)
    y.raw("services:")
    order = [k for _, k in _GROUPS]
    named = {k: [g for g in charter.groups if g.key == k] for k in order}
    headings: dict[str, str] = {}
    for key in order:
        rows = [row for g in named[key] for row in g.rows]
        if not rows:
            continue
        y.raw(f"  {key}:")
        for row in rows:
            _service(y, row, "    ")
        head = named[key][0].heading
        if head is not None and _nfc(head[0]).strip() != _nfc(dict((v, k) for k, v in _GROUPS)[key]):
            headings[key] = head[0]
    others = [g for g in charter.groups if g.key == "other" and g.rows]
    if others:
        y.raw("  other:")
        for g in others:
            y.value("    - heading:", g.heading[0], g.heading[1])
            y.raw("      services:")
            for row in g.rows:
                _service(y, row, "        ")
    if charter.grs:
        y.raw("grs:")
        for row in charter.grs:
            first = True
            for key in ("serial", "when", "contact", "alternate", "time_limit"):
                if key in row.cells:
                    y.value(("  - " if first else "    ") + f"{key}:", *row.cells[key])
                    first = False
            if first:
                y.raw("  - {}")
    if charter.expectations:
        y.raw("expectations:")
        for text, where in charter.expectations:
            y.value("  -", text, where)
    if charter.grs_heading and _nfc(charter.grs_heading) != _nfc("অভিযোগ প্রতিকার ব্যবস্থাপনা (জিআরএস)"):
        headings["grs"] = charter.grs_heading
    if charter.expectations_heading and _nfc(charter.expectations_heading) != _nfc("আপনার কাছে আমাদের প্রত্যাশা"):
        headings["expectations"] = charter.expectations_heading
    for name, block in (("headings", headings), ("columns", charter.columns), ("grs_columns", charter.grs_columns)):
        if block:
            y.raw(f"{name}:  # দলিলে যেভাবে লেখা")
            for key, text in block.items():
                y.value(f"  {key}:", text, None)
    return y


def _service(y: _Yaml, row: _Row, indent: str) -> None:
    keys = [k for k in _SERVICE_FIELDS if k in row.cells]
    keys.sort(key=lambda k: 0 if k == "serial" else 1 if k == "name" else 2)
    for i, key in enumerate(keys):
        y.value(f"{indent}{'- ' if i == 0 else '  '}{key}:", *row.cells[key])


# ---------------------------------------------------------------- the whole file


@dataclass
class Asked:
    office: str
    office_folder: str  # offices/<slug>, relative to the content folder
    fiscal_year: str | None = None
    quarter: int | None = None
    effective_date: str | None = None
    plans: dict[str, str] = field(default_factory=dict)  # fiscal year → the existing plan's path
    today: str = ""  # what a record that states no date of its own gives as published: (YYYY-MM-DD)


def read(path: Path, asked: Asked) -> Imported:
    """The records the file's tables hold (raises tables.TableFileError, ImportError_)."""
    result = Imported()
    name = path.name
    found = []
    for table in tables.read(path):
        kind = _kind(table)
        if kind is None:
            if any(c.text for row in table.rows for c in row):
                result.notes.append(tr("{file}: {table} was not read: its first rows are not the headings of a service, GRS or action-plan table", file=name, table=table.where))
            continue
        found.append((table, *kind))
    if not found:
        raise ImportError_(tr("{file}: no table in it has the headings of a charter's service table (সেবার নাম …), a GRS table (কখন যোগাযোগ করবেন …) or an action plan (কর্মসম্পাদন সূচক …)", file=name))
    kinds = {k for _, k, _ in found}
    if "plan" in kinds and kinds - {"plan"}:
        raise ImportError_(tr("{file} holds both a charter's tables and an action plan: import them from separate files", file=name))
    if "plan" in kinds:
        _plan_file(name, found, asked, result)
    else:
        _charter_file(name, found, asked, result)
    return result


def _plan_file(name: str, found: list, asked: Asked, result: Imported) -> None:
    plans = []
    for table, _, start in found:
        plan = _read_plan(_Reader(name, table, result), start)
        if plan is not None:
            plans.append(plan)
    if result.problems or not plans:
        return
    plan = _PlanTable([a for p in plans for a in p.areas], any(p.has_report for p in plans), [line for p in plans for line in p.above])
    words = plan.above + [c.text for t, _, s in found for row in t.rows[s:s + 3] for c in row]
    fiscal_year = asked.fiscal_year or _fiscal_year_in(words)
    if fiscal_year is None:
        raise ImportError_(tr("{file}: the file does not say which fiscal year it is: give --fiscal-year YYYY-YY", file=name))
    if asked.fiscal_year and _fiscal_year_in(words) not in (None, asked.fiscal_year):
        result.notes.append(tr("{file}: the document's words name {named}; written as {given}, as --fiscal-year says",
                               file=name, named=_fiscal_year_in(words), given=asked.fiscal_year))
    folder = asked.office_folder
    if fiscal_year in asked.plans:
        result.notes.append(tr("{file}: office {office} has the {year} action plan already ({path}): it is kept as it is, and only the report is taken from this file",
                               file=name, office=asked.office, year=fiscal_year, path=asked.plans[fiscal_year]))
    else:
        y = _plan_yaml(plan, fiscal_year)
        result.files.append(y.written(f"{folder}/action-plans/{fiscal_year}.yaml", _head(name, asked.today, False), "plan"))
    if not plan.has_report:
        if fiscal_year in asked.plans:
            raise ImportError_(tr("{file}: the table has no মন্তব্য or অর্জন column, so it is the {year} action plan, which office {office} has already ({path})",
                                  file=name, year=fiscal_year, office=asked.office, path=asked.plans[fiscal_year]))
        return
    quarter = asked.quarter or _quarter_in(plan.above)
    if quarter is None:
        raise ImportError_(tr("{file}: the table has progress columns (মন্তব্য, অর্জন) but the file does not say which quarter: give --quarter N", file=name))
    title = next((line for line in plan.above if _has(_nfc(line), "ত্রৈমাসিক", "প্রতিবেদন")), None)
    y = _report_yaml(plan, fiscal_year, quarter, (title, None) if title else None)
    result.files.append(y.written(f"{folder}/reports/{fiscal_year}-q{quarter}.yaml", _head(name, asked.today, False), "report"))


def _charter_file(name: str, found: list, asked: Asked, result: Imported) -> None:
    charter = _Charter()
    for table, kind, start in found:
        reader = _Reader(name, table, result)
        {"services": _read_services, "grs": _read_grs, "expectations": _read_expectations}[kind](reader, start, charter)
    if result.problems:
        return
    _charter_words([t for t, _, _ in found], charter)
    y = _charter_yaml(charter, asked.effective_date)
    stem = asked.effective_date or f"{asked.today}-" + (re.sub(r"[^a-z0-9]+", "-", Path(name).stem.lower()).strip("-") or "imported")
    result.files.append(y.written(f"{asked.office_folder}/charters/{stem}.yaml", _head(name, asked.today, asked.effective_date is not None), "charter"))


def _head(name: str, today: str, dated: bool) -> list[str]:
    out = [f"# {name} থেকে import দিয়ে আনা: প্রতিটি মান দলিলের ঘরে যেমন লেখা, ঠিক তেমন।"]
    if not dated:
        out += ["# এই সাইটে প্রথম প্রকাশের তারিখ (সাইটের তথ্য, দলিলের নয়); দলিলে নিজের তারিখ থাকলে সেটি লিখুন",
                f"published: {today}"]
    return out


# ---------------------------------------------------------------- writing, then checking what was written


_FIELD_PREFIX = re.compile(r"^'?[a-z_][a-z_.0-9]*'?: ")


@dataclass
class Outcome:
    written: list[Path] = field(default_factory=list)  # kept in the content folder
    problems: list[str] = field(default_factory=list)  # the table's mistakes: nothing was kept
    left: list[str] = field(default_factory=list)  # what the records still need that no cell gives
    notes: list[str] = field(default_factory=list)
    schemas: list[Path] = field(default_factory=list)


def apply(content: Path, path: Path, asked: Asked, check) -> Outcome:
    """Read ``path``, write its records into ``content`` and check them with
    ``check`` (commands.check).  A problem check finds on a line that came from
    a cell is named by that cell, and then no file is kept: the table is
    corrected in Word or Excel and imported again.  Raises ImportError_ for a
    usage mistake (a record that exists), tables.TableFileError for a file
    that cannot be read."""
    from .scaffold import _schema_line  # the same editor's-schema line as new

    imported = read(path, asked)
    outcome = Outcome(notes=imported.notes)
    if imported.problems:
        outcome.problems = imported.problems
        return outcome
    for w in imported.files:
        if (content / w.rel).exists():
            raise ImportError_(tr("{path} exists already: import writes new records only; remove or rename it to import this file again",
                                  path=content / w.rel))
    made: list[Path] = []
    folders: list[Path] = []  # made for these records, removed again with them

    def undo() -> None:
        for target in made:
            target.unlink(missing_ok=True)
        for folder in reversed(folders):
            try:
                folder.rmdir()
            except OSError:
                pass

    try:
        for w in imported.files:
            target = content / w.rel
            line, schemas = _schema_line(content, target, w.kind)
            outcome.schemas += schemas
            if not target.parent.is_dir():
                target.parent.mkdir(parents=True)
                folders.append(target.parent)
            with open(target, "x", encoding="utf-8") as fh:
                fh.write(line + "\n" + w.text)
            made.append(target)
        after = check(content)
    except BaseException:
        undo()
        raise
    ours = {w.rel: w for w in imported.files}
    for problem in after.problems.sorted():
        mine = ours.get(problem.path)
        where = mine.cells.get(problem.line) if mine is not None else None
        if where is not None:  # the column names the field: "'weight': 'দশ' is …" reads "'দশ' is …"
            outcome.problems.append(f"{where}: {_FIELD_PREFIX.sub('', problem.message)}")
        elif mine is None:  # another record, which the new ones clash with
            outcome.problems.append(str(problem))
        else:
            outcome.left.append(str(problem))
    if outcome.problems:
        undo()
        outcome.left = []
        return outcome
    outcome.written = made
    return outcome
