"""Staff tools for an event's registrations in the Wagtail admin: the lists, a CSV export,
cancelling on someone's behalf and a message to everyone registered.

Registrations are personal data: only those who may edit the event see them (403 for
others), and no response may be stored by a browser or a proxy. Each view runs a fixed
number of queries, however many people have registered.
"""

import logging

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from events import services
from events.forms import RegistrantsMessageForm
from events.models import Registration
from events.staff import (
    editable_events,
    event_for_staff,
    event_registrations,
    events_with_registration_counts,
    local_time,
    registrants_message_send,
    registrations_csv,
)

logger = logging.getLogger(__name__)

Status = Registration.Status


# --- Views -----------------------------------------------------------------------------------------------


class NoStoreMixin:
    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        add_never_cache_headers(response)  # private, no-store, no-cache, must-revalidate
        return response


def forbidden(request) -> TemplateResponse:
    # A real 403: Wagtail's admin turns a raised PermissionDenied into a redirect to the dashboard.
    response = TemplateResponse(
        request, "events/admin/forbidden.html", {"page_title": _("Ingen tilgang"), "header_icon": "warning"}, status=403
    )
    add_never_cache_headers(response)
    return response


def overview_url() -> str:
    return reverse("events_registrations_overview")


def registrations_url(event) -> str:
    return reverse("events_registrations", args=[event.pk])


class EventMixin(NoStoreMixin):
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        try:
            self.event = event_for_staff(user=request.user, event_id=kwargs["event_id"])
        except PermissionDenied:
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.event.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": overview_url(), "label": _("Påmeldinger")},
            {"url": registrations_url(self.event), "label": self.event.title},
        ]


class RegistrationOverviewView(NoStoreMixin, BaseListingView):
    """Upcoming events (or past ones) the user may edit, with places taken and left."""

    page_title = gettext_lazy("Påmeldinger")
    header_icon = "group"
    index_url_name = "events_registrations_overview"
    paginate_by = 50
    verbose_name_plural = gettext_lazy("arrangementer")

    @property
    def show_past(self) -> bool:
        return self.request.GET.get("vis") == "tidligere"

    def get_page_subtitle(self):
        return _("Tidligere arrangementer") if self.show_past else _("Kommende arrangementer")

    @property
    def columns(self):
        return [
            TitleColumn("title", label=_("Arrangement"), get_url=registrations_url),
            Column("start", label=_("Starter"), accessor=lambda event: local_time(event.start)),
            Column("confirmed_count", label=_("Påmeldt")),
            Column("waiting_count", label=_("Venteliste")),
            Column("pending_count", label=_("Venter på bekreftelse")),
            Column(
                "places_left",
                label=_("Ledige plasser"),
                accessor=lambda event: _("ubegrenset") if event.capacity is None else event.places_left,
            ),
        ]

    def get_base_queryset(self):
        events = events_with_registration_counts(editable_events(user=self.request.user))
        now = timezone.now()
        if self.show_past:
            return events.filter(end__lt=now).order_by("-start", "-pk")
        return events.filter(end__gte=now).order_by("start", "pk")

    def get_header_buttons(self):
        if self.show_past:
            return [HeaderButton(_("Vis kommende arrangementer"), url=overview_url(), icon_name="calendar")]
        return [
            HeaderButton(_("Vis tidligere arrangementer"), url=f"{overview_url()}?vis=tidligere", icon_name="history")
        ]


class EventRegistrationsView(EventMixin, WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Påmeldinger")
    template_name = "events/admin/registrations.html"

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items()[:-1], {"url": "", "label": self.event.title}]

    def get_header_buttons(self):
        return [
            HeaderButton(
                _("Last ned CSV"), url=reverse("events_registrations_csv", args=[self.event.pk]), icon_name="download"
            ),
            HeaderButton(
                _("Send melding til alle påmeldte"),
                url=reverse("events_registrations_message", args=[self.event.pk]),
                icon_name="mail",
            ),
            HeaderButton(
                _("Rediger arrangementet"),
                url=reverse("wagtailadmin_pages:edit", args=[self.event.pk]),
                icon_name="edit",
            ),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["event"] = self.event
        context["data"] = event_registrations(event=self.event)
        return context


class RegistrationsCsvView(EventMixin, View):
    def get(self, request, *args, **kwargs):
        return registrations_csv(data=event_registrations(event=self.event))


class RegistrationCancelView(EventMixin, WagtailAdminTemplateMixin, TemplateView):
    """A confirmation step, then the cancellation through the service: it frees the place for the first
    on the waiting list and emails them."""

    page_title = gettext_lazy("Meld av")
    template_name = "events/admin/cancel_confirm.html"

    @cached_property
    def registration(self) -> Registration:
        return get_object_or_404(
            Registration.objects.select_related("school"), event_id=self.event.pk, pk=self.kwargs["registration_id"]
        )

    def _already_cancelled(self):
        messages.warning(self.request, _("%(name)s er allerede meldt av.") % {"name": self.registration.name})
        return redirect(registrations_url(self.event))

    def get(self, request, *args, **kwargs):
        if self.registration.status == Status.CANCELLED:
            return self._already_cancelled()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(event=self.event, registration=self.registration, back_url=registrations_url(self.event))
        return context

    def post(self, request, *args, **kwargs):
        if self.registration.status == Status.CANCELLED:
            return self._already_cancelled()
        try:
            cancellation = services.registration_cancel(registration=self.registration)
        except services.RegistrationRefused as refusal:
            messages.error(request, refusal.message)
            return redirect(registrations_url(self.event))
        messages.success(request, _("%(name)s er meldt av.") % {"name": self.registration.name})
        for promoted in cancellation.promoted:
            messages.success(
                request,
                _("%(name)s har fått plassen fra ventelisten og får beskjed på e-post.") % {"name": promoted.name},
            )
        return redirect(registrations_url(self.event))


class RegistrantsMessageView(EventMixin, WagtailAdminTemplateMixin, FormView):
    page_title = gettext_lazy("Send melding til alle påmeldte")
    template_name = "events/admin/message.html"
    form_class = RegistrantsMessageForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = Registration.objects.filter(event_id=self.event.pk).aggregate(
            confirmed=Count("pk", filter=Q(status=Status.CONFIRMED)),
            waiting=Count("pk", filter=Q(status=Status.WAITING)),
        )
        context.update(event=self.event, counts=counts, back_url=registrations_url(self.event))
        return context

    def form_valid(self, form):
        result = registrants_message_send(
            event=self.event,
            subject=form.cleaned_data["subject"],
            message=form.cleaned_data["message"],
            include_waiting=form.cleaned_data["recipients"] == RegistrantsMessageForm.RECIPIENTS_ALL,
        )
        if result.sent:
            messages.success(
                self.request,
                ngettext(
                    "Meldingen er sendt til %(count)s person.",
                    "Meldingen er sendt til %(count)s personer.",
                    result.sent,
                )
                % {"count": result.sent},
            )
        elif not result.failed:
            messages.warning(self.request, _("Det er ingen å sende meldingen til."))
        if result.failed:
            messages.error(
                self.request,
                ngettext(
                    "%(count)s e-post kunne ikke sendes. Feilen er logget; prøv igjen senere.",
                    "%(count)s e-poster kunne ikke sendes. Feilen er logget; prøv igjen senere.",
                    result.failed,
                )
                % {"count": result.failed},
            )
        return redirect(registrations_url(self.event))
