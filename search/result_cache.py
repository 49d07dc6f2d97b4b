"""What a query found, kept in the shared cache for a while.

The search itself (matching, ranking, facet counts) is most of a result page's time, and the
same queries come again and again. Only what is the same for everyone is kept: the ids of the
page of hits shown, the total and the facet counts – searches only ever find live, public
pages – never rendered HTML, never anything about who asked. Cards are read afresh.

Keys carry the content generation (portal/page_cache.py): every publish, unpublish, move, edit
or deletion of content bumps it, so a stale result is never served after a change; entries
also expire after `SEARCH_RESULT_CACHE_SECONDS` (0 turns the cache off: development, tests).
If the shared cache does not answer, the search is simply run.
"""

import hashlib
import logging
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache

from portal import page_cache

logger = logging.getLogger(__name__)
T = TypeVar("T")


def seconds() -> int:
    return int(getattr(settings, "SEARCH_RESULT_CACHE_SECONDS", 0) or 0)


def _key(kind: str, parts) -> str:
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    return f"search:{kind}:{page_cache.generation()}:{digest}"


def get(kind: str, parts):
    """What was stored for these parts since the content last changed, or None."""
    if not seconds():
        return None
    try:
        return cache.get(_key(kind, parts))
    except Exception:  # noqa: BLE001 – a cache that is down must not take search with it
        logger.warning("Search result cache unavailable", exc_info=True)
        return None


def store(kind: str, parts, value) -> None:
    if not seconds():
        return
    try:
        cache.set(_key(kind, parts), value, seconds())
    except Exception:  # noqa: BLE001
        logger.warning("Search result cache unavailable", exc_info=True)


def cached(kind: str, parts, compute: Callable[[], T]) -> T:
    """compute(), or what it gave for the same parts since the content last changed."""
    if not seconds():
        return compute()
    try:
        key = _key(kind, parts)
        found = cache.get(key)
    except Exception:  # noqa: BLE001 – a cache that is down must not take search with it
        logger.warning("Search result cache unavailable", exc_info=True)
        return compute()
    if found is not None:
        return found
    value = compute()
    try:
        cache.set(key, value, seconds())
    except Exception:  # noqa: BLE001
        logger.warning("Search result cache unavailable", exc_info=True)
    return value


class KnownPage:
    """A cached page of hit ids, as the sequence Django's Paginator slices: its length is the
    number of hits, and the one slice the paginator asks for is the ids kept."""

    def __init__(self, length: int, ids: list[int]):
        self.length, self.ids = length, ids

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, bounds: slice) -> list[int]:
        return list(self.ids)
