"""`load_demo` never leaves a known password behind outside development."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command

from portal.demo_data import load_users
from resources.models import ResourcePage


def _run(*args) -> str:
    out = StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def test_no_demo_users_without_the_development_setting(settings, db):
    """Under the production settings the demo loads content only: no user with a known password."""
    settings.PORTAL_DEMO_USERS = False
    output = _run()
    assert ResourcePage.objects.live().exists()
    assert not get_user_model().objects.exists()
    assert "Ingen demobrukere" in output
    assert "kfl-demo" not in output
    # Asked for explicitly, they are made.
    output = _run("--with-demo-users")
    assert get_user_model().objects.filter(username="admin", is_superuser=True).exists()
    assert {spec.username for spec in load_users()} <= set(get_user_model().objects.values_list("username", flat=True))
