"""Members-only pages and documents never reach anyone else by any path.

Network A has a members-only material page, a meeting whose material links a document in A's
private collection and whose "before next meeting" text is for members, and the document itself.
Every public path is fetched as an anonymous visitor and as a member of another network B, and
none of A's private words, titles or URLs may appear. The same paths fetched by a member of A
and by an editor are the positive controls: they show that the private text is really there to
be found, so that the refusals are not an accident of an empty page.
"""

import json
import os
from email.utils import formatdate

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from networks.factories import MeetingPageFactory, NetworkFactory, NetworkMaterialPageFactory, UserFactory
from portal import roles
from portal.factories import DocumentFactory
from resources.factories import LearningMaterialPageFactory

pytestmark = pytest.mark.django_db

# Words that occur nowhere but in A's private content (and a public control page).
MATERIAL_TITLE = "Hemmelig leseplan Kvorbløt"
MATERIAL_SUMMARY = "Oppsummering med ordet Flimsetrapp"
MATERIAL_BODY_WORD = "Snurrepippfjell"
BEFORE_NEXT_WORD = "Gnuffelbrygge"
DOCUMENT_TITLE = "Fortrolig arbeidsark Plomsekk"
PUBLIC_WORD = "Sjokkoladeheis"

OUTSIDERS = ["anonymous", "member_b"]
INSIDERS = ["member_a", "editor"]
EVERYONE = OUTSIDERS + INSIDERS


@pytest.fixture
def world(home, resource_index):
    editor = UserFactory(username="redaktor")
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    users = {
        "anonymous": None,
        "member_a": UserFactory(username="medlem-a"),
        "member_b": UserFactory(username="medlem-b"),
        "editor": editor,
    }
    leader_a = UserFactory(username="leder-a")
    network_a = NetworkFactory(title="Lesenettverket", leaders=[leader_a], members=[users["member_a"]])
    network_b = NetworkFactory(title="Regnenettverket", members=[users["member_b"]])
    document = DocumentFactory(title=DOCUMENT_TITLE, collection=network_a.collection)
    material = NetworkMaterialPageFactory(
        parent=network_a,
        title=MATERIAL_TITLE,
        summary=MATERIAL_SUMMARY,
        body=[{"type": "paragraph", "value": f"<p>Vi leser {MATERIAL_BODY_WORD} sammen.</p>"}],
    )
    meeting = MeetingPageFactory(
        parent=network_a,
        title="Høstsamling om lesing",
        material=[{"type": "attachment", "value": {"document": document.pk, "title": "", "description": ""}}],
        before_next=f"<p>Prøv {BEFORE_NEXT_WORD} i klassen.</p>",
    )
    # Something public that search must find, so an empty result is not taken for privacy.
    public = LearningMaterialPageFactory(title=f"Offentlig opplegg {PUBLIC_WORD}", summary="For alle.")
    return {
        "users": users,
        "network_a": network_a,
        "network_b": network_b,
        "document": document,
        "material": material,
        "meeting": meeting,
        "public": public,
    }


def as_user(client, world, who):
    user = world["users"][who]
    if user is not None:
        client.force_login(user)
    return client


def secrets(world) -> list[str]:
    """Everything of A's private content that must not reach an outsider."""
    document = world["document"]
    return [
        MATERIAL_TITLE,
        MATERIAL_SUMMARY,
        MATERIAL_BODY_WORD,
        BEFORE_NEXT_WORD,
        DOCUMENT_TITLE,
        world["material"].url,
        document.url,
        os.path.basename(document.file.name),
    ]


def assert_none_in(response, needles, where):
    body = response.content.decode()
    leaked = [needle for needle in needles if needle in body]
    assert not leaked, f"{where} shows {leaked}"


def test_the_material_is_restricted_to_the_network_and_the_document_to_its_collection(world):
    restriction = PageViewRestriction.objects.get(page=world["material"])
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert set(restriction.groups.values_list("name", flat=True)) == {
        world["network_a"].members_group.name,
        world["network_a"].leaders_group.name,
        roles.EDITORS,
    }
    assert world["document"].collection.get_view_restrictions().exists()


# --- Search -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("word", [MATERIAL_BODY_WORD, "Kvorbløt", "Flimsetrapp", BEFORE_NEXT_WORD, "Plomsekk"])
def test_site_search_never_finds_private_content(client, world, who, word):
    as_user(client, world, who)
    others = [secret for secret in secrets(world) if word not in secret]

    page = client.get(reverse("search"), {"q": word})
    assert page.status_code == 200
    assert_none_in(page, others, f"/sok/?q={word} for {who}")

    api = client.get(reverse("search_api"), {"q": word})
    assert api.status_code == 200
    assert json.loads(api.content)["count"] == 0, f"/api/search/?q={word} for {who}"
    assert_none_in(api, others, f"/api/search/?q={word} for {who}")


@pytest.mark.parametrize("who", EVERYONE)
def test_search_works_for_public_content(client, world, who):
    """The control: the same searches do find a public page."""
    as_user(client, world, who)
    api = json.loads(client.get(reverse("search_api"), {"q": PUBLIC_WORD}).content)
    assert [hit["title"] for hit in api["results"]] == [world["public"].title]
    assert world["public"].title in client.get(reverse("search"), {"q": PUBLIC_WORD}).content.decode()


# --- Listings, home page, sitemap, "Mine nettverk" ------------------------------------------------------


PUBLIC_PATHS = ["/", "/ressurser/", "/nettverk/", "network_a", "network_b", "meeting", "/sitemap.xml"]


def resolve(world, path):
    return world[path].url if path in world else path


@pytest.mark.parametrize("who", OUTSIDERS)
@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_pages_show_outsiders_nothing_private(client, world, who, path):
    as_user(client, world, who)
    response = client.get(resolve(world, path))
    assert response.status_code == 200
    assert_none_in(response, secrets(world), f"{path} for {who}")


@pytest.mark.parametrize("who", INSIDERS)
def test_network_page_lists_the_material_for_insiders(client, world, who):
    as_user(client, world, who)
    body = client.get(world["network_a"].url).content.decode()
    assert MATERIAL_TITLE in body
    assert world["material"].url in body


@pytest.mark.parametrize("who", EVERYONE)
def test_sitemap_lists_public_pages_only(client, world, who):
    as_user(client, world, who)
    body = client.get("/sitemap.xml").content.decode()
    assert world["network_a"].full_url in body
    assert world["meeting"].full_url in body
    assert world["material"].full_url not in body


def test_my_networks_needs_a_login(client, world):
    response = client.get(reverse("my_networks"))
    assert response.status_code == 302
    assert response.url.startswith(f"{reverse('login')}?next=")


@pytest.mark.parametrize(("who", "mine", "not_mine"), [("member_a", "A", "B"), ("member_b", "B", "A")])
def test_my_networks_shows_only_ones_own_networks(client, world, who, mine, not_mine):
    as_user(client, world, who)
    response = client.get(reverse("my_networks"))
    assert response.status_code == 200
    body = response.content.decode()
    assert world[f"network_{mine.lower()}"].title in body
    assert world[f"network_{not_mine.lower()}"].title not in body
    assert "private" in response["Cache-Control"]
    if who == "member_b":
        assert_none_in(response, secrets(world), "/mine-nettverk/ for member_b")


@pytest.mark.parametrize("who", EVERYONE)
def test_the_wagtail_api_is_not_enabled(client, world, who):
    as_user(client, world, who)
    for path in ("/api/v2/pages/", "/api/v2/documents/", "/api/v2/images/", f"/api/v2/pages/{world['material'].pk}/"):
        assert client.get(path).status_code == 404, path


# --- The material page ----------------------------------------------------------------------------------


def test_material_page_sends_an_anonymous_visitor_to_the_login(client, world):
    url = world["material"].url
    response = client.get(url)
    assert response.status_code == 302
    assert response.url == f"{settings.WAGTAIL_FRONTEND_LOGIN_URL}?next={url}"
    assert_none_in(response, secrets(world), "material page for anonymous")


def test_material_page_refuses_a_member_of_another_network(client, world):
    as_user(client, world, "member_b")
    response = client.get(world["material"].url, follow=True)
    assert response.status_code == 403
    assert_none_in(response, secrets(world), "material page for member_b")


@pytest.mark.parametrize("who", INSIDERS)
def test_material_page_opens_for_insiders(client, world, who):
    as_user(client, world, who)
    response = client.get(world["material"].url)
    assert response.status_code == 200
    body = response.content.decode()
    assert MATERIAL_TITLE in body
    assert MATERIAL_BODY_WORD in body
    assert "private" in response["Cache-Control"]


# --- The meeting page -------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", EVERYONE)
def test_meeting_page_shows_the_material_to_insiders_only(client, world, who):
    as_user(client, world, who)
    response = client.get(world["meeting"].url)
    assert response.status_code == 200
    body = response.content.decode()
    assert world["meeting"].title in body
    members_only = [DOCUMENT_TITLE, world["document"].url, BEFORE_NEXT_WORD]
    if who in INSIDERS:
        assert all(text in body for text in members_only), who
    else:
        assert_none_in(response, members_only, f"meeting page for {who}")


@pytest.mark.parametrize("who", ["member_a", "member_b", "editor"])
@pytest.mark.parametrize("page", ["network_a", "meeting"])
def test_pages_that_differ_per_member_are_never_cached_shared(client, world, who, page):
    as_user(client, world, who)
    response = client.get(world[page].url)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


# --- Documents ----------------------------------------------------------------------------------------------


def file_bytes(document) -> bytes:
    with document.file.open("rb") as handle:
        return handle.read()


def content_of(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


CONDITIONAL_HEADERS = [
    {},
    {"If-None-Match": "etag"},
    {"If-None-Match": "*"},
    {"If-Modified-Since": formatdate(usegmt=True)},
    {"If-None-Match": "etag", "If-Modified-Since": formatdate(usegmt=True)},
]


def conditional(headers, document):
    return {name: (f'"{document.file_hash}"' if value == "etag" else value) for name, value in headers.items()}


@pytest.mark.parametrize("headers", CONDITIONAL_HEADERS, ids=lambda h: "+".join(h) or "plain")
def test_document_sends_an_anonymous_visitor_to_the_login(client, world, headers):
    document = world["document"]
    response = client.get(document.url, headers=conditional(headers, document))
    assert response.status_code == 302
    assert response.url.startswith(f"{settings.WAGTAIL_FRONTEND_LOGIN_URL}?next=")
    assert file_bytes(document)[:200] not in content_of(response)


@pytest.mark.parametrize("headers", CONDITIONAL_HEADERS, ids=lambda h: "+".join(h) or "plain")
def test_document_refuses_a_member_of_another_network(client, world, headers):
    document = world["document"]
    as_user(client, world, "member_b")
    response = client.get(document.url, headers=conditional(headers, document))
    assert response.status_code == 403
    assert file_bytes(document)[:200] not in content_of(response)
    assert "ETag" not in response


@pytest.mark.parametrize("who", INSIDERS)
def test_document_is_served_to_insiders(client, world, who):
    document = world["document"]
    as_user(client, world, who)
    response = client.get(document.url)
    assert response.status_code == 200
    assert content_of(response) == file_bytes(document)
    assert "public" not in response.get("Cache-Control", "")
    # Conditional requests work for those who may see the file.
    again = client.get(document.url, headers={"If-None-Match": response["ETag"]})
    assert again.status_code == 304


@pytest.mark.parametrize("who", EVERYONE)
def test_documents_are_never_served_from_a_bare_media_url(client, world, who):
    as_user(client, world, who)
    name = world["document"].file.name  # documents/dokument-N.pdf
    assert name.startswith("documents/")
    response = client.get(f"{settings.MEDIA_URL}{name}")
    assert response.status_code == 404
    assert file_bytes(world["document"])[:200] not in content_of(response)


def test_document_url_goes_through_the_serve_view(world):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert world["document"].url == reverse(
        "wagtaildocs_serve", args=[world["document"].pk, world["document"].filename]
    )


# --- Shared passwords are off ---------------------------------------------------------------------------


def test_shared_password_privacy_is_switched_off():
    assert settings.WAGTAIL_PRIVATE_PAGE_OPTIONS == {"SHARED_PASSWORD": False}
    assert settings.WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS == {"SHARED_PASSWORD": False}


def privacy_form(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return json.loads(response.content)["html"]


def privacy_form_urls(world) -> list[str]:
    return [
        reverse("wagtailadmin_pages:set_privacy", args=[world["material"].pk]),
        reverse("wagtailadmin_collections:set_privacy", args=[world["network_a"].collection_id]),
    ]


def test_admin_privacy_forms_offer_no_password(client, world):
    # Only administrators manage collections, so an administrator opens both forms.
    client.force_login(UserFactory(username="admin", is_superuser=True))
    for url in privacy_form_urls(world):
        html = privacy_form(client, url)
        assert 'value="groups"' in html, url  # this is the privacy form
        assert 'value="password"' not in html, url
        assert 'name="password"' not in html, url


def test_admin_privacy_forms_would_show_a_password_option_if_it_were_on(client, world, settings):
    """The control: the assertion above can fail."""
    settings.WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": True}
    settings.WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": True}
    client.force_login(UserFactory(username="admin", is_superuser=True))
    for url in privacy_form_urls(world):
        assert 'value="password"' in privacy_form(client, url), url


# --- Drafts ---------------------------------------------------------------------------------------------------


DRAFT_WORD = "Kladdeordet Ruskelapp"


@pytest.mark.parametrize("who", EVERYONE)
def test_unpublished_changes_never_reach_the_live_pages(client, world, who):
    material, meeting = world["material"], world["meeting"]
    material.body = [{"type": "paragraph", "value": f"<p>{DRAFT_WORD} i materiellet</p>"}]
    material.summary = DRAFT_WORD
    material.save_revision()
    meeting.before_next = f"<p>{DRAFT_WORD} til neste gang</p>"
    meeting.summary = DRAFT_WORD
    meeting.save_revision()
    new = MeetingPageFactory(parent=world["network_a"], title=f"Ny samling {DRAFT_WORD}", publish=False, live=False)
    new.save_revision()
    assert material.has_unpublished_changes and meeting.has_unpublished_changes and not new.live

    as_user(client, world, who)
    for url in (material.url, meeting.url, world["network_a"].url, "/nettverk/", "/"):
        response = client.get(url)
        assert "Ruskelapp" not in response.content.decode(), f"{url} for {who}"
    assert client.get(f"{world['network_a'].url}{new.slug}/").status_code == 404
    assert json.loads(client.get(reverse("search_api"), {"q": "Ruskelapp"}).content)["count"] == 0
    if who in INSIDERS:  # the control: the published text is still shown
        assert MATERIAL_BODY_WORD in client.get(material.url).content.decode()
        assert BEFORE_NEXT_WORD in client.get(meeting.url).content.decode()
