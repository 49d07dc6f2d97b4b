"""Who answers a search: the database backends or Elasticsearch.

Both answer the same two questions – a page of ranked, filtered results with
facet counts, and how many results a query would give – so the view and the
JSON endpoint never need to know which one is in use.
"""

from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.db import DatabaseError
from modelsearch.query import And, Or, PlainText

from portal.pagination import Pagination, paginate
from resources.filters import FacetState, apply_facets, count_facets
from resources.selectors import public_resources, with_card_data
from search.norwegian import spelling_variants


class SearchUnavailable(Exception):
    """The search engine did not answer; the page says so and the rest of the portal carries on."""


@dataclass
class EngineResult:
    pagination: Pagination
    total: int


def build_query(words: list[str], *, require_all: bool):
    """Each word, or its spelling with æ/ø/å; all words (AND) or any (OR)."""
    parts = []
    for word in words:
        variants = spelling_variants(word)
        parts.append(Or([PlainText(word), *map(PlainText, variants)]) if variants else PlainText(word))
    if len(parts) == 1:
        return parts[0]
    return And(parts) if require_all else Or(parts)


class DatabaseEngine:
    """Wagtail's database backends (search/backends/database.py): ranking by the backend,
    facets counted by the ORM over the matching rows."""

    def _ranked(self, words: list[str], *, require_all: bool):
        results = public_resources().search(build_query(words, require_all=require_all), order_by_relevance=True)
        return results.get_queryset()

    def search(
        self, *, words, states: list[FacetState], require_all: bool, exclude=(), page_param=None, per_page: int
    ) -> EngineResult:
        try:
            ranked = self._ranked(words, require_all=require_all).exclude(pk__in=list(exclude))
            count_facets(public_resources().filter(pk__in=ranked.values("pk")), states)
            pagination = paginate(
                with_card_data(apply_facets(ranked, states)), page_param=page_param, per_page=per_page
            )
            pagination.page.object_list = list(pagination.page.object_list)
            return EngineResult(pagination=pagination, total=pagination.page.paginator.count)
        except DatabaseError as error:
            raise SearchUnavailable(str(error)) from error

    def count(self, *, words, states: list[FacetState]) -> int:
        try:
            return apply_facets(self._ranked(words, require_all=True), states).count()
        except DatabaseError as error:
            raise SearchUnavailable(str(error)) from error


@cache
def get_engine():
    if getattr(settings, "ELASTICSEARCH_URL", ""):
        from search.elastic import ElasticsearchEngine

        return ElasticsearchEngine()
    return DatabaseEngine()
