"""Demo news items (demo/nyheter/, read by portal/demo_data.py), dated relative to the day the
demo is loaded. Idempotent by slug (the file name)."""

from datetime import timedelta

from django.utils import timezone

from news.demo_support import create_news_page, news_index
from news.models import NewsPage
from portal.demo_data import DemoData, load, paragraphs


def build_news_demo(data: DemoData | None = None) -> dict:
    data = data or load()
    index = news_index()
    created = 0
    for item in data.news:
        if index is None or NewsPage.objects.filter(slug=item.slug).exists():
            continue
        create_news_page(
            parent=index,
            title=item.title,
            slug=item.slug,
            date=timezone.localdate() - timedelta(days=item.days_ago),
            summary=item.summary,
            body=paragraphs(item.body),
        )
        created += 1
    return {"news_created": created, "news_skipped": len(data.news) - created}
