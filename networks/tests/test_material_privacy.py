"""Members-only material lives in the network's own collection (networks/material.py).

A file in «Felles» (or anywhere else outside the network's view-restricted collection) is served
to anyone, so: the page form refuses it in a meeting's material and «arbeid til neste samling»
and anywhere on a material page, however the id arrives; the document chooser opened from such
a page uploads into the network's collection; and a document that is such material cannot be
moved out of the collection, one by one or in bulk.
"""

import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import resolve, reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from networks import chooser
from networks.demo import build_network_demo
from networks.factories import MeetingPageFactory, NetworkFactory, NetworkMaterialPageFactory, UserFactory
from networks.forms import NetworkMembersOnlyPageForm
from networks.material import documents_outside_network, is_members_only_field
from networks.models import MeetingPage, NetworkMaterialPage
from portal import roles
from portal.factories import DocumentFactory, make_pdf

pytestmark = pytest.mark.django_db

REFUSED = "Materiell for medlemmene må ligge i nettverkets egen mappe"
MOVE_REFUSED = "er materiell for medlemmene i"


@pytest.fixture
def felles():
    return Collection.objects.get(depth=2, name="Felles")


@pytest.fixture
def world(home, felles):
    leader = UserFactory(username="leder-a")
    editor = UserFactory(username="redaktor")
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    network = NetworkFactory(title="Lesenettverket", leaders=[leader])
    other = NetworkFactory(title="Regnenettverket")
    sub = network.collection.add_child(name="Samling 1")
    return {
        "leader": leader,
        "editor": editor,
        "superuser": UserFactory(username="admin", is_superuser=True, is_staff=True),
        "network": network,
        "other": other,
        "sub": sub,
        "meeting": MeetingPageFactory(parent=network, title="Lesesamling"),
        "material": NetworkMaterialPageFactory(parent=network, title="Lesemateriell"),
        "own_doc": DocumentFactory(title="Vårt notat", collection=network.collection),
        "sub_doc": DocumentFactory(title="Notat i undermappe", collection=sub),
        "felles_doc": DocumentFactory(title="Presentasjon i Felles", collection=felles),
        "other_doc": DocumentFactory(title="Regnenettverkets notat", collection=other.collection),
    }


def attachment(document):
    return ("attachment", {"document": document.pk, "title": "", "description": ""})


def document_link(document) -> str:
    return f'<p>Se <a linktype="document" id="{document.pk}">notatet</a>.</p>'


def meeting_form(*, material=(), before_next="", **extra) -> dict:
    start = (timezone.localtime() + timedelta(days=30)).replace(hour=12, minute=0)
    return nested_form_data(
        {
            "title": "Lesesamling",
            "slug": "lesesamling",
            "start": start.strftime("%d.%m.%Y %H:%M"),
            "end": (start + timedelta(hours=2)).strftime("%d.%m.%Y %H:%M"),
            "place": "Hamar",
            "address": "",
            "online_url": "",
            "summary": "",
            "agenda": streamfield([]),
            "material": streamfield(list(material)),
            "before_next": rich_text(before_next),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
            **extra,
        }
    )


def material_form(*, body) -> dict:
    return nested_form_data(
        {
            "title": "Lesemateriell",
            "slug": "lesemateriell",
            "summary": "",
            "body": streamfield(list(body)),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )


def edit(client, user, page, data):
    client.force_login(user)
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def material_of(meeting) -> list:
    meeting = MeetingPage.objects.get(pk=meeting.pk)
    return [block.value["document"].pk for block in meeting.material]


# --- 1. The page form ---------------------------------------------------------------------------------------


def test_a_leader_cannot_put_a_felles_document_in_a_meetings_material(client, world):
    revision = world["meeting"].latest_revision_id
    response = edit(client, world["leader"], world["meeting"], meeting_form(material=[attachment(world["felles_doc"])]))
    assert response.status_code == 200
    body = response.content.decode()
    assert REFUSED in body and "«Lesenettverket»" in body and "«Presentasjon i Felles»" in body
    assert Page.objects.get(pk=world["meeting"].pk).latest_revision_id == revision
    assert material_of(world["meeting"]) == []


def test_nor_link_one_in_the_work_for_the_next_meeting(client, world):
    data = meeting_form(before_next=document_link(world["felles_doc"]))
    response = edit(client, world["leader"], world["meeting"], data)
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert "linktype" not in MeetingPage.objects.get(pk=world["meeting"].pk).before_next


def test_nor_on_a_material_page_as_attachment_or_link(client, world):
    for body in ([attachment(world["felles_doc"])], [("paragraph", rich_text(document_link(world["felles_doc"])))]):
        response = edit(client, world["leader"], world["material"], material_form(body=body))
        assert response.status_code == 200
        assert REFUSED in response.content.decode()
    assert "Se" not in str(NetworkMaterialPage.objects.get(pk=world["material"].pk).body.raw_data)


def test_nor_when_adding_a_new_meeting(client, world):
    client.force_login(world["leader"])
    url = reverse("wagtailadmin_pages:add", args=["networks", "meetingpage", world["network"].pk])
    data = meeting_form(material=[attachment(world["felles_doc"])], slug="ny-samling")
    response = client.post(url, data)
    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert not MeetingPage.objects.filter(slug="ny-samling").exists()


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_the_rule_holds_for_editors_and_superusers_too(client, world, who):
    for document in (world["felles_doc"], world["other_doc"]):
        response = edit(client, world[who], world["meeting"], meeting_form(material=[attachment(document)]))
        assert response.status_code == 200, document.title
        assert REFUSED in response.content.decode()
    assert material_of(world["meeting"]) == []


def test_another_networks_document_is_refused_by_a_hand_made_post(client, world):
    response = edit(client, world["leader"], world["meeting"], meeting_form(material=[attachment(world["other_doc"])]))
    assert response.status_code == 200
    body = response.content.decode()
    assert REFUSED in body
    # The leader may not see the other network's document: the message does not name it (the
    # chooser widget redisplaying the posted id is Wagtail's, and PortalPageForm's concern).
    assert "«Regnenettverkets notat»" not in body and "Et dokument ligger et annet sted" in body


def test_the_networks_own_documents_are_accepted(client, world):
    data = meeting_form(
        material=[attachment(world["own_doc"]), attachment(world["sub_doc"])],
        before_next=document_link(world["own_doc"]),
    )
    response = edit(client, world["leader"], world["meeting"], data)
    assert response.status_code == 302
    assert material_of(world["meeting"]) == [world["own_doc"].pk, world["sub_doc"].pk]
    body = [attachment(world["own_doc"]), ("paragraph", rich_text(document_link(world["sub_doc"])))]
    assert edit(client, world["leader"], world["material"], material_form(body=body)).status_code == 302


def test_the_public_parts_of_a_meeting_are_not_checked(world):
    # Only the members-only fields count; the agenda cannot hold documents anyway, the rule is per field.
    assert MeetingPage.members_only_fields == ("material", "before_next")
    assert MeetingPage.base_form_class is NetworkMembersOnlyPageForm
    assert NetworkMaterialPage.base_form_class is NetworkMembersOnlyPageForm


def test_a_leaking_page_is_not_previewed(client, world):
    client.force_login(world["leader"])
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[world["meeting"].pk])
    response = client.post(url, meeting_form(material=[attachment(world["felles_doc"])]))
    assert json.loads(response.content)["is_valid"] is False
    assert world["felles_doc"].title not in client.get(url).content.decode()

    ok = client.post(url, meeting_form(material=[attachment(world["own_doc"])]))
    assert json.loads(ok.content)["is_valid"] is True


# --- 2. The chooser's upload form ---------------------------------------------------------------------------


def collection_options(html: str) -> dict[str, bool]:
    """The upload form's collection options: {collection id: selected}."""
    import bs4

    select = bs4.BeautifulSoup(html, "html.parser").find("select", attrs={"name": "document-chooser-upload-collection"})
    assert select is not None, "no collection field"
    return {option["value"]: option.has_attr("selected") for option in select.find_all("option")}


def chooser_html(client, referer: str | None) -> str:
    headers = {"HTTP_REFERER": f"http://testserver{referer}"} if referer else {}
    response = client.get(reverse("wagtaildocs_chooser:choose"), **headers)
    assert response.status_code == 200
    return json.loads(response.content)["html"]


def test_the_chooser_urls_are_the_network_aware_views():
    # Guards the URL override (networks/wagtail_hooks.py) across Wagtail upgrades.
    for name, view in [
        ("choose", chooser.DocumentChooseView),
        ("choose_results", chooser.DocumentChooseResultsView),
        ("create", chooser.DocumentChooserUploadView),
    ]:
        assert resolve(reverse(f"wagtaildocs_chooser:{name}")).func.view_class is view


def test_the_chooser_from_a_meeting_offers_only_the_networks_collection(client, world, felles):
    client.force_login(world["leader"])
    network = world["network"]
    for referer in (
        reverse("wagtailadmin_pages:edit", args=[world["meeting"].pk]),
        reverse("wagtailadmin_pages:edit", args=[world["material"].pk]),
        reverse("wagtailadmin_pages:add", args=["networks", "meetingpage", network.pk]),
    ):
        options = collection_options(chooser_html(client, referer))
        assert options == {str(network.collection_id): True, str(world["sub"].pk): False}, referer


def test_elsewhere_the_chooser_offers_what_it_always_did(client, world, felles):
    client.force_login(world["leader"])
    for referer in (None, reverse("wagtailadmin_pages:edit", args=[world["network"].pk])):
        options = collection_options(chooser_html(client, referer))
        assert str(felles.pk) in options and str(world["network"].collection_id) in options, referer


def upload(client, *, referer, collection=None, title="Referat"):
    pdf = SimpleUploadedFile("referat.pdf", make_pdf(title=title, lines=["Referat"]), content_type="application/pdf")
    data = {"document-chooser-upload-title": title, "document-chooser-upload-file": pdf}
    if collection is not None:
        data["document-chooser-upload-collection"] = collection.pk
    return client.post(reverse("wagtaildocs_chooser:create"), data, HTTP_REFERER=f"http://testserver{referer}")


def test_an_upload_from_a_meeting_lands_in_the_networks_collection(client, world, felles):
    client.force_login(world["leader"])
    referer = reverse("wagtailadmin_pages:edit", args=[world["meeting"].pk])
    response = upload(client, referer=referer, collection=world["network"].collection)
    assert json.loads(response.content)["step"] == "chosen"
    document = get_document_model().objects.get(title="Referat")
    assert document.collection_id == world["network"].collection_id

    forged = upload(client, referer=referer, collection=felles, title="Til Felles")
    assert json.loads(forged.content)["step"] == "reshow_creation_form"
    assert not get_document_model().objects.filter(title="Til Felles").exists()


# --- 3. Moving material out of the network's collection -------------------------------------------------------


def use_as_material(world, *documents):
    meeting = world["meeting"]
    meeting.material = [{"type": "attachment", "value": {"document": doc.pk}} for doc in documents]
    meeting.save_revision(user=world["editor"]).publish()


def move(client, user, document, collection):
    client.force_login(user)
    data = {"title": document.title, "collection": collection.pk, "tags": "", "description": "", "rights_holder": ""}
    return client.post(reverse("wagtaildocs:edit", args=[document.pk]), data)


@pytest.mark.parametrize("who", ["editor", "leader"])
def test_moving_material_out_of_the_networks_collection_is_refused(client, world, felles, who):
    document = world["own_doc"]
    use_as_material(world, document)
    response = move(client, world[who], document, felles)
    assert response.status_code == 200
    body = response.content.decode()
    assert MOVE_REFUSED in body and "«Lesenettverket»" in body
    document.refresh_from_db()
    assert document.collection_id == world["network"].collection_id


def test_material_linked_in_the_work_for_next_time_counts_too(client, world, felles):
    meeting = world["meeting"]
    meeting.before_next = document_link(world["own_doc"])
    meeting.save_revision(user=world["editor"]).publish()
    assert move(client, world["editor"], world["own_doc"], felles).status_code == 200
    world["own_doc"].refresh_from_db()
    assert world["own_doc"].collection_id == world["network"].collection_id


def test_moving_material_within_the_networks_collection_or_an_unused_document_works(client, world, felles):
    use_as_material(world, world["own_doc"])
    assert move(client, world["editor"], world["own_doc"], world["sub"]).status_code == 302
    world["own_doc"].refresh_from_db()
    assert world["own_doc"].collection_id == world["sub"].pk

    unused = DocumentFactory(title="Ubrukt", collection=world["network"].collection)
    assert move(client, world["editor"], unused, felles).status_code == 302
    unused.refresh_from_db()
    assert unused.collection_id == felles.pk


def bulk_move(client, user, documents, collection):
    client.force_login(user)
    model = get_document_model()._meta
    url = reverse("wagtail_bulk_action", args=[model.app_label, model.model_name, "add_to_collection"])
    query = "&".join(f"id={doc.pk}" for doc in documents) + f"&next={reverse('wagtaildocs:index')}"
    return client.post(f"{url}?{query}", {"collection": collection.pk}, follow=True)


def test_the_bulk_action_refuses_to_move_material_out(client, world, felles):
    use_as_material(world, world["own_doc"])
    unused = DocumentFactory(title="Ubrukt", collection=world["network"].collection)
    response = bulk_move(client, world["editor"], [world["own_doc"], unused], felles)
    assert MOVE_REFUSED in response.content.decode()
    for document in (world["own_doc"], unused):  # all or nothing
        document.refresh_from_db()
        assert document.collection_id == world["network"].collection_id


def test_the_bulk_action_moves_what_is_not_material(client, world, felles):
    use_as_material(world, world["own_doc"])
    unused = DocumentFactory(title="Ubrukt", collection=world["network"].collection)
    bulk_move(client, world["editor"], [unused], felles)
    unused.refresh_from_db()
    assert unused.collection_id == felles.pk
    bulk_move(client, world["editor"], [world["own_doc"]], world["sub"])
    world["own_doc"].refresh_from_db()
    assert world["own_doc"].collection_id == world["sub"].pk


# --- 4. The demo ---------------------------------------------------------------------------------------------


def test_the_demo_keeps_its_members_only_material_in_the_networks_collections(home):
    build_network_demo()
    document_model = get_document_model()
    pages = [*MeetingPage.objects.all(), *NetworkMaterialPage.objects.all()]
    assert any(page.material for page in pages if isinstance(page, MeetingPage))
    for page in pages:
        fields = [field for field in type(page)._meta.get_fields() if hasattr(field, "extract_references")]
        ids = [
            pk
            for field in fields
            if is_members_only_field(type(page), field.name)
            for model, pk, _path, _content in field.extract_references(getattr(page, field.name))
            if issubclass(model, document_model)
        ]
        assert not documents_outside_network(page.get_parent().specific, ids).exists(), page.title
