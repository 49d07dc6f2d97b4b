"""Scripted sign-ups and unsafe text: rate limits per address on the registration, confirmation
and cancellation POSTs, the hidden field that only scripts fill in, and names and answers cleaned
of control and bidi-override characters before they are stored."""

import re

import pytest
from django.core import mail

from events import services
from events.factories import EventPageFactory, RegistrationFactory
from events.models import EventFormField, Registration
from events.tokens import cancel_token, confirm_token

pytestmark = pytest.mark.django_db
Status = Registration.Status


def form_data(n=0, **overrides):
    return {"name": f"Lærer {n}", "email": f"laerer{n}@skole.no", "role": "laerer", "workplace": "Hamar", **overrides}


# --- Rate limits -------------------------------------------------------------------------------------------


def test_one_address_may_post_the_form_so_often_and_is_then_told_to_wait(client, event_index, settings):
    settings.EVENTS_REGISTRATION_RATE = "3/h"
    event = EventPageFactory(capacity=100)
    for n in range(3):
        assert client.post(event.url, form_data(n)).status_code == 302
    response = client.post(event.url, form_data(3))
    assert response.status_code == 429
    assert "For mange forespørsler" in response.content.decode()
    assert Registration.objects.count() == 3 and len(mail.outbox) == 0  # the fourth stored and sent nothing
    assert client.get(event.url).status_code == 200  # reading the page is not limited

    # Another address (another school) is not held back by the first.
    assert client.post(event.url, form_data(4), REMOTE_ADDR="10.20.30.40").status_code == 302
    assert Registration.objects.filter(email="laerer4@skole.no").exists()


def test_the_default_limit_lets_a_staff_room_behind_one_address_register(client, event_index, settings):
    for name in ("EVENTS_REGISTRATION_RATE", "EVENTS_CONFIRMATION_RATE", "EVENTS_CANCELLATION_RATE"):
        if hasattr(settings, name):
            delattr(settings, name)
    event = EventPageFactory(capacity=100)
    # Fifteen teachers, and a form sent back with an error now and then.
    for n in range(15):
        assert client.post(event.url, form_data(n)).status_code == 302
    for _attempt in range(3):
        assert client.post(event.url, form_data(99, email="feil")).status_code == 200
    assert Registration.objects.count() == 15


def test_invalid_posts_count_too(client, event_index, settings):
    settings.EVENTS_REGISTRATION_RATE = "2/h"
    event = EventPageFactory()
    assert client.post(event.url, {"name": "x"}).status_code == 200
    assert client.post(event.url, {"name": "x"}).status_code == 200
    assert client.post(event.url, form_data()).status_code == 429
    assert not Registration.objects.exists()


def test_cancellation_posts_are_limited_per_address(client, event_index, settings):
    settings.EVENTS_CANCELLATION_RATE = "2/h"
    event = EventPageFactory()
    first, second, third = (RegistrationFactory(event=event) for _n in range(3))
    for registration in (first, second, third):
        assert client.get(f"/arrangementer/avmelding/{cancel_token(registration)}/").status_code == 200
    assert client.post(f"/arrangementer/avmelding/{cancel_token(first)}/").status_code == 200
    assert client.post(f"/arrangementer/avmelding/{cancel_token(second)}/").status_code == 200
    response = client.post(f"/arrangementer/avmelding/{cancel_token(third)}/")
    assert response.status_code == 429 and "For mange forespørsler" in response.content.decode()
    third.refresh_from_db()
    assert third.status == Status.CONFIRMED
    other = client.post(f"/arrangementer/avmelding/{cancel_token(third)}/", REMOTE_ADDR="10.20.30.40")
    assert other.status_code == 200
    third.refresh_from_db()
    assert third.status == Status.CANCELLED


def test_confirmation_posts_are_limited_per_address(client, event_index, settings):
    settings.EVENTS_CONFIRMATION_RATE = "1/h"
    event = EventPageFactory()
    first, second = (
        services.registration_create(event=event, name="Kari", email=f"kari{n}@skole.no", role="laerer", workplace="H")
        for n in range(2)
    )
    assert client.post(f"/arrangementer/bekreft/{confirm_token(first)}/").status_code == 200
    assert client.post(f"/arrangementer/bekreft/{confirm_token(second)}/").status_code == 429
    second.refresh_from_db()
    assert second.status == Status.PENDING


# --- The hidden field --------------------------------------------------------------------------------------


def test_the_hidden_field_is_out_of_sight_and_reach(client, event_index):
    html = client.get(EventPageFactory().url).content.decode()
    trap = re.search(r'<div class="visually-hidden" aria-hidden="true">(.*?)</div>', html, re.S)
    assert trap, "the trap is wrapped in a visually hidden, aria-hidden element"
    assert '<label for="id_nettsted">La dette feltet stå tomt</label>' in trap[1]
    field = re.search(r"<input[^>]*name=\"nettsted\"[^>]*>", trap[1])[0]
    assert 'tabindex="-1"' in field and 'autocomplete="off"' in field and 'type="text"' in field


def test_a_form_with_the_hidden_field_filled_in_is_quietly_dropped(
    client, event_index, django_capture_on_commit_callbacks
):
    event = EventPageFactory(capacity=5)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(event.url, form_data(nettsted="https://billig.example.com"))
    assert response.status_code == 302 and response.url == f"{event.url}#pamelding"
    assert not Registration.objects.exists() and not mail.outbox
    page = client.get(response.url).content.decode()
    assert "Nesten ferdig! Vi har sendt en e-post til laerer0@skole.no." in page  # as if it had worked
    assert "5 ledige plasser" in page


# --- Clean text --------------------------------------------------------------------------------------------


def test_control_and_bidi_characters_are_removed_before_storing(client, event_index):
    event = EventPageFactory()
    question = EventFormField.objects.create(page=event, label="Hva vil du lære?", field_type="singleline")
    notes = EventFormField.objects.create(page=event, label="Noe mer?", field_type="multiline", required=False)
    data = form_data(
        name="Kari\u202e Nordmann\x07",
        workplace="Hamar\u200f skole\x1b",
        dietary_needs="Nøtter\u2066",
        **{
            f"extra_{question.clean_name}": "Lesing\u202egninger\x08",
            f"extra_{notes.clean_name}": "Linje én\r\nLinje to\u202d\x0b",
        },
    )
    assert client.post(event.url, data).status_code == 302
    registration = Registration.objects.get()
    assert (registration.name, registration.workplace, registration.dietary_needs) == (
        "Kari Nordmann",
        "Hamar skole",
        "Nøtter",
    )
    answers = {answer["label"]: answer["value"] for answer in registration.answers}
    assert answers == {"Hva vil du lære?": "Lesinggninger", "Noe mer?": "Linje én\nLinje to"}


def test_the_service_cleans_text_from_any_caller(event_index):
    registration = services.registration_create(
        event=EventPageFactory(),
        name="\u202eKari",
        email="kari@skole.no",
        role="laerer",
        workplace="Ha\x00mar",
        answers=[{"name": "a", "label": "A", "value": "x\u2067y"}],
    )
    registration.refresh_from_db()
    assert (registration.name, registration.workplace, registration.answers[0]["value"]) == ("Kari", "Hamar", "xy")


def test_a_name_of_nothing_but_invisible_characters_is_missing(client, event_index):
    response = client.post(EventPageFactory().url, form_data(name="\u202e\u200b\x07"))
    assert response.status_code == 200 and "Dette feltet er påkrevet." in response.content.decode()
    assert not Registration.objects.exists()


def test_the_part_of_the_email_address_before_the_at_sign_is_at_most_64_characters(client, event_index):
    event = EventPageFactory()
    response = client.post(event.url, form_data(email=f"{'k' * 65}@skole.no"))
    assert response.status_code == 200
    assert "Delen foran @ i e-postadressen kan ikke være lenger enn 64 tegn." in response.content.decode()
    assert not Registration.objects.exists()
    assert client.post(event.url, form_data(email=f"{'k' * 64}@skole.no")).status_code == 302
    assert Registration.objects.get().email == f"{'k' * 64}@skole.no"


def test_names_and_answers_have_length_limits(client, event_index):
    event = EventPageFactory()
    notes = EventFormField.objects.create(page=event, label="Noe mer?", field_type="multiline", required=False)
    response = client.post(event.url, form_data(name="K" * 151, **{f"extra_{notes.clean_name}": "x" * 2001}))
    html = response.content.decode()
    assert (
        response.status_code == 200 and html.count("Sørg for at denne verdien har") == 4
    )  # each in the summary and at its field
    assert not Registration.objects.exists()
