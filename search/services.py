"""Writes of the search app: the query log behind editors' search statistics, and the
anonymous, counted searches behind public suggestions. The two are kept apart: editors'
reports count every search, while public suggestions are counted only from anonymous
visitors (search/suggestions.py)."""

import logging
from datetime import date, timedelta

from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from search.models import AnonymousSearch, ZeroResultDailyHits
from search.suggestions import public_term, visitor_digest, window_days

logger = logging.getLogger(__name__)


def search_log_record(*, query_string: str, result_count: int) -> None:
    """Count one search (and one zero-result search when it found nothing), for editors'
    reports only: nothing here is ever shown to visitors.

    Logging must never cost a teacher their results, so a database error is logged
    and swallowed.
    """
    if not query_string:
        return
    try:
        with transaction.atomic():
            query = Query.get(query_string)
            query.add_hit()
            if result_count == 0:
                today = timezone.localdate()
                hits, _ = ZeroResultDailyHits.objects.get_or_create(query=query, date=today)
                ZeroResultDailyHits.objects.filter(pk=hits.pk).update(hits=F("hits") + 1)
    except DatabaseError:
        logger.exception("Could not log the search %r", query_string[:100])


def anonymous_search_record(*, query_string: str, address: str, found_page_id: int) -> None:
    """Count an anonymous visitor's query towards public suggestions: once per visitor per day.

    Call only for visitors who are not logged in, and only when the query found a public
    resource with all its words (`found_page_id`, the best hit). A query that could never be
    shown (`public_term`) is not stored at all."""
    term = public_term(query_string)
    if term is None or not found_page_id:
        return
    today = timezone.localdate()
    try:
        with transaction.atomic():
            _purge_once_a_day(today)
            AnonymousSearch.objects.bulk_create(
                [
                    AnonymousSearch(
                        query_string=term,
                        date=today,
                        visitor=visitor_digest(address=address, term=term, day=today),
                        found_page_id=found_page_id,
                    )
                ],
                ignore_conflicts=True,  # this visitor has asked it today already
            )
    except DatabaseError:
        logger.exception("Could not count the anonymous search %r", term)


def purge_anonymous_searches(*, today: date | None = None) -> tuple[int, int]:
    """Erase the visitor hashes of days that are over (they are only needed to count a visitor
    once on the day) and delete rows older than the counting window.
    Returns (hashes erased, rows deleted)."""
    today = today or timezone.localdate()
    erased = AnonymousSearch.objects.filter(date__lt=today, visitor__isnull=False).update(visitor=None)
    deleted, _ = AnonymousSearch.objects.filter(date__lt=today - timedelta(days=window_days())).delete()
    return erased, deleted


def _purge_once_a_day(today: date) -> None:
    # cache.add is atomic: one request a day (per cache) does the purge; a failed one is retried.
    key = f"search:anonymous-searches-purged:{today.isoformat()}"
    if cache.add(key, True, timeout=2 * 24 * 60 * 60):
        try:
            purge_anonymous_searches(today=today)
        except DatabaseError:
            cache.delete(key)
            raise
