"""Settings per environment, each read in a fresh interpreter with a controlled
environment so that the variables of the machine running the tests do not count."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
CONTROLLED = (
    "SECRET_KEY",
    "DEBUG",
    "DATABASE_URL",
    "DJANGO_SETTINGS_MODULE",
    "SECURE_SSL_REDIRECT",
    "CONN_MAX_AGE",
    "REDIS_URL",
    "ALLOWED_HOSTS",
    "WAGTAILADMIN_BASE_URL",
    "PORTAL_BASE_URL",
    "SECURE_HSTS_PRELOAD",
    "ADMINS",
    "DOTENV_FILE",
)
REDIS = "redis://127.0.0.1:6379/0"
DATABASE = "postgres://kfl@127.0.0.1:5432/kfl"
# Everything production requires besides SECRET_KEY and REDIS_URL (each refusal is tested in test_production.py).
REQUIRED = {
    "DATABASE_URL": DATABASE,
    "ALLOWED_HOSTS": "kulturforlaering.no",
    "WAGTAILADMIN_BASE_URL": "https://kulturforlaering.no",
}

PRINT_SETTINGS = """
import json
from django.conf import settings
db = settings.DATABASES["default"]
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "SECRET_KEY": settings.SECRET_KEY,
    "SECURE_SSL_REDIRECT": settings.SECURE_SSL_REDIRECT,
    "SESSION_COOKIE_SECURE": settings.SESSION_COOKIE_SECURE,
    "CSRF_COOKIE_SECURE": settings.CSRF_COOKIE_SECURE,
    "CACHE": settings.CACHES["default"]["BACKEND"],
    "GRAVATAR": getattr(settings, "WAGTAIL_GRAVATAR_PROVIDER_URL", "unset"),
    "SECURE_HSTS_SECONDS": settings.SECURE_HSTS_SECONDS,
    "ENGINE": db["ENGINE"], "NAME": str(db["NAME"]), "HOST": db.get("HOST", ""), "PORT": db.get("PORT", ""),
    "USER": db.get("USER", ""), "CONN_MAX_AGE": db["CONN_MAX_AGE"], "OPTIONS": db.get("OPTIONS", {}),
}))
"""
IMPORT_PRODUCTION = "import portal.settings.production as production; print(production.DEBUG)"


def run(module: str, code: str, **env: str) -> subprocess.CompletedProcess:
    environ = {key: value for key, value in os.environ.items() if key not in CONTROLLED}
    # A .env file in the working tree must not count either (production.py reads DOTENV_FILE or .env).
    environ["DOTENV_FILE"] = str(PROJECT / "no-such-dotenv-file")
    environ.update(env, DJANGO_SETTINGS_MODULE=module)
    return subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
        [sys.executable, "-c", code], cwd=PROJECT, env=environ, capture_output=True, text=True, timeout=60
    )


def settings_of(module: str, **env: str) -> dict:
    result = run(module, PRINT_SETTINGS, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_refuses_to_start_without_a_secret_key():
    # A bare import, not django.conf.settings: Django's own "must not be empty" check must not stand in for ours.
    result = run("portal.settings.production", IMPORT_PRODUCTION)
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY must be set" in result.stderr


def test_production_refuses_an_empty_secret_key():
    result = run("portal.settings.production", IMPORT_PRODUCTION, SECRET_KEY="")
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_the_shared_cache():
    result = run("portal.settings.production", IMPORT_PRODUCTION, SECRET_KEY="s3cret", **REQUIRED)
    assert result.returncode != 0
    assert "ImproperlyConfigured: REDIS_URL must be set" in result.stderr


def test_production_imports_with_a_secret_key():
    result = run("portal.settings.production", IMPORT_PRODUCTION, SECRET_KEY="s3cret", REDIS_URL=REDIS, **REQUIRED)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_production_starts_with_a_secret_key_and_is_secure():
    values = settings_of(
        "portal.settings.production", SECRET_KEY="s3cret-from-the-environment", REDIS_URL=REDIS, **REQUIRED
    )
    assert values["SECRET_KEY"] == "s3cret-from-the-environment"
    assert values["DEBUG"] is False
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True
    assert values["SECURE_HSTS_SECONDS"] >= 60 * 60 * 24 * 365
    # Rate limits count in Redis, shared by every worker; no email hash goes to gravatar.com.
    assert values["CACHE"] == "django.core.cache.backends.redis.RedisCache"
    assert values["GRAVATAR"] is None


def test_production_refuses_debug():
    result = run(
        "portal.settings.production", IMPORT_PRODUCTION, SECRET_KEY="s3cret", DEBUG="true", REDIS_URL=REDIS, **REQUIRED
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured: DEBUG must not be on" in result.stderr


def test_base_is_secure_by_default():
    values = settings_of("portal.settings.base", SECRET_KEY="only-so-django-loads")
    assert values["DEBUG"] is False
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SESSION_COOKIE_SECURE"] is True
    assert values["CSRF_COOKIE_SECURE"] is True


def test_dev_relaxes_for_plain_http():
    values = settings_of("portal.settings.dev")
    assert values["DEBUG"] is True
    assert values["SECURE_SSL_REDIRECT"] is False
    assert values["SESSION_COOKIE_SECURE"] is False
    assert values["SECRET_KEY"]


def test_default_database_is_a_sqlite_file_inside_the_project():
    values = settings_of("portal.settings.base", SECRET_KEY="only-so-django-loads")
    assert values["ENGINE"] == "django.db.backends.sqlite3"
    name = Path(values["NAME"])
    assert name.is_absolute()
    assert name.is_relative_to(PROJECT)
    assert name.suffix == ".sqlite3"
    assert values["CONN_MAX_AGE"] == 0


@pytest.mark.parametrize("module", ["portal.settings.base", "portal.settings.production"])
def test_database_url_selects_postgresql(module):
    values = settings_of(
        module, **{**REQUIRED, "DATABASE_URL": "postgres://u@127.0.0.1:5432/x"}, SECRET_KEY="s3cret", REDIS_URL=REDIS
    )
    assert values["ENGINE"] == "django.db.backends.postgresql"
    assert (values["NAME"], values["USER"], values["HOST"], values["PORT"]) == ("x", "u", "127.0.0.1", 5432)
    assert values["CONN_MAX_AGE"] == 60  # pooled connections on PostgreSQL
    assert values["OPTIONS"]["connect_timeout"] == 5  # a database that does not answer: a 503 within seconds


def test_the_test_run_uses_the_test_settings(settings):
    """These tests themselves must not run with production's secure redirect or a real mail server."""
    assert settings.SETTINGS_MODULE == "portal.settings.test"
    assert settings.EMAIL_BACKEND == "django.core.mail.backends.locmem.EmailBackend"
    assert settings.SECURE_SSL_REDIRECT is False
