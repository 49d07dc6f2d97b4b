"""Double opt-in: a registration made without being logged in waits, holding its place for a
while, until the person confirms the address through the link in the email."""

import csv
import io
import re
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from events import services
from events.factories import EventPageFactory, RegistrationFactory
from events.models import Registration
from events.tokens import confirm_token
from networks.factories import UserFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status
HOLD = timedelta(minutes=30)


def form_data(**overrides):
    return {"name": "Kari Nordmann", "email": "kari@skole.no", "role": "laerer", "workplace": "Hamar", **overrides}


def confirm_path(message) -> str:
    return re.search(r"https?://[^/\s]+(/arrangementer/bekreft/[^\s]+/)", message.body)[1]


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """POST as a visitor (or the logged-in client), running the emails that go out after commit."""

    def run(path, data=None, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(path, data or {}, **extra)

    return run


def register_anonymously(event, email="kari@skole.no", **kwargs):
    return services.registration_create(
        event=event, name=kwargs.pop("name", "Kari Nordmann"), email=email, role="laerer", workplace="Hamar", **kwargs
    )


def test_an_anonymous_registration_is_pending_holds_a_place_and_gets_a_link(client, event_index, post, settings):
    settings.EVENTS_CONFIRMATION_HOLD_MINUTES = 45
    event = EventPageFactory(title="Seminar om lesing", capacity=3)
    response = post(event.url, form_data())
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.status == Status.PENDING and registration.holds_place
    assert timedelta(minutes=44) < registration.confirm_by - timezone.now() <= timedelta(minutes=45)
    [message] = mail.outbox
    assert message.to == ["kari@skole.no"] and message.subject == "Bekreft påmeldingen: Seminar om lesing"
    assert "Hei, Kari Nordmann!" in message.body and "Du er ikke påmeldt før du har bekreftet" in message.body
    assert "Vi holder av en plass til deg" in message.body
    assert "/arrangementer/bekreft/" in message.body
    assert "/arrangementer/avmelding/" not in message.body and not message.attachments
    page = client.get(event.url).content.decode()
    assert "Nesten ferdig! Vi har sendt en e-post til kari@skole.no." in page and "45 minutter" in page
    assert "2 ledige plasser" in page


def test_opening_the_link_asks_and_only_the_post_confirms(client, event_index, post):
    event = EventPageFactory(title="Seminar om lesing", capacity=3)
    post(event.url, form_data(name="Kari Nordmann"))
    path = confirm_path(mail.outbox[0])
    mail.outbox.clear()

    response = client.get(path)  # what a mail program's link scanner does
    html = response.content.decode()
    assert response.status_code == 200 and "Bekreft påmeldingen</button>" in html
    assert "Vil du bekrefte påmeldingen for Kari Nordmann (kari@skole.no)?" in html
    assert response["Cache-Control"].startswith("max-age=0") or "no-cache" in response["Cache-Control"]
    assert Registration.objects.get().status == Status.PENDING and not mail.outbox

    response = post(path)
    assert response.status_code == 200 and "Du er påmeldt." in response.content.decode()
    registration = Registration.objects.get()
    assert registration.status == Status.CONFIRMED
    assert registration.confirm_by is None and not registration.holds_place
    [message] = mail.outbox
    assert message.subject == "Påmelding bekreftet: Seminar om lesing"
    assert "/arrangementer/avmelding/" in message.body
    [(filename, _content, mimetype)] = message.attachments
    assert filename == f"{event.slug}.ics" and mimetype == "text/calendar"

    again = post(path)
    assert again.status_code == 200 and "allerede bekreftet" in again.content.decode()
    assert len(mail.outbox) == 1
    assert "2 ledige plasser" in client.get(event.url).content.decode()


def test_a_logged_in_teacher_is_registered_at_once(client, event_index, post):
    teacher = UserFactory(username="tone", first_name="Tone", last_name="Lærer", email="tone@skole.no")
    client.force_login(teacher)
    event = EventPageFactory(title="Seminar om lesing", capacity=3)
    form = client.get(event.url).content.decode()
    assert 'value="Tone Lærer"' in form and 'value="tone@skole.no"' in form
    response = post(event.url, form_data(name="Tone Lærer", email="tone@skole.no"))
    assert response.status_code == 302
    assert Registration.objects.get().status == Status.CONFIRMED
    [message] = mail.outbox
    assert message.subject == "Påmelding bekreftet: Seminar om lesing" and message.attachments
    assert "Du er påmeldt! Vi har sendt en bekreftelse til tone@skole.no." in client.get(event.url).content.decode()


def test_registering_again_while_pending_sends_the_same_link_again(client, event_index, post):
    event = EventPageFactory(capacity=3)
    post(event.url, form_data())
    response = post(event.url, form_data(email="KARI@skole.no", name="Noen Andre"))
    assert response.status_code == 302
    registration = Registration.objects.get()  # still one, unchanged
    assert registration.name == "Kari Nordmann" and registration.status == Status.PENDING
    first, second = mail.outbox
    assert second.to == ["kari@skole.no"] and confirm_path(first) == confirm_path(second)
    assert "Nesten ferdig!" in client.get(event.url).content.decode()


def test_logging_in_and_registering_again_confirms_the_pending_registration(client, event_index, post):
    event = EventPageFactory(capacity=3)
    post(event.url, form_data(email="tone@skole.no"))
    client.force_login(UserFactory(username="tone", email="tone@skole.no"))
    assert post(event.url, form_data(email="tone@skole.no")).status_code == 302
    assert Registration.objects.get().status == Status.CONFIRMED
    assert [message.subject.split(":")[0] for message in mail.outbox] == ["Bekreft påmeldingen", "Påmelding bekreftet"]


def test_pending_on_a_full_event_holds_nothing_and_joins_the_waiting_list_when_confirmed(client, event_index, post):
    event = EventPageFactory(title="Fullt seminar", capacity=1)
    RegistrationFactory(event=event)
    post(event.url, form_data())
    registration = Registration.objects.get(email="kari@skole.no")
    assert registration.status == Status.PENDING and not registration.holds_place
    assert "Når du bekrefter, kommer du på ventelisten" in mail.outbox[0].body
    response = post(confirm_path(mail.outbox[0]))
    assert "du står på ventelisten" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.WAITING
    assert mail.outbox[-1].subject == "Du står på venteliste: Fullt seminar"


def test_a_held_place_is_taken_for_everyone_else_until_the_hold_runs_out(event_index, send_emails):
    event = EventPageFactory(capacity=1, waiting_list=False)
    held = register_anonymously(event, email="a@skole.no")
    with pytest.raises(services.RegistrationRefused) as refusal:
        register_anonymously(event, email="b@skole.no", email_confirmed=True)
    assert refusal.value.reason == "full"
    with freeze_time(timezone.now() + HOLD + timedelta(minutes=1)):
        # Nobody confirmed: the place is just free again, and the unconfirmed registration is gone.
        taken = send_emails(register_anonymously, event, email="b@skole.no", email_confirmed=True)
    assert taken.status == Status.CONFIRMED
    assert not Registration.objects.filter(pk=held.pk).exists()


def test_a_place_freed_by_an_expired_hold_goes_to_the_next_in_line(client, event_index, send_emails):
    event = EventPageFactory(title="Populært kurs", capacity=1)
    register_anonymously(event, email="a@skole.no")
    waiting = register_anonymously(event, email="b@skole.no", email_confirmed=True)
    assert waiting.status == Status.WAITING  # the held place counts
    mail.outbox.clear()
    with freeze_time(timezone.now() + HOLD + timedelta(minutes=1)):
        # Before anything runs, the page already offers no free place to newcomers: it is B's.
        assert "Sett meg på ventelisten" in client.get(event.url).content.decode()
        late = send_emails(register_anonymously, event, email="c@skole.no", email_confirmed=True)
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED and waiting.promoted_at is not None
    assert late.status == Status.WAITING
    assert not Registration.objects.filter(email="a@skole.no").exists()
    assert [(m.to, m.subject) for m in mail.outbox] == [
        (["b@skole.no"], "Du har fått plass: Populært kurs"),
        (["c@skole.no"], "Du står på venteliste: Populært kurs"),
    ]


def test_clean_registrations_deletes_expired_pending_and_moves_the_waiting_list_up(event_index, send_emails):
    event = EventPageFactory(title="Populært kurs", capacity=2)
    register_anonymously(event, email="a@skole.no")
    with freeze_time(timezone.now() + timedelta(minutes=20)):
        still_held = register_anonymously(event, email="b@skole.no")
    waiting = register_anonymously(event, email="c@skole.no", email_confirmed=True)
    assert waiting.status == Status.WAITING
    mail.outbox.clear()
    with freeze_time(timezone.now() + HOLD + timedelta(minutes=1)):
        out = StringIO()
        call_command("clean_registrations", "--dry-run", stdout=out)
        assert "Prøvekjøring: 1 ubekreftede påmeldinger" in out.getvalue()
        assert Registration.objects.count() == 3
        out = StringIO()
        send_emails(call_command, "clean_registrations", "--holds-only", stdout=out)
    assert "1 ubekreftede påmeldinger der fristen for å bekrefte var ute, er slettet" in out.getvalue()
    assert "1 fikk plass fra ventelisten" in out.getvalue()
    assert set(Registration.objects.values_list("email", "status")) == {
        ("b@skole.no", Status.PENDING),
        ("c@skole.no", Status.CONFIRMED),
    }
    assert Registration.objects.get(pk=still_held.pk).holds_place
    assert [m.to for m in mail.outbox] == [["c@skole.no"]]


def test_a_link_opened_too_late_says_so_and_offers_to_register_again(client, event_index, post):
    event = EventPageFactory(capacity=3)
    post(event.url, form_data())
    path = confirm_path(mail.outbox[0])
    mail.outbox.clear()
    with freeze_time(timezone.now() + HOLD + timedelta(minutes=1)):
        for response in (client.get(path), post(path)):
            html = response.content.decode()
            assert response.status_code == 410
            assert "Fristen for å bekrefte påmeldingen har gått ut" in html
            assert f'href="{event.url}#pamelding">Meld deg på igjen' in html
        assert Registration.objects.get().status == Status.PENDING  # nothing confirmed
        call_command("clean_registrations", "--holds-only", stdout=StringIO())
        assert not Registration.objects.exists()
        response = client.get(path)  # the registration is gone; the link still names the event
        assert response.status_code == 410 and f'href="{event.url}#pamelding"' in response.content.decode()
    assert not mail.outbox


@pytest.mark.parametrize("token", ["nonsense", "abc:def", "x" * 400])
def test_invalid_confirmation_links_are_refused(client, event_index, token):
    response = client.get(f"/arrangementer/bekreft/{token}/")
    assert response.status_code == 400 and "Lenken er ikke gyldig" in response.content.decode()
    assert client.post(f"/arrangementer/bekreft/{token}/").status_code == 400


def test_a_cancellation_link_is_no_confirmation_link(client, event_index):
    from events.tokens import cancel_token

    registration = register_anonymously(EventPageFactory())
    response = client.post(f"/arrangementer/bekreft/{cancel_token(registration)}/")
    assert response.status_code == 400
    registration.refresh_from_db()
    assert registration.status == Status.PENDING
    assert client.get(f"/arrangementer/bekreft/{confirm_token(registration)}/").status_code == 200


def test_staff_see_pending_registrations_apart_and_do_not_message_them(client, event_index):
    event = EventPageFactory(title="Seminar om lesing", capacity=3)
    RegistrationFactory(event=event, name="Bekreftet Person", email="ok@skole.no")
    register_anonymously(event, name="Ubekreftet Person", email="venter@skole.no")
    with freeze_time(timezone.now() - HOLD - timedelta(minutes=5)):
        register_anonymously(event, name="Utløpt Person", email="utlopt@skole.no")
    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))

    html = client.get(reverse("events_registrations", args=[event.pk])).content.decode()
    assert "Venter på bekreftelse (1)" in html and "Ubekreftet Person" in html
    assert "Utløpt Person" not in html
    assert re.search(r"Ledige plasser:\s*1\.", html)  # 3 places: one confirmed, one held

    export = client.get(reverse("events_registrations_csv", args=[event.pk])).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(export), delimiter=";"))
    statuses = {row[2]: row[0] for row in rows[1:]}
    assert statuses == {"Bekreftet Person": "Påmeldt", "Ubekreftet Person": "Venter på bekreftelse"}

    client.post(
        reverse("events_registrations_message", args=[event.pk]),
        {"subject": "Praktisk info", "message": "Velkommen!", "recipients": "all"},
    )
    assert [message.to for message in mail.outbox] == [["ok@skole.no"]]


def test_cancelling_a_pending_registration_frees_its_place_and_sends_no_email(event_index, send_emails):
    event = EventPageFactory(title="Populært kurs", capacity=1)
    pending = register_anonymously(event, email="a@skole.no")
    waiting = register_anonymously(event, email="b@skole.no", email_confirmed=True)
    mail.outbox.clear()
    cancellation = send_emails(services.registration_cancel, registration=pending)  # staff, on someone's behalf
    assert [r.email for r in cancellation.promoted] == ["b@skole.no"]
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED
    assert [m.to for m in mail.outbox] == [["b@skole.no"]]  # the unconfirmed address hears nothing


def test_notify_false_registers_without_any_email(event_index, send_emails):
    """The demo's invented people: confirmed or waiting through the service, and nobody is mailed."""
    event = EventPageFactory(capacity=1)
    person = {"name": "Kari", "role": "laerer", "workplace": "Hamar", "email_confirmed": True, "notify": False}
    first = send_emails(services.registration_create, event=event, email="a@skole.no", **person)
    second = send_emails(services.registration_create, event=event, email="b@skole.no", **person)
    assert (first.status, second.status) == (Status.CONFIRMED, Status.WAITING)
    assert mail.outbox == []
    with pytest.raises(ValueError):
        services.registration_create(event=event, email="c@skole.no", **{**person, "email_confirmed": False})
