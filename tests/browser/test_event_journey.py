"""Events in a real browser: a teacher filters the event listing, registers for a seminar with the
keyboard, confirms the address through the emailed link, gets the confirmation email with a
calendar file, cancels through the link in it, and the first person on the waiting list gets the
place; the registration form's errors; the .ics download."""

import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SEMINAR = "Seminar om klasseledelse"
TEACHER = {"name": "Tone Lærer", "email": "tone.laerer@skole.example.no"}
WAITING = {"name": "Vidar Venteliste", "email": "vidar@skole.example.no"}
WORKSHOP_QUESTION = "Hvilken workshop vil du være med på?"


def in_days(days: int, hour: int = 9):
    """A time `days` ahead at `hour` o'clock, Oslo time."""
    return timezone.localtime(timezone.now() + timedelta(days=days)).replace(
        hour=hour, minute=0, second=0, microsecond=0
    )


def cancel_path(message) -> str:
    """The cancellation link's path (the email names the default site, not the live server's port)."""
    match = re.search(r"https?://[^/\s]+(/arrangementer/avmelding/[^\s]+/)", message.body)
    assert match, message.body
    return match[1]


def confirm_path(message) -> str:
    match = re.search(r"https?://[^/\s]+(/arrangementer/bekreft/[^\s]+/)", message.body)
    assert match, message.body
    return match[1]


def card_titles(page) -> list[str]:
    return page.locator("article.event-card h3 a").all_inner_texts()


@pytest.fixture
def seminar():
    """A seminar a month ahead with one place left, a programme, a speaker and an extra question;
    a webinar the same month and a seminar later that the filters should leave out."""
    from events.factories import EventPageFactory, RegistrationFactory, SpeakerFactory
    from events.models import EventFormField, EventKind
    from networks.factories import SchoolFactory

    SchoolFactory(name="Ajer ungdomsskole")
    SchoolFactory(name="Børstad skole")
    speaker = SpeakerFactory(name="Thomas Nordahl", title="Professor, Høgskolen i Innlandet")
    start = in_days(30)
    event = EventPageFactory(
        title=SEMINAR,
        start=start,
        end=start + timedelta(hours=6),
        capacity=2,
        waiting_list=True,
        contact_email="kfl@example.no",
        programme=[
            {
                "type": "session",
                "value": {
                    "start": "09:00",
                    "end": "10:00",
                    "title": "Hva vet vi om klasseledelse?",
                    "speakers": [speaker.pk],
                    "room": "Aulaen",
                    "description": "Forskningen i korte trekk.",
                },
            },
            {"type": "session", "value": {"start": "10:15", "title": "Erfaringsdeling i grupper", "speakers": []}},
        ],
    )
    EventFormField.objects.create(
        page=event, label=WORKSHOP_QUESTION, field_type="radio", choices="Lesing\nRegning", required=True
    )
    RegistrationFactory(event=event, name="Ola Først", email="ola@skole.example.no")
    EventPageFactory(title="Webinar om vurdering", kind=EventKind.WEBINAR, start=start, end=start + timedelta(hours=1))
    later = in_days(30 + 45)
    EventPageFactory(title="Seminar om lesing", start=later, end=later + timedelta(hours=6))
    return event


def test_teacher_filters_registers_cancels_and_the_waiting_list_moves_up(page, seminar):
    from events import services
    from events.models import Registration
    from networks.models import School

    month = timezone.localtime(seminar.start).strftime("%Y-%m")

    # a. The listing, filtered by type and month.
    page.goto("/arrangementer/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Arrangementer")
    assert sorted(card_titles(page)) == sorted([SEMINAR, "Webinar om vurdering", "Seminar om lesing"])
    page.get_by_label("Seminar", exact=True).focus()
    page.keyboard.press("Space")
    expect(page.get_by_label("Seminar", exact=True)).to_be_checked()
    page.get_by_label("Måned").fill(month)
    page.get_by_role("button", name="Vis arrangementer").click()
    query = parse_qs(urlsplit(page.url).query)
    assert query.get("type") == ["seminar"] and query.get("maned") == [month], page.url
    expect(page.locator("article.event-card h3 a")).to_have_text([SEMINAR])
    expect(page.locator("#upcoming-heading")).to_contain_text("(1)")
    expect(page.get_by_label("Seminar", exact=True)).to_be_checked()
    expect(page.get_by_label("Måned")).to_have_value(month)
    expect(page.locator("article.event-card")).to_contain_text("1 ledig plass")

    # b. The seminar: programme and speaker.
    page.get_by_role("link", name=SEMINAR).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(SEMINAR)
    assert urlsplit(page.url).path == seminar.url
    expect(page.locator("ol.event-programme li")).to_have_count(2)
    expect(page.locator("ol.event-programme li").first).to_contain_text("09:00–10:00")
    expect(page.locator("ol.event-programme li").first).to_contain_text("Hva vet vi om klasseledelse?")
    expect(page.locator("ol.event-programme li").first).to_contain_text("Thomas Nordahl")
    expect(page.locator(".event-speakers")).to_contain_text("Professor, Høgskolen i Innlandet")
    expect(page.locator("#pamelding")).to_contain_text("1 ledig plass.")

    # c. Registering, mostly with the keyboard, in the order the fields come.
    form = page.locator("form.event-form")
    form.get_by_label("Navn").focus()
    page.keyboard.type(TEACHER["name"])
    page.keyboard.press("Tab")
    expect(form.get_by_label("E-post")).to_be_focused()
    page.keyboard.type(TEACHER["email"])
    page.keyboard.press("Tab")
    school = form.get_by_label("Skole", exact=True)
    expect(school).to_be_focused()
    school.select_option(label="Børstad skole (Hamar)")
    page.keyboard.press("Tab")
    expect(form.get_by_label("Annet arbeidssted")).to_be_focused()
    page.keyboard.press("Tab")
    expect(form.get_by_label("Lærer", exact=True)).to_be_focused()
    page.keyboard.press("Space")
    expect(form.get_by_label("Lærer", exact=True)).to_be_checked()
    page.keyboard.press("Tab")
    expect(form.get_by_label("Allergier og matbehov")).to_be_focused()
    page.keyboard.type("Vegetar")
    page.keyboard.press("Tab")
    questions = form.get_by_role("group", name=WORKSHOP_QUESTION)
    expect(questions.get_by_label("Lesing")).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(questions.get_by_label("Regning")).to_be_checked()
    page.keyboard.press("Tab")
    expect(form.get_by_role("button", name="Meld meg på")).to_be_focused()
    page.keyboard.press("Enter")

    # Not logged in: the place is held until the teacher confirms the address (double opt-in).
    notice = page.locator("#pamelding").get_by_role("status").filter(has_text="Nesten ferdig")
    expect(notice).to_contain_text(f"Nesten ferdig! Vi har sendt en e-post til {TEACHER['email']}.")
    assert urlsplit(page.url).fragment == "pamelding"
    expect(page.locator("#pamelding")).to_contain_text("Arrangementet er fullt")  # the held place was the last

    registration = Registration.objects.get(event=seminar, email=TEACHER["email"])
    assert registration.status == Registration.Status.PENDING and registration.holds_place
    [request] = [message for message in mail.outbox if message.to == [TEACHER["email"]]]
    assert request.subject == f"Bekreft påmeldingen: {SEMINAR}"
    page.goto(confirm_path(request))
    page.get_by_role("button", name="Bekreft påmeldingen").click()
    expect(page.get_by_role("status")).to_contain_text("Du er påmeldt.")
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED
    assert (registration.name, registration.role, registration.dietary_needs) == (TEACHER["name"], "laerer", "Vegetar")
    assert registration.school == School.objects.get(name="Børstad skole")
    assert [(answer["label"], answer["value"]) for answer in registration.answers] == [(WORKSHOP_QUESTION, "Regning")]

    # d. The confirmation email (sent by the live server, in this process) with the calendar file.
    [confirmation] = [message for message in mail.outbox if message.to == [TEACHER["email"]] and message is not request]
    assert confirmation.subject == f"Påmelding bekreftet: {SEMINAR}"
    [(filename, content, mimetype)] = confirmation.attachments
    assert filename.endswith(".ics") and mimetype == "text/calendar"
    [vevent] = Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == SEMINAR and vevent.decoded("DTSTART") == seminar.start

    # Someone else (logged in, say) registers after the teacher and lands on the waiting list.
    waiting = services.registration_create(
        event=seminar, role="skoleleder", workplace="Hamar kommune", email_confirmed=True, **WAITING
    )
    assert waiting.status == Registration.Status.WAITING
    assert [message.subject for message in mail.outbox if message.to == [WAITING["email"]]] == [
        f"Du står på venteliste: {SEMINAR}"
    ]

    # e. The link in the email asks first; confirming cancels, and the waiting list moves up.
    page.goto(cancel_path(confirmation))
    expect(page.get_by_role("heading", level=1)).to_have_text("Avmelding")
    expect(page.locator("main")).to_contain_text(f"Vil du melde av {TEACHER['name']} ({TEACHER['email']})?")
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED  # opening the link cancels nothing
    page.get_by_role("button", name="Ja, meld meg av").click()
    expect(page.get_by_role("status")).to_contain_text(f"{TEACHER['name']}, du er nå meldt av.")

    registration.refresh_from_db()
    waiting.refresh_from_db()
    assert registration.status == Registration.Status.CANCELLED and registration.cancelled_at is not None
    assert waiting.status == Registration.Status.CONFIRMED and waiting.promoted_at is not None
    promoted = [message for message in mail.outbox if message.to == [WAITING["email"]]]
    assert [message.subject for message in promoted] == [
        f"Du står på venteliste: {SEMINAR}",
        f"Du har fått plass: {SEMINAR}",
    ]
    assert promoted[1].attachments[0][0].endswith(".ics")
    told = [message.subject for message in mail.outbox if message.to == [TEACHER["email"]]]
    assert told[-1] == f"Du er meldt av: {SEMINAR}"
    assert Registration.objects.filter(event=seminar, status=Registration.Status.CONFIRMED).count() == 2

    page.get_by_role("link", name="Tilbake til arrangementet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(SEMINAR)
    expect(page.locator("#pamelding")).to_contain_text("Arrangementet er fullt")
    assert page.js_errors == []


def test_registration_errors_duplicates_and_a_closed_event(page, seminar):
    from events.factories import EventPageFactory
    from events.models import Registration

    # a. An empty form: an error summary whose links move focus to the fields.
    page.goto(seminar.url)
    page.locator("form.event-form").get_by_role("button", name="Meld meg på").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Påmeldingen ble ikke sendt")
    workshop = seminar.form_fields.get().clean_name
    targets = [
        ("Navn", "#id_name"),
        ("E-post", "#id_email"),
        ("Annet arbeidssted", "#id_workplace"),
        ("Rolle", "#id_role_0"),
        (WORKSHOP_QUESTION, f"#id_extra_{workshop}_0"),
    ]
    expect(summary.get_by_role("link")).to_have_count(len(targets))
    # The form posts to #pamelding: the next Tab goes to the summary, not back to the top of the page.
    page.keyboard.press("Tab")
    expect(summary.get_by_role("link").first).to_be_focused()
    for label, target in targets:
        summary.get_by_role("link", name=re.compile("^" + re.escape(label))).click()
        expect(page.locator(target)).to_be_focused()
    name = page.locator("#id_name")
    expect(name).to_have_attribute("aria-invalid", "true")
    expect(name).to_have_accessible_description("Dette feltet er påkrevet.")
    assert Registration.objects.filter(event=seminar).count() == 1

    # b. An email address already registered (in another case): a clear message, nothing saved.
    form = page.locator("form.event-form")
    form.get_by_label("Navn").fill("Ola Først")
    form.get_by_label("E-post").fill("OLA@skole.example.no")
    form.get_by_label("Annet arbeidssted").fill("Hamar skole")
    form.get_by_label("Lærer", exact=True).check()
    form.get_by_label("Lesing").check()
    form.get_by_role("button", name="Meld meg på").click()
    expect(page.get_by_role("alert")).to_contain_text("Denne e-postadressen er allerede påmeldt arrangementet.")
    expect(page.locator("form.event-form").get_by_label("Navn")).to_have_value("Ola Først")
    assert Registration.objects.filter(event=seminar).count() == 1

    # c. After the deadline: the page says so and has no form.
    closed = EventPageFactory(
        title="Seminar med frist i går",
        registration_deadline=timezone.now() - timedelta(days=1),
        contact_email="kfl@example.no",
    )
    page.goto(closed.url)
    registration = page.locator("#pamelding")
    expect(registration.get_by_role("status")).to_contain_text("Påmeldingen er stengt.")
    expect(registration).to_contain_text("kfl@example.no")
    expect(page.locator("form.event-form")).to_have_count(0)
    expect(page.get_by_role("button", name="Meld meg på")).to_have_count(0)
    assert page.js_errors == []


def test_add_to_calendar_downloads_an_ics_file(page, seminar):
    page.goto(seminar.url)
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("^Legg til i kalender")).click()
    download = download_info.value
    assert download.failure() is None
    assert download.suggested_filename == f"{seminar.slug}.ics"
    calendar = Calendar.from_ical(Path(download.path()).read_bytes())
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == SEMINAR
    start = vevent.decoded("DTSTART")
    assert start == seminar.start
    assert start.utcoffset() == timezone.localtime(seminar.start).utcoffset()  # Oslo time, not UTC
    assert vevent["DTSTART"].to_ical().decode() == timezone.localtime(seminar.start).strftime("%Y%m%dT%H%M%S")
    assert urlsplit(str(vevent["URL"])).path == seminar.url
