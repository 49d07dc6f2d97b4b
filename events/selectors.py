"""Reads for the event pages. A fixed number of queries each, however many events there are."""

import re
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import EventKind, EventPage, Registration, Role
from portal.filters import Filter, clear_url, read_choices, unknown_value_notice
from portal.pagination import Pagination, paginate
from resources.models import GradeBand

MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})$")
ARCHIVE_PAGE_SIZE = 12
FILTER_PARAMS = ("type", "malgruppe", "maned")
MONTH_NAMES = [
    _("januar"),
    _("februar"),
    _("mars"),
    _("april"),
    _("mai"),
    _("juni"),
    _("juli"),
    _("august"),
    _("september"),
    _("oktober"),
    _("november"),
    _("desember"),
]


def public_events() -> QuerySet:
    return EventPage.objects.live().public()


def with_event_card_data(queryset: QuerySet) -> QuerySet:
    """Everything a card shows: kind, time, place, audience and places taken, without a query per event."""
    return queryset.prefetch_related("grade_bands", "subjects").annotate(
        confirmed_count=Count("registrations", filter=Q(registrations__status=Registration.Status.CONFIRMED)),
        held_count=Count("registrations", filter=_held(prefix="registrations__")),
    )


def _held(*, prefix: str = "") -> Q:
    """Pending registrations that still hold a place (events/services.py: double opt-in)."""
    return Q(
        **{
            f"{prefix}status": Registration.Status.PENDING,
            f"{prefix}holds_place": True,
            f"{prefix}confirm_by__gt": timezone.now(),
        }
    )


@dataclass
class EventListing:
    upcoming: Pagination
    archive: Pagination
    filters: list[Filter]
    notices: list[str] = field(default_factory=list)
    clear_url: str = "?"
    month_label: str = ""

    @property
    def is_filtered(self) -> bool:
        return any(f.selected for f in self.filters) or bool(self.month_label)


def parse_month(value: str) -> tuple[datetime, datetime] | None:
    """ "2027-03" → the start of March and of April 2027 in Oslo time; None for anything else."""
    match = MONTH_PATTERN.match(value or "")
    if not match:
        return None
    year, month = int(match[1]), int(match[2])
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        return None
    zone = timezone.get_default_timezone()
    start = datetime(year, month, 1, tzinfo=zone)
    following = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=zone)
    return start, following


def month_label(start: datetime) -> str:
    return f"{MONTH_NAMES[start.month - 1]} {start.year}"


def audience_options() -> dict[str, str]:
    """Roles and grade bands in one filter: «for hvem»."""
    options = {key: str(label) for key, label in Role.choices if key != Role.OTHER}
    options.update({band.slug: band.name for band in GradeBand.objects.all()})
    return options


def event_listing(*, index_page, params) -> EventListing:
    """Upcoming events soonest first and an archive of past events, newest first, filtered by
    type, audience (roles or grade bands; alternatives within the filter) and month."""
    kinds = {key: str(label) for key, label in EventKind.choices}
    audiences = audience_options()
    notices: list[str] = []
    chosen = {
        "type": read_choices(params, "type", kinds, notices, _("Type")),
        "malgruppe": read_choices(params, "malgruppe", audiences, notices, _("For hvem")),
    }
    month_value = (params.get("maned") or "").strip()
    month = parse_month(month_value)
    if month_value and month is None:
        notices.append(unknown_value_notice(_("Måned"), month_value))

    events = public_events().descendant_of(index_page)
    if chosen["type"]:
        events = events.filter(kind__in=chosen["type"])
    if chosen["malgruppe"]:
        roles = [key for key in chosen["malgruppe"] if key in dict(Role.choices)]
        bands = [key for key in chosen["malgruppe"] if key not in roles]
        audience = Q(grade_bands__slug__in=bands) if bands else Q()
        for role in roles:
            audience |= Q(audience_roles__contains=f",{role},")
        events = events.filter(audience)
    if month:
        # Every event that happens during the month, multi-day events that overlap it included.
        events = events.filter(start__lt=month[1], end__gte=month[0])
    # Filtering across the grade bands can repeat an event; select ids first, then the pages.
    ids = events.values("pk")
    now = timezone.now()
    base = with_event_card_data(EventPage.objects.filter(pk__in=ids))
    upcoming = paginate(
        base.filter(end__gte=now).order_by("start", "pk"),
        page_param=params.get("side"),
        per_page=settings.PORTAL_PAGE_SIZE,
    )
    archive = paginate(
        base.filter(end__lt=now).order_by("-start", "-pk"), page_param=params.get("arkiv"), per_page=ARCHIVE_PAGE_SIZE
    )

    filters = [
        Filter.of("type", _("Type"), kinds, chosen["type"]),
        Filter.of("malgruppe", _("For hvem"), audiences, chosen["malgruppe"]),
    ]
    return EventListing(
        upcoming=upcoming,
        archive=archive,
        filters=filters,
        notices=notices,
        clear_url=clear_url(params, drop={*FILTER_PARAMS, "side", "arkiv"}),
        month_label=month_label(month[0]) if month else "",
    )


def upcoming_public_events() -> QuerySet:
    """Live, public events that have not ended (a multi-day event is upcoming until its last day ends)."""
    return public_events().filter(end__gte=timezone.now())


def upcoming_events(*, limit: int | None = None) -> list[EventPage]:
    events = upcoming_public_events().order_by("start", "pk")
    return list(events[:limit] if limit else events)


@dataclass
class RegistrationState:
    """What the registration part of an event page says."""

    status: str  # "open", "waiting_list", "full" or "closed"
    confirmed: int
    waiting: int
    held: int
    places_left: int | None
    closes: datetime

    @property
    def accepts(self) -> bool:
        return self.status in {"open", "waiting_list"}


def registration_state(*, event: EventPage) -> RegistrationState:
    counts = Registration.objects.filter(event_id=event.pk).aggregate(
        confirmed=Count("pk", filter=Q(status=Registration.Status.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=Registration.Status.WAITING)),
        held=Count("pk", filter=_held()),
    )
    # A place held for someone who has not confirmed yet is taken. One freed by a hold that ran out
    # belongs to the first on the waiting list (who gets it at the next registration for the event,
    # or when clean_registrations runs), so it is not offered to newcomers.
    taken = counts["confirmed"] + counts["held"] + counts["waiting"]
    places_left = None if event.capacity is None else max(event.capacity - taken, 0)
    now = timezone.now()
    if now >= event.registration_closes or now >= event.end:
        status = "closed"
    elif places_left == 0:
        status = "waiting_list" if event.waiting_list else "full"
    else:
        status = "open"
    return RegistrationState(
        status=status,
        confirmed=counts["confirmed"],
        waiting=counts["waiting"],
        held=counts["held"],
        places_left=places_left,
        closes=event.registration_closes,
    )


def event_page_content(*, event: EventPage) -> dict:
    return {
        "registration": registration_state(event=event),
        "speakers": _speakers(event),
        "kind_label": EventKind(event.kind).label if event.kind in EventKind.values else "",
        "audience_roles": [Role(key).label for key in event.audience_roles if key in Role.values],
        "grade_bands": list(event.grade_bands.all()),
        "subjects": list(event.subjects.all()),
    }


def _speakers(event: EventPage) -> list:
    """Everyone in the programme, once each, in the order they first appear."""
    seen: dict[int, object] = {}
    for block in event.programme:
        for speaker in block.value.get("speakers") or []:
            if speaker is not None and speaker.pk not in seen:
                seen[speaker.pk] = speaker
    return list(seen.values())
