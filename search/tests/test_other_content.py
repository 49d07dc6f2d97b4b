"""Networks, meetings, events and news are found beside the resources; nothing private is."""

from datetime import timedelta

import pytest
from django.utils import timezone

from events.factories import EventPageFactory
from networks.factories import MeetingPageFactory, NetworkFactory, NetworkMaterialPageFactory, UserFactory
from news.factories import NewsPageFactory
from resources.factories import LessonPlanPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(resource_index):
    network = NetworkFactory(title="Geometrinettverket i Tynset", summary="Lærere utforsker geometri sammen.")
    start = timezone.now() + timedelta(days=10)
    meeting = MeetingPageFactory(
        parent=network,
        title="Samling om symmetri",
        start=start,
        end=start + timedelta(hours=3),
        agenda=[
            {"type": "item", "value": {"time": None, "title": "Speiling i kunst", "description": "", "responsible": ""}}
        ],
        material=[{"type": "paragraph", "value": "<p>Hemmeligordet zygomorf</p>"}],
        before_next="<p>Lekse: kvadratrotfest</p>",
    )
    NetworkMaterialPageFactory(parent=network, title="Intern geometriplan", summary="Bare for medlemmer.")
    MeetingPageFactory(parent=network, title="Utkast om geometri", publish=False, live=False)
    EventPageFactory(title="Seminar om geometri og symmetri")
    NewsPageFactory(title="Geometri i fokus i høst")
    LessonPlanPageFactory(title="Symmetri med speil", summary="Elevene bruker speil for å finne symmetri.")
    return {"network": network, "meeting": meeting}


def other_titles(client, query, **params):
    data = client.get("/api/search/", {"q": query, **params}).json()
    return [hit["title"] for hit in data["other_results"]], data


def test_networks_events_and_news_are_found_beside_resources(client, content):
    titles, data = other_titles(client, "geometri")
    assert set(titles) == {"Geometrinettverket i Tynset", "Seminar om geometri og symmetri", "Geometri i fokus i høst"}
    titles, data = other_titles(client, "symmetri")
    assert "Samling om symmetri" in titles and "Seminar om geometri og symmetri" in titles
    assert [hit["title"] for hit in data["results"]] == ["Symmetri med speil"]  # resources stay apart


def test_a_meetings_public_agenda_is_searchable(client, content):
    assert other_titles(client, "speiling")[0] == ["Samling om symmetri"]


@pytest.mark.parametrize("word", ["zygomorf", "kvadratrotfest", "geometriplan", "utkast"])
def test_members_material_drafts_and_private_pages_are_never_found(client, content, word):
    assert other_titles(client, word)[0] == []
    html = client.get("/sok/", {"q": word}).content.decode()
    assert "Intern geometriplan" not in html and "Utkast om geometri" not in html


def test_not_even_for_a_member(client, content):
    member = UserFactory()
    content["network"].members_group.user_set.add(member)
    client.force_login(member)
    assert other_titles(client, "geometriplan")[0] == []


def test_the_result_page_lists_them_and_hides_them_when_filtering(client, content):
    html = client.get("/sok/", {"q": "geometri"}).content.decode()
    assert "Nettverk, arrangementer og nyheter" in html and "Geometrinettverket i Tynset" in html
    assert "Vi fant ingen undervisningsopplegg, læremidler eller forskning" in html
    filtered = client.get("/sok/", {"q": "geometri", "fag": "matematikk"}).content.decode()
    assert "Geometrinettverket i Tynset" not in filtered


def test_other_hits_cost_a_bounded_number_of_queries(client, content, django_assert_max_num_queries):
    for n in range(6):
        NewsPageFactory(title=f"Geometri nummer {n}")
    with django_assert_max_num_queries(40):
        titles, _data = other_titles(client, "geometri")
    assert len(titles) == 5
