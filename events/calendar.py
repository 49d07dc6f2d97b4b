"""iCalendar (RFC 5545) files: one event, or the feed of every upcoming event.

Times are written in Europe/Oslo with its VTIMEZONE, so a calendar shows 09:00 as
09:00 on both sides of a change to or from summer time. The UID comes from the
page's translation key: it stays the same when the title, slug or time changes, so
calendars update the event instead of adding a second one.
"""

from collections.abc import Iterable
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from events.models import EventPage

PRODID = "-//Kultur for læring//Arrangementer//NO"
UID_DOMAIN = "kulturforlaering.no"


def event_uid(event: EventPage) -> str:
    return f"arrangement-{event.translation_key}@{UID_DOMAIN}"


def _location(event: EventPage) -> str:
    parts = [part for part in (event.place, event.address) if part]
    if event.online_url:
        parts.append(event.online_url)
    return ", ".join(parts)


def event_component(event: EventPage, *, url: str) -> Event:
    zone = ZoneInfo(settings.TIME_ZONE)
    component = Event.new(
        uid=event_uid(event),
        summary=event.title,
        start=timezone.localtime(event.start, zone),
        end=timezone.localtime(event.end, zone),
        stamp=timezone.now().astimezone(ZoneInfo("UTC")),
        description=f"{event.summary}\n\n{url}".strip(),
        location=_location(event) or None,
        url=url,
        status="CONFIRMED",
    )
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(ZoneInfo("UTC")))
    return component


def calendar_bytes(events: Iterable[tuple[EventPage, str]], *, name: str | None = None) -> bytes:
    """A VCALENDAR of (event, absolute url) pairs."""
    calendar = Calendar.new(prodid=PRODID, calscale="GREGORIAN", method="PUBLISH", name=name)
    first: date | None = None
    last: date | None = None
    for event, url in events:
        calendar.add_component(event_component(event, url=url))
        first = min(first, event.start.date()) if first else event.start.date()
        last = max(last, event.end.date()) if last else event.end.date()
    if first and last:
        # Only the rules the events need: a VTIMEZONE from 1970 on would be kilobytes of RDATEs.
        calendar.add_missing_timezones(first_date=first - timedelta(days=366), last_date=last + timedelta(days=366))
    return calendar.to_ical()


def event_calendar(event: EventPage, *, url: str) -> bytes:
    return calendar_bytes([(event, url)])


def feed_calendar(events: Iterable[tuple[EventPage, str]]) -> bytes:
    return calendar_bytes(events, name=_("Kultur for læring – arrangementer"))
