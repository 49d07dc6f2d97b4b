"""Registering, the waiting list, cancelling by the emailed link, and the emails."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.signing import TimestampSigner
from django.utils import timezone
from freezegun import freeze_time
from icalendar import Calendar

from events import services
from events.factories import EventPageFactory, RegistrationFactory
from events.models import EventFormField, Registration
from events.tokens import MAX_AGE, SALT, cancel_token
from networks.factories import SchoolFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status


def register(event, email="kari@skole.no", **kwargs):
    """A registration whose address needs no confirming (the person is logged in); the double
    opt-in for everyone else is tested in test_confirmation.py."""
    kwargs.setdefault("email_confirmed", True)
    return services.registration_create(
        event=event, name=kwargs.pop("name", "Kari Nordmann"), email=email, role="laerer", workplace="Hamar", **kwargs
    )


def form_data(**overrides):
    return {
        "name": "Kari Nordmann",
        "email": "kari@skole.no",
        "role": "laerer",
        "workplace": "Ottestad skole",
        **overrides,
    }


def cancel_path(message) -> str:
    return re.search(r"https?://[^/\s]+(/arrangementer/avmelding/[^\s]+/)", message.body)[1]


# --- The service -------------------------------------------------------------------------------------------


def test_registering_confirms_and_sends_a_norwegian_email_with_ics_and_cancel_link(event_index, send_emails):
    event = EventPageFactory(title="Seminar om lesing", capacity=10)
    registration = send_emails(register, event)
    assert registration.status == Status.CONFIRMED
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["kari@skole.no"]
    assert message.subject == "Påmelding bekreftet: Seminar om lesing"
    assert "Hei, Kari Nordmann!" in message.body and "Du har fått plass" in message.body
    assert "/arrangementer/avmelding/" in message.body
    [(filename, content, mimetype)] = message.attachments
    assert filename == f"{event.slug}.ics" and mimetype == "text/calendar"
    calendar = Calendar.from_ical(content)
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Seminar om lesing"


def test_one_email_registers_once_whatever_its_case(event_index):
    event = EventPageFactory()
    register(event, email="Kari@Skole.no")
    with pytest.raises(services.RegistrationRefused) as refusal:
        register(event, email="  kari@SKOLE.no ")
    assert refusal.value.reason == "duplicate"
    assert "allerede påmeldt" in refusal.value.message
    assert Registration.objects.filter(event=event).count() == 1


def test_the_same_email_may_register_for_another_event_and_again_after_cancelling(event_index):
    event, other = EventPageFactory(), EventPageFactory()
    first = register(event)
    register(other)
    services.registration_cancel(registration=first)
    assert register(event).status == Status.CONFIRMED


def test_when_full_people_join_the_waiting_list(event_index, send_emails):
    event = EventPageFactory(title="Fullt seminar", capacity=2)
    register(event, email="a@skole.no")
    register(event, email="b@skole.no")
    mail.outbox.clear()
    waiting = send_emails(register, event, email="c@skole.no")
    assert waiting.status == Status.WAITING
    assert mail.outbox[0].subject == "Du står på venteliste: Fullt seminar"
    assert not mail.outbox[0].attachments
    assert Registration.objects.filter(event=event, status=Status.CONFIRMED).count() == 2


def test_when_full_without_a_waiting_list_registration_is_refused(event_index):
    event = EventPageFactory(capacity=1, waiting_list=False)
    register(event, email="a@skole.no")
    with pytest.raises(services.RegistrationRefused) as refusal:
        register(event, email="b@skole.no")
    assert refusal.value.reason == "full"
    assert Registration.objects.filter(event=event).count() == 1


def test_registration_closes_at_the_deadline(event_index):
    event = EventPageFactory(days_ahead=10)
    event.registration_deadline = timezone.now() + timedelta(days=2)
    event.save()
    with freeze_time(timezone.now() + timedelta(days=3)), pytest.raises(services.RegistrationRefused) as refusal:
        register(event)
    assert refusal.value.reason == "closed"
    assert not Registration.objects.exists()


def test_registration_closes_when_the_event_starts_without_a_deadline(event_index):
    event = EventPageFactory(days_ahead=-1)
    with pytest.raises(services.RegistrationRefused):
        register(event)


def test_cancelling_moves_the_first_on_the_waiting_list_up_and_tells_them(event_index, send_emails):
    event = EventPageFactory(title="Populært kurs", capacity=1)
    first = register(event, email="a@skole.no")
    register(event, email="b@skole.no", name="Berit")
    register(event, email="c@skole.no", name="Cecilie")
    mail.outbox.clear()
    cancellation = send_emails(services.registration_cancel, registration=first)
    assert [r.email for r in cancellation.promoted] == ["b@skole.no"]
    statuses = dict(Registration.objects.filter(event=event).values_list("email", "status"))
    assert statuses == {"a@skole.no": Status.CANCELLED, "b@skole.no": Status.CONFIRMED, "c@skole.no": Status.WAITING}
    cancelled, message = mail.outbox
    assert cancelled.to == ["a@skole.no"] and cancelled.subject == "Du er meldt av: Populært kurs"
    assert "Du er nå meldt av «Populært kurs»" in cancelled.body
    assert "/arrangementer/avmelding/" not in cancelled.body and not cancelled.attachments
    assert message.to == ["b@skole.no"]
    assert message.subject == "Du har fått plass: Populært kurs"
    assert "Hei, Berit!" in message.body and "ledig plass" in message.body
    assert message.attachments


def test_cancelling_from_the_waiting_list_promotes_nobody(event_index):
    event = EventPageFactory(capacity=1)
    register(event, email="a@skole.no")
    waiting = register(event, email="b@skole.no")
    register(event, email="c@skole.no")
    assert services.registration_cancel(registration=waiting).promoted == []
    assert Registration.objects.get(email="c@skole.no").status == Status.WAITING


def test_an_email_server_that_fails_never_loses_the_registration(event_index, send_emails, settings, caplog):
    settings.EMAIL_BACKEND = "events.tests.broken_email.BrokenEmailBackend"
    event = EventPageFactory()
    registration = send_emails(register, event)
    assert Registration.objects.filter(pk=registration.pk, status=Status.CONFIRMED).exists()
    assert "Could not send the confirmed email" in caplog.text
    assert "ConnectionRefusedError" in caplog.text


def test_the_answers_to_extra_questions_are_kept_with_their_labels(client, event_index):
    event = EventPageFactory()
    EventFormField.objects.create(page=event, label="Workshop", field_type="dropdown", choices="Lesing\nRegning")
    years = EventFormField.objects.create(page=event, label="Antall år som lærer", field_type="number", required=False)
    response = client.post(event.url, form_data(extra_workshop="Regning", **{f"extra_{years.clean_name}": "12"}))
    assert response.status_code == 302
    answers = Registration.objects.get().answers
    assert {"name": "workshop", "label": "Workshop", "value": "Regning"} in answers
    assert any(a["label"] == "Antall år som lærer" and a["value"] == "12" for a in answers)


# --- Through the event page --------------------------------------------------------------------------------


def test_registering_on_the_event_page(client, event_index, django_capture_on_commit_callbacks):
    """Not logged in: the registration waits for the address to be confirmed through the emailed link."""
    school = SchoolFactory(name="Storhamar skole")
    event = EventPageFactory(capacity=5)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(event.url, form_data(school=school.pk, workplace="", dietary_needs="Glutenfri"))
    assert response.status_code == 302 and response.url == f"{event.url}#pamelding"
    registration = Registration.objects.get()
    assert registration.school == school and registration.dietary_needs == "Glutenfri"
    assert registration.status == Status.PENDING
    assert len(mail.outbox) == 1
    page = client.get(response.url).content.decode()
    assert "Nesten ferdig! Vi har sendt en e-post til kari@skole.no." in page
    assert "4 ledige plasser" in page  # the place is held while the email is confirmed

    path = re.search(r"https?://[^/\s]+(/arrangementer/bekreft/[^\s]+/)", mail.outbox[0].body)[1]
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(path).status_code == 200
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED
    assert mail.outbox[-1].subject.startswith("Påmelding bekreftet:") and mail.outbox[-1].attachments
    assert "4 ledige plasser" in client.get(event.url).content.decode()


def test_a_second_registration_from_the_page_gets_a_clear_message(client, event_index):
    event = EventPageFactory()
    RegistrationFactory(event=event, email="kari@skole.no")
    response = client.post(event.url, form_data(email="KARI@skole.no"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html and "allerede påmeldt" in html
    assert Registration.objects.count() == 1


def test_form_errors_are_summarised_and_linked_to_their_fields(client, event_index):
    event = EventPageFactory()
    response = client.post(event.url, {"email": "ikke-en-epost"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html and 'href="#id_name"' in html and 'href="#id_role_0"' in html
    assert 'aria-describedby="id_email_error' in html and 'aria-invalid="true"' in html
    assert "<legend>Rolle" in html
    assert "Velg skolen din, eller skriv inn hvor du jobber." in html
    assert not Registration.objects.exists()


def test_page_says_waiting_list_full_or_closed(client, event_index):
    waiting = EventPageFactory(capacity=1)
    RegistrationFactory(event=waiting)
    assert "Sett meg på ventelisten" in client.get(waiting.url).content.decode()

    full = EventPageFactory(capacity=1, waiting_list=False)
    RegistrationFactory(event=full)
    html = client.get(full.url).content.decode()
    assert "Arrangementet er fullt, og det er ingen venteliste." in html and "Meld meg på" not in html

    closed = EventPageFactory(days_ahead=-2)
    html = client.get(closed.url).content.decode()
    assert "Påmeldingen er stengt." in html and '<form method="post"' not in html


def test_posting_to_a_full_event_without_waiting_list_says_it_is_full(client, event_index):
    event = EventPageFactory(capacity=1, waiting_list=False)
    RegistrationFactory(event=event)
    response = client.post(event.url, form_data())
    assert response.status_code == 200
    assert "fullt" in response.content.decode()
    assert Registration.objects.count() == 1


# --- Cancellation links ------------------------------------------------------------------------------------


def test_the_emailed_cancellation_link_asks_then_cancels(
    client, event_index, send_emails, django_capture_on_commit_callbacks
):
    event = EventPageFactory(capacity=1)
    send_emails(register, event, email="a@skole.no")
    send_emails(register, event, email="b@skole.no")
    path = cancel_path(mail.outbox[0])
    mail.outbox.clear()
    response = client.get(path)
    assert response.status_code == 200 and "Ja, meld meg av" in response.content.decode()
    assert Registration.objects.get(email="a@skole.no").status == Status.CONFIRMED  # GET changes nothing
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(path)
    assert response.status_code == 200 and "du er nå meldt av" in response.content.decode()
    assert Registration.objects.get(email="a@skole.no").status == Status.CANCELLED
    assert Registration.objects.get(email="b@skole.no").status == Status.CONFIRMED
    assert [message.to for message in mail.outbox] == [["a@skole.no"], ["b@skole.no"]]
    again = client.post(path)
    assert again.status_code == 200 and "allerede meldt av" in again.content.decode()


@pytest.mark.parametrize(
    "token",
    [
        "nonsense",
        "abc:def:ghi",
        "x" * 500,
        "00000000000000000000000000000000:1abcde:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ],
)
def test_invalid_cancellation_links_get_a_clear_message(client, event_index, token):
    response = client.get(f"/arrangementer/avmelding/{token}/")
    assert response.status_code == 400
    assert "Lenken er ikke gyldig" in response.content.decode()
    assert client.post(f"/arrangementer/avmelding/{token}/").status_code == 400


def test_a_tampered_cancellation_link_is_refused(client, event_index):
    victim = RegistrationFactory()
    attacker = RegistrationFactory(event=victim.event)
    token = cancel_token(attacker)
    value, stamp, signature = token.split(":")
    tampered = f"{victim.reference.hex}:{stamp}:{signature}"
    response = client.post(f"/arrangementer/avmelding/{tampered}/")
    assert response.status_code == 400
    victim.refresh_from_db()
    assert victim.status == Status.CONFIRMED


def test_a_link_for_a_signed_but_unknown_registration(client, event_index):
    token = TimestampSigner(salt=SALT).sign("0" * 32)
    response = client.get(f"/arrangementer/avmelding/{token}/")
    assert response.status_code == 400 and "finner ikke" in response.content.decode()


def test_an_expired_cancellation_link_is_refused(client, event_index):
    registration = RegistrationFactory()
    with freeze_time(timezone.now() - MAX_AGE - timedelta(days=1)):
        token = cancel_token(registration)
    response = client.post(f"/arrangementer/avmelding/{token}/")
    assert response.status_code == 400
    assert "for gammel" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_cancelling_after_the_event_started_is_refused_politely(client, event_index):
    registration = RegistrationFactory(event=EventPageFactory(days_ahead=-1))
    response = client.post(f"/arrangementer/avmelding/{cancel_token(registration)}/")
    assert response.status_code == 409
    assert "har startet" in response.content.decode()
