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

from django.db import connection
from modelsearch.backends.database import SearchBackend as ModelsearchDatabaseBackend


def SearchBackend(params):  # noqa: N802 – modelsearch looks for this name
    # Imported lazily: each module loads models that exist only on its own database.
    if connection.vendor == "postgresql":
        from search.backends.postgres import NorwegianPostgresSearchBackend

        return NorwegianPostgresSearchBackend(params)
    backend = ModelsearchDatabaseBackend(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        from search.backends.sqlite import NorwegianSQLiteSearchBackend

        if isinstance(backend, SQLiteSearchBackend):
            return NorwegianSQLiteSearchBackend(params)
    return backend
