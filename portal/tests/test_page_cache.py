"""The page cache (portal/page_cache.py): anonymous pages are served whole from the shared cache,
forgotten when anything they show changes, and nothing personal is ever stored or served."""

import pytest
from django.core.cache import cache

from events.factories import EventPageFactory
from networks.factories import MeetingPageFactory, NetworkFactory, UserFactory
from resources.factories import LessonPlanPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def lesson(resource_index):
    return LessonPlanPageFactory(parent=resource_index, title="Brøk med pizzamodeller", publish=True)


def get(client, url, **extra):
    response = client.get(url, **extra)
    return response, response.content.decode()


def test_an_anonymous_page_is_served_from_the_cache_the_second_time(client, lesson, django_assert_num_queries):
    first, body = get(client, lesson.url)
    assert first.status_code == 200 and first["X-Cache"] == "MISS"
    with django_assert_num_queries(0):
        second, again = get(client, lesson.url)
    assert second["X-Cache"] == "HIT"
    assert again == body


def test_publishing_a_change_forgets_the_stored_pages(client, lesson, resource_index):
    get(client, lesson.url)
    get(client, resource_index.url)
    lesson.title = "Brøk med pannekaker"
    lesson.save_revision().publish()
    response, body = get(client, lesson.url)
    assert response["X-Cache"] == "MISS"
    assert "Brøk med pannekaker" in body
    listing, body = get(client, resource_index.url)
    assert listing["X-Cache"] == "MISS" and "Brøk med pannekaker" in body


def test_unpublishing_makes_the_page_404_at_once(client, lesson):
    get(client, lesson.url)
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404


def test_listing_filters_are_cached_apart_and_made_up_parameters_are_not_cached(client, lesson, resource_index):
    get(client, resource_index.url + "?fag=matematikk")
    assert client.get(resource_index.url + "?fag=matematikk")["X-Cache"] == "HIT"
    assert client.get(resource_index.url + "?fag=norsk")["X-Cache"] == "MISS"
    for _ in range(2):
        response = client.get(resource_index.url + "?tull=1")
        assert response.status_code == 200 and "X-Cache" not in response


def test_search_with_a_query_is_never_cached(client, lesson):
    for _ in range(2):
        response = client.get("/sok/", {"q": "brøk"})
        assert response.status_code == 200 and "X-Cache" not in response


def test_a_members_page_never_reaches_an_anonymous_visitor_and_the_reverse(client, home):
    member = UserFactory(username="medlem")
    network = NetworkFactory(title="Lesenettverket", members=[member])
    meeting = MeetingPageFactory(parent=network, title="Vårsamling", before_next="<p>Hemmelig lekse Gnurpelfisk</p>")
    client.force_login(member)
    for _ in range(2):
        response, body = get(client, meeting.url)
        assert "Gnurpelfisk" in body and "X-Cache" not in response
    client.logout()
    response, body = get(client, meeting.url)
    assert "Gnurpelfisk" not in body
    response, body = get(client, meeting.url)
    assert response["X-Cache"] == "HIT" and "Gnurpelfisk" not in body
    client.force_login(member)
    response, body = get(client, meeting.url)
    assert "Gnurpelfisk" in body and "X-Cache" not in response


def test_a_page_with_a_form_is_not_cached(client, home):
    """A form's CSRF token belongs to one visitor: the event page with its registration form is rendered afresh."""
    event = EventPageFactory(title="Vurderingskonferansen", capacity=50)
    for _ in range(2):
        response = client.get(event.url)
        assert response.status_code == 200 and "X-Cache" not in response


def test_a_registration_changes_what_the_listing_shows(client, home):
    event = EventPageFactory(title="Lesekonferansen", capacity=50)
    index = event.get_parent()
    get(client, index.url)
    assert client.get(index.url)["X-Cache"] == "HIT"
    from events.models import Registration

    Registration.objects.create(event=event, name="Kari", email="kari@example.no", role="laerer")
    assert client.get(index.url)["X-Cache"] == "MISS"


def test_the_admin_and_documents_are_never_cached(client, home):
    for url in ("/admin/login/", "/logg-inn/"):
        for _ in range(2):
            assert "X-Cache" not in client.get(url)


def test_off_when_the_setting_is_zero(client, lesson, settings):
    settings.PORTAL_PAGE_CACHE_SECONDS = 0
    for _ in range(2):
        assert "X-Cache" not in client.get(lesson.url)


def test_searching_does_not_forget_the_stored_pages(client, lesson):
    """Every search writes its hit counts: that must not empty the cache of everything else."""
    get(client, lesson.url)
    for query in ("brøk", "pizza", "lesing"):
        assert client.get("/sok/", {"q": query}).status_code == 200
    assert client.get(lesson.url)["X-Cache"] == "HIT"
