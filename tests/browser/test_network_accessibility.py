"""axe-core on the networks' pages and the front-end login, as anonymous visitors and as members,
wide and at 320 px (where none of them may scroll sideways).

Same rule set and report as test_accessibility.py (axe's defaults: WCAG 2.0/2.1/2.2 A and AA plus
best practices). One test with subtests, so that the database is reset once for all the pages.
"""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.a11y import NARROW, WIDE, assert_no_axe_violations, assert_no_horizontal_scroll

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def headings(page, level: int = 2) -> list[str]:
    return [text.strip() for text in page.get_by_role("heading", level=level).all_inner_texts()]


def log_in(page, username: str, password: str | None = None) -> None:
    page.goto("/logg-inn/")
    page.get_by_label("Brukernavn").fill(username)
    page.get_by_label("Passord").fill(password or f"passord-{username}")
    page.locator("main").get_by_role("button", name="Logg inn").click()
    page.wait_for_load_state("load")


@pytest.fixture
def networks():
    """Two networks whose pages, cards and meetings show every optional part of their templates."""
    from networks.factories import (
        MeetingPageFactory,
        NetworkFactory,
        NetworkMaterialPageFactory,
        SchoolFactory,
        UserFactory,
    )
    from networks.models import Municipality, NetworkPage
    from portal.factories import DocumentFactory
    from resources.models import GradeBand, Subject, SurveyArea

    leader = UserFactory(username="gruppeleder", first_name="Guri", last_name="Leder")
    member = UserFactory(username="medlem", first_name="Mona", last_name="Medlem")
    loner = UserFactory(username="uten-nettverk", first_name="Nils", last_name="Nettverksløs")
    hamar = Municipality.objects.get(slug="hamar")
    schools = [SchoolFactory(name="Ajer ungdomsskole", municipality=hamar), SchoolFactory(name="Børstad skole")]
    reading = NetworkFactory(
        title="Lesing på mellomtrinnet",
        summary="Lærere på 5.–7. trinn deler erfaringer med lesestrategier og leselyst.",
        subjects=Subject.objects.filter(slug="norsk"),
        grade_bands=GradeBand.objects.order_by("sort_order")[1:2],
        survey_areas=SurveyArea.objects.order_by("pk")[:2],
        schools=schools,
        contact_name="Guri Leder",
        contact_email="guri.leder@example.no",
        leaders=[leader],
        members=[member],
    )
    maths = NetworkFactory(
        title="Matematikk i småskolen",
        subjects=Subject.objects.filter(slug="matematikk"),
        grade_bands=GradeBand.objects.order_by("sort_order")[:1],
        schools=schools[1:],
    )
    handout = DocumentFactory(title="Presentasjon fra vårsamlingen", collection=reading.collection)
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    meeting = MeetingPageFactory(
        parent=reading,
        title="Vårsamling om lesing",
        start=now + timedelta(days=10),
        end=now + timedelta(days=10, hours=5),
        address="Holsetgata 31, 2318 Hamar",
        online_url="https://meet.example.no/lesing",
        agenda=[
            {
                "type": "item",
                "value": {
                    "time": "09:00",
                    "title": "Velkommen",
                    "description": "Kaffe og oppstart.",
                    "responsible": "Guri Leder",
                },
            },
            {"type": "item", "value": {"time": None, "title": "Erfaringsdeling", "description": "", "responsible": ""}},
        ],
        material=[
            {"type": "attachment", "value": {"document": handout.pk, "title": "", "description": "Lysarkene."}},
            {
                "type": "link",
                "value": {"url": "https://www.udir.no/", "title": "Udir om lesing", "description": "Bakgrunn."},
            },
            {"type": "paragraph", "value": "<p>Ta med en elevtekst.</p>"},
        ],
        before_next="<p>Prøv én lesestrategi i klassen din.</p>",
    )
    MeetingPageFactory(
        parent=reading, title="Høstsamling", start=now - timedelta(days=90), end=now - timedelta(days=90, hours=-4)
    )
    MeetingPageFactory(parent=maths, title="Oppstart for matematikknettverket")
    material = NetworkMaterialPageFactory(
        parent=reading,
        title="Leselogg til utskrift",
        body=[
            {"type": "heading", "value": "Slik bruker du loggen"},
            {"type": "paragraph", "value": "<p>Elevene fører logg over det de leser.</p>"},
            {"type": "attachment", "value": {"document": handout.pk, "title": "Leselogg", "description": ""}},
        ],
    )
    assert NetworkPage.objects.live().count() == 2
    return {"reading": reading, "maths": maths, "meeting": meeting, "material": material, "users": [member, loner]}


def test_network_pages_and_login_have_no_axe_violations(page, new_page, networks, subtests):
    reading, meeting, material = networks["reading"], networks["meeting"], networks["material"]
    anonymous = page
    member = new_page()
    log_in(member, "medlem")
    loner = new_page()
    log_in(loner, "uten-nettverk")

    def cards(tab) -> list[str]:
        return tab.locator("article.card h3 a").all_inner_texts()

    checks = [
        # (what, visitor, path, a check that the page shows what axe should see)
        (
            "the network index",
            anonymous,
            "/nettverk/",
            lambda tab: cards(tab) == ["Lesing på mellomtrinnet", "Matematikk i småskolen"],
        ),
        (
            "the network index filtered",
            anonymous,
            "/nettverk/?fag=norsk&kommune=hamar",
            lambda tab: cards(tab) == ["Lesing på mellomtrinnet"] and tab.locator("input:checked").count() == 2,
        ),
        (
            "a network page (anonymous)",
            anonymous,
            reading.url,
            lambda tab: (
                {"Formål", "Kommende samlinger", "Materiell for medlemmer", "Tidligere samlinger"} <= set(headings(tab))
                and tab.get_by_role("link", name="Logg inn for å se det").count() == 1
            ),
        ),
        (
            "a network page (member)",
            member,
            reading.url,
            lambda tab: tab.get_by_role("link", name=material.title).count() == 1,
        ),
        (
            "a meeting page with material (member)",
            member,
            meeting.url,
            lambda tab: (
                {"Program", "For medlemmene"} <= set(headings(tab))
                and {"Materiell", "Arbeid til neste samling"} <= set(headings(tab, level=3))
                and tab.get_by_role("link", name="Presentasjon fra vårsamlingen").count() == 1
            ),
        ),
        (
            "a meeting page (anonymous)",
            anonymous,
            meeting.url,
            lambda tab: tab.get_by_role("link", name="Logg inn for å se dem").count() == 1,
        ),
        (
            "a material page (member)",
            member,
            material.url,
            lambda tab: (
                headings(tab, level=1) == [material.title] and tab.get_by_role("link", name="Leselogg").count() == 1
            ),
        ),
        (
            "Mine nettverk with networks",
            member,
            "/mine-nettverk/",
            lambda tab: (
                {"Kommende samlinger", "Nettverkene dine"} <= set(headings(tab))
                and tab.get_by_role("link", name=meeting.title).count() == 1
            ),
        ),
        (
            "Mine nettverk without networks",
            loner,
            "/mine-nettverk/",
            lambda tab: tab.get_by_text("Du er ikke med i noe nettverk ennå.").count() == 1,
        ),
        (
            "the login page",
            anonymous,
            "/logg-inn/",
            lambda tab: headings(tab, level=1) == ["Logg inn"] and tab.get_by_label("Brukernavn").count() == 1,
        ),
    ]
    for what, tab, path, shows_content in checks:
        for size, viewport in [("", WIDE), (" at 320 px", NARROW)]:
            with subtests.test(msg=what + size):
                tab.set_viewport_size(viewport)
                response = tab.goto(path)
                assert response is not None and response.status == 200, (path, response and response.status)
                assert shows_content(tab), f"{what} ({tab.url}) does not show the content this check expects"
                assert_no_axe_violations(tab, what + size)
                if viewport is NARROW:
                    assert_no_horizontal_scroll(tab, what)

    for size, viewport in [("", WIDE), (" at 320 px", NARROW)]:
        what = "the login page after a failed login" + size
        with subtests.test(msg=what):
            anonymous.set_viewport_size(viewport)
            log_in(anonymous, "medlem", "feil-passord")
            alert = anonymous.get_by_role("alert")
            expect(alert).to_contain_text("Brukernavnet eller passordet er feil")
            expect(anonymous.get_by_label("Passord")).to_have_attribute("aria-invalid", "true")
            assert_no_axe_violations(anonymous, what)
            if viewport is NARROW:
                assert_no_horizontal_scroll(anonymous, what)
    assert re.search(r"/logg-inn/", anonymous.url)

    for size, viewport in [("", WIDE), (" at 320 px", NARROW)]:
        what = "the 403 page for a logged-in outsider" + size
        with subtests.test(msg=what):
            loner.set_viewport_size(viewport)
            response = loner.goto(material.url)
            assert response is not None and response.status == 403
            assert headings(loner, level=1) == ["Du har ikke tilgang til denne siden"]
            assert material.title not in loner.content()
            assert_no_axe_violations(loner, what)
            if viewport is NARROW:
                assert_no_horizontal_scroll(loner, what)
