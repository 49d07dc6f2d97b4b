"""The network index, network and meeting pages, "Mine nettverk" and the front-end login."""

from datetime import timedelta

import pytest
from django.utils import timezone

from networks.factories import MeetingPageFactory, NetworkFactory, SchoolFactory, UserFactory
from networks.models import Municipality
from resources.models import GradeBand, Subject

pytestmark = pytest.mark.django_db


def _network(title, *, subjects=(), bands=(), municipality="hamar", **kwargs):
    school = SchoolFactory(name=f"Skole for {title}", municipality=Municipality.objects.get(slug=municipality))
    return NetworkFactory(
        title=title,
        subjects=Subject.objects.filter(slug__in=subjects),
        grade_bands=GradeBand.objects.filter(slug__in=bands),
        schools=[school],
        **kwargs,
    )


def _meeting(network, title, *, days):
    start = timezone.now() + timedelta(days=days)
    return MeetingPageFactory(parent=network, title=title, start=start, end=start + timedelta(hours=2))


@pytest.fixture
def networks():
    return {
        "maths": _network("Matematikk Sør-Østerdal", subjects=["matematikk"], bands=["5-7"], municipality="elverum"),
        "reading": _network("Lesing Hamarregionen", subjects=["norsk"], bands=["1-4"], municipality="hamar"),
        "leaders": _network("Ledelse Glåmdalen", subjects=["tverrfaglig"], bands=["8-10"], municipality="grue"),
    }


def titles(response) -> list[str]:
    html = response.content.decode()
    return [
        title for title in ("Matematikk Sør-Østerdal", "Lesing Hamarregionen", "Ledelse Glåmdalen") if title in html
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Matematikk Sør-Østerdal", "Lesing Hamarregionen", "Ledelse Glåmdalen"]),
        ("?fag=matematikk", ["Matematikk Sør-Østerdal"]),
        ("?fag=matematikk&fag=norsk", ["Matematikk Sør-Østerdal", "Lesing Hamarregionen"]),
        ("?trinnband=1-4", ["Lesing Hamarregionen"]),
        ("?fag=matematikk&trinnband=1-4", []),
        ("?kommune=grue", ["Ledelse Glåmdalen"]),
        ("?region=sor-osterdal", ["Matematikk Sør-Østerdal"]),
        ("?region=hamarregionen&kommune=grue", ["Lesing Hamarregionen", "Ledelse Glåmdalen"]),
    ],
)
def test_network_index_filters(client, networks, query, expected):
    response = client.get(f"/nettverk/{query}")
    assert response.status_code == 200
    assert titles(response) == expected or sorted(titles(response)) == sorted(expected)
    if not expected:
        assert "Ingen nettverk passer" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "?fag=klingon",
        "?kommune=<script>alert(1)</script>",
        "?region=%00",
        "?side=999",
        "?side=-1",
        "?side=abc",
        "?fag=" + "x" * 5000,
        "?trinnband[]=1-4",
    ],
)
def test_network_index_never_fails_on_odd_input(client, networks, query):
    response = client.get(f"/nettverk/{query}")
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_unknown_filter_values_are_explained(client, networks):
    response = client.get("/nettverk/?fag=klingon")
    assert "kjenner ikke verdien «klingon»" in response.content.decode()
    assert len(titles(response)) == 3


def test_network_index_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for n in range(3):
        _network(f"Nettverk {n}", subjects=["matematikk"], bands=["5-7"])
    with django_assert_max_num_queries(40) as few:
        client.get("/nettverk/?fag=matematikk")
    for n in range(3, 12):
        _network(f"Nettverk {n}", subjects=["matematikk"], bands=["5-7"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/nettverk/?fag=matematikk")
    assert response.content.decode().count('class="card card--nettverk"') == 12


def test_network_page_shows_its_public_face(client):
    leader = UserFactory(first_name="Geir", last_name="Gruppeleder")
    network = _network("Matematikk", subjects=["matematikk"], bands=["5-7"], leaders=[leader])
    soon = timezone.now() + timedelta(days=7)
    MeetingPageFactory(parent=network, title="Neste samling", start=soon, end=soon + timedelta(hours=2))
    past = timezone.now() - timedelta(days=30)
    MeetingPageFactory(parent=network, title="Forrige samling", start=past, end=past + timedelta(hours=2))
    MeetingPageFactory(parent=network, title="Utkast til samling", publish=False, live=False)

    html = client.get(network.url).content.decode()
    assert "Geir Gruppeleder" in html
    assert "Skole for Matematikk" in html
    upcoming, past_part = html.split("Tidligere samlinger")
    assert "Neste samling" in upcoming and "Forrige samling" in past_part
    assert "Utkast til samling" not in html
    assert "Logg inn for å se det" in html


def test_meeting_times_are_shown_in_norwegian_time(client):
    network = _network("Tid")
    from zoneinfo import ZoneInfo

    start = timezone.datetime(2027, 3, 2, 9, 0, tzinfo=ZoneInfo("Europe/Oslo"))  # 08:00 UTC in winter
    meeting = MeetingPageFactory(parent=network, start=start, end=start + timedelta(hours=6))
    html = client.get(meeting.url).content.decode()
    assert "tirsdag 2. mars 2027 kl. 09:00" in html
    assert "15:00" in html
    assert 'datetime="2027-03-02T09:00:00+01:00"' in html


# --- Mine nettverk --------------------------------------------------------------------------------


def test_my_networks_needs_a_login(client):
    response = client.get("/mine-nettverk/")
    assert response.status_code == 302
    assert response["Location"] == "/logg-inn/?next=/mine-nettverk/"


def test_my_networks_lists_the_users_networks_and_their_upcoming_meetings(client):
    teacher = UserFactory()
    mine = _network("Mitt nettverk", members=[teacher])
    led = _network("Nettverket jeg leder", leaders=[teacher])
    other = _network("Andres nettverk")
    _meeting(mine, "Om to uker", days=14)
    _meeting(led, "I morgen", days=1)
    _meeting(mine, "Var i fjor", days=-300)
    _meeting(other, "Ikke min samling", days=2)

    client.force_login(teacher)
    response = client.get("/mine-nettverk/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Mitt nettverk" in html and "Nettverket jeg leder" in html
    assert "Andres nettverk" not in html and "Ikke min samling" not in html and "Var i fjor" not in html
    assert html.index("I morgen") < html.index("Om to uker")
    assert html.count("Du er gruppeleder") == 1
    assert "no-store" in response["Cache-Control"]


def test_my_networks_without_networks(client):
    client.force_login(UserFactory())
    html = client.get("/mine-nettverk/").content.decode()
    assert "Du er ikke med i noe nettverk ennå" in html


def test_my_networks_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    teacher = UserFactory()
    client.force_login(teacher)
    for n in range(2):
        network = _network(f"Nettverk {n}", members=[teacher], subjects=["norsk"])
        MeetingPageFactory(parent=network)
    with django_assert_max_num_queries(40) as few:
        client.get("/mine-nettverk/")
    for n in range(2, 8):
        network = _network(f"Nettverk {n}", members=[teacher], subjects=["norsk"])
        MeetingPageFactory(parent=network)
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get("/mine-nettverk/").content.decode()
    assert html.count('class="card card--nettverk"') == 8


# --- Front-end login --------------------------------------------------------------------------------


def test_login_page_is_norwegian_and_logs_in_to_the_next_page(client):
    UserFactory(username="lise")
    page = client.get("/logg-inn/?next=/nettverk/").content.decode()
    assert 'lang="nb"' in page and "Brukernavn" in page and "Passord" in page
    response = client.post("/logg-inn/", {"username": "lise", "password": "passord-lise", "next": "/nettverk/"})
    assert response.status_code == 302 and response["Location"] == "/nettverk/"
    assert "Mine nettverk" in client.get("/nettverk/").content.decode()


def test_login_goes_to_my_networks_by_default_and_never_offsite(client):
    UserFactory(username="lise")
    response = client.post("/logg-inn/", {"username": "lise", "password": "passord-lise"})
    assert response["Location"] == "/mine-nettverk/"
    client.post("/logg-ut/")
    response = client.post(
        "/logg-inn/", {"username": "lise", "password": "passord-lise", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/mine-nettverk/"


@pytest.mark.parametrize(
    "data",
    [
        {"username": "lise", "password": "feil"},
        {"username": "", "password": ""},
        {"username": "x" * 10000, "password": "y"},
        {"username": "lise\x00", "password": "passord-lise"},
        {},
    ],
)
def test_failed_logins_get_a_clear_message(client, data):
    UserFactory(username="lise")
    response = client.post("/logg-inn/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html and "Brukernavnet eller passordet er feil" in html


def test_logout_is_a_post_and_ends_the_session(client):
    client.force_login(UserFactory())
    assert client.get("/logg-ut/").status_code == 405
    response = client.post("/logg-ut/")
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get("/mine-nettverk/").status_code == 302


def test_header_offers_login_or_my_networks(client):
    assert "Logg inn" in client.get("/nettverk/").content.decode()
    client.force_login(UserFactory())
    html = client.get("/nettverk/").content.decode()
    assert "Mine nettverk" in html and "Logg ut" in html


def test_an_administrator_adds_a_teacher_to_a_network_in_the_admin(client, django_user_model):
    network = _network("Naturfag")
    teacher = UserFactory(username="lise", first_name="Lise", last_name="Lærer", email="lise@example.no")
    admin = django_user_model.objects.create_superuser("admin", "admin@example.no", "x")
    client.force_login(admin)
    from django.urls import reverse

    edit_url = reverse("wagtailusers_users:edit", args=[teacher.pk])
    form = client.get(edit_url).content.decode()
    assert network.members_group.name in form
    response = client.post(
        edit_url,
        {
            "username": "lise",
            "email": "lise@example.no",
            "first_name": "Lise",
            "last_name": "Lærer",
            "is_active": "on",
            "groups": [network.members_group.pk],
            "password1": "",
            "password2": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    client.force_login(teacher)
    assert "Naturfag" in client.get("/mine-nettverk/").content.decode()


def test_robots_keep_crawlers_out_of_personal_pages(client):
    robots = client.get("/robots.txt").content.decode()
    for path in ["/mine-nettverk/", "/logg-inn/", "/arrangementer/avmelding/", "/admin/"]:
        assert f"Disallow: {path}" in robots
