"""Events tagged with survey areas (kartleggingsområder): the field, the admin form that sets it, and the
demo events that carry it. The school page shows them under «Fra data til praksis» (surveys/tests)."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.demo import build_events_demo
from events.factories import EventPageFactory
from events.models import EventPage
from networks.factories import UserFactory
from portal import roles
from portal.demo_data import load
from resources.models import SurveyArea

pytestmark = pytest.mark.django_db

RELATION = "elever-5-10-relasjon-til-laerer"
TEACHING = "laerere-undervisningen"


def area(slug: str) -> SurveyArea:
    return SurveyArea.objects.get(slug=slug)


@pytest.fixture
def editor():
    user = UserFactory(username="redaktor")
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    return user


def test_an_event_keeps_its_survey_areas_and_the_areas_know_their_events(event_index):
    event = EventPageFactory(title="Seminar om relasjoner", survey_areas=[area(RELATION), area(TEACHING)])
    event = EventPage.objects.get(pk=event.pk)
    assert set(event.survey_areas.values_list("slug", flat=True)) == {RELATION, TEACHING}
    assert list(area(RELATION).events.all()) == [event]
    # Through a revision, as an editor publishes it, the areas are kept too.
    event.survey_areas.set([area(TEACHING)])
    event.save_revision().publish()
    assert list(EventPage.objects.get(pk=event.pk).survey_areas.values_list("slug", flat=True)) == [TEACHING]


def _edit_form(event: EventPage, survey_areas: list[int]) -> dict:
    start = timezone.localtime() + timedelta(days=30)
    data = nested_form_data(
        {
            "title": event.title,
            "slug": event.slug,
            "kind": event.kind,
            "summary": event.summary,
            "start": start.strftime("%d.%m.%Y 09:00"),
            "end": start.strftime("%d.%m.%Y 15:00"),
            "place": event.place,
            "address": event.address,
            "online_url": "",
            "body": streamfield([]),
            "programme": streamfield([]),
            "price": "",
            "price_note": "",
            "registration_deadline": "",
            "capacity": "",
            "waiting_list": "on",
            "contact_email": "",
            "form_fields": inline_formset([]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    # Multiple-choice fields post one value per choice (nested_form_data would number them).
    return {**data, "audience_roles": ["laerer"], "survey_areas": survey_areas}


def test_the_admin_edit_form_offers_the_areas_and_saves_them(client, editor, event_index):
    event = EventPageFactory(title="Seminar om relasjoner", survey_areas=[area(RELATION)])
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[event.pk])

    html = client.get(url).content.decode()
    boxes = re.findall(r'<input type="checkbox" name="survey_areas" value="(\d+)"[^>]*>', html)
    assert len(boxes) == SurveyArea.objects.count() == 25
    checked = re.findall(r'<input type="checkbox" name="survey_areas" value="(\d+)"[^>]*checked', html)
    assert checked == [str(area(RELATION).pk)]
    # Each box names its area and its respondent group: «Relasjon til lærer» is asked of two groups.
    assert "Relasjon til lærer (Elever 5.–10. trinn)" in html and "Relasjon til lærer (Elever 1.–4. trinn)" in html
    assert "Kartleggingsområder" in html

    response = client.post(url, _edit_form(event, [area(TEACHING).pk, area(RELATION).pk]))
    assert response.status_code == 302, response.content.decode()[:2000]
    event = EventPage.objects.get(pk=event.pk)
    assert event.live and set(event.survey_areas.values_list("slug", flat=True)) == {RELATION, TEACHING}

    client.post(url, _edit_form(event, []))
    assert not EventPage.objects.get(pk=event.pk).survey_areas.exists()


def test_the_edit_form_does_not_look_up_each_areas_group(client, editor, event_index, django_assert_max_num_queries):
    """The boxes' labels name the respondent group: one query for all of them, not one per area."""
    event = EventPageFactory()
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[event.pk])
    client.get(url)
    with django_assert_max_num_queries(200) as queries:
        client.get(url)
    groups = [q for q in queries.captured_queries if 'FROM "resources_respondentgroup"' in q["sql"]]
    assert len(groups) <= 1, len(groups)


def test_the_demo_events_carry_survey_areas(event_index):
    """Built from demo/arrangementer/ as `load_demo` builds it (portal/tests/test_demo_data.py checks the files)."""
    data = load()
    build_events_demo(data)
    for spec in data.events:
        event = EventPage.objects.get(slug=spec.slug)
        assert spec.survey_areas, spec.slug
        assert set(event.survey_areas.values_list("slug", flat=True)) == set(spec.survey_areas), spec.slug
    # Upcoming events for the school page's «Fra data til praksis».
    upcoming = EventPage.objects.live().public().filter(end__gte=timezone.now(), survey_areas__isnull=False)
    assert upcoming.distinct().count() >= 3
