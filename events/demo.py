"""Demo seminars, a conference with a two-day programme, a webinar, speakers and registrations,
read from demo/arrangementer/ by portal/demo_data.py.

Dates are relative to the day the demo is loaded; events are identified by slug, so a
second run creates nothing. Registrations go through the registration service, as from a
logged-in person (confirmed, or on the waiting list when full), with no email sent: the demo's
people are invented. An event that has already ended takes no registrations through the
service, so its registrations are written as the history they would be.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone

from events import services
from events.demo_support import create_event_page, create_speaker, event_index
from events.models import EventFormField, EventPage, Registration, Speaker
from networks.models import School
from portal.demo_data import DemoData, Event, Person, load, stream
from portal.demo_support import create_image, weekday_at
from resources.models import GradeBand, Subject, SurveyArea


def _speakers(data: DemoData) -> dict[str, Speaker]:
    found = {speaker.name: speaker for speaker in Speaker.objects.filter(name__in=[s.name for s in data.speakers])}
    for spec in data.speakers:
        if spec.name not in found:
            photo = create_image(title=f"Portrett: {spec.name}", description=f"Portrett av {spec.name}")
            found[spec.name] = create_speaker(name=spec.name, title=spec.title, bio=spec.bio, photo=photo)
    return found


def _register(event: EventPage, people: list[Person]) -> int:
    schools = list(School.objects.order_by("name")[: len(people)])
    ended = event.end <= timezone.now()
    confirmed = 0
    for index, person in enumerate(people):
        fields = {
            "event": event,
            "name": person.name,
            "email": person.email,
            "role": person.role,
            "school": schools[index % len(schools)] if schools else None,
            "workplace": "" if schools else "Hamar skole",
        }
        if ended:
            full = event.capacity is not None and confirmed >= event.capacity
            Registration.objects.create(
                **fields, status=Registration.Status.WAITING if full else Registration.Status.CONFIRMED
            )
            confirmed += not full
        else:
            services.registration_create(**fields, email_confirmed=True, notify=False)
    return len(people)


def _days(spec: Event) -> list:
    """The event's days: `duration_days` consecutive weekdays from `days` ahead (moved to a Monday
    when they would run into a weekend)."""
    first = weekday_at(spec.days, 0)
    if spec.duration_days > 1 and first.weekday() + spec.duration_days - 1 > 4:
        first += timedelta(days=7 - first.weekday())
    return [first.date() + timedelta(days=n) for n in range(spec.duration_days)]


def _at(day, clock: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=timezone.get_default_timezone())


def _session(session, speakers: dict[str, Speaker], days: list) -> dict:
    return {
        "type": "session",
        "value": {
            "day": days[session.day - 1] if session.day else None,
            "start": time.fromisoformat(session.start),
            "end": time.fromisoformat(session.end),
            "title": session.title,
            "speakers": [speakers[name].pk for name in session.speakers],
            "room": session.room,
            "description": "",
        },
    }


def build_events_demo(data: DemoData | None = None) -> dict:
    data = data or load()
    index = event_index()
    if index is None:
        return {"events_created": 0, "events_skipped": 0, "registrations": 0}
    speakers = _speakers(data)
    bands = {band.slug: band for band in GradeBand.objects.all()}
    subjects = {subject.slug: subject for subject in Subject.objects.all()}
    areas = {area.slug: area for area in SurveyArea.objects.all()}
    people = {person.email: person for person in data.people}

    created = registrations = 0
    for spec in data.events:
        if EventPage.objects.filter(slug=spec.slug).exists():
            continue
        days = _days(spec)
        deadline = None
        if spec.registration_deadline:
            ahead, clock = spec.registration_deadline
            moment = time.fromisoformat(clock)
            deadline = weekday_at(ahead, moment.hour, moment.minute)
        event = create_event_page(
            parent=index,
            publish=False,
            title=spec.title,
            slug=spec.slug,
            kind=spec.kind,
            summary=spec.summary,
            body=stream(spec.body),
            start=_at(days[0], spec.start),
            end=_at(days[-1], spec.end),
            place=spec.place,
            address=spec.address,
            online_url=spec.online_url,
            price=spec.price,
            price_note=spec.price_note,
            capacity=spec.capacity,
            registration_deadline=deadline,
            audience_roles=spec.audience_roles,
            grade_bands=[bands[slug] for slug in spec.grade_bands],
            subjects=[subjects[slug] for slug in spec.subjects],
            survey_areas=[areas[slug] for slug in spec.survey_areas],
            programme=[_session(session, speakers, days) for session in spec.programme],
        )
        for sort_order, (label, field_type, choices) in enumerate(spec.questions):
            EventFormField.objects.create(
                page=event,
                sort_order=sort_order,
                label=label,
                field_type=field_type,
                choices="\n".join(choices),
                required=True,
            )
        event.save_revision().publish()
        registrations += _register(event, [people[email] for email in spec.registrations])
        created += 1
    return {"events_created": created, "events_skipped": len(data.events) - created, "registrations": registrations}
