"""Thin views: the event page with its registration form, calendar files, the confirmation
link of a pending registration and cancellation.

The POSTs that register, confirm and cancel are rate-limited per client address
(django-ratelimit, counted in the shared cache); the limits are settings so that a school's
teachers behind one public address are not stopped in normal use."""

import logging

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from events import selectors, services
from events.calendar import event_calendar, feed_calendar
from events.forms import RegistrationForm
from events.models import EventPage, Registration
from events.tokens import CancelLinkError, confirmation_for_token, registration_for_token
from portal.security import rate_limited, ratelimit_key

logger = logging.getLogger(__name__)

# Per client address and hour. Every POST counts, a form sent back with errors too.
RATES = {
    "events.register": ("EVENTS_REGISTRATION_RATE", "20/h"),
    "events.confirm": ("EVENTS_CONFIRMATION_RATE", "30/h"),
    "events.cancel": ("EVENTS_CANCELLATION_RATE", "20/h"),
}


def _rate(group, request):
    setting, default = RATES[group]
    return getattr(settings, setting, default)


def over_limit(request, group: str) -> bool:
    """Counts this POST against the address's limit for `group`; True when it is one too many."""
    return is_ratelimited(request, group=group, key=ratelimit_key, rate=_rate, method="POST", increment=True)


def event_detail(request, *, event: EventPage):
    if over_limit(request, "events.register"):
        return rate_limited(request, None)
    logged_in = request.user.is_authenticated
    form = RegistrationForm(event=event, initial=_initial(request.user) if logged_in else None)
    if request.method == "POST":
        form = RegistrationForm(request.POST, event=event)
        if form.is_valid() and form.is_spam:
            # Filled in by a script: it is told what a person would be told, and nothing is stored or sent.
            logger.info("Registration for event %s refused: the hidden field was filled in", event.pk)
            messages.success(request, _check_email_message(form.cleaned_data["email"]), extra_tags="registration")
            return redirect(f"{event.get_url(request)}#pamelding")
        if form.is_valid():
            try:
                registration = services.registration_create(
                    event=event, email_confirmed=logged_in, **form.registration_data()
                )
            except services.RegistrationRefused as refusal:
                form.add_error(None, refusal.message)
            else:
                messages.success(request, _success_message(registration), extra_tags="registration")
                return redirect(f"{event.get_url(request)}#pamelding")
    context = event.get_context(request)
    context.update(selectors.event_page_content(event=event))
    context["form"] = form
    response = TemplateResponse(request, event.get_template(request), context)
    # The form carries a CSRF token and perhaps the visitor's own answers.
    patch_cache_control(response, private=True, no_cache=True)
    return response


def _initial(user) -> dict:
    return {"name": user.get_full_name(), "email": user.email}


def _check_email_message(email: str) -> str:
    return _(
        "Nesten ferdig! Vi har sendt en e-post til %(email)s. Åpne lenken i den og bekreft påmeldingen innen "
        "%(minutes)s minutter – før det er du ikke påmeldt."
    ) % {"email": email, "minutes": int(services.confirmation_hold().total_seconds() // 60)}


def _success_message(registration: Registration) -> str:
    if registration.status == Registration.Status.PENDING:
        return _check_email_message(registration.email)
    if registration.status == Registration.Status.WAITING:
        return _(
            "Arrangementet er fullt, så du står nå på ventelisten. Du får e-post til %(email)s hvis du får plass."
        ) % {"email": registration.email}
    return _("Du er påmeldt! Vi har sendt en bekreftelse til %(email)s.") % {"email": registration.email}


def _calendar_response(content: bytes, *, filename: str, download: bool) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if download else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def event_ics(request, *, event: EventPage):
    url = event.get_full_url(request)
    return _calendar_response(event_calendar(event, url=url), filename=f"{event.slug}.ics", download=True)


def calendar_feed(request):
    events = [(event, event.get_full_url(request)) for event in selectors.upcoming_events()]
    response = _calendar_response(feed_calendar(events), filename="arrangementer.ics", download=False)
    patch_cache_control(response, public=True, max_age=15 * 60)
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def cancel(request, token: str):
    """GET asks, POST cancels: a mail program that opens links to preview them must not cancel anyone."""
    try:
        registration = registration_for_token(token)
    except CancelLinkError as error:
        return TemplateResponse(request, "events/cancel.html", {"error": error.message}, status=400)
    context = {"registration": registration, "event": registration.event}
    if registration.status == Registration.Status.CANCELLED:
        context["error"] = _("Du er allerede meldt av dette arrangementet.")
        return TemplateResponse(request, "events/cancel.html", context)
    if request.method == "POST":
        if over_limit(request, "events.cancel"):
            return rate_limited(request, None)
        try:
            services.registration_cancel(registration=registration)
        except services.RegistrationRefused as refusal:
            context["error"] = refusal.message
            return TemplateResponse(request, "events/cancel.html", context, status=409)
        context["done"] = True
    return TemplateResponse(request, "events/cancel.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token: str):
    """The link in the email to someone who registered without being logged in. GET asks, POST
    confirms: mail programs and virus scanners open links to look at them, and must not confirm."""
    if request.method == "POST" and over_limit(request, "events.confirm"):
        return rate_limited(request, None)
    try:
        link = confirmation_for_token(token)
    except CancelLinkError as error:
        return TemplateResponse(request, "events/confirm.html", {"error": error.message}, status=400)
    registration = link.registration
    context = {"registration": registration, "event": link.event}
    if registration is None or registration.hold_expired:
        context["expired"] = services.expired_message()
        return TemplateResponse(request, "events/confirm.html", context, status=410)
    if registration.status == Registration.Status.CANCELLED:
        context["error"] = _("Denne påmeldingen er avmeldt.")
        return TemplateResponse(request, "events/confirm.html", context)
    if registration.status != Registration.Status.PENDING:
        context["done"] = True
        context["already"] = True
        return TemplateResponse(request, "events/confirm.html", context)
    if request.method == "POST":
        try:
            registration = services.registration_confirm(registration=registration)
        except services.RegistrationRefused as refusal:
            if refusal.reason == "expired":
                context["expired"] = refusal.message
                return TemplateResponse(request, "events/confirm.html", context, status=410)
            context["error"] = refusal.message
            return TemplateResponse(request, "events/confirm.html", context, status=409)
        context.update(registration=registration, done=True)
    return TemplateResponse(request, "events/confirm.html", context)
