"""Leak/abuse 7 of issue 10: logins are throttled by django-axes, per username *and* address,
on the front-end login and the admin's; the lock lifts after the cool-off. Also item 9's
image pixel limit."""

import io
import logging
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from freezegun import freeze_time
from PIL import Image

from networks.factories import UserFactory
from portal import roles

pytestmark = pytest.mark.django_db

SCHOOL = "193.157.10.20"  # one public address for a whole school's staff room
HOME = "84.210.3.4"
LOGINS = {"front": "/logg-inn/", "admin": "/admin/login/"}


def attempt(client, url, username, password, address=SCHOOL):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)


def logged_in(client) -> bool:
    return client.session.get("_auth_user_id") is not None


@pytest.fixture
def people():
    lise = UserFactory(username="lise", is_staff=False)
    kari = UserFactory(username="kari")
    editor = UserFactory(username="redaktor")
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    return {"lise": lise, "kari": kari, "editor": editor}


def test_the_limits_are_ten_failures_and_fifteen_minutes():
    assert settings.AXES_FAILURE_LIMIT == 10
    assert settings.AXES_COOLOFF_TIME.total_seconds() == 15 * 60
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]


@pytest.mark.parametrize("where", ["front", "admin"])
def test_ten_wrong_passwords_lock_that_username_from_that_address(client, people, where):
    url = LOGINS[where]
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = attempt(client, url, "lise", "feil-passord")
        assert not logged_in(client)
    # The right password no longer helps, and the answer is a Norwegian page, not a 500.
    response = attempt(client, url, "lise", "passord-lise")
    assert response.status_code == 429
    assert not logged_in(client)
    body = response.content.decode()
    assert 'lang="nb"' in body
    assert "For mange mislykkede innlogginger" in body
    assert "15 minutter" in body


def test_the_lock_leaves_a_colleague_on_the_same_address_and_lise_at_home_alone(client, people, django_user_model):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "/logg-inn/", "lise", "feil-passord")
    assert attempt(client, "/logg-inn/", "lise", "passord-lise").status_code == 429

    attempt(client, "/logg-inn/", "kari", "passord-kari")
    assert logged_in(client), "a colleague behind the same school address is not locked out"
    client.logout()

    attempt(client, "/logg-inn/", "lise", "passord-lise", address=HOME)
    assert logged_in(client), "the same person from another address is not locked out"


def test_the_lock_lifts_after_the_cool_off(client, people):
    with freeze_time("2026-12-01 10:00:00") as frozen:
        for _ in range(settings.AXES_FAILURE_LIMIT):
            attempt(client, "/logg-inn/", "lise", "feil-passord")
        assert attempt(client, "/logg-inn/", "lise", "passord-lise").status_code == 429
        frozen.tick(timedelta(minutes=14))
        assert attempt(client, "/logg-inn/", "lise", "passord-lise").status_code == 429
        frozen.tick(timedelta(minutes=16))
        attempt(client, "/logg-inn/", "lise", "passord-lise")
        assert logged_in(client)


def test_a_successful_login_resets_the_count(client, people):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "/logg-inn/", "lise", "feil-passord")
    attempt(client, "/logg-inn/", "lise", "passord-lise")
    assert logged_in(client)
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "/logg-inn/", "lise", "feil-passord")
    attempt(client, "/logg-inn/", "lise", "passord-lise")
    assert logged_in(client)


def test_failures_are_counted_in_the_database_and_the_lockout_is_logged(client, people, caplog):
    with caplog.at_level(logging.WARNING, logger="portal.security"):
        for _ in range(settings.AXES_FAILURE_LIMIT):
            attempt(client, "/admin/login/", "lise", "feil-passord")
    # The database, shared by every worker – not one process's memory.
    counted = AccessAttempt.objects.get(username="lise", ip_address=SCHOOL)
    assert counted.failures_since_start == settings.AXES_FAILURE_LIMIT
    assert "feil-passord" not in str(AccessAttempt.objects.values_list("post_data", flat=True)[0])
    logged = [record.getMessage() for record in caplog.records if record.name == "portal.security"]
    assert any("Innlogging stengt" in message and "lise" in message and SCHOOL in message for message in logged)


def test_a_forwarded_for_header_does_not_dodge_the_lock(client, people):
    """Without a trusted proxy configured, X-Forwarded-For is ignored: rotating it changes nothing."""
    for n in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            "/logg-inn/",
            {"username": "lise", "password": "feil"},
            REMOTE_ADDR=SCHOOL,
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}",
        )
    response = client.post(
        "/logg-inn/",
        {"username": "lise", "password": "passord-lise"},
        REMOTE_ADDR=SCHOOL,
        HTTP_X_FORWARDED_FOR="10.9.9.9",
    )
    assert response.status_code == 429


def test_behind_a_trusted_proxy_the_proxys_view_of_the_address_counts(rf, settings):
    from portal.security import client_ip

    settings.TRUSTED_PROXY_COUNT = 1
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 193.157.10.20")
    assert client_ip(request) == "193.157.10.20"
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.1"


# --- Item 9: image uploads above 40 megapixels are refused in Norwegian --------------------------------------


def png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("L", (width, height), 200).save(buffer, format="PNG", optimize=False, compress_level=1)
    return buffer.getvalue()


def test_an_image_above_forty_megapixels_is_refused_with_a_norwegian_message(client, people):
    from wagtail.images import get_image_model

    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    client.force_login(people["editor"])
    upload = SimpleUploadedFile("kjempebilde.png", png(6400, 6400), content_type="image/png")  # 40.96 Mpx
    response = client.post(reverse("wagtailimages:add"), {"title": "Kjempebilde", "file": upload, "tags": ""})
    assert response.status_code == 200
    assert "for mange piksler" in response.content.decode()
    assert not get_image_model().objects.filter(title="Kjempebilde").exists()


def test_a_username_with_a_nul_answers_and_invisible_characters_do_not_dodge_the_count(client, people):
    """PostgreSQL refuses a NUL in a query: the login page must still answer. A bidi override
    inside the name is counted as the name it shows, so it cannot buy ten more guesses."""
    response = attempt(client, "/logg-inn/", "lise\x00", "feil")
    assert response.status_code == 200
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "/logg-inn/", "li\u202ese", "feil").status_code == 200
    attempt(client, "/logg-inn/", "li\u202ese", "feil")
    assert attempt(client, "/logg-inn/", "lise", "passord-lise").status_code == 429
