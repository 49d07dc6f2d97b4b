"""The search page on Elasticsearch, for scale.

Wagtail's Elasticsearch backend keeps the index (search/backends/elasticsearch.py);
here the query, the facet aggregations and the highlighting are built with
`elasticsearch.dsl`, which Wagtail's backend does not offer. Facets follow the
usual pattern: the chosen filters go in `post_filter`, and each facet's
aggregation is filtered by every *other* facet, so its counts say what ticking
an option would give – the same numbers the database engine computes.
"""

from django.db import DatabaseError
from django.utils.html import escape
from django.utils.safestring import mark_safe
from elasticsearch import ApiError, TransportError
from elasticsearch.dsl import A, Q, Search
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseMapping
from modelsearch.index import FilterField, SearchField
from taggit.models import Tag
from wagtail.search.backends import get_search_backend

from portal.pagination import paginate
from resources.filters import FacetState, Option
from resources.models import LessonPlanPage, ResourcePage
from resources.selectors import public_resources, with_card_data
from search.engines import EngineResult, SearchUnavailable
from search.expansion import alternatives
from search.norwegian import query_stem

FACET_SIZE = 100
BOOST = 4.0  # a query's subject, grade or survey area (search/understanding.py)
HIGHLIGHT_FRAGMENT = 240
ENGINE_ERRORS = (TransportError, ApiError, DatabaseError)


def _column(model, field) -> str:
    return ElasticsearchBaseMapping(model).get_field_column_name(field)


class ElasticsearchEngine:
    def __init__(self, backend=None):
        self.backend = backend or get_search_backend()
        self.index = self.backend.get_index_for_model(ResourcePage).name
        mapping = ElasticsearchBaseMapping(ResourcePage)
        self.content_type = mapping.get_content_type()
        self.live_field = _column(ResourcePage, FilterField("live"))
        self.summary_field = _column(ResourcePage, SearchField("summary"))
        self.goals_boost_field = ElasticsearchBaseMapping(LessonPlanPage).get_boost_field_name(3)
        self.title_boost_field = mapping.get_boost_field_name(2)

    def facet_field(self, state: FacetState) -> str:
        return _column(ResourcePage, FilterField(state.facet.index_field))

    # --- query building (pure: tested without a server) -------------------------------------

    def word_query(self, word: str) -> Q:
        """One unit (a word or a known phrase) in any of its forms (search/expansion.py): matched
        by the Norwegian analyzer and, for single words, as a prefix stem (compounds)."""
        fields = ["title^6", f"{self.goals_boost_field}^3", f"{self.title_boost_field}^2", "_all_text"]
        clauses = []
        for form in [word, *alternatives(word)]:
            if " " in form:  # a phrase: all of its words
                clauses.append(Q("multi_match", query=form, operator="and", fields=fields))
                continue
            clauses.append(Q("multi_match", query=form, fields=fields))
            clauses.append(Q("prefix", title={"value": query_stem(form), "boost": 3}))
            clauses.append(Q("prefix", _all_text={"value": query_stem(form), "boost": 0.5}))
        return Q("bool", should=clauses, minimum_should_match=1)

    def facet_filter(self, state: FacetState) -> Q:
        # A dict, not keyword arguments: elasticsearch.dsl turns "__" in a keyword into "."
        # and Wagtail's field names are full of "__".
        return Q({"terms": {self.facet_field(state): state.selected_keys}})

    def build(
        self, *, words, states: list[FacetState], require_all: bool, exclude=(), promoted=(), boosts=()
    ) -> Search:
        word_queries = [self.word_query(w) for w in words]
        query = Q("bool", must=word_queries) if require_all else Q("bool", should=word_queries, minimum_should_match=1)
        if boosts:  # what the query says of subject, grade or survey area ranks higher, never filters
            by_param = {state.param: state for state in states}
            raised = [
                Q({"term": {self.facet_field(by_param[param]): {"value": key, "boost": BOOST}}})
                for param, _sep, key in (token.partition(":") for token in boosts)
                if param in by_param
            ]
            query = Q("bool", must=[query], should=raised)
        if promoted:  # editors' picks are hits (counted, faceted) even without the words
            query = Q(
                "bool", should=[query, Q({"terms": {"pk": [str(pk) for pk in promoted]}})], minimum_should_match=1
            )
        search = (
            Search(using=self.backend.es, index=self.index)
            .query(query)
            .filter("term", _django_content_type=self.content_type)
            .filter(Q({"term": {self.live_field: True}}))
            .source(["pk"])
        )
        if exclude:
            search = search.exclude("terms", pk=[str(pk) for pk in exclude])
        chosen = [s for s in states if s.selected_keys]
        if chosen:
            search = search.post_filter(Q("bool", filter=[self.facet_filter(s) for s in chosen]))
        for state in states:
            others = [self.facet_filter(s) for s in chosen if s is not state]
            bucket = search.aggs.bucket(state.param, "filter", filter=Q("bool", filter=others))
            bucket.bucket("values", A("terms", field=self.facet_field(state), size=FACET_SIZE))
        return search.highlight(
            self.summary_field, fragment_size=HIGHLIGHT_FRAGMENT, number_of_fragments=1
        ).highlight_options(encoder="html", pre_tags=["<mark>"], post_tags=["</mark>"])

    # --- running --------------------------------------------------------------------------------

    def _private_ids(self) -> list[int]:
        # View restrictions live in the database; Elasticsearch must not show what they hide.
        return list(ResourcePage.objects.live().not_public().values_list("pk", flat=True))

    def search(self, *, words, states, require_all, promoted=(), page_param=None, per_page, boosts=()) -> EngineResult:
        try:
            search = self.build(
                words=words,
                states=states,
                require_all=require_all,
                promoted=promoted,
                exclude=self._private_ids(),
                boosts=boosts,
            )
            hits = _Hits(self, search, states, hide=set(promoted))
            pagination = paginate(hits, page_param=page_param, per_page=per_page)
            pagination.page.object_list = list(pagination.page.object_list)
            # Promoted pages are hits too (counted, faceted); the list leaves them out, they stand above it.
            return EngineResult(pagination=pagination, total=len(hits))
        except ENGINE_ERRORS as error:
            raise SearchUnavailable(str(error)) from error

    def count(self, *, words, states) -> int:
        try:
            search = self.build(words=words, states=states, require_all=True, exclude=self._private_ids())
            return search.extra(size=0, track_total_hits=True).execute().hits.total.value
        except ENGINE_ERRORS as error:
            raise SearchUnavailable(str(error)) from error


class _Hits:
    """A lazy, sliceable view of the hits, so Django's Paginator pages through Elasticsearch."""

    def __init__(self, engine: ElasticsearchEngine, search: Search, states: list[FacetState], hide=frozenset()):
        self.engine, self.search, self.states, self.hide = engine, search, states, hide
        self.total = None

    def _execute(self, start: int, stop: int):
        response = self.search.extra(from_=start, size=max(stop - start, 0), track_total_hits=True).execute()
        if self.total is None:
            self.total = response.hits.total.value
            self._read_facets(response)
        return response

    def __len__(self) -> int:
        if self.total is None:
            self._execute(0, 0)
        return self.total

    def __getitem__(self, bounds: slice):
        response = self._execute(bounds.start or 0, bounds.stop or 0)
        order = [int(hit.pk) for hit in response]
        pages = {p.pk: p for p in with_card_data(public_resources().filter(pk__in=order))}
        results = []
        for hit in response:
            page = pages.get(int(hit.pk))
            if page is None:  # deleted or unpublished since it was indexed
                continue
            if page.pk in self.hide:
                continue
            fragments = getattr(getattr(hit.meta, "highlight", None), self.engine.summary_field, None)
            page.snippet = mark_safe(fragments[0]) if fragments else escape(page.summary)  # noqa: S308 – html-encoded
            results.append(page)
        return results

    def _read_facets(self, response) -> None:
        for state in self.states:
            buckets = getattr(response.aggregations, state.param).values.buckets
            counts = {bucket.key: bucket.doc_count for bucket in buckets}
            if state.facet.load_options is None:
                names = dict(Tag.objects.filter(slug__in=list(counts)).values_list("slug", "name"))
                state.options = [
                    Option(slug, names.get(slug, slug), count=n, selected=slug in state.selected_keys)
                    for slug, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
                ]
                continue
            for option in state.options:
                option.count = counts.get(option.key, 0)
