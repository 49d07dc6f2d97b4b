"""Reads of news: the paginated index, the home page's latest and the feeds. Fixed query counts."""

from django.conf import settings
from django.db.models import QuerySet

from news.models import NewsPage
from portal.pagination import Pagination, paginate

LATEST_ON_HOME = 3
IN_FEED = 30


def public_news(*, index_page=None) -> QuerySet:
    news = NewsPage.objects.live().public()
    if index_page is not None:
        news = news.descendant_of(index_page)
    return news.select_related("listing_image").order_by("-date", "-first_published_at", "-pk")


def news_listing(*, index_page, params) -> Pagination:
    return paginate(
        public_news(index_page=index_page), page_param=params.get("side"), per_page=settings.PORTAL_PAGE_SIZE
    )


def latest_news(*, limit: int = LATEST_ON_HOME) -> list[NewsPage]:
    return list(public_news()[:limit])
