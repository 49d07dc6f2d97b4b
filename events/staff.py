"""Reads and writes behind the staff tools for registrations (events/admin_views.py):
who may see which events, the registration lists, the CSV export and the message to all."""

import csv
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage, get_connection
from django.db.models import Count, Q, QuerySet
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from wagtail.permission_policies.pages import PagePermissionPolicy

from events.models import EventPage, Registration

logger = logging.getLogger(__name__)

Status = Registration.Status
# Those who have a place or a place in the queue. Pending registrations (email address not yet
# confirmed) are listed apart, only while they still wait, and get no messages from staff.
ACTIVE = (Status.CONFIRMED, Status.WAITING)
# Spreadsheet programs run a cell that starts with one of these as a formula (OWASP "CSV injection").
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


# --- Reads -----------------------------------------------------------------------------------------------


def editable_events(*, user) -> QuerySet:
    """The events whose registrations the user may see: those they may edit."""
    return PagePermissionPolicy(EventPage).instances_user_has_any_permission_for(user, {"change"})


def user_can_see_registrations(*, user, event: EventPage) -> bool:
    return user.is_superuser or event.permissions_for_user(user).can_edit()


def event_for_staff(*, user, event_id: int) -> EventPage:
    """The event named in an admin URL: 404 for anything but an event page, 403 without the right to edit it."""
    event = EventPage.objects.filter(pk=event_id).defer_streamfields().first()
    if event is None:
        raise Http404
    if not user_can_see_registrations(user=user, event=event):
        raise PermissionDenied
    return event


def events_with_registration_counts(queryset: QuerySet) -> QuerySet:
    return queryset.defer_streamfields().annotate(
        confirmed_count=Count("registrations", filter=Q(registrations__status=Status.CONFIRMED)),
        waiting_count=Count("registrations", filter=Q(registrations__status=Status.WAITING)),
        held_count=Count(
            "registrations",
            filter=Q(
                registrations__status=Status.PENDING,
                registrations__holds_place=True,
                registrations__confirm_by__gt=timezone.now(),
            ),
        ),
        pending_count=Count(
            "registrations",
            filter=Q(registrations__status=Status.PENDING, registrations__confirm_by__gt=timezone.now()),
        ),
    )


@dataclass
class Question:
    name: str
    label: str


@dataclass
class RegistrationRow:
    registration: Registration
    answers: list[str]
    queue_position: int | None = None


@dataclass
class EventRegistrations:
    event: EventPage
    questions: list[Question]
    confirmed: list[RegistrationRow] = field(default_factory=list)
    waiting: list[RegistrationRow] = field(default_factory=list)
    # Not yet confirmed by email; those that hold a place count against the capacity until `confirm_by`.
    pending: list[RegistrationRow] = field(default_factory=list)

    @property
    def held(self) -> int:
        return sum(1 for row in self.pending if row.registration.holds_place)

    @property
    def places_left(self) -> int | None:
        if self.event.capacity is None:
            return None
        return max(self.event.capacity - len(self.confirmed) - self.held, 0)

    @property
    def rows(self) -> list[RegistrationRow]:
        return self.confirmed + self.waiting + self.pending


def answer_text(value) -> str:
    if isinstance(value, bool):
        return _("Ja") if value else _("Nei")
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return "" if value is None else str(value)


def event_registrations(*, event: EventPage) -> EventRegistrations:
    """The confirmed, the waiting list and those yet to confirm their address, in order, with the
    answers lined up under the event's questions (and under any question since removed from the
    form, so that no answer is lost from the list)."""
    pending_in_time = Q(status=Status.PENDING, confirm_by__gt=timezone.now())
    registrations = list(
        Registration.objects.filter(Q(status__in=ACTIVE) | pending_in_time, event_id=event.pk)
        .select_related("school__municipality")
        .order_by("created_at", "pk")
    )
    labels = {question.clean_name: question.label for question in event.form_fields.all()}
    for registration in registrations:
        for answer in registration.answers or []:
            if isinstance(answer, dict) and answer.get("name"):
                labels.setdefault(answer["name"], answer.get("label") or answer["name"])
    questions = [Question(name=name, label=label) for name, label in labels.items()]
    result = EventRegistrations(event=event, questions=questions)
    for registration in registrations:
        given = {
            answer.get("name"): answer.get("value") for answer in registration.answers or [] if isinstance(answer, dict)
        }
        row = RegistrationRow(registration, [answer_text(given.get(question.name)) for question in questions])
        if registration.status == Status.CONFIRMED:
            result.confirmed.append(row)
        elif registration.status == Status.PENDING:
            result.pending.append(row)
        else:
            row.queue_position = len(result.waiting) + 1
            result.waiting.append(row)
    return result


# --- Writes ----------------------------------------------------------------------------------------------


@dataclass
class MessageResult:
    sent: int
    failed: int


def registrants_message_send(*, event: EventPage, subject: str, message: str, include_waiting: bool) -> MessageResult:
    """Email everyone registered, one message each so that nobody sees the others' addresses.
    A failing mail server is logged (by registration id, not address) and counted, never raised."""
    statuses = ACTIVE if include_waiting else (Status.CONFIRMED,)
    recipients = list(
        Registration.objects.filter(event_id=event.pk, status__in=statuses)
        .order_by("created_at", "pk")
        .only("pk", "name", "email", "status")
    )
    if not recipients:
        return MessageResult(sent=0, failed=0)
    event_url = event.get_full_url() or ""
    reply_to = [event.contact_email] if event.contact_email else None
    sent = failed = 0
    try:
        connection = get_connection(fail_silently=False)
        connection.open()
    except Exception:
        logger.exception("Could not open a mail connection for the message to event %s", event.pk)
        return MessageResult(sent=0, failed=len(recipients))
    try:
        with translation.override(settings.LANGUAGE_CODE):
            for registration in recipients:
                body = render_to_string(
                    "events/admin/registrants_message.txt",
                    {"registration": registration, "event": event, "message": message, "event_url": event_url},
                )
                email = EmailMessage(
                    subject=subject, body=body, to=[registration.email], reply_to=reply_to, connection=connection
                )
                try:
                    email.send(fail_silently=False)
                except Exception:
                    logger.exception("Could not send event %s's message to registration %s", event.pk, registration.pk)
                    failed += 1
                else:
                    sent += 1
    finally:
        try:
            connection.close()
        except Exception:
            logger.exception("Could not close the mail connection")
    return MessageResult(sent=sent, failed=failed)


# --- CSV -------------------------------------------------------------------------------------------------


def csv_cell(value) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_PREFIXES) else text


def local_time(moment) -> str:
    return date_format(timezone.localtime(moment), "d.m.Y H:i") if moment else ""


def registrations_csv(*, data: EventRegistrations) -> HttpResponse:
    """UTF-8 with a BOM and semicolons: what Excel in Norway opens with æøå intact and in columns."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"pameldinger-{data.event.slug}.csv"
    )
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            _("Status"),
            _("Nr. på venteliste"),
            _("Navn"),
            _("E-post"),
            _("Skole/arbeidssted"),
            _("Kommune"),
            _("Rolle"),
            _("Allergier og matbehov"),
            *[question.label for question in data.questions],
            _("Registrert"),
            _("Fikk plass fra ventelisten"),
        ]
    )
    for row in data.rows:
        registration = row.registration
        school = registration.school
        writer.writerow(
            [
                csv_cell(value)
                for value in [
                    registration.get_status_display(),
                    row.queue_position or "",
                    registration.name,
                    registration.email,
                    registration.workplace_name,
                    school.municipality.name if school else "",
                    registration.get_role_display(),
                    registration.dietary_needs,
                    *row.answers,
                    local_time(registration.created_at),
                    local_time(registration.promoted_at),
                ]
            ]
        )
    return response
