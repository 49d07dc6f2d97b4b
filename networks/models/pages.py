"""The networks' pages: an index, one page per network (its public face),
meetings (public agenda, members-only material) and members-only material pages.

Each network owns a members group, a leaders group and a collection
(networks/services.py creates them); what members may see is decided in
networks/access.py from those groups.
"""

from django import forms
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Collection, Page
from wagtail.search import index

from networks.blocks import AgendaItemBlock, MaterialBlock
from networks.forms import NetworkMembersOnlyPageForm
from portal.blocks import RICH_FEATURES, BaseStreamBlock
from portal.forms import PortalPageForm


class NetworkIndexPage(Page):
    """Lists the networks, filterable by subject, grade band, municipality and region."""

    intro = models.TextField(_("ingress"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["networks.NetworkPage"]
    max_count = 1

    class Meta:
        verbose_name = _("nettverksoversikt")

    def get_context(self, request, *args, **kwargs):
        from networks.selectors import network_listing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = network_listing(index_page=self, params=request.GET)
        return context


class NetworkPage(Page):
    """A professional learning network. Its purpose, leaders, schools and meeting dates are public."""

    base_form_class = PortalPageForm

    summary = models.TextField(_("kort beskrivelse"), max_length=400, help_text=_("Vises i oversikten."))
    purpose = RichTextField(_("formål"), features=RICH_FEATURES)
    subjects = ParentalManyToManyField("resources.Subject", verbose_name=_("fag"), blank=True, related_name="networks")
    grade_bands = ParentalManyToManyField(
        "resources.GradeBand", verbose_name=_("trinnband"), blank=True, related_name="networks"
    )
    survey_areas = ParentalManyToManyField(
        "resources.SurveyArea", verbose_name=_("kartleggingsområder"), blank=True, related_name="networks"
    )
    schools = ParentalManyToManyField(
        "networks.School", verbose_name=_("medlemsskoler"), blank=True, related_name="networks"
    )
    contact_name = models.CharField(_("kontaktperson"), max_length=150, blank=True)
    contact_email = models.EmailField(_("e-post til kontaktperson"), blank=True)

    # Made by networks.services.network_create; not edited by hand.
    members_group = models.OneToOneField(
        Group, verbose_name=_("medlemsgruppe"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    leaders_group = models.OneToOneField(
        Group, verbose_name=_("gruppeledergruppe"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    collection = models.OneToOneField(
        Collection, verbose_name=_("mappe"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("purpose"),
        MultiFieldPanel(
            [
                FieldPanel("subjects", widget=forms.CheckboxSelectMultiple),
                FieldPanel("grade_bands", widget=forms.CheckboxSelectMultiple),
                FieldPanel("survey_areas", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Fokus"),
        ),
        FieldPanel("schools", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Kontakt")),
        HelpPanel(
            content=_(
                "Gruppeledere og medlemmer legges til under Innstillinger → Brukere, i nettverkets grupper. "
                "Filer til nettverket lastes opp i nettverkets egen mappe. Dokumenter der vises bare for "
                "medlemmene; bilder kan åpnes av alle som har lenken til bildefilen, så legg private bilder "
                "(for eksempel elevarbeid) inn som dokumenter."
            ),
            heading=_("Medlemmer og filer"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("purpose"),
        index.RelatedFields("subjects", [index.SearchField("name")]),
    ]

    parent_page_types = ["networks.NetworkIndexPage"]
    subpage_types = ["networks.MeetingPage", "networks.NetworkMaterialPage"]
    # A copy is a new network: it gets its own groups and collection (networks/wagtail_hooks.py).
    exclude_fields_in_copy = ["members_group", "leaders_group", "collection"]

    class Meta:
        verbose_name = _("nettverk")
        verbose_name_plural = _("nettverk")

    def with_content_json(self, content):
        # Publishing or reverting to an older revision must never detach the network from its groups.
        page = super().with_content_json(content)
        page.members_group_id = self.members_group_id
        page.leaders_group_id = self.leaders_group_id
        page.collection_id = self.collection_id
        return page

    @property
    def access_groups(self) -> list[Group]:
        return [group for group in (self.members_group, self.leaders_group) if group is not None]

    def get_context(self, request, *args, **kwargs):
        from networks.selectors import network_page_content

        context = super().get_context(request, *args, **kwargs)
        context.update(network_page_content(network=self, user=request.user))
        return context

    def serve(self, request, *args, **kwargs):
        return _private_for_members(super().serve(request, *args, **kwargs), request)


class MeetingPage(Page):
    """Nettverkssamling: date, place and agenda are public; the material and the
    work to do before the next meeting are shown to the network's members only."""

    # The members-only fields may use documents from the network's collection only (networks/material.py).
    base_form_class = NetworkMembersOnlyPageForm
    members_only_fields = ("material", "before_next")

    start = models.DateTimeField(_("starter"))
    end = models.DateTimeField(_("slutter"))
    place = models.CharField(_("sted"), max_length=200)
    address = models.CharField(_("adresse"), max_length=255, blank=True)
    online_url = models.URLField(_("lenke til nettmøte"), blank=True)
    summary = models.TextField(_("kort om samlingen"), max_length=600, blank=True)
    agenda = StreamField([("item", AgendaItemBlock())], verbose_name=_("program"), blank=True)
    material = StreamField(
        MaterialBlock(),
        verbose_name=_("materiell (bare for medlemmer)"),
        blank=True,
        help_text=_("Presentasjoner, oppgaver og notater. Vises bare for nettverkets medlemmer."),
    )
    before_next = RichTextField(_("arbeid til neste samling (bare for medlemmer)"), features=RICH_FEATURES, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("Tid")),
        MultiFieldPanel([FieldPanel("place"), FieldPanel("address"), FieldPanel("online_url")], heading=_("Sted")),
        FieldPanel("summary"),
        FieldPanel("agenda"),
        MultiFieldPanel([FieldPanel("material"), FieldPanel("before_next")], heading=_("For medlemmene")),
    ]
    # Only the public parts are indexed: the members' material must never be found by search.
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("place"),
        index.SearchField("agenda"),
        index.FilterField("start"),
    ]

    parent_page_types = ["networks.NetworkPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("nettverkssamling")
        verbose_name_plural = _("nettverkssamlinger")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("Samlingen må slutte etter at den starter.")})

    @property
    def is_upcoming(self) -> bool:
        return self.end >= timezone.now()

    def get_context(self, request, *args, **kwargs):
        from networks.access import can_see_internal

        context = super().get_context(request, *args, **kwargs)
        network = self.get_parent().specific
        context["network"] = network
        context["is_member"] = can_see_internal(user=request.user, network=network)
        return context

    def serve(self, request, *args, **kwargs):
        return _private_for_members(super().serve(request, *args, **kwargs), request)


class NetworkMaterialPage(Page):
    """Material for the network's members. Restricted to them when created (networks/signals.py);
    an editor may lift the restriction in the page's privacy settings."""

    # Every field is for the members: documents only from the network's collection (networks/material.py).
    base_form_class = NetworkMembersOnlyPageForm
    members_only_fields = "__all__"

    summary = models.TextField(_("kort beskrivelse"), max_length=400, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("innhold"))

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["networks.NetworkPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("nettverksmateriell")
        verbose_name_plural = _("nettverksmateriell")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["network"] = self.get_parent().specific
        return context

    def serve(self, request, *args, **kwargs):
        return _private_for_members(super().serve(request, *args, **kwargs), request)


def _private_for_members(response, request):
    # These pages differ for members: no shared cache may keep a member's copy.
    if request.user.is_authenticated:
        patch_cache_control(response, private=True, no_cache=True)
    return response
