"""What networks publish: lesson plans go to the editors for approval, the submitter hears
the outcome by email; meetings and material inside a network are published by its leaders
directly; scheduled publishing works with `publish_scheduled`."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from networks.factories import MeetingPageFactory, NetworkFactory, UserFactory
from networks.models import MeetingPage
from resources.models import LessonPlanPage
from resources.tests.test_models import lesson_plan_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def leader():
    return UserFactory(username="geir", email="geir@example.no")


@pytest.fixture
def network(leader):
    return NetworkFactory(title="Matematikk", leaders=[leader])


@pytest.fixture
def editor():
    user = UserFactory(username="randi", email="randi@example.no")
    user.groups.add(Group.objects.get(name="Redaktør"))
    return user


def submit_lesson_plan(client, leader, resource_index) -> LessonPlanPage:
    client.force_login(leader)
    url = reverse("wagtailadmin_pages:add", args=["resources", "lessonplanpage", resource_index.pk])
    response = client.post(url, lesson_plan_form(**{"action-submit": "action-submit"}))
    assert response.status_code == 302
    page = LessonPlanPage.objects.get(slug="brok-med-pizza")
    assert page.workflow_in_progress and not page.live
    return page


def act(client, user, page, action, **data):
    client.force_login(user)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, page.current_workflow_task_state.pk])
    return client.post(url, data)


def mail_to(address: str) -> list:
    return [message for message in mail.outbox if address in message.to]


def test_submission_notifies_the_editors(client, network, leader, editor, resource_index):
    submit_lesson_plan(client, leader, resource_index)
    to_editor = mail_to("randi@example.no")
    assert to_editor, [m.to for m in mail.outbox]
    assert "Brøk med pizza" in to_editor[0].subject + to_editor[0].body


def test_approval_publishes_and_notifies_the_submitter_in_norwegian(client, network, leader, editor, resource_index):
    page = submit_lesson_plan(client, leader, resource_index)
    mail.outbox.clear()
    response = act(client, editor, page, "approve")
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live and not page.workflow_in_progress
    to_leader = mail_to("geir@example.no")
    assert len(to_leader) == 1, [m.to for m in mail.outbox]
    assert to_leader[0].subject == "Godkjent og publisert: «Brøk med pizza»"
    assert "Hei Ola," in to_leader[0].body
    assert "Siden er publisert: http://" in to_leader[0].body
    assert "/ressurser/brok-med-pizza/" in to_leader[0].body


def test_requesting_changes_keeps_it_unpublished_and_tells_the_submitter_why(
    client, network, leader, editor, resource_index
):
    page = submit_lesson_plan(client, leader, resource_index)
    mail.outbox.clear()
    response = act(client, editor, page, "reject", comment="Legg til læringsmål for 6. trinn.")
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert not page.live
    state = page.workflow_states.order_by("-created_at").first()
    assert state.status == "needs_changes"
    to_leader = mail_to("geir@example.no")
    assert len(to_leader) == 1
    assert to_leader[0].subject == "Trenger endringer: «Brøk med pizza»"
    assert "«Legg til læringsmål for 6. trinn.»" in to_leader[0].body
    assert f"/admin/pages/{page.pk}/edit/" in to_leader[0].body

    # The leader edits and submits again; the editors get it back.
    client.force_login(leader)
    form = lesson_plan_form(**{"action-submit": "action-submit"})
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), form)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.workflow_in_progress and not page.live


def test_the_submitter_cannot_approve_their_own_work(client, network, leader, editor, resource_index):
    page = submit_lesson_plan(client, leader, resource_index)
    response = act(client, leader, page, "approve")
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live and page.workflow_in_progress


def test_network_pages_have_no_approval_step_and_leaders_publish_them(client, network, leader):
    meeting = MeetingPageFactory(parent=network, publish=False, live=False, title="Vårsamling")
    assert meeting.get_workflow() is None
    assert network.get_workflow() is None
    client.force_login(leader)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[meeting.pk]))
    assert edit.status_code == 200
    assert 'name="action-publish"' in edit.content.decode()


def test_lesson_plans_still_need_approval(resource_index):
    assert resource_index.get_workflow().name == "Redaksjonell godkjenning"


def test_scheduled_publishing_with_publish_scheduled(network):
    meeting = MeetingPageFactory(parent=network, publish=False, live=False, title="Publiseres senere")
    go_live = timezone.now() + timedelta(days=2)
    meeting.go_live_at = go_live
    meeting.save_revision().publish()
    meeting.refresh_from_db()
    assert not meeting.live
    assert not MeetingPage.objects.live().filter(pk=meeting.pk).exists()

    call_command("publish_scheduled")
    meeting.refresh_from_db()
    assert not meeting.live

    with freeze_time(go_live + timedelta(minutes=1)):
        call_command("publish_scheduled")
    meeting.refresh_from_db()
    assert meeting.live
