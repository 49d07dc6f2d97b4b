"""Kartlegging in a browser: axe-core (WCAG 2.x A and AA, best practices) and no sideways scrolling at
320 px on the public page /kartlegging/ and on a school's page as its school leader, who also
chooses another round; and what a printout of the school page leaves out.

One test with subtests per visitor, so that the database is set up once for all the checks.
"""

import pytest

from tests.browser.a11y import SIZES, check

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def log_in(page, username: str) -> None:
    page.goto("/logg-inn/")
    page.get_by_label("Brukernavn").fill(username)
    page.get_by_label("Passord").fill(f"passord-{username}")
    page.locator("main").get_by_role("button", name="Logg inn").click()
    page.wait_for_load_state("load")


@pytest.fixture
def results(resource_index):
    """Flisa skole with results (one grade suppressed, one more by the secondary rule), a network and
    a research summary on «Trivsel», and the school's leader «leder»."""
    from resources.factories import ResearchSummaryPageFactory
    from resources.models import SurveyArea
    from surveys.tests.results_data import TRIVSEL, add, flisa_world

    world = flisa_world()
    trivsel = SurveyArea.objects.get(slug=TRIVSEL)
    add(world.flisa, area="elever-5-10-atferd", mean="2.19", respondents=3)
    ResearchSummaryPageFactory(title="Forskning på skolemiljø", survey_areas=[trivsel], publish=True)
    return world


def test_the_public_page(page, results, subtests):
    for size, viewport in SIZES:
        with subtests.test(msg="the public page" + size):
            page.set_viewport_size(viewport)
            response = page.goto("/kartlegging/")
            assert response is not None and response.status == 200
            assert page.get_by_role("heading", level=1).inner_text() == "Kartlegging"
            assert page.get_by_role("img", name="Fylkets resultater for Elever 5.–10. trinn").count() == 1
            assert "Flisa skole" not in page.content()
            check(page, "the public Kartlegging page" + size, viewport)


def test_the_school_page_as_its_leader(page, results, subtests):
    log_in(page, "leder")
    page.get_by_role("link", name="Mine skoler").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/kartlegging/skole/974000101/")
    for size, viewport in SIZES:
        with subtests.test(msg="the school page" + size):
            page.set_viewport_size(viewport)
            page.goto("/kartlegging/skole/974000101/")
            assert page.get_by_role("heading", level=1).inner_text() == "Flisa skole"
            grades = page.get_by_role("table", name="Trivsel (Elever 5.–10. trinn) per trinn i 2020")
            assert grades.get_by_role("row").count() == 4
            assert "1,37" not in page.content() and "2,73" not in page.content()
            assert page.get_by_role("link", name="Forskning på skolemiljø").count() == 1
            check(page, "a school's page (school leader)" + size, viewport)

    with subtests.test(msg="choosing another round"):
        page.set_viewport_size(SIZES[0][1])
        page.get_by_label("Runde", exact=True).select_option("2018")
        page.get_by_role("button", name="Vis runden").click()
        page.wait_for_load_state("load")
        assert page.url.endswith("?runde=2018")
        assert page.get_by_role("heading", name="Oversikt for 2018").count() == 1

    with subtests.test(msg="printing"):
        page.emulate_media(media="print")
        assert not page.get_by_role("button", name="Vis runden").is_visible()
        assert not page.locator(".site-header").is_visible()
        assert page.get_by_role("img", name="Trivsel: skolen, kommunen og fylket per runde").is_visible()
