"""The database engine's faceted search against the plain in-memory reference.

`DatabaseEngine.search` classifies hits and counts facets from the narrow search documents
(search/backends/common.py: in SQL on PostgreSQL, from compact rows on SQLite) and ranks only
the page shown. Here every combination of queries and filters is
checked against the straightforward path – rank every match (`ranked_rows`), then filter
and count its facet keys in Python (`filter_and_count`) – on whichever database the suite
runs on: the same total, the same ranked list, the same count on every option.
"""

import pytest
from django.http import QueryDict

from resources.factories import LearningMaterialPageFactory, LessonPlanPageFactory, ResearchSummaryPageFactory
from resources.filters import filter_and_count, read_facets
from resources.models import Grade, Subject
from resources.selectors import public_resources
from search.engines import DatabaseEngine, build_query

pytestmark = pytest.mark.django_db

FILTERS = [
    {},
    {"fag": ["matematikk"]},
    {"fag": ["matematikk", "norsk"]},
    {"trinnband": ["5-7"]},
    {"fag": ["matematikk"], "trinnband": ["5-7"]},
    {"fag": ["norsk"], "trinnband": ["1-4", "8-10"], "emne": ["pizza"]},
    {"emne": ["pizza", "tall_linje"]},
    {"type": ["laeremiddel", "forskning"], "fag": ["matematikk"], "trinn": ["5", "6"]},
    {"fag": ["kroppsoving"]},  # matches nothing
]
QUERIES = [(["brøk"], True), (["tall"], True), (["brøk", "tall"], True), (["brøk", "pizza"], False)]


@pytest.fixture
def corpus():
    subjects = {s.slug: s for s in Subject.objects.filter(slug__in=["matematikk", "norsk", "kroppsoving"])}
    grades = list(Grade.objects.order_by("number"))
    kinds = [LearningMaterialPageFactory, ResearchSummaryPageFactory, LessonPlanPageFactory]
    titles = ["Brøk med pizza", "Tall og brøk", "Tallinje", "Brøkstriper", "Lesing og tall", "Pizza i brøkdeler"]
    tags = [["pizza"], ["tall_linje"], ["pizza", "brøkregning"], [], ["tall_linje", "pizza"]]
    pages = []
    for i in range(36):
        kind = kinds[i % 3]
        pages.append(
            kind(
                title=f"{titles[i % len(titles)]} {i}",
                summary=("Brøk " * (i % 4)) + f"Oppgave {i} med tall.",
                subjects=[subjects["matematikk"], subjects["norsk"]][: 1 + i % 2] if i % 5 else [subjects["norsk"]],
                grades=grades[i % 10 : i % 10 + 1 + i % 3],
                tags=tags[i % len(tags)],
            )
        )
    return pages


def _params(filters: dict) -> QueryDict:
    params = QueryDict(mutable=True)
    for key, values in filters.items():
        params.setlist(key, values)
    return params


def _counts(states) -> dict:
    return {s.param: [(o.key, o.label, o.count, o.selected) for o in s.options] for s in states}


def _reference(words, states, *, require_all, promoted=()):
    results = public_resources().search(build_query(words, require_all=require_all), order_by_relevance=True)
    rows = results.query_compiler.ranked_rows(results.backend, ["facet_keys"])
    missing = set(promoted) - {pk for pk, _keys in rows}
    rows += list(public_resources().filter(pk__in=missing).values_list("pk", "facet_keys"))
    ids = filter_and_count(rows, states)
    if not require_all and len(words) > 1:
        # Any of several words: a hit with more of them first (stable: the rank decides the rest).
        has = [{page.pk for page in public_resources().search(build_query([word], require_all=True))} for word in words]
        ids = sorted(ids, key=lambda pk: -sum(pk in found for found in has))
    return len(ids), [pk for pk in ids if pk not in set(promoted)]


def _engine(words, states, *, require_all, promoted=()):
    found = DatabaseEngine().search(
        words=words, states=states, require_all=require_all, promoted=list(promoted), per_page=100
    )
    return found.total, [page.pk for page in found.pagination.items]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: "&".join(f"{k}={'+'.join(v)}" for k, v in f.items()))
def test_engine_counts_and_ranks_as_the_in_memory_reference(corpus, filters):
    for words, require_all in QUERIES:
        reference_states, engine_states = read_facets(_params(filters)), read_facets(_params(filters))
        expected = _reference(words, reference_states, require_all=require_all)
        assert _engine(words, engine_states, require_all=require_all) == expected, words
        assert _counts(engine_states) == _counts(reference_states), words
        if filters == {}:
            assert expected[0] > 0, words  # the corpus answers every query


def test_editors_picks_count_even_without_the_words(corpus):
    picks = [corpus[4].pk, corpus[1].pk]  # "Lesing og tall" does not say brøk; "Tall og brøk" does
    for filters in FILTERS:
        reference_states, engine_states = read_facets(_params(filters)), read_facets(_params(filters))
        expected = _reference(["brøk"], reference_states, require_all=True, promoted=picks)
        assert _engine(["brøk"], engine_states, require_all=True, promoted=picks) == expected, filters
        assert _counts(engine_states) == _counts(reference_states), filters


def test_every_page_of_results_is_the_matching_slice(corpus):
    states = read_facets(_params({"fag": ["matematikk", "norsk"]}))
    _total, everything = _reference(["tall"], read_facets(_params({"fag": ["matematikk", "norsk"]})), require_all=True)
    paged = []
    for number in range(1, 10):
        found = DatabaseEngine().search(
            words=["tall"], states=states, require_all=True, page_param=str(number), per_page=7
        )
        if found.pagination.page.number != number:
            break
        paged += [page.pk for page in found.pagination.items]
    assert paged == everything and len(everything) > 7


def test_counting_leaves_the_facet_counts_alone(corpus):
    """`count` (for «Mente du») answers a number; the page's facet counts stay those of its own query."""
    states = read_facets(_params({"fag": ["matematikk"]}))
    engine = DatabaseEngine()
    engine.search(words=["brøk"], states=states, require_all=True, per_page=10)
    before = _counts(states)
    assert (
        engine.count(words=["tall"], states=states)
        == _reference(["tall"], read_facets(_params({"fag": ["matematikk"]})), require_all=True)[0]
    )
    assert _counts(states) == before


@pytest.fixture
def rank_from_documents(monkeypatch):
    """PostgreSQL ranks thousands of passing hits from the documents' facet columns rather than by
    their ids: make every list that long here. (SQLite always ranks the ids.)"""
    from django.db import connection

    if connection.vendor == "postgresql":
        monkeypatch.setattr("search.backends.postgres.RANK_BY_ID_LIMIT", 0)


@pytest.mark.parametrize("filters", FILTERS[:6], ids=lambda f: "&".join(f"{k}={'+'.join(v)}" for k, v in f.items()))
def test_ranking_a_long_list_of_passing_hits_gives_the_same_pages(corpus, rank_from_documents, filters):
    picks = [corpus[4].pk]
    for words, require_all in QUERIES:
        expected = _reference(words, read_facets(_params(filters)), require_all=require_all, promoted=picks)
        assert _engine(words, read_facets(_params(filters)), require_all=require_all, promoted=picks) == expected
