"""The permission matrix in the Wagtail admin, through the admin's real URLs.

A leader of network A may edit, publish and upload inside A, and nothing of network B:
every view of B's pages, documents and images refuses them (403, 404 or a redirect away),
every listing and chooser leaves B's private items out, and no response carries a private
title or file name of B's. An editor (Redaktør) may do all of it everywhere (the control
that shows each refusal is a refusal and not a broken URL); a teacher who is only a member
gets nowhere in the admin.
"""

import json
import os
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from networks.factories import (
    MeetingPageFactory,
    NetworkFactory,
    NetworkMaterialPageFactory,
    UserFactory,
    network_index,
)
from networks.models import MeetingPage
from portal import roles
from portal.factories import DocumentFactory, ImageFactory, make_pdf, make_png
from resources.models import LessonPlanPage
from resources.tests.test_models import lesson_plan_form

pytestmark = pytest.mark.django_db

# Private to B. Listings are searched for one word of a title; the full title must not appear.
B_MATERIAL_TITLE = "Regneplan Trompoliss Hvalross"
B_MATERIAL_WORD = "Skvulpeberg"
B_BEFORE_NEXT = "Pjuskefiol"
B_DOCUMENT_TITLE = "Regneark Vimsebjørn Kvakk"
B_IMAGE_TITLE = "Tavlebilde Knottefjes Plask"
A_DOCUMENT_TITLE = "Leseark Gryntefrosk Plopp"
A_IMAGE_TITLE = "Lesebilde Sprikkelvott Dunk"


@pytest.fixture
def world(home, resource_index):
    editor = UserFactory(username="redaktor")
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    leader_a, teacher = UserFactory(username="leder-a"), UserFactory(username="laerer-a")
    network_a = NetworkFactory(title="Lesenettverket", leaders=[leader_a], members=[teacher])
    network_b = NetworkFactory(title="Regnenettverket", leaders=[UserFactory(username="leder-b")])

    def document(title, name, network):
        pdf = ContentFile(make_pdf(title=title, lines=["Internt"]), name=name)
        return DocumentFactory(title=title, file=pdf, collection=network.collection)

    def image(title, name, network):
        png = ContentFile(make_png(text=title, width=320, height=200), name=name)
        return ImageFactory(title=title, file=png, collection=network.collection)

    doc_b = document(B_DOCUMENT_TITLE, "vimsebjorn-kvakk.pdf", network_b)
    attachment = [{"type": "attachment", "value": {"document": doc_b.pk, "title": "", "description": ""}}]
    world = {
        "editor": editor,
        "leader_a": leader_a,
        "teacher": teacher,
        "index": network_index(),
        "network_a": network_a,
        "network_b": network_b,
        "meeting_a": MeetingPageFactory(parent=network_a, title="Lesesamling"),
        "material_a": NetworkMaterialPageFactory(parent=network_a, title="Lesemateriell"),
        "doc_a": document(A_DOCUMENT_TITLE, "gryntefrosk-plopp.pdf", network_a),
        "image_a": image(A_IMAGE_TITLE, "sprikkelvott-dunk.png", network_a),
        "meeting_b": MeetingPageFactory(
            parent=network_b, title="Regnesamling", material=attachment, before_next=f"<p>{B_BEFORE_NEXT}</p>"
        ),
        "material_b": NetworkMaterialPageFactory(
            parent=network_b,
            title=B_MATERIAL_TITLE,
            body=[{"type": "paragraph", "value": f"<p>{B_MATERIAL_WORD}</p>"}],
        ),
        "doc_b": doc_b,
        "image_b": image(B_IMAGE_TITLE, "knottefjes-plask.png", network_b),
    }
    for page in ("meeting_b", "material_b"):  # a second revision, so that there is something to compare
        world[page].save_revision(user=editor).publish()
    return world


def b_secrets(world) -> list[str]:
    return [
        B_MATERIAL_TITLE,
        B_MATERIAL_WORD,
        B_BEFORE_NEXT,
        B_DOCUMENT_TITLE,
        B_IMAGE_TITLE,
        *(os.path.splitext(os.path.basename(world[key].file.name))[0] for key in ("doc_b", "image_b")),
    ]


def body_of(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def assert_nothing_of_b(response, world, where):
    body = body_of(response)
    leaked = [secret for secret in b_secrets(world) if secret in body]
    assert not leaked, f"{where} shows {leaked}"


def assert_refused(client, response, world, where):
    """403/404, or a redirect away (to the dashboard, the login) that itself shows nothing of B."""
    assert response.status_code in (302, 403, 404), f"{where}: {response.status_code}"
    assert_nothing_of_b(response, world, where)
    if response.status_code == 302:
        assert_nothing_of_b(client.get(response.url), world, f"{where} → {response.url}")


# --- The URLs ---------------------------------------------------------------------------------------------

PAGE_VIEWS = [
    "wagtailadmin_pages:edit",
    "wagtailadmin_pages:delete",
    "wagtailadmin_pages:move",
    "wagtailadmin_pages:copy",
    "wagtailadmin_pages:preview_on_edit",
    "wagtailadmin_pages:view_draft",
    "wagtailadmin_pages:history",
    "wagtailadmin_pages:workflow_history",
    "wagtailadmin_pages:unpublish",
    "wagtailadmin_pages:set_privacy",
]
B_PAGES = ["network_b", "meeting_b", "material_b"]
MEDIA_VIEWS = [
    ("wagtaildocs:edit", "doc_b"),
    ("wagtaildocs:delete", "doc_b"),
    ("wagtaildocs:document_usage", "doc_b"),
    ("wagtaildocs_chooser:chosen", "doc_b"),
    ("wagtailimages:edit", "image_b"),
    ("wagtailimages:delete", "image_b"),
    ("wagtailimages:image_usage", "image_b"),
    ("wagtailimages_chooser:chosen", "image_b"),
    ("wagtailimages_chooser:select_format", "image_b"),
]


def page_view_url(name, page):
    return reverse(name, args=[page.pk])


def refused_urls(world) -> list[str]:
    """Everything about one of B's objects: a leader of A must be refused."""
    urls = [page_view_url(name, world[page]) for name in PAGE_VIEWS for page in B_PAGES]
    urls.append(page_view_url("wagtailadmin_pages:add_subpage", world["network_b"]))  # the only one with subpages
    for page in ("meeting_b", "material_b"):
        pk = world[page].pk
        revision = world[page].latest_revision_id
        urls += [
            reverse("wagtailadmin_pages:revisions_compare", args=[pk, "earliest", "latest"]),
            reverse("wagtailadmin_pages:revisions_view", args=[pk, revision]),
        ]
    urls += [reverse(name, args=[world[key].pk]) for name, key in MEDIA_VIEWS]
    urls.append(reverse("wagtailimages:preview", args=[world["image_b"].pk, "original"]))
    return urls


def listing_urls(world, word_of_b: dict[str, str]) -> list[str]:
    """Listings and choosers: they answer, but must leave B's private items out."""
    network_b, material_b = world["network_b"], world["material_b"]
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailadmin_choose_page_child", args=[world["index"].pk]),
        reverse("wagtailadmin_choose_page_child", args=[network_b.pk]),
        reverse("wagtailadmin_choose_page_child", args=[material_b.pk]),
        f"{reverse('wagtailadmin_choose_page_search')}?q={word_of_b['page']}",
        f"{reverse('wagtailadmin_choose_page_chosen_multiple')}?id={material_b.pk}",
        f"{reverse('wagtailadmin_pages:search')}?q={word_of_b['page']}",
        f"{reverse('wagtailadmin_pages:search_results')}?q={word_of_b['page']}",
        reverse("wagtailadmin_explore", args=[world["index"].pk]),
        reverse("wagtailadmin_explore", args=[network_b.pk]),
        reverse("wagtailadmin_explore_results", args=[network_b.pk]),
        reverse("wagtailadmin_explore", args=[material_b.pk]),
        reverse("wagtailadmin_pages:type_use", args=["networks", "networkmaterialpage"]),
        reverse("wagtailadmin_pages:type_use", args=["networks", "meetingpage"]),
        reverse("wagtaildocs_chooser:choose"),
        f"{reverse('wagtaildocs_chooser:choose_results')}?q={word_of_b['document']}",
        f"{reverse('wagtaildocs_chooser:chosen_multiple')}?id={world['doc_b'].pk}",
        f"{reverse('wagtaildocs:index')}?q={word_of_b['document']}",
        reverse("wagtailimages_chooser:choose"),
        f"{reverse('wagtailimages_chooser:choose_results')}?q={word_of_b['image']}",
        f"{reverse('wagtailimages_chooser:chosen_multiple')}?id={world['image_b'].pk}",
        f"{reverse('wagtailimages:index')}?q={word_of_b['image']}",
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:aging_pages"),
        reverse("wagtailadmin_reports:locked_pages"),
        reverse("wagtailadmin_reports:page_types_usage"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_reports:workflow_tasks"),
    ]


B_WORDS = {"page": "Trompoliss", "document": "Vimsebjørn", "image": "Knottefjes"}
A_WORDS = {"page": "Lesemateriell", "document": "Gryntefrosk", "image": "Sprikkelvott"}


# --- A leader of A, on B's things ----------------------------------------------------------------------------


def test_a_leader_of_a_is_refused_every_view_of_bs_pages_documents_and_images(client, world):
    client.force_login(world["leader_a"])
    for url in refused_urls(world):
        assert_refused(client, client.get(url), world, url)


def test_listings_and_choosers_leave_out_bs_private_items_for_a_leader_of_a(client, world):
    client.force_login(world["leader_a"])
    for url in listing_urls(world, B_WORDS):
        response = client.get(url)
        assert response.status_code in (200, 302, 403, 404), url
        assert_nothing_of_b(response, world, url)


def latest_revision(page):
    return Page.objects.get(pk=page.pk).latest_revision_id


def test_a_leader_of_a_cannot_change_bs_pages_by_posting(client, world):
    client.force_login(world["leader_a"])
    destination = world["network_a"]
    for key in B_PAGES:
        page = world[key]
        before = (page.path, latest_revision(page))
        posts = {
            reverse("wagtailadmin_pages:edit", args=[page.pk]): {"title": "Kapret", "action-publish": "publish"},
            reverse("wagtailadmin_pages:unpublish", args=[page.pk]): {},
            reverse("wagtailadmin_pages:delete", args=[page.pk]): {},
            reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk]): {},
            reverse("wagtailadmin_pages:copy", args=[page.pk]): {
                "new_title": "Kopiert",
                "new_slug": f"kopi-{key}",
                "new_parent_page": destination.pk,
                "copy_subpages": "on",
            },
            reverse("wagtailadmin_pages:lock", args=[page.pk]): {},
            reverse("wagtailadmin_pages:set_privacy", args=[page.pk]): {"restriction_type": "none"},
        }
        for url, data in posts.items():
            assert_refused(client, client.post(url, data), world, f"POST {url}")
        page = Page.objects.get(pk=page.pk)
        assert (page.path, page.latest_revision_id) == before, key
        assert page.live and not page.locked and page.title != "Kapret"
    assert not Page.objects.filter(title__in=["Kapret", "Kopiert"]).exists()
    assert PageViewRestriction.objects.filter(page=world["material_b"]).exists()
    assert not destination.get_children().exclude(pk__in=[world["meeting_a"].pk, world["material_a"].pk]).exists()


def test_a_leader_of_a_cannot_change_or_delete_bs_media_by_posting(client, world):
    client.force_login(world["leader_a"])
    doc_b, image_b = world["doc_b"], world["image_b"]
    posts = {
        reverse("wagtaildocs:edit", args=[doc_b.pk]): {"title": "Kapret", "collection": doc_b.collection_id},
        reverse("wagtaildocs:delete", args=[doc_b.pk]): {},
        reverse("wagtailimages:edit", args=[image_b.pk]): {"title": "Kapret", "collection": image_b.collection_id},
        reverse("wagtailimages:delete", args=[image_b.pk]): {},
    }
    for url, data in posts.items():
        assert_refused(client, client.post(url, data), world, f"POST {url}")
    doc_b.refresh_from_db()
    image_b.refresh_from_db()
    assert (doc_b.title, image_b.title) == (B_DOCUMENT_TITLE, B_IMAGE_TITLE)


def test_a_leader_of_a_cannot_upload_into_bs_collection(client, world):
    client.force_login(world["leader_a"])
    response = upload_document(client, world["network_b"].collection_id, title="Innsmuglet")
    assert response.status_code == 200  # the form again, with an error
    assert not get_document_model().objects.filter(title="Innsmuglet").exists()


# --- An editor, everywhere (the controls) --------------------------------------------------------------------


def test_an_editor_opens_every_view_a_leader_of_a_is_refused(client, world):
    client.force_login(world["editor"])
    for url in refused_urls(world):
        response = client.get(url)
        assert response.status_code == 200, f"{url}: {response.status_code}"


def test_an_editor_finds_bs_private_items_in_the_listings(client, world):
    client.force_login(world["editor"])
    expected = {
        f"{reverse('wagtailadmin_choose_page_search')}?q={B_WORDS['page']}": B_MATERIAL_TITLE,
        reverse("wagtailadmin_choose_page_child", args=[world["network_b"].pk]): B_MATERIAL_TITLE,
        f"{reverse('wagtailadmin_pages:search')}?q={B_WORDS['page']}": B_MATERIAL_TITLE,
        reverse("wagtailadmin_explore", args=[world["network_b"].pk]): B_MATERIAL_TITLE,
        f"{reverse('wagtailadmin_choose_page_chosen_multiple')}?id={world['material_b'].pk}": B_MATERIAL_TITLE,
        reverse("wagtailadmin_reports:page_types_usage"): B_MATERIAL_TITLE,
        f"{reverse('wagtaildocs_chooser:choose_results')}?q={B_WORDS['document']}": B_DOCUMENT_TITLE,
        f"{reverse('wagtaildocs:index')}?q={B_WORDS['document']}": B_DOCUMENT_TITLE,
        f"{reverse('wagtailimages_chooser:choose_results')}?q={B_WORDS['image']}": B_IMAGE_TITLE,
        f"{reverse('wagtailimages:index')}?q={B_WORDS['image']}": B_IMAGE_TITLE,
    }
    for url, title in expected.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert title in body_of(response), url


def test_an_editor_publishes_a_change_to_bs_network_page(client, world):
    client.force_login(world["editor"])
    network = world["network_b"]
    response = client.post(reverse("wagtailadmin_pages:edit", args=[network.pk]), network_form(network, "Ny tekst"))
    assert response.status_code == 302
    network.refresh_from_db()
    assert network.summary == "Ny tekst" and not network.has_unpublished_changes


# --- A leader of A, inside A ---------------------------------------------------------------------------------


def network_form(network, summary: str, **extra) -> dict:
    data = {
        "title": network.title,
        "slug": network.slug,
        "summary": summary,
        "purpose": rich_text(f"<p>{summary}</p>"),
        "contact_name": "",
        "contact_email": "",
        "comments": inline_formset([]),
        "action-publish": "action-publish",
        **extra,
    }
    return nested_form_data(data)


def meeting_form(title: str) -> dict:
    start = (timezone.localtime() + timedelta(days=30)).replace(hour=12, minute=0)
    return nested_form_data(
        {
            "title": title,
            "slug": "ny-samling",
            "start": start.strftime("%d.%m.%Y %H:%M"),
            "end": (start + timedelta(hours=2)).strftime("%d.%m.%Y %H:%M"),
            "place": "Hamar",
            "address": "",
            "online_url": "",
            "summary": "",
            "agenda": streamfield([]),
            "material": streamfield([]),
            "before_next": rich_text(""),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )


def upload_document(client, collection_id, *, title):
    pdf = SimpleUploadedFile("notat.pdf", make_pdf(title=title, lines=["Notat"]), content_type="application/pdf")
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": pdf, "collection": collection_id, "tags": "", "description": "", "rights_holder": ""},
    )


@pytest.mark.parametrize("page", ["network_a", "meeting_a", "material_a"])
def test_a_leader_opens_the_editor_and_history_of_their_own_networks_pages(client, world, page):
    client.force_login(world["leader_a"])
    for name in ("wagtailadmin_pages:edit", "wagtailadmin_pages:history", "wagtailadmin_pages:preview_on_edit"):
        assert client.get(reverse(name, args=[world[page].pk])).status_code == 200, name


def test_a_leader_publishes_in_their_own_network_without_approval(client, world):
    client.force_login(world["leader_a"])
    network = world["network_a"]
    response = client.post(reverse("wagtailadmin_pages:edit", args=[network.pk]), network_form(network, "Oppdatert"))
    assert response.status_code == 302
    network.refresh_from_db()
    assert network.live and network.summary == "Oppdatert"
    assert not network.has_unpublished_changes
    assert not network.workflow_in_progress


def test_a_leader_adds_and_publishes_a_meeting_in_their_own_network(client, world):
    client.force_login(world["leader_a"])
    network = world["network_a"]
    url = reverse("wagtailadmin_pages:add", args=["networks", "meetingpage", network.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, meeting_form("Vårsamling for lesing"))
    assert response.status_code == 302, body_of(response)[:2000]
    meeting = MeetingPage.objects.child_of(network).get(title="Vårsamling for lesing")
    assert meeting.live


def test_a_leader_cannot_add_a_meeting_under_bs_network(client, world):
    client.force_login(world["leader_a"])
    url = reverse("wagtailadmin_pages:add", args=["networks", "meetingpage", world["network_b"].pk])
    assert_refused(client, client.get(url), world, url)
    assert_refused(client, client.post(url, meeting_form("Innsmuglet samling")), world, f"POST {url}")
    assert not MeetingPage.objects.filter(title="Innsmuglet samling").exists()


def test_a_leader_uploads_into_their_networks_collection_and_chooses_from_it(client, world):
    client.force_login(world["leader_a"])
    response = upload_document(client, world["network_a"].collection_id, title="Referat fra samlingen")
    assert response.status_code == 302
    uploaded = get_document_model().objects.get(title="Referat fra samlingen")
    assert uploaded.collection_id == world["network_a"].collection_id

    chooser = client.get(reverse("wagtaildocs_chooser:choose_results"), {"q": A_WORDS["document"]})
    assert chooser.status_code == 200
    assert A_DOCUMENT_TITLE in body_of(chooser)
    chosen = client.get(reverse("wagtaildocs_chooser:chosen", args=[world["doc_a"].pk]))
    assert chosen.status_code == 200
    assert json.loads(chosen.content)["result"]["title"] == A_DOCUMENT_TITLE
    images = client.get(reverse("wagtailimages_chooser:choose_results"), {"q": A_WORDS["image"]})
    assert A_IMAGE_TITLE in body_of(images)


def test_a_leaders_new_lesson_plan_goes_to_the_editors_approval(client, world, resource_index):
    client.force_login(world["leader_a"])
    url = reverse("wagtailadmin_pages:add", args=["resources", "lessonplanpage", resource_index.pk])
    assert client.post(url, lesson_plan_form(**{"action-publish": "action-publish"})).status_code == 302
    lesson = LessonPlanPage.objects.get(slug="brok-med-pizza")
    assert not lesson.live  # asking to publish kept it a draft
    assert not lesson.permissions_for_user(world["leader_a"]).can_publish()

    edit = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    form = lesson_plan_form(**{"action-submit": "action-submit"})
    assert client.post(edit, form).status_code == 302
    lesson.refresh_from_db()
    assert not lesson.live
    assert lesson.workflow_in_progress
    assert lesson.current_workflow_state.workflow.name == "Redaksjonell godkjenning"


# --- A teacher who is only a member --------------------------------------------------------------------------


def test_a_member_without_admin_access_gets_nowhere_in_the_admin(client, world):
    client.force_login(world["teacher"])
    own = [
        reverse("wagtailadmin_pages:edit", args=[world["network_a"].pk]),
        reverse("wagtailadmin_pages:add", args=["networks", "meetingpage", world["network_a"].pk]),
        reverse("wagtaildocs:edit", args=[world["doc_a"].pk]),
        reverse("wagtaildocs_chooser:choose"),
    ]
    for url in [*own, *refused_urls(world), *listing_urls(world, B_WORDS)]:
        response = client.get(url)
        assert response.status_code in (302, 403), f"{url}: {response.status_code}"
        if response.status_code == 302:
            assert response.url.startswith(reverse("wagtailadmin_login")), url
        assert A_DOCUMENT_TITLE not in body_of(response)
        assert_nothing_of_b(response, world, url)
