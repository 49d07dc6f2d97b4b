"""Analysen, steg for steg: the reads and writes behind the analysis pages.

A school goes from a weak area in its results to a plan in six steps (SchoolAnalysis.Step). The
figures shown beside the choices are the school's own results with the suppression rule applied:
a figure from fewer than SURVEY_MIN_RESPONDENTS answers is never shown, and neither is one that
could be worked out from the school-wide figure by subtraction (surveys.suppression).
"""

import re
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404
from django.shortcuts import get_object_or_404

from networks.models import School
from resources.models import ResearchSummaryPage, ResourcePage, SurveyArea
from resources.selectors import label_types, public_resources
from surveys import suppression
from surveys.models import AnalysisMeasure, SchoolAnalysis, SurveyResult

ORGNR = re.compile(r"[0-9]{9}")  # ASCII digits only (\d would take ٣ and ²)
STEPS = SchoolAnalysis.Step
LAST_STEP = max(STEPS.values)
# A primary key larger than the database's integer is a forged address, not a query.
MAX_PK = 2**31 - 1


# --- Finding the school and the analysis ---------------------------------------------------


def school_by_orgnr(orgnr: str) -> School:
    """The school with that organisation number, or 404 (junk too: «abc», «12», «1234567890»)."""
    if not ORGNR.fullmatch(orgnr or ""):
        raise Http404
    return get_object_or_404(School.objects.select_related("municipality"), orgnr=orgnr)


def analysis_of(school: School, pk: int) -> SchoolAnalysis:
    """The school's own analysis; another school's, or none, is 404."""
    if not 0 < pk <= MAX_PK:
        raise Http404
    return get_object_or_404(
        SchoolAnalysis.objects.select_related("area__respondent_group", "school__municipality", "created_by"),
        pk=pk,
        school=school,
    )


def analyses_for_school(school: School) -> list[SchoolAnalysis]:
    """All of the school's analyses, newest round first (for the list and beside the results)."""
    return list(
        SchoolAnalysis.objects.filter(school=school)
        .select_related("area__respondent_group")
        .order_by("-round", "-updated_at", "-pk")
    )


# --- The school's figures, suppressed ----------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One of the school's results as it may be shown: no mean or count when suppressed."""

    round: int
    grade: int | None
    mean: Decimal | None
    respondents: int | None
    suppressed: bool


@dataclass(frozen=True)
class AreaFigure:
    area: SurveyArea
    figure: Figure


def _figures(rows: list[SurveyResult]) -> dict[tuple[int, int, int | None], Figure]:
    """(round, area id, grade) → Figure for every row, with the suppression rule applied (which
    needs every grade of a round, group and area to decide, so `rows` holds whole sets)."""
    shown = suppression.suppress_school(
        suppression.Result(row.round, row.respondent_group_id, row.area_id, row.grade, row.mean, row.respondents)
        for row in rows
    )
    return {
        (item.round, item.area, item.grade): Figure(
            round=item.round,
            grade=item.grade,
            mean=item.figure.mean,
            respondents=item.figure.respondents,
            suppressed=item.figure.suppressed,
        )
        for item in shown
    }


def school_rounds(school: School) -> list[int]:
    """The rounds the school has results for, newest first."""
    return list(
        SurveyResult.objects.filter(school=school).order_by("-round").values_list("round", flat=True).distinct()
    )


def area_figure(*, school: School, round: int, area: SurveyArea, grade: int | None) -> Figure | None:
    """The school's figure for one area, round and grade (None for the whole school); None when
    the school has no such result."""
    rows = list(SurveyResult.objects.filter(school=school, round=round, area=area))
    return _figures(rows).get((round, area.pk, grade))


def whole_school_figures(*, school: School, round: int) -> list[AreaFigure]:
    """Every area the school has a school-wide result for in the round, lowest mean first (those
    that may not be shown last): where step 1 starts."""
    rows = list(
        SurveyResult.objects.filter(school=school, round=round, grade__isnull=True).select_related(
            "area__respondent_group"
        )
    )
    figures = _figures(rows)
    found = [AreaFigure(area=row.area, figure=figures[(round, row.area_id, None)]) for row in rows]
    return sorted(
        found,
        key=lambda f: (
            f.figure.suppressed,
            f.figure.mean or 0,
            f.area.respondent_group.sort_order,
            f.area.sort_order,
        ),
    )


def area_development(*, school: School, area: SurveyArea, grade: int | None, since: int) -> list[Figure]:
    """The school's figure for the area and grade in `since` and every later round (step 6)."""
    rows = list(SurveyResult.objects.filter(school=school, area=area, round__gte=since))
    figures = _figures(rows)
    return sorted((f for key, f in figures.items() if key[2] == grade), key=lambda f: f.round)


def has_result(*, school: School, round: int, area: SurveyArea, grade: int | None) -> bool:
    return SurveyResult.objects.filter(school=school, round=round, area=area, grade=grade).exists()


def later_rounds(analysis: SchoolAnalysis) -> list[int]:
    """The rounds after the analysis's own that the school has results for in its area."""
    return list(
        SurveyResult.objects.filter(school=analysis.school, area=analysis.area, round__gt=analysis.round)
        .order_by("round")
        .values_list("round", flat=True)
        .distinct()
    )


# --- Resources for the measures ------------------------------------------------------------


def measure_resources(area: SurveyArea) -> tuple[list, list]:
    """The live, public resources to choose from in step 4: those tagged with the analysis's
    area (research summaries first), then the rest by title."""
    research_first = Case(
        When(pk__in=ResearchSummaryPage.objects.values("pk"), then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    tagged = label_types(
        public_resources().filter(survey_areas=area).distinct().order_by(research_first, "title", "pk")
    )
    others = label_types(public_resources().exclude(pk__in=[page.pk for page in tagged]).order_by("title", "pk"))
    return tagged, others


def public_resource_ids(ids) -> set[int]:
    return set(public_resources().filter(pk__in=ids).values_list("pk", flat=True))


@dataclass
class MeasureView:
    measure: AnalysisMeasure
    resource: ResourcePage | None  # only while it is live and public


def measures_with_resources(analysis: SchoolAnalysis) -> list[MeasureView]:
    """The measures, each with its resource only if that is still live and public (a resource
    unpublished or restricted since is not shown, not even its title)."""
    measures = list(analysis.measures.all())
    public = {
        page.pk: page for page in public_resources().filter(pk__in=[m.resource_id for m in measures if m.resource_id])
    }
    return [MeasureView(measure, public.get(measure.resource_id)) for measure in measures]


# --- Writes -----------------------------------------------------------------------------------


def analysis_create(
    *, school: School, created_by, round: int, area: SurveyArea, grade: int | None, title: str
) -> SchoolAnalysis:
    """A new analysis with its challenge chosen (step 1); the next step is to describe it."""
    return SchoolAnalysis.objects.create(
        school=school,
        round=round,
        area=area,
        grade=grade,
        title=title,
        created_by=created_by,
        step=STEPS.DESCRIBE,
    )


@transaction.atomic
def analysis_save_step(*, analysis: SchoolAnalysis, step: int, form=None, formset=None) -> SchoolAnalysis:
    """Saves one step's form and/or formset and moves the analysis's progress past it."""
    if form is not None:
        analysis = form.save(commit=False)
    if formset is not None:
        formset.instance = analysis
        measures = formset.save(commit=False)
        for measure in formset.deleted_objects:
            measure.delete()
        last = max(analysis.measures.values_list("sort_order", flat=True), default=0)
        for measure in measures:
            measure.analysis = analysis
            if measure.pk is None:  # a new measure goes last
                last += 1
                measure.sort_order = last
            measure.save()
        _renumber(analysis)
    analysis.step = max(analysis.step, min(step + 1, LAST_STEP))
    analysis.save()
    return analysis


def _renumber(analysis: SchoolAnalysis) -> None:
    """Keeps the measures in the order they were added, numbered 1, 2, 3 …"""
    for number, measure in enumerate(analysis.measures.order_by("sort_order", "pk"), start=1):
        if measure.sort_order != number:
            AnalysisMeasure.objects.filter(pk=measure.pk).update(sort_order=number)


def step_done(analysis: SchoolAnalysis, step: int) -> bool:
    """Whether the step has been saved (the evaluation only once it has text)."""
    if step == LAST_STEP:
        return bool(analysis.evaluation.strip())
    return step < analysis.step
