"""A teacher's way through the portal in a real browser: find, filter, open, download; keyboard and small screens."""

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def query_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def result_titles(page) -> list[str]:
    return page.locator("article.card h3 a").all_inner_texts()


def test_teacher_filters_opens_a_lesson_plan_and_downloads_its_worksheet(page, catalogue):
    worksheet = catalogue["worksheet"]
    with worksheet.file.open("rb") as handle:
        original = handle.read()

    page.goto("/")
    expect(page).to_have_title(re.compile("Kultur for læring"))
    page.get_by_role("link", name=re.compile(r"^Se alle \d+ ressurs")).click()
    expect(page).to_have_url(re.compile(r"/ressurser/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Ressurser")

    # The subject facet is open; grades sit in the closed "Trinn" facet that the teacher opens first.
    page.get_by_role("checkbox", name=re.compile(r"^Matematikk \(\d+\)")).check()
    trinn = page.locator("details.facet", has=page.locator("summary", has_text=re.compile(r"^Trinn$")))
    trinn.locator("summary").click()
    grade_5 = page.get_by_role("checkbox", name=re.compile(r"^5\. trinn\b"))
    grade_5.check()
    expect(grade_5).to_be_checked()
    page.get_by_role("button", name="Vis resultater").click()

    page.wait_for_url(re.compile(r"/ressurser/\?"))
    query = query_of(page.url)
    assert query.get("fag") == ["matematikk"], page.url
    assert query.get("trinn") == ["5"], page.url
    expect(page.get_by_role("checkbox", name=re.compile(r"^Matematikk \("))).to_be_checked()
    titles = result_titles(page)
    assert "Brøk med pizzamodeller" in titles, titles
    assert "Lesestrategier før, under og etter" not in titles, titles  # grade 5, but Norwegian
    assert "Likninger med vekt" not in titles, titles  # maths, but grade 8

    page.locator("article.card h3 a", has_text="Brøk med pizzamodeller").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Brøk med pizzamodeller")
    assert urlsplit(page.url).path == catalogue["fractions"].url
    goals = page.locator("section.goals")
    expect(goals.get_by_role("heading", name="Læringsmål")).to_be_visible()
    expect(goals.locator("li")).to_have_text(
        ["Jeg kan vise en brøk med en pizzamodell.", "Jeg kan avgjøre hvilken av to brøker som er størst."]
    )

    downloads = page.locator("section", has=page.get_by_role("heading", name="Last ned"))
    link = downloads.get_by_role("link", name=worksheet.title)
    expect(link).to_have_attribute("href", re.compile(rf"^/dokumenter/{worksheet.pk}/"))
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.failure() is None
    assert download.suggested_filename.endswith(".pdf"), download.suggested_filename
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) == worksheet.file.size == len(original)
    assert data == original
    assert page.js_errors == []


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(page):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    expect(skip).to_have_text("Hopp til hovedinnholdet")
    expect(skip).to_have_attribute("href", "#main")
    # Visible once focused (it hides above the viewport until then).
    box = skip.bounding_box()
    assert box is not None and box["y"] >= 0 and box["height"] > 0, box
    expect(skip).to_be_in_viewport()

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.evaluate("document.activeElement.tagName") == "MAIN"
    # The next Tab continues inside the main content, not back in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('main')"), page.evaluate("document.activeElement.outerHTML")


def test_listing_has_no_horizontal_scroll_at_320_px(page, catalogue, subtests):
    page.set_viewport_size({"width": 320, "height": 720})
    for path in ["/ressurser/", "/ressurser/?fag=matematikk&trinn=5"]:
        with subtests.test(msg=path):
            page.goto(path)
            expect(page.locator("article.card").first).to_be_visible()
            widths = page.evaluate(
                "({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth})"
            )
            if widths["scroll"] > 320:
                wide = page.evaluate(
                    """() => [...document.querySelectorAll('body *')]
                        .filter(el => el.getBoundingClientRect().right > 320.5)
                        .slice(0, 10)
                        .map(el => el.tagName.toLowerCase()
                             + (el.className ? '.' + String(el.className).trim().replace(/\\s+/g, '.') : '')
                             + ' right=' + Math.round(el.getBoundingClientRect().right))"""
                )
                pytest.fail(f"{path} scrolls sideways at 320 px: {widths}; elements past the edge: {wide}")
