"""A teacher searches in a real browser: query, two filters, a hit, back again; axe on the search page's states.

Uses the fixtures of conftest.py (Debian's Chromium through Playwright, pytest-django's
live server, the shared `catalogue`). Each browser test empties and reloads the
database, so the axe checks of the search page are subtests of one test.
"""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.a11y import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def query_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def result_titles(page) -> list[str]:
    return page.locator("article.card h3 a").all_inner_texts()


def facet(page, label: str):
    """The <details> of one facet, by its summary text."""
    return page.locator("details.facet", has=page.locator("summary", has_text=re.compile(rf"^{re.escape(label)}\b")))


def assert_search_state(page, *, q: str, fag: str, band: str, band_label: str) -> None:
    """The query and both filters are in the URL, the search box, the checkboxes and the chips."""
    query = query_of(page.url)
    assert query.get("q") == [q], page.url
    assert query.get("fag") == [fag], page.url
    assert query.get("trinnband") == [band], page.url
    expect(page.locator("#q")).to_have_value(q)
    expect(page.locator(f"#f-fag-{fag}")).to_be_checked()
    expect(page.locator(f"#f-trinnband-{band}")).to_be_checked()
    expect(page.locator('form.filters input[type="hidden"][name="q"]')).to_have_value(q)
    chips = page.locator(".active-filters a.chip")
    expect(chips).to_have_count(2)
    expect(chips.filter(has_text="Matematikk")).to_have_count(1)
    expect(chips.filter(has_text=band_label)).to_have_count(1)


def test_teacher_searches_filters_opens_a_hit_and_comes_back(page, catalogue):
    page.goto("/sok/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Søk")
    search_box = page.get_by_label("Søk etter undervisningsopplegg, læremidler og forskning")
    search_box.fill("brøk")
    search_box.press("Enter")
    page.wait_for_url(re.compile(r"/sok/\?q="))
    assert query_of(page.url) == {"q": ["brøk"]}, page.url
    expect(page.locator("h2.results__count")).to_contain_text("treff på «brøk»")
    titles = result_titles(page)
    assert "Brøk med pizzamodeller" in titles, titles

    # Two facets: the subject facet is open, the grade band facet is opened first.
    page.get_by_role("checkbox", name=re.compile(r"^Matematikk \(\d+\)")).check()
    bands = facet(page, "Trinnbånd")
    bands.locator("summary").click()
    band = bands.get_by_role("checkbox", name=re.compile(r"^5\.–7\. trinn \(\d+\)"))
    band.check()
    expect(band).to_be_checked()
    page.get_by_role("button", name="Vis resultater").click()

    page.wait_for_url(re.compile(r"trinnband="))
    assert_search_state(page, q="brøk", fag="matematikk", band="5-7", band_label="5.–7. trinn")
    titles = result_titles(page)
    assert "Brøk med pizzamodeller" in titles, titles
    assert "Likninger med vekt" not in titles, titles  # maths, but 8th grade
    assert "Lesestrategier før, under og etter" not in titles, titles
    filtered_url = page.url

    page.locator("article.card h3 a", has_text="Brøk med pizzamodeller").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Brøk med pizzamodeller")
    assert urlsplit(page.url).path == catalogue["fractions"].url

    page.go_back()
    page.wait_for_url(filtered_url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Søk")
    assert_search_state(page, q="brøk", fag="matematikk", band="5-7", band_label="5.–7. trinn")
    assert "Brøk med pizzamodeller" in result_titles(page)
    assert page.js_errors == []


def test_search_page_states_have_no_axe_violations(page, catalogue, subtests):
    from search.models import SuggestedSearch

    # Editors' suggested searches for the zero-result page.
    for order, term in enumerate(("brøk", "tallinje", "lesestrategier")):
        SuggestedSearch.objects.create(term=term, sort_order=order)

    checks = [
        # (what, path, a check that the page shows what axe should see)
        (
            "results with filters",
            "/sok/?q=brøk&fag=matematikk&trinnband=5-7",
            lambda: (
                "Brøk med pizzamodeller" in result_titles(page)
                and page.locator(".active-filters a.chip").count() == 2
                and page.locator("mark").count() >= 1
            ),
        ),
        (
            "zero results",
            "/sok/?q=xyzzyqq",
            lambda: (
                not result_titles(page)
                and page.get_by_text("Vi fant ingenting på «xyzzyqq».").count() == 1
                and page.get_by_role("heading", name="Forslag til søk").count() == 1
                and page.get_by_role("link", name="brøk", exact=True).count() == 1
            ),
        ),
        (
            "zero results within filters",
            "/sok/?q=brøk&fag=norsk&trinnband=8-10",
            lambda: not result_titles(page) and page.get_by_text("Søk uten filtrene du har valgt").count() == 1,
        ),
        (
            "a typo corrected",
            "/sok/?q=tilbakemeldnger",
            lambda: (
                page.locator("p.correction").count() == 1
                and page.locator("p.correction strong").inner_text() == "tilbakemeldinger"
                and page.locator("p.correction a").inner_text() == "tilbakemeldnger"
                and len(result_titles(page)) >= 1
            ),
        ),
    ]
    for what, path, shows_content in checks:
        with subtests.test(msg=what):
            response = page.goto(path)
            assert response is not None and response.status == 200, (path, response and response.status)
            page.wait_for_load_state("load")
            assert shows_content(), f"the search page with {what} ({page.url}) does not show what this check expects"
            assert_no_axe_violations(page, f"the search page with {what}")
    assert page.js_errors == []
