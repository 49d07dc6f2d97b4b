"""The programme's taxonomy. Seeded by data migrations, kept by editors as snippets."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class TaxonomyTerm(index.Indexed, models.Model):
    name = models.CharField(_("navn"), max_length=120)
    slug = models.SlugField(_("kortnavn i URL"), max_length=120, unique=True, allow_unicode=False)
    sort_order = models.PositiveSmallIntegerField(_("rekkefølge"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name


class Subject(TaxonomyTerm):
    """Fag in the LK20 curriculum, plus cross-curricular work."""

    code = models.CharField(_("fagkode (LK20)"), max_length=20, blank=True)

    panels = [*TaxonomyTerm.panels, FieldPanel("code")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("fag")
        verbose_name_plural = _("fag")


class GradeBand(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("trinnbånd")
        verbose_name_plural = _("trinnbånd")


class Grade(TaxonomyTerm):
    number = models.PositiveSmallIntegerField(_("trinn"), unique=True)
    band = models.ForeignKey(GradeBand, verbose_name=_("trinnbånd"), on_delete=models.PROTECT, related_name="grades")

    panels = [*TaxonomyTerm.panels, FieldPanel("number"), FieldPanel("band")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("trinn")
        verbose_name_plural = _("trinn")
        ordering = ["number"]


class RespondentGroup(TaxonomyTerm):
    """Who answers a survey: pupils 1–4, pupils 5–10, teachers, parents …"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("respondentgruppe")
        verbose_name_plural = _("respondentgrupper")


class SurveyArea(TaxonomyTerm):
    """Kartleggingsområde: what the programme's surveys measure for one respondent group."""

    respondent_group = models.ForeignKey(
        RespondentGroup, verbose_name=_("respondentgruppe"), on_delete=models.PROTECT, related_name="areas"
    )
    factors = models.PositiveSmallIntegerField(_("antall faktorer"), default=1)
    questions = models.PositiveSmallIntegerField(_("antall spørsmål"), default=1)
    description = models.TextField(_("beskrivelse"), blank=True)

    panels = [
        *TaxonomyTerm.panels,
        FieldPanel("respondent_group"),
        FieldPanel("factors"),
        FieldPanel("questions"),
        FieldPanel("description"),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("kartleggingsområde")
        verbose_name_plural = _("kartleggingsområder")
        ordering = ["respondent_group__sort_order", "sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["respondent_group", "name"], name="unique_area_per_respondent_group")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.respondent_group.name})"


class ImprovementPillar(TaxonomyTerm):
    """Forbedringsområde: the five pillars of the programme."""

    description = models.TextField(_("beskrivelse"), blank=True)

    panels = [*TaxonomyTerm.panels, FieldPanel("description")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("forbedringsområde")
        verbose_name_plural = _("forbedringsområder")
