"""The Content-Security-Policy in a real browser: the front end works with no inline code at all,
and Wagtail's admin – the page editor with its date widget, an image chooser and the preview
panel – works under the admin's policy, with no violation reported in either."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Runs in every document and frame before the page's own scripts (Playwright injects it, so the
# CSP does not apply to it): records each violation the browser reports.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
"""


def watch(page):
    page.context.add_init_script(RECORD_VIOLATIONS)
    console_errors = []
    page.on("console", lambda message: message.type == "error" and console_errors.append(message.text))
    return console_errors


def violations(frame) -> list[str]:
    return frame.evaluate("window.__cspViolations || []")


def test_front_end_works_under_its_policy(page, catalogue):
    console_errors = watch(page)
    response = page.goto("/")
    assert "'unsafe-inline'" not in response.headers["content-security-policy"]
    expect(page.get_by_role("heading", level=1).first).to_be_visible()
    assert violations(page) == []

    page.goto(catalogue["fractions"].url)
    # The print button is hidden until static/js/print.js shows it: the script ran under the CSP.
    expect(page.locator(".js-print")).to_be_visible()
    assert violations(page) == []

    page.goto("/sok/?q=brøk")
    expect(page.get_by_role("link", name="Brøk med pizzamodeller").first).to_be_visible()
    assert violations(page) == []
    assert [error for error in console_errors if "Content Security Policy" in error] == []
    assert page.js_errors == []


def test_admin_editor_chooser_and_preview_work_under_the_admin_policy(page, django_user_model):
    from news.factories import NewsPageFactory

    django_user_model.objects.create_superuser("csp-admin", "csp@example.no", "csp-passord-123")
    news = NewsPageFactory(title="Samling om lesing")
    console_errors = watch(page)

    page.goto("/admin/login/")
    page.fill("input[name=username]", "csp-admin")
    page.fill("input[name=password]", "csp-passord-123")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")

    response = page.goto(f"/admin/pages/{news.pk}/edit/")
    assert "'unsafe-inline'" in response.headers["content-security-policy"]
    editor = page.locator("form#page-edit-form")
    expect(editor).to_be_visible()
    expect(page.locator("input[name=title]")).to_have_value("Samling om lesing")

    # The image chooser (a modal loaded over AJAX, with its own inline scripts).
    page.locator("[data-chooser-action-choose]").first.click()
    modal = page.locator(".modal.fade.in, .modal[aria-hidden=false]").first
    expect(modal).to_be_visible()
    expect(modal.locator(".modal-body")).to_be_visible()
    expect(modal.get_by_role("tabpanel")).to_be_visible()  # the chooser's search tab, loaded over AJAX
    modal.get_by_role("button", name="Lukk").click()
    expect(modal).to_be_hidden()

    # The preview panel frames the page preview from the same origin (frame-ancestors 'self').
    page.locator('[data-side-panel-toggle="preview"]').click()
    preview = page.frame_locator("iframe#w-preview-iframe")
    expect(preview.get_by_role("heading", name="Samling om lesing")).to_be_visible()

    assert violations(page) == []
    for frame in page.frames:
        assert violations(frame) == [], frame.url
    assert [error for error in console_errors if "Content Security Policy" in error] == []
    assert page.js_errors == []
