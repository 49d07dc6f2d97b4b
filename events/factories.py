"""Factories for events, speakers and registrations, for tests. The demo (events/demo.py) uses the
plain creators in events/demo_support.py instead, which need no factory_boy."""

from datetime import timedelta

import factory
from django.utils import timezone

from events.demo_support import EVENT_MANY_TO_MANY, event_index
from events.models import EventKind, EventPage, Registration, Role, Speaker
from portal.factories import PublishedPageFactory
from portal.text import norwegian_slug

__all__ = ["EventPageFactory", "RegistrationFactory", "SpeakerFactory", "event_index"]


def _in_days(days: int):
    return (timezone.now() + timedelta(days=days)).replace(minute=0, second=0, microsecond=0)


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"Kari Foredragsholder {n}")
    title = "Førsteamanuensis, Høgskolen i Innlandet"
    bio = "Forsker på klasseledelse og læringsmiljø."


class EventPageFactory(PublishedPageFactory):
    """An event under the index, published. `days_ahead` moves it; negative puts it in the past."""

    class Meta:
        model = EventPage

    _many_to_many = EVENT_MANY_TO_MANY

    class Params:
        days_ahead = 21

    title = factory.Sequence(lambda n: f"Seminar om læringsmiljø {n}")
    slug = factory.LazyAttribute(lambda o: norwegian_slug(o.title))
    kind = EventKind.SEMINAR
    summary = "En dag om læringsmiljø og klasseledelse med forskere og lærere fra Hedmark."
    start = factory.LazyAttribute(lambda o: _in_days(o.days_ahead).replace(hour=9))
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=6))
    place = "Høgskolen i Innlandet, Hamar"
    address = "Holsetgata 31, 2318 Hamar"
    audience_roles = factory.LazyFunction(lambda: [Role.TEACHER, Role.SCHOOL_LEADER])
    capacity = None
    waiting_list = True

    @classmethod
    def default_parent(cls):
        return event_index()


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A registration written straight to the table (no capacity rules, no email): for setting up state."""

    class Meta:
        model = Registration

    event = factory.SubFactory(EventPageFactory)
    name = factory.Sequence(lambda n: f"Lærer Nummer {n}")
    email = factory.Sequence(lambda n: f"laerer{n}@skole.example.no")
    workplace = "Hamar skole"
    role = Role.TEACHER
    status = Registration.Status.CONFIRMED
