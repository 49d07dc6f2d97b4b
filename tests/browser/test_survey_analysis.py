"""The analysis, step by step, in a real browser: a school leader logs in and goes from the school's
weakest area to an evaluated plan through six plain HTML forms, and axe finds nothing on a step
page or on the printable plan, wide and at 320 px. The print styles hide everything but the plan."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from tests.browser.a11y import SIZES, check

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

AREA = "elever-5-10-relasjon-til-laerer"


@pytest.fixture
def flisa(resource_index):
    from networks.models import Municipality
    from resources.factories import ResearchSummaryPageFactory
    from resources.models import SurveyArea
    from surveys.factories import SchoolMembershipFactory, SurveyResultFactory, SurveySchoolFactory, UserFactory
    from surveys.models import SchoolRole

    area = SurveyArea.objects.get(slug=AREA)
    school = SurveySchoolFactory(
        name="Flisa skole", orgnr="974512300", municipality=Municipality.objects.get(slug="asnes")
    )
    for round_, grade, mean, count in [
        (2018, None, "2.95", 96),
        (2018, 5, "3.02", 33),
        (2018, 6, "2.81", 31),
        (2018, 7, "3.01", 32),
        (2020, None, "3.66", 91),
    ]:
        SurveyResultFactory(school=school, round=round_, area=area, grade=grade, mean=Decimal(mean), respondents=count)
    ResearchSummaryPageFactory(title="Relasjonen mellom lærer og elev", survey_areas=[area])
    leader = UserFactory(username="skoleleder", first_name="Siri", last_name="Skoleleder")
    SchoolMembershipFactory(school=school, user=leader, role=SchoolRole.LEADER)
    return school


def log_in(page, username: str) -> None:
    page.goto("/logg-inn/")
    page.get_by_label("Brukernavn").fill(username)
    page.get_by_label("Passord").fill(f"passord-{username}")
    page.locator("main").get_by_role("button", name="Logg inn").click()
    expect(page.get_by_role("button", name="Logg ut")).to_be_visible()


def next_step(page, name: str = "Lagre og gå videre") -> None:
    page.get_by_role("button", name=name).click()
    expect(page.get_by_role("status")).to_be_visible()


def test_a_leader_goes_from_a_weak_area_to_an_evaluated_plan(page, flisa, subtests):
    log_in(page, "skoleleder")
    page.goto(f"/kartlegging/skole/{flisa.orgnr}/analyse/ny/?omrade={AREA}&runde=2018")
    expect(page.locator("#chosen-figure")).to_contain_text("2,95")
    for size, viewport in SIZES:
        with subtests.test(msg="step 1" + size):
            page.set_viewport_size(viewport)
            check(page, "step 1 of the analysis" + size, viewport)

    page.get_by_role("button", name="Start analysen").click()
    expect(page.get_by_role("heading", level=2)).to_contain_text("Steg 2 av 6")
    page.get_by_role("textbox", name="Beskriv utfordringen").fill(
        "Elevene på 6. trinn sier at de sjelden blir sett av læreren."
    )
    next_step(page)
    page.get_by_role("textbox", name="På klassenivå").fill("Uro ved oppstart tar tiden fra samtalene.")
    next_step(page)

    for size, viewport in SIZES:  # the measures' formset, with its long <select> of resources
        with subtests.test(msg="step 4" + size):
            page.set_viewport_size(viewport)
            check(page, "step 4 of the analysis" + size, viewport)
    new = page.locator("#nytt-tiltak")
    new.get_by_role("textbox", name="Tiltak").fill("Faste elevsamtaler to ganger i halvåret")
    new.get_by_label("Ressurs fra portalen").select_option(
        label="Relasjonen mellom lærer og elev (forskningsoppsummering)"
    )
    next_step(page)
    page.get_by_role("textbox", name="Ansvarlig").fill("Kontaktlærerne")
    page.get_by_label("Frist").fill("2018-12-14")
    next_step(page)

    expect(page.locator("table")).to_contain_text("3,66")
    page.get_by_label("Evaluert mot runde").select_option("2020")
    page.get_by_role("textbox", name="Evaluering").fill("Tydelig bedre i 2020.")
    next_step(page, "Lagre og se hele planen")

    expect(page.get_by_role("heading", level=1)).to_have_text("Relasjon til lærer – hele skolen, 2018")
    plan = page.locator("article.analysis-plan")
    for text in ["Uro ved oppstart", "Kontaktlærerne", "14. desember 2018", "Tydelig bedre i 2020."]:
        expect(plan).to_contain_text(text)
    expect(plan.get_by_role("link", name="Relasjonen mellom lærer og elev")).to_be_visible()
    for size, viewport in SIZES:
        with subtests.test(msg="the printable plan" + size):
            page.set_viewport_size(viewport)
            check(page, "the printable plan" + size, viewport)

    page.emulate_media(media="print")
    expect(plan).to_be_visible()
    for hidden in [".site-header", ".site-footer", ".breadcrumbs", ".analysis-others", ".analysis-tools"]:
        expect(page.locator(hidden)).to_be_hidden()
