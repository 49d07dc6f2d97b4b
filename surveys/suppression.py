"""The suppression rule (skjerming), the one place it lives. Pure functions on plain values: no
database, so every page, the API and the CSV export ask the same questions and get the same
answers.

As Utdanningsdirektoratet does for Elevundersøkelsen:

1. A figure based on fewer than ``SURVEY_MIN_RESPONDENTS`` answers is suppressed: neither its mean
   nor its number of answers is shown or sent anywhere.
2. Secondary suppression: when a school's whole-school figure is shown and exactly one grade of the
   same round, respondent group and area is suppressed, the next smallest grade is suppressed too
   (the unsuppressed grade with the fewest answers; on a tie, the lowest grade), so that the hidden
   grade cannot be worked out by subtracting the others from the whole school.
3. An aggregate over schools (a municipality, the county) is a respondent-weighted mean of the
   schools' whole-school figures, and is suppressed when it rests on fewer than
   ``SURVEY_MIN_SCHOOLS_FOR_MUNICIPALITY`` schools – otherwise a municipality with one or two
   schools would show a school's own figure to everyone who sees the comparison – or on fewer
   than ``SURVEY_MIN_RESPONDENTS`` answers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from django.conf import settings

TWO_PLACES = Decimal("0.01")


def min_respondents() -> int:
    return settings.SURVEY_MIN_RESPONDENTS


def min_schools() -> int:
    return settings.SURVEY_MIN_SCHOOLS_FOR_MUNICIPALITY


@dataclass(frozen=True)
class Figure:
    """A mean and how many answered, or – when suppressed – neither."""

    mean: Decimal | None
    respondents: int | None
    suppressed: bool = False

    @classmethod
    def hidden(cls) -> Figure:
        return cls(mean=None, respondents=None, suppressed=True)

    @property
    def shown(self) -> bool:
        return not self.suppressed and self.mean is not None


def too_few(respondents: int | None, *, minimum: int | None = None) -> bool:
    """True when a figure based on this many answers may not be shown."""
    minimum = min_respondents() if minimum is None else minimum
    return respondents is None or respondents < minimum


def figure(mean, respondents: int | None, *, minimum: int | None = None) -> Figure:
    """One figure with the primary rule applied."""
    if too_few(respondents, minimum=minimum):
        return Figure.hidden()
    return Figure(mean=Decimal(mean).quantize(TWO_PLACES, ROUND_HALF_UP), respondents=respondents)


class Result(NamedTuple):
    """One of a school's results as stored: `grade` is None for the whole school."""

    round: int
    group: Hashable
    area: Hashable
    grade: int | None
    mean: Decimal
    respondents: int


class Shown(NamedTuple):
    """A result as it may be shown: the same key, and a Figure that may be suppressed."""

    round: int
    group: Hashable
    area: Hashable
    grade: int | None
    figure: Figure


def secondary_grades(*, whole_shown: bool, grades: dict[int, int], suppressed: set[int]) -> set[int]:
    """The grades to suppress besides the primary ones, for one (round, group, area).

    `grades` maps each grade to its number of answers, `suppressed` holds those already suppressed
    by the primary rule. Only when the whole school is shown and exactly one grade is hidden does a
    second grade go: the unsuppressed one with the fewest answers, the lowest grade on a tie.
    """
    if not whole_shown or len(suppressed) != 1:
        return set()
    candidates = [(count, grade) for grade, count in grades.items() if grade not in suppressed]
    if not candidates:
        return set()
    return {min(candidates)[1]}


def suppress_school(results: Iterable[Result], *, minimum: int | None = None) -> list[Shown]:
    """A school's results with the primary and the secondary rule applied, in the given order."""
    results = list(results)
    cells: dict[tuple, dict] = defaultdict(lambda: {"whole": None, "grades": {}})
    for result in results:
        cell = cells[(result.round, result.group, result.area)]
        if result.grade is None:
            cell["whole"] = result
        else:
            cell["grades"][result.grade] = result.respondents

    hidden: set[tuple] = set()
    for key, cell in cells.items():
        primary = {grade for grade, count in cell["grades"].items() if too_few(count, minimum=minimum)}
        whole = cell["whole"]
        whole_shown = whole is not None and not too_few(whole.respondents, minimum=minimum)
        extra = secondary_grades(whole_shown=whole_shown, grades=cell["grades"], suppressed=primary)
        hidden.update((*key, grade) for grade in primary | extra)

    shown = []
    for r in results:
        if (r.round, r.group, r.area, r.grade) in hidden:
            fig = Figure.hidden()
        else:
            fig = figure(r.mean, r.respondents, minimum=minimum)
        shown.append(Shown(r.round, r.group, r.area, r.grade, fig))
    return shown


def aggregate(
    *,
    weighted_sum,
    respondents: int | None,
    schools: int,
    minimum: int | None = None,
    minimum_schools: int | None = None,
) -> Figure:
    """An aggregate over schools from Σ(mean × answers), Σ answers and the number of schools."""
    minimum_schools = min_schools() if minimum_schools is None else minimum_schools
    if schools < minimum_schools or too_few(respondents, minimum=minimum) or not respondents:
        return Figure.hidden()
    mean = (Decimal(weighted_sum) / Decimal(respondents)).quantize(TWO_PLACES, ROUND_HALF_UP)
    return Figure(mean=mean, respondents=respondents)


def aggregate_results(
    results: Iterable[tuple[Hashable, Decimal, int]],
    *,
    minimum: int | None = None,
    minimum_schools: int | None = None,
) -> Figure:
    """The respondent-weighted mean of whole-school results given as (school, mean, answers)."""
    weighted, total, schools = Decimal(0), 0, set()
    for school, mean, count in results:
        if count > 0:
            weighted += Decimal(mean) * count
            total += count
            schools.add(school)
    return aggregate(
        weighted_sum=weighted,
        respondents=total,
        schools=len(schools),
        minimum=minimum,
        minimum_schools=minimum_schools,
    )
