"""The public face of Kartlegging at /kartlegging/: what the programme measures, the rounds, the
county's results and how schools work with theirs. County-level figures only, never a school's."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from portal.blocks import BaseStreamBlock


class SurveyOverviewPage(Page):
    intro = models.TextField(_("ingress"), blank=True)
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("slik arbeider skolene med resultatene"),
        blank=True,
        help_text=_("Vises under fylkets resultater: hvordan skolene analyserer og bruker resultatene sine."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["portal.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("kartleggingsside")

    def get_context(self, request, *args, **kwargs):
        from surveys.selectors import public_overview

        context = super().get_context(request, *args, **kwargs)
        context["overview"] = public_overview()
        return context
