"""Thin views: the event page with its registration form, calendar files and cancellation."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from events import selectors, services
from events.calendar import event_calendar, feed_calendar
from events.forms import RegistrationForm
from events.models import EventPage, Registration
from events.tokens import CancelLinkError, registration_for_token


def event_detail(request, *, event: EventPage):
    form = RegistrationForm(event=event)
    if request.method == "POST":
        form = RegistrationForm(request.POST, event=event)
        if form.is_valid():
            try:
                registration = services.registration_create(event=event, **form.registration_data())
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


def _success_message(registration: Registration) -> str:
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
        try:
            services.registration_cancel(registration=registration)
        except services.RegistrationRefused as refusal:
            context["error"] = refusal.message
            return TemplateResponse(request, "events/cancel.html", context, status=409)
        context["done"] = True
    return TemplateResponse(request, "events/cancel.html", context)
