"""axe-core on the event and news pages: the event listing (all, filtered, empty), event pages with
an open form, with errors, full with a waiting list and closed, the cancellation pages, the news
and the home page with news; wide and at 320 px (where none of them may scroll sideways).

Same rule set and report as test_accessibility.py (axe's defaults: WCAG 2.0/2.1/2.2 A and AA plus
best practices). One test with subtests, so that the database is reset once for all the pages.
"""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.a11y import SIZES, check

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def headings(page, level: int = 2) -> list[str]:
    return [text.strip() for text in page.get_by_role("heading", level=level).all_inner_texts()]


def card_titles(page) -> list[str]:
    return page.locator("article.event-card h3 a").all_inner_texts()


def in_days(days: int, hour: int = 9):
    return timezone.localtime(timezone.now() + timedelta(days=days)).replace(
        hour=hour, minute=0, second=0, microsecond=0
    )


@pytest.fixture
def content():
    """Events, registrations and news that make every optional part of the templates render."""
    from events.factories import EventPageFactory, RegistrationFactory, SpeakerFactory
    from events.models import EventFormField, EventKind, Registration, Role
    from events.tokens import cancel_token
    from networks.factories import SchoolFactory
    from news.factories import NewsPageFactory
    from portal.factories import ImageFactory
    from resources.models import GradeBand, Subject

    SchoolFactory(name="Ajer ungdomsskole")
    SchoolFactory(name="Børstad skole")
    photo = ImageFactory(title="Thomas Nordahl", description="Portrett av Thomas Nordahl")
    nordahl = SpeakerFactory(name="Thomas Nordahl", title="Professor, Høgskolen i Innlandet", photo=photo)
    teacher = SpeakerFactory(name="Lise Lærer", title="Lærer, Ajer ungdomsskole", bio="")
    start = in_days(30)
    conference = EventPageFactory(
        title="Kultur for læring-konferansen",
        kind=EventKind.CONFERENCE,
        start=start,
        end=start + timedelta(days=1, hours=7),
        online_url="https://meet.example.no/kfl",
        price=450,
        price_note="inkludert lunsj",
        registration_deadline=start - timedelta(days=7),
        capacity=100,
        contact_email="kfl@example.no",
        audience_roles=[Role.TEACHER, Role.SCHOOL_LEADER, Role.PPT],
        grade_bands=list(GradeBand.objects.order_by("sort_order")[:2]),
        subjects=list(Subject.objects.filter(slug__in=["norsk", "matematikk"])),
        body=[{"type": "paragraph", "value": "<p>To dager om læringsmiljø, ledelse og undervisning.</p>"}],
        programme=[
            {
                "type": "session",
                "value": {
                    "day": start.date().isoformat(),
                    "start": "09:00",
                    "end": "10:00",
                    "title": "Hva vet vi om klasseledelse?",
                    "speakers": [nordahl.pk],
                    "room": "Aulaen",
                    "description": "Forskningen i korte trekk.\nMed spørsmål fra salen.",
                },
            },
            {
                "type": "session",
                "value": {"start": "10:15", "end": "11:30", "title": "Fra klasserommet", "speakers": [teacher.pk]},
            },
            {"type": "session", "value": {"start": "11:30", "title": "Lunsj", "speakers": []}},
        ],
    )
    EventFormField.objects.create(
        page=conference, label="Hvilken workshop vil du være med på?", field_type="radio", choices="Lesing\nRegning"
    )
    EventFormField.objects.create(page=conference, label="Antall år som lærer", field_type="number", required=False)
    EventFormField.objects.create(
        page=conference, label="Jeg vil ha opptaket tilsendt", field_type="checkbox", required=False
    )
    EventFormField.objects.create(page=conference, label="Hva vil du høre mer om?", field_type="multiline")

    full = EventPageFactory(title="Seminar om lesing", start=in_days(40), capacity=1, waiting_list=True)
    RegistrationFactory(event=full, name="Ola Først", email="ola@skole.example.no")
    RegistrationFactory(
        event=full, name="Vidar Venteliste", email="vidar@skole.example.no", status=Registration.Status.WAITING
    )
    closed = EventPageFactory(
        title="Nettverkssamling for skoleledere",
        kind=EventKind.NETWORK_MEETING,
        start=in_days(5),
        registration_deadline=timezone.now() - timedelta(days=1),
        contact_email="kfl@example.no",
    )
    past = EventPageFactory(title="Høstseminar om vurdering", start=in_days(-60))
    RegistrationFactory(event=past)
    # One registration per viewport to cancel, one to only look at.
    to_cancel = [
        RegistrationFactory(event=conference, name=f"Kari Avmelder {n}", email=f"kari{n}@skole.example.no")
        for n in range(3)
    ]

    news = [
        NewsPageFactory(
            title="Ny rapport om læringsmiljø",
            date=timezone.localdate() - timedelta(days=n),
            summary="Rapporten viser at elevene trives bedre på skolen.",
            body=[
                {"type": "heading", "value": "Hovedfunn"},
                {"type": "paragraph", "value": "<p>Elevene <b>trives</b> bedre, og mobbingen går ned.</p>"},
            ],
        )
        if n == 0
        else NewsPageFactory(title=f"Nyhet nummer {n}", date=timezone.localdate() - timedelta(days=n))
        for n in range(4)
    ]
    return {
        "conference": conference,
        "full": full,
        "closed": closed,
        "past": past,
        "cancel_tokens": [cancel_token(registration) for registration in to_cancel],
        "news": news,
    }


def test_event_and_news_pages_have_no_axe_violations(page, content, subtests):
    conference, full, closed, news = content["conference"], content["full"], content["closed"], content["news"]
    look_token, *cancel_tokens = content["cancel_tokens"]
    month = timezone.localtime(conference.start).strftime("%Y-%m")

    checks = [
        # (what, path, status, a check that the page shows what axe should see)
        (
            "the event listing",
            "/arrangementer/",
            200,
            lambda: (
                card_titles(page) == [closed.title, conference.title, full.title]
                and headings(page)[0] == "Filtrer"
                and headings(page)[-1].startswith("Tidligere arrangementer")
            ),
        ),
        (
            "the event listing filtered",
            f"/arrangementer/?type=konferanse&malgruppe=ppt&maned={month}",
            200,
            lambda: card_titles(page) == [conference.title] and page.locator("input:checked").count() == 2,
        ),
        (
            "the event listing with no results",
            "/arrangementer/?type=webinar",
            200,
            lambda: card_titles(page) == [] and page.get_by_text("Ingen kommende arrangementer passer").count() == 1,
        ),
        (
            "the event listing with an unknown filter value",
            "/arrangementer/?type=kurs&maned=mars",
            200,
            lambda: page.locator(".notice[role=status]").count() == 2,
        ),
        (
            "an event page with programme, speakers and an open form",
            conference.url,
            200,
            lambda: (
                {"Program", "Foredragsholdere", "Påmelding", "For hvem"} <= set(headings(page))
                and page.locator("ol.event-programme li").count() == 3
                and page.locator("img.event-speaker__photo").count() == 1
                and page.locator("form.event-form").count() == 1
                and page.get_by_role("group", name="Spørsmål fra arrangøren").count() == 1
            ),
        ),
        (
            "a full event with a waiting list",
            full.url,
            200,
            lambda: page.get_by_role("button", name="Sett meg på ventelisten").count() == 1,
        ),
        (
            "a closed event",
            closed.url,
            200,
            lambda: (
                page.get_by_text("Påmeldingen er stengt.").count() == 1 and page.locator("form.event-form").count() == 0
            ),
        ),
        (
            "a past event",
            content["past"].url,
            200,
            lambda: page.get_by_text("Avsluttet").count() == 1 and page.locator("form.event-form").count() == 0,
        ),
        (
            "the cancellation page",
            f"/arrangementer/avmelding/{look_token}/",
            200,
            lambda: page.get_by_role("button", name="Ja, meld meg av").count() == 1,
        ),
        (
            "an invalid cancellation link",
            f"/arrangementer/avmelding/{look_token[:-3]}xyz/",
            400,
            lambda: page.get_by_role("alert").filter(has_text="Lenken er ikke gyldig").count() == 1,
        ),
        (
            "the news index",
            "/nyheter/",
            200,
            lambda: page.locator("article.card h2 a").all_inner_texts() == [item.title for item in news],
        ),
        (
            "a news page",
            news[0].url,
            200,
            lambda: headings(page, level=1) == [news[0].title] and "Hovedfunn" in headings(page),
        ),
        (
            "the home page with news",
            "/",
            200,
            lambda: "Nyheter" in headings(page) and page.locator(".news-list li").count() == 3,
        ),
    ]
    for what, path, status, shows_content in checks:
        for size, viewport in SIZES:
            with subtests.test(msg=what + size):
                page.set_viewport_size(viewport)
                response = page.goto(path)
                assert response is not None and response.status == status, (path, response and response.status)
                assert shows_content(), f"{what} ({page.url}) does not show the content this check expects"
                check(page, what + size, viewport)

    for (size, viewport), token in zip(SIZES, cancel_tokens, strict=True):
        what = "an event page after a failed registration" + size
        with subtests.test(msg=what):
            page.set_viewport_size(viewport)
            page.goto(conference.url)
            page.locator("form.event-form").get_by_label("E-post").fill("ikke-en-adresse")
            page.locator("form.event-form").get_by_role("button", name="Meld meg på").click()
            expect(page.get_by_role("alert")).to_contain_text("Påmeldingen ble ikke sendt")
            expect(page.locator("#id_email")).to_have_attribute("aria-invalid", "true")
            check(page, what, viewport)

        what = "the cancellation done page" + size
        with subtests.test(msg=what):
            page.set_viewport_size(viewport)
            page.goto(f"/arrangementer/avmelding/{token}/")
            page.get_by_role("button", name="Ja, meld meg av").click()
            expect(page.get_by_role("status")).to_contain_text("du er nå meldt av")
            check(page, what, viewport)
