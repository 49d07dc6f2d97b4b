"""Networks in a real browser: a group leader publishes a meeting with a members-only file in the
Wagtail admin, a member finds it and downloads the file, outsiders see the agenda but not the file,
and an editor approves a leader's lesson plan."""

import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

MEETING = "Vårsamling om lesing"
AGENDA_ITEM = "Erfaringsdeling: lesestrategier i 5. trinn"
DOCUMENT_TITLE = "Presentasjon fra vårsamlingen"
PLACE = "Høgskolen i Innlandet, Hamar"


@pytest.fixture
def people():
    from networks.factories import NetworkFactory, UserFactory

    leader = UserFactory(username="gruppeleder", first_name="Guri", last_name="Leder")
    member = UserFactory(username="medlem", first_name="Mona", last_name="Medlem")
    outsider = UserFactory(username="utenforstaende", first_name="Ulf", last_name="Utenfor")
    network_a = NetworkFactory(title="Lesing på mellomtrinnet", leaders=[leader], members=[member])
    network_b = NetworkFactory(title="Matematikk i småskolen", members=[outsider])
    return {"leader": leader, "member": member, "outsider": outsider, "a": network_a, "b": network_b}


@pytest.fixture
def pdf_file(tmp_path) -> Path:
    from portal.factories import make_pdf

    path = tmp_path / "varsamling-presentasjon.pdf"
    path.write_bytes(make_pdf(title=DOCUMENT_TITLE, lines=["Lesing på mellomtrinnet", "Bare for medlemmene"]))
    return path


def admin_login(page, username: str) -> None:
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(f"passord-{username}")
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def front_login(page, username: str, *, next_path: str = "") -> None:
    page.goto("/logg-inn/" + (f"?next={next_path}" if next_path else ""))
    page.get_by_label("Brukernavn").fill(username)
    page.get_by_label("Passord").fill(f"passord-{username}")
    page.locator("main").get_by_role("button", name="Logg inn").click()
    expect(page.get_by_role("button", name="Logg ut")).to_be_visible()


def admin_datetime(value) -> str:
    return timezone.localtime(value).strftime("%d.%m.%Y %H:%M")


def test_leader_publishes_a_meeting_whose_file_only_members_get(page, new_page, people, pdf_file):
    from networks.models import MeetingPage
    from portal.models import PortalDocument

    network = people["a"]
    original = pdf_file.read_bytes()
    start = (timezone.localtime() + timedelta(days=10)).replace(hour=9, minute=0, second=0, microsecond=0)
    end = start + timedelta(hours=6)

    # a. The group leader creates the meeting in the admin, uploading the file through the chooser.
    admin_login(page, "gruppeleder")
    page.goto(f"/admin/pages/{network.pk}/")
    page.get_by_role("link", name=re.compile(r"Legg til underside|Add child page")).first.click()
    page.get_by_role("link", name=re.compile(r"^Nettverkssamling")).click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/add/networks/meetingpage/{network.pk}/$"))

    page.locator("#id_title").fill(MEETING)
    page.locator("#id_start").fill(admin_datetime(start))
    page.locator("#id_end").fill(admin_datetime(end))
    page.locator("#id_place").fill(PLACE)

    agenda = page.locator("#panel-child-innhold-agenda-section")
    agenda.locator("button.c-sf-add-button").first.click()
    agenda.locator("#agenda-0-value-title").fill(AGENDA_ITEM)

    material = page.locator("#panel-child-innhold-for_medlemmene-section")
    material.locator("button.c-sf-add-button").first.click()
    page.get_by_role("option", name="Vedlegg").click()
    material.locator("button.chooser__choose-button").first.click()
    chooser = page.locator(".modal:visible")
    chooser.get_by_role("tab", name="Last opp").click()
    chooser.locator("#id_document-chooser-upload-file").set_input_files(pdf_file)
    chooser.locator("#id_document-chooser-upload-title").fill(DOCUMENT_TITLE)
    chooser.locator("#id_document-chooser-upload-collection").select_option(str(network.collection_id))
    chooser.locator("button[type=submit]", has_text="Last opp").click()
    expect(material.locator("#material-0-value-document-title")).to_have_text(DOCUMENT_TITLE)

    page.locator("footer .w-dropdown__toggle, .footer .w-dropdown__toggle").last.click()
    page.get_by_role("button", name="Publiser").click()
    expect(page.locator(".messages")).to_contain_text(MEETING)

    meeting = MeetingPage.objects.get(title=MEETING)
    assert meeting.live and not meeting.has_unpublished_changes
    assert meeting.get_parent().pk == network.pk
    assert meeting.owner == people["leader"]
    assert (meeting.start, meeting.end, meeting.place) == (start, end, PLACE)
    assert [block.value["title"] for block in meeting.agenda] == [AGENDA_ITEM]
    document = PortalDocument.objects.get(title=DOCUMENT_TITLE)
    assert document.collection_id == network.collection_id
    assert [block.value["document"] for block in meeting.material] == [document]
    document_path = urlsplit(document.url).path

    # b. A member logs in on the front end, finds the meeting under "Mine nettverk" and downloads the file.
    member = new_page()
    front_login(member, "medlem")
    member.get_by_role("link", name="Mine nettverk").click()
    expect(member.get_by_role("heading", level=1)).to_have_text("Mine nettverk")
    upcoming = member.locator("section", has=member.get_by_role("heading", name="Kommende samlinger"))
    upcoming.get_by_role("link", name=MEETING).click()
    expect(member.get_by_role("heading", level=1)).to_have_text(MEETING)
    assert urlsplit(member.url).path == meeting.url
    expect(member.locator("ol.agenda li")).to_have_text([re.compile(re.escape(AGENDA_ITEM))])
    link = member.locator(".material").get_by_role("link", name=DOCUMENT_TITLE)
    expect(link).to_have_attribute("href", document_path)
    with member.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.failure() is None
    assert Path(download.path()).read_bytes() == original
    assert member.js_errors == []

    # c. Outsiders: the agenda yes, the file and its title no; the file's URL does not give them the file.
    anonymous = new_page()
    outsider = new_page()
    front_login(outsider, "utenforstaende")
    for who, visitor in [("anonymous", anonymous), ("member of network B", outsider)]:
        visitor.goto(meeting.url)
        expect(visitor.get_by_role("heading", level=1)).to_have_text(MEETING)
        expect(visitor.locator("ol.agenda li")).to_have_text([re.compile(re.escape(AGENDA_ITEM))])
        expect(visitor.get_by_text("bare for nettverkets medlemmer")).to_be_visible()
        html = visitor.content()
        assert DOCUMENT_TITLE not in html, who
        assert document_path not in html and "/dokumenter/" not in html, who

    response = anonymous.goto(document_path)
    assert urlsplit(anonymous.url).path == "/logg-inn/", anonymous.url
    assert parse_qs(urlsplit(anonymous.url).query).get("next") == [document_path], anonymous.url
    assert response.headers["content-type"].startswith("text/html")
    expect(anonymous.get_by_role("heading", level=1)).to_have_text("Logg inn")

    response = outsider.goto(document_path)
    assert response.headers["content-type"].startswith("text/html"), response.headers
    assert response.status == 403 or urlsplit(outsider.url).path == "/logg-inn/", (response.status, outsider.url)
    assert not response.body().startswith(b"%PDF")


def test_editor_approves_a_lesson_plan_a_leader_submitted(page, people):
    from django.contrib.auth.models import Group

    from networks.factories import UserFactory
    from portal import roles
    from resources.factories import LessonPlanPageFactory
    from resources.models import LessonPlanPage

    leader = people["leader"]
    editor = UserFactory(username="redaktor", first_name="Rita", last_name="Redaktør")
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    lesson = LessonPlanPageFactory(title="Lesestrategier med leselogg", live=False, owner=leader)
    lesson.save_revision(user=leader)
    workflow = lesson.get_workflow()
    assert workflow is not None and workflow.name == "Redaksjonell godkjenning"
    workflow.start(lesson, leader)
    lesson.refresh_from_db()
    assert lesson.workflow_in_progress and not lesson.live
    mail.outbox.clear()  # submitting notifies the editors; only the approval matters here

    admin_login(page, "redaktor")
    page.goto(f"/admin/pages/{lesson.pk}/edit/")
    page.locator("footer .w-dropdown__toggle, .footer .w-dropdown__toggle").last.click()
    # "Godkjenn og Publiser" (Wagtail's nb translation), not "Approve with comment …".
    page.get_by_role("button", name=re.compile(r"^(Godkjenn og publiser|Approve and publish)$", re.I)).click()
    expect(page.locator(".messages")).to_contain_text(lesson.title)

    lesson = LessonPlanPage.objects.get(pk=lesson.pk)
    assert lesson.live and not lesson.workflow_in_progress
    to_leader = [message for message in mail.outbox if leader.email in message.to]
    assert to_leader, [(message.to, message.subject) for message in mail.outbox]
    assert len(to_leader) == 1, [(message.to, message.subject) for message in mail.outbox]
    # portal/templates/wagtailadmin/notifications/: "Godkjent og publisert: «…»", with the page's address.
    subject = to_leader[0].subject
    assert lesson.title in subject and "godkjent" in subject.lower(), subject
    assert lesson.url in to_leader[0].body
