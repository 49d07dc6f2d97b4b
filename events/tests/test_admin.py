"""The staff's registration tools in the admin: lists, CSV, cancelling, messages, who may see them."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.mail import EmailMessage
from django.core.mail.backends.locmem import EmailBackend
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import GroupPagePermission

from events.factories import EventPageFactory, RegistrationFactory
from events.models import EventFormField, Registration, Role
from networks.factories import SchoolFactory, UserFactory
from portal import roles

pytestmark = pytest.mark.django_db
Status = Registration.Status


class FlakyEmailBackend(EmailBackend):
    """Refuses the addresses that contain "feil", delivers the rest."""

    def send_messages(self, messages: list[EmailMessage]):
        for message in messages:
            if any("feil" in address for address in message.to):
                raise ConnectionResetError("550 mailbox unavailable")
        return super().send_messages(messages)


def user_in(group: str, username: str):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor():
    return user_in(roles.EDITORS, "redaktor")


@pytest.fixture
def superuser():
    return UserFactory(username="admin", is_superuser=True, is_staff=True)


@pytest.fixture
def event(event_index):
    event = EventPageFactory(title="Seminar om lesing", slug="seminar-om-lesing", capacity=2)
    EventFormField.objects.create(page=event, label="Hvilket trinn underviser du på?", field_type="singleline")
    EventFormField.objects.create(page=event, label="Vil du ha lunsj?", field_type="checkbox")
    return event


def answers(trinn: str, lunch: bool) -> list[dict]:
    return [
        {"name": "hvilket_trinn_underviser_du_pa", "label": "Hvilket trinn underviser du på?", "value": trinn},
        {"name": "vil_du_ha_lunsj", "label": "Vil du ha lunsj?", "value": lunch},
    ]


@pytest.fixture
def people(event):
    now = timezone.now()
    return {
        "kari": RegistrationFactory(
            event=event,
            name="Kari Ødegård",
            email="kari@skole.no",
            school=SchoolFactory(name="Ottestad skole"),
            role=Role.TEACHER,
            dietary_needs="Glutenfri",
            answers=answers("5.–7. trinn", True),
            created_at=now - timedelta(days=3),
        ),
        "per": RegistrationFactory(
            event=event,
            name='=HYPERLINK("http://evil.example")',
            email="per@skole.no",
            workplace="+47 Åsen oppvekstsenter",
            role=Role.SCHOOL_LEADER,
            dietary_needs="-laktose",
            answers=answers("@alle", False),
            created_at=now - timedelta(days=2),
        ),
        "ola": RegistrationFactory(
            event=event, name="Ola Venter", email="ola@skole.no", status=Status.WAITING, created_at=now - timedelta(1)
        ),
        "siri": RegistrationFactory(
            event=event, name="Siri Sist", email="siri@skole.no", status=Status.WAITING, created_at=now
        ),
        "gone": RegistrationFactory(event=event, name="Avmeldt Person", email="gone@skole.no", status=Status.CANCELLED),
    }


def urls(event) -> dict[str, str]:
    return {
        "list": reverse("events_registrations", args=[event.pk]),
        "csv": reverse("events_registrations_csv", args=[event.pk]),
        "message": reverse("events_registrations_message", args=[event.pk]),
    }


def read_csv(response) -> list[list[str]]:
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff")
    return list(csv.reader(io.StringIO(content.removeprefix("\ufeff")), delimiter=";"))


# --- The list ----------------------------------------------------------------------------------------------


def test_the_list_shows_the_confirmed_the_waiting_list_in_order_and_places_left(client, editor, people, event):
    client.force_login(editor)
    response = client.get(urls(event)["list"])
    assert response.status_code == 200
    html = response.content.decode()
    for text in ["Kari Ødegård", "kari@skole.no", "Ottestad skole", "Glutenfri", "5.–7. trinn", "Skoleleder"]:
        assert text in html
    assert "Hvilket trinn underviser du på?" in html and "Vil du ha lunsj?" in html
    assert "Avmeldt Person" not in html
    waiting = html.split("Venteliste (2)")[1]
    assert waiting.index("Ola Venter") < waiting.index("Siri Sist")
    assert "Ledige plasser: 0." in " ".join(html.split())
    assert response.context["data"].places_left == 0
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control


def test_an_event_without_a_limit_has_unlimited_places(client, editor, event_index):
    event = EventPageFactory(capacity=None)
    RegistrationFactory(event=event)
    client.force_login(editor)
    response = client.get(urls(event)["list"])
    assert response.context["data"].places_left is None
    assert "ubegrenset" in " ".join(response.content.decode().split())


@pytest.mark.parametrize("registrations", [2, 30])
def test_the_list_and_the_csv_take_a_fixed_number_of_queries(
    client, superuser, event, registrations, django_assert_max_num_queries
):
    school = SchoolFactory()
    for number in range(registrations):
        RegistrationFactory(
            event=event,
            school=school if number % 2 else None,
            answers=answers("1.–4. trinn", True),
            status=Status.WAITING if number % 3 == 0 else Status.CONFIRMED,
        )
    client.force_login(superuser)
    client.get(urls(event)["list"])  # the session and the admin's one-off lookups
    with django_assert_max_num_queries(10):
        assert client.get(urls(event)["list"]).status_code == 200
    with django_assert_max_num_queries(6):
        assert client.get(urls(event)["csv"]).status_code == 200
    with django_assert_max_num_queries(9):
        assert client.get(reverse("events_registrations_overview")).status_code == 200


def test_the_overview_lists_upcoming_events_with_counts(client, editor, people, event, event_index):
    past = EventPageFactory(title="Høstkonferansen i fjor", days_ahead=-200)
    open_event = EventPageFactory(title="Webinar uten grense", capacity=None)
    client.force_login(editor)
    response = client.get(reverse("events_registrations_overview"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Seminar om lesing" in html and "Webinar uten grense" in html
    assert past.title not in html
    rows = {event.pk: event for event in response.context["object_list"]}
    assert (rows[event.pk].confirmed_count, rows[event.pk].waiting_count, rows[event.pk].places_left) == (2, 2, 0)
    assert rows[open_event.pk].places_left is None
    assert reverse("events_registrations", args=[event.pk]) in html
    assert "private" in response["Cache-Control"]

    archive = client.get(reverse("events_registrations_overview") + "?vis=tidligere")
    assert past.title in archive.content.decode()
    assert "Seminar om lesing" not in archive.content.decode()


# --- CSV ---------------------------------------------------------------------------------------------------


def test_the_csv_opens_in_norwegian_excel_and_cannot_run_formulas(client, editor, people, event):
    client.force_login(editor)
    response = client.get(urls(event)["csv"])
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="pameldinger-seminar-om-lesing.csv"' in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    header, *rows = read_csv(response)
    assert header[:8] == [
        "Status",
        "Nr. på venteliste",
        "Navn",
        "E-post",
        "Skole/arbeidssted",
        "Kommune",
        "Rolle",
        "Allergier og matbehov",
    ]
    assert header[8:10] == ["Hvilket trinn underviser du på?", "Vil du ha lunsj?"]
    by_email = {row[3]: dict(zip(header, row, strict=True)) for row in rows}
    assert set(by_email) == {"kari@skole.no", "per@skole.no", "ola@skole.no", "siri@skole.no"}
    kari = by_email["kari@skole.no"]
    assert kari["Navn"] == "Kari Ødegård" and kari["Status"] == "Påmeldt"
    assert kari["Skole/arbeidssted"] == "Ottestad skole"
    assert kari["Hvilket trinn underviser du på?"] == "5.–7. trinn" and kari["Vil du ha lunsj?"] == "Ja"
    per = by_email["per@skole.no"]
    assert per["Navn"] == '\'=HYPERLINK("http://evil.example")'
    assert per["Skole/arbeidssted"] == "'+47 Åsen oppvekstsenter"
    assert per["Allergier og matbehov"] == "'-laktose"
    assert per["Hvilket trinn underviser du på?"] == "'@alle"
    assert per["Vil du ha lunsj?"] == "Nei"
    assert [(row[2], row[0], row[1]) for row in rows[2:]] == [
        ("Ola Venter", "På venteliste", "1"),
        ("Siri Sist", "På venteliste", "2"),
    ]


# --- Cancelling --------------------------------------------------------------------------------------------


def test_staff_cancel_after_a_confirmation_step_and_the_waiting_list_moves_up(
    client, editor, people, event, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    url = reverse("events_registration_cancel", args=[event.pk, people["kari"].pk])
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "Kari Ødegård" in confirm.content.decode() and 'method="post"' in confirm.content.decode()
    people["kari"].refresh_from_db()
    assert people["kari"].status == Status.CONFIRMED  # GET changes nothing

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302 and response["Location"] == urls(event)["list"]
    statuses = dict(Registration.objects.filter(event=event).values_list("email", "status"))
    assert statuses["kari@skole.no"] == Status.CANCELLED
    assert statuses["ola@skole.no"] == Status.CONFIRMED
    assert statuses["siri@skole.no"] == Status.WAITING
    # The person cancelled is told, then the one who got the place.
    assert [message.to for message in mail.outbox] == [["kari@skole.no"], ["ola@skole.no"]]
    assert mail.outbox[0].subject == "Du er meldt av: Seminar om lesing"
    assert mail.outbox[1].subject == "Du har fått plass: Seminar om lesing"
    page = client.get(urls(event)["list"]).content.decode()
    assert "Kari Ødegård er meldt av." in page and "Ola Venter har fått plassen" in page


def test_cancelling_twice_or_after_the_start_is_refused_politely(client, editor, people, event):
    client.force_login(editor)
    gone = reverse("events_registration_cancel", args=[event.pk, people["gone"].pk])
    assert client.post(gone).status_code == 302
    assert "er allerede meldt av" in client.get(urls(event)["list"]).content.decode()

    started = EventPageFactory(days_ahead=0)
    started.start = timezone.now() - timedelta(hours=1)
    started.end = timezone.now() + timedelta(hours=3)
    started.save()
    registration = RegistrationFactory(event=started)
    response = client.post(reverse("events_registration_cancel", args=[started.pk, registration.pk]), follow=True)
    assert "Arrangementet har startet" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_a_registration_from_another_event_cannot_be_cancelled_through_this_one(client, editor, people, event):
    other = RegistrationFactory(event=EventPageFactory())
    client.force_login(editor)
    assert client.post(reverse("events_registration_cancel", args=[event.pk, other.pk])).status_code == 404
    other.refresh_from_db()
    assert other.status == Status.CONFIRMED


# --- The message -------------------------------------------------------------------------------------------


def test_a_message_goes_to_each_confirmed_person_alone(client, editor, people, event):
    event.contact_email = "kurs@kulturforlaering.no"
    event.save()
    client.force_login(editor)
    assert client.get(urls(event)["message"]).status_code == 200
    response = client.post(
        urls(event)["message"],
        {"subject": "Nytt rom: A-101", "message": "Vi er flyttet til A-101 <3 & velkommen.", "recipients": "confirmed"},
        follow=True,
    )
    assert response.status_code == 200
    assert sorted(message.to for message in mail.outbox) == [["kari@skole.no"], ["per@skole.no"]]
    for message in mail.outbox:
        assert message.cc == [] and message.bcc == []
        assert message.subject == "Nytt rom: A-101"
        assert "Vi er flyttet til A-101 <3 & velkommen." in message.body
        assert message.reply_to == ["kurs@kulturforlaering.no"]
    kari = next(message for message in mail.outbox if message.to == ["kari@skole.no"])
    assert "Hei, Kari Ødegård!" in kari.body and "per@skole.no" not in kari.body
    assert "Meldingen er sendt til 2 personer." in response.content.decode()


def test_a_message_can_include_the_waiting_list(client, editor, people, event):
    client.force_login(editor)
    client.post(urls(event)["message"], {"subject": "Info", "message": "Hei alle", "recipients": "all"})
    assert sorted(address for message in mail.outbox for address in message.to) == [
        "kari@skole.no",
        "ola@skole.no",
        "per@skole.no",
        "siri@skole.no",
    ]
    ola = next(message for message in mail.outbox if message.to == ["ola@skole.no"])
    assert "står på ventelisten" in ola.body


def test_failed_emails_are_counted_and_logged_and_never_a_500(client, editor, event, settings, caplog):
    settings.EMAIL_BACKEND = "events.tests.test_admin.FlakyEmailBackend"
    RegistrationFactory(event=event, email="feil@skole.no")
    RegistrationFactory(event=event, email="ok@skole.no")
    client.force_login(editor)
    response = client.post(
        urls(event)["message"], {"subject": "Info", "message": "Hei", "recipients": "confirmed"}, follow=True
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Meldingen er sendt til 1 person." in html and "1 e-post kunne ikke sendes" in html
    assert [message.to for message in mail.outbox] == [["ok@skole.no"]]
    assert "Could not send event" in caplog.text and "feil@skole.no" not in caplog.text

    settings.EMAIL_BACKEND = "events.tests.broken_email.BrokenEmailBackend"
    response = client.post(
        urls(event)["message"], {"subject": "Info", "message": "Hei", "recipients": "confirmed"}, follow=True
    )
    assert response.status_code == 200
    assert "2 e-poster kunne ikke sendes" in response.content.decode()


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"subject": "Info", "message": "   ", "recipients": "confirmed"}, "message"),
        ({"subject": "", "message": "Hei", "recipients": "confirmed"}, "subject"),
        ({"subject": "Info\nBcc: alle@example.no", "message": "Hei", "recipients": "confirmed"}, "subject"),
        ({"subject": "Info", "message": "Hei", "recipients": "alle-i-verden"}, "recipients"),
    ],
)
def test_a_bad_message_is_sent_back_with_an_error(client, editor, people, event, data, field):
    client.force_login(editor)
    response = client.post(urls(event)["message"], data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert mail.outbox == []


# --- Who may see them --------------------------------------------------------------------------------------


def test_only_those_who_may_edit_the_event_see_its_registrations(client, editor, superuser, people, event):
    leader = user_in(roles.GROUP_LEADERS, "gruppeleder")
    client.force_login(leader)
    for url in urls(event).values():
        assert client.get(url).status_code == 403
    cancel = reverse("events_registration_cancel", args=[event.pk, people["kari"].pk])
    assert client.post(cancel).status_code == 403
    assert client.post(urls(event)["message"], {"subject": "x", "message": "y", "recipients": "all"}).status_code == 403
    assert mail.outbox == []
    assert Registration.objects.get(pk=people["kari"].pk).status == Status.CONFIRMED
    overview = client.get(reverse("events_registrations_overview"))
    assert overview.status_code == 200 and "Seminar om lesing" not in overview.content.decode()
    assert reverse("events_registrations_overview") not in client.get(reverse("wagtailadmin_home")).content.decode()

    for user in (editor, superuser):
        client.force_login(user)
        for url in urls(event).values():
            assert client.get(url).status_code == 200
        assert reverse("events_registrations_overview") in client.get(reverse("wagtailadmin_home")).content.decode()


def test_programme_staff_see_the_registrations_of_the_events_they_announce(client, people, event):
    # Ansatt has page rights under /arrangementer/ (events/migrations/0003_staff_publish_events.py).
    client.force_login(user_in(roles.STAFF, "ansatt"))
    for url in urls(event).values():
        assert client.get(url).status_code == 200
    assert "Seminar om lesing" in client.get(reverse("events_registrations_overview")).content.decode()


def test_a_user_with_rights_elsewhere_only_gets_403_here(client, people, event, home):
    group = Group.objects.create(name="Nyhetsredaksjon")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group,
        page=home.get_children().exclude(pk=event.get_parent().pk).first(),
        permission=Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page"),
    )
    user = UserFactory(username="nyheter")
    user.groups.add(group)
    client.force_login(user)
    assert client.get(urls(event)["list"]).status_code == 403


def test_visitors_without_admin_access_are_sent_to_the_login(client, people, event):
    response = client.get(urls(event)["csv"])
    assert response.status_code == 302 and "/login/" in response["Location"]
    client.force_login(UserFactory(username="laerer"))
    assert client.get(urls(event)["csv"]).status_code in (302, 403)


def test_unknown_ids_and_pages_that_are_not_events_are_404(client, superuser, event, event_index):
    client.force_login(superuser)
    assert client.get(reverse("events_registrations", args=[999999])).status_code == 404
    assert client.get(reverse("events_registrations", args=[event_index.pk])).status_code == 404
    assert client.get(reverse("events_registrations_csv", args=[event_index.pk])).status_code == 404
    assert client.get(reverse("events_registration_cancel", args=[event.pk, 999999])).status_code == 404


# --- How staff get there -----------------------------------------------------------------------------------


def test_the_explorer_and_the_edit_view_link_to_the_registrations(
    client, editor, people, event, event_index, django_assert_max_num_queries
):
    client.force_login(editor)
    explorer = client.get(reverse("wagtailadmin_explore", args=[event_index.pk]))
    html = explorer.content.decode()
    assert urls(event)["list"] in html and "Påmeldinger (2)" in html

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
    assert urls(event)["list"] in edit.content.decode()

    leader = user_in(roles.GROUP_LEADERS, "gruppeleder")
    client.force_login(leader)
    explorer = client.get(reverse("wagtailadmin_explore", args=[event_index.pk]))
    assert urls(event)["list"] not in explorer.content.decode()


def test_the_explorer_does_not_count_each_events_registrations_separately(client, superuser, event_index):
    client.force_login(superuser)
    explore = reverse("wagtailadmin_explore", args=[event_index.pk])
    for _ in range(2):
        RegistrationFactory(event=EventPageFactory())
    client.get(explore)
    with CaptureQueriesContext(connection) as few:
        client.get(explore)
    for _ in range(6):
        RegistrationFactory(event=EventPageFactory())
    with CaptureQueriesContext(connection) as many:
        html = client.get(explore).content.decode()
    assert html.count("Påmeldinger (1)") == 8
    registration_counts = [query for query in many.captured_queries if "events_registration" in query["sql"]]
    assert len(registration_counts) <= len(
        [query for query in few.captured_queries if "events_registration" in query["sql"]]
    )
