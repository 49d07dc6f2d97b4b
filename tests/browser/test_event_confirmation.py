"""The double opt-in in a real browser: a visitor who is not logged in registers, reads the email
(the live server runs in this process, so Django's locmem outbox holds it), opens the link, which
asks before it confirms, and confirms. axe finds nothing to fault on the confirmation pages, a
link opened too late included."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.a11y import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SEMINAR = "Seminar om vurdering for læring"
VISITOR = {"name": "Vilde Besøkende", "email": "vilde@skole.example.no"}


def confirm_path(message) -> str:
    """The confirmation link's path (the email names the default site, not the live server's port)."""
    match = re.search(r"https?://[^/\s]+(/arrangementer/bekreft/[^\s]+/)", message.body)
    assert match, message.body
    return match[1]


@pytest.fixture(autouse=True)
def _no_rate_limit_counts():
    """The rate limits count in this process's cache, which every live-server test shares."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def seminar():
    from events.factories import EventPageFactory

    start = timezone.localtime(timezone.now() + timedelta(days=20)).replace(hour=9, minute=0, second=0, microsecond=0)
    return EventPageFactory(title=SEMINAR, start=start, end=start + timedelta(hours=6), capacity=2)


def test_a_visitor_registers_confirms_through_the_emailed_link_and_axe_is_content(page, seminar):
    from events.models import Registration

    mail.outbox.clear()
    page.goto(seminar.url)
    expect(page.locator("#pamelding")).to_contain_text("2 ledige plasser.")
    expect(page.locator("#pamelding")).to_contain_text("Du får en e-post med en lenke")
    form = page.locator("form.event-form")
    form.get_by_label("Navn").fill(VISITOR["name"])
    form.get_by_label("E-post").fill(VISITOR["email"])
    form.get_by_label("Annet arbeidssted").fill("Hamar skole")
    form.get_by_label("Lærer", exact=True).check()
    # The trap for scripts (between the last field and the button) is not reached with the keyboard.
    expect(page.locator("#id_nettsted")).to_have_attribute("tabindex", "-1")
    form.get_by_label("Allergier og matbehov").focus()
    page.keyboard.press("Tab")
    expect(form.get_by_role("button", name="Meld meg på")).to_be_focused()
    page.keyboard.press("Enter")

    notice = page.locator("#pamelding").get_by_role("status").filter(has_text="Nesten ferdig")
    expect(notice).to_contain_text(f"Vi har sendt en e-post til {VISITOR['email']}.")
    expect(page.locator("#pamelding")).to_contain_text("1 ledig plass.")  # held while waiting for the confirmation
    registration = Registration.objects.get(event=seminar)
    assert registration.status == Registration.Status.PENDING

    [message] = mail.outbox
    assert message.to == [VISITOR["email"]] and message.subject == f"Bekreft påmeldingen: {SEMINAR}"
    path = confirm_path(message)

    # Opening the link only asks.
    page.goto(path)
    expect(page.get_by_role("heading", level=1)).to_have_text("Bekreft påmeldingen")
    expect(page.locator("main")).to_contain_text(
        f"Vil du bekrefte påmeldingen for {VISITOR['name']} ({VISITOR['email']})?"
    )
    registration.refresh_from_db()
    assert registration.status == Registration.Status.PENDING and len(mail.outbox) == 1
    assert_no_axe_violations(page, "the confirmation page")

    page.get_by_role("button", name="Bekreft påmeldingen").click()
    expect(page.get_by_role("status")).to_contain_text(f"Takk, {VISITOR['name']}! Du er påmeldt.")
    assert_no_axe_violations(page, "the confirmation done page")
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED
    confirmed = mail.outbox[-1]
    assert confirmed.subject == f"Påmelding bekreftet: {SEMINAR}"
    assert "/arrangementer/avmelding/" in confirmed.body and confirmed.attachments[0][0].endswith(".ics")

    page.get_by_role("link", name="Tilbake til arrangementet").click()
    assert urlsplit(page.url).path == seminar.url
    expect(page.locator("#pamelding")).to_contain_text("1 ledig plass.")
    assert page.js_errors == []


def test_a_link_opened_too_late_offers_to_register_again(page, seminar):
    from events import services
    from events.models import Registration

    registration = services.registration_create(event=seminar, role="laerer", workplace="Hamar", **VISITOR)
    [message] = [m for m in mail.outbox if m.to == [VISITOR["email"]]]
    Registration.objects.filter(pk=registration.pk).update(confirm_by=timezone.now() - timedelta(minutes=1))

    response = page.goto(confirm_path(message))
    assert response.status == 410
    expect(page.get_by_role("alert")).to_contain_text("Fristen for å bekrefte påmeldingen har gått ut")
    expect(page.get_by_role("button", name="Bekreft påmeldingen")).to_have_count(0)
    assert_no_axe_violations(page, "a confirmation link opened too late")
    page.get_by_role("link", name="Meld deg på igjen").click()
    assert urlsplit(page.url).path == seminar.url
    expect(page.locator("#pamelding")).to_contain_text("2 ledige plasser.")
    assert page.js_errors == []
