"""PostgreSQL: modelsearch's backend with Norwegian stemming (`norwegian_nostop`, the
`norwegian` configuration without its stopword list, made by search/migrations/0003),
and every query word matched as a prefix stem."""

from django.contrib.postgres.search import SearchRank
from django.db import connection
from django.db.models import BooleanField, F, IntegerField, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from modelsearch.backends.database.postgres import postgres as pg
from modelsearch.query import PlainText

from search.backends.common import FacetedHits, stemmed_plain_text

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

    def faceted_hits(self, backend, *, chosen: list[tuple[str, list[str]]], promoted=(), with_counts=True):
        """Facet counts, the number of hits and the ids of those that pass every chosen facet, in one
        query that reads each hit once; only the page shown is ranked, when the paginator asks.

        A common word matches most documents: sending each hit's keys to Python, or ranking
        every hit, took over a second at 100 000 documents."""
        entries, rank = self._entries(backend)
        matched_sql, matched_params = entries.values("object_pk").query.sql_with_params()
        pages_sql, pages_params = self.queryset.order_by().values("pk", "facet_keys").query.sql_with_params()
        hits_sql = f"SELECT p.pk, p.facet_keys FROM ({pages_sql}) AS p WHERE p.pk IN ({matched_sql})"  # noqa: S608
        hits_params = [*pages_params, *matched_params]
        if promoted:  # editors' picks are hits (counted, faceted) even without the words
            hits_sql += f" UNION SELECT p.pk, p.facet_keys FROM ({pages_sql}) AS p WHERE p.pk = ANY(%s)"  # noqa: S608
            hits_params += [*pages_params, list(promoted)]
        # Per chosen facet i, f{i} is 1 if the keys hold none of its tokens. OFFSET 0 keeps each
        # subquery from being merged into the next, so every row's expressions are computed once.
        fails = ", ".join(f"(NOT (keys && %s::text[]))::int AS f{i}" for i in range(len(chosen)))
        failed_count = " + ".join(f"f{i}" for i in range(len(chosen))) or "0"
        failed_index = " + ".join(f"f{i} * {i + 1}" for i in range(len(chosen))) or "0"
        own_prefix = f"CASE failed_index {' '.join(f'WHEN {i + 1} THEN %s' for i in range(len(chosen)))} END"
        rows_sql = (
            f"SELECT pk, keys, {failed_count} AS failed_count, {failed_index} AS failed_index FROM ("  # noqa: S608
            f"SELECT pk, keys{', ' if fails else ''}{fails} FROM ("
            f"SELECT pk, string_to_array(facet_keys, ' ') AS keys FROM ({hits_sql}) AS h OFFSET 0"
            ") AS k OFFSET 0) AS f"
        )
        rows_params = [*(wanted for _param, wanted in chosen), *hits_params]
        # Every hit that fails at most one chosen facet is unnested: all its tokens count if it
        # passes (and a NULL, which counts and lists the passing hits), only its own facet's if not.
        sql = (
            "SELECT token, count(*), array_agg(pk) FILTER (WHERE token IS NULL AND NOT pk = ANY(%s)) "  # noqa: S608
            f"FROM (SELECT * FROM ({rows_sql}) AS r WHERE failed_count <= 1 OFFSET 0) AS c "
            "CROSS JOIN LATERAL unnest(CASE WHEN failed_count = 0 THEN array_append(keys, NULL) ELSE keys END) "
            "AS token "
            f"WHERE failed_count = 0 OR starts_with(token, {own_prefix if chosen else 'NULL'})"
            " GROUP BY token"
        )
        params = [list(promoted), *rows_params, *(f"{param}:" for param, _wanted in chosen)]
        if not with_counts:
            sql = (
                "SELECT NULL, count(*), NULL FROM ("  # noqa: S608
                f"SELECT * FROM ({rows_sql}) AS r WHERE failed_count = 0 OFFSET 0) AS c"
            )
            params = rows_params
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        counts = {token: n for token, n, _ids in rows if token}
        total, listed_ids = next(((n, ids or []) for token, n, ids in rows if token is None), (0, []))
        return FacetedHits(total=total, counts=counts, listed=RankedPage(entries.annotate(_rank=rank), listed_ids))


class RankedPage:
    """The passing hits, best first, as a sequence Django's Paginator can slice: only the slice
    asked for is read in rank order (ORDER BY rank LIMIT n), and only the entries of the ids that
    passed are ranked – not every hit of a common word."""

    def __init__(self, entries, ids: list[int]):
        self.entries, self.ids = entries, ids

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, bounds: slice) -> list[int]:
        start, stop = bounds.start or 0, bounds.stop if bounds.stop is not None else len(self.ids)
        if stop <= start or not self.ids:
            return []
        # By object_id (text), so the (content type, object id) index finds the entries; one array
        # parameter, not one parameter per id (tens of thousands when no facet is chosen).
        column = f"{connection.ops.quote_name(pg.IndexEntry._meta.db_table)}.{connection.ops.quote_name('object_id')}"
        ids = RawSQL(f"{column} = ANY(%s)", ([str(pk) for pk in self.ids],), output_field=BooleanField())  # noqa: S611
        ranked = self.entries.filter(ids)
        return list(ranked.order_by("-_rank", "-object_pk").values_list("object_pk", flat=True)[start:stop])


class NorwegianPostgresSearchBackend(pg.PostgresSearchBackend):
    query_compiler_class = NorwegianPostgresQueryCompiler

    def __init__(self, params):
        super().__init__({**params, "SEARCH_CONFIG": SEARCH_CONFIG})
