"""SQLite: FTS5 has no Norwegian stemmer, so indexed text is stemmed with the Snowball
Norwegian stemmer before FTS sees it, and ranking weighs the title column."""

import json
import threading
from collections import Counter
from functools import cached_property

from django.db import connection
from django.db.models import F, FloatField, Func, IntegerField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite import sqlite as lite
from modelsearch.index import SearchField
from modelsearch.query import PlainText

from search.backends.common import PREFERRED_BONUS, UNIT_BONUS, DocumentFacets, stemmed_plain_text
from search.documents import sync_documents
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
        sync_documents(model, objs)


class WeightedBM25(Func):
    """FTS5's bm25() with column weights (columns: autocomplete, body, title).

    modelsearch's own expression weighs every column alike and, for AND queries,
    multiplies (1 + score) per word, which flips sign with bm25's negative scores.
    One weighted bm25 over the whole match ranks titles first and stays monotonic."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra):
        table = lite.SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, 0.0, 1.0, {TITLE_COLUMN_WEIGHT})", []


class SQLiteDocumentFacets(DocumentFacets):
    contains = "instr({column}, %s) > 0"
    fence = "LIMIT -1"

    def count(self) -> tuple[int, int, Counter]:
        # A common word's hits mostly fail one facet and count only that facet's values: those are
        # grouped here; the few passing hits come back one row each, their columns joined by "|".
        # Thousands of rows (and objects for Python's garbage collector) become hundreds.
        sql, params = self.classified()
        width = len(self.columns)
        packed = " || '|' || ".join(f"coalesce(c{j}, '')" for j in range(width))
        position = {param: j for j, (param, _column) in enumerate(self.columns)}
        own = " ".join(f"WHEN {1 << i} THEN c{position[param]}" for i, (param, _tokens) in enumerate(self.chosen))
        grouped = (
            f"WITH h AS ({sql}) "  # noqa: S608 – ORM-compiled SQL, values as parameters
            f"SELECT -1 - promoted, {packed}, entry_id FROM h WHERE fails = 0 "
            f"UNION ALL SELECT fails, CASE fails {own or 'WHEN 0 THEN NULL'} END, count(*) FROM h WHERE fails <> 0 "
            "GROUP BY 1, 2"
        )
        with connection.cursor() as cursor:
            cursor.execute(grouped, params)
            rows = cursor.fetchall()
        counts: Counter = Counter()
        total, self.listed_entries = 0, []
        for kind, value, n in rows:
            if kind < 0:  # a passing hit (n is its entry id): -1, or -2 for an editors' pick
                total += 1
                if kind == -1:
                    self.listed_entries.append(n)
                for (param, _column), keys in zip(self.columns, value.split("|"), strict=True):
                    for key in keys.split():
                        counts[f"{param}:{key}"] += 1
            else:  # hits failing only the chosen facet whose bit is `kind`
                param = self.chosen[kind.bit_length() - 1][0]
                for key in (value or "").split():
                    counts[f"{param}:{key}"] += n
        return total, len(self.listed_entries), counts

    def ranked_slice(self, start: int, stop: int) -> list[int]:
        # The passing entries are known from counting: rank only them (bm25 in the FTS match),
        # without joining every hit to its document and page again. The unary + keeps SQLite from
        # handing the id list to FTS5 as a rowid constraint, which runs the match once per id.
        scored_sql, scored_params = self.scored
        boost, boost_params = self.boost_order()
        sql = (
            f"SELECT d.page_id FROM ({scored_sql}) AS s JOIN {self.table} AS d ON d.entry_id = s.entry_id "  # noqa: S608
            "WHERE +s.entry_id IN (SELECT value FROM json_each(%s)) "
            f"ORDER BY {boost}s.score, d.page_id DESC LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*scored_params, json.dumps(self.listed_entries), *boost_params, stop - start, start])
            return [row[0] for row in cursor.fetchall()]


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

        Entries are matched in FTS by rowid and joined to their narrow `SearchDocument` rows;
        bm25 is computed only for the passing hits of the page asked for."""
        match = lite.MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS,
            self.build_search_query(lite.normalize(self.query), config=self.get_config(backend)),
        )
        entries = lite.SQLiteFTSIndexEntry.objects.filter(match).annotate(entry_id=F("index_entry_id"))
        scored = entries.annotate(score=WeightedBM25()).values("entry_id", "score").query.sql_with_params()
        if preferred is not None:
            # Hits of the query as typed first, ranked by it; then those found only through
            # another form (a synonym, nynorsk …), ranked by the whole query.
            typed = lite.MatchExpression(
                self.fields or self.FTS_TABLE_FIELDS,
                self.build_search_query(lite.normalize(preferred), config=self.get_config(backend)),
            )
            typed_sql, typed_params = (
                lite.SQLiteFTSIndexEntry.objects.filter(typed)
                .annotate(entry_id=F("index_entry_id"), score=WeightedBM25())
                .values("entry_id", "score")
                .query.sql_with_params()
            )
            scored = (
                f"SELECT e.entry_id, COALESCE(t.score - {PREFERRED_BONUS}, e.score) AS score "  # noqa: S608
                f"FROM ({scored[0]}) AS e LEFT JOIN ({typed_sql}) AS t ON t.entry_id = e.entry_id",
                [*scored[1], *typed_params],
            )
        if units:
            # Any-word query: hits with more of its units first (each unit one FTS match).
            tests, unit_params = [], []
            for unit in units:
                unit_match = lite.MatchExpression(
                    self.fields or self.FTS_TABLE_FIELDS,
                    self.build_search_query(lite.normalize(unit), config=self.get_config(backend)),
                )
                unit_sql, params = (
                    lite.SQLiteFTSIndexEntry.objects.filter(unit_match).values("index_entry_id").query.sql_with_params()
                )
                tests.append(f"(u.entry_id IN ({unit_sql}))")
                unit_params += params
            scored = (
                f"SELECT u.entry_id, u.score - {UNIT_BONUS} * ({' + '.join(tests)}) AS score "  # noqa: S608
                f"FROM ({scored[0]}) AS u",
                [*unit_params, *scored[1]],
            )
        facets = SQLiteDocumentFacets(
            matched=entries.values("entry_id").query.sql_with_params(),
            scored=scored,
            pages=self.queryset,
            chosen=chosen,
            promoted=promoted,
            boosts=boosts,
        )
        return facets.faceted_hits(with_counts=with_counts)

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
