"""The content model: one pydantic model per record type.

Records arrive as text (see yamlsource); the field types below turn that text
into numbers, dates and booleans, accepting Bangla digits.  Unknown keys are
errors (``extra="forbid"``) so a typo never silently drops data.
docs/content.md documents every field with an example.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Annotated, Iterator, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from . import bangla
from .scoring import CALCULATIONS, METHODS

# ---------------------------------------------------------------- field types


def _text(value: object) -> object:
    if isinstance(value, str):
        value = value.strip()
        if not value:
            raise ValueError("must not be empty")
    return value


def _number(value: object) -> object:
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str):
        return bangla.parse_number(value)
    return value


_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_date(value: object) -> object:
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return value
    raw = bangla.ascii_digits(value.strip())
    m = _ISO.match(raw)
    if not m:
        raise ValueError(f"'{value}' is not a date: write it as YYYY-MM-DD, e.g. 2023-01-02")
    y, mo, d = (int(g) for g in m.groups())
    if not 1 <= mo <= 12:
        raise ValueError(f"impossible date {raw}: there is no month {mo}")
    try:
        return date(y, mo, d)
    except ValueError:
        import calendar

        last = calendar.monthrange(y, mo)[1]
        raise ValueError(f"impossible date {raw}: {date(y, mo, 1):%B %Y} has {last} days") from None


def _fiscal_year(value: object) -> object:
    if not isinstance(value, str):
        return value
    raw = bangla.ascii_digits(value.strip())
    m = re.match(r"^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$", raw)
    if not m:
        raise ValueError(f"'{value}' is not a fiscal year: write it as 2023-24 (July 2023 to June 2024)")
    first, second = int(m.group(1)), int(m.group(2))
    if second % 100 != (first + 1) % 100 or (second >= 100 and second != first + 1):
        raise ValueError(f"'{value}' is not a fiscal year: the second year must follow the first, as in {first}-{(first + 1) % 100:02d}")
    return f"{first}-{(first + 1) % 100:02d}"


def _integer(value: object) -> object:
    if isinstance(value, str):
        n = bangla.parse_number(value)
        if n != n.to_integral_value():
            raise ValueError(f"'{value}' must be a whole number")
        return int(n)
    return value


def _boolean(value: object) -> object:
    if isinstance(value, str):
        low = value.strip().lower()
        if low in ("true", "yes", "হ্যাঁ"):
            return True
        if low in ("false", "no", "না"):
            return False
        raise ValueError(f"'{value}' is not true or false")
    return value


def _dotted_id(value: object) -> object:
    """Ids such as [১.১] or [১.১.১].  Unquoted, YAML reads ``[১.১]`` as a list
    of one item; we accept that, because it is what a webmaster will type."""
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
        value = value[0]
    if not isinstance(value, str):
        raise ValueError("write the id as text, e.g. \"[১.১.১]\"")
    raw = bangla.ascii_digits(value.strip()).strip("[]").strip()
    if not re.fullmatch(r"\d+(\.\d+)*", raw):
        raise ValueError(f"'{value}' is not an id like [১.১] or [১.১.১]")
    return ".".join(str(int(p)) for p in raw.split("."))


def _target(value: object) -> object:
    """A target or achievement: a number, a date (YYYY-MM-DD), or '-' for none."""
    if value is None:
        return None
    if isinstance(value, str):
        raw = value.strip()
        if raw in ("-", "–", "—", ""):
            return None
        if _ISO.match(bangla.ascii_digits(raw)):
            return parse_date(raw)
        return bangla.parse_number(raw)
    return value


Text = Annotated[str, BeforeValidator(_text)]
Number = Annotated[Decimal, BeforeValidator(_number), Field(ge=0)]
Integer = Annotated[int, BeforeValidator(_integer)]
Date = Annotated[date, BeforeValidator(parse_date)]
Bool = Annotated[bool, BeforeValidator(_boolean)]
FiscalYear = Annotated[str, BeforeValidator(_fiscal_year)]
DottedId = Annotated[str, BeforeValidator(_dotted_id)]
Value = Annotated[Decimal | date | None, BeforeValidator(_target)]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Email = Annotated[str, BeforeValidator(_text), Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
Url = Annotated[str, BeforeValidator(_text), Field(pattern=r"^https?://\S+$")]

OFFICE_KINDS = (
    "মন্ত্রণালয়",
    "বিভাগ",
    "অধিদপ্তর",
    "পরিদপ্তর",
    "দপ্তর",
    "সংস্থা",
    "কার্যালয়",
    "কমিশন",
    "বোর্ড",
    "কর্তৃপক্ষ",
)
# typed so that literal errors show the allowed values
OfficeKind = Literal[OFFICE_KINDS]  # type: ignore[valid-type]
Calculation = Literal[CALCULATIONS]  # type: ignore[valid-type]
ScoringMethod = Literal[METHODS]  # type: ignore[valid-type]
TimeUnit = Literal["কার্যদিবস", "দিন", "ঘণ্টা"]
Status = Literal["বাস্তবায়িত", "আংশিক বাস্তবায়িত", "চলমান", "অবাস্তবায়িত"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Update(Record):
    """One entry of a record's public change history."""

    date: Date
    note: Text | None = None


class Withdrawal(Record):
    """A withdrawn record keeps its page and URL, with this notice."""

    date: Date
    reason: Text


class Published(Record):
    """Fields every published record shares: when it first appeared on the
    site, its public change history, whether it was withdrawn, and whether
    it is sample data.  Dates
    come from the records, never from the clock, so builds are reproducible."""

    published: Date | None = None
    updates: list[Update] = []
    withdrawn: Withdrawal | None = None
    sample: Bool = False  # demonstration data: its pages say so (নমুনা)


# ---------------------------------------------------------------- shared parts


class Evidence(Record):
    """প্রমাণক: a file kept beside the records, or an external URL."""

    title: Text
    file: Text | None = None
    url: Url | None = None

    @model_validator(mode="after")
    def _one_source(self) -> "Evidence":
        if (self.file is None) == (self.url is None):
            raise ValueError("evidence needs exactly one of 'file' (a file beside the record) or 'url'")
        return self


def evidence_items(model: object) -> "Iterator[tuple[tuple, Evidence]]":
    """Every evidence entry inside a record, with its path of keys."""
    if isinstance(model, Evidence):
        yield (), model
    elif isinstance(model, BaseModel):
        for name in type(model).model_fields:
            for loc, ev in evidence_items(getattr(model, name)):
                yield (name, *loc), ev
    elif isinstance(model, (list, tuple)):
        for i, item in enumerate(model):
            for loc, ev in evidence_items(item):
                yield (i, *loc), ev


class Person(Record):
    name: Text | None = None
    designation: Text
    office: Text | None = None
    phone: Text | None = None
    email: Email | None = None
    address: Text | None = None


class Signatory(Record):
    name: Text
    designation: Text
    phone: Text | None = None
    email: Email | None = None
    date: Date | None = None  # the date written beside the signature


# ---------------------------------------------------------------- site.yaml


class Contact(Record):
    name: Text
    email: Email


class Site(Record):
    title: Text
    tagline: Text | None = None
    base_url: Url
    scoring_method: ScoringMethod = "proportional"
    footer: Text | None = None  # Markdown
    contact: Contact | None = None  # who answers for the open data (data.json contactPoint)
    license: Url | None = None  # licence of the published data


class Redirect(Record):
    """A published URL that moved: ``from`` keeps answering with a redirect."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    from_: Annotated[str, Field(alias="from", pattern=r"^/[A-Za-z0-9._~/-]*$")]
    to: Annotated[str, Field(pattern=r"^(/[A-Za-z0-9._~/-]*|https?://\S+)$")]
    date: Date | None = None
    reason: Text | None = None


class Redirects(Record):
    redirects: list[Redirect] = []


# ---------------------------------------------------------------- office.yaml


class Office(Published):
    name: Text
    name_en: Text | None = None
    kind: OfficeKind | None = None
    parent: Slug | None = None
    address: Text | None = None
    phone: Text | None = None
    email: Email | None = None
    web: Url | None = None
    about: Text | None = None  # Markdown


# ---------------------------------------------------------------- charters


class RequiredDocument(Record):
    name: Text
    source: Text | None = None  # where to get it


class Fee(Record):
    free: Bool = False
    amount: Number | None = None  # taka
    payment: Text | None = None  # how to pay
    note: Text | None = None

    @model_validator(mode="after")
    def _free_or_amount(self) -> "Fee":
        if self.free and self.amount is not None:
            raise ValueError("a fee is either 'free: true' or an 'amount', not both")
        if not self.free and self.amount is None:
            raise ValueError("give the fee as 'amount: <taka>' or write 'free: true'")
        return self


class TimeLimit(Record):
    value: Number
    unit: TimeUnit


class Service(Record):
    name: Text
    method: Text  # সেবা প্রদান পদ্ধতি (Markdown)
    documents: list[RequiredDocument] = []
    fee: Fee
    time_limit: TimeLimit
    officer: Person
    note: Text | None = None


class ServiceGroups(Record):
    citizen: list[Service] = []  # নাগরিক সেবা
    institutional: list[Service] = []  # প্রাতিষ্ঠানিক সেবা
    internal: list[Service] = []  # অভ্যন্তরীণ সেবা


class GrsStep(Record):
    when: Text  # কখন যোগাযোগ করবেন
    contact: Person  # কার সঙ্গে যোগাযোগ করবেন, with contact details
    time_limit: Number  # working days (কার্যদিবস)


class Charter(Published):
    effective_date: Date
    vision: Text
    mission: Text
    services: ServiceGroups = ServiceGroups()
    grs: list[GrsStep] = []
    expectations: list[Text] = []  # আপনার কাছে আমাদের প্রত্যাশা
    note: Text | None = None


# ---------------------------------------------------------------- action plans


class Indicator(Record):
    id: DottedId
    name: Text
    unit: Text
    weight: Number
    calculation: Calculation
    lower_is_better: Bool = False
    targets: list[Value]  # five levels, 100 % to 60 %; the count is checked in validate
    evidence: Text | None = None  # প্রমাণক expected


class Activity(Record):
    id: DottedId
    name: Text
    indicators: list[Indicator] = Field(min_length=1)


class Area(Record):
    name: Text
    weight: Number
    activities: list[Activity] = Field(min_length=1)


class ActionPlan(Published):
    fiscal_year: FiscalYear
    title: Text | None = None
    areas: list[Area] = Field(min_length=1)
    note: Text | None = None


# ---------------------------------------------------------------- quarterly reports


class Progress(Record):
    id: DottedId
    achievement: Value = None  # this quarter's figure; '-' or empty when none
    remarks: Text | None = None
    evidence: list[Evidence] = []


class QuarterlyReport(Published):
    fiscal_year: FiscalYear
    quarter: Annotated[Integer, Field(ge=1, le=4)]
    title: Text | None = None
    submitted: Date | None = None
    signatory: Signatory | None = None
    indicators: list[Progress] = Field(min_length=1)
    note: Text | None = None


# ---------------------------------------------------------------- meetings


class Decision(Record):
    text: Text
    status: Status
    progress: Text | None = None
    evidence: list[Evidence] = []


class CopyList(Record):
    memo_number: Text
    date: Date
    intro: Text | None = None
    recipients: list[Text] = Field(min_length=1)
    signatory: Signatory | None = None


class Letter(Record):
    letterhead: list[Text] = []
    memo_number: Text  # opaque: formats vary between offices
    date: Date
    subject: Text
    body: Text
    signatory: Signatory
    addressee: list[Text] = Field(min_length=1)
    copies: CopyList | None = None


class Meeting(Published):
    fiscal_year: FiscalYear
    number: Annotated[Integer, Field(ge=1)]
    date: Date | None = None  # when the meeting was held, if known
    title: Text
    letterhead: list[Text] = []
    decisions: list[Decision] = Field(min_length=1)
    signatory: Signatory | None = None  # who signed the progress table
    letter: Letter | None = None  # the forwarding letter
    evidence: list[Evidence] = []
    note: Text | None = None


# ---------------------------------------------------------------- free pages


class Page(Published):
    title: Text
    description: Text | None = None
