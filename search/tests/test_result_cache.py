"""The search result cache (search/result_cache.py): a query asked again is answered from the
shared cache, every change to content is seen at once, every search is still counted, and
nothing about who asked is kept."""

from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import PageViewRestriction

from networks.factories import UserFactory
from resources.factories import LessonPlanPageFactory

pytestmark = pytest.mark.django_db
# Every faceted search, on either database, reads the search documents (search/backends/common.py).
SEARCHED = "portal_search_searchdocument"


@pytest.fixture(autouse=True)
def result_cache_on(settings):
    settings.SEARCH_RESULT_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def lessons(resource_index):
    return [
        LessonPlanPageFactory(parent=resource_index, title=f"Brøk med pizzamodeller {n}", publish=True)
        for n in range(15)
    ]


def search(client, **params):
    response = client.get("/sok/", params)
    assert response.status_code == 200
    return response, response.content.decode()


def hits_today(query):
    return sum(Query.get(query).daily_hits.values_list("hits", flat=True))


def test_asked_again_the_search_is_not_run_again_and_the_page_is_the_same(
    client, lessons, django_assert_max_num_queries
):
    first, body = search(client, q="brøk")
    with django_assert_max_num_queries(8) as second_run:
        second, again = search(client, q="brøk")
    assert again == body
    assert not any(SEARCHED in q["sql"] for q in second_run.captured_queries)
    assert "15 treff" in body and second["Cache-Control"] == first["Cache-Control"]
    assert "no-store" in second["Cache-Control"] or "max-age=0" in second["Cache-Control"]
    assert hits_today("brøk") == 2  # both searches counted for the editors' reports


def test_page_two_and_filters_are_kept_apart_and_links_keep_the_query(client, lessons):
    _, first = search(client, q="brøk")
    _, second = search(client, q="brøk", side="2")
    assert first != second
    assert "?q=br%C3%B8k&amp;side=1" in second  # the page links are the query's, not made up
    _, filtered = search(client, q="brøk", type="forskning")
    assert "0 treff" in filtered or "Vi fant" in filtered


def test_publishing_unpublishing_and_making_private_are_seen_at_once(client, lessons, resource_index):
    search(client, q="pizzamodeller")
    new = LessonPlanPageFactory(parent=resource_index, title="Pizzamodeller i praksis", publish=True)
    _, body = search(client, q="pizzamodeller")
    assert "Pizzamodeller i praksis" in body and "16 treff" in body
    new.unpublish()
    _, body = search(client, q="pizzamodeller")
    assert "Pizzamodeller i praksis" not in body and "15 treff" in body
    PageViewRestriction.objects.create(page=lessons[0], restriction_type=PageViewRestriction.LOGIN)
    _, body = search(client, q="pizzamodeller")
    assert "14 treff" in body and f">{lessons[0].title}<" not in body


def test_nothing_about_who_asked_is_kept(client, lessons):
    member = UserFactory(username="kari", first_name="Kari", last_name="Hansen")
    client.force_login(member)
    _, members_page = search(client, q="brøk")
    assert "Mine nettverk" in members_page and "csrfmiddlewaretoken" in members_page  # a member's header …
    client.logout()
    _, anonymous_page = search(client, q="brøk")
    assert "Logg inn" in anonymous_page  # … is never kept with the results
    assert "Mine nettverk" not in anonymous_page and "csrfmiddlewaretoken" not in anonymous_page


def test_a_cache_that_does_not_answer_means_the_search_is_just_run(client, lessons):
    down = mock.Mock(**{"get.side_effect": ConnectionError, "set.side_effect": ConnectionError})
    with mock.patch("search.result_cache.cache", down):
        _, body = search(client, q="brøk")
    assert down.get.called
    assert "15 treff" in body


def test_off_when_the_setting_is_zero(client, lessons, settings):
    settings.SEARCH_RESULT_CACHE_SECONDS = 0
    search(client, q="brøk")
    with CaptureQueriesContext(connection) as again:
        search(client, q="brøk")
    assert any(SEARCHED in q["sql"] for q in again.captured_queries)  # the search ran again
