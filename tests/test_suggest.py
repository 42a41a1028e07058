"""'Did you mean' suggests only the same thing, never its opposite."""

from protishruti.suggest import field_name, fold, same_word

STATUSES = ["বাস্তবায়িত", "আংশিক বাস্তবায়িত", "চলমান", "অবাস্তবায়িত"]
CALCULATIONS = ["সমষ্টি", "গড়", "তারিখ", "ক্রমপুঞ্জিভূত"]
UNITS = ["কার্যদিবস", "দিন", "ঘণ্টা", "মিনিট", "সপ্তাহ", "মাস", "বছর"]


def test_opposites_and_other_words_are_not_suggested():
    assert same_word("বাস্তবায়নাধীন", STATUSES) is None
    assert same_word("অবাস্তবায়িত", ["বাস্তবায়িত"]) is None
    assert same_word("গড়পড়তা", CALCULATIONS) is None
    assert same_word("দিনে", ["মাস", "বছর"]) is None


def test_spellings_and_synonyms_are_suggested():
    assert same_word("ক্রমপুঞ্জীভূত", CALCULATIONS) == "ক্রমপুঞ্জিভূত"  # ী for ি
    assert same_word("cumulative", CALCULATIONS) == "ক্রমপুঞ্জিভূত"
    assert same_word("কর্মদিবস", UNITS) == "কার্যদিবস"
    assert same_word("ঘন্টা", UNITS) == "ঘণ্টা"  # ন for ণ
    assert same_word("বৎসর", UNITS) == "বছর"
    assert same_word("proportionl", ["proportional", "linear", "step"]) == "proportional"
    assert fold("সরকারী") == fold("সরকারি")


def test_field_names_only_for_typos():
    allowed = ["date", "decisions", "evidence", "fiscal_year", "letter", "number", "title", "updates"]
    assert field_name("attendees", allowed) is None
    assert field_name("emial", ["email", "name"]) == "email"
    assert field_name("fiscalyear", allowed) == "fiscal_year"
