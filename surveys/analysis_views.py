"""Analysen, steg for steg: the school's members go from a weak area in the results to a plan.

Who may do what is decided by surveys.access alone: the school's members write; its school owner
and programme staff read (the list and the printable page); everyone else gets a 404, as if the
school had no analyses, and anonymous visitors the login page. Every page is private: never cached.
"""

import copy
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from resources.models import SurveyArea
from surveys import access
from surveys import analysis as service
from surveys.forms import STEP_FORMS as TEXT_FORMS
from surveys.forms import (
    ChallengeForm,
    EvaluationForm,
    MeasureFormSet,
    ResponsibilityFormSet,
    grade_label,
)
from surveys.models import SchoolAnalysis

STEPS = SchoolAnalysis.Step
ACTION_NEXT = "neste"
ACTION_ADD = "legg-til"
MAX_QUERY_LENGTH = 120


def _school(request, orgnr: str):
    """The school, if the user may see it; 404 otherwise (another school's member learns nothing)."""
    school = service.school_by_orgnr(orgnr)
    if not access.can_view_school(request.user, school):
        raise Http404
    return school


def _read_only(request, school, analysis=None):
    """Owners and staff read the analyses but do not write them."""
    context = {"school": school, "analysis": analysis}
    return TemplateResponse(request, "surveys/analysis/read_only.html", context, status=403)


@dataclass
class StepLink:
    number: int
    label: str
    url: str | None
    done: bool
    current: bool


def _step_links(analysis: SchoolAnalysis | None, current: int) -> list[StepLink]:
    links = []
    for step in STEPS:
        url = None
        if analysis is not None:  # before the analysis is saved, only step 1 exists
            url = reverse("surveys:analysis_step", args=[analysis.school.orgnr, analysis.pk, step.value])
        done = analysis is not None and service.step_done(analysis, step.value)
        links.append(StepLink(step.value, step.label, url, done, step.value == current))
    return links


# --- Step 1: the challenge ---------------------------------------------------------------------


def _small_int(value, digits: int = 4) -> int | None:
    """A short run of ASCII digits as a number; anything else (²، ٣, 1e3, a long string) is None."""
    value = str(value or "")
    if len(value) > digits or not (value.isascii() and value.isdigit()):
        return None
    return int(value)


def _int_param(params, name: str) -> int | None:
    return _small_int(params.get(name, ""))


def _initial_from_query(params, rounds: list[int]) -> dict:
    """?omrade=<area slug>&runde=<year>&trinn=<1–10>, as the school page links here; junk is ignored."""
    initial = {}
    slug = params.get("omrade", "")[:MAX_QUERY_LENGTH]
    area = SurveyArea.objects.filter(slug=slug).first() if slug else None
    if area is not None:
        initial["area"] = area.pk
    round_ = _int_param(params, "runde")
    if round_ in rounds:
        initial["round"] = round_
    grade = _int_param(params, "trinn")
    if grade is not None and 1 <= grade <= 10:
        initial["grade"] = grade
    return initial


def _chosen(form: ChallengeForm, rounds: list[int]):
    """The area, round and grade the form currently holds (posted, prefilled or saved), checked."""

    area_id = _small_int(form["area"].value(), digits=9)
    area = SurveyArea.objects.select_related("respondent_group").filter(pk=area_id).first() if area_id else None
    round_ = _small_int(form["round"].value())
    if round_ not in rounds:
        round_ = rounds[0] if rounds else None
    grade = _small_int(form["grade"].value(), digits=2)
    if grade is not None and not 1 <= grade <= 10:
        grade = None
    return area, round_, grade


def _challenge_context(request, school, form: ChallengeForm, rounds: list[int]) -> dict:
    area, round_, grade = _chosen(form, rounds)
    shown_round = _int_param(request.GET, "runde")
    table_round = shown_round if shown_round in rounds else round_
    chosen = None
    if area is not None and round_ is not None:
        chosen = {
            "area": area,
            "round": round_,
            "grade_label": grade_label(grade),
            "figure": service.area_figure(school=school, round=round_, area=area, grade=grade),
        }
    return {
        "rounds": rounds,
        "table_round": table_round,
        "results": service.whole_school_figures(school=school, round=table_round) if table_round else [],
        "chosen": chosen,
    }


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def analysis_start(request, orgnr: str):
    school = _school(request, orgnr)
    if not access.can_work_on_analysis(request.user, school):
        return _read_only(request, school)
    rounds = service.school_rounds(school)
    form = ChallengeForm(
        request.POST if request.method == "POST" else None,
        instance=SchoolAnalysis(school=school),
        initial=_initial_from_query(request.GET, rounds),
        school=school,
        rounds=rounds,
    )
    if request.method == "POST" and rounds and form.is_valid():
        data = form.cleaned_data
        analysis = service.analysis_create(
            school=school,
            created_by=request.user,
            round=data["round"],
            area=data["area"],
            grade=data["grade"],
            title=data["title"],
        )
        messages.success(request, _("Analysen er startet. Neste steg er å beskrive utfordringen."))
        return redirect("surveys:analysis_step", orgnr=school.orgnr, pk=analysis.pk, step=STEPS.DESCRIBE)
    context = {
        "school": school,
        "analysis": None,
        "step": STEPS.CHALLENGE,
        "step_label": STEPS.CHALLENGE.label,
        "steps": _step_links(None, STEPS.CHALLENGE),
        "form": form,
        "form_action": request.get_full_path(),
        **_challenge_context(request, school, form, rounds),
    }
    return TemplateResponse(request, "surveys/analysis/step.html", context)


# --- Steps 1–6 of a saved analysis ---------------------------------------------------------------


def _forms_for(request, analysis: SchoolAnalysis, step: int):
    """The step's form and/or formset, bound on POST. A form works on a copy of the analysis, so
    that a rejected POST does not show its values as if they were saved (title, progress)."""
    data = request.POST if request.method == "POST" else None
    instance = copy.copy(analysis)
    if step == STEPS.CHALLENGE:
        rounds = service.school_rounds(analysis.school)
        form = ChallengeForm(
            data,
            instance=instance,
            initial=_initial_from_query(request.GET, rounds),
            school=analysis.school,
            rounds=rounds,
        )
        return form, None
    if step in TEXT_FORMS:
        return TEXT_FORMS[step](data, instance=instance), None
    if step == STEPS.MEASURES:
        return None, MeasureFormSet(data, instance=analysis, area=analysis.area, prefix="tiltak")
    if step == STEPS.RESPONSIBILITY:
        return None, ResponsibilityFormSet(data, queryset=analysis.measures.all(), prefix="ansvar")
    return EvaluationForm(data, instance=instance, rounds=service.later_rounds(analysis)), None


def _after_save(request, analysis: SchoolAnalysis, step: int):
    action = request.POST.get("handling", "")
    if action == ACTION_NEXT:
        if step == service.LAST_STEP:
            messages.success(request, _("Analysen er lagret. Her er hele planen, klar til å skrives ut."))
            return redirect("surveys:analysis_detail", orgnr=analysis.school.orgnr, pk=analysis.pk)
        messages.success(request, _("Steg %(step)s er lagret.") % {"step": step})
        return redirect("surveys:analysis_step", orgnr=analysis.school.orgnr, pk=analysis.pk, step=step + 1)
    messages.success(request, _("Lagret."))
    url = reverse("surveys:analysis_step", args=[analysis.school.orgnr, analysis.pk, step])
    return redirect(url + ("#nytt-tiltak" if action == ACTION_ADD else ""))


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def analysis_step(request, orgnr: str, pk: int, step: int):
    school = _school(request, orgnr)
    if step not in STEPS.values:
        raise Http404
    analysis = service.analysis_of(school, pk)
    if not access.can_work_on_analysis(request.user, school):
        return _read_only(request, school, analysis)
    form, formset = _forms_for(request, analysis, step)
    if request.method == "POST":
        valid = all(f.is_valid() for f in (form, formset) if f is not None)
        if valid:
            analysis = service.analysis_save_step(analysis=analysis, step=step, form=form, formset=formset)
            return _after_save(request, analysis, step)
    context = {
        "school": school,
        "analysis": analysis,
        "step": step,
        "step_label": STEPS(step).label,
        "steps": _step_links(analysis, step),
        "form": form,
        "formset": formset,
        "form_action": request.get_full_path(),
        "grade_label": grade_label(analysis.grade),
    }
    if step == STEPS.CHALLENGE:
        context.update(_challenge_context(request, school, form, service.school_rounds(school)))
    else:
        context["figure"] = service.area_figure(
            school=school, round=analysis.round, area=analysis.area, grade=analysis.grade
        )
    if step == STEPS.EVALUATE:
        context["development"] = service.area_development(
            school=school, area=analysis.area, grade=analysis.grade, since=analysis.round
        )
    return TemplateResponse(request, "surveys/analysis/step.html", context)


# --- Reading: the list and the printable page ----------------------------------------------------


@never_cache
@login_required
@require_GET
def analysis_list(request, orgnr: str):
    school = _school(request, orgnr)
    context = {
        "school": school,
        "analyses": service.analyses_for_school(school),
        "can_edit": access.can_work_on_analysis(request.user, school),
    }
    return TemplateResponse(request, "surveys/analysis/list.html", context)


@never_cache
@login_required
@require_GET
def analysis_detail(request, orgnr: str, pk: int):
    school = _school(request, orgnr)
    analysis = service.analysis_of(school, pk)
    context = {
        "school": school,
        "analysis": analysis,
        "grade_label": grade_label(analysis.grade),
        "figure": service.area_figure(school=school, round=analysis.round, area=analysis.area, grade=analysis.grade),
        "development": service.area_development(
            school=school, area=analysis.area, grade=analysis.grade, since=analysis.round
        ),
        "measures": service.measures_with_resources(analysis),
        "analyses": service.analyses_for_school(school),
        "can_edit": access.can_work_on_analysis(request.user, school),
        "steps": list(STEPS),
    }
    return TemplateResponse(request, "surveys/analysis/detail.html", context)
