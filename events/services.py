"""Writes for events: registering, cancelling, moving people up from the waiting list,
and the emails that tell them. Keyword-only; views and forms stay thin.

Capacity holds under concurrent registrations because every write for an event first
locks the event's row (`select_for_update`): on PostgreSQL a second registration waits
for the first to commit and then counts again. SQLite ignores FOR UPDATE but runs one
write transaction at a time; a transaction that meets another's lock fails with
"database is locked" and is tried again from the start (`_retry_when_locked`).
"""

import functools
import logging
import random
import time
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, OperationalError, connection, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from events.calendar import event_calendar
from events.models import EventPage, Registration
from events.tokens import cancel_token

logger = logging.getLogger(__name__)

Status = Registration.Status
LOCK_RETRIES = 50


class RegistrationRefused(Exception):
    """A registration or cancellation that the rules do not allow; `message` is for the person."""

    def __init__(self, *, reason: str, message: str):
        super().__init__(message)
        self.reason = reason
        self.message = message


def _retry_when_locked(function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        for attempt in range(LOCK_RETRIES):
            try:
                return function(*args, **kwargs)
            except OperationalError as error:
                retryable = (
                    connection.vendor == "sqlite"
                    and "locked" in str(error)
                    and not connection.in_atomic_block
                    and attempt < LOCK_RETRIES - 1
                )
                if not retryable:
                    raise
                time.sleep(0.01 + random.random() * 0.02 * (attempt + 1))  # noqa: S311 – jitter, not security
        raise AssertionError("unreachable")

    return wrapper


def _lock_event(event: EventPage) -> EventPage:
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event.pk)


def _confirmed_count(event: EventPage) -> int:
    return Registration.objects.filter(event_id=event.pk, status=Status.CONFIRMED).count()


@_retry_when_locked
def registration_create(
    *,
    event: EventPage,
    name: str,
    email: str,
    role: str,
    school=None,
    workplace: str = "",
    dietary_needs: str = "",
    answers: list | None = None,
) -> Registration:
    """Register someone for an event: a place if there is one, else the waiting list if
    the event has one. Refuses (RegistrationRefused) after the deadline, when full, and
    a second registration from the same email address (whatever its case)."""
    email = email.strip()
    with transaction.atomic():
        event = _lock_event(event)
        now = timezone.now()
        if now >= event.registration_closes or now >= event.end:
            raise RegistrationRefused(reason="closed", message=_("Påmeldingen er stengt."))
        existing = (
            Registration.objects.filter(event_id=event.pk, email__iexact=email).exclude(status=Status.CANCELLED).first()
        )
        if existing is not None:
            raise RegistrationRefused(reason="duplicate", message=_duplicate_message(existing))
        if event.capacity is None or _confirmed_count(event) < event.capacity:
            status = Status.CONFIRMED
        elif event.waiting_list:
            status = Status.WAITING
        else:
            raise RegistrationRefused(reason="full", message=_("Arrangementet er fullt, og det er ingen venteliste."))
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    event=event,
                    name=name.strip(),
                    email=email,
                    school=school,
                    workplace=workplace.strip(),
                    role=role,
                    dietary_needs=dietary_needs.strip(),
                    answers=answers or [],
                    status=status,
                    created_at=now,
                )
        except IntegrityError as error:
            # The unique constraint backs the check above should two requests slip past it.
            raise RegistrationRefused(
                reason="duplicate", message=_("Denne e-postadressen er allerede påmeldt.")
            ) from error
        kind = "confirmed" if status == Status.CONFIRMED else "waiting"
        transaction.on_commit(partial(registration_email_send, registration_id=registration.pk, kind=kind))
    return registration


def _duplicate_message(existing: Registration) -> str:
    if existing.status == Status.WAITING:
        return _(
            "Denne e-postadressen står allerede på ventelisten til arrangementet. "
            "Se e-posten du fikk da du meldte deg på."
        )
    return _("Denne e-postadressen er allerede påmeldt arrangementet. Se e-posten du fikk da du meldte deg på.")


@dataclass
class Cancellation:
    registration: Registration
    promoted: list[Registration]


@_retry_when_locked
def registration_cancel(*, registration: Registration) -> Cancellation:
    """Cancel a registration and tell the person so by email (also when staff cancel for them).
    A place it frees goes to the first on the waiting list, who is told by email."""
    with transaction.atomic():
        event = _lock_event(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            raise RegistrationRefused(reason="cancelled", message=_("Du er allerede meldt av dette arrangementet."))
        if timezone.now() >= event.start:
            raise RegistrationRefused(
                reason="started",
                message=_("Arrangementet har startet, så du kan ikke melde deg av her. Ta kontakt med arrangøren."),
            )
        registration.status = Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        transaction.on_commit(partial(registration_email_send, registration_id=registration.pk, kind="cancelled"))
        promoted = _promote_from_waiting_list(event=event)
    registration.event = event
    return Cancellation(registration=registration, promoted=promoted)


@_retry_when_locked
def waiting_list_promote(*, event: EventPage) -> list[Registration]:
    """Give free places to the waiting list, first come first served (after a cancellation
    or when staff raise the capacity)."""
    with transaction.atomic():
        return _promote_from_waiting_list(event=_lock_event(event))


def _promote_from_waiting_list(*, event: EventPage) -> list[Registration]:
    # The caller holds the event's lock.
    free = None if event.capacity is None else max(event.capacity - _confirmed_count(event), 0)
    waiting = Registration.objects.filter(event_id=event.pk, status=Status.WAITING).order_by("created_at", "pk")
    promoted = list(waiting if free is None else waiting[:free])
    now = timezone.now()
    for registration in promoted:
        registration.status = Status.CONFIRMED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
        transaction.on_commit(partial(registration_email_send, registration_id=registration.pk, kind="promoted"))
    return promoted


# --- Email ---------------------------------------------------------------------------------------

EMAIL_SUBJECTS = {
    "confirmed": "Påmelding bekreftet: {title}",
    "waiting": "Du står på venteliste: {title}",
    "promoted": "Du har fått plass: {title}",
    "cancelled": "Du er meldt av: {title}",
}


def registration_email_send(*, registration_id: int, kind: str) -> bool:
    """Send the email for a registration. Runs after the transaction commits, so a mail
    server that fails never loses the registration: the failure is logged instead."""
    try:
        registration = Registration.objects.select_related("event", "school").get(pk=registration_id)
        registration_email(registration=registration, kind=kind).send(fail_silently=False)
    except Exception:
        logger.exception("Could not send the %s email for registration %s", kind, registration_id)
        return False
    return True


def registration_email(*, registration: Registration, kind: str) -> EmailMessage:
    event = registration.event
    root_url = event.get_site().root_url if event.get_site() else settings.WAGTAILADMIN_BASE_URL
    event_url = event.get_full_url() or f"{root_url}{event.url_path}"
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "registration": registration,
            "event": event,
            "kind": kind,
            "event_url": event_url,
            "cancel_url": root_url + reverse("events_cancel", kwargs={"token": cancel_token(registration)}),
            "ics_url": f"{event_url}ics/",
        }
        body = render_to_string("events/emails/registration.txt", context)
        subject = _(EMAIL_SUBJECTS[kind]).format(title=event.title)
    message = EmailMessage(subject=subject, body=body, to=[registration.email])
    if kind in {"confirmed", "promoted"}:
        message.attach(f"{event.slug}.ics", event_calendar(event, url=event_url), "text/calendar")
    return message
