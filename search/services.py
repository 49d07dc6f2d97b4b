"""Writes of the search app: the query log behind editors' search statistics."""

import logging

from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from search.models import ZeroResultDailyHits

logger = logging.getLogger(__name__)


def search_log_record(*, query_string: str, result_count: int) -> None:
    """Count one search (and one zero-result search when it found nothing).

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
