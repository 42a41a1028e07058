"""Bijoy (SutonnyMJ) to Unicode: the table, the reordering rules, and the
detector that must never flag ordinary English, addresses or Unicode Bangla."""

import json
import unicodedata

import pytest

from protishruti import bijoy


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# Each pair was checked by hand against the SutonnyMJ layout.
PAIRS = [
    # the examples of the brief
    ("†mev cÖ`vb cÖwZkÖæwZ", "সেবা প্রদান প্রতিশ্রুতি"),
    ("evsjv‡`k", "বাংলাদেশ"),
    ("gš¿Yvjq", "মন্ত্রণালয়"),
    ("Awf‡hvM", "অভিযোগ"),
    ("Kg©KZ©v", "কর্মকর্তা"),
    ("mwPe", "সচিব"),
    ("‡hvMv‡hvM", "যোগাযোগ"),
    ("cÖwk¶Y", "প্রশিক্ষণ"),
    ("Rb¥wbeÜb", "জন্মনিবন্ধন"),
    ("†kL nvwmbv", "শেখ হাসিনা"),
    ("2024", "২০২৪"),
    ("01712345678", "০১৭১২৩৪৫৬৭৮"),
    ("Av‡e`b Ki“b|", "আবেদন করুন।"),
    # offices and services
    ("evsjv‡`k miKvi", "বাংলাদেশ সরকার"),
    ("RbcÖkvmb gš¿Yvjq", "জনপ্রশাসন মন্ত্রণালয়"),
    ("Dc‡Rjv wbe©vnx Awdmvi", "উপজেলা নির্বাহী অফিসার"),
    ("‡Rjv cÖkvmK", "জেলা প্রশাসক"),
    ("mgvR‡mev Awa`ßi", "সমাজসেবা অধিদপ্তর"),
    ("BDwbqb cwil`", "ইউনিয়ন পরিষদ"),
    ("¯’vbxq miKvi", "স্থানীয় সরকার"),
    ("wmwU K‡c©v‡ik‡bi", "সিটি কর্পোরেশনের"),
    ("RvZxq cwiPqcÎ", "জাতীয় পরিচয়পত্র"),
    ("cvm‡cvU©", "পাসপোর্ট"),
    ("Awf‡hvM cÖwZKvi e¨e¯’vcbv", "অভিযোগ প্রতিকার ব্যবস্থাপনা"),
    ("†mevi bvg", "সেবার নাম"),
    ("cÖ‡qvRbxq KvMRcÎ", "প্রয়োজনীয় কাগজপত্র"),
    ("†mev g~j¨ I cwi‡kva c×wZ", "সেবা মূল্য ও পরিশোধ পদ্ধতি"),
    ("webvg~‡j¨", "বিনামূল্যে"),
    ("†mev cÖvwßi mgqmxgv", "সেবা প্রাপ্তির সময়সীমা"),
    ("Kvh©w`em", "কার্যদিবস"),
    ("`vwqZ¡cÖvß Kg©KZ©v", "দায়িত্বপ্রাপ্ত কর্মকর্তা"),
    ("‡gvevBj b¤^i", "মোবাইল নম্বর"),
    ("B‡gBj", "ইমেইল"),
    ("mKj bvMwi‡Ki Rb¨", "সকল নাগরিকের জন্য"),
    ("gvwmK cÖwZ‡e`b", "মাসিক প্রতিবেদন"),
    ("ev¯Íevqb", "বাস্তবায়ন"),
    ("mvwU©wd‡KU", "সার্টিফিকেট"),
    ("eva¨Zvg~jK", "বাধ্যতামূলক"),
    ("weÁwß", "বিজ্ঞপ্তি"),
    ("mn‡hvwMZv", "সহযোগিতা"),
    # vowels, signs and kars
    ("Dbœqb", "উন্নয়ন"),
    ("Ck¦i", "ঈশ্বর"),
    ("cybtwbeÜb", "পুনঃনিবন্ধন"),
    ("Drm", "উৎস"),
    ("Pvu`", "চাঁদ"),
    ("n¨vu", "হ্যাঁ"),
    ("evK&", "বাক্"),
    ("ˆZwi", "তৈরি"),
    ("‰bwZK", "নৈতিক"),
    ("‡KŠkj", "কৌশল"),
    ("‡kÖwY", "শ্রেণি"),
    # reph over clusters
    ("Kvh©µg", "কার্যক্রম"),
    ("DrKl©", "উৎকর্ষ"),
    ("EaŸ©Zb", "ঊর্ধ্বতন"),
    ("AšÍf©y³", "অন্তর্ভুক্ত"),
    ("m‡e©v”P", "সর্বোচ্চ"),
    ("KxwZ©", "কীর্তি"),
    # phalas and conjunct glyphs
    ("e¨vsK", "ব্যাংক"),
    ("Mªvg", "গ্রাম"),
    ("`«æZ", "দ্রুত"),
    ("cÖ_g", "প্রথম"),
    ("¯^v¯’¨", "স্বাস্থ্য"),
    ("ˆewPÎ¨", "বৈচিত্র্য"),
    ("wk¶v", "শিক্ষা"),
    ("e½eÜy", "বঙ্গবন্ধু"),
    ("cÂv‡qZ", "পঞ্চায়েত"),
    ("m¤úv`K", "সম্পাদক"),
    ("m¤úwË", "সম্পত্তি"),
    ("Kó", "কষ্ট"),
    ("Avb›`", "আনন্দ"),
    ("‡K›`ª", "কেন্দ্র"),
    ("we¯—vwiZ", "বিস্তারিত"),
    ("A¼", "অঙ্ক"),
    ("gyw³‡hv×v", "মুক্তিযোদ্ধা"),
    ("DËi", "উত্তর"),
    ("wK¬wbK", "ক্লিনিক"),
    ("‡¯^”Qv", "স্বেচ্ছা"),
]


@pytest.mark.parametrize("source,expected", PAIRS)
def test_pairs(source, expected):
    assert bijoy.to_unicode(source) == nfc(expected)


def test_enough_pairs():
    assert len(PAIRS) >= 40
    assert len({source for source, _ in PAIRS}) == len(PAIRS)


# ------------------------------------------------------------------ rules


def test_pre_kar_moves_after_the_whole_cluster():
    # ি before প্র (c + Ö): after the cluster, not between প and ্র
    assert bijoy.to_unicode("wcÖq") == nfc("প্রিয়")
    # ে before স্ব, and the চ্ছ after it is not pulled into the cluster
    assert bijoy.to_unicode("‡¯^”Qv") == nfc("স্বেচ্ছা")


def test_o_and_au_kars_wrap_the_consonant():
    assert bijoy.to_unicode("‡Kv") == "কো"
    assert bijoy.to_unicode("‡KŠ") == "কৌ"
    assert bijoy.to_unicode("‡K") == "কে"  # no া after: stays ে
    assert bijoy.to_unicode("‡cÖv") == "প্রো"


def test_both_e_kar_glyphs():
    assert bijoy.to_unicode("†m") == bijoy.to_unicode("‡m") == "সে"


def test_both_oi_kar_glyphs():
    assert bijoy.to_unicode("ˆZ") == bijoy.to_unicode("‰Z") == "তৈ"


def test_reph_moves_before_its_cluster():
    assert bijoy.to_unicode("K©") == "র্ক"
    assert bijoy.to_unicode("Kg©") == "কর্ম"
    assert bijoy.to_unicode("a¦©") == "র্ধ্ব"


def test_reph_typed_after_a_post_kar():
    assert bijoy.to_unicode("agx©q") == bijoy.to_unicode("ag©xq") == nfc("ধর্মীয়")


def test_reph_with_o_kar():
    # ে ব র্ া: the reph joins the cluster that the ো wraps
    assert bijoy.to_unicode("m‡e©v”P") == "সর্বোচ্চ"


def test_lone_reph_and_kar_stay_in_place():
    assert bijoy.to_unicode("©") == "র্"
    assert bijoy.to_unicode("‡") == "ে"
    assert bijoy.to_unicode("w ") == "ি "


def test_ra_with_ya_phala_takes_a_zwj():
    # i + ¨ is র‍্য (RA ZWJ HASANTA YA), unlike the reph over য in Kvh©
    assert bijoy.to_unicode("i¨v‡ei") == "র\u200d্যাবের"
    assert "\u200d" not in bijoy.to_unicode("Kvh©")


def test_chandrabindu_goes_after_the_vowel_sign():
    assert bijoy.to_unicode("Puv`") == "চাঁদ"  # typed before the া
    assert bijoy.to_unicode("‡Puv") == "চোঁ"
    assert bijoy.to_unicode("wPu‡o") == nfc("চিঁড়ে")


def test_half_form_and_subjoined_form_share_one_hasanta():
    out = bijoy.to_unicode("š—")
    assert out == "ন্ত"
    assert "্্" not in bijoy.to_unicode("¯’ š¿ ¯Í ¤^")


def test_all_ra_phala_variants():
    assert bijoy.to_unicode("cÖ") == bijoy.to_unicode("cª") == bijoy.to_unicode("c«") == "প্র"


def test_u_kar_variants():
    for glyph in "yz“–æ":
        assert bijoy.to_unicode("K" + glyph) == "কু", glyph
    for glyph in "~ƒ‚":
        assert bijoy.to_unicode("K" + glyph) == "কূ", glyph


def test_digits_and_dari():
    assert bijoy.to_unicode("0123456789") == "০১২৩৪৫৬৭৮৯"
    assert bijoy.to_unicode("nq| bv|") == nfc("হয়। না।")


def test_ascii_punctuation_and_unknown_characters_pass_through():
    assert bijoy.to_unicode('(K), [L]. {M}? "N"!') == '(ক), [খ]. {গ}? "ঘ"!'
    assert bijoy.to_unicode("K ÿ ¹ € ž") == "ক ÿ ¹ € ž"
    assert bijoy.to_unicode("") == ""
    assert bijoy.to_unicode(" \n\t") == " \n\t"


def test_unicode_bangla_passes_through():
    text = "সেবা প্রদান প্রতিশ্রুতি।"
    assert bijoy.to_unicode(text) == nfc(text)


def test_mac_roman_quotes_and_dashes():
    assert bijoy.to_unicode("ÒAvgvi †mevÓ") == "“আমার সেবা”"
    assert bijoy.to_unicode("ÔKÕ Ð Ñ") == "‘ক’ – —"


def test_latin1_decode_of_the_same_bytes():
    # 0x87 (‡) read as ISO-8859-1 arrives as a C1 control
    assert bijoy.to_unicode("\x87Kv") == "কো"
    assert bijoy.to_unicode("\x86mev") == "সেবা"


def test_nukta_letters_are_nfc():
    out = bijoy.to_unicode("q o p")
    assert out == nfc(out)
    assert out == "য\u09bc ড\u09bc ঢ\u09bc"


def _table_sample() -> str:
    """Every glyph of the table, each in a context where it can attach."""
    words = []
    for key in bijoy.GLYPHS:
        if key in bijoy.PRE_KARS or key in bijoy.HALF_FORMS:
            words.append(key + "K")
        elif key == "&":
            words.append("K&K")
        elif key == bijoy.REPH or key in bijoy.POST_KARS or key in bijoy.SUBJOINED or key in "rstu":
            words.append("K" + key)
        else:
            words.append(key)
    return " ".join(words)


def test_full_table_leaves_no_latin1_symbol():
    out = bijoy.to_unicode(_table_sample())
    allowed = set(bijoy.PUNCTUATION.values()) | {" ", "\u200d", "।"}  # the dari is U+0964
    left = {ch for ch in out if not ("\u0980" <= ch <= "\u09ff") and ch not in allowed}
    assert left == set()
    assert out == nfc(out)


def test_full_table_words_are_well_formed():
    for word in _table_sample().split():
        if word in bijoy.PUNCTUATION or word == "|":
            continue
        converted, stray = bijoy._convert(word)
        assert stray == 0, word
        assert bijoy._well_formed(converted), (word, converted)


def test_table_is_plain_json_data():
    data = json.loads(json.dumps(bijoy.GLYPHS, ensure_ascii=False))
    assert data == bijoy.GLYPHS
    assert all(value for value in bijoy.GLYPHS.values())
    assert [key for key in bijoy.GLYPHS if len(key) > 1] == ["Av"]
    assert next(iter(bijoy.GLYPHS)) == "Av"  # longest match first
    for group in (bijoy.VOWELS, bijoy.CONSONANT_KEYS, bijoy.PRE_KARS, bijoy.POST_KARS, bijoy.CONJUNCTS):
        assert set(group) <= set(bijoy.GLYPHS)
    assert set(bijoy.CONSONANT_KEYS.values()) == set(bijoy.CONSONANTS)


def test_uppercase_and_lowercase_cover_the_alphabet():
    letters = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    assert letters <= set(bijoy.GLYPHS)


# ---------------------------------------------------------------- reading()

NOT_BIJOY = [
    "passport",
    "Ministry of Public Administration",
    "complaint fee 100 Tk",
    "Tk. 500/-",
    "https://mopa.gov.bd/site/page/abc",
    "www.passport.gov.bd",
    "mopa.gov.bd",
    "info@mopa.gov.bd",
    "mailto:a@b.cd",
    "+880-2-9540001",
    "01712-345678",
    "2024-07-01",
    "12:30 PM",
    "[1.1.1]",
    "v1.2.3",
    "সেবা প্রদান প্রতিশ্রুতি",
    "পাসপোর্ট অফিস (Passport Office)",
    "৳ ১০০",
    "true",
    "false",
    "null",
    "yes",
    "© 2024 Government",
    "©",
    "Copyright© 2024",
    "Microsoft® Word™",
    "“Citizen’s Charter” — 2024",
    "People’s Republic of Bangladesh",
    "don’t",
    "Kreditanstalt für Wiederaufbau (KfW)",
    "José Müller",
    "MÜLLER",
    "Zoë",
    "Straße",
    "Øresund Bridge",
    "Škoda",
    "Ångström",
    "naïve façade",
    "São Paulo",
    "Café—Résumé",
    "1ª edição",
    "«Bonjour»",
    "¿Qué?",
    "Price: £100 (¥500)",
    "5‰ growth",
    "Section § 5",
    "½ kg",
    "½-day",
    "25°C",
    "°F",
    "area 50 km²",
    "µg",
    "Note†",
    "• item one",
    "…",
    "ÆØÅ",
    "à¦¸à§‡à¦¬à¦¾",  # UTF-8 Bangla read as Windows-1252: mojibake, not Bijoy
    "R&D",
    "AT&T",
    "x^2",
    "evsjv",  # pure-ASCII Bijoy: ambiguous, deliberately not flagged
    "mwPe",
    "Designation",
    "",
    "   ",
]


@pytest.mark.parametrize("text", NOT_BIJOY)
def test_reading_ignores(text):
    assert bijoy.reading(text) is None


BIJOY = [
    ("†mev cÖ`vb cÖwZkÖæwZ", "সেবা প্রদান প্রতিশ্রুতি"),
    ("Kg©KZ©v", "কর্মকর্তা"),
    ("cÖwk¶Y", "প্রশিক্ষণ"),
    ("evsjv‡`k", "বাংলাদেশ"),
    ("Rb¥wbeÜb", "জন্মনিবন্ধন"),
    ("gš¿Yvjq", "মন্ত্রণালয়"),
    ("Dbœqb", "উন্নয়ন"),
    ("ˆZwi", "তৈরি"),
    ("c×wZ", "পদ্ধতি"),
    ("cÖ`vb", "প্রদান"),  # Ö is an accented letter, but not in Latin casing
    ("Av‡e`b Ki“b|", "আবেদন করুন।"),
    ("†kL nvwmbv", "শেখ হাসিনা"),
    ("mKj bvMwi‡Ki Rb¨ 2024 mv‡j", "সকল নাগরিকের জন্য ২০২৪ সালে"),
    ("B-‡gBj", "ই-মেইল"),
    ("Dc‡Rjv wbe©vnx Awdmvi", "উপজেলা নির্বাহী অফিসার"),
]


@pytest.mark.parametrize("text,expected", BIJOY)
def test_reading_flags(text, expected):
    assert bijoy.reading(text) == nfc(expected)


def test_reading_leaves_text_with_unicode_bangla_alone():
    # even when most of it is Bijoy: converting would mangle nothing here, but
    # a mixed value is for a person to untangle, not for reading() to guess
    bijoy_words = "†mev cÖ`vb cÖwZkÖæwZ Kg©KZ©v cÖwk¶Y Rb¥wbeÜb gš¿Yvjq evsjv‡`k Dbœqb c×wZ wk¶v"
    assert bijoy.reading(bijoy_words) is not None
    assert bijoy.reading("সেবা " + bijoy_words) is None


def test_reading_keeps_addresses_as_typed():
    assert bijoy.reading("Awf‡hvM: info@mopa.gov.bd") == "অভিযোগ: info@mopa.gov.bd"
    assert bijoy.reading("I‡qemvBU www.mopa.gov.bd") == "ওয়েবসাইট www.mopa.gov.bd"


def test_reading_of_a_reading_is_none():
    for text, _ in BIJOY:
        assert bijoy.reading(bijoy.reading(text)) is None


def test_reading_rejects_mostly_english_text():
    # one Bijoy word among English words is not a Bijoy record
    assert bijoy.reading("Citizen Charter of the Ministry: Kg©KZ©v") is None
    # nor is Bijoy with English that converts to impossible Bangla
    assert bijoy.reading("cvm‡cvU© passport") is None


def test_reading_rejects_stray_signs():
    assert bijoy.reading("Kg©KZ©v K†") is None  # an ে with no consonant after it
    assert bijoy.reading("Kg©KZ©v ©K") is None  # a reph with none before it
    assert bijoy.reading("‡Kv©") == "র্কো"  # reph on the cluster the ো wraps


def test_bijoy_text_in_a_record_is_a_problem_that_gives_its_unicode_reading(content_copy):
    """Issue 12, part 4: a value pasted from a Bijoy document is refused with
    its Unicode reading, to put in its place; the demo's own text is not."""
    from protishruti import commands, messages

    path = content_copy / "offices/sample-directorate/charters/2024-07-01.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    - name: নমুনা প্রত্যয়নপত্র প্রদান", "    - name: †mev cÖ`vb cÖwZkÖæwZ", 1), encoding="utf-8")
    result = commands.check(content_copy)
    assert [str(p) for p in result.problems.sorted()] == [
        "offices/sample-directorate/charters/2024-07-01.yaml:8: 'name': this text looks like Bijoy (SutonnyMJ) encoding: "
        "\"সেবা প্রদান প্রতিশ্রুতি\" — if that is right, put it instead"
    ]
    messages.set_language("bn")  # as a webmaster sees it
    try:
        result = commands.check(content_copy)
    finally:
        messages.set_language("en")
    assert [str(p) for p in result.problems.sorted()] == [
        "offices/sample-directorate/charters/2024-07-01.yaml:8: 'name': এই লেখাটি বিজয় (SutonnyMJ) এনকোডিং-এ মনে হচ্ছে: "
        "\"সেবা প্রদান প্রতিশ্রুতি\" — ঠিক থাকলে এটি বসান"
    ]
