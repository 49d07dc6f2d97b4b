"""Whatever is typed or put in the URL, search answers 200 with a sensible page, never an error.

Nasty queries, operators of every full-text syntax (FTS5, tsquery, Lucene), control
characters, huge and repeated parameters, on the search page and the JSON API; then
random text from Hypothesis through the test client.
"""

import json
from urllib.parse import quote

import pytest
from django.db import transaction
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resources.factories import LearningMaterialPageFactory
from resources.models import Grade, Subject
from search.engines import get_engine
from search.norwegian import MAX_QUERY_LENGTH, clean_query

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_rate_limit():
    # Hundreds of requests from one test client: this is about input, not request rates
    # (the API's rate limit is tested in test_suggestions_privacy.py).
    with override_settings(RATELIMIT_ENABLE=False):
        yield


SEARCH = "/sok/"
API = "/api/search/"
SUGGEST = "/api/search/suggest/"

NASTY_QUERIES = {
    "quote": '"',
    "unbalanced quote": 'lese"',
    "operators": "AND OR NOT * ^ : ( )",
    "near": "NEAR(a b)",
    "near distance": '"a" NEAR/2 "b"',
    "fts5 column filter": "title:lese {title body}:lese",
    "fts5 prefix and initial token": "lese* ^lese",
    "tsquery syntax": "lese & skrive | !brøk <-> (x:*)",
    "tsquery weights": "'lese':*AB & 'x'",
    "lucene syntax": "lese~2 title:brøk^3 +must -not [a TO z] {a TO z} /re.*x/ \\",
    "only punctuation": "!?.,;:-–—…«»“”‘’()[]{}<>/\\|@#$%^&*+=~`",
    "only operators": "AND OR NOT NEAR",
    "emoji": "😀🎉👩‍🏫🇳🇴",
    "emoji and words": "brøk 😀 pizza🍕",
    "sql": "'; DROP TABLE wagtailcore_page; --",
    "sql or": "1' OR '1'='1",
    "sql comment": "lese/**/UNION/**/SELECT/**/password/**/FROM/**/auth_user",
    "percent": "%",
    "underscore": "_",
    "like wildcards": "%_%lese%",
    "backslash": "\\",
    "backslashes": "\\\\\\lese\\",
    "null byte": "lese\x00skrive",
    "only null bytes": "\x00\x00\x00",
    "escape sequence": "\x1b[31mrød\x1b[0m",
    "right to left override": "\u202eesel\u202c",
    "zero width": "le\u200bse",
    "line breaks": "lese\r\nskrive\n\n",
    "html": "<script>alert('x')</script><b>lese</b>",
    "template syntax": "{{ request }} {% debug %}",
    "format string": "%s %d {0} {q!r}",
    "long word": "x" * 5000,
    "many words": " ".join(f"ord{i}" for i in range(500)),
    "100 kB": "lese " * 20_000 + "a" * 2_400,
    "only stopwords": "og i det er",
    "combining marks": "e\u0301\u0301\u0301lev",
    "other scripts": "学习 обучение تعلم ספר",
    "digits": "١٢٣ 123 ½ ²",
    "unpaired surrogate escaped": "\\ud800",
    "whitespace only": " \t\u00a0\u3000 ",
    "empty": "",
}


@pytest.fixture(autouse=True)
def _database_engine():
    get_engine.cache_clear()
    yield
    get_engine.cache_clear()


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    """A few pages, made once for the module and rolled back after it (as test_relevance.py does)."""
    with django_db_blocker.unblock(), transaction.atomic():
        maths = list(Subject.objects.filter(slug="matematikk"))
        fifth = list(Grade.objects.filter(number=5))
        for title in ["Lese og skrive i praksis", "Brøk med pizza", "Leseforståelse", "Elevenes trivsel"]:
            LearningMaterialPageFactory(
                title=title, summary=f"Om {title.lower()}.", subjects=maths, grades=fifth, tags=["lesing"]
            )
        yield
        transaction.set_rollback(True)


def assert_sensible_page(response, *, status=200) -> str:
    assert response.status_code == status, response.content[:300]
    body = response.content.decode()
    assert '<form class="search-page-form"' in body
    assert "<h1>Søk</h1>" in body
    assert "Traceback" not in body and "Server Error" not in body
    assert "<script>alert" not in body
    query = response.context["search"].query
    assert len(query) <= MAX_QUERY_LENGTH
    assert "\x00" not in body and "\x1b" not in body and "\u202e" not in body
    return body


def assert_sensible_json(response) -> dict:
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert set(data) == {
        "query",
        "count",
        "page",
        "pages",
        "results",
        "facets",
        "corrected_query",
        "filter_suggestion",
        "other_results",
    }
    assert isinstance(data["count"], int) and data["count"] >= 0
    assert data["page"] >= 1 and data["pages"] >= 0
    assert len(data["results"]) <= data["count"] or data["count"] == 0 == len(data["results"])
    assert len(data["query"]) <= MAX_QUERY_LENGTH
    return data


@pytest.mark.parametrize("raw", NASTY_QUERIES.values(), ids=NASTY_QUERIES.keys())
def test_nasty_queries_on_the_search_page(client, catalogue, raw):
    response = client.get(SEARCH, {"q": raw})
    body = assert_sensible_page(response)
    assert response.context["search"].query == clean_query(raw)
    if response.context["search"].words:
        assert "treff på «" in body


@pytest.mark.parametrize("raw", NASTY_QUERIES.values(), ids=NASTY_QUERIES.keys())
def test_nasty_queries_on_the_json_api(client, catalogue, raw):
    data = assert_sensible_json(client.get(API, {"q": raw}))
    assert data["query"] == clean_query(raw)


@pytest.mark.parametrize("raw", NASTY_QUERIES.values(), ids=NASTY_QUERIES.keys())
def test_nasty_queries_on_the_suggestions(client, catalogue, raw):
    response = client.get(SUGGEST, {"q": raw})
    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)


def test_nasty_queries_still_find_what_their_words_say(client, catalogue):
    assert [h["title"] for h in client.get(API, {"q": 'lese"'}).json()["results"]][:1]
    assert "Brøk med pizza" in [h["title"] for h in client.get(API, {"q": "brøk 😀 pizza🍕"}).json()["results"]]
    assert client.get(API, {"q": "NEAR(brøk pizza)"}).json()["count"] >= 1
    assert "Lese og skrive i praksis" in [
        h["title"] for h in client.get(API, {"q": "lese\x00skrive"}).json()["results"]
    ]


def test_a_query_in_a_raw_url_with_invalid_percent_escapes(client, catalogue):
    for query_string in [
        "q=%",
        "q=%ZZ",
        "q=%C3",
        "q=%FF%FE",
        "q=lese%00",
        "q=%E2%80%AE",
        "q=%ED%A0%80",
        "q=&q=&q=",
        "q",
    ]:
        assert_sensible_page(client.get(f"{SEARCH}?{query_string}"))
        assert_sensible_json(client.get(f"{API}?{query_string}"))


FACET_VALUES = {
    "null byte in subject": {"fag": "mate\x00matikk"},
    "only null byte": {"fag": "\x00", "trinnband": "\x00", "type": "\x00", "emne": "\x00"},
    "null byte in tag": {"emne": "br\x00øk"},
    "unknown subject": {"fag": "finnes-ikke"},
    "unknown band": {"trinnband": "11-13"},
    "unknown grade": {"trinn": "99"},
    "unknown type": {"type": "<script>"},
    "unknown survey area": {"kartlegging": "'; DROP TABLE x; --"},
    "unknown pillar": {"forbedring": "%"},
    "tag with spaces and symbols": {"emne": "a b/c?d&e"},
    "long tag": {"emne": "x" * 10_000},
    "long subject": {"fag": "m" * 10_000},
    "empty values": {"fag": "", "trinnband": "", "emne": ""},
    "upper case": {"fag": "MATEMATIKK", "trinnband": " 5-7 "},
    "control characters": {"fag": "\x1b[31m", "emne": "\u202e"},
    "unknown parameter": {"hva": "som helst", "sort": "tittel"},
}


@pytest.mark.parametrize("facets", FACET_VALUES.values(), ids=FACET_VALUES.keys())
def test_strange_facet_values_on_the_search_page(client, catalogue, facets):
    body = assert_sensible_page(client.get(SEARCH, {"q": "lese", **facets}))
    assert "x" * 200 not in body


API_NAMES = {"fag": "subject", "trinnband": "grade", "type": "type", "emne": "tag", "kartlegging": "survey_area"}


@pytest.mark.parametrize("facets", FACET_VALUES.values(), ids=FACET_VALUES.keys())
def test_strange_facet_values_on_the_json_api(client, catalogue, facets):
    params = {API_NAMES.get(k, k): v for k, v in facets.items()}
    if "forbedring" in facets:
        params["pillar"] = facets["forbedring"]
    assert_sensible_json(client.get(API, {"q": "lese", **params}))


def test_known_values_still_work_beside_strange_ones(client, catalogue):
    data = assert_sensible_json(
        client.get(API, {"q": "lese", "subject": ["matematikk", "\x00", "x" * 500, "finnes-ikke"], "grade": "\x00"})
    )
    assert data["count"] >= 2
    assert [o["slug"] for o in data["facets"]["subject"] if o["selected"]] == ["matematikk"]


REPEATED = {
    "q": "q=lese",
    "q varying": None,
    "fag": "fag=matematikk",
    "fag varying": None,
    "emne varying": None,
    "side": "side=2",
    "trinnband": "trinnband=5-7",
}


@pytest.mark.parametrize("name", REPEATED.keys())
def test_parameters_repeated_500_times(client, catalogue, name):
    if name == "q varying":
        pairs = [f"q={i}" for i in range(500)]
    elif name == "fag varying":
        pairs = ["q=lese", *(f"fag=fag{i}" for i in range(499))]
    elif name == "emne varying":
        pairs = ["q=lese", *(f"emne=tag-{i}" for i in range(499))]
    else:
        pairs = ([] if name == "q" else ["q=lese"]) + [REPEATED[name]] * (500 if name == "q" else 499)
    query_string = "&".join(pairs)
    assert_sensible_page(client.get(f"{SEARCH}?{query_string}"))
    api_string = query_string.replace("fag=", "subject=").replace("emne=", "tag=").replace("side=", "page=")
    api_string = api_string.replace("trinnband=", "grade=")
    assert_sensible_json(client.get(f"{API}?{api_string}"))


@pytest.mark.parametrize("side", ["-1", "0", "abc", "999999", "1e9", "9" * 100, "\x00", "١", "2.5", "", " 1 ", "-0"])
def test_odd_page_numbers(client, catalogue, side):
    assert_sensible_page(client.get(SEARCH, {"q": "lese", "side": side}))
    data = assert_sensible_json(client.get(API, {"q": "lese", "page": side}))
    assert data["page"] >= 1 and data["results"]


def test_a_100_kb_url_is_cut_down_not_refused(client, catalogue):
    raw = "leseforståelse " * 7_000
    assert len(quote(raw)) > 100_000
    response = client.get(SEARCH, {"q": raw})
    assert_sensible_page(response)
    assert len(response.context["search"].query) == MAX_QUERY_LENGTH
    assert response.context["search"].total >= 1
    assert len(response.content) < 200_000  # the query is not echoed back in full


# ------------------------------------------------------------------ random text

RANDOM = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)


@RANDOM
@given(text=st.text(max_size=300))
def test_random_text_on_the_search_page(client, catalogue, text):
    response = client.get(SEARCH, {"q": text})
    assert response.status_code == 200
    assert '<form class="search-page-form"' in response.content.decode()
    assert response.context["search"].query == clean_query(text)


@RANDOM
@given(text=st.text(max_size=300))
def test_random_text_on_the_json_api(client, catalogue, text):
    data = assert_sensible_json(client.get(API, {"q": text}))
    assert data["query"] == clean_query(text)


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
@given(
    text=st.text(max_size=40),
    subject=st.one_of(st.just("matematikk"), st.text(max_size=20)),
    tag=st.text(max_size=20),
    page=st.text(max_size=6),
)
def test_random_params_on_the_json_api(client, catalogue, text, subject, tag, page):
    assert_sensible_json(client.get(API, {"q": text, "subject": subject, "tag": tag, "page": page}))
