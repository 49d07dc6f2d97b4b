"""Speakers: kept once, chosen in many events' programmes."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Speaker(index.Indexed, models.Model):
    name = models.CharField(_("navn"), max_length=150)
    title = models.CharField(_("tittel og arbeidssted"), max_length=200, blank=True)
    photo = models.ForeignKey(
        "portal.PortalImage",
        verbose_name=_("bilde"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("kort om foredragsholderen"), blank=True, max_length=1000)

    panels = [FieldPanel("name"), FieldPanel("title"), FieldPanel("photo"), FieldPanel("bio")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("title")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("foredragsholder")
        verbose_name_plural = _("foredragsholdere")

    def __str__(self):
        return f"{self.name}, {self.title}" if self.title else self.name
