"""axe-core (through axe-playwright-python) on every kind of public page, in Chromium.

axe runs with its default rule set: WCAG 2.0/2.1 (and 2.2) level A and AA plus
best practices. A failing check prints axe's report: rule, impact, help URL, and
each offending node with its selector, HTML snippet and the reason.

The pages share one catalogue and are checked as subtests of one test: each
browser test empties and reloads the database (see conftest.py), which costs
more than the axe run itself. Every page still passes or fails on its own
(pytest reports a failing page as SUBFAIL with the page's name).
"""

import pytest

from tests.browser.a11y import AXE, NARROW, WIDE, assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def visit(page, path: str, *, status: int = 200) -> None:
    response = page.goto(path)
    assert response is not None, path
    assert response.status == status, (path, response.status)
    page.wait_for_load_state("load")


def headings(page, level: int = 2) -> list[str]:
    return [text.strip() for text in page.get_by_role("heading", level=level).all_inner_texts()]


def card_titles(page) -> list[str]:
    return page.locator("article.card h3 a").all_inner_texts()


def test_public_pages_have_no_axe_violations(page, catalogue, subtests):
    checks = [
        # (what, path, viewport, status, a check that the page shows what axe should see)
        (
            "the home page",
            "/",
            WIDE,
            200,
            lambda: (
                {"Redaksjonen anbefaler", "Finn etter trinn", "Finn etter fag", "Nytt på portalen"}
                <= set(headings(page))
            ),
        ),
        (
            "the listing with filters",
            "/ressurser/?fag=matematikk&trinn=5",
            WIDE,
            200,
            lambda: "Brøk med pizzamodeller" in card_titles(page) and page.locator(".active-filters a").count() == 2,
        ),
        (
            "the listing with zero results",
            "/ressurser/?fag=norsk&trinn=10",
            WIDE,
            200,
            lambda: not card_titles(page) and page.get_by_text("Ingen ressurser passer").count() == 1,
        ),
        (
            "a lesson plan",
            catalogue["fractions"].url,
            WIDE,
            200,
            lambda: (
                {"Læringsmål", "Gjennomføring", "Tilpasset opplæring", "Last ned", "Relatert innhold"}
                <= set(headings(page))
            ),
        ),
        (
            "a lesson plan at 320 px",
            catalogue["fractions"].url,
            NARROW,
            200,
            lambda: "Læringsmål" in headings(page),
        ),
        (
            "a learning material",
            catalogue["material"].url,
            WIDE,
            200,
            lambda: "Hent læremiddelet" in headings(page),
        ),
        (
            "a research summary",
            catalogue["research"].url,
            WIDE,
            200,
            lambda: headings(page, level=1) == ["Tilbakemeldinger som virker"],
        ),
        (
            "the search page with a query",
            "/sok/?q=brøk",
            WIDE,
            200,
            lambda: "Brøk med pizzamodeller" in card_titles(page),
        ),
        (
            "the 404 page",
            "/finnes-ikke/",
            WIDE,
            404,
            lambda: headings(page, level=1) == ["Vi fant ikke siden"],
        ),
    ]
    for what, path, viewport, status, shows_content in checks:
        with subtests.test(msg=what):
            page.set_viewport_size(viewport)
            visit(page, path, status=status)
            assert shows_content(), f"{what} ({page.url}) does not show the content this check expects"
            assert_no_axe_violations(page, what)


def test_axe_reports_a_planted_violation(page):
    """Guards the test above: axe really runs on our pages and would report a problem."""
    visit(page, "/finnes-ikke/", status=404)
    page.evaluate("""() => {
        const img = document.createElement('img');
        img.src = '/static/img/favicon.svg';
        document.querySelector('main').append(img);
    }""")
    results = AXE.run(page)
    assert [v["id"] for v in results.response["violations"]] == ["image-alt"], results.generate_report()
    assert "image-alt" in results.generate_report()
