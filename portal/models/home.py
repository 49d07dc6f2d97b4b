from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page


class FeaturedBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("side"), page_type="resources.ResourcePage")
    blurb = blocks.CharBlock(
        label=_("egen ingress"),
        required=False,
        max_length=300,
        help_text=_("Valgfritt. Ellers brukes sidens sammendrag."),
    )

    class Meta:
        icon = "pick"
        label = _("Utvalgt innhold")


class HomePage(Page):
    """The front page: what the portal is, entry points, featured and newest content."""

    intro = models.TextField(_("ingress"), max_length=600)
    featured = StreamField(
        [("featured", FeaturedBlock())],
        verbose_name=_("redaksjonens utvalg"),
        blank=True,
        max_num=6,
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("featured")]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "resources.ResourceIndexPage",
        "networks.NetworkIndexPage",
        "events.EventIndexPage",
        "news.NewsIndexPage",
        "surveys.SurveyOverviewPage",
    ]

    class Meta:
        verbose_name = _("forside")

    def get_context(self, request, *args, **kwargs):
        from events.selectors import upcoming_events
        from news.selectors import latest_news
        from resources import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.home_page_content(home=self, request=request))
        context["latest_news"] = latest_news()
        context["next_events"] = upcoming_events(limit=3)
        return context
