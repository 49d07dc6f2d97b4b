"""PostgreSQL: modelsearch's backend with Norwegian stemming (`norwegian_nostop`, the
`norwegian` configuration without its stopword list, made by search/migrations/0003),
and every query word matched as a prefix stem."""

from django.db.models import F
from modelsearch.backends.database.postgres import postgres as pg
from modelsearch.query import PlainText

from search.backends.common import stemmed_plain_text

TITLE_COLUMN_WEIGHT = 8.0
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

    def ranked_rows(self, backend, fields: list[str]) -> list[tuple]:
        """(pk, *fields) of every match, best first, in one query."""
        return list(self.search(self.get_config(backend), None, None, backend=backend).values_list("pk", *fields))


class NorwegianPostgresSearchBackend(pg.PostgresSearchBackend):
    query_compiler_class = NorwegianPostgresQueryCompiler

    def __init__(self, params):
        super().__init__({**params, "SEARCH_CONFIG": SEARCH_CONFIG})
