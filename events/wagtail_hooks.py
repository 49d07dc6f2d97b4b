"""Admin for events: speakers as snippets, and the staff's registration tools (events/admin_views.py),
reached from the admin menu, from each event in the page explorer and from the event's own header."""

from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button, ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from events import admin_views, staff
from events.models import EventIndexPage, EventPage, Registration, Speaker

# Set on the explorer's pages below, so that each row's button needs no query of its own.
CONFIRMED_ANNOTATION = "kfl_confirmed_registrations"


class SpeakerViewSet(SnippetViewSet):
    model = Speaker
    icon = "user"
    menu_order = 270
    add_to_admin_menu = True
    list_display = ["name", "title"]
    search_fields = ["name", "title"]


register_snippet(SpeakerViewSet)


@hooks.register("register_admin_urls")
def register_registration_urls():
    return [
        path("pameldinger/", admin_views.RegistrationOverviewView.as_view(), name="events_registrations_overview"),
        path("pameldinger/<int:event_id>/", admin_views.EventRegistrationsView.as_view(), name="events_registrations"),
        path(
            "pameldinger/<int:event_id>/eksport/",
            admin_views.RegistrationsCsvView.as_view(),
            name="events_registrations_csv",
        ),
        path(
            "pameldinger/<int:event_id>/melding/",
            admin_views.RegistrantsMessageView.as_view(),
            name="events_registrations_message",
        ),
        path(
            "pameldinger/<int:event_id>/avmeld/<int:registration_id>/",
            admin_views.RegistrationCancelView.as_view(),
            name="events_registration_cancel",
        ),
    ]


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return user.is_superuser or staff.editable_events(user=user).exists()


@hooks.register("register_admin_menu_item")
def registrations_menu_item():
    return RegistrationsMenuItem(
        gettext_lazy("Påmeldinger"),
        reverse("events_registrations_overview"),
        icon_name="group",
        order=265,
        name="pameldinger",
    )


def _is_event(page) -> bool:
    return isinstance(page, EventPage) or page.specific_class is EventPage


def _confirmed_count(page) -> int:
    count = getattr(page, CONFIRMED_ANNOTATION, None)
    if count is None:
        count = Registration.objects.filter(event_id=page.pk, status=Registration.Status.CONFIRMED).count()
    return count


def _label(page) -> str:
    return _("Påmeldinger (%(count)s)") % {"count": _confirmed_count(page)}


@hooks.register("construct_explorer_page_queryset")
def annotate_registration_counts(parent_page, pages, request):
    # Not while searching: the search backends take a plain queryset.
    if parent_page.specific_class is not EventIndexPage or request.GET.get("q"):
        return pages
    confirmed = (
        Registration.objects.filter(event_id=OuterRef("pk"), status=Registration.Status.CONFIRMED)
        .order_by()
        .values("event_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return pages.annotate(**{CONFIRMED_ANNOTATION: Coalesce(Subquery(confirmed, output_field=IntegerField()), 0)})


@hooks.register("register_page_listing_buttons")
def registrations_listing_button(page, user, next_url=None):
    if _is_event(page) and staff.user_can_see_registrations(user=user, event=page):
        yield ListingButton(_label(page), url=admin_views.registrations_url(page), icon_name="group", priority=30)


@hooks.register("register_page_header_buttons")
def registrations_header_button(page, user, view_name, next_url=None):
    if _is_event(page) and staff.user_can_see_registrations(user=user, event=page):
        yield Button(_label(page), url=admin_views.registrations_url(page), icon_name="group", priority=12)
