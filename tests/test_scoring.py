from datetime import date
from decimal import Decimal as D
from fractions import Fraction as F

import pytest

from protishruti.scoring import combine, day_number, score

# Seed 003 (2023-24 Q3): (targets, achievement to date, weight)
SEED = [
    ([D(4), D(3), D(2), D(1), None], D(3), D(10)),  # [১.১.১]
    ([D(4), D(3), D(2), D(1), None], D(3), D(5)),  # [১.২.১]
    ([D(4), D(3), D(2), D(1), None], D(3), D(4)),  # [২.১.১]
    ([D(1), None, None, None, None], D(1), D(6)),  # [২.২.১]
]


def test_seed_proportional_scores():
    scores = [score(t, a, w, "proportional").score for t, a, w in SEED]
    assert scores == [F(15, 2), F(15, 4), F(3), F(6)]
    assert sum(scores) == F(81, 4)  # ২০.২৫ of ২৫


def test_seed_linear_scores():
    scores = [score(t, a, w, "linear").score for t, a, w in SEED]
    assert scores == [F(9), F(9, 2), F(18, 5), F(6)]
    assert sum(scores) == F(231, 10)  # ২৩.১


def test_seed_step_scores():
    scores = [score(t, a, w, "step").score for t, a, w in SEED]
    assert scores == [F(9), F(9, 2), F(18, 5), F(6)]


T = [D(100), D(90), D(80), D(70), D(60)]


@pytest.mark.parametrize(
    "method,achieved,percent",
    [
        ("proportional", D(100), F(1)),
        ("proportional", D(150), F(1)),
        ("proportional", D(85), F(85, 100)),
        ("proportional", D(60), F(60, 100)),
        ("proportional", D(59), F(0)),
        ("linear", D(95), F(95, 100)),
        ("linear", D(85), F(85, 100)),
        ("linear", D(60), F(60, 100)),
        ("linear", D(59), F(0)),
        ("step", D(95), F(90, 100)),
        ("step", D(89), F(80, 100)),
        ("step", D(59), F(0)),
    ],
)
def test_methods_on_even_targets(method, achieved, percent):
    assert score(T, achieved, 10, method).percent == percent


def test_linear_skips_undefined_levels():
    targets = [D(10), None, D(6), None, None]
    # halfway between 6 (80 %) and 10 (100 %) is 90 %
    assert score(targets, D(8), 10, "linear").percent == F(9, 10)
    assert score(targets, D(5), 10, "linear").percent == 0


LOWER = [D(2), D(3), D(4), D(5), D(6)]  # e.g. days to deliver: fewer is better


@pytest.mark.parametrize(
    "method,achieved,percent",
    [
        ("proportional", D(2), F(1)),
        ("proportional", D(1), F(1)),
        ("proportional", D(3), F(2, 3)),
        ("proportional", D(4), F(0)),  # 2/4 = 50 % < 60 %
        ("linear", D(3), F(9, 10)),
        ("linear", D(F(7, 2).numerator) / 2, F(85, 100)),
        ("linear", D(6), F(6, 10)),
        ("linear", D(7), F(0)),
        ("step", D(3), F(9, 10)),
        ("step", D(D("3.5")), F(8, 10)),
        ("step", D(7), F(0)),
    ],
)
def test_lower_is_better(method, achieved, percent):
    assert score(LOWER, achieved, 10, method, lower_is_better=True).percent == percent


def test_dates_are_day_numbers_and_earlier_is_better():
    fy = date(2024, 7, 1)
    targets = [date(2024, 9, 30), date(2024, 10, 31), date(2024, 11, 30), date(2024, 12, 31), None]
    assert day_number(date(2024, 9, 30), fy) == 92
    on_time = score(targets, date(2024, 9, 15), 5, "step", True, fy)
    assert on_time.score == 5 and on_time.level == "অসাধারণ"
    late = score(targets, date(2024, 11, 15), 5, "step", True, fy)
    assert late.percent == F(8, 10) and late.level == "উত্তম"
    lin = score(targets, date(2024, 10, 15), 5, "linear", True, fy)
    # 15 Oct is day 107; between 92 (100 %) and 123 (90 %): 100 - 10*15/31 %
    assert lin.percent == F(1) - F(1, 10) * F(15, 31)
    prop = score(targets, date(2024, 10, 31), 5, "proportional", True, fy)
    assert prop.percent == F(92, 123)


def test_missing_achievement_scores_zero():
    s = score(T, None, 10, "proportional")
    assert s.score == 0 and s.achieved is None


def test_combine():
    assert combine("সমষ্টি", [D(1), D(1), D(1)]) == 3
    assert combine("সমষ্টি", [D(1), None, D(2)]) == 3
    assert combine("গড়", [D(80), None, D(90)]) == 85
    assert combine("ক্রমপুঞ্জিভূত", [D(20), D(45), None]) == 45
    assert combine("তারিখ", [None, date(2024, 1, 5)]) == date(2024, 1, 5)
    assert combine("সমষ্টি", [None, None]) is None


def test_rejects_bad_inputs():
    with pytest.raises(ValueError):
        score([None, D(1), None, None, None], D(1), 1)
    with pytest.raises(ValueError):
        score(T, D(1), 1, "guess")


def test_formulas_are_written_only_when_a_page_asks(monkeypatch):
    """The monitoring pages need every scorecard's totals, an incremental
    build renders few scorecard pages again: computing the demo's scorecards
    writes no formula, and asking a figure for its formula writes it."""
    from protishruti import compute, figures, load
    from protishruti.validate import validate
    from tests.conftest import CONTENT

    raw, problems = load.load(CONTENT)
    content = validate(raw, problems)
    assert content is not None
    written = []
    real = figures.score_formula
    monkeypatch.setattr(figures, "score_formula", lambda *a: written.append(a) or real(*a))
    view = compute.compute(content)
    cards = [r.scorecard for ov in view.offices.values() for r in ov.reports if r.scorecard is not None]
    assert cards and not written
    row = next(r for c in cards for r in c.rows if r.result is not None)
    assert row.score.formula == real(row.result, row.to_date.value, row.indicator.levels, row.indicator.weight, row.indicator.lower_is_better)
    assert len(written) == 1
