"""The suppression rule itself (surveys/suppression.py): pure functions, no database."""

from decimal import Decimal

import pytest

from surveys.suppression import (
    Figure,
    Result,
    aggregate,
    aggregate_results,
    figure,
    secondary_grades,
    suppress_school,
    too_few,
)


@pytest.fixture(autouse=True)
def _thresholds(settings):
    settings.SURVEY_MIN_RESPONDENTS = 5
    settings.SURVEY_MIN_SCHOOLS_FOR_MUNICIPALITY = 3


def rows(whole: int | None, **grades: int) -> list[Result]:
    """A round/group/area with a whole-school row of `whole` answers and grades like g5=12."""
    result = []
    if whole is not None:
        result.append(Result(2020, "g", "a", None, Decimal("4.00"), whole))
    for name, count in grades.items():
        result.append(Result(2020, "g", "a", int(name[1:]), Decimal("3.50"), count))
    return result


def hidden(shown) -> set:
    return {"whole" if s.grade is None else s.grade for s in shown if s.figure.suppressed}


@pytest.mark.parametrize(("count", "suppressed"), [(0, True), (4, True), (5, False), (6, False), (None, True)])
def test_the_threshold_is_fewer_than_the_minimum(count, suppressed):
    assert too_few(count) is suppressed
    assert figure(Decimal("3.3"), count).suppressed is suppressed


def test_a_suppressed_figure_carries_neither_mean_nor_count():
    assert figure(Decimal("4.44"), 4) == Figure(mean=None, respondents=None, suppressed=True)
    shown = figure(Decimal("4.4"), 5)
    assert (shown.mean, shown.respondents, shown.shown) == (Decimal("4.40"), 5, True)


def test_the_threshold_follows_the_setting(settings):
    settings.SURVEY_MIN_RESPONDENTS = 10
    assert too_few(9) and not too_few(10)


def test_nothing_suppressed_when_every_grade_has_enough_answers():
    assert hidden(suppress_school(rows(40, g5=20, g6=20))) == set()


def test_one_small_grade_takes_the_next_smallest_with_it():
    shown = suppress_school(rows(40, g5=4, g6=20, g7=9, g8=12))
    assert hidden(shown) == {5, 7}
    seven = next(s for s in shown if s.grade == 7)
    assert seven.figure == Figure.hidden()


def test_on_a_tie_the_lowest_grade_goes():
    assert hidden(suppress_school(rows(40, g5=3, g6=9, g7=9, g8=9))) == {5, 6}
    assert hidden(suppress_school(rows(40, g8=3, g9=9, g6=9))) == {6, 8}


def test_two_small_grades_need_no_secondary_suppression():
    assert hidden(suppress_school(rows(40, g5=4, g6=3, g7=20, g8=20))) == {5, 6}


def test_no_secondary_suppression_when_the_whole_school_is_hidden_or_missing():
    assert hidden(suppress_school(rows(4, g5=2, g6=20))) == {"whole", 5}
    assert hidden(suppress_school(rows(None, g5=2, g6=20))) == {5}


def test_a_grade_at_the_threshold_is_shown_and_can_be_the_secondary():
    assert hidden(suppress_school(rows(30, g5=4, g6=5, g7=21))) == {5, 6}
    assert hidden(suppress_school(rows(30, g5=5, g6=5, g7=20))) == set()


def test_a_lone_small_grade_has_no_other_grade_to_take():
    assert hidden(suppress_school(rows(30, g5=4))) == {5}


def test_secondary_suppression_stays_within_its_round_group_and_area():
    data = [
        Result(2020, "g", "a", None, Decimal("4"), 40),
        Result(2020, "g", "a", 5, Decimal("4"), 4),
        Result(2020, "g", "a", 6, Decimal("4"), 36),
        Result(2020, "g", "b", None, Decimal("4"), 40),
        Result(2020, "g", "b", 6, Decimal("4"), 36),
        Result(2018, "g", "a", None, Decimal("4"), 40),
        Result(2018, "g", "a", 6, Decimal("4"), 36),
    ]
    shown = suppress_school(data)
    assert [(s.round, s.area, s.grade) for s in shown if s.figure.suppressed] == [(2020, "a", 5), (2020, "a", 6)]
    assert [s.round for s in shown] == [r.round for r in data]  # same order as given


def test_secondary_grades_directly():
    assert secondary_grades(whole_shown=True, grades={5: 4, 6: 8, 7: 7}, suppressed={5}) == {7}
    assert secondary_grades(whole_shown=False, grades={5: 4, 6: 8}, suppressed={5}) == set()
    assert secondary_grades(whole_shown=True, grades={5: 4}, suppressed={5}) == set()


def test_an_aggregate_is_weighted_by_answers():
    result = aggregate_results([(1, Decimal("4.00"), 10), (2, Decimal("3.00"), 30), (3, Decimal("2.00"), 60)])
    assert result == Figure(mean=Decimal("2.50"), respondents=100)
    # (4.00×5 + 3.01×10 + 3.01×5) / 20 = 3.2575, rounded half up; a school without answers adds nothing.
    data = [(1, Decimal("4.00"), 5), (2, Decimal("3.01"), 10), (3, Decimal("1.00"), 0), (4, Decimal("3.01"), 5)]
    assert aggregate_results(data).mean == Decimal("3.26")


@pytest.mark.parametrize(("schools", "suppressed"), [(0, True), (1, True), (2, True), (3, False), (4, False)])
def test_an_aggregate_needs_enough_schools(schools, suppressed):
    data = [(n, Decimal("4.00"), 20) for n in range(schools)]
    assert aggregate_results(data).suppressed is suppressed


def test_schools_without_answers_do_not_count_towards_the_minimum():
    data = [(1, Decimal("4.00"), 20), (2, Decimal("4.00"), 20), (3, Decimal("1.00"), 0)]
    assert aggregate_results(data).suppressed


def test_an_aggregate_also_needs_enough_answers():
    assert aggregate(weighted_sum=Decimal("16"), respondents=4, schools=3).suppressed
    assert aggregate(weighted_sum=Decimal("20"), respondents=5, schools=3) == Figure(Decimal("4.00"), 5)
    assert aggregate(weighted_sum=Decimal("20"), respondents=5, schools=2, minimum_schools=2).shown
