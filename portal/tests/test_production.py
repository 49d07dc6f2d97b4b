"""Production serving (issue 11): settings that refuse to fall back, static files through
WhiteNoise, security headers, /helse/, the site's public address, logging, the 503 page while
the database is down – and `make serve` itself, end to end."""

import io
import json
import logging
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from unittest import mock

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import OperationalError, ProgrammingError, connection, connections
from django.test import Client, override_settings
from wagtail.models import Site

from news.factories import NewsPageFactory
from portal.tests.test_settings import CONTROLLED, PROJECT, REDIS, REQUIRED, run

PRODUCTION = "portal.settings.production"
ONE_YEAR = 60 * 60 * 24 * 365
SIX_MONTHS = 15_768_000  # Mozilla Observatory's minimum for HSTS
PRODUCTION_ENV = {"SECRET_KEY": "s3cret", "REDIS_URL": REDIS, **REQUIRED}

PRINT_PRODUCTION = """
import json
from django.conf import settings
print(json.dumps({
    "SESSION_ENGINE": settings.SESSION_ENGINE,
    "SESSION_COOKIE_SECURE": settings.SESSION_COOKIE_SECURE,
    "SESSION_COOKIE_HTTPONLY": settings.SESSION_COOKIE_HTTPONLY,
    "CSRF_COOKIE_SECURE": settings.CSRF_COOKIE_SECURE,
    "SECURE_HSTS_SECONDS": settings.SECURE_HSTS_SECONDS,
    "SECURE_HSTS_PRELOAD": settings.SECURE_HSTS_PRELOAD,
    "SILENCED": settings.SILENCED_SYSTEM_CHECKS,
    "STATICFILES": settings.STORAGES["staticfiles"]["BACKEND"],
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
    "PORTAL_BASE_URL": settings.PORTAL_BASE_URL,
    "ADMINS": settings.ADMINS,
    "X_FRAME_OPTIONS": settings.X_FRAME_OPTIONS,
}))
"""


def production_settings(**env: str) -> dict:
    result = run(PRODUCTION, PRINT_PRODUCTION, **{**PRODUCTION_ENV, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# --- settings -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("DATABASE_URL", "DATABASE_URL must be set in the environment for production"),
        ("ALLOWED_HOSTS", "ALLOWED_HOSTS must be set in the environment for production"),
        ("WAGTAILADMIN_BASE_URL", "WAGTAILADMIN_BASE_URL must be set in the environment for production"),
        ("REDIS_URL", "REDIS_URL must be set in production"),
    ],
)
def test_production_refuses_to_start_without(missing, message):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = run(PRODUCTION, "import portal.settings.production", **env)
    assert result.returncode != 0
    assert f"ImproperlyConfigured: {message}" in result.stderr


def test_production_refuses_an_empty_variable():
    result = run(PRODUCTION, "import portal.settings.production", **{**PRODUCTION_ENV, "ALLOWED_HOSTS": " "})
    assert "ImproperlyConfigured: ALLOWED_HOSTS must be set" in result.stderr


def test_production_values():
    values = production_settings(ADMINS="Kari Nordmann <kari@example.no>, Ola <ola@example.no>")
    assert values["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    assert values["SESSION_COOKIE_SECURE"] and values["SESSION_COOKIE_HTTPONLY"] and values["CSRF_COOKIE_SECURE"]
    assert values["SECURE_HSTS_SECONDS"] >= ONE_YEAR
    assert values["STATICFILES"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert values["ALLOWED_HOSTS"] == ["kulturforlaering.no"]
    # Derived from the admin's address unless set on its own.
    assert values["PORTAL_BASE_URL"] == "https://kulturforlaering.no"
    assert values["ADMINS"] == [["Kari Nordmann", "kari@example.no"], ["Ola", "ola@example.no"]]
    assert values["X_FRAME_OPTIONS"] == "DENY"
    # HSTS preload is opt-in, and its check is silenced only while it is off.
    assert values["SECURE_HSTS_PRELOAD"] is False
    assert "security.W021" in values["SILENCED"]
    preload = production_settings(SECURE_HSTS_PRELOAD="true", PORTAL_BASE_URL="https://www.kulturforlaering.no")
    assert preload["SECURE_HSTS_PRELOAD"] is True
    assert "security.W021" not in preload["SILENCED"]
    assert preload["PORTAL_BASE_URL"] == "https://www.kulturforlaering.no"


def test_production_reads_a_dotenv_file_and_the_environment_wins(tmp_path):
    dotenv = tmp_path / ".env"
    dotenv.write_text(
        "\n".join(f"{key}={value}" for key, value in PRODUCTION_ENV.items() if key != "SECRET_KEY")
        + "\nALLOWED_HOSTS=fra-env-fila.no\nSECRET_KEY=from-the-file\n"
    )
    code = "from django.conf import settings; print(settings.ALLOWED_HOSTS[0], settings.SECRET_KEY)"
    result = run(PRODUCTION, code, DOTENV_FILE=str(dotenv))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["fra-env-fila.no", "from-the-file"]
    result = run(PRODUCTION, code, DOTENV_FILE=str(dotenv), SECRET_KEY="from-the-environment")
    assert result.stdout.split() == ["fra-env-fila.no", "from-the-environment"]


def test_check_deploy_reports_no_issues():
    # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE in this process (tests/browser/conftest.py);
    # a deployment never has it, and check --deploy rightly refuses it.
    env = {key: value for key, value in os.environ.items() if key not in (*CONTROLLED, "DJANGO_ALLOW_ASYNC_UNSAFE")}
    env.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE=PRODUCTION, DOTENV_FILE=str(PROJECT / "no-such-dotenv-file"))
    env["SECRET_KEY"] = "a-long-random-production-secret-" + "x7Q2pL9vR4mK8sT1" * 3
    result = subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


# --- static files -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory):
    """collectstatic with the production storage into a throw-away STATIC_ROOT."""
    root = tmp_path_factory.mktemp("static")
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    with override_settings(STATIC_ROOT=root, STORAGES=storages, WHITENOISE_AUTOREFRESH=False):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield root


def test_whitenoise_serves_hashed_files_for_a_year(collected_static):
    manifest = json.loads((collected_static / "staticfiles.json").read_text())
    hashed = manifest["paths"]["css/portal.css"]
    assert re.fullmatch(r"css/portal\.[0-9a-f]{12}\.css", hashed)
    client = Client()  # a new handler: WhiteNoise scans the STATIC_ROOT set above
    response = client.get(f"/static/{hashed}", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Cache-Control"] == f"max-age={ONE_YEAR}, public, immutable"
    assert response["Content-Encoding"] == "gzip"
    assert response["Content-Type"].startswith("text/css")
    # The name without a hash is served too, but only briefly cached.
    plain = client.get("/static/css/portal.css")
    assert plain.status_code == 200
    assert "immutable" not in plain["Cache-Control"]


# --- security headers ---------------------------------------------------------------------------


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/", "/ressurser/", "/sok/?q=brøk", "/logg-inn/", "/api/search/?q=x", "/finnes-ikke/"]
)
def test_front_end_csp_has_no_unsafe_inline(client, home, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    policy = directives(response)
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]


@pytest.mark.django_db
def test_security_headers_on_a_front_end_page(home):
    with override_settings(SECURE_HSTS_SECONDS=ONE_YEAR, SECURE_HSTS_INCLUDE_SUBDOMAINS=True):
        response = Client().get("/", secure=True)  # HSTS is sent on HTTPS responses only
    assert response.status_code == 200
    assert int(re.search(r"max-age=(\d+)", response["Strict-Transport-Security"]).group(1)) >= SIX_MONTHS
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_admin_csp_is_relaxed_only_where_wagtail_needs_it(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("csp-admin", "a@example.no", "x"))
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]  # the preview panel
    assert policy["object-src"] == ["'none'"]
    assert policy["default-src"] == ["'self'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]
    login = Client().get("/admin/login/")
    assert "'unsafe-inline'" in directives(login)["script-src"]


def test_no_template_has_inline_script_style_or_handlers():
    """The front end's CSP allows no inline code: every script and style comes from /static/."""
    offenders = []
    apps = [path for path in PROJECT.iterdir() if path.is_dir() and not path.name.startswith(".")]
    templates = [path for app in apps for path in app.glob("**/*.html") if "templates" in path.parts]
    assert len(templates) > 40
    for template in templates:
        text = template.read_text()
        for pattern in (r"<script(?![^>]*\bsrc=)[^>]*>", r"<style", r"\sstyle=", r"\son[a-z]+\s*="):
            if re.search(pattern, text, re.IGNORECASE):
                offenders.append(f"{template.relative_to(PROJECT)}: {pattern}")
    assert offenders == []


# --- /helse/ ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_health_ok(client):
    response = client.get("/helse/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_answers_a_load_balancer_on_plain_http_by_ip_address(home):
    with override_settings(ALLOWED_HOSTS=["kulturforlaering.no"], SECURE_SSL_REDIRECT=True):
        client = Client()
        assert client.get("/helse/", HTTP_HOST="10.0.0.5:8000").status_code == 200
        assert client.get("/", HTTP_HOST="kulturforlaering.no").status_code == 301  # to https
        assert client.get("/", HTTP_HOST="10.0.0.5:8000").status_code == 400


@pytest.mark.django_db
def test_health_503_when_the_cache_fails(client, caplog):
    with mock.patch("django.core.cache.backends.locmem.LocMemCache.set", side_effect=ConnectionError("nede")):
        response = client.get("/helse/")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "ok", "cache": "error"}
    assert "no-store" in response["Cache-Control"]
    assert [r.levelname for r in caplog.records if r.name == "portal.health"] == ["WARNING"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.django_db
def test_health_503_when_the_database_fails(client, caplog):
    refused = OperationalError("connection refused")
    with mock.patch.object(type(connections["default"]), "ensure_connection", side_effect=refused):
        response = client.get("/helse/")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "error", "cache": "ok"}
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


# --- the database down: a Norwegian 503 page ----------------------------------------------------


@pytest.mark.django_db
def test_pages_answer_503_while_the_database_is_down(home, caplog):
    client = Client(raise_request_exception=False)
    refused = OperationalError('connection to server at "db" failed: timeout expired')
    with mock.patch.object(type(connections["default"]), "ensure_connection", side_effect=refused):
        response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert "Portalen er midlertidig utilgjengelig" in html
    assert '<html lang="nb">' in html
    assert "<style" not in html  # its stylesheet is a static file (CSP)
    assert [r.levelname for r in caplog.records if r.name == "portal.availability"] == ["WARNING"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.django_db
def test_a_bad_query_stays_a_500(home):
    client = Client(raise_request_exception=False)
    with mock.patch("wagtail.models.Site.find_for_request", side_effect=ProgrammingError("no such column")):
        response = client.get("/")
    assert response.status_code == 500
    assert "Noe gikk galt" in response.content.decode()


# --- DisallowedHost -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_disallowed_host_is_one_line_without_traceback():
    logger = logging.getLogger("django.security.DisallowedHost")
    assert logger.propagate is False  # not mailed to ADMINS
    stream = io.StringIO()
    handler = logger.handlers[0]
    previous = handler.setStream(stream)
    try:
        with override_settings(ALLOWED_HOSTS=["kulturforlaering.no"]):
            response = Client().get("/", HTTP_HOST="evil.example")
    finally:
        handler.setStream(previous)
    assert response.status_code == 400
    output = stream.getvalue()
    assert "Invalid HTTP_HOST header: 'evil.example'" in output
    assert "Traceback" not in output
    assert len(output.strip().splitlines()) == 1


# --- the site's public address ------------------------------------------------------------------


@pytest.mark.django_db
def test_set_site_url_makes_sitemap_and_feed_absolute_urls_right(client, home):
    NewsPageFactory(title="Ny samling i Hamar")
    call_command("set_site_url", "https://kulturforlaering.no", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("kulturforlaering.no", 443, "https://kulturforlaering.no")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "<loc>https://kulturforlaering.no/</loc>" in sitemap
    assert "https://kulturforlaering.no/nyheter/ny-samling-i-hamar/" in sitemap
    assert "localhost" not in sitemap
    feed = client.get("/nyheter/rss/").content.decode()
    assert "<link>https://kulturforlaering.no/nyheter/ny-samling-i-hamar/</link>" in feed
    assert "localhost" not in feed


@pytest.mark.django_db
def test_set_site_url_defaults_to_portal_base_url(home, settings):
    settings.PORTAL_BASE_URL = "http://127.0.0.1:8000"
    call_command("set_site_url", stdout=io.StringIO())
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8000"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["kulturforlaering.no", "ftp://kulturforlaering.no", "https://kulturforlaering.no:8443", "https://a.no/b/"]
)
def test_set_site_url_refuses_what_a_site_cannot_say(home, url):
    with pytest.raises(CommandError):
        call_command("set_site_url", url, stdout=io.StringIO())


# --- make serve, end to end ---------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url: str):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - our own local server
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture
def migrated_sqlite_file(tmp_path, django_db_setup, django_db_blocker):
    """A SQLite file for `make serve`: a copy of the migrated test database when that is SQLite and
    still holds the default site (then `migrate` has nothing to do), else none (`migrate` makes it)."""
    path = tmp_path / "db.sqlite3"
    with django_db_blocker.unblock():
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            with sqlite3.connect(path) as target:
                connection.connection.backup(target)
                sites = target.execute("SELECT count(*) FROM wagtailcore_site").fetchone()[0]
            if not sites:
                path.unlink()
    return path


def test_make_serve_end_to_end(tmp_path, migrated_sqlite_file):
    """`make serve` itself (without reinstalling): migrate, collectstatic, set_site_url, gunicorn
    with production settings – then `/`, a hashed static file, /helse/ and the sitemap."""
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in (*CONTROLLED, "PYTEST_CURRENT_TEST", "DJANGO_ALLOW_ASYNC_UNSAFE")
    }
    env.update(
        SECRET_KEY="end-to-end-secret",
        DATABASE_URL=f"sqlite:///{migrated_sqlite_file}",
        ALLOWED_HOSTS="127.0.0.1",
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{port}",
        REDIS_URL=REDIS,
        SECURE_SSL_REDIRECT="false",
        HOST="127.0.0.1",
        PORT=str(port),
        WEB_CONCURRENCY="1",
        STATIC_ROOT=str(tmp_path / "static"),
        DOTENV_FILE=str(tmp_path / "no-dotenv"),
    )
    # -o install: do not reinstall the requirements, whatever their files' dates say.
    server = subprocess.Popen(  # noqa: S603
        ["make", "--no-print-directory", "-o", "install", "serve"],  # noqa: S607 - make from PATH, as a person runs it
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, server.stdout.read()
            try:
                status, headers, body = get(f"{base}/helse/")
                break
            except OSError:
                assert time.monotonic() < deadline, "gunicorn did not answer within two minutes"
                time.sleep(0.5)
        assert status == 200
        assert json.loads(body) == {"status": "ok", "database": "ok", "cache": "ok"}
        assert "no-store" in headers["Cache-Control"]

        status, headers, body = get(f"{base}/")
        assert status == 200
        assert headers["Server"].startswith("gunicorn")
        assert "'unsafe-inline'" not in headers["Content-Security-Policy"]
        stylesheet = re.search(r'href="(/static/css/portal\.[0-9a-f]{12}\.css)"', body.decode()).group(1)

        status, headers, _ = get(base + stylesheet)
        assert status == 200
        assert headers["Cache-Control"] == f"max-age={ONE_YEAR}, public, immutable"

        status, _, body = get(f"{base}/sitemap.xml")
        assert status == 200
        assert f"<loc>http://127.0.0.1:{port}/</loc>" in body.decode()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        output, _ = server.communicate(timeout=30)
    assert "Nettstedets adresse: http://127.0.0.1:" in output
    assert '"GET /helse/ HTTP/1.1" 200' in output  # the access log, on stdout
