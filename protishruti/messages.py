"""What the program says to people, in Bangla (the default) or English
(``--lang en``, or ``PROTISHRUTI_LANG=en``).

Every content problem, warning and summary line is written at its call site
as ``tr("English template with {names}", names=…)``: the English template is
also the message's key in the one catalogue, protishruti/catalogue.py, which
gives its Bangla template with the same ``{names}``.  A message missing from
the catalogue is printed in English (tests/test_messages.py finds every
``tr("…")`` in the program and fails on one that has no Bangla, or whose
Bangla names other values).

In Bangla, a number given as a value (a count, a line number, seconds) is
written in Bangla digits; text values (a file name, a quoted cell) are
printed exactly as they are.  ``path:line:`` before a problem stays ASCII,
so editors can jump to it.
"""

from __future__ import annotations

import os
import string
from decimal import Decimal

LANGUAGES = ("bn", "en")
ENV = "PROTISHRUTI_LANG"


def _from_environment() -> str:
    lang = os.environ.get(ENV, "bn").strip().lower()
    return lang if lang in LANGUAGES else "bn"


_language = _from_environment()


def set_language(lang: str) -> None:
    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: one of {', '.join(LANGUAGES)}")  # untranslated: a programming mistake
    _language = lang


def language() -> str:
    return _language


_BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


class _Formatter(string.Formatter):
    def __init__(self, bangla: bool) -> None:
        self.bangla = bangla

    def format_field(self, value: object, format_spec: str) -> str:
        out = super().format_field(value, format_spec)
        if self.bangla and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            out = out.translate(_BN_DIGITS)
        return out


_BANGLA, _ENGLISH = _Formatter(True), _Formatter(False)


def tr(english: str, /, **values: object) -> str:
    """The message in the current language.  Braces that are not a value are
    doubled in templates with values ({{ }}), as str.format wants."""
    if _language == "bn":
        from .catalogue import BN

        template = BN.get(english, english)
        return _BANGLA.vformat(template, (), values) if values else template
    return _ENGLISH.vformat(english, (), values) if values else english


def count(n: int, one: str, many: str, /, **values: object) -> str:
    """``tr(one)`` when ``n`` is 1, else ``tr(many)``: English's plural (Bangla has
    one form, and its catalogue may give both the same words); ``n`` is passed as {n}."""
    return tr(one if n == 1 else many, n=n, **values)  # untranslated: the callers' literals are the catalogue's
