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
from resources.filters import FacetState, apply_facet_counts, chosen_tokens
from resources.selectors import public_resources, with_card_data
from search import result_cache
from search.expansion import alternatives
from search.norwegian import spelling_variants


class SearchUnavailable(Exception):
    """The search engine did not answer; the page says so and the rest of the portal carries on."""


@dataclass
class EngineResult:
    pagination: Pagination
    total: int  # every hit that passes the filters, promoted pages included


def build_query(words: list[str], *, require_all: bool, expand: bool = True):
    """Each unit (a word or a known phrase) in any of its forms (search/expansion.py), or only
    as typed (with æ, ø, å); all units (AND) or any (OR)."""
    parts = []
    for word in words:
        forms = alternatives(word) if expand else spelling_variants(word)
        parts.append(Or([PlainText(word), *map(PlainText, forms)]) if forms else PlainText(word))
    if len(parts) == 1:
        return parts[0]
    return And(parts) if require_all else Or(parts)


class DatabaseEngine:
    """Wagtail's database backends (search/backends/): the backend's query compiler gives the
    hits that pass the chosen facets, best first, and every option's count; only the page
    shown is loaded as pages. A fixed, small number of queries however many hits there are."""

    def _hits(
        self, words: list[str], states: list[FacetState], *, require_all: bool, promoted=(), with_counts=True, boosts=()
    ):
        results = public_resources().search(build_query(words, require_all=require_all), order_by_relevance=True)
        # Hits of the words as typed rank before those found only through another form.
        expanded = any(set(alternatives(word)) - set(spelling_variants(word)) for word in words)
        return results.query_compiler.faceted_hits(
            results.backend,
            chosen=chosen_tokens(states),
            promoted=list(promoted),
            with_counts=with_counts,
            preferred=build_query(words, require_all=require_all, expand=False) if expanded else None,
            boosts=list(boosts),
            # Any of several words: rank by how many of them a hit has (each in any of its forms).
            units=[build_query([word], require_all=True) for word in words]
            if not require_all and len(words) > 1
            else [],
        )

    def search(
        self,
        *,
        words,
        states: list[FacetState],
        require_all: bool,
        promoted=(),
        page_param=None,
        per_page: int,
        boosts=(),
    ) -> EngineResult:
        chosen = chosen_tokens(states)

        def found():
            hits = self._hits(words, states, require_all=require_all, promoted=promoted, boosts=boosts)
            pagination = paginate(hits.listed, page_param=page_param, per_page=per_page)
            return hits.total, dict(hits.counts), len(hits.listed), list(pagination.page.object_list)

        parts = (list(words), sorted(chosen), require_all, list(promoted), page_param, per_page, sorted(boosts))
        try:
            total, counts, listed, page_ids = result_cache.cached("hits", parts, found)
            apply_facet_counts(states, counts)
            pagination = paginate(result_cache.KnownPage(listed, page_ids), page_param=page_param, per_page=per_page)
            pages = {p.pk: p for p in with_card_data(public_resources().filter(pk__in=page_ids))}
            pagination.page.object_list = [pages[pk] for pk in page_ids if pk in pages]
            return EngineResult(pagination=pagination, total=total)
        except DatabaseError as error:
            raise SearchUnavailable(str(error)) from error

    def count(self, *, words, states: list[FacetState]) -> int:
        # Counting only: the facet counts on the page stay those of the query asked.
        parts = (list(words), sorted(chosen_tokens(states)))
        try:
            return result_cache.cached(
                "count", parts, lambda: self._hits(words, states, require_all=True, with_counts=False).total
            )
        except DatabaseError as error:
            raise SearchUnavailable(str(error)) from error


@cache
def _configured_engine():
    if getattr(settings, "ELASTICSEARCH_URL", ""):
        from search.elastic import ElasticsearchEngine

        return ElasticsearchEngine()
    return DatabaseEngine()


def get_engine():
    """The engine settings ask for; a misconfigured one means search is unavailable, not an error page."""
    try:
        return _configured_engine()
    except Exception as error:  # noqa: BLE001 – any failure to build it is "unavailable"
        raise SearchUnavailable(str(error)) from error


get_engine.cache_clear = _configured_engine.cache_clear
