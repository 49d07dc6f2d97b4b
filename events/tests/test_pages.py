"""The event page tree, the index made by the migration, and the rules an event page keeps."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from events.factories import EventPageFactory, SpeakerFactory, event_index
from events.models import EventFormField, EventIndexPage, EventPage, Role
from networks.models import NetworkIndexPage
from portal.models import HomePage

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    def test_where_event_pages_may_live(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertCanCreateAt(HomePage, EventIndexPage)
        self.assertCanCreateAt(EventIndexPage, EventPage)
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(NetworkIndexPage, EventPage)

    def test_only_one_index(self):
        assert EventIndexPage.max_count == 1
        assert not EventIndexPage.can_create_at(HomePage.objects.get())


def test_the_migration_made_the_index_at_arrangementer():
    index = event_index()
    assert index.url == "/arrangementer/" and index.live


def _event(**kwargs):
    defaults = {"title": "Ugyldig", "slug": "ugyldig", "summary": "x", "kind": "seminar"}
    start = EventPageFactory.build().start
    return EventPage(**{**defaults, "start": start, "end": start + timedelta(hours=2), "place": "Hamar", **kwargs})


def test_an_event_must_end_after_it_starts(home):
    event = _event()
    event.end = event.start - timedelta(minutes=1)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "end" in error.value.message_dict


def test_an_event_needs_a_place_or_an_online_link(home):
    with pytest.raises(ValidationError) as error:
        _event(place="", online_url="").full_clean()
    assert "place" in error.value.message_dict
    _event(place="", online_url="https://meet.example.no/kfl").clean()


def test_capacity_is_positive_and_optional(home):
    with pytest.raises(ValidationError) as error:
        _event(capacity=0).full_clean()
    assert "capacity" in error.value.message_dict
    _event(capacity=None).clean()


def test_audience_roles_survive_a_revision(event_index):
    event = EventPageFactory(audience_roles=[Role.TEACHER, Role.GROUP_LEADER])
    event.refresh_from_db()
    assert event.audience_roles == ["laerer", "gruppeleder"]
    restored = event.get_latest_revision().as_object()
    assert restored.audience_roles == ["laerer", "gruppeleder"]


def test_a_multi_day_event_page_shows_programme_speakers_and_calendar_link(client, event_index):
    speaker = SpeakerFactory(name="Thomas Nordahl", title="Professor")
    event = EventPageFactory(
        title="Kultur for læring-konferansen",
        kind="konferanse",
        days_ahead=40,
        programme=[
            {
                "type": "session",
                "value": {"start": "09:00", "end": "10:00", "title": "Åpning", "speakers": [speaker.pk]},
            },
            {"type": "session", "value": {"start": "10:15", "title": "Parallellsesjoner", "room": "A101"}},
        ],
    )
    event.end = event.start + timedelta(days=1, hours=6)
    event.save_revision().publish()
    response = client.get(event.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Thomas Nordahl" in html and "Professor" in html
    assert "A101" in html
    assert f'href="{event.url}ics/"' in html and "Legg til i kalender" in html
    assert "Gratis" in html
    assert 'id="pamelding"' in html


def test_extra_questions_are_asked_in_the_registration_form(client, event_index):
    event = EventPageFactory()
    EventFormField.objects.create(
        page=event,
        label="Hvilken workshop vil du være med på?",
        field_type="radio",
        choices="Lesing\nRegning",
        required=True,
    )
    html = client.get(event.url).content.decode()
    assert "Hvilken workshop vil du være med på?" in html
    assert "<legend>Hvilken workshop" in html
