"""The search glossary: groups of words a searcher may type for the same
thing (দফতর for দপ্তর, সিটিজেন চার্টার for সেবা প্রদান প্রতিশ্রুতি, English words
citizens use).  The browser tries every other word of a query word's group
(layouts/static/search/pagefind.js), ranked below the pages with the words
as typed and their spellings.

The program's own groups are :data:`BUILTIN`; a site adds its own in
``content/glossary.yaml`` (``groups: [[দপ্তর, দফতর], …]``, each group a list
of words or phrases).  A term in both joins the two groups.  The result is
``/assets/search/glossary.json``: ``{"groups": [[term, …], …]}``, every term
in the search normal form (searchtext.normalise, lower case).
"""

from __future__ import annotations

import json
from typing import Iterable

from . import searchtext

# Equivalents in general use: spellings the fold does not equate (ফ/প,
# ত/ট), everyday words for office terms, and English words citizens type.
# Kept to words that mean the same in every office's pages.
BUILTIN: tuple[tuple[str, ...], ...] = (
    ("দপ্তর", "দফতর", "অফিস", "office"),
    ("অধিদপ্তর", "অধিদফতর", "directorate"),
    ("মন্ত্রণালয়", "মিনিস্ট্রি", "ministry"),
    ("সেবা প্রদান প্রতিশ্রুতি", "সিটিজেন চার্টার", "সিটিজেনস চার্টার", "নাগরিক সনদ", "citizen charter", "citizens charter"),
    ("সেবা", "service", "services", "সার্ভিস"),
    ("ফরম", "ফর্ম", "form"),
    ("অভিযোগ", "নালিশ", "complaint", "complaints", "grievance"),
    ("অভিযোগ প্রতিকার ব্যবস্থা", "জিআরএস", "grs"),
    ("আপিল", "appeal"),
    ("ফি", "মাশুল", "fee", "fees"),
    ("বিনামূল্যে", "ফ্রি", "free"),
    ("পাসপোর্ট", "passport"),
    ("লাইসেন্স", "licence", "license"),
    ("নিবন্ধন", "রেজিস্ট্রেশন", "registration"),
    ("সনদ", "সনদপত্র", "সার্টিফিকেট", "certificate"),
    ("প্রশিক্ষণ", "ট্রেনিং", "training"),
    ("সভা", "মিটিং", "বৈঠক", "meeting"),
    ("প্রতিবেদন", "রিপোর্ট", "report"),
    ("কর্মপরিকল্পনা", "কর্ম পরিকল্পনা", "action plan"),
    ("কার্যদিবস", "কর্মদিবস", "working day", "working days"),
    ("জাতীয় পরিচয়পত্র", "এনআইডি", "nid", "national id"),
    ("জন্ম নিবন্ধন", "birth registration"),
    ("মোবাইল", "mobile"),
    ("ই-মেইল", "ইমেইল", "email", "e-mail"),
    ("পরিবীক্ষণ", "মনিটরিং", "monitoring"),
    ("মূল্যায়ন", "evaluation"),
    ("অগ্রগতি", "progress"),
    ("সিদ্ধান্ত", "decision", "decisions"),
    ("কমিটি", "committee"),
    ("তথ্য অধিকার", "আরটিআই", "rti", "right to information"),
    ("ভাতা", "allowance"),
    ("ঠিকানা", "address"),
    ("যোগাযোগ", "contact"),
)


def _term(text: str) -> str:
    return searchtext.normalise(text).lower()


def groups(extra: Iterable[Iterable[str]] = ()) -> list[list[str]]:
    """The program's groups and ``extra`` (glossary.yaml's), a term shared by
    two groups joining them; each term once, in the order first given."""
    merged: list[list[str]] = []
    where: dict[str, int] = {}
    for group in [*BUILTIN, *extra]:
        terms = list(dict.fromkeys(t for t in (_term(x) for x in group) if t))
        into = sorted({where[t] for t in terms if t in where})
        if into:
            at = into[0]
            for other in into[1:]:  # the group links two earlier ones: join them
                for t in merged[other]:
                    if t not in merged[at]:
                        merged[at].append(t)
                    where[t] = at
                merged[other] = []
        else:
            at = len(merged)
            merged.append([])
        for t in terms:
            if t not in merged[at]:
                merged[at].append(t)
            where[t] = at
    return [g for g in merged if len(g) > 1]


def to_json(all_groups: list[list[str]]) -> str:
    return json.dumps({"groups": all_groups}, ensure_ascii=False, separators=(",", ":")) + "\n"
