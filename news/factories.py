import factory
from django.utils import timezone

from news.models import NewsIndexPage, NewsPage
from portal.factories import PublishedPageFactory, home_page
from portal.text import norwegian_slug


def news_index() -> NewsIndexPage:
    return NewsIndexPage.objects.child_of(home_page()).first()


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
