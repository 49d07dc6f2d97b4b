"""Elasticsearch without a server: the index settings and mapping we create, the
query bodies we send, how we read an answer, and what happens when nobody answers.

A real-server test lives in search/tests/live_elasticsearch.py (`make test-elasticsearch`)."""

import pytest
from django.http import QueryDict
from elasticsearch.dsl import Search
from elasticsearch.dsl.response import Response

from resources.factories import LessonPlanPageFactory
from resources.filters import read_facets
from resources.models import Grade, LessonPlanPage, ResourcePage, Subject
from search import expansion
from search.backends.elasticsearch import NorwegianElasticsearchBackend
from search.elastic import ElasticsearchEngine
from search.engines import SearchUnavailable
from search.models import Synonym

CLOSED_PORT = "http://127.0.0.1:9"


@pytest.fixture
def backend():
    return NorwegianElasticsearchBackend(
        {"URLS": [CLOSED_PORT], "INDEX_PREFIX": "kfl_", "TIMEOUT": 1, "OPTIONS": {"max_retries": 0}}
    )


@pytest.fixture
def engine(backend, db):
    return ElasticsearchEngine(backend=backend)


def test_index_analyses_text_as_norwegian(backend):
    analysis = backend.settings["settings"]["analysis"]
    default = analysis["analyzer"]["default"]
    assert default["filter"] == ["lowercase", "norwegian_stop", "norwegian_stemmer"]
    assert analysis["filter"]["norwegian_stemmer"] == {"type": "stemmer", "language": "norwegian"}
    assert analysis["filter"]["norwegian_stop"]["stopwords"] == "_norwegian_"
    # Wagtail's own analyzers for autocomplete survive.
    assert "edgengram_analyzer" in analysis["analyzer"]


def test_mapping_carries_boosts_and_facet_keywords(backend):
    properties = backend.mapping_class(LessonPlanPage).get_mapping()["properties"]
    assert properties["resources_lessonplanpage__learning_goals"]["copy_to"] == ["_all_text", "_all_text_boost_3_0"]
    for name in [
        "subject_slugs",
        "band_slugs",
        "grade_slugs",
        "survey_area_slugs",
        "pillar_slugs",
        "tag_slugs",
        "resource_type",
    ]:
        assert properties[f"resources_resourcepage__{name}_filter"]["type"] == "keyword", name
    assert backend.get_index_for_model(ResourcePage).name == "kfl_wagtailcore_page"


def test_indexed_document_has_the_facet_values(backend, resource_index):
    page = LessonPlanPageFactory(
        subjects=[Subject.objects.get(slug="norsk")],
        grades=list(Grade.objects.filter(number__in=[4, 5])),
        tags=["lesing"],
    )
    document = backend.mapping_class(LessonPlanPage).get_document(page)
    assert document["resources_resourcepage__subject_slugs_filter"] == ["norsk"]
    assert document["resources_resourcepage__band_slugs_filter"] == ["1-4", "5-7"]
    assert document["resources_resourcepage__resource_type_filter"] == "undervisningsopplegg"
    assert document["resources_resourcepage__tag_slugs_filter"] == ["lesing"]


def test_query_body(engine):
    states = read_facets(QueryDict("fag=norsk&fag=matematikk&trinnband=5-7"))
    body = engine.build(words=["lese", "laerer"], states=states, require_all=True, exclude=[7]).to_dict()

    must = body["query"]["bool"]["must"]
    assert len(must) == 2
    reading, teacher = (clause["bool"]["should"] for clause in must)
    assert {"prefix": {"title": {"value": "les", "boost": 3}}} in reading
    assert reading[0]["multi_match"]["fields"][0] == "title^6"
    assert "_all_text_boost_3_0^3" in reading[0]["multi_match"]["fields"]
    # "laerer" is also searched as "lærer", and as the seeded synonyms of "lærer"
    forms = {c["multi_match"]["query"] for c in teacher if "multi_match" in c}
    assert {"laerer", "lærer", "teacher"} <= forms
    assert forms == {"laerer", *expansion.alternatives("laerer")}

    filters = body["query"]["bool"]["filter"]
    assert {"term": {"_django_content_type": "resources.ResourcePage"}} in filters
    assert {"term": {"live_filter": True}} in filters
    assert {"bool": {"must_not": [{"terms": {"pk": ["7"]}}]}} in filters

    subject_field = "resources_resourcepage__subject_slugs_filter"
    band_field = "resources_resourcepage__band_slugs_filter"
    assert body["post_filter"]["bool"]["filter"] == [
        {"terms": {subject_field: ["norsk", "matematikk"]}},
        {"terms": {band_field: ["5-7"]}},
    ]
    # Each facet's counts are filtered by the other facets only.
    assert body["aggs"]["fag"]["filter"]["bool"]["filter"] == [{"terms": {band_field: ["5-7"]}}]
    assert body["aggs"]["trinnband"]["filter"]["bool"]["filter"] == [
        {"terms": {subject_field: ["norsk", "matematikk"]}}
    ]
    assert body["aggs"]["type"]["filter"]["bool"]["filter"] == [
        {"terms": {subject_field: ["norsk", "matematikk"]}},
        {"terms": {band_field: ["5-7"]}},
    ]
    assert body["aggs"]["fag"]["aggs"]["values"]["terms"]["field"] == subject_field
    assert body["highlight"]["encoder"] == "html"
    assert body["highlight"]["pre_tags"] == ["<mark>"]


def test_a_phrase_synonym_is_sent_as_all_of_its_words(engine):
    Synonym.objects.create(kind=Synonym.Kind.EQUIVALENT, terms="vfl, vurdering for læring")
    body = engine.build(words=["vfl"], states=read_facets(QueryDict()), require_all=True).to_dict()
    (clause,) = body["query"]["bool"]["must"]
    phrase = [c for c in clause["bool"]["should"] if c.get("multi_match", {}).get("query") == "vurdering læring"]
    assert phrase and phrase[0]["multi_match"]["operator"] == "and"
    prefixes = [next(iter(c["prefix"].values()))["value"] for c in clause["bool"]["should"] if "prefix" in c]
    assert prefixes and not any(" " in value for value in prefixes)  # no prefix of a phrase


def test_any_word_query_when_all_words_found_nothing(engine):
    body = engine.build(words=["brøk", "pizza"], states=read_facets(QueryDict()), require_all=False).to_dict()
    assert body["query"]["bool"]["minimum_should_match"] == 1
    assert len(body["query"]["bool"]["should"]) == 2


def test_an_answer_becomes_pages_in_elasticsearch_order(engine, resource_index, monkeypatch):
    first = LessonPlanPageFactory(title="Første", subjects=[Subject.objects.get(slug="norsk")])
    second = LessonPlanPageFactory(title="Andre", subjects=[Subject.objects.get(slug="norsk")])
    draft = LessonPlanPageFactory(title="Utkast", live=False)
    states = read_facets(QueryDict("fag=norsk"))
    raw = {
        "hits": {
            "total": {"value": 3, "relation": "eq"},
            "hits": [
                {
                    "_id": "a",
                    "_source": {"pk": str(second.pk)},
                    "highlight": {"resources_resourcepage__summary": ["Om <mark>lesing</mark> &amp; skriving"]},
                },
                {"_id": "b", "_source": {"pk": str(draft.pk)}},
                {"_id": "c", "_source": {"pk": str(first.pk)}},
            ],
        },
        "aggregations": {
            state.param: {
                "doc_count": 3,
                "values": {
                    "buckets": (
                        [{"key": "norsk", "doc_count": 3}, {"key": "matematikk", "doc_count": 1}]
                        if state.param == "fag"
                        else [{"key": "lesing", "doc_count": 2}]
                        if state.param == "emne"
                        else []
                    )
                },
            }
            for state in states
        },
    }
    sent = []

    def fake_execute(search, ignore_cache=False):
        sent.append(search.to_dict())
        return Response(search, raw)

    monkeypatch.setattr(Search, "execute", fake_execute)  # the edge we cannot run here: the server
    result = engine.search(words=["lese"], states=states, require_all=True, page_param=None, per_page=10)
    pages = result.pagination.items
    assert [p.title for p in pages] == ["Andre", "Første"]  # the draft is not shown, order is Elasticsearch's
    assert str(pages[0].snippet) == "Om <mark>lesing</mark> &amp; skriving"
    assert result.total == 3
    counts = {s.param: {o.key: o.count for o in s.options} for s in states}
    assert counts["fag"]["norsk"] == 3 and counts["fag"]["matematikk"] == 1
    assert counts["emne"] == {"lesing": 2}
    assert sent[-1]["from"] == 0 and sent[-1]["size"] == 3  # the paginator asks for no more than there are


def test_private_pages_are_excluded_in_the_query(engine, resource_index, monkeypatch):
    from wagtail.models import PageViewRestriction

    private = LessonPlanPageFactory(title="Privat")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    sent = []

    def fake_execute(search, ignore_cache=False):
        sent.append(search.to_dict())
        return Response(search, {"hits": {"total": {"value": 0, "relation": "eq"}, "hits": []}, "aggregations": {}})

    monkeypatch.setattr(Search, "execute", fake_execute)
    engine.count(words=["privat"], states=[])
    assert {"bool": {"must_not": [{"terms": {"pk": [str(private.pk)]}}]}} in sent[0]["query"]["bool"]["filter"]


def test_no_server_means_search_unavailable(engine, resource_index):
    with pytest.raises(SearchUnavailable):
        engine.search(words=["lese"], states=read_facets(QueryDict()), require_all=True, per_page=10)
    with pytest.raises(SearchUnavailable):
        engine.count(words=["lese"], states=[])
