"""RSS 2.0 and Atom feeds of the news: only live, public news pages."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _

from news.selectors import IN_FEED, public_news


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "nb"

    def __init__(self, *, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("Nyheter fra Kultur for læring")

    def link(self):
        # The site's public address (PORTAL_BASE_URL, set_site_url), not whatever Host the request named.
        return self.index_page.full_url

    def description(self):
        return self.index_page.intro or _("Nyheter og kunngjøringer fra Kultur for læring.")

    def items(self):
        return public_news(index_page=self.index_page)[:IN_FEED]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.full_url

    def item_guid(self, item):
        return item.full_url

    def item_pubdate(self, item):
        # The news date at noon, Norwegian time; the first publication if it is the same day.
        published = item.first_published_at
        if published and timezone.localtime(published).date() == item.date:
            return published
        return timezone.make_aware(datetime.combine(item.date, time(12, 0)))

    def item_updateddate(self, item):
        return item.last_published_at


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
