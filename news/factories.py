import factory
from django.utils import timezone

from news.models import NewsIndexPage, NewsPage
from portal.factories import home_page
from portal.text import norwegian_slug


def news_index() -> NewsIndexPage:
    return NewsIndexPage.objects.child_of(home_page()).first()


class NewsPageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Nyhet {n}")
    slug = factory.LazyAttribute(lambda o: norwegian_slug(o.title))
    date = factory.LazyFunction(timezone.localdate)
    summary = factory.LazyAttribute(lambda o: f"Kort om «{o.title}».")
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Mer om saken.</p>"}])

    @classmethod
    def _create(cls, model_class, *args, parent=None, publish=True, **kwargs):
        page = model_class(*args, **kwargs)
        (parent or news_index()).add_child(instance=page)
        if publish:
            page.save_revision().publish()
        return page
