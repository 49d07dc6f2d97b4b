"""What the accessibility tests share: axe-core with its default rules (WCAG 2.0–2.2 A and AA,
best practices) and the check that a page does not scroll sideways at 320 px."""

import pytest
from axe_playwright_python.sync_playwright import Axe

AXE = Axe()
NARROW = {"width": 320, "height": 720}
WIDE = {"width": 1280, "height": 900}
SIZES = [("", WIDE), (" at 320 px", NARROW)]


def assert_no_axe_violations(page, what: str) -> None:
    results = AXE.run(page)
    if results.violations_count:
        report = results.generate_report()
        print(f"\naxe on {what} ({page.url}):\n{report}")
        pytest.fail(f"{results.violations_count} axe rule(s) violated on {what} ({page.url}):\n{report}", pytrace=False)


def assert_no_horizontal_scroll(page, what: str) -> None:
    widths = page.evaluate(
        "({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth})"
    )
    if widths["scroll"] > widths["client"]:
        wide = page.evaluate(
            """(limit) => [...document.querySelectorAll('body *')]
                .filter(el => el.getBoundingClientRect().right > limit + 0.5)
                .slice(0, 10)
                .map(el => el.tagName.toLowerCase()
                     + (el.className ? '.' + String(el.className).trim().replace(/\\s+/g, '.') : '')
                     + ' right=' + Math.round(el.getBoundingClientRect().right))""",
            widths["client"],
        )
        pytest.fail(f"{what} scrolls sideways at {widths['client']} px: {widths}; past the edge: {wide}", pytrace=False)


def check(page, what: str, viewport) -> None:
    assert_no_axe_violations(page, what)
    if viewport is NARROW:
        assert_no_horizontal_scroll(page, what)
