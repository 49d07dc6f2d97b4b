"""The portal's roles (PRODUCT.md) as the migrations set them up: Redaktør
curates and publishes, Gruppeleder writes resources that Redaktør approves,
Ansatt reaches the admin and uploads media. Checked through Wagtail's own
permission testers and through the admin views a user would use."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupApprovalTask, Workflow

from portal.factories import make_png
from resources.factories import LessonPlanPageFactory
from resources.models import LessonPlanPage
from resources.tests.test_models import lesson_plan_form

ROLES = ["Redaktør", "Gruppeleder", "Ansatt"]
TAXONOMY = ["subject", "gradeband", "grade", "respondentgroup", "surveyarea", "improvementpillar"]

pytestmark = pytest.mark.django_db


def make_user(username: str, *groups: str):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "pw")
    user.groups.add(*Group.objects.filter(name__in=groups))
    assert user.groups.count() == len(groups)
    return user


@pytest.fixture
def editor():
    return make_user("redaktor", "Redaktør")


@pytest.fixture
def leader():
    return make_user("gruppeleder", "Gruppeleder")


@pytest.fixture
def staff():
    return make_user("ansatt", "Ansatt")


@pytest.fixture
def lesson(resource_index):
    return LessonPlanPageFactory(title="Brøk i 5. trinn")


def test_the_three_roles_exist_and_wagtails_english_groups_are_gone():
    names = set(Group.objects.values_list("name", flat=True))
    assert set(ROLES) <= names
    assert not names & {"Moderators", "Editors"}


# --- Pages ------------------------------------------------------------------------------------------


def test_editor_adds_edits_and_publishes_everywhere(editor, home, resource_index, lesson):
    for page in (home, resource_index):
        assert page.permissions_for_user(editor).can_add_subpage(), page
    for page in (home, resource_index, lesson):
        perms = page.permissions_for_user(editor)
        assert perms.can_edit(), page
        assert perms.can_publish(), page
        assert perms.can_unpublish(), page
    assert lesson.permissions_for_user(editor).can_delete()
    assert resource_index.permissions_for_user(editor).can_publish_subpage()


def test_leader_adds_and_edits_resources_but_cannot_publish(leader, home, resource_index, lesson):
    index_perms = resource_index.permissions_for_user(leader)
    assert index_perms.can_add_subpage()
    assert not index_perms.can_publish_subpage()

    own = LessonPlanPageFactory(title="Mitt eget opplegg", owner=leader)
    own_perms = own.permissions_for_user(leader)
    assert own_perms.can_edit()
    assert not own_perms.can_publish()
    assert not own_perms.can_unpublish()
    assert not own_perms.can_delete()  # live content goes only through an editor


def test_leader_cannot_edit_other_peoples_resources(leader, lesson):
    perms = lesson.permissions_for_user(leader)
    assert not perms.can_edit()
    assert not perms.can_delete()


def test_leader_cannot_touch_the_home_page(leader, home):
    perms = home.permissions_for_user(leader)
    assert not perms.can_edit()
    assert not perms.can_add_subpage()
    assert not perms.can_publish()


def test_staff_cannot_edit_resource_pages(staff, home, resource_index, lesson):
    for page in (home, resource_index, lesson):
        perms = page.permissions_for_user(staff)
        assert not perms.can_edit(), page
        assert not perms.can_publish(), page
        assert not perms.can_add_subpage(), page


def test_staff_is_refused_the_edit_view_of_a_resource(client, staff, lesson):
    client.force_login(staff)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_leader_opens_the_edit_view_of_their_own_resource_only(client, leader, lesson):
    own = LessonPlanPageFactory(title="Mitt eget opplegg", owner=leader)
    client.force_login(leader)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[own.pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).status_code == 302


# --- Taxonomy ---------------------------------------------------------------------------------------


def test_editor_manages_the_taxonomy(editor):
    for model in TAXONOMY:
        for action in ("add", "change", "delete", "view"):
            assert editor.has_perm(f"resources.{action}_{model}"), f"{action}_{model}"
    assert editor.has_perm("taggit.change_tag")
    assert editor.has_perm("wagtailredirects.add_redirect")
    assert editor.has_perm("wagtailsearchpromotions.add_searchpromotion")


@pytest.mark.parametrize("role", ["Gruppeleder", "Ansatt"])
def test_others_cannot_change_the_taxonomy(role):
    user = make_user("bruker", role)
    assert not user.has_perm("resources.change_subject")
    assert not user.has_perm("resources.delete_surveyarea")


# --- Moderation -------------------------------------------------------------------------------------


def test_default_workflow_is_the_editors_approval(lesson):
    workflow = lesson.get_workflow()
    assert workflow is not None
    assert workflow.name == "Redaksjonell godkjenning"
    assert workflow.active
    tasks = [task.specific for task in workflow.tasks.all()]
    assert len(tasks) == 1
    assert isinstance(tasks[0], GroupApprovalTask)
    assert list(tasks[0].groups.values_list("name", flat=True)) == ["Redaktør"]
    assert not Workflow.objects.filter(name="Moderators approval").exists()


def test_leader_submits_a_lesson_plan_and_an_editor_approves_it(client, leader, editor, resource_index):
    client.force_login(leader)
    add_url = reverse("wagtailadmin_pages:add", args=["resources", "lessonplanpage", resource_index.pk])
    response = client.post(add_url, lesson_plan_form(**{"action-submit": "action-submit"}))
    assert response.status_code == 302

    page = LessonPlanPage.objects.get(slug="brok-med-pizza")
    assert page.owner == leader
    assert not page.live
    assert page.workflow_in_progress
    state = page.current_workflow_state
    assert state.workflow.name == "Redaksjonell godkjenning"
    task = page.current_workflow_task.specific
    assert list(task.groups.values_list("name", flat=True)) == ["Redaktør"]
    assert task.get_actions(page, leader) == []
    assert "approve" in [name for name, _label, _modal in task.get_actions(page, editor)]

    client.force_login(editor)
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", page.current_workflow_task_state.pk]
    )
    assert client.post(approve_url).status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert not page.workflow_in_progress


def test_leader_asking_to_publish_does_not_publish(client, leader, resource_index):
    client.force_login(leader)
    add_url = reverse("wagtailadmin_pages:add", args=["resources", "lessonplanpage", resource_index.pk])
    response = client.post(add_url, lesson_plan_form(**{"action-publish": "action-publish"}))
    assert response.status_code == 302
    page = LessonPlanPage.objects.get(slug="brok-med-pizza")  # kept as a draft
    assert not page.live
    assert page.first_published_at is None


def test_only_editors_moderate_a_started_workflow(leader, editor, lesson):
    lesson.save_revision(user=leader)
    state = lesson.get_workflow().start(lesson, leader)
    task = state.current_task_state.task.specific
    assert task.user_can_access_editor(lesson, editor)
    assert not task.user_can_access_editor(lesson, leader)
    assert task.get_actions(lesson, leader) == []
    assert task.get_actions(lesson, editor)
    # while the editors review it, the leader cannot change what they review
    assert task.locked_for_user(lesson, leader)
    assert not task.locked_for_user(lesson, editor)


# --- Media ------------------------------------------------------------------------------------------


def upload_image(client) -> int:
    png = SimpleUploadedFile("bilde.png", make_png(text="Test", width=240, height=160), content_type="image/png")
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Et bilde",
            "file": png,
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
            "description": "Et testbilde",
            "rights_holder": "",
        },
    ).status_code


def upload_document(client) -> int:
    txt = SimpleUploadedFile("notat.txt", "Kultur for læring".encode(), content_type="text/plain")
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Et notat",
            "file": txt,
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
            "description": "",
            "rights_holder": "",
        },
    ).status_code


@pytest.mark.parametrize("role", ROLES)
def test_every_role_uploads_images_and_documents(client, role):
    client.force_login(make_user("bruker", role))
    assert upload_image(client) == 302
    assert upload_document(client) == 302
    assert get_image_model().objects.filter(title="Et bilde").exists()
    assert get_document_model().objects.filter(title="Et notat").exists()


def test_a_user_without_a_role_cannot_upload(client):
    client.force_login(make_user("ingen"))
    assert upload_image(client) == 302
    assert upload_document(client) == 302
    assert not get_image_model().objects.exists()
    assert not get_document_model().objects.exists()


# --- Admin access -----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_each_role_reaches_the_admin(client, role):
    client.force_login(make_user("bruker", role))
    assert client.get("/admin/").status_code == 200


def test_a_user_without_a_role_is_turned_away_from_the_admin(client):
    client.force_login(make_user("ingen"))
    response = client.get("/admin/")
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response.url.startswith(reverse("wagtailadmin_login"))


def test_an_anonymous_visitor_is_sent_to_the_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
