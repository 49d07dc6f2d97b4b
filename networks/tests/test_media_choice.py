"""A hand-made admin request cannot put another network's file on a page (portal/forms.py)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from networks.factories import NetworkFactory, UserFactory
from networks.models import MeetingPage
from portal.factories import DocumentFactory
from resources.models import LessonPlanPage
from resources.tests.test_models import lesson_plan_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    leader = UserFactory()
    mine = NetworkFactory(title="A", leaders=[leader])
    theirs = NetworkFactory(title="B")
    return {
        "leader": leader,
        "mine": mine,
        "my_doc": DocumentFactory(title="Vårt notat", collection=mine.collection),
        "their_doc": DocumentFactory(title="Deres hemmelige notat", collection=theirs.collection),
    }


def meeting_form(document, *, title="Samling"):
    start = timezone.localtime() + timedelta(days=5)
    return nested_form_data(
        {
            "title": title,
            "slug": "samling",
            "start": start.strftime("%Y-%m-%d %H:%M"),
            "end": (start + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
            "place": "Hamar",
            "address": "",
            "online_url": "",
            "summary": "",
            "agenda": streamfield([]),
            "material": streamfield([("attachment", {"document": document.pk, "title": "", "description": ""})]),
            "before_next": rich_text(""),
            "action-publish": "publish",
        }
    )


def add_meeting(client, setting, document):
    client.force_login(setting["leader"])
    url = reverse("wagtailadmin_pages:add", args=["networks", "meetingpage", setting["mine"].pk])
    return client.post(url, meeting_form(document))


def test_a_leader_attaches_their_own_networks_document(client, setting):
    response = add_meeting(client, setting, setting["my_doc"])
    assert response.status_code == 302
    assert MeetingPage.objects.get(slug="samling").live


def test_a_leader_cannot_attach_another_networks_document_by_hand(client, setting):
    response = add_meeting(client, setting, setting["their_doc"])
    assert response.status_code == 200
    assert "du ikke har tilgang til" in response.content.decode()
    assert not MeetingPage.objects.filter(slug="samling").exists()


def test_nor_in_a_lesson_plan_sent_for_approval(client, setting, resource_index):
    client.force_login(setting["leader"])
    url = reverse("wagtailadmin_pages:add", args=["resources", "lessonplanpage", resource_index.pk])
    attachment = ("attachment", {"document": setting["their_doc"].pk, "title": "", "description": ""})
    form = lesson_plan_form(**{"action-submit": "action-submit"})
    form.update(nested_form_data({"attachments": streamfield([attachment])}))
    response = client.post(url, form)
    assert response.status_code == 200
    assert "du ikke har tilgang til" in response.content.decode()
    assert not LessonPlanPage.objects.filter(slug="brok-med-pizza").exists()


def test_a_file_an_editor_already_put_on_the_page_stays_allowed(client, setting):
    # On the network's public page: a meeting's material must come from the network's own
    # collection whoever put it there (networks/tests/test_material_privacy.py).
    network = setting["mine"]
    link = f'<p>Se <a linktype="document" id="{setting["their_doc"].pk}">notatet</a>.</p>'
    network.purpose = link
    network.save_revision().publish()
    client.force_login(setting["leader"])
    form = nested_form_data(
        {
            "title": "A (endret)",
            "slug": network.slug,
            "summary": network.summary,
            "purpose": rich_text(link),
            "contact_name": "",
            "contact_email": "",
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[network.pk]), form)
    assert response.status_code == 302
    network.refresh_from_db()
    assert network.title == "A (endret)"
