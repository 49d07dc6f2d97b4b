"""PostgreSQL: modelsearch's backend with Norwegian stemming (`norwegian_nostop`, the
`norwegian` configuration without its stopword list, made by search/migrations/0003),
and every query word matched as a prefix stem."""

from collections import Counter

from django.contrib.postgres.search import SearchRank
from django.db import connection
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.functions import Cast
from modelsearch.backends.database.postgres import postgres as pg
from modelsearch.query import PlainText

from search.backends.common import PREFERRED_BONUS, UNIT_BONUS, DocumentFacets, stemmed_plain_text
from search.documents import sync_documents

TITLE_COLUMN_WEIGHT = 8.0
ID_LIST_LIMIT = 5000
RANK_BY_ID_LIMIT = 1000
SEARCH_CONFIG = "norwegian_nostop"


class NorwegianPostgresQueryCompiler(pg.PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, PlainText):
            query = stemmed_plain_text(query)
            lexemes = None
            for term in query.query_string.split():
                lexeme = pg.Lexeme(term, invert=invert, prefix=True)
                if lexemes is None:
                    lexemes = lexeme
                elif query.operator.lower() == "and":
                    lexemes &= lexeme
                else:
                    lexemes |= lexeme
            # The terms are Snowball stems already: "simple" only lower-cases, where the
            # Norwegian configuration would stem again (vurder → vurd) or drop a stem that
            # happens to be a stopword ("mener" → men).
            return pg.SearchQuery(lexemes, search_type="raw", config="simple")
        return super().build_tsquery_content(query, config=config, invert=invert)

    def get_index_vectors(self, search_query):
        # Titles (and learning goals, which share the title's weight class) over body text,
        # as on SQLite; modelsearch weighs the title only by its length.
        return [
            (F("index_entries__title"), F("index_entries__title_norm") * TITLE_COLUMN_WEIGHT),
            (F("index_entries__body"), 1.0),
        ]

    def _entries(self, backend):
        """The matching index entries (title or body: both have GIN indexes), with their rank."""
        config = self.get_config(backend)
        search_query = self.build_tsquery(self.query, config=config)
        rank = SearchRank(F("title"), search_query, weights=self.sql_weights) * F("title_norm") * TITLE_COLUMN_WEIGHT
        rank += SearchRank(F("body"), search_query, weights=self.sql_weights)
        entries = pg.IndexEntry._default_manager.filter(
            Q(title=search_query) | Q(body=search_query),
            content_type_id__in=pg.get_descendants_content_types_pks(self.queryset.model),
        ).annotate(object_pk=Cast("object_id", IntegerField()))
        return entries, rank

    def ranked_rows(self, backend, fields: list[str]) -> list[tuple]:
        """(pk, *fields) of every match, best first, in two queries.

        modelsearch matches pages against title || body through a generic relation keyed
        by text, which reads and sorts every page. Here the index entries are matched
        column by column (both GIN indexes) and ranked on their own, then joined by integer id."""
        entries, rank = self._entries(backend)
        order = list(entries.annotate(_rank=rank).order_by("-_rank", "-object_pk").values_list("object_pk", flat=True))
        # A short list of ids is looked up by primary key; a long one joined as a subquery.
        matched = order if len(order) <= ID_LIST_LIMIT else entries.values("object_pk")
        rows = {row[0]: row for row in self.queryset.filter(pk__in=matched).order_by().values_list("pk", *fields)}
        return [rows[pk] for pk in order if pk in rows]

    def faceted_hits(
        self,
        backend,
        *,
        chosen: list[tuple[str, list[str]]],
        promoted=(),
        with_counts=True,
        preferred=None,
        boosts=(),
        units=(),
    ):
        """The hits' facet counts and the passing hits, ranked a page at a time (search/backends/common.py).

        Entries are matched through their GIN indexes and joined to their narrow `SearchDocument`
        rows; facets are counted in SQL, and only the passing hits of the page asked for are ranked."""
        entries, rank = self._entries(backend)
        entries = entries.annotate(entry_id=F("id"))
        score = -rank
        if preferred is not None:
            # Hits of the query as typed first, ranked by it; then those found only through
            # another form (a synonym, nynorsk …), ranked by the whole query.
            typed = self.build_tsquery(preferred, config=self.get_config(backend))
            typed_rank = SearchRank(F("title"), typed, weights=self.sql_weights) * F("title_norm") * TITLE_COLUMN_WEIGHT
            typed_rank += SearchRank(F("body"), typed, weights=self.sql_weights)
            score = Case(When(Q(title=typed) | Q(body=typed), then=-typed_rank - PREFERRED_BONUS), default=score)
        for unit in units:  # any-word query: hits with more of its units first
            unit_query = self.build_tsquery(unit, config=self.get_config(backend))
            score = score - Case(
                When(Q(title=unit_query) | Q(body=unit_query), then=Value(UNIT_BONUS)), default=Value(0.0)
            )
        facets = PostgresDocumentFacets(
            matched=entries.values("entry_id").query.sql_with_params(),
            scored=entries.annotate(score=score).values("entry_id", "score").query.sql_with_params(),
            pages=self.queryset,
            chosen=chosen,
            promoted=promoted,
            boosts=boosts,
        )
        return facets.faceted_hits(with_counts=with_counts)


class PostgresDocumentFacets(DocumentFacets):
    contains = "strpos({column}, %s) > 0"
    fence = "OFFSET 0"

    def count(self) -> tuple[int, int, Counter]:
        # Tens of thousands of classified hits at 100 000 documents: grouped here, one grouping
        # set per facet column and one for the passing hits, rather than sent to Python. The
        # passing entries' ids come back too, so that ranking a page reads only those.
        sql, params = self.classified()
        names = [f"c{j}" for j in range(len(self.columns))]
        sets = ", ".join([*(f"({name})" for name in names), "(passing, promoted)"])
        grouped = (
            f"WITH h AS MATERIALIZED ({sql}) "  # noqa: S608 – ORM-compiled SQL, values as parameters
            f"SELECT GROUPING({', '.join(names)}), {', '.join(names)}, passing, promoted, count(*), NULL::int[] FROM ("
            f"SELECT (fails = 0) AS passing, promoted, {', '.join(names)} FROM h) AS g "
            f"GROUP BY GROUPING SETS ({sets}) "
            f"UNION ALL SELECT -1, {', '.join(['NULL'] * len(names))}, NULL, NULL, 0, array_agg(entry_id) "
            "FROM h WHERE fails = 0 AND promoted = 0"
        )
        with connection.cursor() as cursor:
            cursor.execute(grouped, params)
            rows = cursor.fetchall()
        counts: Counter = Counter()
        total = 0
        width = len(names)
        for grouping, *values, passing, _promoted, n, entries in rows:
            if grouping == -1:
                self.listed_entries = entries or []
            elif grouping == (1 << width) - 1:  # the (passing, promoted) set
                total += n if passing else 0
            else:
                j = next(j for j in range(width) if not grouping & (1 << (width - 1 - j)))
                param = self.columns[j][0]
                for key in (values[j] or "").split():
                    counts[f"{param}:{key}"] += n
        return total, len(self.listed_entries), counts

    def ranked_slice(self, start: int, stop: int) -> list[int]:
        # Only the passing entries, found by primary key, are ranked. Thousands of them are
        # found faster from the documents' facet columns (the general query).
        if len(self.listed_entries) > RANK_BY_ID_LIMIT:
            return super().ranked_slice(start, stop)
        scored_sql, scored_params = self.scored
        boost, boost_params = self.boost_order()
        sql = (
            f"SELECT d.page_id FROM ({scored_sql}) AS s JOIN {self.table} AS d ON d.entry_id = s.entry_id "  # noqa: S608
            f"WHERE s.entry_id = ANY(%s) ORDER BY {boost}s.score, d.page_id DESC LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*scored_params, self.listed_entries, *boost_params, stop - start, start])
            return [row[0] for row in cursor.fetchall()]


class NorwegianPostgresIndex(pg.PostgresIndex):
    def add_items(self, model, objs):
        super().add_items(model, objs)
        sync_documents(model, objs)


class NorwegianPostgresSearchBackend(pg.PostgresSearchBackend):
    query_compiler_class = NorwegianPostgresQueryCompiler
    index_class = NorwegianPostgresIndex

    def __init__(self, params):
        super().__init__({**params, "SEARCH_CONFIG": SEARCH_CONFIG})
