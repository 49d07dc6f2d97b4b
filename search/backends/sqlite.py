"""SQLite: FTS5 has no Norwegian stemmer, so indexed text is stemmed with the Snowball
Norwegian stemmer before FTS sees it, and ranking weighs the title column."""

import threading
from functools import cached_property

from django.db import connection
from django.db.models import FloatField, Func, IntegerField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite import sqlite as lite
from modelsearch.index import SearchField
from modelsearch.query import PlainText

from resources.filters import count_facet_tokens, failed_facet
from search.backends.common import FacetedHits, stemmed_plain_text
from search.norwegian import stem_text

# Fields boosted at least this much are indexed with the title on SQLite, where
# the index has only a title and a body column to weigh.
TITLE_WEIGHT_BOOST = 3
# How much more a match in the title column counts than one in the body.
TITLE_COLUMN_WEIGHT = 8.0


class NorwegianSQLiteObjectIndexer(lite.ObjectIndexer):
    def _texts(self, *, title: bool) -> str:
        texts = []
        for field in self.search_fields:
            for current, value in self.prepare_field(self.obj, field):
                if not isinstance(current, SearchField):
                    continue
                is_title = current.field_name == "title" or (current.boost or 1) >= TITLE_WEIGHT_BOOST
                if is_title == title:
                    texts.append(value)
        return stem_text(" ".join(texts))

    @cached_property
    def title(self):
        return self._texts(title=True)

    @cached_property
    def body(self):
        return self._texts(title=False)


_indexer_swap = threading.Lock()


class NorwegianSQLiteIndex(lite.SQLiteIndex):
    def add_items(self, model, objs):
        # The parent builds its indexers by module-level name; swap ours in for the call
        # rather than copy its upsert logic.
        with _indexer_swap:
            original = lite.ObjectIndexer
            lite.ObjectIndexer = NorwegianSQLiteObjectIndexer
            try:
                super().add_items(model, objs)
            finally:
                lite.ObjectIndexer = original


class WeightedBM25(Func):
    """FTS5's bm25() with column weights (columns: autocomplete, body, title).

    modelsearch's own expression weighs every column alike and, for AND queries,
    multiplies (1 + score) per word, which flips sign with bm25's negative scores.
    One weighted bm25 over the whole match ranks titles first and stays monotonic."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra):
        table = lite.SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, 0.0, 1.0, {TITLE_COLUMN_WEIGHT})", []


class NorwegianSQLiteQueryCompiler(lite.SQLiteSearchQueryCompiler):
    LAST_TERM_IS_PREFIX = True

    def _build_rank_expression(self, vectors, config):
        return WeightedBM25()

    def _matches(self, backend):
        match = lite.MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS,
            self.build_search_query(lite.normalize(self.query), config=self.get_config(backend)),
        )
        return (
            lite.SQLiteFTSIndexEntry.objects.filter(match)
            .filter(index_entry__content_type__in=lite.get_descendants_content_types_pks(self.queryset.model))
            .annotate(object_pk=Cast("index_entry__object_id", IntegerField()))
        )

    def ranked_rows(self, backend, fields: list[str]) -> list[tuple]:
        """(pk, *fields) of every match, best first, in one query.

        The parent's queryset scores each row with a correlated subquery that runs the
        FTS match again per row – seconds at 10 000 documents. Here the scored FTS
        matches are joined once to the (filtered) pages."""
        scored = self._matches(backend).annotate(score=WeightedBM25()).values("object_pk", "score")
        pages = self.queryset.order_by().values("pk", *fields)
        scored_sql, scored_params = scored.query.sql_with_params()
        pages_sql, pages_params = pages.query.sql_with_params()
        columns = ", ".join(f"p.{connection.ops.quote_name(name)}" for name in ["pk", *fields])
        sql = (
            f"SELECT {columns} FROM ({scored_sql}) AS s JOIN ({pages_sql}) AS p ON p.pk = s.object_pk "  # noqa: S608 – ORM-compiled SQL, values as parameters
            "ORDER BY s.score, p.pk DESC"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, (*scored_params, *pages_params))
            return cursor.fetchall()

    def faceted_hits(self, backend, *, chosen: list[tuple[str, list[str]]], promoted=(), with_counts=True):
        """The hits that pass the chosen facets, best first, and the facet token counts, in one query
        (two with editors' picks).

        Which chosen facet a hit fails is decided in SQL, so hits failing two or more never leave
        the database; only the hits that pass (a few hundred of the thousands a common word
        matches) are sorted, here, rather than every match in SQL."""
        scored = self._matches(backend).annotate(score=WeightedBM25()).values("object_pk", "score")
        pages = self.queryset.order_by().values("pk", "facet_keys")
        scored_sql, scored_params = scored.query.sql_with_params()
        pages_sql, pages_params = pages.query.sql_with_params()
        # Per chosen facet i, f{i} is 1 if the keys hold none of its tokens; instr on space-padded keys
        # is an exact, case-sensitive token match (LIKE would read "_" in a slug as a wildcard).
        fails, fail_params = [], []
        for i, (_param, wanted) in enumerate(chosen):
            matches = " OR ".join(["instr(' ' || p.facet_keys || ' ', %s) > 0"] * len(wanted))
            fails.append(f", NOT ({matches}) AS f{i}")
            fail_params += [f" {token} " for token in wanted]
        failed_count = " + ".join(f"f{i}" for i in range(len(chosen))) or "0"
        failed_index = " + ".join(f"f{i} * {i + 1}" for i in range(len(chosen))) or "0"
        # LIMIT -1 keeps SQLite from merging the inner query into the outer one, which would
        # compute each f{i} twice per hit. bm25 for every hit: a CASE around it is no cheaper.
        sql = (
            f"SELECT pk, facet_keys, {failed_index}, score FROM ("  # noqa: S608 – ORM-compiled SQL, values as parameters
            f"SELECT p.pk, p.facet_keys, s.score{''.join(fails)} "
            f"FROM ({scored_sql}) AS s JOIN ({pages_sql}) AS p ON p.pk = s.object_pk LIMIT -1"
            f") WHERE {failed_count} <= 1"
        )
        params = (*fail_params, *scored_params, *pages_params)
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if promoted:
            # Editors' picks count as hits (in the total and the facets) even without the words.
            missing = self.queryset.filter(pk__in=promoted).exclude(pk__in=self._matches(backend).values("object_pk"))
            rows += [
                (pk, keys, failed_facet(keys, chosen), None) for pk, keys in missing.values_list("pk", "facet_keys")
            ]
        kept, counts = count_facet_tokens(rows, chosen)
        hidden = set(promoted)
        ranked = sorted((row for row in rows if row[2] == 0 and row[0] not in hidden), key=lambda r: (r[3], -r[0]))
        return FacetedHits(total=len(kept), counts=counts, listed=[row[0] for row in ranked])

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            return self._build_prefix_lexemes(stemmed_plain_text(query), config)
        return super().build_search_query_content(query, config)

    def _build_prefix_lexemes(self, query: PlainText, config):
        terms = query.query_string.split()
        lexemes = lite.Lexeme(terms[0], prefix=True)
        for term in terms[1:]:
            lexeme = lite.Lexeme(term, prefix=True)
            lexemes = lexemes & lexeme if query.operator.upper() == "AND" else lexemes | lexeme
        return lite.SearchQueryExpression(lexemes, config=config)


class NorwegianSQLiteSearchBackend(lite.SQLiteSearchBackend):
    query_compiler_class = NorwegianSQLiteQueryCompiler
    index_class = NorwegianSQLiteIndex
