"""Municipalities and schools: where the networks' members work."""

from django import forms
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Region(models.TextChoices):
    """The regional councils of Hedmark that networks are often drawn from."""

    HAMAR = "hamarregionen", "Hamarregionen"
    GLAMDALEN = "glamdalen", "Glåmdalen"
    SOR_OSTERDAL = "sor-osterdal", "Sør-Østerdal"
    NORD_OSTERDAL = "nord-osterdal", "Nord-Østerdal"


class Municipality(index.Indexed, models.Model):
    name = models.CharField(_("navn"), max_length=100, unique=True)
    slug = models.SlugField(_("kortnavn"), max_length=100, unique=True, allow_unicode=False)
    number = models.CharField(_("kommunenummer"), max_length=4, unique=True)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("number"), FieldPanel("region")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("kommune")
        verbose_name_plural = _("kommuner")

    def __str__(self):
        return self.name


class School(index.Indexed, models.Model):
    name = models.CharField(_("navn"), max_length=150)
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("kommune"), on_delete=models.PROTECT, related_name="schools"
    )
    grades = models.ManyToManyField("resources.Grade", verbose_name=_("trinn"), blank=True, related_name="schools")
    # The organisation number in Enhetsregisteret: how survey files name a school.
    orgnr = models.CharField(
        _("organisasjonsnummer"),
        max_length=9,
        unique=True,
        null=True,
        blank=True,
        validators=[RegexValidator(r"^\d{9}$", _("Organisasjonsnummeret har ni sifre."))],
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("orgnr"),
        FieldPanel("municipality"),
        FieldPanel("grades", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("orgnr")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("skole")
        verbose_name_plural = _("skoler")
        constraints = [models.UniqueConstraint("name", "municipality", name="unique_school_per_municipality")]

    def __str__(self):
        return f"{self.name} ({self.municipality.name})"
