"""The portal's other public pages in search: networks, meetings, events and news.

They carry no taxonomy facets and rank by different rules than resources, so they are
found with Wagtail's own search over live, public pages and shown beside the resource
hits ("Nettverk, arrangementer og nyheter") instead of being mixed into the ranked,
faceted list. Members-only material is never found: material pages are not public,
and a meeting's material is not indexed (networks/models/pages.py).
"""

import logging
from dataclasses import dataclass
from datetime import date, datetime

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from events.models import EventPage
from networks.models import MeetingPage, NetworkPage
from news.models import NewsPage
from search import result_cache

logger = logging.getLogger(__name__)

OTHER_TYPES = (NetworkPage, MeetingPage, EventPage, NewsPage)
OTHER_SHOWN = 5
LABELS = {NetworkPage: _("Nettverk"), MeetingPage: _("Nettverkssamling"), NewsPage: _("Nyhet")}


@dataclass
class OtherHit:
    title: str
    url: str
    type_label: str
    summary: str
    when: datetime | date | None


def other_hits(*, query: str, limit: int = OTHER_SHOWN) -> list[OtherHit]:
    """A few public non-resource pages for the query (kept in the search result cache)."""
    if not query:
        return []
    return result_cache.cached("other", (query, limit), lambda: _other_hits(query=query, limit=limit))


def _other_hits(*, query: str, limit: int) -> list[OtherHit]:
    """One search query and one per page type shown."""
    try:
        found = list(Page.objects.live().public().type(*OTHER_TYPES).search(query, operator="and")[:limit])
    except Exception:  # noqa: BLE001 – the side list must never take the result page down with it
        logger.exception("Search of other pages failed")
        return []
    pages = {page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in found]).specific()}
    hits = []
    for hit in found:
        page = pages.get(hit.pk)
        if page is None:
            continue
        label = page.get_kind_display() if isinstance(page, EventPage) else LABELS.get(type(page), "")
        hits.append(
            OtherHit(
                title=page.title,
                url=page.url,
                type_label=str(label),
                summary=getattr(page, "summary", "") or "",
                when=getattr(page, "start", None) or getattr(page, "date", None),
            )
        )
    return hits
