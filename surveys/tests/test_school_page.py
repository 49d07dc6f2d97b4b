"""The school page /kartlegging/skole/<orgnr>/ and «Mine skoler»: who sees it, what it shows (and,
above all, what it never shows), «Fra data til praksis», the analyses and its query count."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.template.defaultfilters import date as date_filter
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import PageViewRestriction

from events.factories import EventPageFactory
from events.models import EventPage
from networks.factories import MeetingPageFactory, NetworkFactory
from networks.models import Municipality
from resources.factories import LessonPlanPageFactory, ResearchSummaryPageFactory
from resources.models import SurveyArea
from surveys.factories import SchoolMembershipFactory, SurveySchoolFactory, UserFactory
from surveys.models import SchoolAnalysis, SchoolRole
from surveys.tests.results_data import (
    HIDDEN_GRADE_MEAN,
    SECONDARY_MEAN,
    SHOWN_GRADE_MEAN,
    TRIVSEL,
    add,
    digits,
    fill,
    flisa_world,
)

pytestmark = pytest.mark.django_db

URL = "/kartlegging/skole/974000101/"


@pytest.fixture
def world():
    return flisa_world()


def page(client, user, url=URL):
    if user is None:
        client.logout()
    else:
        client.force_login(user)
    return client.get(url)


def grade_row(html: str, grade: int) -> str:
    match = re.search(rf"<tr><th scope=\"row\">{grade}\. trinn</th>(.*?)</tr>", html, re.S)
    assert match, f"no row for {grade}. trinn"
    return match[1]


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("leader", 200),
        ("teacher", 200),
        ("owner", 200),
        ("staff", 200),
        ("other_leader", 403),
        ("other_owner", 403),
        ("inactive", 302),
        (None, 302),
    ],
)
def test_the_access_matrix(client, world, who, status):
    response = page(client, getattr(world, who) if who else None)
    assert response.status_code == status
    body = response.content.decode()
    if status == 302:
        assert response["Location"].startswith("/logg-inn/?next=/kartlegging/skole/974000101/")
    if status != 200:
        assert "4,12" not in body and "Trivsel" not in body


def test_every_response_is_private_and_never_indexed(client, world):
    for user, url in ((world.leader, URL), (world.other_leader, URL), (world.leader, "/kartlegging/skole/")):
        response = page(client, user, url)
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
        assert response["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.parametrize(
    "orgnr",
    ["abc", "123", "9740001011", "97400010", "٩٧٤٠٠٠١٠١", "974000101%20", "974%00000101", "999999999", "-97400010"],
)
def test_a_bad_or_unknown_orgnr_is_404(client, world, orgnr):
    assert page(client, world.staff, f"/kartlegging/skole/{orgnr}/").status_code == 404


def test_an_anonymous_visitor_is_sent_to_log_in_even_for_a_bad_orgnr(client, world):
    assert page(client, None, "/kartlegging/skole/abc/").status_code == 302


def test_the_school_against_its_municipality_and_the_county(client, world):
    body = page(client, world.leader).content.decode()
    assert "Flisa skole" in body
    # 2020: Flisa 4,12 (40), Åsnes 3,81 (three schools, weighted), county 4,04; 2018 likewise.
    for figure in ("4,12", "3,81", "4,04", "3,80", "3,65", "3,90"):
        assert figure in body
    assert "Trivsel (Elever 5.–10. trinn) per trinn i 2020" in body
    assert SHOWN_GRADE_MEAN.to_eng_string().replace(".", ",") in grade_row(body, 5)


def test_a_suppressed_grade_and_the_next_smallest_are_hidden_everywhere(client, world):
    body = page(client, world.leader).content.decode()
    for grade in (6, 7):
        row = grade_row(body, grade)
        assert "For få svar til å vise resultatet" in row
        assert not re.search(r"\d", re.sub(r"<[^>]+>", "", row)), row  # neither mean nor count
    for value in (*digits(HIDDEN_GRADE_MEAN), *digits(SECONDARY_MEAN)):
        assert value not in body


def test_a_suppressed_whole_school_figure_is_not_in_the_table_the_chart_or_its_text(client, world):
    add(world.flisa, area="elever-5-10-atferd", mean="2.19", respondents=3)
    body = page(client, world.leader).content.decode()
    svg = re.search(r'<svg[^>]*id="chart-elever-5-10-atferd".*?</svg>', body, re.S)[0]
    assert "for få svar" in svg
    assert "2,19" not in body and "2.19" not in body


def test_a_municipality_with_too_few_schools_is_hidden_from_its_schools(client, world):
    add(SurveySchoolFactory(name="Børstad skole", municipality=world.hamar.municipality), mean="3.00", respondents=50)
    body = page(client, world.staff, "/kartlegging/skole/974000201/").content.decode()
    assert "4,40" in body  # the school's own figure
    # Hamar now has two schools: (4,40 × 50 + 3,00 × 50) / 100 = 3,70 must not be shown.
    assert "3,70" not in body and "3.70" not in body
    assert "For få svar til å vise resultatet" in body


def test_the_round_is_chosen_in_the_query_string_and_junk_falls_back_to_the_latest(client, world):
    client.force_login(world.leader)
    older = client.get(URL + "?runde=2018").content.decode()
    assert "Oversikt for 2018" in older and '<option value="2018" selected>' in older
    for junk in ("abc", "-1", "99999", "2020x", "2019", "", "٢٠١٨", "2018&runde=2016"):
        response = client.get(URL, {"runde": junk})
        assert response.status_code == 200
        assert "Oversikt for 2020" in response.content.decode()


def test_a_school_without_results_says_so(client, world):
    SchoolMembershipFactory(user=world.leader, school=SurveySchoolFactory(orgnr="974000999"))
    body = page(client, world.leader, "/kartlegging/skole/974000999/").content.decode()
    assert "ingen resultater fra kartleggingen ennå" in body


@pytest.fixture
def practice():
    """Resources, networks and meetings on «Trivsel» – and some that must never be shown."""
    trivsel = SurveyArea.objects.get(slug=TRIVSEL)
    now = timezone.now()

    def resource(factory, title, days_ago, **kwargs):
        kwargs.setdefault("live", True)
        return factory(title=title, survey_areas=[trivsel], first_published_at=now - timedelta(days=days_ago), **kwargs)

    resource(LessonPlanPageFactory, "Klassemøter som virker", 1)
    resource(LessonPlanPageFactory, "Vennskapsbenken", 2)
    resource(LessonPlanPageFactory, "Gammelt opplegg om trivsel", 300)
    resource(ResearchSummaryPageFactory, "Forskning på skolemiljø", 200)
    resource(ResearchSummaryPageFactory, "Utkast om trivsel", 0, live=False)
    hidden = resource(ResearchSummaryPageFactory, "Skjult forskning om trivsel", 0)
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    LessonPlanPageFactory(title="Om noe helt annet", first_published_at=now)

    network = NetworkFactory(title="Nettverk for trivsel", survey_areas=[trivsel])
    soon, past = now + timedelta(days=3), now - timedelta(days=30)
    MeetingPageFactory(parent=network, title="Vårsamling om trivsel", start=soon, end=soon + timedelta(hours=3))
    MeetingPageFactory(parent=network, title="Samling som var", start=past, end=past + timedelta(hours=3))
    NetworkFactory(title="Nettverk for lesing")

    def event(title, days_ahead, areas=(trivsel,), **kwargs):
        return EventPageFactory(title=title, survey_areas=list(areas), days_ahead=days_ahead, **kwargs)

    event("Konferanse om læringsmiljø", 40)
    event("Seminar om trivsel i friminuttet", 12)
    event("Seminar om trivsel som var", -20)
    event("Utkast til seminar om trivsel", 8, publish=False)
    hidden_event = event("Lukket seminar om trivsel", 6)
    PageViewRestriction.objects.create(page=hidden_event, restriction_type=PageViewRestriction.LOGIN)
    event("Seminar om uro i timene", 4, areas=[SurveyArea.objects.get(slug="elever-5-10-atferd")])
    EventPageFactory(title="Seminar uten område", days_ahead=2)


def practice_block(body: str, area: str) -> str:
    return re.search(rf'<div class="survey-practice">\s*<h4 id="practice-{area}">.*?</div>', body, re.S)[0]


def test_from_data_to_practice(client, world, practice):
    body = page(client, world.leader).content.decode()
    section = re.search(r'<div class="survey-practice">.*?</div>', body, re.S)[0]
    shown = re.findall(r'<a href="[^"]+">([^<]+)</a><br>', section)
    # Research summaries first, then the newest; three of the four live, public resources.
    assert shown == ["Forskning på skolemiljø", "Klassemøter som virker", "Vennskapsbenken"]
    assert "/ressurser/?kartlegging=elever-5-10-trivsel" in section and "Se alle 4 ressurser" in section
    assert "Nettverk for trivsel" in section and "Vårsamling om trivsel" in section
    for never in (
        "Utkast om trivsel",
        "Skjult forskning",
        "Om noe helt annet",
        "Nettverk for lesing",
        "Samling som var",
        "Seminar om trivsel som var",
        "Utkast til seminar om trivsel",
        "Lukket seminar om trivsel",
        "Seminar om uro i timene",  # another area, without results at this school
        "Seminar uten område",
    ):
        assert never not in body


def test_upcoming_events_on_the_area_soonest_first_with_date_and_link(client, world, practice):
    body = page(client, world.leader).content.decode()
    section = practice_block(body, TRIVSEL)
    assert "Kommende arrangementer" in section
    events = re.findall(r'<li><a href="([^"]+)">([^<]+)</a> <span class="muted">– <time datetime="[^"]+">', section)
    assert [title for _url, title in events] == ["Seminar om trivsel i friminuttet", "Konferanse om læringsmiljø"]
    assert events[0][0] == "/arrangementer/seminar-om-trivsel-i-friminuttet/"
    conference = EventPage.objects.get(title="Konferanse om læringsmiljø")
    with translation.override("nb"):
        when = date_filter(timezone.localtime(conference.start), "j. F Y")
    assert f'<time datetime="{timezone.localtime(conference.start).isoformat()}">{when}</time>' in section
    # After the resources, the networks and their meetings, as the last of the block's lists.
    assert section.index("Kommende samlinger") < section.index("Kommende arrangementer")


def test_an_event_shows_under_its_own_area_only_and_at_most_three_per_area(client, world, practice):
    add(world.flisa, area="elever-5-10-atferd", mean="3.90", respondents=40)
    for days in (20, 25, 30):
        EventPageFactory(
            title=f"Trivselsdag om {days} dager", days_ahead=days, survey_areas=[SurveyArea.objects.get(slug=TRIVSEL)]
        )
    body = page(client, world.leader).content.decode()
    trivsel, atferd = practice_block(body, TRIVSEL), practice_block(body, "elever-5-10-atferd")
    assert "Seminar om uro i timene" in atferd and "Seminar om uro i timene" not in trivsel
    assert "Seminar om trivsel i friminuttet" not in atferd and "Konferanse om læringsmiljø" not in atferd
    titles = re.findall(r'<li><a href="[^"]+">([^<]+)</a> <span class="muted">', trivsel)
    # The three soonest of the five upcoming; the conference in 40 days is left out.
    assert titles == ["Seminar om trivsel i friminuttet", "Trivselsdag om 20 dager", "Trivselsdag om 25 dager"]


def test_no_events_no_heading(client, world):
    body = page(client, world.leader).content.decode()
    assert "Kommende arrangementer" not in practice_block(body, TRIVSEL)


def test_analyses_are_listed_and_members_may_start_one(client, world):
    trivsel = SurveyArea.objects.get(slug=TRIVSEL)
    earlier = SchoolAnalysis.objects.create(
        school=world.flisa, round=2018, area=trivsel, title="Uro i friminuttene", created_by=world.leader
    )
    SchoolAnalysis.objects.create(school=world.hamar, round=2020, area=trivsel, title="Hamars egen analyse")
    body = page(client, world.teacher).content.decode()
    assert f'href="/kartlegging/skole/974000101/analyse/{earlier.pk}/"' in body
    assert "Analysen bygger på 2018. Sammenlign med resultatene for 2020 over." in body
    assert "Hamars egen analyse" not in body
    assert "/kartlegging/skole/974000101/analyse/ny/?omrade=elever-5-10-trivsel&amp;runde=2020" in body

    assert 'href="/kartlegging/skole/974000101/analyse/"' in body
    assert "/kartlegging/skole/974000101/laerere/" not in body  # a teacher does not manage teachers

    owner_view = page(client, world.owner).content.decode()
    assert "Uro i friminuttene" in owner_view and "Start en analyse" not in owner_view
    assert "/kartlegging/skole/974000101/laerere/" in page(client, world.leader).content.decode()


def test_my_schools(client, world):
    # One school: straight to it.
    response = page(client, world.leader, "/kartlegging/skole/")
    assert response.status_code == 302 and response["Location"] == URL
    # Several: a list, by municipality.
    body = page(client, world.owner, "/kartlegging/skole/").content.decode()
    assert all(name in body for name in ("Flisa skole", "Hof skole", "Kjellmyra skole")) and "Ajer skole" not in body
    # None: says how to get access.
    body = page(client, UserFactory(), "/kartlegging/skole/").content.decode()
    assert "Du har ikke tilgang til resultatene for noen skole." in body
    assert page(client, None, "/kartlegging/skole/").status_code == 302


def test_the_menu_offers_my_schools_to_those_who_have_one(client, world):
    assert "Mine skoler" in page(client, world.teacher, "/kartlegging/").content.decode()
    assert "Mine skoler" not in page(client, UserFactory(), "/kartlegging/").content.decode()
    client.logout()
    with CaptureQueriesContext(connection) as queries:
        assert "Mine skoler" not in client.get("/ressurser/").content.decode()
    # No question about schools for an anonymous visitor.
    assert not [q for q in queries.captured_queries if "networks_school" in q["sql"]]


def _full_school(municipality, orgnr=None):
    school = SurveySchoolFactory(municipality=municipality, **({"orgnr": orgnr} if orgnr else {}))
    fill(school, rounds=(2016, 2018, 2020), grades=range(1, 11))
    return school


def _practice_and_analyses(school, areas, label):
    for area in areas:
        ResearchSummaryPageFactory(title=f"Forskning {label} {area.pk}", survey_areas=[area])
        LessonPlanPageFactory(title=f"Opplegg {label} {area.pk}", survey_areas=[area])
        network = NetworkFactory(title=f"Nettverk {label} {area.pk}", survey_areas=[area])
        MeetingPageFactory(parent=network, title=f"Samling {label} {area.pk}")
        EventPageFactory(title=f"Seminar {label} {area.pk}", survey_areas=[area])
        EventPageFactory(title=f"Webinar {label} {area.pk}", survey_areas=[area], days_ahead=40)
        SchoolAnalysis.objects.create(school=school, round=2018, area=area, title=f"Analyse {label} {area.pk}")


def test_the_page_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    grue = Municipality.objects.get(slug="grue")
    school = _full_school(grue, orgnr="974000777")
    for _n in range(2):
        _full_school(grue)
    areas = list(SurveyArea.objects.order_by("pk"))
    _practice_and_analyses(school, areas[:2], "først")
    leader = SchoolMembershipFactory(school=school, role=SchoolRole.LEADER).user
    client.force_login(leader)
    url = "/kartlegging/skole/974000777/"
    client.get(url)  # warm the caches a first request fills (content types, site root paths)
    with django_assert_max_num_queries(25) as first:
        response = client.get(url)
    body = response.content.decode()
    # 3 rounds × 25 areas × whole school and 10 grades, every figure shown.
    assert body.count('<section class="survey-area"') == 25 and body.count("<svg") == 25
    assert body.count("3,50") > 25 * 3 * 3 and 'class="visually-hidden">For få svar' not in body

    # Twice as much of everything: schools with results, resources, networks, meetings, events, analyses, members.
    for _n in range(3):
        _full_school(grue)
    _practice_and_analyses(school, areas[2:6], "så")
    SchoolMembershipFactory(school=school, role=SchoolRole.TEACHER)
    with django_assert_max_num_queries(len(first.captured_queries)):
        response = client.get(url)
    body = response.content.decode()
    assert f"Forskning så {areas[5].pk}" in body and f"Analyse så {areas[5].pk}" in body
    assert f"Webinar så {areas[5].pk}" in body
