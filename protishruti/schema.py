"""The content model: one pydantic model per record type.

Records arrive as text (see yamlsource); the field types below turn that text
into numbers, dates and booleans, accepting Bangla digits.  Unknown keys are
errors (``extra="forbid"``) so a typo never silently drops data.
docs/content.md documents every field with an example.
"""

from __future__ import annotations

import functools
import re
import typing
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Callable, ClassVar, Iterator, Literal, Union

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Discriminator, Field, PrivateAttr, Tag, model_validator

from . import bangla, bijoy, limits, periods
from .messages import language, tr
from .scoring import CALCULATIONS, METHODS

# ---------------------------------------------------------------- field types


def _text(value: object) -> object:
    if isinstance(value, str):
        value = value.strip()
        if not value:
            raise ValueError(tr("must not be empty"))
        unicode = bijoy.reading(value)
        if unicode is not None:  # pasted from a Bijoy (SutonnyMJ) document: citizens would see "†mev"
            raise ValueError(tr("this text looks like Bijoy (SutonnyMJ) encoding: \"{unicode}\" — if that is right, put it instead", unicode=unicode))
    return value


def and_list(items: list[str]) -> str:
    """'a', 'a and b', 'a and b and c' (in Bangla with ও)."""
    return tr(" and ").join(items)


def _number(value: object) -> object:
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str):
        return bangla.parse_number(value)
    return value


_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


# Dates a record may hold: wide enough for any document, narrow enough that
# every computed date (a fiscal year's end, a quarter, বঙ্গাব্দ) exists.
FIRST_YEAR, LAST_YEAR = 1900, 2200


def parse_date(value: object) -> object:
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return value
    raw = bangla.ascii_digits(value.strip())
    m = _ISO.match(raw)
    if not m:
        raise ValueError(tr("'{value}' is not a date: write it as YYYY-MM-DD, e.g. 2023-01-02", value=value))
    y, mo, d = (int(g) for g in m.groups())
    if not FIRST_YEAR <= y <= LAST_YEAR:
        raise ValueError(tr("'{value}': a record's dates lie between {first} and {last} — check the year", value=value, first=FIRST_YEAR, last=LAST_YEAR))
    if not 1 <= mo <= 12:
        raise ValueError(tr("impossible date {date}: there is no month {month}", date=raw, month=mo))
    try:
        return date(y, mo, d)
    except ValueError:
        import calendar

        last = calendar.monthrange(y, mo)[1]
        month = bangla.GREGORIAN_MONTHS[mo - 1] if language() == "bn" else f"{date(y, mo, 1):%B}"
        raise ValueError(tr("impossible date {date}: {month} {year} has {days} days", date=raw, month=month, year=y, days=last)) from None


def _fiscal_year(value: object) -> object:
    return parse_fiscal_year(value) if isinstance(value, str) else value


def parse_fiscal_year(value: str) -> str:
    """'2023-24', '২০২৩-২৪', '2023-2024' → '2023-24' (ValueError with the reason otherwise)."""
    raw = bangla.ascii_digits(value.strip())
    m = re.match(r"^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$", raw)
    if not m:
        raise ValueError(tr("'{value}' is not a fiscal year: write it as 2023-24 (July 2023 to June 2024)", value=value))
    first, second = int(m.group(1)), int(m.group(2))
    if not FIRST_YEAR <= first < LAST_YEAR:
        raise ValueError(tr("'{value}': a record's fiscal years lie between {first} and {last} — check the year", value=value, first=FIRST_YEAR, last=LAST_YEAR))
    if second % 100 != (first + 1) % 100 or (second >= 100 and second != first + 1):
        raise ValueError(tr("'{value}' is not a fiscal year: the second year must follow the first, as in {example}", value=value, example=periods.starting(first)))
    return periods.starting(first)


def _integer(value: object) -> object:
    if isinstance(value, str):
        n = bangla.parse_number(value)
        if n != n.to_integral_value():
            raise ValueError(tr("'{value}' must be a whole number", value=value))
        return int(n)
    return value


def _boolean(value: object) -> object:
    if isinstance(value, str):
        low = value.strip().lower()
        if low in ("true", "yes", "হ্যাঁ"):
            return True
        if low in ("false", "no", "না"):
            return False
        raise ValueError(tr("'{value}' is not true or false", value=value))
    return value


def _dotted_id(value: object) -> object:
    """Ids such as [১.১] or [১.১.১].  Unquoted, YAML reads ``[১.১]`` as a list
    of one item; we accept that, because it is what a webmaster will type."""
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
        value = value[0]
    if not isinstance(value, str):
        raise ValueError(tr("write the id as text, e.g. \"[১.১.১]\""))
    raw = bangla.ascii_digits(value.strip()).strip("[]").strip()
    if not re.fullmatch(r"\d+(\.\d+)*", raw):
        raise ValueError(tr("'{value}' is not an id like [১.১] or [১.১.১]", value=value))
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
        try:
            return bangla.parse_number(raw)
        except ValueError:
            raise ValueError(tr(
                "'{value}' is not a figure: write a number (১২, 12.5), a date (YYYY-MM-DD) or '-' for none; "
                "words the document writes here belong in remarks", value=raw
            )) from None
    return value


# json_schema_input_type: what an editor's YAML parser (YAML 1.2, as the VS Code
# YAML extension reads files) may hand over for each, so that the JSON Schema
# (protishruti/jsonschemas.py) accepts every record the build accepts: our own
# loader reads every scalar as text, an editor reads `12` as a number and
# `true` as a boolean, and Bangla digits ("১২") and dates ("২০২৪-০৩-৩১") are text.
_SCALAR = Union[str, int, float, bool]
Text = Annotated[str, BeforeValidator(_text, json_schema_input_type=_SCALAR)]
Number = Annotated[Decimal, BeforeValidator(_number, json_schema_input_type=Union[int, float, str]), Field(ge=0)]
Integer = Annotated[int, BeforeValidator(_integer, json_schema_input_type=Union[int, str])]
Date = Annotated[date, BeforeValidator(parse_date, json_schema_input_type=str)]
Bool = Annotated[bool, BeforeValidator(_boolean, json_schema_input_type=Union[bool, str])]
FiscalYear = Annotated[str, BeforeValidator(_fiscal_year, json_schema_input_type=str)]
DottedId = Annotated[str, BeforeValidator(_dotted_id, json_schema_input_type=Union[str, float, list[str]])]
Value = Annotated[Decimal | date | None, BeforeValidator(_target, json_schema_input_type=Union[int, float, str, None])]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Email = Annotated[str, BeforeValidator(_text, json_schema_input_type=str), Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
Url = Annotated[str, BeforeValidator(_text, json_schema_input_type=str), Field(pattern=r"^https?://\S+$")]


# ---------------------------------------------------------------- values as written
#
# Real documents fill many cells irregularly: a fee of "ধার্য্যকৃত কর", a time
# limit of "১ হইতে ৭ দিন", an officer "চেয়ারম্যান ও সচিব".  Such a field takes
# the document's words as plain text, always, and keeps them verbatim; where a
# structured block helps people (an amount in taka, a range of days), that
# form is accepted too.  A field left out or blank is silence: the page says
# "উল্লেখ নেই" and nothing is filled in.

# Error locations inside these fields carry the branch tag; validate drops
# every location part that starts with '<'.
TEXT_TAG, BLOCK_TAG, LIST_TAG = "<text>", "<block>", "<list>"


def _blank_is_silence(value: object) -> object:
    if isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, list) and not value:
        return None
    return value


def _shape(value: object) -> str | None:
    if isinstance(value, str):
        return TEXT_TAG
    if isinstance(value, (dict, BaseModel)):  # a model: when a record is dumped to JSON
        return BLOCK_TAG
    if isinstance(value, list):
        return LIST_TAG
    return None


def _one_item(value: object) -> object:
    """A single block where a list is accepted is a list of one."""
    value = _blank_is_silence(value)
    return [value] if isinstance(value, dict) else value


# The words of each as-written field's shape error, by the key its
# Discriminator gives pydantic as the message: validate asks for them when it
# reports the error, in the reader's language.
SHAPES: dict[str, Callable[[], str]] = {}


def as_written(block: type, shapes: Callable[[], str], allow_list: Any = None) -> Any:
    """A field that takes the document's words (text) or ``block`` (a
    structured form), or, with ``allow_list``, a list of those items (a
    single block then counts as a list of one).  ``shapes`` gives the words
    of the error for a value of neither shape (see SHAPES)."""
    SHAPES[shapes.__name__] = shapes
    if allow_list is None:
        branches: list[Any] = [Annotated[Text, Tag(TEXT_TAG)], Annotated[block, Tag(BLOCK_TAG)]]
        before = _blank_is_silence
    else:
        branches = [Annotated[Text, Tag(TEXT_TAG)], Annotated[list[allow_list], Tag(LIST_TAG)]]
        before = _one_item
    return Annotated[
        Union[tuple(branches)],  # type: ignore[valid-type]
        Discriminator(_shape, custom_error_type="shape", custom_error_message=shapes.__name__),
        BeforeValidator(before),
    ]

# Office kinds this site knows, each with the group it is listed under.  An
# office's `kind` is free text (ইউনিয়ন পরিষদ, করপোরেশন, …); a kind not in
# this table is shown as written and grouped under "অন্যান্য দপ্তর".
OFFICE_KINDS = {
    "মন্ত্রণালয়": "মন্ত্রণালয় ও বিভাগ",
    "বিভাগ": "মন্ত্রণালয় ও বিভাগ",
    "অধিদপ্তর": "অধিদপ্তর, দপ্তর ও সংস্থা",
    "পরিদপ্তর": "অধিদপ্তর, দপ্তর ও সংস্থা",
    "দপ্তর": "অধিদপ্তর, দপ্তর ও সংস্থা",
    "সংস্থা": "অধিদপ্তর, দপ্তর ও সংস্থা",
    "কমিশন": "কমিশন, বোর্ড, কর্তৃপক্ষ ও করপোরেশন",
    "বোর্ড": "কমিশন, বোর্ড, কর্তৃপক্ষ ও করপোরেশন",
    "কর্তৃপক্ষ": "কমিশন, বোর্ড, কর্তৃপক্ষ ও করপোরেশন",
    "করপোরেশন": "কমিশন, বোর্ড, কর্তৃপক্ষ ও করপোরেশন",
    "কর্পোরেশন": "কমিশন, বোর্ড, কর্তৃপক্ষ ও করপোরেশন",
    "কার্যালয়": "মাঠ পর্যায়ের কার্যালয়",
    "বিভাগীয় কার্যালয়": "মাঠ পর্যায়ের কার্যালয়",
    "জেলা কার্যালয়": "মাঠ পর্যায়ের কার্যালয়",
    "উপজেলা কার্যালয়": "মাঠ পর্যায়ের কার্যালয়",
    "সিটি কর্পোরেশন": "স্থানীয় সরকার প্রতিষ্ঠান",
    "সিটি করপোরেশন": "স্থানীয় সরকার প্রতিষ্ঠান",
    "পৌরসভা": "স্থানীয় সরকার প্রতিষ্ঠান",
    "জেলা পরিষদ": "স্থানীয় সরকার প্রতিষ্ঠান",
    "উপজেলা পরিষদ": "স্থানীয় সরকার প্রতিষ্ঠান",
    "ইউনিয়ন পরিষদ": "স্থানীয় সরকার প্রতিষ্ঠান",
}
OTHER_KIND_GROUP = "অন্যান্য দপ্তর"
# typed so that literal errors show the allowed values
Calculation = Literal[CALCULATIONS]  # type: ignore[valid-type]
ScoringMethod = Literal[METHODS]  # type: ignore[valid-type]
TimeUnit = Literal["কার্যদিবস", "দিন", "ঘণ্টা", "মিনিট", "সপ্তাহ", "মাস", "বছর"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # Rules about which fields a record must have, as functions of an object
    # with its fields (raising ValueError).  They run after the fields are
    # checked, and validate also runs them on the raw record when some field
    # failed, so a missing date is reported in the same pass as a bad fee.
    PRESENCE: ClassVar[tuple[Callable[[Any], None], ...]] = ()

    @model_validator(mode="after")
    def _presence(self) -> "Record":
        for rule in type(self).PRESENCE:
            rule(self)
        return self


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


class DatedByDocument(Published):
    """A record whose permanent URL is the date its document states
    (``stated_date``) or, when it states none, the date this site first
    published it."""

    STATED: ClassVar[str] = "date"  # the field holding the document's own date

    @property
    def stated_date(self) -> date | None:
        return getattr(self, self.STATED)

    @property
    def key_date(self) -> date:
        return self.stated_date or self.published  # type: ignore[return-value]


def _dated(what: Callable[[], str], field: str = "date") -> Callable[[Any], None]:
    def rule(r: Any) -> None:
        if getattr(r, field) is None and r.published is None:
            raise ValueError(what())

    return rule


# ---------------------------------------------------------------- shared parts


class Evidence(Record):
    """প্রমাণক: a file kept beside the records, or an external URL."""

    title: Text
    file: Text | None = None
    url: Url | None = None

    @property
    def path(self) -> str:
        """A file's path relative to its office folder ('./' and leading '/' dropped)."""
        return (self.file or "").strip().lstrip("./")

    @model_validator(mode="after")
    def _one_source(self) -> "Evidence":
        if (self.file is None) == (self.url is None):
            raise ValueError(tr("evidence needs exactly one of 'file' (a file beside the record) or 'url'"))
        return self


def evidence_items(model: object) -> "Iterator[tuple[tuple, Evidence]]":
    """Every evidence entry inside a record, with its path of keys."""
    if isinstance(model, Evidence):
        yield (), model
    elif isinstance(model, BaseModel):
        for name in _evidence_fields(type(model)):
            for loc, ev in evidence_items(getattr(model, name)):
                yield (name, *loc), ev
    elif isinstance(model, (list, tuple)):
        for i, item in enumerate(model):
            for loc, ev in evidence_items(item):
                yield (i, *loc), ev


@functools.cache
def _evidence_fields(cls: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``cls`` that can hold evidence (directly or deeper)."""
    return tuple(name for name, f in cls.model_fields.items() if _holds_evidence(f.annotation, frozenset()))


def _holds_evidence(annotation: Any, seen: frozenset) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation is Evidence:
            return True
        if annotation in seen:
            return False
        return any(_holds_evidence(f.annotation, seen | {annotation}) for f in annotation.model_fields.values())
    return any(_holds_evidence(arg, seen) for arg in typing.get_args(annotation))


class Person(Record):
    """An officer or contact point, as the document gives them: any of
    these, at least a name, a designation or an office."""

    name: Text | None = None
    designation: Text | None = None
    office: Text | None = None
    phone: Text | None = None
    mobile: Text | None = None
    email: Email | None = None
    web: Text | None = None  # as written: "www.mocat.gov.bd"
    address: Text | None = None

    @model_validator(mode="after")
    def _someone(self) -> "Person":
        if not (self.name or self.designation or self.office):
            raise ValueError(tr("give at least a 'name', a 'designation' or an 'office', or write the document's words as text"))
        return self


def _person_shapes() -> str:
    return tr(
        "is the document's words on one line (e.g. চেয়ারম্যান ও সচিব), or a block with name:, "
        "designation:, office:, phone:, mobile:, email:, web:, address:"
    )


PersonCell = as_written(Person, _person_shapes)


class Signatory(Record):
    name: Text | None = None
    designation: Text | None = None
    phone: Text | None = None
    email: Email | None = None
    date: Date | None = None  # the date written beside the signature

    @model_validator(mode="after")
    def _someone(self) -> "Signatory":
        if not (self.name or self.designation):
            raise ValueError(tr("a signature needs the 'name' or the 'designation' written under it"))
        return self


# ---------------------------------------------------------------- site.yaml


class Contact(Record):
    name: Text
    email: Email


class MonitoringSettings(Record):
    """site.yaml ``monitoring:``: when quarterly reports are due, and the date
    the monitoring pages judge them by (protishruti/monitoring.py)."""

    # the date the pages are "as of"; else the latest date the content records
    as_of: Date | None = None
    # a report is due this many days after its quarter ends …
    deadline_days: Annotated[Integer, Field(ge=0, le=366)] = 15
    # … unless a date is given here: fiscal year → quarter → date
    deadlines: dict[FiscalYear, dict[Annotated[Integer, Field(ge=1, le=4)], Date]] = {}


class Site(Record):
    title: Text
    tagline: Text | None = None
    base_url: Url
    scoring_method: ScoringMethod = "proportional"
    footer: Text | None = None  # Markdown
    contact: Contact | None = None  # who answers for the open data (data.json contactPoint)
    license: Url | None = None  # licence of the published data
    # the largest evidence file an office may publish, in MB (a scanned, signed charter is rarely over 20)
    evidence_max_mb: Annotated[Integer, Field(ge=1, le=2000)] = limits.DEFAULT_EVIDENCE_MB
    # pages per search index shard: one Pagefind process indexes at most this many at a time
    # (about 0.32 MB of its memory per page), and an edit re-indexes only its shard.  500 keeps a
    # 10,000-page build under 1 GiB (1,000: Pagefind 373 MB beside the build's 770 MB) and costs
    # a first search for সেবা 256 KB over 25 shards (2 files of each shard's lexicon)
    search_shard_pages: Annotated[Integer, Field(ge=1, le=1_000_000)] = 500
    monitoring: MonitoringSettings | None = None

    @property
    def evidence_limit(self) -> int:
        return self.evidence_max_mb << 20


# A path on this site: '/', then segments of URL-safe ASCII, never '.' or '..'
# and never empty ('//').  The grammar is strict because redirects also land in
# nginx's configuration and in _redirects, where a quote, ';', '$', '{' or a
# space would change the meaning of the file.
SITE_PATH = r"(/[A-Za-z0-9._~-]+)*/?"
# A web address outside the site: scheme, host, optional port and a path,
# query and fragment of URL-safe characters; anything else must be %-encoded.
SAFE_URL = r"https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~%/:@!&+,=-]*)?(\?[A-Za-z0-9._~%/:@!&+,=?-]*)?(#[A-Za-z0-9._~%/:@!&+,=?-]*)?"


def _site_path(value: str) -> str:
    if value.startswith("/") and any(seg in (".", "..") for seg in value.split("/")):
        raise ValueError(tr("'{value}' has a '.' or '..' part: write the path as the site shows it, e.g. /offices/mopa/", value=value))
    return value


SitePath = Annotated[str, Field(pattern=rf"^{SITE_PATH}$"), AfterValidator(_site_path)]


class Redirect(Record):
    """A published URL that moved: ``from`` keeps answering with a redirect."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    from_: Annotated[SitePath, Field(alias="from")]
    to: Annotated[str, Field(pattern=rf"^(?:{SITE_PATH}|{SAFE_URL})$"), AfterValidator(_site_path)]
    date: Date | None = None
    reason: Text | None = None


class Redirects(Record):
    redirects: list[Redirect] = []


# ---------------------------------------------------------------- glossary.yaml

GlossaryTerm = Annotated[Text, Field(max_length=80)]
GLOSSARY_GROUPS = 5000


class Glossary(Record):
    """Search words that mean the same (protishruti/glossary.py): each group
    a list of words or phrases, e.g. ``[দপ্তর, দফতর, office]``."""

    groups: Annotated[list[Annotated[list[GlossaryTerm], Field(min_length=2, max_length=40)]], Field(max_length=GLOSSARY_GROUPS)] = []


# ---------------------------------------------------------------- office.yaml


class Office(Published):
    name: Text
    name_en: Text | None = None
    kind: Text | None = None  # as the office calls itself: মন্ত্রণালয়, ইউনিয়ন পরিষদ, …
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


def _document_shapes() -> str:
    return tr("is a document's name, or a block with name: and source:")


def _documents_shapes() -> str:
    return tr(
        "is the document's words (e.g. documents: কাগজপত্র নিষ্প্রয়োজন), or a list of documents, "
        "each its name or a block with name: and source:"
    )


DocumentItem = as_written(RequiredDocument, _document_shapes)
Documents = as_written(RequiredDocument, _documents_shapes, allow_list=DocumentItem)


class FeeTier(Record):
    """One line of a fee that depends on age, delay or kind: "৪৫ দিনের মধ্যে: বিনামূল্যে"."""

    when: Text  # the condition, as written
    amount: Number | None = None  # taka
    free: Bool = False

    @model_validator(mode="after")
    def _one(self) -> "FeeTier":
        if self.free == (self.amount is not None):
            raise ValueError(tr("each fee tier has either 'amount: <taka>' or 'free: true'"))
        return self


class Fee(Record):
    free: Bool = False
    amount: Number | None = None  # taka
    tiers: list[FeeTier] = []
    payment: Text | None = None  # how to pay
    note: Text | None = None

    @model_validator(mode="after")
    def _one_form(self) -> "Fee":
        given = [name for name, on in (("free: true", self.free), ("amount", self.amount is not None), ("tiers", bool(self.tiers))) if on]
        if len(given) > 1:
            raise ValueError(tr("a fee is one of 'free: true', an 'amount' or 'tiers': this one has {given}", given=and_list(given)))
        if not given:
            raise ValueError(tr(
                "give the fee as 'amount: <taka>', 'free: true' or 'tiers:', or write the document's words on one line "
                "(fee: ধার্য্যকৃত কর)"
            ))
        return self


def _fee_shapes() -> str:
    return tr(
        "is the document's words on one line (e.g. fee: ধার্য্যকৃত কর), or a block with amount: <taka>, "
        "free: true or tiers: (each with when: and amount: or free: true), and payment:"
    )


FeeCell = as_written(Fee, _fee_shapes)


class TimeLimit(Record):
    """A time limit as a number of units, a range (min to max), or তাৎক্ষণিক."""

    value: Number | None = None
    min: Number | None = None
    max: Number | None = None
    unit: TimeUnit | None = None
    immediate: Bool = False  # তাৎক্ষণিক
    note: Text | None = None

    @model_validator(mode="after")
    def _one_form(self) -> "TimeLimit":
        ranged = self.min is not None or self.max is not None
        forms = sum((self.value is not None, ranged, self.immediate))
        if forms != 1:
            raise ValueError(tr(
                "a time limit is one of 'value:' with 'unit:', 'min:' and 'max:' with 'unit:', or 'immediate: true'; "
                "or write the document's words on one line (time_limit: ১ হইতে ৭ দিন)"
            ))
        if ranged and (self.min is None or self.max is None or self.min >= self.max):
            raise ValueError(tr("a range needs 'min:' below 'max:', e.g. min: ১, max: ৭"))
        if not self.immediate and self.unit is None:
            raise ValueError(tr("'unit' is missing: one of {units}", units=", ".join(typing.get_args(TimeUnit))))
        return self


def _time_shapes() -> str:
    return tr(
        "is the document's words on one line (e.g. time_limit: ১ হইতে ৭ দিন), or a block with value: and unit:, "
        "min:, max: and unit:, or immediate: true"
    )


TimeCell = as_written(TimeLimit, _time_shapes)


def _grs_days(value: object) -> object:
    """A GRS time limit written as a bare number means working days, as the
    standard GRS table does; any other words are kept as written."""
    if isinstance(value, str):
        raw = value.strip()
        try:
            bangla.parse_number(raw)
        except ValueError:
            return value
        return {"value": raw, "unit": "কার্যদিবস"}
    return value


GrsTimeCell = Annotated[TimeCell, BeforeValidator(_grs_days)]


class Service(Record):
    serial: Text | None = None  # ক্রমিক নং as written (০১, ১।, (৩)); otherwise the page numbers the rows
    name: Text  # সেবার নাম
    recipient: Text | None = None  # সেবাগ্রহীতা
    method: Text | None = None  # সেবা প্রদান পদ্ধতি (Markdown)
    documents: Documents | None = None  # প্রয়োজনীয় কাগজপত্র (এবং প্রাপ্তিস্থান)
    documents_source: Text | None = None  # কাগজপত্র/আবেদন ফরম প্রাপ্তিস্থান, when a column of its own
    fee: FeeCell | None = None  # সেবার মূল্য এবং পরিশোধ পদ্ধতি
    time_limit: TimeCell | None = None  # সেবা প্রদানের সময়সীমা
    officer: PersonCell | None = None  # দায়িত্বপ্রাপ্ত কর্মকর্তা
    superior: PersonCell | None = None  # ঊর্ধ্বতন কর্মকর্তা/কর্তৃপক্ষ
    note: Text | None = None  # মন্তব্য


class ServiceGroup(Record):
    """A group of services with a heading of its own (beyond the standard three)."""

    heading: Text
    services: list[Service] = []
    note: Text | None = None  # Markdown


class ServiceGroups(Record):
    citizen: list[Service] = []  # নাগরিক সেবা
    institutional: list[Service] = []  # প্রাতিষ্ঠানিক সেবা
    internal: list[Service] = []  # অভ্যন্তরীণ সেবা
    other: list[ServiceGroup] = []  # any other group the document has


class GrsStep(Record):
    serial: Text | None = None  # ক্রম as written
    when: Text | None = None  # কখন যোগাযোগ করবেন
    contact: PersonCell | None = None  # কার সঙ্গে যোগাযোগ করবেন, with contact details
    alternate: PersonCell | None = None  # বিকল্প কর্মকর্তা
    time_limit: GrsTimeCell | None = None  # নিষ্পত্তির সময়সীমা: a bare number is working days

    @model_validator(mode="after")
    def _not_empty(self) -> "GrsStep":
        if not (self.when or self.contact or self.alternate or self.time_limit):
            raise ValueError(tr("this GRS row is empty: give at least one of when:, contact:, alternate:, time_limit:"))
        return self


class StatedDate(Record):
    """A date the document states, in its own words: "সর্ব-শেষ হাল-নাগাদ"."""

    label: Text
    date: Date


class Headings(Record):
    """Section headings as the document words them, where they differ."""

    vision: Text | None = None
    mission: Text | None = None
    citizen: Text | None = None
    institutional: Text | None = None
    internal: Text | None = None
    grs: Text | None = None
    expectations: Text | None = None


class _InWrittenOrder(Record):
    """A block whose keys' order means something (a table's columns): the
    order the record writes them in is kept, as pydantic's fields keep their
    declared order."""

    _order: tuple[str, ...] = PrivateAttr(default=())

    @model_validator(mode="wrap")
    @classmethod
    def _keep_order(cls, data: Any, handler: Callable[[Any], Any]) -> Any:
        model = handler(data)
        if isinstance(data, dict):
            model._order = tuple(k for k, v in data.items() if v is not None and k in cls.model_fields)
        return model

    def written_order(self) -> list[str]:
        """The keys given, in the order the record writes them."""
        return list(self._order) or [k for k, v in self if v is not None]


class ServiceColumns(_InWrittenOrder):
    """Column headings of the service tables as the document words them; the
    order given here is the order of the columns."""

    serial: Text | None = None  # the serial-number column's heading (ক্র. নং)
    name: Text | None = None
    recipient: Text | None = None
    method: Text | None = None
    documents: Text | None = None
    documents_source: Text | None = None
    fee: Text | None = None
    time_limit: Text | None = None
    officer: Text | None = None
    superior: Text | None = None
    note: Text | None = None


class GrsColumns(_InWrittenOrder):
    serial: Text | None = None
    when: Text | None = None
    contact: Text | None = None
    alternate: Text | None = None
    time_limit: Text | None = None


class Charter(DatedByDocument):
    effective_date: Date | None = None  # only when the document states one
    title: Text | None = None  # as the document words it ("নাগরিক সনদ"); default সেবা প্রদান প্রতিশ্রুতি
    stated_dates: list[StatedDate] = []  # other dates the document states, with its words
    vision: Text | None = None
    mission: Text | None = None
    services: ServiceGroups = ServiceGroups()
    grs_intro: Text | None = None  # the document's words above its GRS table (Markdown)
    grs: list[GrsStep] = []
    expectations: list[Text] = []  # আপনার কাছে আমাদের প্রত্যাশা
    note: Text | None = None
    headings: Headings = Headings()
    columns: ServiceColumns = ServiceColumns()
    grs_columns: GrsColumns = GrsColumns()
    evidence: list[Evidence] = []  # the signed source file (PDF), photos of the board, …

    STATED = "effective_date"
    PRESENCE = (_dated(
        lambda: tr(
            "this charter states no effective date: give 'published:' (the date this site first published it), "
            "which makes its permanent URL; write 'effective_date:' only when the document states one"
        ),
        "effective_date",
    ),)


# ---------------------------------------------------------------- action plans


# ---------------------------------------------------------------- provenance
#
# Every figure on a plan or report says where it came from: "document" (the
# source states it; the default), "editor" (the webmaster derived it, and says
# how), or "computed" (this program: running totals, scores; never declared).


def _provenance(value: object) -> object:
    return {"source": value} if isinstance(value, str) else value


class ProvenanceNote(Record):
    source: Literal["document", "editor"]
    reason: Text | None = None  # required for "editor": how the figure was derived

    @model_validator(mode="after")
    def _why(self) -> "ProvenanceNote":
        if self.source == "editor" and not self.reason:
            raise ValueError(tr("an 'editor' figure needs a 'reason': say how it was derived from the document"))
        return self


Provenance = Annotated[ProvenanceNote, BeforeValidator(_provenance, json_schema_input_type=Union[Literal["document", "editor"], ProvenanceNote])]


class PlanProvenance(Record):
    """Where an action plan's figures come from (its own, or one indicator's)."""

    weight: Provenance | None = None  # মান of areas and indicators
    targets: Provenance | None = None
    calculation: Provenance | None = None  # গণনা পদ্ধতি, when the document has no such column


class ProgressProvenance(Record):
    """Where a report's achievements come from (all of them, or one indicator's)."""

    achievement: Provenance | None = None


class Indicator(Record):
    id: DottedId
    name: Text
    unit: Text | None = None
    weight: Number
    calculation: Calculation | None = None  # how quarters combine; None when the document does not say
    lower_is_better: Bool = False
    # Up to five target levels, from অসাধারণ (100 %) to চলতি মানের নিম্নে (60 %), as
    # many as the document's table has (often only অসাধারণ); '-' is a level
    # column the document has but leaves empty.  `levels` gives all five.
    targets: list[Value]
    evidence: Text | None = None  # প্রমাণক expected
    provenance: PlanProvenance = PlanProvenance()

    @property
    def levels(self) -> list:
        """All five targets, None where the document gives none."""
        return list(self.targets) + [None] * (5 - len(self.targets))


class Activity(Record):
    id: DottedId
    name: Text
    indicators: list[Indicator] = Field(min_length=1)


class Area(Record):
    name: Text
    weight: Number
    activities: list[Activity] = Field(min_length=1)
    # when the document's area weight is not the sum of its indicators' weights,
    # say so here (e.g. "দলিলে এভাবেই আছে") instead of changing a figure
    weights_note: Text | None = None

    @property
    def indicators_weight(self) -> Decimal:
        return sum((ind.weight for act in self.activities for ind in act.indicators), Decimal(0))


class ActionPlan(Published):
    fiscal_year: FiscalYear
    title: Text | None = None
    areas: list[Area] = Field(min_length=1)
    note: Text | None = None
    provenance: PlanProvenance = PlanProvenance()

    def every_indicator(self) -> list[Indicator]:
        """The plan's indicators in the document's order, across areas and activities."""
        return [ind for area in self.areas for act in area.activities for ind in act.indicators]


# ---------------------------------------------------------------- quarterly reports


class Progress(Record):
    id: DottedId
    achievement: Value = None  # this quarter's figure; '-' or empty when none
    remarks: Text | None = None
    evidence: list[Evidence] = []
    provenance: ProgressProvenance = ProgressProvenance()


class QuarterlyReport(Published):
    fiscal_year: FiscalYear
    quarter: Annotated[Integer, Field(ge=1, le=4)]
    title: Text | None = None
    submitted: Date | None = None
    signatory: Signatory | None = None
    indicators: list[Progress] = Field(min_length=1)
    note: Text | None = None
    provenance: ProgressProvenance = ProgressProvenance()


# ---------------------------------------------------------------- meetings


class Decision(Record):
    text: Text
    status: Text | None = None  # the document's word: বাস্তবায়িত, বাস্তবায়নাধীন, …
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


# ---------------------------------------------------------------- GRS officers


GrsFunction = Literal["grievance", "alternate", "appeal", "focal", "other"]


class GrsOfficer(Record):
    """One officer on an অনিক ও আপিল কর্মকর্তা page."""

    role: Text  # as written: অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক), বিকল্প অনিক, আপিল কর্মকর্তা, …
    function: GrsFunction | None = None  # what the role is: grievance | alternate | appeal | focal | other
    person: PersonCell  # the document's words, or name:, designation:, phone:, …
    when: Text | None = None  # কখন যোগাযোগ করবেন
    time_limit: GrsTimeCell | None = None  # নিষ্পত্তির সময়সীমা: a bare number is working days
    note: Text | None = None


def _grs_people(g: Any) -> None:
    if not g.officers and not g.steps:
        raise ValueError(tr("list the officers under 'officers:' (or the GRS table under 'steps:')"))


def _grs_quarter(g: Any) -> None:
    if g.quarter is not None and g.fiscal_year is None:
        raise ValueError(tr("a 'quarter' needs its 'fiscal_year'"))


class GrsOfficers(DatedByDocument):
    """অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক) ও আপিল কর্মকর্তা: who handles
    grievances, updated (usually quarterly) apart from the charter."""

    title: Text | None = None  # as the document words it
    date: Date | None = None  # the date the document states (হালনাগাদ); else give 'published'
    fiscal_year: FiscalYear | None = None  # the quarter this update is for, if the document says
    quarter: Annotated[Integer, Field(ge=1, le=4)] | None = None
    intro: Text | None = None  # Markdown
    officers: list[GrsOfficer] = []
    steps: list[GrsStep] = []  # the same people as a GRS table, where the document has one
    columns: GrsColumns = GrsColumns()
    online: Text | None = None  # where to complain online, as written (www.grs.gov.bd)
    note: Text | None = None
    evidence: list[Evidence] = []

    PRESENCE = (_dated(lambda: tr("give 'date:' (the date the document states) or, if it states none, 'published:'")), _grs_people, _grs_quarter)


# ---------------------------------------------------------------- monitoring committee orders


class Member(Record):
    role: Text | None = None  # as written: সভাপতি, সদস্য, সদস্য-সচিব, ফোকাল পয়েন্ট কর্মকর্তা, …
    person: PersonCell


def _order_people(c: Any) -> None:
    if not c.members and not c.focal_points:
        raise ValueError(tr("list the committee under 'members:' (or the focal point officers under 'focal_points:')"))


class CommitteeOrder(DatedByDocument):
    """ফোকাল পয়েন্ট কর্মকর্তা/পরিবীক্ষণ কমিটি: the office order that forms
    (or re-forms) the charter monitoring committee."""

    title: Text  # as written: "… পরিবীক্ষণ কমিটি পুনর্গঠন"
    memo_number: Text | None = None
    date: Date | None = None  # the order's date; else give 'published'
    letterhead: list[Text] = []
    intro: Text | None = None  # the order's opening words (Markdown)
    members: list[Member] = []
    focal_points: list[Member] = []  # ফোকাল পয়েন্ট ও বিকল্প ফোকাল পয়েন্ট কর্মকর্তা
    terms: list[Text] = []  # কার্যপরিধি
    effect: Text | None = None  # as written: "জারির তারিখ হতে কার্যকর"
    replaces: Date | None = None  # the date of the order this one replaces (its URL key)
    signatory: Signatory | None = None
    copies: CopyList | None = None
    note: Text | None = None
    evidence: list[Evidence] = []

    PRESENCE = (_dated(lambda: tr("give 'date:' (the order's date) or, if the document states none, 'published:'")), _order_people)


# ---------------------------------------------------------------- meeting minutes


class MinutesDecision(Record):
    text: Text  # সিদ্ধান্ত
    discussion: Text | None = None  # আলোচনা (Markdown)
    responsible: PersonCell | None = None  # বাস্তবায়নকারী
    deadline: Text | None = None  # as written: "৩০ সেপ্টেম্বর ২০২৪", "নিয়মিত"
    status: Text | None = None  # any word the document uses: বাস্তবায়নাধীন, …


def _attendees_shapes() -> str:
    return tr(
        "is the document's words (e.g. attendees: পরিশিষ্ট 'ক' অনুযায়ী), or a list of people, each their words "
        "or a block with name:, designation:, …"
    )


Attendees = as_written(Person, _attendees_shapes, allow_list=PersonCell)


class Minutes(Published):
    """সভার কার্যবিবরণী: the minutes of a monitoring-committee meeting, kept
    beside its decision-progress report (meetings/)."""

    fiscal_year: FiscalYear
    number: Annotated[Integer, Field(ge=1)]  # the meeting's number within the year
    title: Text
    date: Date | None = None
    time: Text | None = None  # as written
    place: Text | None = None
    chair: PersonCell | None = None  # সভাপতি
    attendees: Attendees | None = None  # উপস্থিতি
    agenda: list[Text] = []  # আলোচ্যসূচি
    discussion: Text | None = None  # Markdown
    decisions: list[MinutesDecision] = []
    letterhead: list[Text] = []
    memo_number: Text | None = None
    signatory: Signatory | None = None
    copies: CopyList | None = None
    note: Text | None = None
    evidence: list[Evidence] = []


# ---------------------------------------------------------------- annual evaluation


class YearProgress(Record):
    id: DottedId
    progress: Text | None = None  # অগ্রগতি, as written: one line per quarter is kept line by line
    achievement: Value = None  # the year's figure, if the document states one (or the editor derives it)
    remarks: Text | None = None
    evidence: list[Evidence] = []
    provenance: ProgressProvenance = ProgressProvenance()


class AnnualEvaluation(Published):
    """বার্ষিক মূল্যায়ন প্রতিবেদন: the action plan's whole year, one entry
    per indicator with its progress through the quarters and the year's figure."""

    fiscal_year: FiscalYear
    title: Text | None = None
    submitted: Date | None = None
    signatory: Signatory | None = None
    indicators: list[YearProgress] = Field(min_length=1)
    note: Text | None = None
    provenance: ProgressProvenance = ProgressProvenance()
    evidence: list[Evidence] = []


# ---------------------------------------------------------------- free pages


class Page(Published):
    title: Text
    description: Text | None = None
