"""The public page /kartlegging/ (SurveyOverviewPage): the page tree, what it shows, that it never
shows a school's figures, and that it is an ordinary cacheable public page."""

import re

import pytest
from django.core.cache import cache
from wagtail.models import Page

from portal.models import HomePage
from resources.models import ResourceIndexPage
from surveys.models import SurveyOverviewPage
from surveys.tests.results_data import add, flisa_world

pytestmark = pytest.mark.django_db

URL = "/kartlegging/"


def main(body: str) -> str:
    return body.split("<main")[1].split("</main>")[0]


def test_the_migration_made_the_page_under_the_home_page(home):
    page = SurveyOverviewPage.objects.get()
    assert page.get_parent().specific == home and page.live and page.url == URL
    assert page.title == "Kartlegging"


def test_the_page_can_only_be_made_once_and_only_under_the_home_page(home):
    assert SurveyOverviewPage.can_exist_under(home)
    assert not SurveyOverviewPage.can_create_at(home)  # max_count = 1, and it exists
    assert SurveyOverviewPage in HomePage.allowed_subpage_models()
    assert not SurveyOverviewPage.can_exist_under(ResourceIndexPage.objects.get())
    assert not SurveyOverviewPage.can_exist_under(Page.objects.get(depth=1))
    assert SurveyOverviewPage.allowed_subpage_models() == []
    SurveyOverviewPage.objects.get().delete()
    assert SurveyOverviewPage.can_create_at(HomePage.objects.get())


def test_an_empty_programme_page(client, home):
    response = client.get(URL)
    assert response.status_code == 200
    body = main(response.content.decode())
    assert "Hva kartleggingen måler" in body and "Ingen resultater er lagt inn ennå." in body
    # The six groups and their areas, with factors and questions.
    assert body.count('<caption id="measures-') == 6
    assert re.search(r"<th scope=\"row\">Pedagogisk ledelse</th><td>1</td><td>9</td>", body)
    assert "<svg" not in body


def test_county_results_per_area_and_round_but_never_a_school(client, home):
    world = flisa_world()
    body = main(client.get(URL).content.decode())
    assert "Kartleggingen er gjennomført i 2018 og 2020." in body
    # Trivsel: 2018 (3,80×38 + 3,60×20 + 3,40×20 + 4,30×50)/128 = 3,90; 2020 4,04.
    row = re.search(r'<th scope="row">Trivsel</th>(<td>.*?</td>)</tr>', body.split('id="results-elever-5-10"')[1])[1]
    assert re.findall(r"<td>([^<]*)</td>", row) == ["3,90", "4,04"]
    assert '<svg class="chart" id="chart-elever-5-10"' in body
    for school in (world.flisa, *world.neighbours, world.hamar):
        assert school.name not in body and school.orgnr not in body
    for own in ("4,12", "3,60", "3,40", "4,40", "3,91"):  # the schools' and the grade's own figures
        assert own not in body


def test_a_county_figure_from_fewer_than_three_schools_is_not_shown(client, home):
    from surveys.factories import SurveySchoolFactory

    add(SurveySchoolFactory(), area="foreldre-stotte-i-skolearbeidet", mean="4.21", respondents=80)
    add(SurveySchoolFactory(), area="foreldre-stotte-i-skolearbeidet", mean="3.05", respondents=80)
    body = main(client.get(URL).content.decode())
    assert "4,21" not in body and "3,05" not in body and "3,63" not in body
    assert "For få svar til å vise resultatet" in body


def test_the_body_and_intro_are_editable(client, home):
    page = SurveyOverviewPage.objects.get()
    page.intro = "Slik måler vi læringsmiljøet."
    page.body = [("paragraph", "<p>Skolene drøfter resultatene i personalmøtet.</p>")]
    page.save_revision().publish()
    body = client.get(URL).content.decode()
    assert "Slik måler vi læringsmiljøet." in body and "Skolene drøfter resultatene i personalmøtet." in body


def test_the_public_page_is_cached_for_anonymous_visitors(client, home, settings, django_assert_num_queries):
    settings.PORTAL_PAGE_CACHE_SECONDS = 300
    cache.clear()
    try:
        first = client.get(URL)
        assert "no-store" not in first.get("Cache-Control", "") and first["X-Cache"] == "MISS"
        with django_assert_num_queries(0):
            assert client.get(URL)["X-Cache"] == "HIT"
        # Results imported: the stored page is forgotten.
        flisa_world()
        again = client.get(URL)
        assert again["X-Cache"] == "MISS" and "4,04" in again.content.decode()
    finally:
        cache.clear()


def test_the_public_page_runs_a_fixed_number_of_queries(client, home, django_assert_max_num_queries):
    client.get(URL)
    with django_assert_max_num_queries(20) as first:
        client.get(URL)
    flisa_world()
    with django_assert_max_num_queries(len(first.captured_queries)):
        client.get(URL)


def test_the_private_pages_are_not_in_the_sitemap(client, home):
    flisa_world()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/kartlegging/</loc>" in sitemap
    assert "/kartlegging/skole" not in sitemap and "/kartlegging/oversikt" not in sitemap


def test_robots_keep_crawlers_off_the_schools_pages(client):
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /kartlegging/skole/" in robots and "Disallow: /kartlegging/oversikt/" in robots
    assert "Disallow: /kartlegging/\n" not in robots  # the public page stays crawlable


def test_the_main_menu_leads_to_the_public_page(client, home):
    html = client.get("/kartlegging/").content.decode()
    assert '<a href="/kartlegging/" aria-current="page">Kartlegging</a>' in html
