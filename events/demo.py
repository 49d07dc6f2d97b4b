"""Demo seminars, a conference with a two-day programme, a webinar, speakers and registrations.

Dates are relative to the day the demo is loaded; events are identified by slug, so a
second run creates nothing. Registrations are made through the same service the form
uses, with emails switched off (the demo's people are invented).
"""

from datetime import time, timedelta
from decimal import Decimal

from events.demo_support import create_event_page, create_speaker, event_index
from events.models import EventFormField, EventKind, EventPage, Registration, Role, Speaker
from networks.models import School
from portal.demo_support import create_image, weekday_at
from resources.models import GradeBand, Subject

SPEAKERS = [
    ("Ingrid Haugen", "Professor, Høgskolen i Innlandet", "Forsker på læringsmiljø og klasseledelse i grunnskolen."),
    ("Thomas Bakken", "Rektor, Hanstad skole", "Har ledet skolens arbeid med vurdering for læring i fem år."),
    ("Sara Mohammadi", "Lærer og gruppeleder, Ydalir skole", "Leder matematikknettverket i Sør-Østerdal."),
    ("Nils Aasen", "Førsteamanuensis, Høgskolen i Innlandet", "Forsker på leseopplæring og lesestrategier."),
]


def _session(start: str, end: str, title: str, speakers=(), room: str = "", day=None) -> dict:
    return {
        "type": "session",
        "value": {
            "day": day,
            "start": time.fromisoformat(start),
            "end": time.fromisoformat(end),
            "title": title,
            "speakers": [speaker.pk for speaker in speakers],
            "room": room,
            "description": "",
        },
    }


def _speakers() -> dict[str, Speaker]:
    found = {speaker.name: speaker for speaker in Speaker.objects.filter(name__in=[s[0] for s in SPEAKERS])}
    for name, title, bio in SPEAKERS:
        if name not in found:
            photo = create_image(title=f"Portrett: {name}", description=f"Portrett av {name}")
            found[name] = create_speaker(name=name, title=title, bio=bio, photo=photo)
    return found


def _register(event: EventPage, people: list[tuple[str, str, str]]) -> int:
    """Written straight to the table, not through the registration service: the demo must not send email."""
    schools = list(School.objects.order_by("name")[: len(people)])
    confirmed = event.registrations.filter(status=Registration.Status.CONFIRMED).count()
    made = 0
    for index, (name, email, role) in enumerate(people):
        full = event.capacity is not None and confirmed >= event.capacity
        Registration.objects.create(
            event=event,
            name=name,
            email=email,
            role=role,
            school=schools[index % len(schools)] if schools else None,
            workplace="" if schools else "Hamar skole",
            status=Registration.Status.WAITING if full else Registration.Status.CONFIRMED,
        )
        confirmed += not full
        made += 1
    return made


PEOPLE = [
    ("Kari Nordmann", "kari.nordmann@example.no", Role.TEACHER),
    ("Ola Berg", "ola.berg@example.no", Role.TEACHER),
    ("Aisha Khan", "aisha.khan@example.no", Role.SCHOOL_LEADER),
    ("Per Hansen", "per.hansen@example.no", Role.TEACHER),
    ("Marit Lie", "marit.lie@example.no", Role.GROUP_LEADER),
    ("Jonas Strand", "jonas.strand@example.no", Role.SCHOOL_OWNER),
]


def build_events_demo() -> dict:
    index = event_index()
    if index is None:
        return {"events_created": 0, "events_skipped": 0, "registrations": 0}
    speakers = _speakers()
    haugen, bakken, mohammadi, aasen = (speakers[name] for name, _title, _bio in SPEAKERS)
    bands = {band.slug: band for band in GradeBand.objects.all()}
    subjects = {subject.slug: subject for subject in Subject.objects.all()}

    # The conference runs over two consecutive weekdays.
    day_one = weekday_at(45, 9)
    if day_one.weekday() == 4:
        day_one += timedelta(days=3)
    day_two = day_one + timedelta(days=1)
    one, two = day_one.date(), day_two.date()

    specs = [
        {
            "title": "Konferanse: Læringskultur i hele skolen",
            "slug": "konferanse-laeringskultur",
            "kind": EventKind.CONFERENCE,
            "summary": "To dager om læringskultur, forventninger og relasjoner, med forskere, skoleledere og "
            "nettverkene i fylket.",
            "start": day_one,
            "end": day_two.replace(hour=15),
            "place": "Scandic Hamar",
            "address": "Vangsvegen 121, 2318 Hamar",
            "price": Decimal("1200.00"),
            "price_note": "Inkludert lunsj begge dager og middag første kveld.",
            "capacity": 250,
            "registration_deadline": weekday_at(30, 23, 59),
            "audience_roles": [Role.TEACHER, Role.SCHOOL_LEADER, Role.SCHOOL_OWNER],
            "grade_bands": list(bands.values()),
            "programme": [
                _session("09:00", "09:30", "Velkommen", day=one),
                _session("09:30", "10:30", "Hva er en god læringskultur?", [haugen], "Storsalen", one),
                _session("11:00", "12:00", "Fra kartlegging til tiltak", [bakken], "Storsalen", one),
                _session("13:00", "14:30", "Nettverkene deler erfaringer", [mohammadi], "Sal B", one),
                _session("09:00", "10:00", "Lesing i alle fag", [aasen], "Storsalen", two),
                _session("10:30", "12:00", "Arbeid i skolegrupper", [], "Grupperom", two),
            ],
            "questions": [("Hvilken dag deltar du?", "radio", "Begge dager\nBare dag 1\nBare dag 2")],
            "people": PEOPLE[:4],
        },
        {
            "title": "Seminar: Vurdering for læring i matematikk",
            "slug": "seminar-vurdering-matematikk",
            "kind": EventKind.SEMINAR,
            "summary": "Hvordan gir vi tilbakemeldinger som flytter læringen i matematikk? Forskning og praksis "
            "fra klasserom på mellomtrinnet.",
            "start": weekday_at(16, 12),
            "end": weekday_at(16, 15, 30),
            "place": "Elverum rådhus, Glomma",
            "address": "Harald Herlofsons plass 1, 2408 Elverum",
            "capacity": 4,
            "registration_deadline": weekday_at(12, 12),
            "audience_roles": [Role.TEACHER, Role.GROUP_LEADER],
            "grade_bands": [bands["5-7"]],
            "subjects": [subjects["matematikk"]],
            "programme": [
                _session("12:00", "12:45", "Tilbakemeldinger som virker", [haugen]),
                _session("13:00", "14:00", "Elevsvar i brøk – hva ser vi?", [mohammadi]),
                _session("14:15", "15:30", "Planlegging i skolegrupper"),
            ],
            "questions": [],
            "people": PEOPLE,  # four places: two end up on the waiting list
        },
        {
            "title": "Webinar: Lesestrategier på småtrinnet",
            "slug": "webinar-lesestrategier",
            "kind": EventKind.WEBINAR,
            "summary": "En time på nett om å modellere lesestrategier for de yngste elevene.",
            "start": weekday_at(9, 14),
            "end": weekday_at(9, 15),
            "place": "",
            "address": "",
            "online_url": "https://example.no/webinar/lesestrategier",
            "audience_roles": [Role.TEACHER],
            "grade_bands": [bands["1-4"]],
            "subjects": [subjects["norsk"]],
            "programme": [_session("14:00", "15:00", "Modellering av lesestrategier", [aasen])],
            "questions": [],
            "people": PEOPLE[:2],
        },
        {
            "title": "Seminar: Klasseledelse og relasjoner",
            "slug": "seminar-klasseledelse-host",
            "kind": EventKind.SEMINAR,
            "summary": "Høstens seminar om struktur, forventninger og relasjoner i klasserommet.",
            "start": weekday_at(-60, 9),
            "end": weekday_at(-60, 15),
            "place": "Kongsvinger ungdomsskole",
            "address": "",
            "audience_roles": [Role.TEACHER, Role.SCHOOL_LEADER],
            "grade_bands": [bands["8-10"]],
            "programme": [
                _session("09:00", "10:30", "Klasseledelse – hva sier forskningen?", [haugen]),
                _session("11:00", "12:30", "Erfaringer fra Glåmdalen", [bakken]),
            ],
            "questions": [],
            "people": PEOPLE[:3],
        },
    ]

    created = registrations = 0
    for spec in specs:
        if EventPage.objects.filter(slug=spec["slug"]).exists():
            continue
        people = spec.pop("people")
        questions = spec.pop("questions")
        event = create_event_page(parent=index, publish=False, **spec)
        for sort_order, (label, field_type, choices) in enumerate(questions):
            EventFormField.objects.create(
                page=event, sort_order=sort_order, label=label, field_type=field_type, choices=choices, required=True
            )
        event.save_revision().publish()
        registrations += _register(event, people)
        created += 1
    return {"events_created": created, "events_skipped": len(specs) - created, "registrations": registrations}
