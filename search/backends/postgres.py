"""PostgreSQL: modelsearch's backend with the `norwegian` text search configuration,
and every query word matched as a prefix stem."""

from modelsearch.backends.database.postgres import postgres as pg
from modelsearch.query import PlainText

from search.backends.common import stemmed_plain_text


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
            return pg.SearchQuery(lexemes, search_type="raw", config=config)
        return super().build_tsquery_content(query, config=config, invert=invert)

    def ranked_rows(self, backend, fields: list[str]) -> list[tuple]:
        """(pk, *fields) of every match, best first, in one query."""
        return list(self.search(self.get_config(backend), None, None, backend=backend).values_list("pk", *fields))


class NorwegianPostgresSearchBackend(pg.PostgresSearchBackend):
    query_compiler_class = NorwegianPostgresQueryCompiler

    def __init__(self, params):
        super().__init__({"SEARCH_CONFIG": "norwegian", **params})
