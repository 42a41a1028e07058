"""A synthetic national corpus for benchmarks: ministries → offices under them
(directorates, divisional, district and upazila offices), every office with a
charter, GRS officers, a committee order, an action plan, four quarterly
reports, an evaluation, a meeting and its minutes — and every page with its own
Bangla text, composed from word lists, generated names and places, so that the
search index, the Markdown cache and gzip see a realistic vocabulary rather
than one office copied N times.

Everything is marked নমুনা (``sample: true``); nothing here is a real office.
The same ``--pages`` and ``--seed`` always give the same bytes.

Usage: python -m benchmarks.corpus OUT --pages 10000 [--seed 1] [--per-ministry 16]
"""

from __future__ import annotations

import argparse
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent

# Pages per office as generated below: office, charter (one or two versions),
# GRS, committee, plan, four reports, evaluation, meeting, minutes.
PAGES_PER_OFFICE = 12.5

_BN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")

# syllables for names of people and places that are not in any word list
_ONSETS = ["ক", "খ", "গ", "ঘ", "চ", "ছ", "জ", "ঝ", "ট", "ড", "ত", "থ", "দ", "ধ", "ন", "প", "ফ", "ব", "ভ", "ম",
           "য", "র", "ল", "শ", "স", "হ", "শ্র", "প্র", "ক্ষ", "স্ব", "দ্র", "ত্র", "গ্র", "ব্র", "চন্দ্র", "স্ত"]
_VOWELS = ["", "া", "ি", "ী", "ু", "ূ", "ে", "ৈ", "ো", "ৌ", "", "া", "ি"]
_CODAS = ["", "", "", "ন", "ম", "ল", "র", "ং", "ৎ", "শ"]

_FIRST = ["মোহাম্মদ", "আব্দুল", "মো.", "শেখ", "সৈয়দ", "নাসরিন", "ফারহানা", "রাশেদা", "তানভীর", "মাহমুদ", "সুমাইয়া",
          "কামরুল", "জান্নাতুল", "রফিকুল", "শাহনাজ", "মিজানুর", "আনোয়ার", "সাবরিনা", "নুসরাত", "হাবিবুর", "দেলোয়ার",
          "মাসুদ", "আরিফ", "শামীমা", "জাকির", "লুৎফর", "ইসরাত", "মনিরুজ্জামান", "সাইফুল", "ফাতেমা", "রুবিনা", "অমিত",
          "সুব্রত", "প্রিয়াংকা", "দীপংকর", "তাপস", "অনিমেষ", "সঞ্চিতা", "বিপ্লব", "রত্না"]
_LAST = ["ইসলাম", "হোসেন", "রহমান", "আহমেদ", "খাতুন", "বেগম", "চৌধুরী", "সরকার", "মিয়া", "উদ্দিন", "আলম", "হক",
         "কবির", "তালুকদার", "ভূঁইয়া", "মজুমদার", "দাস", "পাল", "সাহা", "রায়", "বিশ্বাস", "মণ্ডল", "দত্ত", "শিকদার",
         "প্রামানিক", "আকন্দ", "খান", "সিদ্দিকী", "জামান", "নাহার"]
_DESIGNATIONS = ["সচিব", "অতিরিক্ত সচিব", "যুগ্মসচিব", "উপসচিব", "সিনিয়র সহকারী সচিব", "সহকারী সচিব", "পরিচালক",
                 "উপপরিচালক", "সহকারী পরিচালক", "জেলা প্রশাসক", "অতিরিক্ত জেলা প্রশাসক", "উপজেলা নির্বাহী অফিসার",
                 "প্রশাসনিক কর্মকর্তা", "হিসাবরক্ষণ কর্মকর্তা", "প্রোগ্রামার", "সিস্টেম এনালিস্ট", "সহকারী প্রোগ্রামার",
                 "প্রকল্প পরিচালক", "নির্বাহী প্রকৌশলী", "সহকারী প্রকৌশলী", "জেলা কৃষি কর্মকর্তা", "সিভিল সার্জন",
                 "জেলা শিক্ষা অফিসার", "উপজেলা সমাজসেবা অফিসার"]
_DISTRICTS = ["ঢাকা", "চট্টগ্রাম", "রাজশাহী", "খুলনা", "বরিশাল", "সিলেট", "রংপুর", "ময়মনসিংহ", "কুমিল্লা", "নোয়াখালী",
              "ফেনী", "বগুড়া", "পাবনা", "যশোর", "কুষ্টিয়া", "দিনাজপুর", "গাইবান্ধা", "টাঙ্গাইল", "জামালপুর", "নেত্রকোণা",
              "কিশোরগঞ্জ", "ফরিদপুর", "গোপালগঞ্জ", "মাদারীপুর", "পটুয়াখালী", "ভোলা", "বরগুনা", "সুনামগঞ্জ", "হবিগঞ্জ",
              "মৌলভীবাজার", "কক্সবাজার", "রাঙ্গামাটি", "বান্দরবান", "খাগড়াছড়ি", "চাঁদপুর", "লক্ষ্মীপুর", "নাটোর",
              "নওগাঁ", "চাঁপাইনবাবগঞ্জ", "সিরাজগঞ্জ", "সাতক্ষীরা", "বাগেরহাট", "নড়াইল", "মাগুরা", "ঝিনাইদহ", "চুয়াডাঙ্গা",
              "মেহেরপুর", "পিরোজপুর", "ঝালকাঠি", "শেরপুর", "নরসিংদী", "গাজীপুর", "নারায়ণগঞ্জ", "মুন্সীগঞ্জ",
              "মানিকগঞ্জ", "রাজবাড়ী", "শরীয়তপুর", "ঠাকুরগাঁও", "পঞ্চগড়", "নীলফামারী", "লালমনিরহাট", "কুড়িগ্রাম",
              "জয়পুরহাট", "ব্রাহ্মণবাড়িয়া"]
_SUBJECTS = ["স্বাস্থ্য", "শিক্ষা", "কৃষি", "মৎস্য", "প্রাণিসম্পদ", "ভূমি", "পরিবেশ", "বন", "পানিসম্পদ", "বিদ্যুৎ",
             "জ্বালানি", "সড়ক পরিবহন", "রেলপথ", "নৌপরিবহন", "বাণিজ্য", "শিল্প", "শ্রম", "কর্মসংস্থান", "সমাজকল্যাণ",
             "মহিলা ও শিশু", "যুব ও ক্রীড়া", "সংস্কৃতি", "ধর্ম", "তথ্য", "ডাক ও টেলিযোগাযোগ", "বিজ্ঞান ও প্রযুক্তি",
             "পরিকল্পনা", "অর্থ", "আইন", "স্বরাষ্ট্র", "প্রবাসী কল্যাণ", "খাদ্য", "দুর্যোগ ব্যবস্থাপনা", "গৃহায়ণ ও গণপূর্ত",
             "স্থানীয় সরকার", "পল্লী উন্নয়ন", "সমবায়", "বস্ত্র ও পাট", "বেসামরিক বিমান", "পর্যটন", "মুক্তিযুদ্ধ বিষয়ক",
             "পার্বত্য চট্টগ্রাম", "জনপ্রশাসন", "প্রাথমিক ও গণশিক্ষা", "কারিগরি শিক্ষা", "স্বাস্থ্য সেবা", "চিকিৎসা শিক্ষা",
             "নির্বাচন", "দুর্নীতি দমন", "পরিসংখ্যান"]
_OFFICE_KINDS = [("অধিদপ্তর", 4), ("পরিদপ্তর", 1), ("দপ্তর", 2), ("সংস্থা", 1), ("কর্তৃপক্ষ", 1), ("বোর্ড", 1),
                 ("বিভাগীয় কার্যালয়", 2), ("জেলা কার্যালয়", 6), ("উপজেলা কার্যালয়", 6)]

_SERVICE_OBJECTS = ["লাইসেন্স", "নিবন্ধন সনদ", "প্রত্যয়নপত্র", "অনুমতিপত্র", "ছাড়পত্র", "ভাতা", "অনুদান", "ঋণ",
                    "বীজ ও সার", "প্রশিক্ষণ", "পরামর্শ", "তথ্য", "নামজারি", "খতিয়ানের নকল", "জন্ম নিবন্ধন", "মৃত্যু নিবন্ধন",
                    "ট্রেড লাইসেন্স", "পাসপোর্ট সুপারিশ", "চারিত্রিক সনদ", "ওয়ারিশ সনদ", "উপবৃত্তি", "বৃত্তি", "টিকা",
                    "চিকিৎসা সেবা", "পরীক্ষার ফলাফল", "সংশোধিত সনদ", "অভিযোগ নিষ্পত্তি", "জমির পরিমাপ", "পানি সংযোগ",
                    "বিদ্যুৎ সংযোগ", "আমদানি অনুমতি", "রপ্তানি নিবন্ধন", "মাছের পোনা", "পশু চিকিৎসা", "কৃত্রিম প্রজনন",
                    "বনায়নের চারা", "দুর্যোগ সহায়তা", "ত্রাণ", "ক্রীড়া সামগ্রী", "গ্রন্থাগার সদস্যপদ"]
_SERVICE_ACTIONS = ["প্রদান", "নবায়ন", "সংশোধন", "হস্তান্তর", "বাতিল", "অনুমোদন", "বিতরণ", "মঞ্জুর", "যাচাই", "হালনাগাদ"]
_DOCUMENTS = ["জাতীয় পরিচয়পত্রের সত্যায়িত অনুলিপি", "পাসপোর্ট আকারের দুই কপি ছবি", "পূরণকৃত আবেদন ফরম",
              "ইউনিয়ন পরিষদের প্রত্যয়নপত্র", "পূর্বের সনদের অনুলিপি", "ট্রেজারি চালানের মূল কপি", "জমির দলিলের অনুলিপি",
              "হালনাগাদ খাজনা পরিশোধের রসিদ", "শিক্ষাগত যোগ্যতার সনদ", "জন্ম নিবন্ধন সনদ", "ব্যাংক হিসাবের বিবরণী",
              "প্রতিষ্ঠানের প্যাডে আবেদনপত্র", "ট্রেড লাইসেন্সের অনুলিপি", "আয়কর প্রত্যয়নপত্র", "চিকিৎসকের ব্যবস্থাপত্র",
              "মৃত্যু সনদের অনুলিপি", "ওয়ারিশ সনদ", "নকশার অনুলিপি", "অঙ্গীকারনামা", "ক্ষমতা অর্পণপত্র"]
_SOURCES = ["আবেদনকারী", "দপ্তরের ওয়েবসাইট", "সংশ্লিষ্ট শাখা", "ইউনিয়ন ডিজিটাল সেন্টার", "উপজেলা ভূমি অফিস",
            "সংশ্লিষ্ট ব্যাংক", "জাতীয় তথ্য বাতায়ন", "ইউনিয়ন পরিষদ", "পৌরসভা"]
_METHODS = ["অনলাইনে আবেদন", "সরাসরি দপ্তরে আবেদন", "ডাকযোগে আবেদন", "ই-মেইলে আবেদন", "ই-নথির মাধ্যমে",
            "ইউনিয়ন ডিজিটাল সেন্টারের মাধ্যমে", "মোবাইল অ্যাপের মাধ্যমে", "হেল্পডেস্কে সরাসরি যোগাযোগ",
            "নির্ধারিত ফরমে লিখিত আবেদন", "৩৩৩ নম্বরে ফোন করে"]
_PAYMENTS = ["ট্রেজারি চালান", "মোবাইল ব্যাংকিং", "ব্যাংক ড্রাফট", "অনলাইন পেমেন্ট গেটওয়ে", "নগদ রসিদমূলে", "পে-অর্ডার"]
_UNITS_TIME = ["কার্যদিবস", "দিন", "ঘণ্টা", "মাস"]

# words for running text: remarks, progress, decisions, about, missions
_NOUNS = ["সেবা", "নাগরিক", "সেবাগ্রহীতা", "আবেদন", "অভিযোগ", "প্রতিবেদন", "কমিটি", "সভা", "সিদ্ধান্ত", "প্রশিক্ষণ",
          "কর্মশালা", "ওয়েবসাইট", "হেল্পডেস্ক", "তথ্য বাতায়ন", "নোটিশ বোর্ড", "জরিপ", "মতামত", "পরিদর্শন", "কর্মকর্তা",
          "কর্মচারী", "উপজেলা", "জেলা", "ইউনিয়ন", "দপ্তর", "শাখা", "অধিশাখা", "বাজেট", "বরাদ্দ", "প্রকল্প", "কর্মসূচি",
          "সচেতনতা", "স্বচ্ছতা", "জবাবদিহিতা", "ডিজিটাল সেবা", "ই-নথি", "সময়সীমা", "ফি", "পদ্ধতি", "কাগজপত্র", "প্রমাণক",
          "ফোকাল পয়েন্ট", "সমন্বয়", "মনিটরিং", "হালনাগাদ", "উদ্ভাবন", "সহজীকরণ", "উঠান বৈঠক", "গণশুনানি", "বিজ্ঞপ্তি",
          "পোস্টার", "লিফলেট", "ব্যানার", "সিটিজেন চার্টার", "শুদ্ধাচার", "তথ্য অধিকার", "বার্ষিক কর্মসম্পাদন চুক্তি",
          "নিরীক্ষা", "আপত্তি", "নথি", "রেজিস্টার", "ডাটাবেজ", "সফটওয়্যার", "সার্ভার", "ইন্টারনেট সংযোগ", "কৃষক",
          "শিক্ষার্থী", "রোগী", "ভাতাভোগী", "উদ্যোক্তা", "ব্যবসায়ী", "মৎস্যজীবী", "নারী", "প্রতিবন্ধী ব্যক্তি",
          "প্রবীণ নাগরিক", "জলবায়ু", "বন্যা", "ঘূর্ণিঝড়", "খরা", "নদীভাঙন", "খাদ্য নিরাপত্তা", "পুষ্টি", "টিকাদান",
          "মাতৃস্বাস্থ্য", "স্যানিটেশন", "নিরাপদ পানি", "গ্রামীণ সড়ক", "সেতু", "কালভার্ট", "বিদ্যালয়", "কলেজ",
          "মাদ্রাসা", "হাসপাতাল", "কমিউনিটি ক্লিনিক", "হাট-বাজার", "খেয়াঘাট", "জলমহাল", "খাসজমি", "আশ্রয়ণ প্রকল্প"]
_ADJECTIVES = ["নির্ধারিত", "হালনাগাদকৃত", "সংশোধিত", "প্রস্তাবিত", "চূড়ান্ত", "খসড়া", "বার্ষিক", "ত্রৈমাসিক", "মাসিক",
               "অনলাইন", "সরাসরি", "প্রয়োজনীয়", "অতিরিক্ত", "বিশেষ", "জরুরি", "নতুন", "পুরাতন", "স্থানীয়", "জাতীয়",
               "আঞ্চলিক", "কার্যকর", "স্বচ্ছ", "দ্রুত", "সহজ", "নিয়মিত", "অনিয়মিত", "সমন্বিত", "পৃথক", "সম্পূর্ণ", "আংশিক"]
_VERBS = ["সম্পন্ন করা হয়েছে", "আয়োজন করা হয়েছে", "প্রকাশ করা হয়েছে", "হালনাগাদ করা হয়েছে", "প্রেরণ করা হয়েছে",
          "অনুমোদিত হয়েছে", "চলমান রয়েছে", "প্রক্রিয়াধীন রয়েছে", "বিতরণ করা হয়েছে", "নিষ্পত্তি করা হয়েছে",
          "পর্যালোচনা করা হয়েছে", "বাস্তবায়িত হয়েছে", "শুরু হয়েছে", "স্থাপন করা হয়েছে", "আপলোড করা হয়েছে",
          "অবহিত করা হয়েছে", "যাচাই করা হয়েছে", "সংরক্ষণ করা হচ্ছে", "তদারকি করা হচ্ছে", "নিশ্চিত করা হয়েছে"]
_MUST = ["করতে হবে", "নিশ্চিত করতে হবে", "হালনাগাদ করতে হবে", "আয়োজন করতে হবে", "প্রেরণ করতে হবে", "প্রকাশ করতে হবে",
         "স্থাপন করতে হবে", "পর্যালোচনা করতে হবে", "বাস্তবায়ন করতে হবে", "চালু করতে হবে"]
_STATUSES = ["বাস্তবায়িত", "বাস্তবায়িত", "আংশিক বাস্তবায়িত", "চলমান", "অবাস্তবায়িত"]
_MONTHS = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
           "নভেম্বর", "ডিসেম্বর"]


class Writer:
    """Seeded text for one corpus."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def pick(self, items):
        return self.r.choice(items)

    def bn(self, n: int | str) -> str:
        return str(n).translate(_BN)

    def made_up(self, syllables: int = 3) -> str:
        """A pronounceable made-up name (villages, unions, people's nicknames)."""
        r = self.r
        return "".join(r.choice(_ONSETS) + r.choice(_VOWELS) for _ in range(syllables - 1)) + r.choice(_ONSETS) + r.choice(_CODAS)

    def person_name(self) -> str:
        if self.r.random() < 0.3:
            return f"{self.pick(_FIRST)} {self.made_up(2)} {self.pick(_LAST)}"
        return f"{self.pick(_FIRST)} {self.pick(_LAST)}"

    def place(self) -> str:
        return self.made_up(self.r.randint(2, 4)) if self.r.random() < 0.6 else self.pick(_DISTRICTS)

    def day(self, start: date, span: int) -> date:
        return start + timedelta(days=self.r.randrange(span))

    def bn_date(self, d: date) -> str:
        return f"{self.bn(d.day)} {_MONTHS[d.month - 1]} {self.bn(d.year)}"

    def phrase(self) -> str:
        r = self.r
        words = [r.choice(_ADJECTIVES) if r.random() < 0.5 else "", r.choice(_NOUNS)]
        if r.random() < 0.5:
            words += [r.choice(["ও", "এবং", "সংক্রান্ত", "বিষয়ক", "সহ"]), r.choice(_NOUNS)]
        return " ".join(w for w in words if w)

    def sentence(self, place: str | None = None) -> str:
        r = self.r
        parts = [self.phrase()]
        if r.random() < 0.4:
            parts.append(f"{place or self.place()} এলাকায়")
        if r.random() < 0.4:
            parts.append(f"{self.bn(r.randint(2, 950))}টি")
        parts.append(self.phrase())
        if r.random() < 0.3:
            parts.append(f"{self.bn_date(self.day(date(2024, 7, 1), 365))} তারিখে")
        parts.append(r.choice(_VERBS))
        return " ".join(parts) + " (নমুনা)।"

    def decision(self) -> str:
        return f"{self.phrase()} {self.r.choice(['বিষয়ে', 'সংক্রান্ত', 'এর'])} {self.phrase()} {self.r.choice(_MUST)} (নমুনা)।"

    def paragraph(self, n: int, place: str | None = None) -> str:
        return " ".join(self.sentence(place) for _ in range(n))

    def phone(self) -> str:
        return "০" + self.bn(self.r.randint(1300000000, 1999999999))

    def person(self, designation: str | None = None, contact: bool = True) -> dict:
        p = {"name": self.person_name() + " (নমুনা)", "designation": designation or self.pick(_DESIGNATIONS)}
        if contact:
            p["phone"] = self.phone()
            if self.r.random() < 0.6:
                p["email"] = f"officer{self.r.randint(1, 99999)}@office.example"
        return p


def _dump(path: Path, data: dict, comment: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text(f"# SAMPLE DATA (নমুনা) for benchmarks: {comment}\n{text}", encoding="utf-8")


def _service(w: Writer, place: str) -> dict:
    r = w.r
    obj = w.pick(_SERVICE_OBJECTS)
    s: dict = {"name": f"{obj} {w.pick(_SERVICE_ACTIONS)}" + (f" ({place})" if r.random() < 0.2 else ""),
               "method": w.pick(_METHODS) + (f"; {w.sentence(place)}" if r.random() < 0.3 else "")}
    s["documents"] = [{"name": d, "source": w.pick(_SOURCES)} for d in r.sample(_DOCUMENTS, r.randint(1, 4))]
    roll = r.random()
    if roll < 0.4:
        s["fee"] = {"free": True}
    elif roll < 0.8:
        s["fee"] = {"amount": w.bn(r.choice([20, 50, 100, 200, 300, 500, 1000, 1500, 2000, 5000])), "payment": w.pick(_PAYMENTS)}
    else:
        s["fee"] = r.choice(["সরকার নির্ধারিত হারে", "ধার্য্যকৃত কর অনুযায়ী", "বিধি মোতাবেক", "বিনামূল্যে"])
    s["time_limit"] = {"value": w.bn(r.randint(1, 30)), "unit": w.pick(_UNITS_TIME)} if r.random() < 0.85 else f"{w.bn(r.randint(1, 7))} হইতে {w.bn(r.randint(8, 30))} দিন"
    s["officer"] = w.person()
    return s


def _charter(w: Writer, name: str, place: str, effective: date, updated: bool) -> dict:
    r = w.r
    doc: dict = {"effective_date": effective, "sample": True}
    if updated:
        doc["updates"] = [{"date": effective + timedelta(days=r.randint(20, 90)), "note": w.sentence(place)}]
    doc["vision"] = f"{w.phrase()} ও {w.phrase()} নিশ্চিতকরণ (নমুনা)।"
    doc["mission"] = w.paragraph(r.randint(1, 3), place)
    services: dict = {"citizen": [_service(w, place) for _ in range(r.randint(3, 9))]}
    if r.random() < 0.8:
        services["institutional"] = [_service(w, place) for _ in range(r.randint(1, 4))]
    if r.random() < 0.6:
        services["internal"] = [_service(w, place) for _ in range(r.randint(1, 3))]
    doc["services"] = services
    doc["grs_intro"] = w.sentence(place)
    doc["grs"] = [
        {"when": "দায়িত্বপ্রাপ্ত কর্মকর্তা সমাধান দিতে না পারলে", "contact": w.person("অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)"), "time_limit": w.bn(30)},
        {"when": "অভিযোগ নিষ্পত্তি কর্মকর্তা নির্দিষ্ট সময়ে সমাধান দিতে না পারলে", "contact": w.person("আপিল কর্মকর্তা"), "time_limit": w.bn(20)},
        {"when": "আপিল কর্মকর্তা নির্দিষ্ট সময়ে সমাধান দিতে না পারলে",
         "contact": {"designation": "অভিযোগ ব্যবস্থাপনা সেল", "office": "মন্ত্রিপরিষদ বিভাগ"}, "time_limit": w.bn(60)},
    ]
    doc["expectations"] = [f"{w.phrase()} {w.pick(_MUST)}" for _ in range(r.randint(2, 5))]
    return doc


def _plan(w: Writer, fy: str) -> tuple[dict, list[tuple[str, str]]]:
    """An action plan and its indicators as (id, calculation)."""
    r = w.r
    areas, indicators = [], []
    for ai in range(1, r.randint(2, 4) + 1):
        activities, area_weight = [], 0
        for ci in range(1, r.randint(1, 3) + 1):
            inds = []
            for ii in range(1, r.randint(1, 2) + 1):
                iid = f"[{w.bn(ai)}.{w.bn(ci)}.{w.bn(ii)}]"
                calc = r.choice(["সমষ্টি", "সমষ্টি", "ক্রমপুঞ্জিভূত"])
                percent = calc == "ক্রমপুঞ্জিভূত"
                weight = r.randint(1, 6)
                area_weight += weight
                top = 100 if percent else r.choice([10, 20, 30, 50, 100])
                targets = [w.bn(round(top * f)) for f in (1, 0.9, 0.8, 0.7, 0.6)]
                inds.append({"id": iid, "name": f"{w.phrase()} {r.choice(['সংখ্যা', 'হার', 'আয়োজিত', 'সম্পন্ন', 'হালনাগাদকৃত'])}",
                             "unit": "%" if percent else "সংখ্যা", "weight": w.bn(weight), "calculation": calc,
                             "targets": targets, "evidence": w.phrase()})
                indicators.append((iid, calc, top))
            activities.append({"id": f"[{w.bn(ai)}.{w.bn(ci)}]", "name": w.sentence(), "indicators": inds})
        areas.append({"name": w.phrase(), "weight": w.bn(area_weight), "activities": activities})
    start = int(fy[:4])
    return {"fiscal_year": fy, "sample": True, "published": date(start, 7, 1), "areas": areas}, indicators


def _report(w: Writer, fy: str, q: int, indicators, signatory: dict, place: str) -> dict:
    r = w.r
    start = int(fy[:4])
    quarter_end = [date(start, 9, 30), date(start, 12, 31), date(start + 1, 3, 31), date(start + 1, 6, 30)][q - 1]
    items = []
    for iid, calc, top in indicators:
        if calc == "ক্রমপুঞ্জিভূত":
            value = min(100, q * 25 + r.randint(-10, 5))
        else:
            value = r.randint(0, max(1, top // 3))
        item = {"id": iid, "achievement": w.bn(value)}
        if r.random() < 0.8:
            item["remarks"] = w.sentence(place)
        items.append(item)
    return {"fiscal_year": fy, "quarter": w.bn(q), "sample": True, "submitted": quarter_end + timedelta(days=r.randint(3, 25)),
            "signatory": signatory, "indicators": items}


def _office(w: Writer, folder: Path, slug: str, name: str, kind: str, parent: str | None) -> int:
    """Write one office; return its page count."""
    r = w.r
    place = w.place()
    office: dict = {"name": name, "kind": kind}
    if parent:
        office["parent"] = parent
    office.update({"address": f"{w.bn(r.randint(1, 120))}, {w.phrase()} সড়ক, {place} (নমুনা ঠিকানা)",
                   "phone": w.phone(), "email": f"info@{slug}.example", "sample": True,
                   "about": w.paragraph(r.randint(1, 3), place), "published": date(2024, 7, 1)})
    _dump(folder / "office.yaml", office, "a made-up office")
    pages = 1
    first = w.day(date(2023, 7, 1), 300)
    versions = [first] + ([w.day(date(2024, 7, 1), 150)] if r.random() < 0.5 else [])
    for i, eff in enumerate(versions):
        _dump(folder / "charters" / f"{eff.isoformat()}.yaml", _charter(w, name, place, eff, i == len(versions) - 1 and r.random() < 0.3), "a charter version")
        pages += 1
    grs_day = w.day(date(2024, 7, 1), 90)
    _dump(folder / "grs" / f"{grs_day.isoformat()}.yaml", {
        "date": grs_day, "sample": True, "fiscal_year": "2024-25", "quarter": w.bn(1),
        "title": f"{name}: অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক) ও আপিল কর্মকর্তার তথ্য (নমুনা)",
        "intro": w.sentence(place), "online": "www.grs.gov.bd",
        "officers": [{"role": "অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)", "function": "grievance", "person": w.person(), "time_limit": w.bn(30)},
                     {"role": "আপিল কর্মকর্তা", "function": "appeal", "person": w.person(), "time_limit": "২০ কার্যদিবস"}]}, "GRS officers")
    pages += 1
    order_day = w.day(date(2024, 7, 1), 60)
    chair, secretary = w.person(contact=False), w.person()
    _dump(folder / "committees" / f"{order_day.isoformat()}.yaml", {
        "date": order_day, "sample": True, "title": f"{name}: সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটি গঠন (নমুনা)",
        "memo_number": f"নমুনা-{w.bn(r.randint(10, 99))}.{w.bn(r.randint(10, 99))}.{w.bn(r.randint(1000, 9999))}.{w.bn(r.randint(100, 999))}.২৪.{w.bn(r.randint(1, 999))}",
        "letterhead": ["গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", name], "intro": w.sentence(place),
        "members": [{"role": "সভাপতি", "person": chair}] + [{"role": "সদস্য", "person": w.person(contact=False)} for _ in range(r.randint(2, 6))]
                   + [{"role": "সদস্য-সচিব", "person": secretary}],
        "focal_points": [{"role": "ফোকাল পয়েন্ট কর্মকর্তা", "person": secretary}],
        "terms": [w.decision() for _ in range(r.randint(1, 4))], "effect": "এ আদেশ জারির তারিখ হতে কার্যকর হবে।",
        "signatory": {**w.person(contact=False), "date": order_day}}, "a committee order")
    pages += 1
    plan, indicators = _plan(w, "2024-25")
    _dump(folder / "action-plans" / "2024-25.yaml", plan, "an action plan")
    pages += 1
    signatory = w.person(contact=False)
    for q in range(1, 5):
        _dump(folder / "reports" / f"2024-25-q{q}.yaml", _report(w, "2024-25", q, indicators, signatory, place), "a quarterly report")
        pages += 1
    _dump(folder / "evaluations" / "2024-25.yaml", {
        "fiscal_year": "2024-25", "sample": True, "submitted": date(2025, 7, 1) + timedelta(days=r.randint(5, 40)),
        "indicators": [{"id": iid, "progress": w.sentence(place), "achievement": w.bn(min(top, r.randint(0, top)))} for iid, _, top in indicators],
        "signatory": signatory}, "an annual evaluation")
    pages += 1
    meeting_day = w.day(date(2024, 8, 1), 60)
    decisions = [w.decision() for _ in range(r.randint(2, 7))]
    _dump(folder / "meetings" / "2024-25-1.yaml", {
        "fiscal_year": "2024-25", "number": "১", "date": meeting_day, "sample": True,
        "title": f"{name}-এর সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটির ১ম সভার সিদ্ধান্ত বাস্তবায়ন অগ্রগতি প্রতিবেদন (নমুনা)।",
        "letterhead": ["গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", name],
        "decisions": [{"text": d, "status": w.pick(_STATUSES), "progress": w.sentence(place)} for d in decisions],
        "signatory": {**secretary, "date": meeting_day + timedelta(days=14)},
        "letter": {"letterhead": ["গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", name],
                   "memo_number": f"নমুনা-{w.bn(r.randint(10, 99))}.{w.bn(r.randint(1000, 9999))}.২৪.{w.bn(r.randint(1, 999))}",
                   "date": meeting_day + timedelta(days=16),
                   "subject": "পরিবীক্ষণ কমিটির ১ম সভার সিদ্ধান্ত বাস্তবায়ন অগ্রগতি প্রতিবেদন প্রেরণ (নমুনা)।",
                   "body": w.paragraph(2, place), "signatory": {**secretary, "date": meeting_day + timedelta(days=16)},
                   "addressee": ["সচিব (নমুনা)", f"{w.pick(_SUBJECTS)} মন্ত্রণালয় (নমুনা)"]}}, "a meeting's decision progress")
    pages += 1
    _dump(folder / "minutes" / "2024-25-1.yaml", {
        "fiscal_year": "2024-25", "number": "১", "date": meeting_day, "sample": True,
        "title": f"{name}-এর সেবা প্রদান প্রতিশ্রুতি পরিবীক্ষণ কমিটির ১ম সভার কার্যবিবরণী (নমুনা)",
        "time": f"সকাল {w.bn(r.randint(9, 11))}:০০ ঘটিকা", "place": f"সম্মেলন কক্ষ, {name}", "chair": chair,
        "attendees": "পরিশিষ্ট 'ক' অনুযায়ী (নমুনা)", "agenda": [w.phrase() + " (নমুনা)" for _ in range(r.randint(2, 4))],
        "decisions": [{"text": d, "responsible": w.phrase() + " শাখা (নমুনা)", "deadline": w.bn_date(meeting_day + timedelta(days=r.randint(20, 90))),
                       "status": w.pick(["বাস্তবায়িত", "বাস্তবায়নাধীন", "চলমান"])} for d in decisions],
        "signatory": {**chair, "date": meeting_day + timedelta(days=7)}}, "a meeting's minutes")
    pages += 1
    return pages


def make(out: Path, pages: int, seed: int = 1, per_ministry: int = 16) -> tuple[int, int, int]:
    """Write a corpus of about ``pages`` pages into ``out``, about
    ``per_ministry`` offices under each ministry (at most 50 ministries);
    return (ministries, offices, record pages)."""
    if out.exists():
        shutil.rmtree(out)
    (out / "offices").mkdir(parents=True)
    shutil.copy(ROOT / "content" / "site.yaml", out / "site.yaml")
    shutil.copytree(ROOT / "content" / "pages", out / "pages")
    w = Writer(seed)
    offices = max(1, round(pages / PAGES_PER_OFFICE))
    ministries = max(1, min(len(_SUBJECTS), round(offices / per_ministry)))
    total = n = 0
    for m in range(ministries):
        mslug = f"ministry-{m + 1:02d}"
        mname = f"{_SUBJECTS[m]} মন্ত্রণালয় (নমুনা {w.bn(m + 1)})"
        total += _office(w, out / "offices" / mslug, mslug, mname, "মন্ত্রণালয়", None)
        n += 1
    while n < offices:
        m = (n - ministries) % ministries
        mslug = f"ministry-{m + 1:02d}"
        kind = w.r.choices([k for k, _ in _OFFICE_KINDS], [wt for _, wt in _OFFICE_KINDS])[0]
        place = w.pick(_DISTRICTS) if "জেলা" in kind or "বিভাগ" in kind else (w.made_up(3) if "উপজেলা" in kind else "")
        name = f"{_SUBJECTS[m]} {kind}{', ' + place if place else ''} (নমুনা {w.bn(n + 1)})"
        slug = f"office-{n + 1:05d}"
        total += _office(w, out / "offices" / slug, slug, name, kind, mslug)
        n += 1
    return ministries, n, total


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-ministry", type=int, default=16, help="offices under each ministry (at most 50 ministries)")
    ns = ap.parse_args(argv)
    ministries, offices, pages = make(ns.out, ns.pages, ns.seed, ns.per_ministry)
    print(f"{ns.out}: {ministries} ministries, {offices} offices, {pages} record pages")


if __name__ == "__main__":
    main()
