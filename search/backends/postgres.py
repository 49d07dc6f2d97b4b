"""PostgreSQL: modelsearch's backend with Norwegian stemming (`norwegian_nostop`, the
`norwegian` configuration without its stopword list, made by search/migrations/0003),
and every query word matched as a prefix stem."""

from django.contrib.postgres.search import SearchRank
from django.db.models import F, IntegerField, Q
from django.db.models.functions import Cast
from modelsearch.backends.database.postgres import postgres as pg
from modelsearch.query import PlainText

from search.backends.common import stemmed_plain_text

TITLE_COLUMN_WEIGHT = 8.0
ID_LIST_LIMIT = 5000
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
        """(pk, *fields) of every match, best first, in two queries.

        modelsearch matches pages against title || body through a generic relation keyed
        by text, which reads and sorts every page. Here the index entries are matched
        column by column (both GIN indexes) and ranked on their own, then joined by integer id."""
        config = self.get_config(backend)
        search_query = self.build_tsquery(self.query, config=config)
        rank = SearchRank(F("title"), search_query, weights=self.sql_weights) * F("title_norm") * TITLE_COLUMN_WEIGHT
        rank += SearchRank(F("body"), search_query, weights=self.sql_weights)
        entries = pg.IndexEntry._default_manager.filter(
            Q(title=search_query) | Q(body=search_query),
            content_type_id__in=pg.get_descendants_content_types_pks(self.queryset.model),
        ).annotate(object_pk=Cast("object_id", IntegerField()))
        order = list(entries.annotate(_rank=rank).order_by("-_rank", "-object_pk").values_list("object_pk", flat=True))
        # A short list of ids is looked up by primary key; a long one joined as a subquery.
        matched = order if len(order) <= ID_LIST_LIMIT else entries.values("object_pk")
        rows = {row[0]: row for row in self.queryset.filter(pk__in=matched).order_by().values_list("pk", *fields)}
        return [rows[pk] for pk in order if pk in rows]


class NorwegianPostgresSearchBackend(pg.PostgresSearchBackend):
    query_compiler_class = NorwegianPostgresQueryCompiler

    def __init__(self, params):
        super().__init__({**params, "SEARCH_CONFIG": SEARCH_CONFIG})
