import factory
from django.utils import timezone

from news.demo_support import news_index
from news.models import NewsPage
from portal.factories import PublishedPageFactory
from portal.text import norwegian_slug

__all__ = ["NewsPageFactory", "news_index"]


class NewsPageFactory(PublishedPageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Nyhet {n}")
    slug = factory.LazyAttribute(lambda o: norwegian_slug(o.title))
    date = factory.LazyFunction(timezone.localdate)
    summary = factory.LazyAttribute(lambda o: f"Kort om «{o.title}».")
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Mer om saken.</p>"}])

    @classmethod
    def default_parent(cls):
        return news_index()
