"""Writes for events: registering, cancelling, moving people up from the waiting list,
and the emails that tell them. Keyword-only; views and forms stay thin.

Capacity holds under concurrent registrations because every write for an event first
locks the event's row (`select_for_update`): on PostgreSQL a second registration waits
for the first to commit and then counts again. SQLite ignores FOR UPDATE but runs one
write transaction at a time; a transaction that meets another's lock fails with
"database is locked" and is tried again from the start (`_retry_when_locked`).

Double opt-in: someone who is not logged in registers as *pending*. A pending registration
made while there was a free place holds that place until `confirm_by` (EVENTS_CONFIRMATION_HOLD_MINUTES,
default 30); the email with the confirmation link goes out, and confirming makes it an
ordinary registration (a place, or the waiting list). Places taken = confirmed + pending that
still hold a place. Expired pending registrations count for nothing; every locked write for
an event first deletes them and gives the places they held to the waiting list
(`_release_expired_holds`), and `clean_registrations` does the same for all events.
"""

import functools
import logging
import random
import time
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, OperationalError, connection, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from events.calendar import event_calendar
from events.models import EventPage, Registration
from events.tokens import cancel_token, confirm_token
from portal.security import clean_text

logger = logging.getLogger(__name__)

Status = Registration.Status
LOCK_RETRIES = 50
DEFAULT_HOLD_MINUTES = 30


def confirmation_hold() -> timedelta:
    """How long a pending registration waits for its confirmation (and holds its place)."""
    return timedelta(minutes=getattr(settings, "EVENTS_CONFIRMATION_HOLD_MINUTES", DEFAULT_HOLD_MINUTES))


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


def holding_place(now=None) -> Q:
    """Registrations that take a place: the confirmed, and the pending whose hold has not run out."""
    now = now or timezone.now()
    return Q(status=Status.CONFIRMED) | Q(status=Status.PENDING, holds_place=True, confirm_by__gt=now)


def expired_pending(now=None) -> Q:
    return Q(status=Status.PENDING) & (Q(confirm_by__lte=now or timezone.now()) | Q(confirm_by__isnull=True))


def _taken_count(event: EventPage, *, exclude_pk=None) -> int:
    taken = Registration.objects.filter(holding_place(), event_id=event.pk)
    if exclude_pk is not None:
        taken = taken.exclude(pk=exclude_pk)
    return taken.count()


def _free_places(event: EventPage, *, exclude_pk=None) -> int | None:
    if event.capacity is None:
        return None
    return max(event.capacity - _taken_count(event, exclude_pk=exclude_pk), 0)


def _release_expired_holds(*, event: EventPage) -> tuple[int, list[Registration]]:
    """Delete the event's pending registrations whose time to confirm ran out (the person never
    confirmed the address, so nothing of theirs is kept) and give the places they held to the
    waiting list. The caller holds the event's lock."""
    deleted, _by_model = Registration.objects.filter(expired_pending(), event_id=event.pk).delete()
    promoted = _promote_from_waiting_list(event=event) if timezone.now() < event.end else []
    return deleted, promoted


@dataclass
class Release:
    deleted: int
    events: int
    promoted: list[Registration]


def expired_holds_release() -> Release:
    """For every event: delete the pending registrations never confirmed in time, and move the
    waiting list up into the places they held (`clean_registrations` runs this)."""
    event_ids = set(Registration.objects.filter(expired_pending()).values_list("event_id", flat=True))
    result = Release(deleted=0, events=len(event_ids), promoted=[])
    for event in EventPage.objects.filter(pk__in=event_ids).defer_streamfields():
        deleted, promoted = _release_for_event(event=event)
        result.deleted += deleted
        result.promoted += promoted
    return result


@_retry_when_locked
def _release_for_event(*, event: EventPage) -> tuple[int, list[Registration]]:
    with transaction.atomic():
        return _release_expired_holds(event=_lock_event(event))


def _clean_answers(answers: list | None) -> list:
    """The answers as they may be stored: no control or bidi-override characters in the text."""
    cleaned = []
    for answer in answers or []:
        if isinstance(answer, dict):
            answer = dict(answer)
            value = answer.get("value")
            if isinstance(value, str):
                answer["value"] = clean_text(value, multiline=True)
            elif isinstance(value, list):
                answer["value"] = [clean_text(item) if isinstance(item, str) else item for item in value]
        cleaned.append(answer)
    return cleaned


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
    email_confirmed: bool = False,
    notify: bool = True,
) -> Registration:
    """Register someone for an event: a place if there is one, else the waiting list if
    the event has one. Refuses (RegistrationRefused) after the deadline, when full, and
    a second registration from the same email address (whatever its case).

    Unless `email_confirmed` (the person is logged in), the registration is *pending*: it
    holds a free place for a while and becomes a registration when the person opens the
    link in the email sent to them (`registration_confirm`). Registering again while pending
    sends the same link once more and changes nothing else.

    `notify=False` sends no email at all (the demo's invented people); only with `email_confirmed`,
    since a pending registration can only be confirmed through its email."""
    if not notify and not email_confirmed:
        raise ValueError("notify=False needs email_confirmed=True: a pending registration is confirmed by its email")
    email = email.strip()
    with transaction.atomic():
        event = _lock_event(event)
        now = timezone.now()
        if now >= event.registration_closes or now >= event.end:
            raise RegistrationRefused(reason="closed", message=_("Påmeldingen er stengt."))
        # Places held by registrations nobody confirmed go to the waiting list before anyone new comes in.
        _release_expired_holds(event=event)
        existing = (
            Registration.objects.filter(event_id=event.pk, email__iexact=email).exclude(status=Status.CANCELLED).first()
        )
        if existing is not None and existing.status == Status.PENDING:
            if email_confirmed:
                return _confirm(event=event, registration=existing, now=now, notify=notify)
            transaction.on_commit(partial(registration_email_send, registration_id=existing.pk, kind="confirm"))
            return existing
        if existing is not None:
            raise RegistrationRefused(reason="duplicate", message=_duplicate_message(existing))
        free = _free_places(event)
        if free == 0 and not event.waiting_list:
            raise RegistrationRefused(reason="full", message=_("Arrangementet er fullt, og det er ingen venteliste."))
        if not email_confirmed:
            status = Status.PENDING
        elif free is None or free > 0:
            status = Status.CONFIRMED
        else:
            status = Status.WAITING
        pending = status == Status.PENDING
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    event=event,
                    name=clean_text(name),
                    email=email,
                    school=school,
                    workplace=clean_text(workplace),
                    role=role,
                    dietary_needs=clean_text(dietary_needs),
                    answers=_clean_answers(answers),
                    status=status,
                    created_at=now,
                    confirm_by=now + confirmation_hold() if pending else None,
                    holds_place=pending and (free is None or free > 0),
                )
        except IntegrityError as error:
            # The unique constraint backs the check above should two requests slip past it.
            raise RegistrationRefused(
                reason="duplicate", message=_("Denne e-postadressen er allerede påmeldt.")
            ) from error
        kind = {Status.PENDING: "confirm", Status.CONFIRMED: "confirmed", Status.WAITING: "waiting"}[status]
        if notify:
            transaction.on_commit(partial(registration_email_send, registration_id=registration.pk, kind=kind))
    return registration


@_retry_when_locked
def registration_confirm(*, registration: Registration) -> Registration:
    """The person opened the link in the email and confirmed: a place if the registration held
    one or one is free, else the waiting list. Refuses when the time to confirm ran out (reason
    "expired"), when the event has ended, and when it is full without a waiting list. Confirming
    twice changes nothing."""
    with transaction.atomic():
        event = _lock_event(registration.event)
        # Deletes this registration too if its time ran out.
        _release_expired_holds(event=event)
        current = Registration.objects.select_for_update().filter(pk=registration.pk).first()
        if current is None:
            raise RegistrationRefused(reason="expired", message=expired_message())
        if current.status in (Status.CONFIRMED, Status.WAITING):
            current.event = event
            return current
        if current.status == Status.CANCELLED:
            raise RegistrationRefused(reason="cancelled", message=_("Denne påmeldingen er avmeldt."))
        return _confirm(event=event, registration=current, now=timezone.now())


def expired_message() -> str:
    return _(
        "Fristen for å bekrefte påmeldingen har gått ut, så plassen er gitt videre. Du kan melde deg på igjen så "
        "lenge det er plass."
    )


def _confirm(*, event: EventPage, registration: Registration, now, notify: bool = True) -> Registration:
    # The caller holds the event's lock, and has released the expired holds.
    if now >= event.end:
        raise RegistrationRefused(reason="closed", message=_("Arrangementet er over."))
    free = _free_places(event, exclude_pk=registration.pk)
    if registration.holds_place or free is None or free > 0:
        status = Status.CONFIRMED
    elif event.waiting_list:
        status = Status.WAITING
    else:
        raise RegistrationRefused(
            reason="full", message=_("Arrangementet ble fullt før du bekreftet, og det er ingen venteliste.")
        )
    registration.status = status
    registration.confirm_by = None
    registration.holds_place = False
    registration.save(update_fields=["status", "confirm_by", "holds_place"])
    registration.event = event
    kind = "confirmed" if status == Status.CONFIRMED else "waiting"
    if notify:
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
        was_pending = registration.status == Status.PENDING
        registration.status = Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.confirm_by = None
        registration.holds_place = False
        registration.save(update_fields=["status", "cancelled_at", "confirm_by", "holds_place"])
        if not was_pending:
            # A pending registration's address was never confirmed: it gets no more email from us.
            transaction.on_commit(partial(registration_email_send, registration_id=registration.pk, kind="cancelled"))
        _deleted, promoted = _release_expired_holds(event=event)
    registration.event = event
    return Cancellation(registration=registration, promoted=promoted)


@_retry_when_locked
def waiting_list_promote(*, event: EventPage) -> list[Registration]:
    """Give free places to the waiting list, first come first served (after a cancellation
    or when staff raise the capacity)."""
    with transaction.atomic():
        return _release_expired_holds(event=_lock_event(event))[1]


def _promote_from_waiting_list(*, event: EventPage) -> list[Registration]:
    # The caller holds the event's lock.
    free = _free_places(event)
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
    "confirm": "Bekreft påmeldingen: {title}",
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
        if kind == "confirm":
            context["confirm_url"] = root_url + reverse("events_confirm", kwargs={"token": confirm_token(registration)})
            context["confirm_by"] = timezone.localtime(registration.confirm_by) if registration.confirm_by else None
            body = render_to_string("events/emails/confirm.txt", context)
        else:
            body = render_to_string("events/emails/registration.txt", context)
        subject = _(EMAIL_SUBJECTS[kind]).format(title=event.title)
    message = EmailMessage(subject=subject, body=body, to=[registration.email])
    if kind in {"confirmed", "promoted"}:
        message.attach(f"{event.slug}.ics", event_calendar(event, url=event_url), "text/calendar")
    return message
