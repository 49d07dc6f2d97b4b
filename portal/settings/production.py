"""Production: everything from the environment (and from a `.env` file when there is one);
refuses to start without what a public site needs instead of falling back to a default.

`make serve` and gunicorn (gunicorn.conf.py) use these settings; see «Drift» in the README.
"""

import os
from email.utils import getaddresses
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from dotenv import load_dotenv

# A `.env` file beside manage.py (or DOTENV_FILE) fills in what the environment does not say:
# a variable set in the environment always wins. Read before base.py reads the environment.
load_dotenv(os.environ.get("DOTENV_FILE") or Path(__file__).resolve().parents[2] / ".env", override=False)

from .base import *  # noqa: E402, F403
from .base import env_bool, env_list  # noqa: E402


def required(name: str, why: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in the environment for production ({why}).")
    return value


SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")
if DEBUG:  # noqa: F405
    raise ImproperlyConfigured("DEBUG must not be on in production.")

# No fallback to a SQLite file beside the code, to "localhost" or to 127.0.0.1:8000 in links.
required("DATABASE_URL", "e.g. postgres://kfl@127.0.0.1:5432/kfl")
ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", required("ALLOWED_HOSTS", "the site's host names, comma-separated, e.g. kulturforlaering.no")
)
WAGTAILADMIN_BASE_URL = required("WAGTAILADMIN_BASE_URL", "the public address, e.g. https://kulturforlaering.no")
# The site's public address for the sitemap, feeds, search API and emails: the admin's, unless
# the admin is reached at another address.
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", "").strip() or WAGTAILADMIN_BASE_URL

# The shared cache: rate limits must count across every worker and server; sessions are read
# from it too (cached_db: Redis first, the database behind it, so a Redis restart logs nobody out).
REDIS_URL = os.environ.get("REDIS_URL", "")
if not REDIS_URL:
    raise ImproperlyConfigured("REDIS_URL must be set in production (the shared cache for rate limits).")
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        # A Redis that does not answer must not hold a request for long.
        "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
    }
}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

SILENCED_SYSTEM_CHECKS = [
    # django-ratelimit lists only django-redis among Redis caches; Django's own RedisCache
    # increments atomically too (INCR), which is all the rate limits need.
    "django_ratelimit.W001",
]
if not SECURE_HSTS_PRELOAD:  # noqa: F405
    # Preloading puts the domain in the browsers' built-in HTTPS-only list, which takes months to
    # undo: an operator opts in with SECURE_HSTS_PRELOAD=true once every subdomain serves HTTPS.
    SILENCED_SYSTEM_CHECKS.append("security.W021")

# Error emails (500s) to the people in ADMINS="Navn <a@b.no>,Navn To <c@d.no>".
ADMINS = [(name, address) for name, address in getaddresses(env_list("ADMINS")) if address]
MANAGERS = ADMINS

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
# A slow mail server must not hold a teacher's registration request for long; failures are
# logged and the registration is kept (events/services.py).
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
