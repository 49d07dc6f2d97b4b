"""News from the programme: an index with RSS and Atom feeds, and news pages."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import BaseStreamBlock
from portal.forms import PortalPageForm


class NewsIndexPage(RoutablePageMixin, Page):
    intro = models.TextField(_("ingress"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("nyhetsoversikt")

    @path("")
    def listing(self, request):
        from news.selectors import news_listing

        return self.render(request, context_overrides={"pagination": news_listing(index_page=self, params=request.GET)})

    @path("rss/")
    def rss(self, request):
        from news.feeds import NewsRssFeed

        return NewsRssFeed(index_page=self)(request)

    @path("atom/")
    def atom(self, request):
        from news.feeds import NewsAtomFeed

        return NewsAtomFeed(index_page=self)(request)


class NewsPage(Page):
    date = models.DateField(_("dato"), default=timezone.localdate, help_text=_("Vises på nyheten og sorterer listen."))
    summary = models.TextField(_("ingress"), max_length=400)
    listing_image = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("bilde i oversikten"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("innhold"))

    base_form_class = PortalPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary", boost=2), index.SearchField("body")]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("nyhet")
        verbose_name_plural = _("nyheter")
