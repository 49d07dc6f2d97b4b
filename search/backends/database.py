"""Wagtail's database search, taught Norwegian.

`WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends.database"` picks the
backend for the database in use, like modelsearch's own `database` backend:

- PostgreSQL: modelsearch's backend with the `norwegian` text search configuration.
- SQLite: FTS5 has no Norwegian stemmer, so indexed text is stemmed with the Snowball
  Norwegian stemmer before FTS sees it.

On both, every query word is reduced by `norwegian.query_stem` and matched as a
prefix, so lese, leser, lesing and leseforståelse find each other the same way on
either database. The admin's search uses the same backend and gains the same.
"""

import threading
from functools import cached_property

from django.db import connection
from modelsearch.backends.database import SearchBackend as ModelsearchDatabaseBackend
from modelsearch.backends.database.postgres import postgres as pg
from modelsearch.backends.database.sqlite import sqlite as lite
from modelsearch.index import SearchField
from modelsearch.query import PlainText

from search.norwegian import query_stem, stem_text, words

# Fields boosted at least this much are indexed with the title on SQLite, where
# the index has only a title and a body column to weigh.
TITLE_WEIGHT_BOOST = 3


def _stemmed_plain_text(query: PlainText) -> PlainText:
    terms = [query_stem(w) for w in words(query.query_string)]
    return PlainText(" ".join(t for t in terms if t) or query.query_string, operator=query.operator)


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


class NorwegianSQLiteQueryCompiler(lite.SQLiteSearchQueryCompiler):
    LAST_TERM_IS_PREFIX = True

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            return self._build_prefix_lexemes(_stemmed_plain_text(query), config)
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


class NorwegianPostgresQueryCompiler(pg.PostgresSearchQueryCompiler):
    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, PlainText):
            query = _stemmed_plain_text(query)
            lexemes = None
            for term in query.query_string.split():
                lexeme = pg.Lexeme(term, invert=invert, prefix=True)
                if lexemes is None:
                    lexemes = lexeme
                elif query.operator.lower() == "and":
                    lexemes &= lexeme
                else:
                    lexemes |= lexeme
            return pg.SearchQuery(lexemes, search_type="raw", config=config)
        return super().build_tsquery_content(query, config=config, invert=invert)


class NorwegianPostgresSearchBackend(pg.PostgresSearchBackend):
    query_compiler_class = NorwegianPostgresQueryCompiler

    def __init__(self, params):
        super().__init__({"SEARCH_CONFIG": "norwegian", **params})


def SearchBackend(params):  # noqa: N802 – modelsearch looks for this name
    if connection.vendor == "postgresql":
        return NorwegianPostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        backend = ModelsearchDatabaseBackend(params)
        if isinstance(backend, lite.SQLiteSearchBackend):
            return NorwegianSQLiteSearchBackend(params)
        return backend
    return ModelsearchDatabaseBackend(params)
