"""The team page: a school leader adds and removes the school's teachers – nobody else may."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from networks.models import Municipality
from portal import roles
from surveys.factories import SchoolMembershipFactory, SurveySchoolFactory, UserFactory
from surveys.models import SchoolMembership, SchoolOwner, SchoolRole

pytestmark = pytest.mark.django_db


@pytest.fixture
def school():
    return SurveySchoolFactory(name="Flisa skole", municipality=Municipality.objects.get(slug="asnes"))


@pytest.fixture
def team(school):
    other = SurveySchoolFactory(name="Hof skole", municipality=school.municipality)
    return {
        "leader": SchoolMembershipFactory(
            school=school,
            role=SchoolRole.LEADER,
            user=UserFactory(username="leder", first_name="Lene", last_name="Leder"),
        ),
        "co_leader": SchoolMembershipFactory(
            school=school, role=SchoolRole.LEADER, user=UserFactory(username="leder2")
        ),
        "teacher": SchoolMembershipFactory(
            school=school, user=UserFactory(username="tove", first_name="Tove", last_name="Lærer")
        ),
        "elsewhere": SchoolMembershipFactory(school=other, user=UserFactory(username="hof-laerer")),
        "other": other,
    }


def url(school):
    return reverse("surveys:team", args=[school.orgnr])


def logged_in(client, membership):
    client.force_login(membership.user if hasattr(membership, "user") else membership)
    return client


def test_the_leader_sees_the_members(client, school, team):
    html = logged_in(client, team["leader"]).get(url(school)).content.decode()
    assert "Tove Lærer" in html and "Lene Leder" in html and "hof-laerer" not in html
    # Only teachers other than oneself have a remove link.
    assert f"?fjern={team['teacher'].pk}" in html
    assert f"?fjern={team['leader'].pk}" not in html and f"?fjern={team['co_leader'].pk}" not in html


def test_adding_a_teacher_by_username_or_email(client, school, team):
    new = UserFactory(username="Nina", email="Nina.Ny@Example.no")
    also = UserFactory(username="ola", email="ola@example.no")
    client = logged_in(client, team["leader"])
    response = client.post(url(school), {"handling": "legg-til", "user": "  nina "})
    assert response.status_code == 302
    added = SchoolMembership.objects.get(school=school, user=new)
    assert added.role == SchoolRole.TEACHER and added.added_by == team["leader"].user
    assert "er lagt til som lærer" in client.get(url(school)).content.decode()
    client.post(url(school), {"handling": "legg-til", "user": "OLA@example.NO"})
    assert SchoolMembership.objects.filter(school=school, user=also, role=SchoolRole.TEACHER).exists()
    # A teacher at another school may also work here.
    client.post(url(school), {"handling": "legg-til", "user": "hof-laerer"})
    assert SchoolMembership.objects.filter(user=team["elsewhere"].user).count() == 2


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("finnes-ikke", "Fant ingen bruker med brukernavnet eller e-postadressen «finnes-ikke»"),
        ("ingen@example.no", "Fant ingen bruker"),
        ("sovende", "Fant ingen bruker"),  # inactive
        ("tove", "er allerede med på Flisa skole (lærer)"),
        ("leder2", "er allerede med på Flisa skole (skoleleder)"),
        ("delt@example.no", "Flere brukere har e-postadressen"),
        ("", "Skriv brukernavnet eller e-postadressen til læreren."),
        ("x" * 300, "Sørg for at denne verdien har 254 eller færre tegn"),
        ("\u202e\u200b", "Skriv brukernavnet eller e-postadressen til læreren."),
    ],
)
def test_adding_refused_with_a_clear_message(client, school, team, value, message):
    UserFactory(username="sovende", is_active=False)
    UserFactory(username="a", email="delt@example.no")
    UserFactory(username="b", email="delt@example.no")
    before = SchoolMembership.objects.count()
    response = logged_in(client, team["leader"]).post(url(school), {"handling": "legg-til", "user": value})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert SchoolMembership.objects.count() == before


def test_removing_asks_first_and_then_removes(client, school, team):
    client = logged_in(client, team["leader"])
    teacher = team["teacher"]
    html = client.get(url(school), {"fjern": teacher.pk}).content.decode()
    assert "Fjerne læreren?" in html and "Ja, fjern læreren" in html
    assert SchoolMembership.objects.filter(pk=teacher.pk).exists()  # a GET only asks
    response = client.post(url(school), {"handling": "fjern", "medlem": teacher.pk})
    assert response.status_code == 302
    assert not SchoolMembership.objects.filter(pk=teacher.pk).exists()
    assert "Tove Lærer (tove) er fjernet fra skolen." in client.get(url(school)).content.decode()


@pytest.mark.parametrize("who", ["leader", "co_leader", "elsewhere", "junk", "missing", "digits"])
def test_what_a_leader_cannot_remove(client, school, team, who):
    ids = {"junk": "1 OR 1=1", "missing": "987654", "digits": "²"}
    target = ids.get(who) or team[who].pk
    client = logged_in(client, team["leader"])
    before = SchoolMembership.objects.count()
    html = client.get(url(school), {"fjern": target}).content.decode()
    assert "Ja, fjern læreren" not in html
    client.post(url(school), {"handling": "fjern", "medlem": target})
    assert SchoolMembership.objects.count() == before
    html = client.get(url(school)).content.decode()
    expected = {
        "leader": "Du kan ikke fjerne deg selv.",
        "co_leader": "Skoleledere fjernes av en administrator",
    }.get(who, "Fant ikke læreren på skolen.")
    assert expected in html


def test_who_reaches_the_team_page(client, school, team):
    owner = UserFactory()
    SchoolOwner.objects.create(user=owner, municipality=school.municipality)
    staff = UserFactory()
    staff.groups.add(Group.objects.get(name=roles.STAFF))
    other_leader = SchoolMembershipFactory(school=team["other"], role=SchoolRole.LEADER).user

    response = client.get(url(school))
    assert response.status_code == 302 and response.url.startswith("/logg-inn/")
    for user, status in [(team["teacher"].user, 403), (owner, 403), (staff, 403), (other_leader, 404)]:
        client.force_login(user)
        assert client.get(url(school)).status_code == status
        response = client.post(url(school), {"handling": "legg-til", "user": "hof-laerer"})
        assert response.status_code == status
        response = client.post(url(school), {"handling": "fjern", "medlem": team["teacher"].pk})
        assert response.status_code == status
    assert SchoolMembership.objects.filter(pk=team["teacher"].pk).exists()
    assert not SchoolMembership.objects.filter(school=school, user=team["elsewhere"].user).exists()
    # An administrator may.
    admin = UserFactory(is_superuser=True)
    client.force_login(admin)
    assert client.get(url(school)).status_code == 200
    for path in ["/kartlegging/skole/abc/laerere/", "/kartlegging/skole/000000000/laerere/"]:
        assert client.get(path).status_code == 404


def test_junk_posts_and_csrf(school, team):
    client = Client(enforce_csrf_checks=True)
    client.force_login(team["leader"].user)
    assert client.post(url(school), {"handling": "fjern", "medlem": team["teacher"].pk}).status_code == 403
    assert SchoolMembership.objects.filter(pk=team["teacher"].pk).exists()
    client = Client()
    client.force_login(team["leader"].user)
    response = client.post(url(school), {"handling": "noe-annet"})
    assert response.status_code == 302
    assert "Skjemaet kunne ikke leses" in client.get(url(school)).content.decode()
    assert client.get(url(school), {"fjern": "x" * 5000}).status_code == 200
    assert client.put(url(school)).status_code == 405
