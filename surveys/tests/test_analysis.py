"""The analysis, step by step: a school's members go from a weak area to a plan in six steps; its
owner and programme staff read it; nobody else sees anything, and junk never gives a 500."""

import re
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from networks.models import Municipality
from portal import roles
from resources.factories import LessonPlanPageFactory, ResearchSummaryPageFactory
from resources.models import SurveyArea
from surveys.factories import (
    SchoolMembershipFactory,
    SurveyResultFactory,
    SurveySchoolFactory,
    UserFactory,
)
from surveys.models import AnalysisMeasure, SchoolAnalysis, SchoolOwner, SchoolRole

pytestmark = pytest.mark.django_db

AREA = "elever-5-10-relasjon-til-laerer"


@pytest.fixture
def area():
    return SurveyArea.objects.get(slug=AREA)


@pytest.fixture
def school(area):
    school = SurveySchoolFactory(
        name="Flisa skole", orgnr="974512346", municipality=Municipality.objects.get(slug="asnes")
    )
    # 2018: the whole school is shown; grade 5 has too few answers, so grade 7 (next smallest) goes too.
    for grade, mean, count in [(None, "3.05", 60), (5, "2.40", 3), (6, "3.10", 30), (7, "3.44", 27)]:
        SurveyResultFactory(school=school, round=2018, area=area, grade=grade, mean=Decimal(mean), respondents=count)
    SurveyResultFactory(school=school, round=2020, area=area, mean=Decimal("3.61"), respondents=58)
    trivsel = SurveyArea.objects.get(slug="elever-5-10-trivsel")
    SurveyResultFactory(school=school, round=2018, area=trivsel, mean=Decimal("4.21"), respondents=60)
    return school


@pytest.fixture
def people(school):
    other = SurveySchoolFactory(name="Hof skole", municipality=Municipality.objects.get(slug="asnes"))
    owner = UserFactory(username="eier")
    SchoolOwner.objects.create(user=owner, municipality=school.municipality)
    staff = UserFactory(username="ansatt")
    staff.groups.add(Group.objects.get(name=roles.STAFF))
    return {
        "leader": SchoolMembershipFactory(
            school=school, role=SchoolRole.LEADER, user=UserFactory(username="leder")
        ).user,
        "teacher": SchoolMembershipFactory(school=school, user=UserFactory(username="laerer")).user,
        "owner": owner,
        "staff": staff,
        "stranger": SchoolMembershipFactory(school=other, role=SchoolRole.LEADER).user,
        "other": other,
    }


@pytest.fixture
def resources(area):
    research = ResearchSummaryPageFactory(title="Relasjonen mellom lærer og elev", survey_areas=[area])
    lesson = LessonPlanPageFactory(title="Elevsamtalen", survey_areas=[area])
    untagged = LessonPlanPageFactory(title="Brøk med pizza")
    draft = LessonPlanPageFactory(title="Hemmelig utkast", survey_areas=[area], live=False)
    private = LessonPlanPageFactory(title="Bare for innloggede", survey_areas=[area])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return {"research": research, "lesson": lesson, "untagged": untagged, "draft": draft, "private": private}


def _analysis(school, area, **fields):
    fields = {"round": 2018, "area": area, "title": "Relasjon til lærer", "step": 2, **fields}
    return SchoolAnalysis.objects.create(school=school, **fields)


def step_url(analysis, step):
    return reverse("surveys:analysis_step", args=[analysis.school.orgnr, analysis.pk, step])


def management(prefix, total, initial):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def test_a_member_goes_through_the_six_steps(client, school, people, area, resources):
    client.force_login(people["teacher"])
    start = reverse("surveys:analysis_start", args=[school.orgnr])

    # 1. The challenge, prefilled from the school page's link, with the school's mean beside it.
    page = client.get(start, {"omrade": AREA, "runde": "2018"})
    html = page.content.decode()
    assert page.status_code == 200
    assert 'aria-current="step"' in html
    assert "3,05" in html and "(60 svar)" in html
    assert re.search(rf'<option value="{area.pk}" selected>', html)
    # The weakest area comes first in the results table.
    table = html[html.index('id="results-caption"') :]
    assert table.index("Relasjon til lærer") < table.index("Trivsel")
    response = client.post(start + "?omrade=x", {"area": area.pk, "round": "2018", "grade": "", "title": ""})
    analysis = SchoolAnalysis.objects.get(school=school)
    assert response.status_code == 302 and response.url == step_url(analysis, 2)
    assert analysis.created_by == people["teacher"] and analysis.grade is None
    assert analysis.title == "Relasjon til lærer – hele skolen, 2018"

    # 2. Describe it.
    page = client.get(step_url(analysis, 2))
    assert "Beskriv utfordringen" in page.content.decode() and "3,05" in page.content.decode()
    response = client.post(
        step_url(analysis, 2),
        {
            "description": "Elevene på 6. trinn sier de ikke blir sett.",
            "other_knowledge": "Elevsamtaler",
            "handling": "neste",
        },
    )
    assert response.url == step_url(analysis, 3)

    # 3. What keeps it going.
    response = client.post(
        step_url(analysis, 3),
        {"causes_school": "Ingen felles rutiner", "causes_class": "Lite tid", "causes_pupil": "", "handling": "neste"},
    )
    assert response.url == step_url(analysis, 4)

    # 4. Measures: the area's resources are offered, research first; two measures, one with a resource.
    page = client.get(step_url(analysis, 4))
    html = page.content.decode()
    assert html.index("Relasjonen mellom lærer og elev") < html.index("Elevsamtalen") < html.index("Brøk med pizza")
    assert "Hemmelig utkast" not in html and "Bare for innloggede" not in html
    data = {
        **management("tiltak", 1, 0),
        "tiltak-0-description": "Faste elevsamtaler hver måned",
        "tiltak-0-resource": str(resources["research"].pk),
        "handling": "legg-til",
    }
    response = client.post(step_url(analysis, 4), data)
    assert response.status_code == 302 and response.url == step_url(analysis, 4) + "#nytt-tiltak"
    first = AnalysisMeasure.objects.get(analysis=analysis)
    data = {
        **management("tiltak", 2, 1),
        "tiltak-0-id": str(first.pk),
        "tiltak-0-analysis": str(analysis.pk),
        "tiltak-0-description": "Faste elevsamtaler hver måned",
        "tiltak-0-resource": str(resources["research"].pk),
        "tiltak-1-description": "Hilse på hver elev i døra",
        "tiltak-1-resource": "",
        "handling": "neste",
    }
    response = client.post(step_url(analysis, 4), data)
    assert response.url == step_url(analysis, 5)
    measures = list(analysis.measures.all())
    assert [m.description for m in measures] == ["Faste elevsamtaler hver måned", "Hilse på hver elev i døra"]
    assert [m.sort_order for m in measures] == [1, 2]

    # 5. Who does what by when.
    data = {**management("ansvar", 2, 2), "handling": "neste"}
    for n, measure in enumerate(measures):
        data |= {f"ansvar-{n}-id": str(measure.pk), f"ansvar-{n}-responsible": f"Team {n}"}
    data |= {"ansvar-0-due_date": "2019-03-15", "ansvar-1-due_date": "01.06.2019"}
    response = client.post(step_url(analysis, 5), data)
    assert response.url == step_url(analysis, 6)
    assert [(m.responsible, m.due_date) for m in analysis.measures.all()] == [
        ("Team 0", date(2019, 3, 15)),
        ("Team 1", date(2019, 6, 1)),
    ]

    # 6. Evaluate against the next round, whose result is shown.
    page = client.get(step_url(analysis, 6))
    html = page.content.decode()
    assert "3,61" in html and "(58 svar)" in html
    response = client.post(
        step_url(analysis, 6), {"evaluated_round": "2020", "evaluation": "Bedre relasjoner.", "handling": "neste"}
    )
    detail = reverse("surveys:analysis_detail", args=[school.orgnr, analysis.pk])
    assert response.url == detail
    analysis.refresh_from_db()
    assert analysis.evaluated_round == 2020 and analysis.step == 6

    # The printable plan holds everything, with its print styles and without the step list.
    html = client.get(detail).content.decode()
    for text in ["Elevene på 6. trinn sier de ikke blir sett.", "Ingen felles rutiner", "Hilse på hver elev i døra"]:
        assert text in html
    assert "Team 1" in html and "15. mars 2019" in html and "Bedre relasjoner." in html
    assert resources["research"].url in html
    assert "css/analysis.css" in html and "analysis-steps" not in html
    assert page["Cache-Control"].startswith("max-age=0") or "no-cache" in page["Cache-Control"]


def test_steps_can_be_revisited_and_progress_is_kept(client, school, people, area):
    analysis = _analysis(school, area, step=5, description="Noe")
    client.force_login(people["leader"])
    response = client.post(
        step_url(analysis, 2), {"description": "Presisert", "other_knowledge": "", "handling": "lagre"}
    )
    assert response.url == step_url(analysis, 2)
    analysis.refresh_from_db()
    assert analysis.description == "Presisert" and analysis.step == 5
    html = client.get(step_url(analysis, 3)).content.decode()
    nav = html[html.index('class="analysis-steps"') : html.index("</nav>", html.index('class="analysis-steps"'))]
    assert nav.count('aria-current="step"') == 1 and nav.count("(ferdig)") == 4
    # A rejected POST shows the saved analysis, not the rejected values.
    response = client.post(step_url(analysis, 1), {"area": area.pk, "round": "2018", "title": "Ny " + "x" * 200})
    assert "Ny xxx" not in response.content.decode().split("<main", 1)[1].split("</h1>", 1)[0]
    # Step 1 again: change the grade; the grade's figure is shown, suppressed where it must be.
    page = client.get(step_url(analysis, 1), {"omrade": AREA, "runde": "2018", "trinn": "7"})
    html = page.content.decode()
    assert "For få svar til å vise resultatet" in html and "3,44" not in html and "(27 svar)" not in html
    response = client.post(
        step_url(analysis, 1), {"area": area.pk, "round": "2018", "grade": "6", "title": "På 6.", "handling": "neste"}
    )
    analysis.refresh_from_db()
    assert analysis.grade == 6 and analysis.title == "På 6." and response.url == step_url(analysis, 2)


def test_suppressed_grades_never_show_their_figures(client, school, people, area):
    client.force_login(people["teacher"])
    start = reverse("surveys:analysis_start", args=[school.orgnr])
    for grade, hidden in [("5", ("2,40", "(3 svar)")), ("7", ("3,44", "(27 svar)"))]:
        html = client.get(start, {"omrade": AREA, "runde": "2018", "trinn": grade}).content.decode()
        assert "For få svar til å vise resultatet" in html
        assert not any(text in html for text in hidden)
    html = client.get(start, {"omrade": AREA, "runde": "2018", "trinn": "6"}).content.decode()
    assert "3,10" in html and "(30 svar)" in html


def test_the_access_matrix(client, school, people, area):
    analysis = _analysis(school, area, description="Bare for skolen")
    orgnr = school.orgnr
    read = [
        reverse("surveys:analysis_list", args=[orgnr]),
        reverse("surveys:analysis_detail", args=[orgnr, analysis.pk]),
    ]
    write = [reverse("surveys:analysis_start", args=[orgnr]), step_url(analysis, 2)]

    for url in read + write:
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/logg-inn/"), url
    for who in ("leader", "teacher"):
        client.force_login(people[who])
        assert [client.get(url).status_code for url in read + write] == [200] * 4
    for who in ("owner", "staff"):
        client.force_login(people[who])
        assert [client.get(url).status_code for url in read] == [200, 200]
        assert "Bare for skolen" in client.get(read[1]).content.decode()
        assert [client.get(url).status_code for url in write] == [403, 403]
        response = client.post(step_url(analysis, 2), {"description": "Endret av eier", "handling": "neste"})
        assert response.status_code == 403
        response = client.post(write[0], {"area": area.pk, "round": "2018", "grade": ""})
        assert response.status_code == 403
    client.force_login(people["stranger"])
    assert [client.get(url).status_code for url in read + write] == [404] * 4
    assert client.post(step_url(analysis, 2), {"description": "Innbrudd"}).status_code == 404
    analysis.refresh_from_db()
    assert analysis.description == "Bare for skolen"
    assert SchoolAnalysis.objects.count() == 1


def test_another_schools_analysis_is_not_found_under_this_school(client, school, people, area):
    theirs = _analysis(people["other"], area, title="Hofs analyse")
    client.force_login(people["leader"])
    orgnr = school.orgnr
    assert client.get(reverse("surveys:analysis_detail", args=[orgnr, theirs.pk])).status_code == 404
    assert client.get(f"/kartlegging/skole/{orgnr}/analyse/{theirs.pk}/steg/2/").status_code == 404
    assert (
        client.post(f"/kartlegging/skole/{orgnr}/analyse/{theirs.pk}/steg/2/", {"description": "x"}).status_code == 404
    )
    # Its own school is not theirs either.
    other_orgnr = people["other"].orgnr
    assert client.get(reverse("surveys:analysis_detail", args=[other_orgnr, theirs.pk])).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/kartlegging/skole/abc/analyse/",
        "/kartlegging/skole/12345/analyse/ny/",
        "/kartlegging/skole/999999999/analyse/ny/",
        "/kartlegging/skole/9745123460/analyse/",
        "/kartlegging/skole/٩٧٤٥١٢٣٤٦/analyse/",
        "/kartlegging/skole/{orgnr}/analyse/999999/",
        "/kartlegging/skole/{orgnr}/analyse/99999999999999999999999/",
        "/kartlegging/skole/{orgnr}/analyse/0/",
        "/kartlegging/skole/{orgnr}/analyse/abc/",
        "/kartlegging/skole/{orgnr}/analyse/{pk}/steg/0/",
        "/kartlegging/skole/{orgnr}/analyse/{pk}/steg/7/",
        "/kartlegging/skole/{orgnr}/analyse/{pk}/steg/abc/",
        "/kartlegging/skole/{orgnr}/analyse/{pk}/steg/-1/",
        "/kartlegging/skole/{orgnr}/analyse/{pk}/steg/99999999999999999999/",
    ],
)
def test_junk_addresses_are_not_found(client, school, people, area, path):
    analysis = _analysis(school, area)
    client.force_login(people["leader"])
    assert client.get(path.format(orgnr=school.orgnr, pk=analysis.pk)).status_code == 404


def test_junk_in_the_start_form_gives_messages_not_errors(client, school, people, area):
    client.force_login(people["leader"])
    start = reverse("surveys:analysis_start", args=[school.orgnr])
    for params in [
        {"omrade": "finnes-ikke", "runde": "abc", "trinn": "99"},
        {"omrade": "x" * 5000, "runde": "9" * 50, "trinn": "-1"},
        {"runde": "2016"},
        {"omrade": AREA, "runde": "²⁰¹⁸", "trinn": "٣"},
    ]:
        assert client.get(start, params).status_code == 200
    cases = [
        ({"area": "abc", "round": "2018"}, "Velg et område fra listen."),
        ({"area": "²", "round": "²⁰¹⁸", "grade": "٣"}, "Velg et område fra listen."),
        ({"area": "999999", "round": "2018"}, "Velg et område fra listen."),
        ({"area": area.pk, "round": "2016"}, "Skolen har ingen resultater fra den runden."),
        ({"area": area.pk, "round": "2018", "grade": "11"}, "Velg hele skolen eller et trinn fra 1 til 10."),
        ({"area": area.pk, "round": "2018", "grade": "9"}, "Skolen har ingen resultater for «Relasjon til lærer»"),
        ({"area": area.pk, "round": "2018", "title": "x" * 201}, "Sørg for at denne verdien har 200 eller færre tegn"),
        ({}, "Dette feltet er påkrevet."),
    ]
    for data, message in cases:
        response = client.post(start, data)
        html = response.content.decode()
        assert response.status_code == 200 and message in html, (data, html[:200])
        assert 'role="alert"' in html
    assert not SchoolAnalysis.objects.exists()


def test_a_school_without_results_cannot_start_an_analysis(client, people, area):
    empty = SurveySchoolFactory()
    SchoolMembershipFactory(school=empty, user=people["leader"], role=SchoolRole.LEADER)
    client.force_login(people["leader"])
    start = reverse("surveys:analysis_start", args=[empty.orgnr])
    assert "Skolen har ingen resultater fra kartleggingen ennå" in client.get(start).content.decode()
    assert client.post(start, {"area": area.pk, "round": "2018"}).status_code == 200
    assert not SchoolAnalysis.objects.exists()


@pytest.mark.parametrize("which", ["draft", "private", "home", "missing", "junk"])
def test_forged_resource_ids_are_refused(client, school, people, area, resources, home, which):
    analysis = _analysis(school, area, step=4)
    ids = {
        "draft": resources["draft"].pk,
        "private": resources["private"].pk,
        "home": home.pk,  # a live, public page that is not a resource
        "missing": 987654,
        "junk": "1 OR 1=1",
    }
    client.force_login(people["leader"])
    data = {
        **management("tiltak", 1, 0),
        "tiltak-0-description": "Et tiltak",
        "tiltak-0-resource": str(ids[which]),
        "handling": "neste",
    }
    response = client.post(step_url(analysis, 4), data)
    assert response.status_code == 200
    assert "Velg en publisert ressurs fra listen" in response.content.decode()
    assert not AnalysisMeasure.objects.exists()


def test_a_resource_that_is_no_longer_public_is_not_shown(client, school, people, area, resources):
    analysis = _analysis(school, area, step=6)
    AnalysisMeasure.objects.create(analysis=analysis, description="Lese sammen", resource=resources["lesson"])
    resources["lesson"].unpublish()
    client.force_login(people["owner"])
    html = client.get(reverse("surveys:analysis_detail", args=[school.orgnr, analysis.pk])).content.decode()
    assert "Lese sammen" in html and "Elevsamtalen" not in html


def test_junk_in_the_measure_formsets(client, school, people, area):
    analysis = _analysis(school, area, step=5)
    mine = AnalysisMeasure.objects.create(analysis=analysis, description="Mitt tiltak")
    theirs = AnalysisMeasure.objects.create(
        analysis=_analysis(people["other"], area, title="Hofs"), description="Hofs tiltak", responsible="Hof"
    )
    client.force_login(people["leader"])
    # A tampered management form: a message, nothing saved.
    response = client.post(step_url(analysis, 4), {"tiltak-TOTAL_FORMS": "abc", "handling": "neste"})
    assert response.status_code == 200 and "Steget ble ikke lagret" in response.content.decode()
    # More measures than allowed.
    data = {**management("tiltak", 25, 0), "handling": "neste"}
    data |= {f"tiltak-{n}-description": f"Tiltak {n}" for n in range(25)}
    response = client.post(step_url(analysis, 4), data)
    assert response.status_code == 200 and analysis.measures.count() == 1
    # Step 5 edits this analysis's measures only: another's id is refused, an extra form creates nothing.
    data = {
        **management("ansvar", 2, 1),
        "ansvar-0-id": str(theirs.pk),
        "ansvar-0-responsible": "Kapret",
        "ansvar-1-responsible": "Ny",
        "ansvar-1-due_date": "2020-01-01",
        "handling": "neste",
    }
    response = client.post(step_url(analysis, 5), data)
    theirs.refresh_from_db()
    assert theirs.responsible == "Hof" and AnalysisMeasure.objects.count() == 2
    data = {**management("ansvar", 1, 1), "ansvar-0-id": str(mine.pk), "ansvar-0-due_date": "31.02.2019"}
    response = client.post(step_url(analysis, 5), data)
    assert "Skriv fristen som en dato" in response.content.decode()
    data = {**management("ansvar", 1, 1), "ansvar-0-id": str(mine.pk), "ansvar-0-due_date": "0001-01-01"}
    response = client.post(step_url(analysis, 5), data)
    assert "mellom år 2000 og 2100" in response.content.decode()
    # Step 6: a round that is not a later one of the school's.
    response = client.post(step_url(analysis, 6), {"evaluated_round": "2016", "evaluation": "x"})
    assert "Velg en runde etter analysens egen" in response.content.decode()
    # Removing a measure in step 4 works without JavaScript (a checkbox).
    data = {
        **management("tiltak", 2, 1),
        "tiltak-0-id": str(mine.pk),
        "tiltak-0-analysis": str(analysis.pk),
        "tiltak-0-description": "Mitt tiltak",
        "tiltak-0-DELETE": "on",
        "handling": "lagre",
    }
    response = client.post(step_url(analysis, 4), data)
    assert response.status_code == 302 and not analysis.measures.exists()


def test_only_get_and_post(client, school, people, area):
    analysis = _analysis(school, area)
    client.force_login(people["leader"])
    assert client.put(step_url(analysis, 2)).status_code == 405
    assert client.post(reverse("surveys:analysis_detail", args=[school.orgnr, analysis.pk])).status_code == 405


def test_csrf_is_required(school, people, area):
    from django.test import Client

    analysis = _analysis(school, area)
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["leader"])
    response = client.post(step_url(analysis, 2), {"description": "Uten token"})
    assert response.status_code == 403
    analysis.refresh_from_db()
    assert analysis.description == ""


def test_the_measures_page_costs_the_same_for_more_measures(client, school, people, area, resources):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    analysis = _analysis(school, area, step=4)
    client.force_login(people["leader"])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(step_url(analysis, 4)).status_code == 200
        return len(captured)

    AnalysisMeasure.objects.create(analysis=analysis, description="Ett", resource=resources["lesson"])
    one = queries()
    for n in range(5):
        AnalysisMeasure.objects.create(analysis=analysis, description=f"Flere {n}")
    assert queries() == one
