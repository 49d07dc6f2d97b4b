"""The event pages: an index at /arrangementer/ and one page per seminar, conference,
webinar or network meeting, with its own registration form and calendar file."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractFormField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from events.blocks import ProgrammeBlock
from events.models.choices import EventKind, Role
from events.models.fields import ChoiceListField
from portal.blocks import BaseStreamBlock
from portal.forms import PortalPageForm


class EventIndexPage(Page):
    """Upcoming events first, then the archive; filterable by type, audience and month."""

    intro = models.TextField(_("ingress"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("arrangementsoversikt")

    def get_context(self, request, *args, **kwargs):
        from events.selectors import event_listing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = event_listing(index_page=self, params=request.GET)
        return context


class EventPage(RoutablePageMixin, Page):
    base_form_class = PortalPageForm

    kind = models.CharField(_("type"), max_length=20, choices=EventKind.choices, default=EventKind.SEMINAR)
    summary = models.TextField(_("kort beskrivelse"), max_length=400, help_text=_("Vises i oversikten og i kalendere."))
    body = StreamField(BaseStreamBlock(), verbose_name=_("om arrangementet"), blank=True)

    start = models.DateTimeField(_("starter"))
    end = models.DateTimeField(_("slutter"))
    place = models.CharField(_("sted"), max_length=200, blank=True)
    address = models.CharField(_("adresse"), max_length=255, blank=True)
    online_url = models.URLField(_("lenke til nettmøte"), blank=True)

    audience_roles = ChoiceListField(_("for hvem (roller)"), item_choices=Role.choices)
    grade_bands = ParentalManyToManyField(
        "resources.GradeBand", verbose_name=_("trinnband"), blank=True, related_name="events"
    )
    subjects = ParentalManyToManyField("resources.Subject", verbose_name=_("fag"), blank=True, related_name="events")
    survey_areas = ParentalManyToManyField(
        "resources.SurveyArea",
        verbose_name=_("kartleggingsområder"),
        blank=True,
        related_name="events",
        help_text=_("Arrangementet vises under disse områdene i «Fra data til praksis» på skolenes resultatsider."),
    )

    programme = StreamField(ProgrammeBlock(), verbose_name=_("program"), blank=True)

    price = models.DecimalField(
        _("pris (kr)"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Tomt eller 0 betyr gratis."),
    )
    price_note = models.CharField(
        _("om prisen"),
        max_length=200,
        blank=True,
        help_text=_("For eksempel «inkludert lunsj» eller «faktureres skolen»."),
    )
    registration_deadline = models.DateTimeField(
        _("påmeldingsfrist"),
        null=True,
        blank=True,
        help_text=_("Tomt betyr at påmeldingen er åpen til arrangementet starter."),
    )
    capacity = models.PositiveIntegerField(
        _("antall plasser"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Tomt betyr ubegrenset."),
    )
    waiting_list = models.BooleanField(_("venteliste når det er fullt"), default=True)
    contact_email = models.EmailField(_("e-post for spørsmål"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("Tid")),
        MultiFieldPanel([FieldPanel("place"), FieldPanel("address"), FieldPanel("online_url")], heading=_("Sted")),
        MultiFieldPanel(
            [
                FieldPanel("audience_roles", widget=forms.CheckboxSelectMultiple),
                FieldPanel("grade_bands", widget=forms.CheckboxSelectMultiple),
                FieldPanel("subjects", widget=forms.CheckboxSelectMultiple),
                FieldPanel("survey_areas", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Målgruppe"),
        ),
        FieldPanel("body"),
        FieldPanel("programme"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("price"), FieldPanel("price_note")]),
                FieldRowPanel([FieldPanel("registration_deadline"), FieldPanel("capacity")]),
                FieldPanel("waiting_list"),
                FieldPanel("contact_email"),
            ],
            heading=_("Påmelding"),
        ),
        InlinePanel("form_fields", heading=_("Tilleggsspørsmål i påmeldingen"), label=_("Spørsmål")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("place"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("arrangement")
        verbose_name_plural = _("arrangementer")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("Arrangementet må slutte etter at det starter.")
        if not self.place and not self.online_url:
            errors["place"] = _("Oppgi et sted eller en lenke til nettmøtet.")
        if self.registration_deadline and self.end and self.registration_deadline > self.end:
            errors["registration_deadline"] = _("Påmeldingsfristen må være før arrangementet slutter.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_upcoming(self) -> bool:
        return self.end >= timezone.now()

    @property
    def is_free(self) -> bool:
        return not self.price

    @property
    def places_left(self) -> int | None:
        """Free places on a card; needs the `confirmed_count` and `held_count` (pending registrations
        that still hold a place) of selectors.with_event_card_data."""
        if self.capacity is None:
            return None
        return max(self.capacity - getattr(self, "confirmed_count", 0) - getattr(self, "held_count", 0), 0)

    @property
    def registration_closes(self):
        return self.registration_deadline or self.start

    @path("")
    def detail(self, request):
        from events.views import event_detail

        return event_detail(request, event=self)

    @path("ics/")
    def ics(self, request):
        from events.views import event_ics

        return event_ics(request, event=self)


class EventFormField(AbstractFormField):
    """An extra question staff add to one event's registration form."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="form_fields")
