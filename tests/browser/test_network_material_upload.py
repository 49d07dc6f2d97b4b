"""A group leader uploads a meeting's material through the document chooser, keeping every default:
the file lands in the network's own (view-restricted) collection, not in the public «Felles»,
and its URL does not give the file to an anonymous visitor (networks/chooser.py)."""

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DOCUMENT_TITLE = "Oppgaver til samlingen om lesing"


@pytest.fixture
def meeting():
    from networks.factories import MeetingPageFactory, NetworkFactory, UserFactory

    leader = UserFactory(username="gruppeleder", first_name="Guri", last_name="Leder")
    network = NetworkFactory(title="Lesing på mellomtrinnet", leaders=[leader])
    return MeetingPageFactory(parent=network, title="Høstsamling om lesing")


def test_a_leaders_upload_from_a_meeting_lands_in_the_networks_private_collection(page, new_page, meeting, tmp_path):
    from portal.factories import make_pdf
    from portal.models import PortalDocument

    network = meeting.get_parent().specific
    pdf = tmp_path / "oppgaver.pdf"
    pdf.write_bytes(make_pdf(title=DOCUMENT_TITLE, lines=["Bare for medlemmene"]))

    page.goto("/admin/login/")
    page.locator("#id_username").fill("gruppeleder")
    page.locator("#id_password").fill("passord-gruppeleder")
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"/admin/pages/{meeting.pk}/edit/")
    material = page.locator("#panel-child-innhold-for_medlemmene-section")
    material.locator("button.c-sf-add-button").first.click()
    page.get_by_role("option", name="Vedlegg").click()
    material.locator("button.chooser__choose-button").first.click()
    chooser = page.locator(".modal:visible")
    chooser.get_by_role("tab", name="Last opp").click()
    # The only collection offered, already chosen: the network's own.
    collection = chooser.locator("#id_document-chooser-upload-collection")
    expect(collection.locator("option")).to_have_count(1)
    expect(collection).to_have_value(str(network.collection_id))
    chooser.locator("#id_document-chooser-upload-file").set_input_files(pdf)
    chooser.locator("#id_document-chooser-upload-title").fill(DOCUMENT_TITLE)
    chooser.locator("button[type=submit]", has_text="Last opp").click()
    expect(material.locator("#material-0-value-document-title")).to_have_text(DOCUMENT_TITLE)

    page.locator("footer .w-dropdown__toggle, .footer .w-dropdown__toggle").last.click()
    page.get_by_role("button", name="Publiser").click()
    expect(page.locator(".messages")).to_contain_text(meeting.title)

    document = PortalDocument.objects.get(title=DOCUMENT_TITLE)
    assert document.collection_id == network.collection_id
    meeting.refresh_from_db()
    assert [block.value["document"] for block in meeting.material] == [document]

    anonymous = new_page()
    document_path = urlsplit(document.url).path
    response = anonymous.goto(document_path)
    assert response.status in (200, 403, 404)  # after following a redirect to the login page
    assert urlsplit(anonymous.url).path == "/logg-inn/" or response.status in (403, 404), anonymous.url
    assert not response.body().startswith(b"%PDF")
