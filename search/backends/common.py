"""What the Norwegian backends share: query words reduced to prefix stems, and faceted hits."""

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db import connection
from modelsearch.query import PlainText

from search.norwegian import query_stem, words


def stemmed_plain_text(query: PlainText) -> PlainText:
    terms = [query_stem(w) for w in words(query.query_string)]
    return PlainText(" ".join(t for t in terms if t) or query.query_string, operator=query.operator)


@dataclass
class FacetedHits:
    total: int  # hits passing every chosen facet, editors' picks included
    counts: Mapping[str, int]  # "param:key" -> hits passing every chosen facet but perhaps its own
    listed: Sequence[int]  # ids of the passing hits, best first, editors' picks left out


# Added to the score (lower is better) of a hit that matches the query as typed, so that
# hits found only through a synonym or another form come after them.
PREFERRED_BONUS = 1000.0
# … and per unit of an any-word query a hit matches: the more of a long query's meaningful
# words a hit has, the higher it ranks (minimum-should-match, as a ranking).
UNIT_BONUS = 10000.0


class DocumentFacets:
    """Faceted hits read from the narrow `SearchDocument` rows of the matched index entries.

    One query classifies every hit: which chosen facets it fails, as bits. A hit that fails
    none counts every facet value it has; a hit that fails exactly one chosen facet counts only
    that facet's values (so each count says what ticking the box would give); hits failing more
    never leave the database. Only the page of results shown is ranked, when the paginator asks.

    The database backends give the parts that differ: `contains` (an exact " key " substring
    test), `fence` (keeps a subquery from being merged and its expressions computed twice) and
    how the classified rows are counted."""

    contains: str  # SQL testing that {column} holds the %s substring
    fence: str

    def __init__(self, *, matched, pages, chosen: list[tuple[str, list[str]]], promoted=(), scored=None, boosts=()):
        from search.documents import FACET_COLUMNS
        from search.models import SearchDocument

        # matched: entry ids (column "entry_id") as (sql, params); scored: the same with a "score"
        # column, lower first; pages: the queryset of pages a visitor may see.
        self.matched, self.scored = matched, scored
        self.visible = _visible_join(pages)
        self.chosen, self.promoted = chosen, list(promoted)
        self.table = connection.ops.quote_name(SearchDocument._meta.db_table)
        self.columns = [(param, connection.ops.quote_name(column)) for param, column in FACET_COLUMNS.items()]
        self.column_of = dict(self.columns)
        # "param:key" tokens the query suggests (search/understanding.py): hits with more of
        # them rank first; they never filter.
        self.boosts = [token.partition(":") for token in boosts if token.partition(":")[0] in self.column_of]

    def _passes(self, i: int) -> tuple[str, list]:
        param, tokens = self.chosen[i]
        keys = [token.partition(":")[2] for token in tokens]
        test = " OR ".join([self.contains.format(column=f"d.{self.column_of[param]}")] * len(keys))
        return f"({test})", [f" {key} " for key in keys]

    def _source(self) -> tuple[str, list]:
        """Documents of the matched entries (and of editors' picks, hits even without the words)
        whose pages are visible: Wagtail's page table decides, not a copy."""
        matched_sql, params = self.matched
        if self.promoted:
            picks = f"SELECT entry_id FROM {self.table} WHERE page_id IN ({_marks(self.promoted)})"  # noqa: S608
            matched_sql = f"{matched_sql} UNION {picks}"
            params = [*params, *self.promoted]
        joins, where, where_params = self.visible
        sql = f"FROM ({matched_sql}) AS m JOIN {self.table} AS d ON d.entry_id = m.entry_id{joins} WHERE {where}"  # noqa: S608
        return sql, [*params, *where_params]

    def boost_order(self) -> tuple[str, list]:
        """An ORDER BY prefix: the number of the query's boosts a hit's document has, most first."""
        if not self.boosts:
            return "", []
        tests = [
            f"CASE WHEN {self.contains.format(column='d.' + self.column_of[param])} THEN 1 ELSE 0 END"
            for param, _sep, _key in self.boosts
        ]
        return f"({' + '.join(tests)}) DESC, ", [f" {key} " for _param, _sep, key in self.boosts]

    def classified(self) -> tuple[str, list]:
        """(fails, promoted, entry_id, one column per facet): a facet's values only where they count."""
        fails, fail_params = [], []
        for i in range(len(self.chosen)):
            test, test_params = self._passes(i)
            fails.append(f"CASE WHEN {test} THEN 0 ELSE {1 << i} END")
            fail_params += test_params
        promoted = f"CASE WHEN d.page_id IN ({_marks(self.promoted)}) THEN 1 ELSE 0 END" if self.promoted else "0"
        own_bit = {param: 1 << i for i, (param, _tokens) in enumerate(self.chosen)}
        shown = ", ".join(
            f"CASE WHEN fails IN (0, {own_bit.get(param, 0)}) THEN {column} END AS c{j}"
            for j, (param, column) in enumerate(self.columns)
        )
        source, source_params = self._source()
        columns = ", ".join(f"d.{column}" for _param, column in self.columns)
        single_fails = ", ".join(str(1 << i) for i in range(len(self.chosen)))
        sql = (
            f"SELECT fails, promoted, entry_id, {shown} FROM ("  # noqa: S608 – ORM-compiled SQL, values as parameters
            f"SELECT {' + '.join(fails) or '0'} AS fails, {promoted} AS promoted, d.entry_id, {columns} "
            f"{source} {self.fence}"
            f") AS h WHERE fails IN (0{', ' if single_fails else ''}{single_fails})"
        )
        return sql, [*fail_params, *self.promoted, *source_params]

    def count(self) -> tuple[int, int, Counter]:
        """(hits passing every chosen facet, those of them not editors' picks, "param:key" counts)."""
        raise NotImplementedError

    def faceted_hits(self, *, with_counts=True) -> FacetedHits:
        total, listed, counts = self.count()
        return FacetedHits(total=total, counts=counts if with_counts else {}, listed=RankedPage(self, listed))

    def ranked_slice(self, start: int, stop: int) -> list[int]:
        """Page ids of the passing hits (editors' picks left out) from start to stop, best first."""
        scored_sql, scored_params = self.scored
        tests, test_params = [], []
        for i in range(len(self.chosen)):
            test, params = self._passes(i)
            tests.append(test)
            test_params += params
        if self.promoted:
            tests.append(f"d.page_id NOT IN ({_marks(self.promoted)})")
            test_params += self.promoted
        joins, where, where_params = self.visible
        boost, boost_params = self.boost_order()
        sql = (
            f"SELECT d.page_id FROM ({scored_sql}) AS s JOIN {self.table} AS d ON d.entry_id = s.entry_id{joins} "  # noqa: S608
            f"WHERE {where}{''.join(f' AND {t}' for t in tests)} "
            f"ORDER BY {boost}s.score, d.page_id DESC LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*scored_params, *where_params, *test_params, *boost_params, stop - start, start])
            return [row[0] for row in cursor.fetchall()]


class RankedPage:
    """The passing hits, best first, as a sequence Django's Paginator can slice: only the slice
    asked for is ranked and read (ORDER BY score LIMIT n), not every hit of a common word."""

    def __init__(self, facets: DocumentFacets, length: int):
        self.facets, self.length = facets, length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, bounds: slice) -> list[int]:
        start, stop = bounds.start or 0, min(bounds.stop if bounds.stop is not None else self.length, self.length)
        if stop <= start:
            return []
        return self.facets.ranked_slice(start, stop)


def _visible_join(pages) -> tuple[str, str, list]:
    """(joins, condition, params) that keep the documents of the pages in the queryset `pages`.

    A queryset over a page model and its parent tables (live, public, …) is applied as joins by
    primary key with its own WHERE clause: one index lookup per hit. Anything else is applied
    as `page_id IN (…)`, which lists every visible page first."""
    query = pages.order_by().values("pk").query
    compiler = query.get_compiler(connection=connection)
    models = [pages.model, *pages.model._meta.get_parent_list()]
    tables = {model._meta.db_table: model._meta.pk.column for model in models}
    aliases = query.alias_map
    if all(alias in tables and aliases[alias].table_name == alias for alias in aliases):
        quote = connection.ops.quote_name
        try:
            where, params = compiler.compile(query.where)
        except FullResultSet:  # no condition: every page
            return "", "1 = 1", []
        except EmptyResultSet:  # a condition nothing meets (e.g. `.none()`)
            return "", "1 = 0", []
        # Only the tables the condition names (a document exists only for a page of this model).
        named = [table for table in aliases if f"{quote(table)}." in where]
        joins = "".join(f" JOIN {quote(table)} ON {quote(table)}.{quote(tables[table])} = d.page_id" for table in named)
        return joins, where or "1 = 1", list(params)
    sql, params = query.sql_with_params()
    return "", f"d.page_id IN ({sql})", list(params)


def _marks(values) -> str:
    return ", ".join(["%s"] * len(values))
