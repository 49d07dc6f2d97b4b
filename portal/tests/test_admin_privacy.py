"""Leaks 2, 3, 5 and 6 of issue 10, and the permission matrix over the admin's bulk, chooser,
preview and API views for a leader of one network, programme staff and an editor.

Network B's private titles (see networks/tests/test_permissions.py) and a draft resource
written by someone else must never reach a leader of network A or staff; an editor sees them
all – the control that shows each refusal is a refusal and not a broken URL.
"""

import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from networks.factories import UserFactory
from networks.models import NetworkMaterialPage
from networks.tests.test_permissions import (  # noqa: F401 – the fixture
    B_DOCUMENT_TITLE,
    B_IMAGE_TITLE,
    B_MATERIAL_TITLE,
    body_of,
    world,
)
from portal import roles
from resources.factories import LessonPlanPageFactory
from resources.models import ResourcePage

pytestmark = pytest.mark.django_db

DRAFT_TITLE = "Utkast Blekksprut Tåkefyr"
PUBLIC_TITLE = "Offentlig Ekorn Solstreif"


@pytest.fixture
def matrix(world, resource_index):  # noqa: F811 – the fixture imported above
    staff = UserFactory(username="ansatt")
    staff.groups.add(Group.objects.get(name=roles.STAFF))
    world["staff"] = staff
    world["draft"] = LessonPlanPageFactory(parent=resource_index, title=DRAFT_TITLE, live=False)
    world["public"] = LessonPlanPageFactory(parent=resource_index, title=PUBLIC_TITLE)
    return world


SECRETS = [B_MATERIAL_TITLE, B_DOCUMENT_TITLE, B_IMAGE_TITLE, DRAFT_TITLE]


def bulk_url(app_label, model_name, action, *ids) -> str:
    query = "&".join(f"id={pk}" for pk in ids)
    return f"{reverse('wagtail_bulk_action', args=[app_label, model_name, action])}?{query}"


def bulk_urls(world_) -> dict[str, str]:
    """Every bulk action view on B's private objects (and a draft), with the title it would show."""
    pages = [world_["material_b"].pk, world_["meeting_b"].pk, world_["draft"].pk]
    urls = {}
    for action in ("delete", "move", "publish", "unpublish"):
        urls[bulk_url("wagtailcore", "page", action, *pages)] = B_MATERIAL_TITLE
        urls[bulk_url("wagtailcore", "page", action, world_["draft"].pk)] = DRAFT_TITLE
    for action in ("delete", "add_tags", "add_to_collection"):
        urls[bulk_url("portal", "portaldocument", action, world_["doc_b"].pk)] = B_DOCUMENT_TITLE
        urls[bulk_url("portal", "portalimage", action, world_["image_b"].pk)] = B_IMAGE_TITLE
    # «all» in a listing of B's network page: Wagtail expands it to every child.
    urls[
        f"{reverse('wagtail_bulk_action', args=['wagtailcore', 'page', 'delete'])}?id=all&childOf="
        f"{world_['network_b'].pk}"
    ] = B_MATERIAL_TITLE
    return urls


def assert_no_secrets(response, where):
    body = body_of(response)
    # As written, and as JSON writes it ("T\\u00e5kefyr").
    leaked = [secret for secret in SECRETS if secret in body or json.dumps(secret)[1:-1] in body]
    assert not leaked, f"{where} shows {leaked}"


# --- 2. Bulk actions ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["leader_a", "staff"])
def test_bulk_action_pages_name_nothing_the_user_may_not_see(client, matrix, who):
    client.force_login(matrix[who])
    for url in bulk_urls(matrix):
        response = client.get(url)
        assert response.status_code in (200, 302, 403, 404), f"{url}: {response.status_code}"
        assert_no_secrets(response, url)


def test_an_editor_sees_the_titles_on_the_bulk_action_pages(client, matrix):
    client.force_login(matrix["editor"])
    for url, title in bulk_urls(matrix).items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert title in body_of(response), url


def test_a_leader_still_bulk_acts_on_their_own_networks_pages_and_documents(client, matrix):
    client.force_login(matrix["leader_a"])
    material = matrix["material_a"]
    response = client.get(bulk_url("wagtailcore", "page", "delete", material.pk, matrix["material_b"].pk))
    assert response.status_code == 200
    assert material.title in body_of(response)
    response = client.get(bulk_url("portal", "portaldocument", "delete", matrix["doc_a"].pk))
    assert response.status_code == 200
    assert matrix["doc_a"].title in body_of(response)


def test_a_forged_bulk_delete_of_bs_document_deletes_nothing(client, matrix):
    client.force_login(matrix["leader_a"])
    doc_b = matrix["doc_b"]
    response = client.post(bulk_url("portal", "portaldocument", "delete", doc_b.pk))
    assert response.status_code in (302, 403, 404)
    assert type(doc_b).objects.filter(pk=doc_b.pk).exists()


def test_snippet_and_user_bulk_actions_refuse_a_leader(client, matrix):
    client.force_login(matrix["leader_a"])
    school = matrix["network_b"].schools.first()
    urls = [bulk_url("auth", "user", "delete", matrix["editor"].pk)]
    if school is not None:
        urls.append(bulk_url("networks", "school", "delete", school.pk))
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert "redaktor@example.no" not in body_of(response)


def test_bulk_action_urls_answer_404_to_nonsense(client, matrix):
    client.force_login(matrix["leader_a"])
    for url in (
        bulk_url("nope", "nothing", "delete", 1),
        bulk_url("wagtailcore", "page", "explode", 1),
        bulk_url("wagtailcore", "page", "delete", 987654),
    ):
        assert client.get(url).status_code == 404, url


# --- 3. Page links in rich text -----------------------------------------------------------------------------


def material_form(page, html: str, **extra) -> dict:
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": "",
            "body": streamfield([("paragraph", rich_text(html))]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def link(page) -> str:
    return f'<p>Se <a linktype="page" id="{page.pk}">denne</a>.</p>'


@pytest.mark.parametrize("target", ["material_b", "draft"])
def test_a_leader_cannot_save_a_link_to_a_page_they_may_not_see(client, matrix, target):
    client.force_login(matrix["leader_a"])
    material = matrix["material_a"]
    before = NetworkMaterialPage.objects.get(pk=material.pk).latest_revision_id
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[material.pk]),
        material_form(material, link(matrix[target]), **{"action-publish": "action-publish"}),
    )
    assert response.status_code == 200  # the form again, with the error
    assert "Siden lenker til en side du ikke har tilgang til" in body_of(response)
    assert NetworkMaterialPage.objects.get(pk=material.pk).latest_revision_id == before
    assert matrix[target].url_path.rstrip("/").rsplit("/", 1)[-1] not in body_of(response)


@pytest.mark.parametrize("target", ["material_b", "draft"])
def test_a_leader_cannot_preview_a_link_to_a_page_they_may_not_see(client, matrix, target):
    client.force_login(matrix["leader_a"])
    material = matrix["material_a"]
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[material.pk])
    response = client.post(url, material_form(material, link(matrix[target])))
    assert json.loads(response.content)["is_valid"] is False
    preview = client.get(url)
    slug = matrix[target].slug
    assert slug not in body_of(preview)


def test_a_leader_may_link_a_public_page(client, matrix):
    client.force_login(matrix["leader_a"])
    material = matrix["material_a"]
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[material.pk]),
        material_form(material, link(matrix["public"]), **{"action-publish": "action-publish"}),
    )
    assert response.status_code == 302, body_of(response)[:1500]
    assert f'id="{matrix["public"].pk}"' in str(NetworkMaterialPage.objects.get(pk=material.pk).body.raw_data)


def test_an_editor_may_link_a_members_only_page(client, matrix):
    client.force_login(matrix["editor"])
    material = matrix["material_a"]
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[material.pk]),
        material_form(material, link(matrix["material_b"]), **{"action-publish": "action-publish"}),
    )
    assert response.status_code == 302


def test_the_related_resources_select_lists_no_draft_of_someone_else(client, matrix, resource_index):
    """A page select in the editor would list every page's title, drafts included."""
    client.force_login(matrix["leader_a"])
    response = client.get(reverse("wagtailadmin_pages:add", args=["resources", "lessonplanpage", resource_index.pk]))
    assert response.status_code == 200
    body = body_of(response)
    assert PUBLIC_TITLE in body
    assert DRAFT_TITLE not in body


# --- The permission matrix: chooser, preview and API views -----------------------------------------------------


def matrix_urls(world_) -> list[str]:
    return [
        f"{reverse('wagtailadmin_choose_page_chosen_multiple')}?id={world_['material_b'].pk}&id={world_['draft'].pk}",
        f"{reverse('wagtailadmin_choose_page_search')}?q=Blekksprut",
        f"{reverse('wagtaildocs_chooser:chosen_multiple')}?id={world_['doc_b'].pk}",
        f"{reverse('wagtailimages_chooser:chosen_multiple')}?id={world_['image_b'].pk}",
        reverse("wagtailadmin_pages:preview_on_edit", args=[world_["draft"].pk]),
        reverse("wagtailadmin_pages:view_draft", args=[world_["draft"].pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[world_["material_b"].pk]),
        "/api/search/?q=Blekksprut",
        "/api/search/?q=Trompoliss",
        "/api/search/suggest/?q=Utkast",
        "/sok/?q=Blekksprut",
    ]


@pytest.mark.parametrize("who", ["leader_a", "staff", "teacher"])
def test_the_matrix_shows_no_private_or_draft_title(client, matrix, who):
    client.force_login(matrix[who])
    for url in matrix_urls(matrix):
        response = client.get(url)
        assert response.status_code in (200, 302, 403, 404), f"{url}: {response.status_code}"
        assert_no_secrets(response, f"{who} {url}")


def test_the_draft_is_a_draft(matrix):
    """The control for the draft: it exists, is not live, and the editor finds it in the chooser."""
    assert not ResourcePage.objects.get(pk=matrix["draft"].pk).live


def test_an_editor_sees_the_drafts_and_private_titles_in_the_choosers(client, matrix):
    client.force_login(matrix["editor"])
    response = client.get(
        f"{reverse('wagtailadmin_choose_page_chosen_multiple')}?id={matrix['material_b'].pk}&id={matrix['draft'].pk}"
    )
    titles = [result["adminTitle"] for result in json.loads(response.content)["result"]]
    assert sorted(titles) == sorted([B_MATERIAL_TITLE, DRAFT_TITLE])


# --- 5. Private documents are never kept by a shared cache -------------------------------------------------------


def test_a_members_copy_of_a_private_document_is_private_and_not_stored(client, matrix):
    client.force_login(matrix["leader_a"])
    doc = matrix["doc_a"]
    response = client.get(doc.url)
    assert response.status_code == 200
    cache_control = response.headers.get("Cache-Control", "")
    assert "private" in cache_control and "no-store" in cache_control


def test_a_public_document_may_be_cached(client, matrix):
    from wagtail.models import Collection

    from portal.factories import DocumentFactory

    public = DocumentFactory(title="Offentlig ark", collection=Collection.get_first_root_node())
    response = client.get(public.url)
    assert response.status_code == 200
    assert "no-store" not in response.headers.get("Cache-Control", "")


def test_a_private_document_is_not_served_to_anyone_else(client, matrix):
    doc = matrix["doc_b"]
    assert client.get(doc.url).status_code in (302, 403)
    client.force_login(matrix["leader_a"])
    assert client.get(doc.url).status_code == 403


# --- 6. No Gravatar -------------------------------------------------------------------------------------------


def test_the_admin_sends_no_email_hash_to_gravatar(client, matrix):
    client.force_login(matrix["editor"])
    for url in (reverse("wagtailadmin_home"), reverse("wagtailadmin_account")):
        response = client.get(url)
        assert response.status_code == 200
        assert "gravatar" not in body_of(response).lower(), url


# --- A refused form shown again names nothing ----------------------------------------------------------------


def test_a_forged_chooser_id_is_refused_without_showing_the_files_title(client, matrix):
    client.force_login(matrix["leader_a"])
    material, doc_b = matrix["material_a"], matrix["doc_b"]
    data = nested_form_data(
        {
            "title": material.title,
            "slug": material.slug,
            "summary": "",
            "body": streamfield([("attachment", {"document": doc_b.pk, "title": "", "description": ""})]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[material.pk]), data)
    assert response.status_code == 200
    body = body_of(response)
    assert "ikke har tilgang til" in body
    for secret in (B_DOCUMENT_TITLE, doc_b.filename, doc_b.url):
        assert secret not in body and json.dumps(secret)[1:-1] not in body, secret


def test_a_forged_document_link_is_shown_again_without_its_file_name(client, matrix):
    client.force_login(matrix["leader_a"])
    material, doc_b = matrix["material_a"], matrix["doc_b"]
    html = f'<p>Se <a linktype="document" id="{doc_b.pk}">dette</a>.</p>'
    response = client.post(reverse("wagtailadmin_pages:edit", args=[material.pk]), material_form(material, html))
    assert response.status_code == 200
    body = body_of(response)
    assert doc_b.filename not in body and json.dumps(doc_b.filename)[1:-1] not in body


def test_a_link_an_editor_made_shows_no_url_to_a_leader_who_may_not_see_the_page(client, matrix):
    material, target = matrix["material_a"], matrix["material_b"]
    material.body = [{"type": "paragraph", "value": link(target)}]
    material.save_revision(user=matrix["editor"]).publish()
    client.force_login(matrix["leader_a"])
    body = body_of(client.get(reverse("wagtailadmin_pages:edit", args=[material.pk])))
    assert target.slug not in body
    client.force_login(matrix["editor"])
    assert target.slug in body_of(client.get(reverse("wagtailadmin_pages:edit", args=[material.pk])))
