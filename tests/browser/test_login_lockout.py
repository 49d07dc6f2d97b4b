"""A teacher who mistypes their password ten times meets a clear Norwegian page (axe-clean, at
320 px too); a colleague on the same connection still logs in."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

from networks.factories import UserFactory
from tests.browser.a11y import SIZES, check

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def log_in(page, username, password):
    page.goto("/logg-inn/")
    page.get_by_label("Brukernavn").fill(username)
    page.get_by_label("Passord").fill(password)
    with page.expect_navigation():
        page.get_by_role("button", name="Logg inn").click()


@pytest.mark.parametrize(("label", "viewport"), SIZES)
def test_ten_wrong_passwords_lead_to_a_norwegian_lockout_page(new_page, label, viewport):
    UserFactory(username="lise")
    UserFactory(username="kari")
    lise = new_page()
    lise.set_viewport_size(viewport)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(lise, "lise", "feil-passord")
        expect(lise.get_by_role("alert").first).to_be_visible()
    log_in(lise, "lise", "passord-lise")
    assert lise.get_by_role("heading", level=1).inner_text() == "For mange mislykkede innlogginger"
    assert "15 minutter" in lise.get_by_role("alert").inner_text()
    assert lise.locator("html").get_attribute("lang") == "nb"
    check(lise, f"the lockout page{label}", viewport)

    kari = new_page()  # the same address (127.0.0.1): a colleague in the same staff room
    log_in(kari, "kari", "passord-kari")
    expect(kari.get_by_role("heading", name="Mine nettverk")).to_be_visible()
