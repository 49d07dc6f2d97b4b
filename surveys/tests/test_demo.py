"""The survey demo (surveys/demo.py, demo/kartlegging/): schools with organisation numbers, three rounds of
synthetic results with some suppressed small grades, a finished analysis at Flisa skole and the demo
users' memberships. Built through the same function `load_demo` calls."""

from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse

from networks.demo_support import create_user
from networks.models import Municipality, School
from portal.demo_data import load as load_all
from portal.demo_data import load_users
from resources.models import SurveyArea
from surveys import access
from surveys import analysis as service
from surveys.demo import ROUNDS, build_survey_demo, load, valid_orgnr
from surveys.models import SchoolAnalysis, SchoolMembership, SchoolOwner, SchoolRole, SurveyResult

pytestmark = pytest.mark.django_db

PUPIL_GRADES = {"elever-1-4": set(range(1, 5)), "elever-5-10": set(range(5, 11))}


def _demo_users():
    for spec in load_users():
        create_user(username=spec.username, password=spec.password, first_name=spec.first_name)


def _logs_in(client, username: str, password: str) -> bool:
    """Through the login page, as a person does (django-axes wants the request)."""
    client.post("/logg-inn/", {"username": username, "password": password})
    return client.session.get("_auth_user_id") is not None


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Built once for the module, in a transaction rolled back afterwards (as portal/tests/test_demo.py)."""
    with django_db_blocker.unblock(), transaction.atomic():
        _demo_users()
        # The networks demo may have made Flisa skole already: it gets its number, and is not made twice.
        flisa = School.objects.create(name="Flisa skole", municipality=Municipality.objects.get(slug="asnes"))
        report = build_survey_demo(load(), with_users=True)
        yield {"report": report, "flisa_pk": flisa.pk, "data": load()}
        transaction.set_rollback(True)


def test_the_schools_get_valid_organisation_numbers(demo):
    data = demo["data"]
    assert len(data.schools) >= 25
    schools = School.objects.filter(orgnr__isnull=False)
    assert schools.count() == len(data.schools) == demo["report"]["schools"]
    assert all(valid_orgnr(orgnr) for orgnr in schools.values_list("orgnr", flat=True))
    flisa = School.objects.get(name="Flisa skole")
    assert flisa.pk == demo["flisa_pk"] and flisa.municipality.slug == "asnes" and flisa.orgnr
    # Every school of the networks demo is there under its own name, with a number.
    for network in load_all().networks:
        for name, municipality in network.schools:
            assert School.objects.get(name=name, municipality__slug=municipality).orgnr, name
    # Some municipalities have enough schools for a municipality figure, others do not.
    per_municipality = Counter(schools.values_list("municipality__slug", flat=True))
    assert {"asnes", "hamar", "elverum"} <= {m for m, n in per_municipality.items() if n >= 3}
    assert any(n < 3 for n in per_municipality.values())


def test_three_rounds_of_plausible_results(demo):
    assert set(SurveyResult.objects.values_list("round", flat=True)) == set(ROUNDS)
    schools = School.objects.filter(orgnr__isnull=False)
    for round_ in ROUNDS:
        assert SurveyResult.objects.filter(round=round_).values("school").distinct().count() == schools.count()
    whole = SurveyResult.objects.filter(grade__isnull=True)
    assert all(2.8 <= float(mean) <= 4.6 for mean in whole.values_list("mean", flat=True))
    # Grades only for the pupils' groups, within their grades; everyone else for the whole school.
    for group, grade in (
        SurveyResult.objects.filter(grade__isnull=False).values_list("respondent_group__slug", "grade").distinct()
    ):
        assert grade in PUPIL_GRADES[group], (group, grade)
    # School sizes as in the programme: about 22 000 pupils in 126 schools, some 175 a school.
    pupils = sum(sum(spec.pupils_per_grade.values()) for spec in demo["data"].schools)
    assert 150 <= pupils / len(demo["data"].schools) <= 200


def test_small_grades_are_there_and_suppressed(demo):
    small = SurveyResult.objects.filter(grade__isnull=False, respondents__lt=5)
    assert small.values("school").distinct().count() >= 2
    flisa = School.objects.get(name="Flisa skole")
    area = SurveyArea.objects.get(slug="elever-1-4-trivsel")
    assert small.filter(school=flisa, grade=2, area=area).exists()
    figure = service.area_figure(school=flisa, round=2018, area=area, grade=2)
    assert figure.suppressed and figure.mean is None and figure.respondents is None
    # Exactly one grade hidden and the whole school shown: the next smallest grade goes too.
    shown = [service.area_figure(school=flisa, round=2018, area=area, grade=g) for g in (1, 3, 4)]
    assert sum(f.suppressed for f in shown) == 1
    assert not service.area_figure(school=flisa, round=2018, area=area, grade=None).suppressed


def test_flisa_is_weakest_on_relation_to_teacher_and_improves(demo):
    flisa = School.objects.get(name="Flisa skole")
    weakest = service.whole_school_figures(school=flisa, round=2018)[0]
    assert weakest.area.slug == "elever-5-10-relasjon-til-laerer" and not weakest.figure.suppressed
    development = service.area_development(school=flisa, area=weakest.area, grade=None, since=2018)
    assert [f.round for f in development] == [2018, 2020]
    assert development[1].mean - development[0].mean >= 0.3


def test_the_demo_analysis_and_memberships(demo, client):
    flisa = School.objects.get(name="Flisa skole")
    analysis = SchoolAnalysis.objects.get(school=flisa)
    assert (analysis.area.slug, analysis.round, analysis.evaluated_round) == (
        "elever-5-10-relasjon-til-laerer",
        2018,
        2020,
    )
    assert analysis.step == SchoolAnalysis.Step.EVALUATE and analysis.evaluation and analysis.causes_class
    assert analysis.measures.count() == 3 and all(m.responsible and m.due_date for m in analysis.measures.all())
    assert analysis.created_by.username == "skoleleder"

    users = {u.username: u for u in get_user_model().objects.all()}
    leader, teacher, owner = users["skoleleder"], users["laerer"], users["skoleeier"]
    assert SchoolMembership.objects.get(user=leader).school == flisa
    assert access.can_manage_teachers(leader, flisa)
    teaching = SchoolMembership.objects.get(user=teacher)
    assert teaching.role == SchoolRole.TEACHER and teaching.school != flisa
    assert not access.can_view_school(teacher, flisa)
    assert SchoolOwner.objects.filter(user=owner, municipality__slug="asnes").exists()
    assert access.can_view_school(owner, flisa) and not access.can_work_on_analysis(owner, flisa)

    password = {spec.username: spec.password for spec in load_users()}
    assert _logs_in(client, "skoleleder", password["skoleleder"])
    detail = reverse("surveys:analysis_detail", args=[flisa.orgnr, analysis.pk])
    assert "Relasjon til lærer på mellomtrinnet" in client.get(detail).content.decode()
    assert client.get(reverse("surveys:team", args=[flisa.orgnr])).status_code == 200
    client.post("/logg-ut/")
    assert _logs_in(client, "laerer", password["laerer"])
    assert client.get(detail).status_code == 404


def test_running_again_changes_nothing(demo):
    before = SurveyResult.objects.count(), SchoolAnalysis.objects.count(), SchoolMembership.objects.count()
    report = build_survey_demo(load(), with_users=True)
    assert report["results_created"] == report["analyses_created"] == report["memberships_created"] == 0
    assert (SurveyResult.objects.count(), SchoolAnalysis.objects.count(), SchoolMembership.objects.count()) == before
