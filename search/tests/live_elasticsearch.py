"""Against a real Elasticsearch 8 server: `ELASTICSEARCH_URL=http://127.0.0.1:9200 make test-elasticsearch`.

Not collected by the default run (the file name does not start with test_): no
server can be installed on this project's machines. It indexes the demo content
into a throw-away index prefix, then checks Norwegian matching, facets, privacy
and the relevance suite's MRR through the real search page code.
"""

import os
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.http import QueryDict
from wagtail.models import PageViewRestriction

from resources.models import ResourcePage
from search.engines import get_engine
from search.selectors import site_search
from search.tests.test_relevance import JUDGEMENTS, MRR_TARGET, reciprocal_rank

pytestmark = pytest.mark.django_db

if not os.environ.get("ELASTICSEARCH_URL"):
    raise RuntimeError("Set ELASTICSEARCH_URL to run the live Elasticsearch tests.")


@pytest.fixture(scope="module")
def indexed_demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        get_engine.cache_clear()
        call_command("load_demo", stdout=StringIO())
        call_command("update_index", stdout=StringIO())
        get_engine().backend.get_index_for_model(ResourcePage).refresh()
        yield
        transaction.set_rollback(True)
        get_engine.cache_clear()


def test_engine_is_elasticsearch(indexed_demo):
    assert type(get_engine()).__name__ == "ElasticsearchEngine"


def test_inflections_and_spellings_find_each_other(indexed_demo):
    for query in ["lese", "lesing", "leseforståelse", "elevenes", "laerer"]:
        assert site_search(params=QueryDict(f"q={query}")).total > 0, query


def test_facets_count_and_filter(indexed_demo):
    outcome = site_search(params=QueryDict("q=lesing&fag=norsk"))
    subjects = {o.key: o.count for s in outcome.facets if s.param == "fag" for o in s.options}
    assert subjects["norsk"] == outcome.total > 0


def test_private_pages_are_not_found(indexed_demo):
    page = ResourcePage.objects.get(slug="klasseledelse-struktur-og-relasjoner")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    slugs = [hit.slug for hit in site_search(params=QueryDict("q=klasseledelse")).results]
    assert page.slug not in slugs


def test_mean_reciprocal_rank(indexed_demo, settings):
    settings.PORTAL_PAGE_SIZE = 10
    ranks = {query: reciprocal_rank(query, wanted) for query, wanted in JUDGEMENTS.items()}
    mrr = sum(ranks.values()) / len(ranks)
    print(f"\nMRR on Elasticsearch: {mrr:.3f}")
    assert mrr >= MRR_TARGET
