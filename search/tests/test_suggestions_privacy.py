"""«Forslag til søk» on a search that found nothing, and the search API's rate limit.

Public suggestions must never echo anyone's free text: they are editors' terms, or queries
many distinct anonymous visitors asked that still find public resources. Searches from
logged-in sessions never feed them. See search/suggestions.py.
"""

import re
from datetime import timedelta
from html import unescape
from urllib.parse import unquote_plus

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import PageViewRestriction

from resources.factories import LearningMaterialPageFactory
from resources.models import Grade, Subject
from search import spelling
from search.demo import DEMO_SUGGESTED_SEARCHES, build_search_demo
from search.engines import get_engine
from search.models import AnonymousSearch, SuggestedSearch
from search.services import anonymous_search_record, purge_anonymous_searches
from search.suggestions import public_term, visitor_digest

pytestmark = pytest.mark.django_db

SEARCH = "/sok/"
API = "/api/search/"
SUGGEST = "/api/search/suggest/"
NOTHING = "xyzzyqq"  # a query that finds nothing: the page with suggestions


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate-limit counts, the «Mente du» vocabulary and the daily purge flag live in the cache.
    cache.clear()
    spelling._local.clear()
    get_engine.cache_clear()
    yield
    cache.clear()
    spelling._local.clear()


def material(title, summary="Kort omtale."):
    return LearningMaterialPageFactory(
        title=title,
        summary=summary,
        subjects=list(Subject.objects.filter(slug="matematikk")),
        grades=list(Grade.objects.filter(number=5)),
    )


def address(n: int) -> str:
    return f"198.51.{n // 250}.{n % 250 + 1}"


def search_from(client, q: str, *, visitors: int = 1, times: int = 1, first: int = 0):
    """`q` asked `times` times from each of `visitors` addresses (plain /sok/?q=…)."""
    response = None
    for n in range(first, first + visitors):
        for _ in range(times):
            response = client.get(SEARCH, {"q": q}, REMOTE_ADDR=address(n))
            assert response.status_code == 200
    return response


SEARCH_LINK = re.compile(r'<a href="/sok/\?q=([^"]*)">([^<]*)</a>')


def shown(client=None) -> list[str]:
    """The searches an anonymous visitor is offered on a page that found nothing, as the page
    links them (whatever the list is called)."""
    response = (client or Client()).get(SEARCH, {"q": NOTHING}, REMOTE_ADDR="203.0.113.99")
    assert response.status_code == 200
    assert response.context["search"].total == 0
    links = SEARCH_LINK.findall(response.content.decode())
    terms = [unescape(text) for _, text in links]
    assert [unquote_plus(unescape(href)) for href, _ in links] == terms
    return terms


# ------------------------------------------------------------------ logged-in sessions


def test_a_members_searches_never_reach_the_public_list(client):
    material("Brøk med pizza")
    restrict = material("Hemmelig samling om brøk")
    PageViewRestriction.objects.create(page=restrict, restriction_type=PageViewRestriction.LOGIN)
    member = User.objects.create_user("medlem", password="x")
    client.force_login(member)

    # A members-only title (found in public content through "brøk"), and a query that
    # finds a public resource with all its words – from 50 addresses, even.
    found = search_from(client, "Hemmelig samling om brøk", visitors=50)
    assert found.context["search"].total > 0
    search_from(client, "brøk med pizza", visitors=50)

    assert shown() == []
    body = Client().get(SEARCH, {"q": NOTHING}).content.decode()
    assert "hemmelig" not in body.lower()
    assert "pizza" not in body
    assert AnonymousSearch.objects.count() == 0  # nothing that feeds public suggestions is written

    # Editors' admin-only reports still count them (the query and a count, nothing about who).
    assert Query.objects.get(query_string="hemmelig samling om brøk").hits == 50


# ------------------------------------------------------------------ distinct visitors


def test_one_address_repeating_a_query_is_one_visitor(client, settings):
    settings.SEARCH_SUGGESTION_MIN_VISITORS = 10
    material("Lesing i praksis")
    material("Ring oss", summary="Telefon 91234567 om lesing.")

    search_from(client, "lesing", times=25)
    phone = search_from(client, "ring 912 34 567 om lesing", times=25)
    assert phone.context["search"].total > 0  # it finds something (on "lesing")

    assert shown() == []
    assert AnonymousSearch.objects.filter(query_string="lesing").count() == 1


def test_phone_numbers_are_never_shown_however_many_ask(client, settings):
    settings.SEARCH_SUGGESTION_MIN_VISITORS = 3
    material("Ring oss", summary="Telefon 91234567, e-post post@example.no.")
    for q in ("91234567", "telefon 91234567", "post@example.no"):
        response = search_from(client, q, visitors=5)
        assert response.context["search"].total > 0, q
        # Found with every word (PostgreSQL's parser keeps an e-mail address as one token, so
        # only the numbers are checked for that on both databases).
        assert response.context["search"].all_words_matched or "@" in q, q
    assert shown() == []
    assert AnonymousSearch.objects.count() == 0  # never stored either


def test_a_query_many_distinct_visitors_ask_is_shown(client, settings):
    settings.SEARCH_SUGGESTION_MIN_VISITORS = 10
    material("Lesing i praksis")

    search_from(client, "Lesing", visitors=9)
    assert shown() == []
    search_from(client, "lesing", visitors=1, first=9)
    assert shown() == ["lesing"]

    settings.SEARCH_SUGGESTION_MIN_VISITORS = 11
    assert shown() == []


def test_the_threshold_counts_within_the_window(client, settings):
    settings.SEARCH_SUGGESTION_MIN_VISITORS = 3
    settings.SEARCH_SUGGESTION_DAYS = 30
    page = material("Lesing i praksis")
    old = timezone.localdate() - timedelta(days=31)
    AnonymousSearch.objects.bulk_create(
        [AnonymousSearch(query_string="lesing", date=old, found_page=page) for _ in range(5)]
    )
    assert shown() == []
    search_from(client, "lesing", visitors=3)
    assert shown() == ["lesing"]


# ------------------------------------------------------------------ public results


def test_a_query_with_no_public_results_is_not_shown(client, settings):
    settings.SEARCH_SUGGESTION_MIN_VISITORS = 3
    reading = material("Lesing i praksis")
    chess = material("Sjakk i timen")

    search_from(client, "sjakkmatt", visitors=5)  # finds nothing
    search_from(client, "lesing origami", visitors=5)  # only "lesing" is found: not all its words
    search_from(client, "lesing", visitors=5)
    search_from(client, "sjakk", visitors=5)
    assert shown() == ["lesing", "sjakk"]

    # What it found is no longer public: members-only now, or unpublished.
    PageViewRestriction.objects.create(page=reading, restriction_type=PageViewRestriction.LOGIN)
    chess.unpublish()
    assert shown() == []


# ------------------------------------------------------------------ editors' terms


def test_editors_terms_come_first(client, settings):
    settings.SEARCH_SUGGESTION_MIN_VISITORS = 3
    material("Lesing i praksis")
    material("Brøk med pizza")
    SuggestedSearch.objects.create(term="motivasjon", sort_order=2)
    SuggestedSearch.objects.create(term="Klasseledelse", sort_order=1)
    SuggestedSearch.objects.create(term="brøk", sort_order=3)
    search_from(client, "lesing", visitors=3)
    search_from(client, "brøk", visitors=3)

    assert shown() == ["Klasseledelse", "motivasjon", "brøk", "lesing"]  # "brøk" once
    body = Client().get(SEARCH, {"q": NOTHING}).content.decode()
    assert body.index("?q=Klasseledelse") < body.index("?q=motivasjon") < body.index("?q=lesing")


def test_at_most_eight_are_shown():
    for n in range(12):
        SuggestedSearch.objects.create(term=f"forslag {chr(ord('a') + n)}", sort_order=n)
    assert shown() == [f"forslag {chr(ord('a') + n)}" for n in range(8)]


def test_the_demo_loads_its_suggested_searches_once():
    assert build_search_demo()["suggested_searches_created"] == len(DEMO_SUGGESTED_SEARCHES)
    assert build_search_demo()["suggested_searches_created"] == 0
    assert shown() == DEMO_SUGGESTED_SEARCHES[:8]


# ------------------------------------------------------------------ query budget


def test_the_zero_hit_page_runs_a_fixed_number_of_queries(client, settings, django_assert_max_num_queries):
    settings.SEARCH_SUGGESTION_MIN_VISITORS = 2
    terms = ["lesing", "brøk", "sjakk", "origami", "tallinje", "klasseledelse"]
    pages = {term: material(f"{term.capitalize()} i praksis") for term in terms}

    def count_visitors(term):
        for n in range(2):
            anonymous_search_record(query_string=term, address=address(n), found_page_id=pages[term].pk)

    SuggestedSearch.objects.create(term="motivasjon", sort_order=1)
    count_visitors("lesing")
    visitor = Client()
    visitor.get(SEARCH, {"q": NOTHING})  # warm-up: the vocabulary, content types, the query log row
    with CaptureQueriesContext(connection) as captured:
        few = visitor.get(SEARCH, {"q": NOTHING})
    assert few.context["suggested_searches"] == ["motivasjon", "lesing"]

    for n, term in enumerate(["vurdering", "læringsmiljø"], start=2):
        SuggestedSearch.objects.create(term=term, sort_order=n)
    for term in terms[1:]:
        count_visitors(term)
    with django_assert_max_num_queries(len(captured.captured_queries)):
        many = visitor.get(SEARCH, {"q": NOTHING})
    assert len(many.context["suggested_searches"]) == 8


# ------------------------------------------------------------------ data protection


def test_no_address_is_stored_and_visitors_cannot_be_linked(client, settings):
    settings.SEARCH_SUGGESTION_MIN_VISITORS = 3
    material("Lesing i praksis")
    material("Brøk med pizza")
    client.get(SEARCH, {"q": "lesing"}, REMOTE_ADDR="192.0.2.77")
    client.get(SEARCH, {"q": "brøk"}, REMOTE_ADDR="192.0.2.77")

    fields = {f.name for f in AnonymousSearch._meta.get_fields()}
    assert fields == {"id", "query_string", "date", "visitor", "found_page"}
    rows = list(AnonymousSearch.objects.values("query_string", "visitor"))
    assert len(rows) == 2
    assert all("192.0.2.77" not in str(row) for row in rows)
    assert rows[0]["visitor"] != rows[1]["visitor"]  # the same visitor, not linkable across queries

    today = timezone.localdate()
    same = visitor_digest(address="192.0.2.77", term="lesing", day=today)
    assert same == visitor_digest(address="192.0.2.77", term="lesing", day=today)
    assert same != visitor_digest(address="192.0.2.77", term="lesing", day=today - timedelta(days=1))
    assert same != visitor_digest(address="192.0.2.78", term="lesing", day=today)


def test_hashes_are_erased_after_the_day_and_old_rows_deleted(settings):
    settings.SEARCH_SUGGESTION_DAYS = 30
    page = material("Lesing i praksis")
    today = timezone.localdate()
    for age in (0, 1, 30, 31, 200):
        AnonymousSearch.objects.create(
            query_string="lesing", date=today - timedelta(days=age), visitor=f"v{age}", found_page=page
        )

    # The first anonymous search of a day purges; no cron job needed.
    anonymous_search_record(query_string="brøk", address="192.0.2.1", found_page_id=page.pk)
    left = dict(AnonymousSearch.objects.filter(query_string="lesing").values_list("date", "visitor"))
    assert left == {today: "v0", today - timedelta(days=1): None, today - timedelta(days=30): None}
    assert purge_anonymous_searches(today=today) == (0, 0)


@pytest.mark.parametrize(
    ("query", "term"),
    [
        ("Vurdering  for Læring", "vurdering for læring"),
        ("1-4 trinn", "1-4 trinn"),
        ("Árbeid sámegillii", "árbeid sámegillii"),
        ("91234567", None),
        ("+47 912 34 567", None),
        ("912 34 567", None),
        ("ola@example.no", None),
        ("https://example.no", None),
        ("www.example.no", None),
        ("a", None),
        ("ett to tre fire fem", None),
        ("x" * 41, None),
        ("brøk <script>", None),
        ("кириллица", None),
        ("", None),
    ],
)
def test_what_may_be_shown(query, term):
    assert public_term(query) == term


# ------------------------------------------------------------------ rate limit


@pytest.mark.parametrize("path", [API, SUGGEST])
def test_the_search_api_is_rate_limited_per_address(client, settings, path):
    settings.SEARCH_API_RATE_LIMIT = "5/h"  # an hour: the window cannot roll over mid-test
    material("Brøk med pizza")
    for _ in range(5):
        assert client.get(path, {"q": "brøk"}, REMOTE_ADDR="192.0.2.10").status_code == 200

    refused = client.get(path, {"q": "brøk"}, REMOTE_ADDR="192.0.2.10")
    assert refused.status_code == 429
    assert refused["Content-Type"] == "application/json"
    assert "For mange forespørsler" in refused.json()["error"]
    assert 1 <= int(refused["Retry-After"]) <= 3600
    assert "no-store" in refused["Cache-Control"]

    assert client.get(path, {"q": "brøk"}, REMOTE_ADDR="192.0.2.11").status_code == 200  # another address
    assert client.get(SEARCH, {"q": "brøk"}, REMOTE_ADDR="192.0.2.10").status_code == 200  # the page is not limited


def test_the_default_rate_is_120_a_minute(client, monkeypatch):
    import django_ratelimit.core

    now = django_ratelimit.core.time.time()
    # One fixed moment for the rate limit's window, so that a minute cannot roll over mid-test.
    monkeypatch.setattr(django_ratelimit.core, "time", type("FrozenTime", (), {"time": staticmethod(lambda: now)}))
    for _ in range(120):
        assert client.get(SUGGEST, {"q": "b"}, REMOTE_ADDR="192.0.2.12").status_code == 200
    assert client.get(SUGGEST, {"q": "b"}, REMOTE_ADDR="192.0.2.12").status_code == 429
