"""Plain creators for news, used by the demo (news/demo.py) and by the test factories.
Runtime code: no factory_boy here (see portal/demo_support.py)."""

from news.models import NewsIndexPage, NewsPage
from portal.demo_support import create_page, home_page
from portal.text import norwegian_slug


def news_index() -> NewsIndexPage:
    return NewsIndexPage.objects.child_of(home_page()).first()


def create_news_page(*, parent=None, title: str, publish: bool = True, **fields) -> NewsPage:
    """A news item under `parent` (the news index if none), its slug made from the title unless given."""
    fields.setdefault("slug", norwegian_slug(title))
    return create_page(NewsPage, parent=parent or news_index(), publish=publish, title=title, **fields)
